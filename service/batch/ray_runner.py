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
from collections.abc import Iterable, Iterator, Sequence
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
        from service.pipeline import Pipeline as _Pipeline

        self.address = address
        self.actors = actors
        self.cpus_per_actor = cpus_per_actor
        self._prepared = _Prepared(pipeline.encoder.name, pipeline.encoder.dim)
        # the merge: the same pipeline (store, index, contraster), fed the actors' results
        self._merge = _Pipeline(pipeline.settings, pipeline.store, self._prepared,
                                self._prepared, pipeline.keeper, pipeline.contraster,
                                pipeline.match)
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
        ds: Any = source.flat_map(_read_rows, num_cpus=0.25)
        ds = ds.map_batches(
            _Splitter, fn_constructor_kwargs={
                "model": settings.model, "dtype": settings.dtype,
                "batch_size": settings.batch_size, "threads": max(1, int(self.cpus_per_actor))},
            batch_size=ACTOR_BATCH, batch_format="pandas", concurrency=self.actors,
            num_cpus=self.cpus_per_actor)
        for row in ds.iter_rows():
            yield _record(row)

    def ingest_articles(self, records: Sequence[Record]) -> list[IngestResult]:
        for record in records:
            if record.article is not None and record.prepared is not None:
                claims, vectors = record.prepared
                self._prepared.ready[_key(record.article)] = (claims, vectors)
        try:
            return self._merge.ingest([r.article for r in records if r.article is not None])
        finally:
            self._prepared.ready.clear()
            self._prepared.pending.clear()

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
            try:
                ray.init(address=self.address, logging_level=logging.ERROR, log_to_driver=False,
                         configure_logging=True)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise RayUnavailable(f"cannot reach the Ray cluster at {self.address}: {exc}"
                                     ) from None
            self._connected = True
        return ray


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
    """An actor of the pool: holds the claim splitter and the model for its lifetime."""

    def __init__(self, model: str, dtype: str, batch_size: int, threads: int = 1):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        import torch

        torch.set_num_threads(threads)
        from embeddings.claims import SentenceClaimExtractor
        from embeddings.encoder import SentenceTransformerEncoder

        self.extractor = SentenceClaimExtractor()
        self.encoder = SentenceTransformerEncoder(model, dtype, batch_size)

    def __call__(self, batch: Any) -> Any:
        articles = [Article(**json.loads(a)) if a else None for a in batch["article"]]
        extracted = [self.extractor.extract(a) if a is not None else [] for a in articles]
        flat = [c.core for claims in extracted for c in claims]
        vectors = self.encoder.encode(flat)
        claims_col, vectors_col = [], []
        offset = 0
        for claims in extracted:
            vecs = vectors[offset : offset + len(claims)]
            offset += len(claims)
            claims_col.append(json.dumps([asdict(c) for c in claims]))
            vectors_col.append(np.ascontiguousarray(vecs, dtype=np.float32).tobytes())
        batch["claims"] = claims_col
        batch["vectors"] = vectors_col
        return batch


# -- back in the driver -----------------------------------------------------------------------
def _record(row: dict[str, Any]) -> Record:
    article = Article(**json.loads(row["article"])) if row["article"] else None
    ticket = Ticket(**json.loads(row["ticket"])) if row["ticket"] else None
    record = Record(row["where"], article=article, error=row["error"] or None, ticket=ticket)
    if article is not None:
        claims = [_claim(c) for c in json.loads(row["claims"])]
        vectors = np.frombuffer(row["vectors"], dtype=np.float32).reshape(len(claims), -1)
        record.prepared = (claims, vectors)
    return record


def _claim(d: dict[str, Any]) -> Claim:
    d = dict(d)
    d["entities"] = tuple(Entity(**e) for e in d["entities"])
    d["numbers"] = tuple(Quantity(**q) for q in d["numbers"])
    return Claim(**d)


def _key(article: Article) -> tuple[str, str]:
    return article.id, article.content_hash


class _Prepared:
    """Extractor and encoder for the merge: hand back what the actors computed.

    ``Pipeline.ingest`` calls ``extract`` for each article it will store, in
    order, then ``encode`` once on all their claims' cores: the vectors are those
    of the articles extracted since the last ``encode``, in the same order.
    """

    def __init__(self, name: str, dim: int):
        self.name = name
        self.dim = dim
        self.ready: dict[tuple[str, str], tuple[list[Claim], np.ndarray]] = {}
        self.pending: list[np.ndarray] = []

    def extract(self, article: Article) -> list[Claim]:
        claims, vectors = self.ready[_key(article)]
        self.pending.append(vectors)
        return list(claims)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        vectors = (np.vstack(self.pending) if self.pending
                   else np.zeros((0, self.dim), dtype=np.float32))
        self.pending.clear()
        if len(vectors) != len(texts):
            raise RuntimeError(f"merge got {len(vectors)} vectors for {len(texts)} claims")
        return vectors
