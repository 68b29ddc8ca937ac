"""Keeps the FAISS file in step with the database, which is the source of truth.

The index is loaded from its file when the sidecar says it was built by the same
model and dimension and reflects the store's current write generation;
otherwise it catches up (adds the claims written since, e.g. by the batch job in
another process) or, when claims were deleted or the file is missing, broken or
from another model, it is rebuilt from the vectors stored with the claims.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np

from embeddings.facets import SCHEME, claim_of, facet_id
from embeddings.index import FaissIndex
from service.errors import ModelMismatch, StoreOutdated
from service.store import SqlStore

log = logging.getLogger(__name__)

GENERATION = "generation"
VECTOR_MODEL = "vector_model"  # the model whose vectors the store holds
FACET_SCHEME = "facet_scheme"  # the version of embeddings.facets that laid its vectors out
CLAIM_READING = "claim_reading"  # embeddings.claims.READING of the oldest claims stored
CONTRAST_RULES = "contrast_rules"  # service.contrast.RULES of the oldest contrasts stored
REBUILD_TOMBSTONES = 0.2  # rebuild once a fifth of the index is deleted claims


class IndexKeeper:
    """The FAISS index of a store, opened (or rebuilt) on first use.

    ``dim`` may be a callable: the model's dimension is only asked for when the index is
    opened, so commands that only read the store ("claims", "clusters") load no model.
    """

    def __init__(self, store: SqlStore, path: Path, model: str, dim: int | Callable[[], int]):
        self.store = store
        self.path = path
        self.model = model
        self._dim = dim
        self._index: FaissIndex | None = None
        self._lock = threading.RLock()

    @property
    def dim(self) -> int:
        return self._dim if isinstance(self._dim, int) else self._dim()

    @property
    def index(self) -> FaissIndex:
        with self._lock:
            if self._index is None:
                self._index = self._open()
            return self._index

    def sync(self) -> FaissIndex:
        """Bring the in-memory index up to the store's latest committed generation."""
        with self._lock:
            index = self.index
            generation = self.store_generation()
            if index.meta.generation == generation:
                return index
            count, _ = self.store.claim_stats()
            last_claim = claim_of(index.meta.max_id) if index.meta.max_id >= 0 else -1
            for ids, blobs in self.store.iter_vectors(after_id=last_claim):
                add_claims(index, ids, blobs)
            if index.live_claims() != count or index.tombstone_ratio > REBUILD_TOMBSTONES:
                # claims were deleted elsewhere (or the file was stale): start again
                index = self._rebuild()
            index.meta.generation = generation
            self._index = index
            return index

    def discard(self) -> None:
        """Forget the index in memory (a failed write changed it and its rows rolled back):
        the next use reads it again from its file and catches up with the store."""
        with self._lock:
            self._index = None

    def store_generation(self) -> int:
        return int(self.store.get_state(GENERATION) or 0)

    def save(self, generation: int) -> None:
        with self._lock:
            index = self.index
            if index.tombstone_ratio > REBUILD_TOMBSTONES:
                index = self._index = self._rebuild()
            index.meta.generation = generation
            index.save(self.path)

    def _open(self) -> FaissIndex:
        try:
            index = FaissIndex.load(self.path)
        except FileNotFoundError:
            log.info("no index at %s: building it from the database", self.path)
            return self._rebuild()
        except Exception as exc:  # unreadable or inconsistent file: the DB has everything
            log.warning("index at %s unusable (%s): rebuilding", self.path, exc)
            return self._rebuild()
        if index.meta.model != self.model or index.meta.dim != self.dim:
            log.warning("index was built by %s/%d, not %s/%d: rebuilding",
                        index.meta.model, index.meta.dim, self.model, self.dim)
            return self._rebuild()
        return index

    def _rebuild(self) -> FaissIndex:
        index = FaissIndex(self.dim, self.model)
        for ids, blobs in self.store.iter_vectors():
            if any(len(b) % self.dim for b in blobs):
                raise RuntimeError(
                    f"stored vectors do not have the model's dimension {self.dim}:"
                    " re-ingest the articles with this model")
            add_claims(index, ids, blobs)
        index.meta.generation = self.store_generation()
        index.save(self.path)
        return index


def add_claims(index: FaissIndex, claim_ids: list[int], blobs: list[np.ndarray]) -> None:
    """Add each claim's facet vectors under ids claim_id * SLOTS + facet number."""
    ids: list[int] = []
    rows: list[np.ndarray] = []
    for cid, blob in zip(claim_ids, blobs, strict=True):
        vecs = blob.reshape(-1, index.meta.dim)
        ids.extend(facet_id(cid, n) for n in range(len(vecs)))
        rows.append(vecs)
    if ids:
        index.add(ids, np.vstack(rows))


def check_vector_model(store: SqlStore, model: str) -> None:
    """Vectors of one model cannot be compared with another's, even of the same size: a store
    keeps the vectors of the model that made them, and refuses to be used with another
    (before this stamp existed, a store was stamped by the first process that opened it)."""
    made_by = store.get_state(VECTOR_MODEL)
    if made_by is None:
        with store.begin() as conn:
            store.set_state(conn, VECTOR_MODEL, model)
    elif made_by != model:
        raise ModelMismatch(
            f"the claims in this data dir were embedded by {made_by}, not {model}: run with "
            f"CROSSCLAIM_MODEL={made_by}, or `crossclaim reindex` to embed them anew",
            {"stored_model": made_by, "model": model})



def check_facet_scheme(store: SqlStore) -> None:
    """A claim's facet vectors are stored by facet number, and clustering and deletion
    recompute the facets from the claim's core: a store laid out by another version of
    ``embeddings.facets`` would pair vectors with the wrong clauses, so writing to it is
    refused.  (Search takes the facet number from the index, so reading still works.)"""
    stamped = store.get_state(FACET_SCHEME)
    if stamped is None:
        if store.claim_stats()[0] == 0:
            from embeddings.claims import READING
            from service.contrast import RULES

            with store.begin() as conn:  # a new store: laid out and read by this version
                store.set_state(conn, FACET_SCHEME, str(SCHEME))
                store.set_state(conn, CLAIM_READING, str(READING))
                store.set_state(conn, CONTRAST_RULES, str(RULES))
            return
        stamped = "1"  # claims stored before the stamp existed
    if stamped != str(SCHEME):
        way_out = ("ingest its articles into a new database" if store.engine.dialect.name
                   == "postgresql" else "run `crossclaim reindex` to re-read the stored articles")
        raise StoreOutdated(
            f"the claims in this store were split into clauses by an older crossclaim "
            f"(facet scheme {stamped}, this one uses {SCHEME}): {way_out}",
            {"stored_scheme": stamped, "scheme": str(SCHEME)})


def older_reading(store: SqlStore) -> str | None:
    """Why the stored claims are not what this version would read from their articles
    (an older ``embeddings.claims.READING``), or None.  A store stamped before the stamp
    existed counts as reading 1."""
    from embeddings.claims import READING

    stamped = store.get_state(CLAIM_READING) or "1"
    if stamped == str(READING) or store.claim_stats()[0] == 0:
        return None
    return (f"the claims in this store were read from their articles by an older crossclaim "
            f"(claim reading {stamped}, this one uses {READING})")


def older_contrast(store: SqlStore) -> str | None:
    """Why the stored clusters' contrasts are not what this version would say of them (an
    older ``service.contrast.RULES``), or None.  A store stamped before the stamp existed
    counts as rules 1."""
    from service.contrast import RULES

    stamped = store.get_state(CONTRAST_RULES) or "1"
    if stamped == str(RULES) or store.counts()["clusters"] == 0:
        return None
    return (f"the contrasts of the stored clusters were worked out by an older crossclaim "
            f"(contrast rules {stamped}, this one uses {RULES})")
