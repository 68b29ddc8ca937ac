"""The evaluation harness: metrics on hand-made cases, loaders on the real shared files,
the baseline's pieces, and one quick ``crossclaim eval`` run through the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from service.evaluation import baseline as base
from service.evaluation import datasets as ds
from service.evaluation.metrics import (
    accuracy,
    best_threshold,
    cross_source_pairs,
    pearson,
    prf,
    ranks,
    spearman,
    word_overlap,
)
from tests.conftest import shared_path

ROOT = Path(__file__).resolve().parents[1]


# -- metrics ---------------------------------------------------------------------------------
def test_prf_counts_the_positive_class() -> None:
    r = prf([True, True, False, False, True], [True, False, True, False, True])
    assert (r.tp, r.fp, r.fn) == (2, 1, 1)
    assert r.precision == pytest.approx(2 / 3)
    assert r.recall == pytest.approx(2 / 3)
    assert r.f1 == pytest.approx(2 / 3)
    assert prf([False, False], [True, False]).f1 == 0.0  # nothing predicted: 0, not a crash
    assert accuracy([True, False], [True, True]) == 0.5
    with pytest.raises(ValueError):
        prf([True], [True, False])


def test_spearman_uses_mean_ranks_for_ties() -> None:
    assert list(ranks([10, 20, 20, 30])) == [1.0, 2.5, 2.5, 4.0]
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    # monotone but not linear: Spearman 1, Pearson below 1
    x, y = [1, 2, 3, 4, 5], [1, 4, 9, 16, 100]
    assert spearman(x, y) == pytest.approx(1.0)
    assert pearson(x, y) < 0.95
    # hand-computed with ties: ranks a = 1, 2.5, 2.5, 4 and b = 1, 2, 3, 4
    a, b = np.array([1, 2.5, 2.5, 4]), np.array([1, 2, 3, 4])
    expected = np.corrcoef(a, b)[0, 1]
    assert spearman([5, 7, 7, 9], [1, 2, 3, 4]) == pytest.approx(expected)


def test_spearman_agrees_with_scipy() -> None:
    stats = pytest.importorskip("scipy.stats")
    rng = np.random.default_rng(0)
    x = rng.integers(0, 6, 200).astype(float)
    y = x + rng.normal(0, 2, 200)
    assert spearman(list(x), list(y)) == pytest.approx(stats.spearmanr(x, y).statistic)


def test_best_threshold_sits_between_scores() -> None:
    t, f = best_threshold([0.9, 0.8, 0.4, 0.3], [True, True, False, False])
    assert 0.4 < t < 0.8 and f == pytest.approx(1.0)
    # ties are never split: both 0.5s fall on the same side (here: both matched, F1 0.8)
    t, f = best_threshold([0.9, 0.5, 0.5, 0.1], [True, True, False, False])
    assert t == pytest.approx(0.3) and f == pytest.approx(0.8)


def test_cross_source_pairs_precision_and_coverage() -> None:
    # items: (source, gold event)
    source = {1: "A", 2: "B", 3: "C", 4: "A", 5: "B", 6: "A", 7: "B"}
    gold = {1: "e1", 2: "e1", 3: "e2", 4: "e2", 5: "e2", 6: "e3", 7: "e3"}
    clusters = {
        "x": [1, 2, 3],  # cross pairs 1-2 (ok), 1-3 (wrong), 2-3 (wrong)
        "y": [4, 5],  # 4-5 (ok, e2)
        "z": [6],  # alone
        "w": [7],
    }
    f = cross_source_pairs(clusters, source, gold)
    assert (f.pairs, f.correct) == (4, 2)
    assert f.precision == pytest.approx(0.5)
    assert (f.groups_covered, f.groups) == (2, 3)  # e3 (sources A, B) never paired
    assert f.clusters == 2
    # same-source pairs never count; unknown items are ignored
    f = cross_source_pairs({"q": [1, 6, 99]}, {**source, 99: "Z"}, gold)
    assert f.pairs == 0


def test_word_overlap_case_folds_and_splits_phrases() -> None:
    hits, flagged, found = word_overlap(["Bizarre", "radical", "the"],
                                        ["bizarre", "radical left", "cult"])
    assert (hits, flagged, found) == (2, 3, 2)


# -- baseline pieces ------------------------------------------------------------------------
def test_one_sided_negation() -> None:
    assert base.negation_words("He didn't go, and nobody came") == ["not", "nobody"]
    assert base.one_sided_negation("The man is not running", "The man is running")
    assert not base.one_sided_negation("No one came", "Nobody arrived")
    assert base.one_sided_negation("Officials denied the report", "The report is accurate")
    assert not base.baseline_conflict("It is not raining", "It is raining", 0.3, 0.5)


def test_community_groups_partition_every_row() -> None:
    v = np.array([[1, 0], [0.99, 0.14], [0, 1], [0.1, 0.99], [-1, 0]], dtype=np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    groups = base.community_groups(v, 0.9)
    assert sorted(i for g in groups for i in g) == [0, 1, 2, 3, 4]
    labels = base.group_labels(groups, 5)
    assert labels[0] == labels[1] and labels[2] == labels[3] and len(set(labels)) == 3


# -- loaders on the real files -------------------------------------------------------------
@pytest.fixture(scope="module")
def eval_root() -> Path:
    return shared_path("eval")


def test_split_of_is_stable() -> None:
    assert ds.split_of("emergent:abc") == ds.split_of("emergent:abc")
    shares = [ds.split_of(f"k{i}") for i in range(3000)]
    assert 0.28 < shares.count(ds.TUNE) / 3000 < 0.39


def test_missing_data_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(ds.MissingData, match="mrpc"):
        ds.mrpc(tmp_path)


def test_sts_loaders(eval_root: Path) -> None:
    test, dev = ds.stsb(eval_root), ds.stsb(eval_root, ds.TUNE)
    assert (len(test), len(dev)) == (1379, 1500)
    assert all(0 <= r.score <= 5 and r.a and r.b for r in test + dev)
    headlines = ds.sts_headlines(eval_root)
    assert len(headlines) == 2799  # scored rows only (2015/2016 have unscored rows)
    assert ds.sts_headlines(eval_root, ds.TUNE) == []


def test_pair_loaders(eval_root: Path) -> None:
    test, val = ds.mrpc(eval_root), ds.mrpc(eval_root, ds.TUNE)
    assert (len(test), len(val)) == (1725, 500)
    assert 0.6 < sum(r.paraphrase for r in test) / len(test) < 0.7
    sick_test, sick_trial = ds.sick(eval_root), ds.sick(eval_root, ds.TUNE)
    assert (len(sick_test), len(sick_trial)) == (4927, 500)
    assert {r.label for r in sick_test} == {"ENTAILMENT", "NEUTRAL", "CONTRADICTION"}


def test_emergent_splits_by_claim(eval_root: Path) -> None:
    report, tune = ds.emergent(eval_root), ds.emergent(eval_root, ds.TUNE)
    assert len(report) + len(tune) == 2071
    assert not {r.claim_id for r in report} & {r.claim_id for r in tune}
    assert {r.stance for r in report} == {"for", "against", "observing"}


def test_grouping_loaders(eval_root: Path) -> None:
    wcl = ds.newswcl50(eval_root) + ds.newswcl50(eval_root, ds.TUNE)
    assert len(wcl) == 50 and len({a.event for a in wcl}) == 10
    assert all("\\n" not in a.text and a.sentences for a in wcl)
    assert {a.event for a in ds.newswcl50(eval_root, ds.TUNE)} == {"0", "3", "6", "9"}
    uci = ds.uci_headlines(eval_root)
    uci_tune = ds.uci_headlines(eval_root, ds.TUNE)
    assert len(uci) + len(uci_tune) == 999
    assert len({r.story for r in uci} | {r.story for r in uci_tune}) == 18
    assert not {r.story for r in uci} & {r.story for r in uci_tune}


def test_claimbuster_and_babe_loaders(eval_root: Path) -> None:
    test, rest = ds.claimbuster(eval_root), ds.claimbuster(eval_root, ds.TUNE)
    assert len(test) == 702 and sum(r.is_claim for r in test) == 351
    assert len(rest) == 9674 - 533  # the 2.5xNCS file minus the test sentences it holds
    babe = ds.babe(eval_root) + ds.babe(eval_root, ds.TUNE)
    assert len(babe) == 3673  # the one "No agreement" row dropped
    assert any(r.biased_words for r in babe if r.biased)
    assert all(isinstance(w, str) for r in babe for w in r.biased_words)


# -- the command end to end --------------------------------------------------------------------
def _crossclaim(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    return subprocess.run([sys.executable, "-m", "service", *args], capture_output=True,
                          text=True, env=env, timeout=600, cwd=cwd)


def test_eval_mrpc_quick_run_reports_both_systems(eval_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "res.json"
    proc = _crossclaim("eval", "--data", str(eval_root), "--tasks", "mrpc", "--limit", "200",
                       "--json", "--out", str(out), cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report == json.loads(out.read_text())
    assert report["skipped"] == {} and report["failed"] == {}
    assert 0.3 < report["baseline"]["threshold"] < 0.9
    mrpc = report["tasks"]["mrpc"]
    assert mrpc["rows"] == 200
    f1 = next(m for m in mrpc["metrics"] if m["name"] == "F1 of match")
    assert 0 < f1["system"] <= 1 and 0 < f1["baseline"] <= 1
    assert f1["delta"] == pytest.approx(f1["system"] - f1["baseline"], abs=1e-3)
    assert f1["target"] and isinstance(f1["met"], bool)
    assert "examples" not in mrpc  # dataset text only on request


def test_eval_skips_tasks_whose_data_is_absent(tmp_path: Path) -> None:
    proc = _crossclaim("eval", "--data", str(tmp_path / "nowhere"), "--tasks", "mrpc,babe",
                       "--out", str(tmp_path / "r.json"), cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "skipped" in proc.stdout and "mrpc" in proc.stdout
    report = json.loads((tmp_path / "r.json").read_text())
    assert set(report["skipped"]) == {"mrpc", "babe"} and report["tasks"] == {}
    assert "not found" in report["skipped"]["mrpc"]


def test_eval_rejects_an_unknown_task(tmp_path: Path) -> None:
    proc = _crossclaim("eval", "--tasks", "nope", "--out", str(tmp_path / "r.json"),
                       cwd=ROOT)
    assert proc.returncode == 2
    assert "unknown task" in proc.stderr


def test_cached_encoder_encodes_each_text_once_and_persists(tmp_path: Path) -> None:
    from service.evaluation.context import CachedEncoder

    class Counting:
        name, dim = "fake", 2

        def __init__(self) -> None:
            self.calls: list[list[str]] = []

        def encode(self, texts: list[str]) -> np.ndarray:
            self.calls.append(list(texts))
            return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)

    inner = Counting()
    path = tmp_path / "cache.npz"
    enc = CachedEncoder(inner, path)
    first = enc.encode(["a", "bb", "a"])
    assert first.shape == (3, 2) and first[0, 0] == first[2, 0] == 1.0
    enc.encode(["bb", "ccc"])
    assert inner.calls == [["a", "bb"], ["ccc"]]
    enc.save()
    again = CachedEncoder(inner, path)
    assert again.encode(["ccc", "a"])[:, 0].tolist() == [3.0, 1.0]
    assert inner.calls == [["a", "bb"], ["ccc"]]  # served from the file
    assert b"ccc" not in path.read_bytes()  # keys are hashes, never the text
