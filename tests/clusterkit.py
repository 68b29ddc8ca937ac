"""Stand-ins for the clusterer's vector index and claim store, for the matching tests
(``test_matching*.py``): hand-made vectors and claims, every stored claim a neighbour."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from embeddings.types import Claim


class VectorIndex:
    """Every stored vector is a neighbour of every query, scored by its dot product."""

    def __init__(self, vecs: dict[int, np.ndarray]):
        self.vecs = vecs

    def search(self, vectors: np.ndarray, k: int) -> list[list[tuple[int, float]]]:
        return [[(fid, float(v @ self.vecs[fid])) for fid in sorted(self.vecs)] for v in vectors]

    def vectors(self, ids: Sequence[int]) -> np.ndarray:
        return np.vstack([self.vecs[i] for i in ids])


class ClaimLookup:
    """Stored claims with the cluster each is in."""

    def __init__(self, claims: dict[int, tuple[Claim, int]]):
        self.claims = claims

    def claims_with_clusters(self, ids: Sequence[int]) -> Mapping[int, tuple[Claim, int]]:
        return {i: self.claims[i] for i in ids if i in self.claims}

    def cluster_members(self, cluster_ids: Sequence[int],
                        limit: int) -> Mapping[int, list[int]]:
        return {c: [i for i, (_, cl) in self.claims.items() if cl == c][:limit]
                for c in cluster_ids}
