"""newswcl50-claims: claim-level precision from a reader's judgements keyed by hash.

Claims are real (``SentenceClaimExtractor`` on made-up sentences, no dataset text); the
cluster labels are given, so the counting is checked apart from the clustering.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from embeddings.claims import SentenceClaimExtractor
from embeddings.types import Article, Claim
from service.evaluation import datasets as ds
from service.evaluation.context import Context
from service.evaluation.wcl_claims import (
    WCL_JUDGEMENTS,
    count_pairs,
    load_wcl_judgements,
    pair_hash,
    task_newswcl50_claims,
)
from tests.conftest import shared_path


def claim(text: str, source: str) -> Claim:
    return SentenceClaimExtractor().extract(Article(id=source, source=source, text=text))[-1]


def write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_pair_hash_is_order_free_and_whitespace_blind_and_holds_no_text() -> None:
    a, b = "The council approved the budget.", "Officials  said the vote\twas close."
    assert pair_hash(a, b) == pair_hash(b, a) == pair_hash(f" {a} ", b.replace("  ", " "))
    assert pair_hash(a, b) != pair_hash(a, a)
    assert re.fullmatch(r"[0-9a-f]{16}", pair_hash(a, b))


def test_counts_same_subject_topic_and_unjudged_cross_voice_pairs(tmp_path: Path) -> None:
    budget_a = claim("The city council approved a $5 million budget on Tuesday.", "Daily A")
    budget_b = claim("The council passed the $5 million budget, the mayor said.", "Daily B")
    vote = claim("Two council members voted against the plan.", "Daily C")
    parks = claim("The parks department will hire ten new staff.", "Daily C")
    # one outlet repeating itself in its own voice is not a cross-outlet pair
    again = claim("The city council approved a $5 million budget this week.", "Daily A")
    other = claim("Residents protested outside city hall.", "Daily D")
    rows = [(budget_a, 1), (budget_b, 1), (vote, 1), (again, 1), (parks, 2), (other, 2)]
    judgements = write(tmp_path / "j.jsonl", [
        {"key": pair_hash(budget_a.text, budget_b.text), "event": "x", "same": True},
        {"key": pair_hash(budget_a.text, vote.text), "event": "x", "same": False,
         "shares": "subject"},
        # no ``shares``: the strict reading, topic
        {"key": pair_hash(budget_b.text, vote.text), "event": "x", "same": False},
        {"key": pair_hash(budget_b.text, again.text), "event": "x", "same": True},
        {"key": pair_hash(vote.text, again.text), "event": "x", "same": False,
         "shares": "topic"},
        # a judged pair the clusters did not make counts nowhere
        {"key": pair_hash(budget_a.text, parks.text), "event": "x", "same": True},
    ])
    count = count_pairs(rows, load_wcl_judgements(judgements))
    assert (count.judged, count.same, count.subject, count.topic) == (5, 2, 1, 2)
    assert count.precision == pytest.approx(2 / 5)
    assert [(c, *sorted((a, b))) for c, a, b in count.unjudged] == [
        (2, *sorted((parks.text, other.text)))]


def test_same_source_pairs_count_when_the_voices_differ(tmp_path: Path) -> None:
    outlet = claim("The company will close the plant next year.", "Daily A")
    quoted = claim("The plant will close next year, a union leader said.", "Daily A")
    assert quoted.voice != outlet.voice
    judgements = write(tmp_path / "j.jsonl", [
        {"key": pair_hash(outlet.text, quoted.text), "event": "x", "same": True}])
    count = count_pairs([(outlet, 7), (quoted, 7)], load_wcl_judgements(judgements))
    assert (count.judged, count.same, len(count.unjudged)) == (1, 1, 0)


def test_the_shipped_judgements_hold_no_text_and_read_as_the_rubric() -> None:
    rows = [json.loads(line) for line in WCL_JUDGEMENTS.read_text().splitlines() if line]
    assert rows and len({r["key"] for r in rows}) == len(rows)
    for row in rows:
        assert set(row) <= {"key", "event", "same", "shares"}
        assert re.fullmatch(r"[0-9a-f]{16}", row["key"])
        assert row["same"] or row["shares"] in ("subject", "topic")
    assert len(load_wcl_judgements()) == len(rows)


def test_missing_data_skips_cleanly(tmp_path: Path) -> None:
    # the report split is judged since the fifty-first session: tests/test_eval_wcl_claims_s51.py
    ctx = Context(tmp_path / "absent", ds.TUNE)
    try:
        with pytest.raises(ds.MissingData, match=r"not found|absent|missing"):
            task_newswcl50_claims(ctx)
    finally:
        ctx.close()


def test_task_counts_every_cluster_pair_and_lists_the_unjudged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One judged event, with every other judgement withheld: each pair the clusters make is
    judged or listed (with its key) for a reader, never both, never neither."""
    from service.evaluation import wcl_claims

    shipped = [json.loads(line) for line in WCL_JUDGEMENTS.read_text().splitlines() if line]
    event = min(r["event"] for r in shipped)
    kept = [r for r in shipped if r["event"] == event][::2]
    monkeypatch.setattr(wcl_claims, "WCL_JUDGEMENTS", write(tmp_path / "j.jsonl", kept))
    lines: list[str] = []
    ctx = Context(shared_path("eval"), ds.TUNE, log=lines.append)
    ctx.verbose = True
    try:
        result = task_newswcl50_claims(ctx)
    finally:
        ctx.close()
    figures = {m.name.split(" (")[0]: m.system for m in result.metrics}
    per_event = result.details["events"]
    assert list(per_event) == [event]
    counts = per_event[event]
    assert counts["judged"] == figures["judged pairs"] > 0
    assert counts["unjudged"] == figures["unjudged pairs"] > 0
    assert counts["same"] + counts["subject"] + counts["topic"] == counts["judged"]
    assert figures["claim-level precision"] == pytest.approx(counts["same"] / counts["judged"])
    listed = [re.search(r"key ([0-9a-f]{16})", line) for line in lines
              if line.startswith("unjudged")]
    assert len(listed) == counts["unjudged"]
    kept_keys = {r["key"] for r in kept}
    assert all(m is not None and m.group(1) not in kept_keys for m in listed)
