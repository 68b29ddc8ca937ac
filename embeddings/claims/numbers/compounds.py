"""Figures told in more than one word: "three and a half years" is 3.5 years, "two and a half
million people" 2.5 million (never three or two of them; "a year and a half" is read with
the articles' units, in ``articles``), and "two or three members" is one range, of 2-3
members, as "two to three members" is.

A figure before "and a half" is a bare one ("three", "12"): "2 million and a half" is said
of nothing.  "One or two" is left as it is read (its "one" no count, "two" the figure), and
so are choices no range can be: "2019 or 2020" (two years), "Windows 7 or 8" (a name's), "10
or 5" (none runs downwards), "5 or 500" (no estimate spans a hundredfold)."""

from __future__ import annotations

import re

from embeddings.claims.numbers.numerals import _SCALES

_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b(?:\s+(?P<scale>thousand|million|billion)\b)?",
                         re.IGNORECASE)
# a figure written bare, with no scale of its own: "three", "twenty-five", "12"
_BARE = re.compile(r"\d+|[A-Za-z]+(?:-[A-Za-z]+)?")
# an estimate's two figures are of one size: "two or three", "10 or 15", "50 or 100"
_WIDEST = 10.0


def and_a_half(sentence: str, start: int, end: int, value: float) -> tuple[float, int] | None:
    """The figure at [start, end) worth ``value`` and the "and a half" after it ("three and a
    half", "two and a half million"), as (its worth, its end); None where none follows."""
    half = _AND_A_HALF.match(sentence, end)
    if half is None or not _BARE.fullmatch(sentence, start, end):
        return None
    scale = _SCALES[half.group("scale").lower()] if half.group("scale") else 1.0
    return (value + 0.5) * scale, half.end()


def one_range(a: str, low: float | None, high: float | None) -> bool:
    """Whether "a or b" worth ``low`` and ``high`` is one estimate of a figure ("two or three
    members", "five or six times"), not a choice of two (nor "one or two", read as it was)."""
    if low is None or high is None or a.strip().lower() in ("one", "1"):
        return False
    if low >= 1800 and high <= 2100 and float(low).is_integer() and "," not in a:
        return False  # "in 2019 or 2020": either year
    return 1 < low < high <= _WIDEST * low
