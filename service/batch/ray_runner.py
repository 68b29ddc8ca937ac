"""The batch job on a Ray cluster (``crossclaim batch --ray ADDRESS``; extra ``crossclaim[ray]``).

What runs where:

* the driver (this process) finds what is new (the same checkpoints as the
  in-process run) and holds the run lock;
* Ray Data reads the input: one read task per unit (a JSONL tail, a whole file,
  a chunk of stdin lines) turns it into article records;
* a pool of actors, each holding the claim splitter and the model, splits the
  articles into claims and embeds them;
* the driver merges the results, in input order (``preserve_order``), into the
  store and the FAISS index through the same ``Pipeline.ingest`` as the
  in-process run (with the splitting and embedding already done), then writes
  the checkpoints.  Same input, same order, same vectors: the same clusters.

``ray`` is imported only here, and only when a run starts.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import socket
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict
from typing import IO, TYPE_CHECKING, Any

import numpy as np

from embeddings.types import Article, Claim, Entity, Quantity
from service.batch.runner import BatchRunner, BatchSummary
from service.batch.sources import Record, Ticket, Unit, read_unit
from service.errors import CrossclaimError

if TYPE_CHECKING:
    from service.pipeline import IngestResult, Pipeline

ACTOR_BATCH = 16  # articles per actor call


class RayUnavailable(CrossclaimError):
    code = "ray_unavailable"


class RayBatchRunner(BatchRunner):
    def __init__(self, pipeline: Pipeline, address: str, actors: int = 2,
                 cpus_per_actor: float = 1.0, **kwargs: Any):
        super().__init__(pipeline, **kwargs)
        self.address = address
        self.actors = actors
        self.cpus_per_actor = cpus_per_actor
        self._prepared = _Prepared()
        # the merge: the same store, index and contraster, fed what the actors computed
        self._merge = _merge_pipeline(pipeline, self._prepared)
        self._connected = False

    def run(self, specs: Sequence[str], stdin: IO[bytes] | None = None,
            stdin_name: str = "stdin", source: str | None = None,
            forget: bool = False) -> BatchSummary:
        self._connect()  # an unreachable cluster is one clear error, before anything is read
        try:
            return super().run(specs, stdin, stdin_name, source, forget)
        finally:
            self._disconnect()

    # -- BatchRunner hooks ----------------------------------------------------------
    def records(self, units: Iterable[Unit]) -> Iterator[Record]:
        from ray import data as ray_data

        units = list(units)
        if not units:
            return
        ctx = ray_data.DataContext.get_current()
        ctx.execution_options.preserve_order = True  # the merge must see input order
        ctx.enable_progress_bars = False  # ours is on the driver's console
        settings = self.pipeline.settings
        items = [{"n": i, "unit": pickle.dumps(u)} for i, u in enumerate(units)]
        source: Any = ray_data.from_items(items, override_num_blocks=min(len(items), 64))
        ds: Any = source.flat_map(_read_rows, num_cpus=0)  # I/O: never waits for a CPU
        ds = ds.map_batches(
            _Splitter, fn_constructor_kwargs={
                "settings_json": settings.model_dump_json(),
                "threads": max(1, int(self.cpus_per_actor))},
            batch_size=ACTOR_BATCH, batch_format="pandas", concurrency=self.actors,
            num_cpus=self.cpus_per_actor)
        for row in ds.iter_rows():
            yield _record(row)

    def ingest_articles(self, records: Sequence[Record]) -> list[IngestResult]:
        for record in records:
            if record.article is not None and record.prepared is not None:
                self._prepared.ready[_key(record.article)] = record.prepared
        try:
            return self._merge.ingest([r.article for r in records if r.article is not None])
        finally:
            self._prepared.clear()

    def _disconnect(self) -> None:
        if self._connected:
            import ray

            ray.shutdown()
            self._connected = False

    def _connect(self) -> Any:
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
        try:
            import ray
        except ImportError:
            raise RayUnavailable("--ray needs Ray: pip install 'crossclaim[ray]'") from None
        if not ray.is_initialized():
            _check_reachable(self.address)
            try:
                ray.init(address=self.address, logging_level=logging.ERROR, log_to_driver=False,
                         configure_logging=True)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise RayUnavailable(f"cannot reach the Ray cluster at {self.address}: {exc}"
                                     ) from None
            self._connected = True
        return ray


def _check_reachable(address: str, timeout: float = 5.0) -> None:
    """Fail fast on a host:port nobody listens on (ray.init would wait for minutes)."""
    if address in ("auto", "local") or ("://" in address and not address.startswith("ray://")):
        return
    hostport = address.removeprefix("ray://")
    host, _, port = hostport.rpartition(":")
    if not host or not port.isdigit():
        raise RayUnavailable(f"--ray wants host:port (or 'auto'), not {address!r}")
    try:
        socket.create_connection((host, int(port)), timeout=timeout).close()
    except OSError as exc:
        raise RayUnavailable(f"cannot reach the Ray cluster at {address}: {exc}") from None


# -- runs inside Ray tasks and actors ------------------------------------------------------
def _read_rows(item: dict[str, Any]) -> list[dict[str, Any]]:
    """A Ray Data read task: one unit -> its records, as plain rows."""
    unit: Unit = pickle.loads(item["unit"])
    rows = []
    for i, record in enumerate(read_unit(unit)):
        rows.append({
            "n": int(item["n"]), "i": i, "where": record.where,
            "article": json.dumps(asdict(record.article)) if record.article else "",
            "error": record.error or "",
            "ticket": json.dumps(asdict(record.ticket)) if record.ticket else "",
        })
    return rows


class _Splitter:
    """An actor of the pool: holds the claim splitter and the model for its lifetime.

    It embeds through ``Pipeline.embed`` itself (a pipeline with no store), so the
    vectors are made exactly as an in-process ingest makes them.
    """

    def __init__(self, settings_json: str, threads: int = 1):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        import torch

        torch.set_num_threads(threads)
        from embeddings.claims import SentenceClaimExtractor
        from embeddings.encoder import SentenceTransformerEncoder
        from service.pipeline import Pipeline
        from service.settings import Settings

        settings = Settings.model_validate_json(settings_json)
        encoder = SentenceTransformerEncoder(settings.model, settings.dtype, settings.batch_size)
        self.extractor = SentenceClaimExtractor()
        none: Any = None  # splitting and embedding need no store, index or contraster
        self.pipeline = Pipeline(settings, none, self.extractor, encoder, none, none)

    def __call__(self, batch: Any) -> Any:
        articles = [Article(**json.loads(a)) if a else None for a in batch["article"]]
        extracted = [self.extractor.extract(a) if a is not None else [] for a in articles]
        vectors = iter(self.pipeline.embed([c for claims in extracted for c in claims]))
        claims_col, vectors_col = [], []
        for claims in extracted:
            vecs = [np.ascontiguousarray(next(vectors), dtype=np.float32) for _ in claims]
            claims_col.append(json.dumps({"claims": [asdict(c) for c in claims],
                                          "shapes": [list(v.shape) for v in vecs]}))
            vectors_col.append(b"".join(v.tobytes() for v in vecs))
        batch["claims"] = claims_col
        batch["vectors"] = vectors_col
        return batch


# -- back in the driver -----------------------------------------------------------------------
def _record(row: dict[str, Any]) -> Record:
    article = Article(**json.loads(row["article"])) if row["article"] else None
    ticket = Ticket(**json.loads(row["ticket"])) if row["ticket"] else None
    record = Record(row["where"], article=article, error=row["error"] or None, ticket=ticket)
    if article is not None:
        data = json.loads(row["claims"])
        flat = np.frombuffer(row["vectors"], dtype=np.float32)
        vectors, offset = [], 0
        for rows, dim in data["shapes"]:
            vectors.append(flat[offset : offset + rows * dim].reshape(rows, dim))
            offset += rows * dim
        record.prepared = list(zip([_claim(c) for c in data["claims"]], vectors, strict=True))
    return record


def _claim(d: dict[str, Any]) -> Claim:
    d = dict(d)
    d["entities"] = tuple(Entity(**e) for e in d["entities"])
    d["numbers"] = tuple(Quantity(**q) for q in d["numbers"])
    return Claim(**d)


def _key(article: Article) -> tuple[str, str]:
    return article.id, article.content_hash


class _Prepared:
    """The claim extractor for the merge: hands back the actors' claims, and keeps their
    vectors for ``embed`` (which ``Pipeline.ingest`` calls with those same claim objects)."""

    def __init__(self) -> None:
        self.ready: dict[tuple[str, str], list[tuple[Claim, np.ndarray]]] = {}
        self.vectors: dict[int, np.ndarray] = {}

    def extract(self, article: Article) -> list[Claim]:
        pairs = self.ready[_key(article)]
        for claim, vecs in pairs:
            self.vectors[id(claim)] = vecs
        return [claim for claim, _ in pairs]

    def clear(self) -> None:
        self.ready.clear()
        self.vectors.clear()


def _merge_pipeline(pipeline: Pipeline, prepared: _Prepared) -> Pipeline:
    """``pipeline``'s store, index and contraster, with splitting and embedding done already."""
    from service.pipeline import Pipeline as _Pipeline

    class MergePipeline(_Pipeline):
        def embed(self, claims: Sequence[Claim],
                  between: Callable[[], None] | None = None) -> list[np.ndarray]:
            return [prepared.vectors[id(c)] for c in claims]

    return MergePipeline(pipeline.settings, pipeline.store, prepared, pipeline.encoder,
                         pipeline.keeper, pipeline.contraster, pipeline.match, pipeline.clustering,
                         pipeline.checkworthiness, pipeline.one_measure, pipeline.disputed,
                         pipeline.one_voice)  # the contrast's readings cluster as in-process
