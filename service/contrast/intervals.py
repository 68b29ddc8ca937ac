"""What interval a figure stands for, in one unit per dimension.

A figure is widened by what its wording leaves unsaid: "about 40" by a tenth, a round
"100,000" by a twentieth (no more than its last unit leaves: "12,000" does not reach
"11,000"), "six weeks" by half a week, "46C" by half a degree, "as many as 6,000" down to
"about 6,000" (an estimate hedged upwards, not a bound); durations become days and measures
one unit of their dimension ("10,000 hectares" meets "25,000 acres", "40C" meets "104F",
"150 mph" meets "240 km/h"), with the rounding a conversion leaves.  Two figures agree when
their intervals overlap.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from embeddings.types import Quantity

# durations in days; the second value is the slack a whole unit leaves ("six weeks" ~ +-3.5 d)
_DURATION_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0,
                  "week": 7.0, "fortnight": 14.0, "month": 30.44, "year": 365.25,
                  "decade": 3652.5}
_APPROX = 0.10  # "about", "some", "nearly": a tenth either way
_ROUND = 0.05  # "100,000": a round figure covers a twentieth either way
# what the last unit a figure states leaves unsaid: just under half of it, so that figures
# one unit apart ("10 years" and "12 years", "46C" and "47C", "12,000" and "11,000") do
# not meet at the boundary, while "six weeks" still meets "44 days"
_HALF_UNIT = 0.45
_WRITTEN_DURATION = re.compile(r"(second|minute|hour|day|fortnight|week|month|year|decade)",
                               re.IGNORECASE)


# measures by dimension and factor to one unit of it: "10,000 hectares" meets "25,000
# acres", "40C" meets "104F" (Fahrenheit is also shifted, in ``_base``)
_MEASURES = {
    "metre": ("length", 1.0), "km": ("length", 1000.0), "mile": ("length", 1609.344),
    "cm": ("length", 0.01), "mm": ("length", 0.001), "inch": ("length", 0.0254),
    "foot": ("length", 0.3048), "yard": ("length", 0.9144),
    "hectare": ("area", 1e4), "acre": ("area", 4046.86), "square kilometre": ("area", 1e6),
    "square mile": ("area", 2.589988e6),
    "kg": ("weight", 1.0), "tonne": ("weight", 1000.0), "lb": ("weight", 0.45359237),
    "ton": ("weight", 1000.0),  # metric, short (907 kg) or long (1,016 kg): the slack covers it
    "celsius": ("temperature", 1.0), "fahrenheit": ("temperature", 5 / 9),
    # as stores written before units had one name each hold them
    "kilometre": ("length", 1000.0), "kilometer": ("length", 1000.0), "meter": ("length", 1.0),
    "kilogram": ("weight", 1.0),
    # speeds in metres per second: "150 mph" meets "240 km/h"
    "mph": ("speed", 0.44704), "km/h": ("speed", 1 / 3.6), "knot": ("speed", 0.514444),
    "m/s": ("speed", 1.0),
}
# a figure converted from another unit is rounded ("2 metres (6.5 feet)", "25,000 acres"):
# a twentieth either way, and a degree for temperatures
_CONVERTED = 0.05
_CONVERTED_DEGREES = 1.0


def unit_key(q: Quantity) -> str | None:
    """Normalised unit; durations all become days so "six-week" meets "44-day", and measures
    their dimension ("km" and "mile" are lengths)."""
    if q.unit is None:
        return None
    unit = q.unit.lower().rstrip("s") if q.kind == "duration" else q.unit.lower()
    if q.kind == "duration" and unit in _DURATION_DAYS:
        return "day"
    if q.kind == "measure" and unit in _MEASURES:
        return _MEASURES[unit][0]
    if q.kind == "count" and unit in _JOBS:
        return "job"  # "cut 12,000 jobs" / "laying off 11,000 employees": one count
    if q.kind == "count" and unit in _DWELLINGS:
        return "home"  # "20,000 homes were damaged" / "21,000 houses"
    if q.kind == "count" and unit in _POSTS:
        return "job"  # "will cut 3,000 jobs" / "eliminate 3,000 positions"
    if q.kind == "count" and unit in _HELD:
        return "prisoner"  # "released 90 detainees" / "freed 95 prisoners"
    if q.kind == "count" and unit in _ON_THE_MOVE:
        # "31 migrants drowned" / "34 asylum seekers drowned": one count, each outlet's label
        return ON_THE_MOVE
    return unit


# what a company cuts is counted in jobs or in the people who hold them
_JOBS = frozenset({"job", "employee", "staffer", "position"})
# where people live, in the words outlets use for it (a household is the people in one)
_DWELLINGS = frozenset({"home", "house", "dwelling", "residence"})
# paid work, counted as the posts (not the people: "employs 40,000 workers" is no count
# of the 3,000 jobs cut)
_POSTS = frozenset({"job", "position", "post", "role"})
# people held by a state, under the word each side uses for them
_HELD = frozenset({"prisoner", "detainee", "inmate"})
# people crossing a border, under the labels outlets choose for them (the label is theirs
# to differ on, the count is one); the key is told as "people" (``number_summaries._what``)
ON_THE_MOVE = "people on the move"
_ON_THE_MOVE = frozenset({"migrant", "refugee", "seeker", "asylum-seeker", "immigrant", "alien",
                          "illegal"})


def _scale(q: Quantity) -> tuple[float, float]:
    """(factor to the normalised unit, granularity slack in normalised units)."""
    if q.kind == "duration" and q.unit:
        factor = _DURATION_DAYS.get(q.unit.lower().rstrip("s"), 1.0)
        # claims hold durations in days; the last unit written ("six weeks", "three years
        # and six months") sets the slack
        written = _WRITTEN_DURATION.findall(q.text)
        unit = _DURATION_DAYS[written[-1].lower()] if written else factor
        # (an hour's too: "finished in 2 hours" is met by "2 hours 3 minutes")
        return factor, unit * _HALF_UNIT
    if q.kind == "measure" and q.unit and q.unit.lower() in _MEASURES:
        return _MEASURES[q.unit.lower()][1], 0.0
    return 1.0, 0.0


def _base(q: Quantity, value: float | None, factor: float) -> float | None:
    if value is None:
        return None
    if q.kind == "measure" and q.unit == "fahrenheit":
        return (value - 32) * factor
    return value * factor


def _round_unit(value: float) -> float:
    """The unit a round figure is stated to (1,000 for "12,000"); 0 for one that is not."""
    if value < 100 or value != int(value) or int(value) % 100:
        return 0.0
    unit, n = 100, int(value) // 100
    while n % 10 == 0:
        unit, n = unit * 10, n // 10
    return float(unit)


_DECIMALS = re.compile(r"\d(?:[\d,]*\d)?(?:\.(\d+))?")


def _as_written(q: Quantity, value: float) -> float:
    """The figure as its digits stand before a scale word: 290 for "290 million" (round
    to ten million, not to a twentieth of it: it does not meet "310 million"), 100 for
    "100k"; the value itself where no written number scales to it."""
    for m in _DECIMALS.finditer(q.text):
        written = float(m.group().replace(",", ""))
        if written > 0:
            scale = value / written
            if scale >= 1000 and abs(math.log10(scale) - round(math.log10(scale))) < 1e-9:
                return written
    return value


def _last_digit(figure: str) -> float:
    """Half a unit of the last digit a figure states: 0.5 for "46", 0.05 for "46.2"."""
    m = _DECIMALS.search(figure)
    return _HALF_UNIT * 10 ** -len(m.group(1) or "") if m else 0.0


# "as many as 5 million", "up to 6,000 jobs": the figure is the speaker's estimate, only
# hedged upwards; nobody says "as many as 5 million" of 2.3 million.  Unlike "fewer than"
# or "at most", which bound a figure, it reaches below itself as far as "about" does.
_HIGH_ESTIMATE = re.compile(r"(?:as\s+many\s+as|as\s+much\s+as|up\s+to)\b", re.IGNORECASE)


def _rate_figure(text: str) -> float:
    """The figure of a rate as written: 3.1 in "3.1 deaths per 1,000" (read as 310 per
    100,000, whose rounding is a twentieth of a death per 1,000, 5 per 100,000); 0 if none."""
    m = _DECIMALS.search(text)
    return float(m.group().replace(",", "")) if m else 0.0


# kinds a shorter figure states rounded (a count of people is whole already; "14 cases per
# 100,000" is 14.2 rounded)
_ROUNDED_KINDS = frozenset({"percent", "money", "rate"})


def widened(q: Quantity) -> tuple[float | None, float | None]:
    """The interval the quantity plausibly stands for, in normalised units."""
    factor, slack = _scale(q)
    low, high = _base(q, q.low, factor), _base(q, q.high, factor)
    if q.kind in ("year", "date", "score"):
        return low, high  # a year is a year (2020 and 2022 are different wars); 2-1 is no 2-0
    if low is None and high is not None and _HIGH_ESTIMATE.match(q.text):
        low = high - abs(high) * _APPROX
    for_bound = []
    for bound in (low, high):
        if bound is None:
            for_bound.append(0.0)
            continue
        tol = slack
        if q.kind == "measure":  # "46C" is 45.5 to 46.5: it meets "46.2 degrees"
            tol = max(tol, _last_digit(q.text) * factor)
        elif q.kind in _ROUNDED_KINDS or (q.kind == "count" and _as_written(q, bound) != bound):
            # "54%" is 54.2% rounded, "$1.1 billion" is $1.07 billion, "8 million people" is
            # 8.4 million: a figure covers what rounds to it (to its last digit, before a
            # scale word); "4.1%" is no "4.2%", and "12,000" no "11,000" (``_round_unit``)
            digits = _as_written(q, bound) if q.kind != "rate" else _rate_figure(q.text)
            tol = max(tol, _last_digit(q.text) * (bound / digits if digits else 1.0))
        if q.approximate:
            tol = max(tol, abs(bound) * _APPROX)
        written = _as_written(q, bound / factor if factor else bound)
        if _round_unit(written):
            # "100,000" covers a twentieth either way, but "12,000" does not reach "11,000"
            scale = bound / written if written else 1.0
            tol = max(tol, min(abs(bound) * _ROUND, _HALF_UNIT * _round_unit(written) * scale))
        for_bound.append(tol)
    return (None if low is None else low - for_bound[0],
            None if high is None else high + for_bound[1])


def _date_precision(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """Dates are yyyymmdd numbers (0 for what was not said; "July 11-12" a range): cut both
    to what both say."""
    no_year = min(a.low or 0.0, b.low or 0.0) < 10_000
    no_day = (a.low or 0.0) % 100 == 0 or (b.low or 0.0) % 100 == 0

    def cut(value: float | None) -> float:
        v = value or 0.0
        v = v % 10_000 if no_year else v  # one has no year: month and day only
        return v // 100 if no_day else v  # one has no day: the month only

    return (Quantity(a.text, a.start, a.end, cut(a.low), cut(a.high), None, "date"),
            Quantity(b.text, b.start, b.end, cut(b.low), cut(b.high), None, "date"))


def overlap(a: Quantity, b: Quantity) -> bool:
    if a.kind == b.kind == "date" and a.low is not None and b.low is not None:
        a, b = _date_precision(a, b)
    a_low, a_high = widened(a)
    b_low, b_high = widened(b)
    if (a_low is None and a_high is None) or (b_low is None and b_high is None):
        return True  # no value at all: nothing to disagree about
    if a.kind == b.kind == "measure" and a.unit != b.unit:
        a_low, a_high = _converted(a, a_low, a_high)
        b_low, b_high = _converted(b, b_low, b_high)
    below = a_high is not None and b_low is not None and a_high < b_low
    above = b_high is not None and a_low is not None and b_high < a_low
    return not (below or above)


def bounded_alike(a: Quantity, b: Quantity) -> bool:
    """Two figures open on the same side whose bounds are far apart ("over 330" and "at
    least 29", "up to 5 million" and "as many as 2 million"): their intervals always
    overlap, so that they do says nothing; they neither agree nor clash."""
    same_side = (a.high is None and b.high is None and a.low is not None
                 and b.low is not None) or (a.low is None and b.low is None
                                            and a.high is not None and b.high is not None)
    if not same_side:
        return False
    bound_a, bound_b = (a.low, b.low) if a.high is None else (a.high, b.high)
    return not overlap(replace(a, low=bound_a, high=bound_a),
                       replace(b, low=bound_b, high=bound_b))


def _converted(q: Quantity, low: float | None,
               high: float | None) -> tuple[float | None, float | None]:
    """Widen a measure compared with one in another unit by the rounding of a conversion."""
    def tol(v: float) -> float:
        return _CONVERTED_DEGREES if unit_key(q) == "temperature" else abs(v) * _CONVERTED

    return (None if low is None else low - tol(low), None if high is None else high + tol(high))
