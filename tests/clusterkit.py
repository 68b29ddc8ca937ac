"""Stand-ins for the clusterer's vector index and claim store, for the matching tests
(``test_matching*.py``): hand-made vectors and claims, every stored claim a neighbour."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from embeddings.clustering import ClusterConfig, Disputed, OneMeasure, PairScorer
from embeddings.facets import facet_id, facets
from embeddings.lexical import general_rarity
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


class NoNeighbours:
    """An index that finds no neighbours but hands back the vectors it holds: for scoring one
    given pair (``pair_margin``)."""

    def __init__(self, vectors: dict[int, np.ndarray]):
        self._vectors = vectors

    def search(self, vectors: np.ndarray, k: int) -> list[list[tuple[int, float]]]:
        return [[] for _ in vectors]

    def vectors(self, ids: Sequence[int]) -> np.ndarray:
        return np.vstack([self._vectors[i] for i in ids])


class CentredContext:
    """Every claim is of an article of several sentences, its vectors already centred; or,
    with ``headline``, every claim is a one-sentence item (no context: compared raw)."""

    def __init__(self, headline: bool = False):
        self.headline = headline

    def prefetch(self, article_ids: Iterable[str]) -> None:
        pass

    def centred(self, claim: Claim, vectors: np.ndarray) -> np.ndarray | None:
        return None if self.headline else vectors

    def same_story(self, a: Claim, b: Claim) -> bool:
        return True


def pair_margin(a: Claim, b: Claim, config: ClusterConfig, cosine: float = 1.0,
                headline: bool = False, one_measure: OneMeasure | None = None,
                disputed: Disputed | None = None) -> float:
    """The clusterer's margin of claims ``a`` and ``b`` (ids set, two outlets) whose facets
    all have ``cosine`` with each other: what the words, names and figures add or take."""
    here = np.array([1.0, 0.0], dtype=np.float32)
    there = np.array([cosine, np.sqrt(max(0.0, 1 - cosine * cosine))], dtype=np.float32)
    vectors = {facet_id(c.id or 0, n): v for c, v in ((a, here), (b, there))
               for n in range(len(facets(c.core)))}
    scorer = PairScorer(NoNeighbours(vectors), config, general_rarity,
                        CentredContext(headline), one_measure, disputed=disputed)
    return scorer.margin(a, b)
