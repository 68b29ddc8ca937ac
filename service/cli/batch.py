"""``crossclaim batch``: take in what is new in directories, JSONL files, globs or stdin."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from service.cli.app import (
    DataDir,
    JsonFlag,
    app,
    err,
    note_older_reading,
    out,
    pipeline_for,
    print_json,
    settings_for,
)
from service.errors import InvalidInput

if TYPE_CHECKING:
    from service.batch.runner import BatchSummary


@app.command()
def batch(
    sources: Annotated[list[str], typer.Argument(
        help="Directories (new files), .jsonl files (new lines), globs such as 'in/**/*.json' "
             "(quote them), or - for JSONL on stdin.", show_default=False)],
    source: Annotated[str | None, typer.Option(help="Outlet name for .txt/.html files.")] = None,
    stdin_name: Annotated[str, typer.Option(
        "--stdin-name", help="Name under which stdin's position is remembered.")] = "stdin",
    batch_size: Annotated[int | None, typer.Option(
        "--batch-size", min=1, max=100_000,
        help="Articles per batch at most [default: as many as fill the encoder].")] = None,
    ray: Annotated[str | None, typer.Option(
        "--ray", metavar="ADDRESS",
        help="Split and embed on this Ray cluster (host:port, or 'auto'); needs crossclaim[ray].",
        show_default=False)] = None,
    ray_actors: Annotated[int, typer.Option(
        "--ray-actors", min=1, help="Model-holding actors in the Ray pool.")] = 2,
    forget: Annotated[bool, typer.Option(
        "--forget", help="Drop every checkpoint first: read all the input again.")] = False,
    progress: Annotated[bool, typer.Option(
        "--progress/--no-progress", help="Progress bar on stderr.")] = True,
    write_wait: Annotated[float | None, typer.Option(
        "--write-wait", min=0, metavar="SECONDS",
        help="Seconds each batch waits for another writer (an API ingest, a reindex) before "
             "the run stops, resumable [env CROSSCLAIM_BATCH_WRITE_WAIT; default 600].",
        show_default=False)] = None,
    data_dir: DataDir = None,
    as_json: JsonFlag = False,
) -> None:
    """Ingest only what is new since the last run; safe from cron (lock, checkpoints).

    Exit code 0: all went in; 3: some input was rejected (listed), the rest went in;
    2: failure (nothing could be stored, another run holds the lock, another writer held
    the data dir past --write-wait, or an error); the next run carries on from its
    checkpoints.
    """
    if sources.count("-") > 1:
        raise InvalidInput("stdin (-) can be given once")
    # unattended: its writes wait longer than an API request's (CROSSCLAIM_WRITE_WAIT)
    wait = write_wait if write_wait is not None else settings_for(data_dir).batch_write_wait
    pipe = pipeline_for(data_dir, write_wait=wait)
    from service.batch.runner import BatchRunner

    runner: BatchRunner
    if ray is not None:
        from service.batch.ray_runner import RayBatchRunner

        runner = RayBatchRunner(pipe, address=ray, actors=ray_actors, batch_articles=batch_size,
                                console=err, progress=progress)
    else:
        runner = BatchRunner(pipe, batch_articles=batch_size, console=err, progress=progress)
    summary = runner.run(sources, source=source, stdin_name=stdin_name, forget=forget)
    if summary.stored:
        note_older_reading(pipe)
    if as_json:
        print_json(summary.as_dict())
        if summary.failure:  # stderr says it too, for cron mail and logs
            err.print(f"[red]error:[/red] {escape(summary.failure)}", highlight=False)
    else:
        _print_summary(summary)
    raise typer.Exit(summary.exit_code)


def _print_summary(summary: BatchSummary) -> None:
    style = {"success": "green", "partial": "yellow", "failure": "red"}[summary.outcome]
    out.print(
        f"[{style}]batch {summary.outcome}[/{style}]: {summary.new} new, {summary.replaced} "
        f"replaced, {summary.duplicate} duplicate, {summary.rejected} rejected · "
        f"{summary.claims} claims · {summary.elapsed:.1f} s "
        f"({summary.articles_per_s:.1f} articles/s, {summary.claims_per_s:.1f} claims/s)"
        + (f" · {summary.unchanged} source(s) unchanged" if summary.unchanged else ""),
        highlight=False)
    for rejection in summary.rejections:
        err.print(f"[yellow]rejected:[/yellow] {escape(rejection.reason)}", highlight=False)
    if summary.failure:
        err.print(f"[red]error:[/red] {escape(summary.failure)}", highlight=False)
