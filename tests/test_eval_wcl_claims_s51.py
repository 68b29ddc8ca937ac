"""newswcl50-claims on the report split: the held-out figure.

Report events judged pair by pair (read only to judge: no rule is written from them) are
scored with ``--split report``; the tuning figure keeps to the tuning events. No dataset text
here: the judgements are the shipped hashed rows, the stories are read from the shared data.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.evaluation import datasets as ds
from service.evaluation import wcl_claims
from service.evaluation.context import Context, TaskResult
from service.evaluation.wcl_claims import WCL_JUDGEMENTS, task_newswcl50_claims
from tests.conftest import shared_path


def shipped() -> list[dict[str, object]]:
    return [json.loads(line) for line in WCL_JUDGEMENTS.read_text().splitlines() if line]


def events_of(split: str) -> set[str]:
    return {r.event for r in ds.newswcl50(shared_path("eval"), split)}


def write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def run(split: str) -> TaskResult:
    ctx = Context(shared_path("eval"), split)
    try:
        return task_newswcl50_claims(ctx)
    finally:
        ctx.close()


def test_every_judged_event_is_a_newswcl50_event_and_the_report_split_has_some() -> None:
    judged = {str(r["event"]) for r in shipped()}
    report, tune = events_of(ds.REPORT), events_of(ds.TUNE)
    assert judged <= report | tune
    # both figures exist: one to tune on, one held out
    assert judged & tune and judged & report


def test_the_report_split_scores_its_judged_events_and_no_tuning_event(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A tuning event judged beside a report event: the report run scores the report event
    alone (its pairs all counted, judged or listed), never the tuning one."""
    rows = shipped()
    report_event = min({str(r["event"]) for r in rows} & events_of(ds.REPORT), key=int)
    tune_event = min({str(r["event"]) for r in rows} & events_of(ds.TUNE), key=int)
    kept = [r for r in rows if r["event"] in (report_event, tune_event)]
    monkeypatch.setattr(wcl_claims, "WCL_JUDGEMENTS", write(tmp_path / "j.jsonl", kept))
    result = run(ds.REPORT)
    assert result.details["split"] == ds.REPORT
    assert list(result.details["events"]) == [report_event]
    counts = result.details["events"][report_event]
    figures = {m.name.split(" (")[0]: m.system for m in result.metrics}
    assert counts["judged"] == figures["judged pairs"] > 0
    assert counts["same"] + counts["subject"] + counts["topic"] == counts["judged"]
    assert figures["claim-level precision"] == pytest.approx(counts["same"] / counts["judged"])
    assert figures["unjudged pairs"] == counts["unjudged"]


def test_a_split_with_no_judged_event_is_skipped_and_names_the_judged_ones(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tune_only = [r for r in shipped() if r["event"] in events_of(ds.TUNE)]
    monkeypatch.setattr(wcl_claims, "WCL_JUDGEMENTS", write(tmp_path / "j.jsonl", tune_only))
    judged = sorted({str(r["event"]) for r in tune_only}, key=int)
    with pytest.raises(ds.MissingData, match=f"'{ds.REPORT}'.*{', '.join(judged)}.*not judged"):
        run(ds.REPORT)
