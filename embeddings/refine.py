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

With ``ClusterConfig.evict_moves`` (off by default; docs/matching.md, fifty-second session)
a claim may also move into a cluster where it matches all but one or two members, those
leaving together as a cluster of their own, when the summed margin still rises by
``MIN_GAIN``: the claim's margin with the members it joins, less the margins the leavers
had with them.  That is the move a later, better match needs where the early one holds its
place: an article's second sentence on a point cannot join a cluster holding its first
(one voice of one article), however much better it matches the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

from embeddings.types import Claim

if TYPE_CHECKING:
    from embeddings.clustering import ClusterConfig, PairScorer

# a move must raise the claim's summed margin by this much (chosen on the tuning splits
# of NewsWCL50 and UCI among 0.02/0.05/0.1, docs/matching.md); it also stops ping-pong
MIN_GAIN = 0.02
# the most members an eviction move sends out of a cluster: it weighs their margins with
# every member that stays, so it stays cheap, and a claim that fails to match more than
# two of a cluster's members is no better placed there
MAX_EVICTED = 2


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
           batch: Collection[int], between: Callable[[], None] | None = None) -> int:
    """Move claims between the partition's clusters while that helps; returns the moves
    (``between`` called before each claim is looked at: a time limit's check)."""
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
            if between is not None:
                between()
            claim, own = part.claims[ids[i]], part.label_of[ids[i]]
            mates = part.members(own, limit, without=ids[i])
            here = sum(scorer.margin(claim, m) for m in mates)
            target, best = None, here + MIN_GAIN
            leavers: list[Claim] = []
            for label in sorted({part.label_of[ids[j]] for j in near[i]} - {own}):
                others = part.members(label, limit)
                mean, support = scorer.linkage(claim, others)
                if support >= config.min_support and mean * len(others) > best:
                    target, best, leavers = label, mean * len(others), []
                elif config.evict_moves and label not in part.frozen:
                    found = _with_eviction(claim, others, scorer)
                    if found is not None and found[0] > best:
                        target, (best, leavers) = label, found
            if target is not None:
                if leavers:
                    out = part.new_label()
                    for leaver in leavers:
                        assert leaver.id is not None
                        part.put(leaver.id, out)
                part.put(ids[i], target)
                moved, moves = True, moves + 1
        if not moved:
            break
    return moves


def _with_eviction(claim: Claim, others: Sequence[Claim],
                   scorer: PairScorer) -> tuple[float, list[Claim]] | None:
    """(gain in summed margin, the members that leave) of ``claim`` joining ``others`` less
    the one or two it does not match (or that are its own article's and voice's), or None.
    The leavers matched each other in the cluster, so they stay together; what is lost is
    their margin with the members that stay."""
    from embeddings.clustering import repeated_quotation

    stay: list[Claim] = []
    leave: list[Claim] = []
    gained = 0.0
    for other in others:
        same_voice = other.article_id == claim.article_id \
            and scorer.one_voice(other.voice, claim.voice) \
            and not repeated_quotation(other, claim)
        margin = -1.0 if same_voice else scorer.margin(claim, other)
        if margin < 0:
            leave.append(other)
            if len(leave) > MAX_EVICTED:
                return None
        else:
            stay.append(other)
            gained += margin
    if not leave or not stay:
        return None
    lost = sum(scorer.margin(out, kept) for out in leave for kept in stay)
    return gained - lost, leave


# claims whose nearest are looked for in one matrix product (``_Nearest.of``)
_BLOCK = 512


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
        """Each row's nearest, worked out ``_BLOCK`` rows at a time: the cosines of all rows
        with all claims at once took memory as the square of an article's claims (a
        5,700-claim article's 8,500 facets: a 290 MB matrix, and 200 MB more reduced)."""
        out: dict[int, list[int]] = {}
        for lo in range(0, len(rows), _BLOCK):
            if 0 < len(rows) - lo - _BLOCK < _BLOCK // 8:
                # (a short last block joins this one: a matrix product of one row is
                # computed otherwise than of many, and may differ in its last digit)
                out.update(self._of(rows[lo:]))
                break
            out.update(self._of(rows[lo : lo + _BLOCK]))
        return out

    def _of(self, rows: list[int]) -> dict[int, list[int]]:
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
