"""Figures of different days or times (``service.contrast.numbers``).

Two figures of one measure published on different days may be the story moving on (a toll
rising), not a dispute; two that the claims date to different times ("in March" / "in
April") are figures of two times.  Which figures never move (a year, an age, a company's
result), which only grow (the dead), and when a later figure was told already.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from embeddings.types import Claim, Quantity
from service.contrast.intervals import bounded_alike, overlap
from service.contrast.measures import comparable, other_fates, periods, same_measure
from service.contrast.number_pairs import Label, stated
from service.contrast.said import Said
from service.contrast.text import named_times, tokens


@lru_cache(maxsize=20_000)
def _times_of(text: str) -> dict[str, frozenset[str]]:
    return named_times(tokens(text))


# what a report gives as settled: a year, a date, an age do not move as a story goes on; nor
# does how many came to an event that is over (two estimates of a crowd are a dispute)
FIXED = frozenset({"year", "date", "age"})
FIXED_FATES = frozenset({"present"})
# nor does a company's result for a period, which is reported once the period is over: "a
# net loss of $85m" on Tuesday and "a profit of $20m" on Wednesday are a dispute
FIXED_MEASURES = frozenset({"result"})


# counts that only grow as a story goes on: the dead do not come back, so a later report
# of fewer dead than an earlier one ("at least 40 died" on Monday, "no deaths" on Tuesday)
# disputes it, where a later report of more is the toll rising
_ONLY_GROW = frozenset({"dead"})


# the injured only grow in number too ("eleven were treated for injuries", then "no one
# was injured"); those *in hospital* leave it, so a count of them may fall
_IN_HOSPITAL = re.compile(r"\bhospital", re.IGNORECASE)


def toll_fell(label: Label, qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    grows = label[2] in _ONLY_GROW or (label[2] == "hurt" and not any(
        _IN_HOSPITAL.search(s.claim.text) for s in (a, b)))
    if not grows or a.day is None or b.day is None:
        return False
    (early, _), (late, _) = sorted(((qa, a.day), (qb, b.day)), key=lambda p: p[1])
    return late.high is not None and early.low is not None and late.high < early.low


# figures of a period, which do not move once the period is told of: "inflation was 3.2% in
# October" and "3.4% in October", "shares fell 12% on Tuesday" and, the next day, "lost 9% on
# Tuesday" are two readings of one figure, a dispute however far apart they were published
# (a toll "in Saturday's attack" still rises as the dead are found: counts stay changes)
OF_A_PERIOD = frozenset({"percent", "money", "rate"})


def of_one_time(a: Said, b: Said) -> bool:
    """Both claims name one time ("in October", "on Tuesday", "in 2025", "in the third
    quarter"; "eased to 3.2% in October from 3.5% in September" names October too) and, of
    each kind both name, some time of it in common."""
    ta, tb = _times_of(a.claim.text), _times_of(b.claim.text)
    pa, pb = periods(a), periods(b)
    shared, shared_periods = ta.keys() & tb.keys(), pa.keys() & pb.keys()
    return bool(shared or shared_periods) and all(ta[k] & tb[k] for k in shared) \
        and all(pa[k] & pb[k] for k in shared_periods)


def told_already(qa: Quantity, a: Said, qb: Quantity, b: Said, said: list[Said],
                  related: Callable[[Claim, Claim], bool] | None,
                  same_day: bool = False) -> bool:
    """The later figure is no news: another voice of the story gave it by the day of the
    earlier one ("cut deaths by 40%", says one outlet and "by nearly half" another on Monday;
    "by about 40 percent" on Tuesday is the dispute going on, not the figure changing).
    ``same_day``, for counts: only a voice of the earlier figure's own day, whose figure
    disputed it then ("45 in hospital" and "60 hospitalised" on Monday, "45 in hospital" on
    Tuesday: one dispute, told by three voices, not a dispute and a count that fell).  A
    toll told higher the next day than any voice had it has risen, whoever had guessed it;
    and one told on Monday, then lower on Tuesday and higher on Wednesday, moved each day."""
    if a.day is None or b.day is None:
        return False
    (early, early_q), (late, late_q) = sorted(((a, qa), (b, qb)), key=lambda p: str(p[0].day))
    return any(s.day is not None and q.kind == late_q.kind
               and (s.day == str(early.day) and not overlap(q, early_q) if same_day
                    else s.day <= str(early.day))
               and (related is None or related(s.claim, late.claim))
               and comparable(q, s, late_q, late) and not bounded_alike(q, late_q)
               and overlap(q, late_q) and not other_fates(q, s, late_q, late)
               and same_measure(q, s, late_q, late)
               for s in said if s is not early and s is not late for q in stated(s))


def days_apart(a: Said, b: Said) -> bool:
    """Published on different days: a toll, a count or a price may have moved in between
    ("at least 29 dead" on Tuesday, "32 dead" on Wednesday is the story going on, not a
    dispute).  Unknown where either article gives no date."""
    return a.day is not None and b.day is not None and a.day != b.day


def times_apart(a: Said, b: Said) -> tuple[str, str] | None:
    """The times two claims name when they name different times of one kind (years, else
    months, else weekdays): "on Monday" / "on Tuesday" -> ("Monday", "Tuesday").  A time both
    name ("on Tuesday, 29 died in Saturday's attack" / "Saturday's attack killed 35") makes
    them of one time."""
    ta, tb = _times_of(a.claim.text), _times_of(b.claim.text)
    for kind in ("year", "month", "weekday"):
        if kind in ta and kind in tb and ta[kind].isdisjoint(tb[kind]):
            return _when(ta[kind]), _when(tb[kind])
    return None


def _when(names: frozenset[str]) -> str:
    return " and ".join(sorted(n.capitalize() for n in names))
