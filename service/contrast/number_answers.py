"""Which figure answers which where the words around them do not say
(``service.contrast.number_pairs``).

A vague range a claim gives beside a precise figure of one measure ("Tens of thousands
marched, and police put the crowd at 20,000") is that figure told again, less exactly: it
is no second answer competing with it, nor a second measure the claim gives beside it.
"""

from __future__ import annotations

from embeddings.types import Quantity
from service.contrast.intervals import unit_key, widened
from service.contrast.said import Said
from service.contrast.text import tokens

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
