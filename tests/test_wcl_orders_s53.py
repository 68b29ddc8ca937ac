"""`crossclaim eval --tasks newswcl50-claims --orders N`: claim-level precision over fixed
ingest orders of each story's articles.

Clustering is online, so the claim-level figure of whole stories hangs partly on the order
their articles arrive in (docs/quality.md, fifty-third session). These tests ingest one real
judged tuning story (no dataset text here: the judgements are the shipped hashed rows) and hold
what a reader of the per-order rows relies on.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import service.cli.commands  # noqa: F401  (the commands register themselves on the app)
from service.cli.app import app
from service.evaluation import datasets as ds
from service.evaluation import wcl_claims
from service.evaluation.context import Context, TaskResult
from service.evaluation.wcl_claims import WCL_JUDGEMENTS, task_newswcl50_claims
from tests.conftest import shared_path

EVENT = "9"  # the tuning story with the fewest judged pairs: the quickest real ingest


def one_event(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, every: int = 1) -> None:
    """Judgements of one tuning story only (every ``every``-th row: some pairs unjudged)."""
    rows = [json.loads(line) for line in WCL_JUDGEMENTS.read_text().splitlines() if line]
    kept = [r for r in rows if r["event"] == EVENT][::every]
    path = tmp_path / "judgements.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in kept), encoding="utf-8")
    monkeypatch.setattr(wcl_claims, "WCL_JUDGEMENTS", path)


def key_of(listed: str) -> str:
    found = re.search(r"key ([0-9a-f]{16})", listed)
    assert found is not None, listed
    return found.group(1)


def run(orders: int, lines: list[str] | None = None) -> TaskResult:
    ctx = Context(shared_path("eval"), ds.TUNE, orders=orders,
                  log=(lines.append if lines is not None else lambda _m: None))
    ctx.verbose = lines is not None
    try:
        return task_newswcl50_claims(ctx)
    finally:
        ctx.close()


def test_the_default_run_reads_as_before(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """One order: the five figures earlier sessions compared, and no per-order rows."""
    one_event(tmp_path, monkeypatch)
    result = run(1)
    assert [m.name for m in result.metrics] == [
        "claim-level precision (judged pairs)", "judged pairs",
        "judged pairs sharing only the topic", "judged pairs sharing a subject",
        "unjudged pairs (new joins: --verbose lists them)"]
    assert "by_order" not in result.details and list(result.details["events"]) == [EVENT]


def test_each_order_gets_a_row_the_first_is_the_files_and_the_mean_is_theirs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    one_event(tmp_path, monkeypatch, every=2)
    lines: list[str] = []
    result = run(3, lines)
    by_order = result.details["by_order"]
    rows = by_order["orders"]
    assert [r["order"] for r in rows] == ["file", "shuffle 1", "shuffle 2"]
    # the file's order is the default figure, so earlier figures stay comparable
    assert rows[0]["precision"] == result.details["total"]["precision"]
    assert rows[0]["judged"] == result.details["total"]["judged"]
    for row in rows:
        assert list(row["events"]) == [EVENT]
        assert row["same"] + row["subject"] + row["topic"] == row["judged"] > 0
    for key in ("precision", "judged", "topic", "subject", "unjudged"):
        assert by_order["mean"][key] == pytest.approx(sum(r[key] for r in rows) / 3, abs=1e-3)
    figures = {m.name: m.system for m in result.metrics}
    assert figures["claim-level precision, mean of 3 orders"] == by_order["mean"]["precision"]
    # every distinct unjudged pair of any order is listed for a reader, with its key (the
    # file's order as before; another order's only when no earlier order listed it)
    heads = [line.split("\n")[0] for line in lines if line.startswith("unjudged")]
    keys = [key_of(head) for head in heads]
    in_other_orders = [key for key, head in zip(keys, heads, strict=True) if " order " in head]
    assert len(set(keys)) == by_order["unjudged_distinct"]
    assert len(in_other_orders) == len(set(in_other_orders)) > 0
    assert by_order["unjudged_distinct"] >= max(r["unjudged"] for r in rows) > 0


def test_the_cli_option_reports_the_orders(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    one_event(tmp_path, monkeypatch)
    out = tmp_path / "eval.json"
    result = CliRunner().invoke(app, ["eval", "--data", str(shared_path("eval")), "--split",
                                      "tune", "--tasks", "newswcl50-claims", "--orders", "2",
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 ingest orders" in result.output and "shuffle 1" in result.output
    task = json.loads(out.read_text())["tasks"]["newswcl50-claims"]
    assert [r["order"] for r in task["details"]["by_order"]["orders"]] == ["file", "shuffle 1"]
    assert any(m["name"] == "claim-level precision, mean of 2 orders" for m in task["metrics"])


def test_a_bad_orders_value_is_one_clear_error() -> None:
    result = CliRunner().invoke(app, ["eval", "--tasks", "newswcl50-claims", "--orders", "0"])
    assert result.exit_code != 0 and "Traceback" not in result.output
