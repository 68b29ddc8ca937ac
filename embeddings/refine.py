"""Re-examination after a batch: move claims to the cluster where they fit best.

The online pass places claims one at a time, so an early, barely-positive join (two
sentences of one article on one story) can keep a later claim from the cluster it
matches best: the later claim must match *every* member.  After the batch, each claim
of the batch, and each stored claim near one (raw cosine within the candidate margin)
whose cluster is small enough to be seen whole, may move to a neighbouring cluster if
it matches every member there (the first pass's rule, so a cluster stays a set of
claims that all match each other) and its summed match margin there beats its summed
margin with its own cluster's other members by ``MIN_GAIN``.  Summed, not averaged: that
is the correlation-clustering objective (total margin inside clusters), which a move
raises by exactly the claim's gain; an average would prefer a pair to a larger group of
claims that all match.  A few sweeps; nothing else is re-clustered, so the cost stays
bounded by the batch's neighbourhood.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

import numpy as np

from embeddings.types import Claim

if TYPE_CHECKING:
    from embeddings.clustering import ClusterConfig, PairScorer

# a move must raise the claim's summed margin by this much (chosen on the tuning splits
# of NewsWCL50 and UCI among 0.02/0.05/0.1, docs/matching.md); it also stops ping-pong
MIN_GAIN = 0.02


class Partition:
    """Cluster labels of the claims one batch can see, with members newest first."""

    def __init__(self, claims: Mapping[int, Claim], labels: Mapping[int, int],
                 frozen: Collection[int] = ()):
        self.claims = dict(claims)
        self.original = dict(labels)
        self.label_of = dict(labels)
        self.frozen = set(frozen)  # clusters larger than the member limit: seen in part
        self._members: dict[int, list[int]] = {}
        for cid in sorted(labels, reverse=True):
            self._members.setdefault(labels[cid], []).append(cid)
        self._next = -1

    def new_label(self) -> int:
        self._next -= 1
        return self._next + 1

    def members(self, label: int, limit: int, without: int | None = None) -> list[Claim]:
        ids = [m for m in self._members.get(label, []) if m != without][:limit]
        return [self.claims[m] for m in ids]

    def put(self, claim_id: int, label: int) -> None:
        old = self.label_of.get(claim_id)
        if old is not None:
            self._members[old].remove(claim_id)
        self.label_of[claim_id] = label
        self._members.setdefault(label, []).insert(0, claim_id)

    def changes(self, batch: Collection[int]) -> dict[int, int]:
        """Labels of the batch's claims and of stored claims that moved."""
        return {cid: label for cid, label in self.label_of.items()
                if cid in batch or self.original.get(cid) != label}


def refine(part: Partition, scorer: PairScorer, config: ClusterConfig,
           batch: Collection[int]) -> int:
    """Move claims between the partition's clusters while that helps; returns the moves."""
    ids = sorted(part.label_of)
    nearest = _Nearest(ids, part, scorer, config.match.threshold - config.candidate_margin,
                       config.neighbours)
    new = [i for i, cid in enumerate(ids) if cid in batch]
    # stored claims move only where the batch gave a reason: they are near a new claim
    reached = {j for near in nearest.of(new).values() for j in near}
    order = sorted(set(new) | {j for j in reached
                               if part.label_of[ids[j]] not in part.frozen})
    near = nearest.of(order)
    limit, moves = config.max_members, 0
    for _ in range(config.refine_sweeps):
        moved = False
        for i in order:
            claim, own = part.claims[ids[i]], part.label_of[ids[i]]
            mates = part.members(own, limit, without=ids[i])
            here = sum(scorer.margin(claim, m) for m in mates)
            target, best = None, here + MIN_GAIN
            for label in sorted({part.label_of[ids[j]] for j in near[i]} - {own}):
                others = part.members(label, limit)
                mean, support = scorer.linkage(claim, others)
                if support >= config.min_support and mean * len(others) > best:
                    target, best = label, mean * len(others)
            if target is not None:
                part.put(ids[i], target)
                moved, moves = True, moves + 1
        if not moved:
            break
    return moves


class _Nearest:
    """The k claims nearest each claim of the partition, by best facet-pair raw cosine, at or
    above ``floor``: the first pass's rule for which clusters a claim is offered."""

    def __init__(self, ids: list[int], part: Partition, scorer: PairScorer, floor: float,
                 k: int):
        vecs = [scorer.vectors(part.claims[i]) for i in ids]
        self.starts = np.cumsum([0] + [len(v) for v in vecs[:-1]])
        self.vecs = [np.asarray(v) for v in vecs]
        self.stacked = np.vstack(vecs)
        self.floor, self.k = floor, k

    def of(self, rows: list[int]) -> dict[int, list[int]]:
        if not rows:
            return {}
        own = np.vstack([self.vecs[i] for i in rows])
        own_starts = np.cumsum([0] + [len(self.vecs[i]) for i in rows[:-1]])
        best = np.maximum.reduceat(own @ self.stacked.T, self.starts, axis=1)
        best = np.maximum.reduceat(best, own_starts, axis=0)
        best[np.arange(len(rows)), rows] = -np.inf  # not its own neighbour
        out = {}
        for r, i in enumerate(rows):
            top = np.argsort(-best[r])[: self.k]
            out[i] = [int(j) for j in top if best[r, j] >= self.floor]
        return out
