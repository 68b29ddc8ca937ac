"""Clustering stage: online average-link grouping of claims into "same claim" clusters.

Each new claim looks up the nearest stored facets (core or clause) of other
claims in the index (sub-linear), collects the clusters those claims belong
to, and joins the candidate whose *average* match score over its members is
highest, if that clears the threshold; otherwise it starts a new cluster.
Average link (rather than the single link of "any neighbour above threshold")
stops chains of sentences that each share a little with the next from growing
into a topic.  Existing clusters are never re-labelled, so their ids stay stable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from embeddings.facets import claim_of, facet_id, facets
from embeddings.lexical import Weigher, general_rarity
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
    def assign(self, claims: Sequence[Claim], vectors: Sequence[np.ndarray]) -> list[int]: ...


@dataclass(frozen=True)
class ClusterConfig:
    neighbours: int = 24  # k for each facet's index look-up
    max_members: int = 48  # members scored per candidate cluster (bounds the cost)
    candidate_margin: float = 0.3  # look at neighbours this far below the threshold
    # share of the scored members that must each match the claim on their own (>= threshold):
    # a high average carried by one or two near-duplicates does not pull a claim into a topic
    min_support: float = 1.0
    match: MatchConfig = field(default_factory=MatchConfig)


class OnlineClusterer:
    """Assign claims (already added to the index, facet by facet) to clusters.

    ``vectors[i]`` holds the facet vectors of ``claims[i]``.  Returns one label per
    claim: an existing cluster id (>= 0), or a negative provisional label (-1, -2, ...)
    for a new cluster made in this call, which the store turns into a real id.
    """

    def __init__(self, index: NeighbourIndex, lookup: ClusterLookup,
                 config: ClusterConfig | None = None, weigh: Weigher = general_rarity):
        self.index = index
        self.lookup = lookup
        self.config = config or ClusterConfig()
        self.weigh = weigh
        self._member_cache: dict[int, list[int]] = {}

    def assign(self, claims: Sequence[Claim], vectors: Sequence[np.ndarray]) -> list[int]:
        if not claims:
            return []
        batch = {c.id: c for c in claims if c.id is not None}
        owners = [i for i, v in enumerate(vectors) for _ in range(len(v))]
        hits = self.index.search(np.vstack(vectors), self.config.neighbours + 1)
        floor = self.config.match.threshold - self.config.candidate_margin
        near: list[set[int]] = [set() for _ in claims]
        for row, owner in zip(hits, owners, strict=True):
            near[owner].update(claim_of(fid) for fid, cos in row if cos >= floor)
        stored_ids = sorted({cid for ids in near for cid in ids if cid not in batch})
        stored = dict(self.lookup.claims_with_clusters(stored_ids))
        # every existing cluster a claim of this batch can be offered is a stored neighbour's:
        # fetch their members in one query (they do not change until the labels are saved)
        self._member_cache = dict(self.lookup.cluster_members(
            sorted({label for _, label in stored.values()}), self.config.max_members))
        labels: dict[int, int] = {}  # claim id -> label, for claims of this batch
        next_label = -1
        new_members: dict[int, list[int]] = {}  # provisional label -> batch claim ids
        for i, claim in enumerate(claims):
            assert claim.id is not None, "claims must be stored before clustering"
            candidates = set()
            for cid in near[i] - {claim.id}:
                if cid in labels:
                    candidates.add(labels[cid])
                elif cid in stored:
                    candidates.add(stored[cid][1])
            best, best_score = None, self.config.match.threshold
            for label in sorted(candidates):
                members = self._members(label, new_members, claim.id)
                score, support = self._linkage(claim, vectors[i], members, batch, stored)
                if score >= best_score and support >= self.config.min_support:
                    best, best_score = label, score
            if best is None:
                best = next_label
                next_label -= 1
            labels[claim.id] = best
            if best < 0:
                new_members.setdefault(best, []).append(claim.id)
        return [labels[c.id] for c in claims if c.id is not None]

    def _members(self, label: int, new_members: dict[int, list[int]], own: int) -> list[int]:
        if label < 0:
            ids = new_members.get(label, [])
        elif label in self._member_cache:
            ids = list(self._member_cache[label])
        else:
            ids = list(self.lookup.cluster_members([label], self.config.max_members)
                       .get(label, []))
        return [m for m in ids if m != own][: self.config.max_members]

    def _linkage(self, claim: Claim, vecs: np.ndarray, member_ids: list[int],
                 batch: Mapping[int, Claim],
                 stored: dict[int, tuple[Claim, int]]) -> tuple[float, float]:
        """Average match score of ``claim`` against the given members of one cluster, and the
        share of those members it matches on its own."""
        if not member_ids:
            return -1.0, 0.0
        missing = [m for m in member_ids if m not in stored and m not in batch]
        if missing:
            stored.update(self.lookup.claims_with_clusters(missing))
        scores = []
        for mid in member_ids:
            other = batch[mid] if mid in batch else stored[mid][0]
            fids = [facet_id(mid, n) for n in range(len(facets(other.core)))]
            cosines = vecs @ self.index.vectors(fids).T
            scores.append(match_score(claim, other, cosines, self.config.match, self.weigh)[0])
        support = sum(s >= self.config.match.threshold for s in scores) / len(scores)
        return float(np.mean(scores)), support
