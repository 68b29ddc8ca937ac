"""NewsWCL50 report events judged pair by pair (fifty-first session): the held-out events are
scored by ``newswcl50-claims`` on the report split, and the rows were made by
``bench/wcl_judgements.py``, whose listing names each claim by its first 300 characters."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
from pathlib import Path
from types import ModuleType

import pytest

from service.evaluation import datasets as ds
from service.evaluation.context import Context
from service.evaluation.wcl_claims import WCL_JUDGEMENTS, pair_hash, task_newswcl50_claims
from tests.conftest import shared_path

BENCH = Path(__file__).parents[1] / "bench" / "wcl_judgements.py"


def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("wcl_judgements", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_listed_claim_that_also_begins_a_longer_one_is_itself(tmp_path: Path) -> None:
    """An article may carry one sentence twice, once with its closing words cut off: the
    shorter listed text is a whole claim and must not read as two candidates."""
    short = "The decision came hours before the exemptions were set to expire at noon."
    long = short[:-1] + " on Tuesday."
    other = "Officials said the talks would go on."
    store = tmp_path / "ev9"
    store.mkdir()
    with sqlite3.connect(store / "crossclaim.db") as conn:
        conn.execute("create table claims (text text)")
        conn.executemany("insert into claims values (?)", [(short,), (long,), (other,)])
    (tmp_path / "pairs-ev9.txt").write_text(
        f"P1 c1 header\n    A: {short}\n    B: {other}\n"
        f"P2 c1 header\n    A: {long}\n    B: {other}\n", encoding="utf-8")
    (tmp_path / "judge-ev9.txt").write_text("P1 S\nP2 J\n", encoding="utf-8")
    rows = {r["key"]: r for r in bench().rows(tmp_path, "9")}
    assert rows[pair_hash(short, other)]["same"] is True
    assert rows[pair_hash(long, other)] == {"key": pair_hash(long, other), "event": "9",
                                            "same": False, "shares": "subject"}
    # a cut text that begins two claims is still refused, never guessed
    with pytest.raises(SystemExit, match="2 claim texts"):
        bench().expand(short[:40], sorted({short, long, other}))


def test_the_report_split_scores_its_judged_events(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A report event read pair by pair is scored on the report split, apart from the tune
    events the rules were written from (one event here, to keep the run short)."""
    from service.evaluation import wcl_claims

    root = shared_path("eval")
    report = {r.event for r in ds.newswcl50(root, ds.REPORT)}
    shipped = [json.loads(line) for line in WCL_JUDGEMENTS.read_text().splitlines() if line]
    judged = sorted({str(r["event"]) for r in shipped} & report, key=lambda e: (len(e), e))
    assert judged, "no report event is judged"
    event = judged[0]
    monkeypatch.setattr(wcl_claims, "WCL_JUDGEMENTS", tmp_path / "j.jsonl")
    (tmp_path / "j.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in shipped if r["event"] == event), "utf-8")
    ctx = Context(root, ds.REPORT)
    try:
        result = task_newswcl50_claims(ctx)
    finally:
        ctx.close()
    counts = result.details["events"][event]
    assert list(result.details["events"]) == [event]
    assert counts["judged"] > 0
    assert counts["same"] + counts["subject"] + counts["topic"] == counts["judged"]
