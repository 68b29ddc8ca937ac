"""Clustering stage: online average-link grouping of claims into "same claim" clusters.

Each new claim looks up its k nearest stored claims in the index (sub-linear),
collects the clusters those neighbours belong to, and joins the candidate whose
*average* match score over its members is highest, if that clears the
threshold; otherwise it starts a new cluster.  Average link (rather than the
single link of a plain "any neighbour above threshold") stops chains of
sentences that each share a little with the next from growing into a topic.
Existing clusters are never re-labelled, so their ids stay stable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from embeddings.matching import MatchConfig, match_score
from embeddings.types import Claim


class ClusterLookup(Protocol):
    """What the clusterer needs to know about claims already stored."""

    def claims_with_clusters(self, ids: Sequence[int]) -> Mapping[int, tuple[Claim, int]]: ...

    def cluster_members(self, cluster_ids: Sequence[int],
                        limit: int) -> Mapping[int, list[int]]: ...


class NeighbourIndex(Protocol):
    def search(self, vectors: np.ndarray, k: int) -> list[list[tuple[int, float]]]: ...

    def vectors(self, ids: Sequence[int]) -> np.ndarray: ...


class Clusterer(Protocol):
    def assign(self, claims: Sequence[Claim], vectors: np.ndarray) -> list[int]: ...


@dataclass(frozen=True)
class ClusterConfig:
    neighbours: int = 24  # k for the index look-up
    max_members: int = 48  # members scored per candidate cluster (bounds the cost)
    match: MatchConfig = field(default_factory=MatchConfig)


class OnlineClusterer:
    """Assign claims (already added to the index under their ids) to clusters.

    Returns one label per claim: an existing cluster id (>= 0), or a negative
    provisional label (-1, -2, ...) for a new cluster made in this call, which
    the store turns into a real id.
    """

    def __init__(self, index: NeighbourIndex, lookup: ClusterLookup,
                 config: ClusterConfig | None = None):
        self.index = index
        self.lookup = lookup
        self.config = config or ClusterConfig()

    def assign(self, claims: Sequence[Claim], vectors: np.ndarray) -> list[int]:
        if not claims:
            return []
        batch = {c.id: (c, i) for i, c in enumerate(claims) if c.id is not None}
        hits = self.index.search(vectors, self.config.neighbours + 1)
        stored_ids = sorted({cid for row in hits for cid, _ in row if cid not in batch})
        stored = dict(self.lookup.claims_with_clusters(stored_ids))
        labels: dict[int, int] = {}  # claim id -> label, for claims of this batch
        next_label = -1
        new_members: dict[int, list[int]] = {}  # provisional label -> batch claim ids
        for i, claim in enumerate(claims):
            assert claim.id is not None, "claims must be stored before clustering"
            candidates: set[int] = set()
            for cid, cos in hits[i]:
                if cid == claim.id or cos < self.config.match.threshold - 0.15:
                    continue
                if cid in labels:
                    candidates.add(labels[cid])
                elif cid in stored:
                    candidates.add(stored[cid][1])
            best, best_score = None, self.config.match.threshold
            for label in sorted(candidates):
                score = self._linkage(claim, vectors[i], label, new_members, batch, stored)
                if score >= best_score:
                    best, best_score = label, score
            if best is None:
                best = next_label
                next_label -= 1
            labels[claim.id] = best
            if best < 0:
                new_members.setdefault(best, []).append(claim.id)
        return [labels[c.id] for c in claims if c.id is not None]

    def _linkage(self, claim: Claim, vector: np.ndarray, label: int,
                 new_members: dict[int, list[int]], batch: Mapping[int, tuple[Claim, int]],
                 stored: dict[int, tuple[Claim, int]]) -> float:
        """Average match score of ``claim`` against the members of cluster ``label``."""
        if label < 0:
            member_ids = new_members.get(label, [])
        else:
            member_ids = list(self.lookup.cluster_members([label], self.config.max_members)
                              .get(label, []))
        member_ids = [m for m in member_ids if m != claim.id][: self.config.max_members]
        if not member_ids:
            return -1.0
        missing = [m for m in member_ids if m not in stored and m not in batch]
        if missing:
            stored.update(self.lookup.claims_with_clusters(missing))
        member_vecs = self.index.vectors(member_ids)
        cosines = member_vecs @ vector
        scores = []
        for mid, cos in zip(member_ids, cosines, strict=True):
            other = batch[mid][0] if mid in batch else stored[mid][0]
            scores.append(match_score(claim, other, float(cos), self.config.match)[0])
        return float(np.mean(scores))
