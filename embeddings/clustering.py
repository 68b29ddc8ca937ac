"""Clustering stage: online average-link grouping of claims into "same claim" clusters.

Each new claim looks up the nearest stored facets (core or clause) of other
claims in the index (sub-linear), collects the clusters those claims belong
to, and joins the candidate whose *average* match margin (score minus threshold)
over its members is highest, if that is not negative and every scored member
matches on its own; otherwise it starts a new cluster.  Average link (rather than
the single link of "any neighbour above threshold") stops chains of sentences
that each share a little with the next from growing into a topic.

Two claims that both come from articles of several sentences are scored on their
article-centred vectors (``embeddings.context``) against ``context_threshold``;
otherwise on raw vectors against the match threshold.  A cluster never takes a
second claim from the same article and voice: one speaker does not make one claim
twice in an article, and sentences of one article that share a topic were the
seeds of topic clusters.  Existing clusters are never re-labelled, so their ids
stay stable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from embeddings.context import Context
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
    # threshold on the match score of article-centred vectors (lower scale than raw cosine:
    # the shared story is gone); chosen on NewsWCL50's tuning events, docs/matching.md
    context_threshold: float = 0.42
    match: MatchConfig = field(default_factory=MatchConfig)


class OnlineClusterer:
    """Assign claims (already added to the index, facet by facet) to clusters.

    ``vectors[i]`` holds the facet vectors of ``claims[i]``.  Returns one label per
    claim: an existing cluster id (>= 0), or a negative provisional label (-1, -2, ...)
    for a new cluster made in this call, which the store turns into a real id.
    """

    def __init__(self, index: NeighbourIndex, lookup: ClusterLookup,
                 config: ClusterConfig | None = None, weigh: Weigher = general_rarity,
                 context: Context | None = None):
        self.index = index
        self.lookup = lookup
        self.config = config or ClusterConfig()
        self.weigh = weigh
        self.context = context
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
        if self.context is not None:
            wanted = {m for ids in self._member_cache.values() for m in ids}
            missing = sorted(m for m in wanted if m not in stored and m not in batch)
            if missing:
                stored.update(self.lookup.claims_with_clusters(missing))
            self.context.prefetch({c.article_id for c in claims}
                                  | {c.article_id for c, _ in stored.values()})
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
            best, best_margin = None, 0.0
            for label in sorted(candidates):
                members = self._members(label, new_members, claim.id)
                margin, support = self._linkage(claim, vectors[i], members, batch, stored)
                if margin >= best_margin and support >= self.config.min_support:
                    best, best_margin = label, margin
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
        """Average match margin of ``claim`` over the given members of one cluster, and the
        share of those members it matches on its own."""
        if not member_ids:
            return -1.0, 0.0
        missing = [m for m in member_ids if m not in stored and m not in batch]
        if missing:
            stored.update(self.lookup.claims_with_clusters(missing))
        others = [batch[m] if m in batch else stored[m][0] for m in member_ids]
        if any(o.article_id == claim.article_id and o.voice == claim.voice for o in others):
            return -1.0, 0.0
        context = self.context
        own = context.centred(claim, vecs) if context is not None else None
        margins = []
        for mid, other in zip(member_ids, others, strict=True):
            fids = [facet_id(mid, n) for n in range(len(facets(other.core)))]
            theirs = self.index.vectors(fids)
            centred = None
            if own is not None and context is not None:
                centred = context.centred(other, theirs)
            if own is not None and centred is not None:
                cosines, threshold = own @ centred.T, self.config.context_threshold
            else:
                cosines, threshold = vecs @ theirs.T, self.config.match.threshold
            score = match_score(claim, other, cosines, self.config.match, self.weigh)[0]
            margins.append(score - threshold)
        support = sum(m >= 0 for m in margins) / len(margins)
        return float(np.mean(margins)), support
