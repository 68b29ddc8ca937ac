"""Index stage: FAISS nearest-neighbour search over claim vectors, keyed by claim id.

HNSW (inner product on unit vectors = cosine) keeps both adding and searching
sub-linear, so ingest does not grow as N^2 in the number of stored claims.
HNSW cannot delete, so deleted ids are tombstoned and filtered out of results;
the owner rebuilds from the database when tombstones pile up.

The index file lies beside a small JSON sidecar that records the model and
dimension that built it and which store generation it reflects; both are
written to temporary files and renamed into place, so a crash never leaves a
half-written index behind.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

# faiss 1.15 aborts on very large HNSW query batches; stay well below that.
QUERY_BATCH = 100


class VectorIndex(Protocol):
    def add(self, ids: Sequence[int], vectors: np.ndarray) -> None: ...

    def search(self, vectors: np.ndarray, k: int) -> list[list[tuple[int, float]]]: ...


@dataclass
class IndexMeta:
    model: str
    dim: int
    ntotal: int = 0
    max_id: int = -1
    generation: int = 0
    tombstones: list[int] = field(default_factory=list)


class FaissIndex:
    """IndexIDMap2 over IndexHNSWFlat; ``reconstruct`` gives stored vectors back by id."""

    def __init__(self, dim: int, model: str, m: int = 32, ef_search: int = 96):
        import faiss

        self._faiss = faiss
        hnsw = faiss.IndexHNSWFlat(dim, m, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = 80
        hnsw.hnsw.efSearch = ef_search
        self._index: Any = faiss.IndexIDMap2(hnsw)
        self.meta = IndexMeta(model=model, dim=dim)
        self._dead: set[int] = set()

    # -- the VectorIndex protocol -------------------------------------------------
    def add(self, ids: Sequence[int], vectors: np.ndarray) -> None:
        if len(ids) == 0:
            return
        vecs = np.ascontiguousarray(vectors, dtype=np.float32)
        if vecs.shape != (len(ids), self.meta.dim):
            raise ValueError(f"expected {len(ids)} x {self.meta.dim} vectors, got {vecs.shape}")
        self._index.add_with_ids(vecs, np.asarray(ids, dtype=np.int64))
        self.meta.ntotal = int(self._index.ntotal)
        self.meta.max_id = max(self.meta.max_id, int(max(ids)))

    def search(self, vectors: np.ndarray, k: int) -> list[list[tuple[int, float]]]:
        """For each query row, up to k live (id, cosine) pairs, best first."""
        vecs = np.ascontiguousarray(np.atleast_2d(vectors), dtype=np.float32)
        live = len(self)
        if live == 0 or k <= 0:
            return [[] for _ in range(len(vecs))]
        # over-fetch so tombstoned hits do not shrink the answer
        fetch = min(k + len(self._dead), int(self._index.ntotal))
        out: list[list[tuple[int, float]]] = []
        for lo in range(0, len(vecs), QUERY_BATCH):
            scores, ids = self._index.search(vecs[lo : lo + QUERY_BATCH], fetch)
            for row_s, row_i in zip(scores, ids, strict=True):
                hits = [(int(i), float(s)) for s, i in zip(row_s, row_i, strict=True)
                        if i >= 0 and int(i) not in self._dead]
                out.append(hits[:k])
        return out

    # -- the rest ---------------------------------------------------------------------
    def remove(self, ids: Iterable[int]) -> None:
        self._dead.update(int(i) for i in ids)
        self.meta.tombstones = sorted(self._dead)

    def vectors(self, ids: Sequence[int]) -> np.ndarray:
        if not ids:
            return np.zeros((0, self.meta.dim), dtype=np.float32)
        return np.vstack([self._index.reconstruct(int(i)) for i in ids]).astype(np.float32)

    def live_claims(self) -> int:
        """Distinct claims with a live vector (ids are claim_id * SLOTS + facet)."""
        from embeddings.facets import SLOTS

        ids = faiss_ids(self._index)
        return len({int(i) // SLOTS for i in ids if int(i) not in self._dead})

    @property
    def tombstone_ratio(self) -> float:
        return len(self._dead) / max(1, int(self._index.ntotal))

    def __len__(self) -> int:
        return int(self._index.ntotal) - len(self._dead)

    def save(self, path: Path) -> None:
        """Write index and sidecar atomically (temp file + rename)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        self._faiss.write_index(self._index, str(tmp))
        os.replace(tmp, path)
        meta_path = sidecar(path)
        meta_tmp = meta_path.with_suffix(".tmp")
        meta_tmp.write_text(json.dumps(asdict(self.meta)))
        os.replace(meta_tmp, meta_path)

    @classmethod
    def load(cls, path: Path) -> FaissIndex:
        """Read an index written by ``save``; raises if the pair is missing or inconsistent."""
        import faiss

        meta = IndexMeta(**json.loads(sidecar(path).read_text()))
        raw = faiss.read_index(str(path))  # not IO_FLAG_MMAP: that segfaults on merged IVF
        if int(raw.ntotal) != meta.ntotal or int(raw.d) != meta.dim:
            raise ValueError("index file does not match its sidecar")
        self = cls.__new__(cls)
        self._faiss = faiss
        self._index = raw
        self.meta = meta
        self._dead = set(meta.tombstones)
        return self


def sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


def faiss_ids(index: Any) -> np.ndarray:
    """The ids an IndexIDMap holds."""
    import faiss

    return faiss.vector_to_array(index.id_map)
