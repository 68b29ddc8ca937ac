"""The batch job: new input -> batches that fill the encoder -> the store, with checkpoints.

Order of writes, which is what makes a kill at any point safe:

1. ``Pipeline.ingest(batch)`` commits each article (claims, clusters, contrasts)
   in its own transaction;
2. only then the batch's checkpoints are committed, in one transaction.

So the stored checkpoint is never ahead of the stored articles, and at most the
last, unfinished batch is read again on the next run, where ingest (idempotent
by article id + content hash) finds its stored articles to be duplicates.  Two
versions of one article id never share a batch (the batch is cut before the
second), so re-reading a batch cannot bring an older version back either.

Exit codes: 0 success (nothing rejected, possibly nothing new), 3 partial (some
input rejected, the rest stored), 2 failure (nothing could be stored, or the run
stopped on an error).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from service.batch import checkpoints
from service.batch.lock import BatchLock
from service.batch.sources import Discovery, Record, Unit, discover, read_unit, stdin_units
from service.errors import Busy, CrossclaimError

if TYPE_CHECKING:
    from service.pipeline import IngestResult, Pipeline

EXIT_OK = 0
EXIT_FAILURE = 2
EXIT_PARTIAL = 3

CHARS_PER_CLAIM = 150  # a rough mean, to size batches before the claims are split out
ENCODER_BATCHES = 8  # encoder batches' worth of text per ingest batch


@dataclass(frozen=True)
class Rejection:
    where: str
    reason: str


@dataclass
class BatchSummary:
    new: int = 0
    replaced: int = 0
    duplicate: int = 0
    rejected: int = 0
    claims: int = 0  # claims stored by this run (new + replaced articles)
    unchanged: int = 0  # sources with nothing new since the last run
    batches: int = 0
    elapsed: float = 0.0
    rejections: list[Rejection] = field(default_factory=list)
    failure: str | None = None

    @property
    def stored(self) -> int:
        return self.new + self.replaced

    @property
    def articles_per_s(self) -> float:
        return self.stored / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def claims_per_s(self) -> float:
        return self.claims / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def exit_code(self) -> int:
        if self.failure is not None:
            return EXIT_FAILURE
        if self.rejected:
            went_in = self.new + self.replaced + self.duplicate
            return EXIT_PARTIAL if went_in else EXIT_FAILURE
        return EXIT_OK

    @property
    def outcome(self) -> str:
        return {EXIT_OK: "success", EXIT_PARTIAL: "partial", EXIT_FAILURE: "failure"}[
            self.exit_code]

    def add(self, result: IngestResult, where: str) -> None:
        if result.status == "rejected":
            self.reject(where, f"{where}: {result.reason}")
            return
        setattr(self, result.status, getattr(self, result.status) + 1)
        if result.status in ("new", "replaced"):
            self.claims += result.claims

    def reject(self, where: str, reason: str) -> None:
        self.rejected += 1
        self.rejections.append(Rejection(where, reason))

    def as_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome, "exit_code": self.exit_code,
            "new": self.new, "replaced": self.replaced, "duplicate": self.duplicate,
            "rejected": self.rejected, "claims": self.claims, "unchanged_sources": self.unchanged,
            "batches": self.batches, "elapsed_s": round(self.elapsed, 3),
            "articles_per_s": round(self.articles_per_s, 2),
            "claims_per_s": round(self.claims_per_s, 2),
            "rejections": [{"where": r.where, "reason": r.reason} for r in self.rejections],
            "failure": self.failure,
        }


class _Rates(ProgressColumn):
    """claims so far, and articles/s and claims/s since the start."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        claims = int(task.fields.get("claims", 0))
        stored = int(task.fields.get("stored", 0))
        a_rate = stored / elapsed if elapsed > 0 else 0.0
        c_rate = claims / elapsed if elapsed > 0 else 0.0
        return Text(f"{claims} claims · {a_rate:.1f} art/s · {c_rate:.0f} claims/s",
                    style="progress.data.speed")


class BatchRunner:
    """Runs one batch job over the given sources, in this process."""

    def __init__(self, pipeline: Pipeline, *, batch_articles: int | None = None,
                 batch_chars: int | None = None, console: Console | None = None,
                 progress: bool = True):
        settings = pipeline.settings
        self.pipeline = pipeline
        self.batch_articles = batch_articles or settings.max_batch_articles
        self.batch_chars = batch_chars or settings.batch_size * ENCODER_BATCHES * CHARS_PER_CLAIM
        self.console = console or Console(stderr=True)
        self.show_progress = progress

    # -- the run ------------------------------------------------------------------------
    def run(self, specs: Sequence[str], stdin: IO[bytes] | None = None,
            stdin_name: str = "stdin", source: str | None = None,
            forget: bool = False) -> BatchSummary:
        """Take in what is new in ``specs`` ("-" is stdin); ``forget`` drops checkpoints first."""
        store = self.pipeline.store
        summary = BatchSummary()
        started = time.perf_counter()
        lock = BatchLock(self.pipeline.settings.data_dir / "batch.lock", store.engine)
        with lock:
            if forget:
                checkpoints.forget(store)
            known = checkpoints.load(store)
            found = discover(specs, known, source)
            summary.unchanged = found.unchanged
            units: Iterable[Unit] = found.units
            if "-" in specs:
                stream = stdin if stdin is not None else sys.stdin.buffer
                units = _chain(found.units, stdin_units(stream, stdin_name,
                                                        known.get(f"stdin:{stdin_name}"), source))
            total = _estimate(found) if "-" not in specs else None
            with self._progress(total) as progress:
                task = progress.add_task("batch", total=total, claims=0, stored=0)
                try:
                    for batch in self._batches(self.records(units)):
                        self._ingest(batch, summary)
                        summary.batches += 1
                        progress.update(task, advance=sum(1 for r in batch if r.article),
                                        claims=summary.claims, stored=summary.stored)
                except Exception as exc:  # a store or model failure: stop, report, exit 2
                    summary.failure = (exc.message if isinstance(exc, CrossclaimError)
                                       else f"{type(exc).__name__}: {exc}")
                    if isinstance(exc, Busy):  # cron's log says the run is not lost
                        summary.failure += ("; what this run stored stays, and the next run "
                                            "carries on from its checkpoints")
        summary.elapsed = time.perf_counter() - started
        return summary

    # -- the parts a distributed runner replaces ---------------------------------------------
    def records(self, units: Iterable[Unit]) -> Iterator[Record]:
        for unit in units:
            yield from read_unit(unit)

    def ingest_articles(self, records: Sequence[Record]) -> list[IngestResult]:
        return self.pipeline.ingest([r.article for r in records if r.article is not None])

    # -- batching and checkpoints ---------------------------------------------------------------
    def _batches(self, records: Iterable[Record]) -> Iterator[list[Record]]:
        batch: list[Record] = []
        ids: set[str] = set()
        articles = chars = 0
        for record in records:
            if record.article is not None and record.article.id in ids:
                yield batch  # a second version of an article: it goes in the next batch
                batch, ids, articles, chars = [], set(), 0, 0
            batch.append(record)
            if record.article is not None:
                ids.add(record.article.id)
                articles += 1
                chars += record.size
            if articles >= self.batch_articles or chars >= self.batch_chars:
                yield batch
                batch, ids, articles, chars = [], set(), 0, 0
        if batch:
            yield batch

    def _ingest(self, batch: list[Record], summary: BatchSummary) -> None:
        with_articles = [r for r in batch if r.article is not None]
        results = self.ingest_articles(with_articles) if with_articles else []
        for record, result in zip(with_articles, results, strict=True):
            summary.add(result, record.where)
        for record in batch:
            if record.error is not None:
                summary.reject(record.where, record.error)
        # only after the articles are committed: the checkpoint never runs ahead of them
        checkpoints.save(self.pipeline.store, [r.ticket for r in batch if r.ticket is not None])

    def _progress(self, total: int | None) -> Progress:
        columns = [SpinnerColumn(), TextColumn("[progress.description]{task.description}"),
                   BarColumn(), TextColumn("{task.completed}/{task.total} articles"
                                           if total is not None else "{task.completed} articles"),
                   _Rates(), TimeElapsedColumn()]
        return Progress(*columns, console=self.console, disable=not self.show_progress,
                        transient=False)


def _chain(first: Iterable[Unit], then: Iterable[Unit]) -> Iterator[Unit]:
    yield from first
    yield from then


def _estimate(found: Discovery) -> int:
    return sum(u.estimate for u in found.units)
