"""Which figure answers which where the words around them do not say
(``service.contrast.number_pairs``, ``service.contrast.numbers``).

A vague range a claim gives beside a precise figure of one measure ("Tens of thousands
marched, and police put the crowd at 20,000") is that figure told again, less exactly: it
is no second answer competing with it, nor a second measure the claim gives beside it.
Figures of very different sizes answer the figures of their own size ("$1,000 rebates to
households under $60,000" / "under $60,000 ... rebates of up to $1,000": the rebate answers
the rebate, the income the income).  And figures that agree are told agreeing only as far as
each agrees with every other: "tens of thousands" agrees with 55,000 and with 100,000, which
do not agree with each other.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable
from typing import TypeVar

from embeddings.types import Quantity
from service.contrast.intervals import unit_key, widened
from service.contrast.said import Said
from service.contrast.text import tokens

K = TypeVar("K", bound=Hashable)


# "Thousands fled, including 2,000 children", "among them 300 soldiers": a part, not the
# whole told again
_PART_BEFORE = frozenset({"including", "includes", "included", "among"})


def restates(vague: Quantity, precise: Quantity, s: Said) -> bool:
    """``vague`` is a range both of whose ends are given ("tens of thousands", "10 to 20")
    of the unit of ``precise``, which it holds and is wider than: the same figure told less
    exactly.  Open bounds are not: "under $60,000" holds a $1,000 rebate without saying
    anything of it; nor is a part the claim counts in it ("including 2,000")."""
    if vague.kind != precise.kind or vague.low is None or vague.high is None \
            or vague.low == vague.high or unit_key(vague) != unit_key(precise):
        return False
    before = [t.lower for t in tokens(s.claim.text[:max(0, precise.start - s.claim.start)])
              if t.is_word][-2:]
    if _PART_BEFORE & set(before):
        return False
    v_low, v_high = widened(vague)
    p_low, p_high = widened(precise)
    if None in (v_low, v_high, p_low, p_high):
        return False
    assert v_low is not None and v_high is not None and p_low is not None \
        and p_high is not None
    return v_low <= p_low and p_high <= v_high and (v_high - v_low) > (p_high - p_low)


def unrestated(rivals: list[Quantity], s: Said) -> list[Quantity]:
    """The rivals (figures of claim ``s``) less those another rival states more exactly."""
    return [r for r in rivals if not any(o is not r and restates(r, o, s) for o in rivals)]


# figures at most this factor apart are of one size, and those ten times apart of two
_ONE_SIZE = 3.0
_OTHER_SIZE = 10.0


def _size(q: Quantity) -> float | None:
    """The figure a quantity gives: its bound where it is open, the middle of a range."""
    if q.low is not None and q.high is not None:
        value = math.sqrt(q.low * q.high) if q.low > 0 and q.high > 0 else None
    else:
        value = q.low if q.high is None else q.high
    return value if value is not None and value > 0 else None


def _apart(x: Quantity, y: Quantity) -> float | None:
    """How many times the larger figure is the smaller; None where one gives no size."""
    sx, sy = _size(x), _size(y)
    if sx is None or sy is None or x.unit != y.unit:
        return None
    return max(sx, sy) / min(sx, sy)


def by_size(qa: Quantity, qb: Quantity, pairs: list[tuple[Quantity, Quantity]]) -> bool:
    """Each figure is the only one of its size among the other's rivals, all of which are
    of another size altogether, both ways: "$1,000" answers "up to $1,000", not "less than
    $60,000" beside it.  Only where each side gives several figures of one kind to pair."""
    def alone(q: Quantity, other: Quantity, side: int) -> bool:
        rivals = [p[1 - side] for p in pairs if p[side] is q]
        if len(rivals) < 2:
            return False
        near = _apart(q, other)
        if near is None or near > _ONE_SIZE:
            return False
        for r in rivals:
            if r is other:
                continue
            far = _apart(q, r)
            if far is None or far < _OTHER_SIZE:
                return False
        return True

    return alone(qa, qb, 0) and alone(qb, qa, 1)


def agreeing_sets(keys: list[K], agree: Callable[[K, K], bool]) -> list[list[K]]:
    """``keys`` (figures joined by agreements) as the largest sets each of whose figures
    agrees with every other, each set in the keys' order; one set where all agree.  A vague
    figure that agrees with two that do not agree with each other is in two sets."""
    near = {k: {x for x in keys if x != k and agree(k, x)} for k in keys}
    if all(len(near[k]) == len(keys) - 1 for k in keys):
        return [keys]
    found: list[set[K]] = []

    def grow(chosen: set[K], left: set[K], done: set[K]) -> None:
        # Bron-Kerbosch with a pivot: figures that agree on one value (a year twenty claims
        # give) are one set found at once, not every subset of them tried
        if not left and not done:
            found.append(chosen)
            return
        pivot = max(left | done, key=lambda k: len(near[k] & left))
        for k in [x for x in keys if x in left and x not in near[pivot]]:
            grow(chosen | {k}, left & near[k], done & near[k])
            left = left - {k}
            done = done | {k}

    grow(set(), set(keys), set())
    sets = [[k for k in keys if k in s] for s in found if len(s) > 1]
    return sorted(sets, key=lambda s: keys.index(s[0]))
