"""Quality commands: ``eval`` (public datasets, crossclaim vs the baseline) and ``eval-seeds``."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from service.cli.app import (
    DataDir,
    JsonFlag,
    app,
    err,
    out,
    pipeline_for,
    print_json,
    settings_for,
)
from service.errors import InvalidInput

if TYPE_CHECKING:
    from embeddings.types import Article
    from service.evaluation.seeds import SeedReport

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


@app.command("eval")
def evaluate(
    data: Annotated[Path, typer.Option(
        "--data", help="Folder holding the public datasets (one sub-folder each).")]
        = SHARED / "eval",
    tasks: Annotated[str | None, typer.Option(
        "--tasks", help="Comma-separated tasks (default: all): stsb, sts_headlines, mrpc, "
                        "sick, emergent, newswcl50, newswcl50-claims, uci, claimbuster, babe, "
                        "seeds.")] = None,
    out_path: Annotated[Path, typer.Option(
        "--out", help="Where to write the JSON report.")] = Path("eval-results.json"),
    limit: Annotated[int | None, typer.Option(
        "--limit", min=10, help="Subsample each task's rows to N (a quick run).")] = None,
    split: Annotated[str, typer.Option(
        "--split", help="report (held-out rows, the default) or tune (the tuning rows).")]
        = "report",
    examples: Annotated[int, typer.Option(
        "--examples", min=0, help="Add up to N failure examples per kind to the JSON report "
                                  "(dataset text: never commit that file).")] = 0,
    gold: Annotated[Path | None, typer.Option(
        "--gold", help="Seed gold file [default: DATA/../gold/seed_contrasts.json].")] = None,
    cache: Annotated[bool, typer.Option(
        "--cache/--no-cache", help="Keep embeddings between runs (vectors keyed by a hash "
                                   "of the text, under $XDG_CACHE_HOME/crossclaim).")] = True,
    verbose: Annotated[bool, typer.Option(
        "--verbose", help="Tasks log what a reader should look at (newswcl50-claims: the "
                          "unjudged pairs, with their dataset text).")] = False,
    orders: Annotated[int, typer.Option(
        "--orders", min=1, max=24, help="newswcl50-claims: also ingest each story's articles "
                                       "in N fixed orders (the file's, its reverse, seeded "
                                       "shuffles; each into a throwaway store) and report each "
                                       "order's figures and their mean.")] = 1,
    as_json: JsonFlag = False,
) -> None:
    """Measure crossclaim against the baseline on every dataset found under --data."""
    from service.evaluation import runner
    from service.evaluation.context import default_cache_dir

    if split not in ("report", "tune"):
        raise InvalidInput("--split must be 'report' or 'tune'")
    names = runner.parse_tasks(tasks)
    if not data.is_dir():
        err.print(f"[yellow]note:[/yellow] {data} not found: tasks needing it will be skipped",
                  highlight=False)
    report = runner.run(data, names, split, limit, examples, gold,
                        log=lambda line: err.print(line, highlight=False, markup=False),
                        cache_dir=default_cache_dir() if cache else None, verbose=verbose,
                        orders=orders)
    runner.write_json(report, out_path)
    if as_json:
        print_json(report.as_dict())
    else:
        # a pipe or file gets a wide table rather than rich's 80-column default
        runner.render(report, out if out.is_terminal else Console(width=150, soft_wrap=False))
        out.print(f"[dim]JSON written to {out_path}[/dim]", highlight=False)
    if report.failed:
        raise typer.Exit(1)


@app.command("eval-seeds")
def eval_seeds(
    gold: Annotated[Path, typer.Option(
        "--gold", help="The hand-made gold file.")] = SHARED / "gold" / "seed_contrasts.json",
    data_dir: DataDir = None,
    orders: Annotated[int, typer.Option(
        "--orders", min=1, max=24, help="Also ingest the seeds in N fixed article orders "
                                       "(each into a throwaway store) and report each order's "
                                       "figures and their mean.")] = 1,
    as_json: JsonFlag = False,
) -> None:
    """Score the seed articles' clusters against the gold file (ingests the seeds first:
    into a temporary data dir, or into --data-dir, where re-ingesting adds nothing)."""
    from service.evaluation.context import JUDGEMENTS, SEEDS
    from service.evaluation.seeds import score_labels, score_seeds
    from service.readers import read_file

    if not gold.exists():
        raise InvalidInput(f"{gold} not found (give the gold file with --gold)")
    by_order = _seed_orders(gold, orders) if orders > 1 else None
    with tempfile.TemporaryDirectory(prefix="crossclaim-seeds-") as tmp:
        if data_dir is not None:
            pipe = pipeline_for(data_dir)
        else:  # a throwaway SQLite store, whatever CROSSCLAIM_DATABASE_URL says
            from service.pipeline import build_pipeline

            pipe = build_pipeline(settings_for(Path(tmp)).model_copy(
                update={"database_url": None}))
        pipe.ingest(list(read_file(SEEDS)))
        report = score_seeds(pipe.store, gold, JUDGEMENTS)
        score_labels(report, pipe.store, gold, lambda q: pipe.terms(q, top=10))
        if data_dir is None:
            pipe.store.close()
    figures = report.as_dict()
    if as_json:
        print_json({**figures, "unjudged": [list(p) for p in report.unjudged],
                    **({"by_order": by_order} if by_order else {})})
        return
    table = Table("figure", "value")
    for key, value in figures.items():
        if not isinstance(value, list):
            table.add_row(key.replace("_", " "), str(value))
    out.print(table)
    for key in ("recovered", "labels_shown", "false_conflicts", "noise_kept", "missing_quotes"):
        if figures[key]:
            out.print(f"{key.replace('_', ' ')}: {', '.join(map(str, figures[key]))}",
                      highlight=False)
    # the wrong pairs that share only the topic, both sentences, so a reader can check them
    # (a false judgement with no `shares` counts here: the strict reading)
    for cluster, a, b in report.topic_only:
        out.print(f"topic only, cluster {cluster}:\n  {a}\n  {b}", markup=False,
                  highlight=False)
    if report.unjudged:
        out.print(f"[yellow]{len(report.unjudged)} cross-voice pair(s) not yet judged[/yellow] "
                  "in tests/data/seed_pair_judgements.jsonl (see --json)", highlight=False)
    if by_order:
        _print_orders(by_order)


def _seed_orders(gold: Path, how_many: int) -> dict[str, Any]:
    """The seeds ingested in ``how_many`` fixed orders, each into its own throwaway store."""
    from service.evaluation.context import JUDGEMENTS, SEEDS
    from service.evaluation.seed_orders import score_orders
    from service.evaluation.seeds import score_seeds
    from service.pipeline import build_pipeline
    from service.readers import read_file

    def score(articles: list[Article], tmp: Path) -> SeedReport:
        pipe = build_pipeline(settings_for(tmp).model_copy(update={"database_url": None}))
        pipe.ingest(articles)
        try:
            return score_seeds(pipe.store, gold, JUDGEMENTS)
        finally:
            pipe.store.close()

    return score_orders(list(read_file(SEEDS)), how_many, score)


def _print_orders(by_order: dict[str, Any]) -> None:
    table = Table("article order", "groups", "pair precision (judged)", "topic only",
                  title="the seeds in other ingest orders")
    for row in by_order["orders"]:
        precision = row["pair_precision"]
        table.add_row("".join(map(str, row["order"])), str(row["groups_recovered"]),
                      f"{precision:.3f} ({row['pairs_judged']})" if precision is not None
                      else "-", str(row["topic_only_pairs"]))
    table.add_row("mean", str(by_order["mean_groups_recovered"]),
                  str(by_order["mean_pair_precision"]), str(by_order["mean_topic_only_pairs"]))
    out.print(table)
