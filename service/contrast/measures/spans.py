"""A count over a span of days against a count of one day in it: "113 people had been
arrested over the weekend" / "23 people were arrested ... on Sunday", "150 arrested this
week" / "40 arrested on Saturday".  The day's count is a part of the span's, so the two
figures are of two measures, not two readings of one (``measures.same_measure``).

Only the time a figure's own clause gives after it is read ("had been arrested over the
weekend"), not a time told before ("In a statement on Sunday police said 113 ..." tells
when it was said); two claims of one time ("on Saturday" / "on Saturday", "over the
weekend" / "over the weekend") stay one measure, and a dispute if they differ.
"""

from __future__ import annotations

import re

from embeddings.types import Quantity
from service.contrast.said import Said

_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few)"
# a span of several days: "over the weekend", "this week", "in the past five days", "since
# Friday" (from that day to now)
_SPAN = re.compile(
    r"\b(?:(?:over|during|across|throughout|in|for)\s+(?:the\s+)?(?:past\s+|last\s+|whole\s+"
    r"|entire\s+)?(?:weekend|week|" + _NUMBER + r"\s+days)"
    r"|(?:this|last)\s+(?:weekend|week)"
    r"|since\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.IGNORECASE)
# one day: "on Sunday", "Sunday", "today", "yesterday" (a day name only capitalised)
_DAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                  r"|[Tt]oday|[Yy]esterday)\b")
# where a figure's clause ends: its time is told before that
_CLAUSE_END = re.compile(r"[,;:.!?]|\bbut\b|\bwhile\b")


def _clause_after(q: Quantity, s: Said) -> str:
    rest = s.claim.text[max(0, q.end - s.claim.start):]
    end = _CLAUSE_END.search(rest)
    return rest[:end.start()] if end else rest


def _when(q: Quantity, s: Said) -> str | None:
    """"span" or "day": the time the figure's clause gives after it, the first one told."""
    clause = _clause_after(q, s)
    span, day = _SPAN.search(clause), _DAY.search(clause)
    if span and (day is None or span.start() <= day.start()):
        return "span"
    return "day" if day else None


def span_and_day(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """One figure is told of a span of days and the other of one day, and the day's claim
    names no span: a part against the whole."""
    whens = {_when(qa, a), _when(qb, b)}
    if whens != {"span", "day"}:
        return False
    day_side = a if _when(qa, a) == "day" else b
    return _SPAN.search(day_side.claim.text) is None
