"""Run the selected evaluation tasks, print one table, write the JSON report.

A task whose data is absent is skipped with the reason; a task that fails is reported as
failed (with the error) and the others still run.
"""

from __future__ import annotations

import json
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from service.errors import InvalidInput
from service.evaluation import datasets as ds
from service.evaluation.context import Context, Metric, TaskResult
from service.evaluation.tasks import TASKS, run_task


@dataclass
class Report:
    data: str
    split: str
    limit: int | None
    results: list[TaskResult] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    baseline: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0

    def targets(self) -> dict[str, list[str]]:
        met: list[str] = []
        missed: list[str] = []
        for result in self.results:
            for m in result.metrics:
                if m.met is not None:
                    (met if m.met else missed).append(f"{result.task}: {m.name}")
        return {"met": met, "missed": missed}

    def as_dict(self) -> dict[str, Any]:
        return {
            "data": self.data, "split": self.split, "limit": self.limit,
            "baseline": self.baseline,
            "tasks": {r.task: r.as_dict() for r in self.results},
            "skipped": self.skipped, "failed": self.failed,
            "targets": self.targets(), "seconds": round(self.seconds, 1),
        }


def parse_tasks(spec: str | None) -> list[str]:
    if not spec:
        return list(TASKS)
    names = [t.strip() for t in spec.split(",") if t.strip()]
    unknown = [t for t in names if t not in TASKS]
    if unknown:
        raise InvalidInput(f"unknown task(s) {', '.join(unknown)}; "
                           f"choose from {', '.join(TASKS)}")
    return names


def run(root: Path, tasks: Sequence[str], split: str = ds.REPORT, limit: int | None = None,
        examples: int = 0, gold: Path | None = None,
        log: Callable[[str], None] = print, cache_dir: Path | None = None,
        verbose: bool = False, orders: int = 1) -> Report:
    report = Report(str(root), split, limit)
    start = time.perf_counter()
    ctx = Context(root, split, limit, examples, gold, log, cache_dir, verbose, orders)
    try:
        for name in tasks:
            log(f"{name} ...")
            try:
                result = run_task(ctx, name)
            except ds.MissingData as exc:
                report.skipped[name] = exc.message
                log(f"{name}: skipped ({exc.message})")
                continue
            except Exception as exc:  # one broken task must not hide the others' figures
                report.failed[name] = f"{type(exc).__name__}: {exc}"
                log(f"{name}: FAILED {type(exc).__name__}: {exc}")
                log(traceback.format_exc(limit=-3))
                continue
            report.results.append(result)
            log(f"{name}: done in {result.seconds:.1f}s")
        try:
            threshold, val_f1 = ctx._baseline_tuning()
            report.baseline = {
                "model": "all-MiniLM-L6-v2", "threshold": round(threshold, 4),
                "tuned_on": "mrpc/msr-para-val.tsv (max F1)", "val_f1": round(val_f1, 4),
                "grouping": "sentence_transformers.util.community_detection at the threshold",
                "conflict": "matching pair with a negation/denial word on exactly one side"}
        except ds.MissingData as exc:
            report.baseline = {"threshold": None, "note": exc.message}
    finally:
        ctx.close()
    report.seconds = time.perf_counter() - start
    return report


def _fmt(value: float | None, m: Metric) -> str:
    if value is None:
        return "—"
    return f"{value:.0f}" if m.integer else f"{value:.3f}"


def _delta(m: Metric) -> str:
    d = m.delta
    if d is None:
        return ""
    return f"{d:+.0f}" if m.integer else f"{d:+.3f}"


def render(report: Report, console: Console) -> None:
    table = Table("task", "metric", "crossclaim", "baseline", "delta", "target", "met?",
                  title=f"crossclaim eval ({report.split} split"
                        + (f", limit {report.limit}" if report.limit else "") + ")")
    for result in report.results:
        for i, m in enumerate(result.metrics):
            met = "" if m.met is None else ("[green]yes[/green]" if m.met else "[red]no[/red]")
            table.add_row(result.task if i == 0 else "", m.name, _fmt(m.system, m),
                          _fmt(m.baseline, m), _delta(m), m.target or "", met)
        table.add_section()
    console.print(table)
    if report.baseline.get("threshold") is not None:
        console.print(f"baseline: cosine threshold {report.baseline['threshold']} "
                      f"(max F1 on {report.baseline['tuned_on'].split(' ')[0]})", highlight=False)
    for result in report.results:
        if "by_order" in result.details:
            console.print(_orders_table(result), highlight=False)
    for result in report.results:
        errors = result.details.get("compare_errors")
        if errors:
            console.print(f"[yellow]{result.task}: {errors['count']} pair(s) crashed in "
                          f"Pipeline.compare (counted as no match)[/yellow]", highlight=False)
    for name, reason in report.skipped.items():
        console.print(f"[yellow]skipped[/yellow] {name}: {reason}", highlight=False)
    for name, reason in report.failed.items():
        console.print(f"[red]failed[/red] {name}: {reason}", highlight=False)
    targets = report.targets()
    console.print(f"targets met: {len(targets['met'])} of "
                  f"{len(targets['met']) + len(targets['missed'])} · {report.seconds:.0f}s")


def _orders_table(result: TaskResult) -> Table:
    """One row per ingest order (``--orders``) and the mean: precision, judged pairs,
    same / subject / topic, unjudged."""
    by_order = result.details["by_order"]
    table = Table("order", "precision", "judged", "same", "subject", "topic", "unjudged",
                  title=f"{result.task}: {result.details.get('split', '')} split in "
                        f"{len(by_order['orders'])} ingest orders")

    def cell(value: float | None) -> str:
        return "—" if value is None else f"{value:g}"

    for row in [*by_order["orders"], {"order": "mean", **by_order["mean"]}]:
        table.add_row(row["order"], *(cell(row[key]) for key in
                                      ("precision", "judged", "same", "subject", "topic",
                                       "unjudged")))
    return table


def write_json(report: Report, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n",
                    encoding="utf-8")
