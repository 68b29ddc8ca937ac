"""The seed report splits the wrong pairs in clusters by what they share (docs/quality.md,
"What a wrong pair shares"): one particular event, statement or figure (`subject`), or no
more than the topic (`topic_only`, the joins issue 2 forbids). A wrong pair nobody has
labelled counts as topic."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from embeddings.types import Article, Claim
from service.evaluation.seeds import SeedReport, pair_key, score_seeds
from service.store import SqlStore
from tests.conftest import shared_path

ROOT = Path(__file__).resolve().parents[1]
JUDGEMENTS = ROOT / "tests" / "data" / "seed_pair_judgements.jsonl"

SHUSHI = ("The senior diplomats representing several dozen nations traveled to Shushi over the "
          "weekend to attend a conference organized there by the Azerbaijani government.")
REFUSAL = ("One of the reasons was the refusal of the French and US ambassadors to travel to "
           "the occupied Shushi.")
CONDEMNED = ("Azerbaijan has condemned the US and French ambassadors in Baku for declining to "
             "join other foreign diplomats in visiting the Karabakh town of Shushi.")
MOSCOW = ("Vladimir Putin invited to Moscow this Friday the heads of the Armenian and "
          "Azerbaijani diplomats.")
WAIVER = "We welcome this waiver and consider it an important political and humanitarian step."
ABSENT = "The US and French ambassadors were conspicuously absent from the event."


def _store(tmp_path: Path, clusters: list[list[tuple[str, str, str | None]]]) -> SqlStore:
    """A real store holding (article, text, speaker) claims in the given clusters."""
    store = SqlStore(f"sqlite:///{tmp_path / 'db.sqlite'}")
    texts: dict[str, str] = {}
    for members in clusters:
        for article, text, _ in members:
            texts[article] = texts.get(article, "") + text + " "
    with store.begin() as conn:
        for article, text in texts.items():
            store.insert_article(conn, Article(id=article, source=f"outlet {article}", text=text))
        for label, members in enumerate(clusters):
            claims = []
            for article, text, speaker in members:
                start = texts[article].index(text)
                claims.append(Claim(article_id=article, source=f"outlet {article}", text=text,
                                    start=start, end=start + len(text), core=text,
                                    speaker=speaker))
            stored = store.insert_claims(conn, claims, [np.ones((1, 4), np.float32)] * len(claims))
            store.set_cluster_labels(conn, [int(c.id or 0) for c in stored],
                                     [-1 - label] * len(stored))
    return store


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_wrong_pairs_in_clusters_are_split_by_what_they_share(tmp_path: Path) -> None:
    store = _store(tmp_path, [
        [("a", SHUSHI, None), ("b", REFUSAL, "Babayan"), ("c", CONDEMNED, None),
         ("b", WAIVER, "Babayan"), ("c", ABSENT, None)],
        [("d", MOSCOW, None)],
    ])
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"groups": [], "noise": []}), encoding="utf-8")
    judgements = _write(tmp_path / "judged.jsonl", [
        {"a": CONDEMNED, "b": REFUSAL, "same": True},
        {"a": SHUSHI, "b": REFUSAL, "same": False, "shares": "subject",
         "about": "the diplomats' conference in Shushi"},
        {"a": WAIVER, "b": SHUSHI, "same": False, "shares": "topic"},
        {"a": CONDEMNED, "b": SHUSHI, "same": False},  # not labelled: counts as topic
        # one voice (Babayan twice; outlet c twice): never a pair, whatever the judgement
        {"a": REFUSAL, "b": WAIVER, "same": False, "shares": "topic"},
        {"a": CONDEMNED, "b": ABSENT, "same": False, "shares": "topic"},
        # in another cluster: not a pair of the clusters
        {"a": SHUSHI, "b": MOSCOW, "same": False, "shares": "topic"},
    ])
    report = score_seeds(store, gold, judgements)
    store.close()

    assert (report.judged_pairs, report.same_pairs) == (4, 1)
    assert [(a, b, about) for _, a, b, about in report.subject_shared] == \
        [(*pair_key(SHUSHI, REFUSAL), "the diplomats' conference in Shushi")]
    assert sorted((a, b) for _, a, b in report.topic_only) == \
        sorted([pair_key(WAIVER, SHUSHI), pair_key(CONDEMNED, SHUSHI)])
    assert len({c for c, *_ in report.topic_only + report.subject_shared}) == 1  # one cluster
    # the four cross-voice pairs nobody judged stay unjudged, counted in neither
    assert len(report.unjudged) == 4
    figures = report.as_dict()
    assert figures["topic_only_pairs"] == 2 and figures["subject_pairs"] == 1
    assert figures["pair_precision"] == 0.25  # unchanged by the split
    assert {p["about"] for p in figures["subject_shared"]} == \
        {"the diplomats' conference in Shushi"}


def test_every_wrong_seed_pair_says_what_it_shares() -> None:
    """The labels keep up with the judgements: a pair judged not the same names what it shares,
    and what a subject pair is about."""
    rows = [json.loads(line) for line in JUDGEMENTS.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    wrong = [r for r in rows if not r["same"]]
    assert wrong and all(r.get("shares") in {"subject", "topic"} for r in wrong)
    assert all(r.get("about") for r in wrong if r["shares"] == "subject")
    assert not any("shares" in r for r in rows if r["same"])


def test_the_seed_clusters_wrong_pairs_add_up(seeded) -> None:  # type: ignore[no-untyped-def]
    report: SeedReport = score_seeds(
        seeded.store, shared_path("gold", "seed_contrasts.json"), JUDGEMENTS)
    wrong = report.judged_pairs - report.same_pairs
    assert len(report.topic_only) + len(report.subject_shared) == wrong
    labelled = {pair_key(r["a"], r["b"]): r.get("shares") for r in map(
        json.loads, JUDGEMENTS.read_text(encoding="utf-8").splitlines()) if not r["same"]}
    assert all(labelled[(a, b)] == "topic" for _, a, b in report.topic_only)
    assert all(labelled[(a, b)] == "subject" for _, a, b, _ in report.subject_shared)
