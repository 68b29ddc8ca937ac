"""Figures that are no amount: dates ("July 11-12"), years and decades, times of day,
telephone numbers and codes, ordinals.  They are found first (or kept as their own
kinds) so that "2020" never disagrees with "29" and "0800 555 0199" is no count."""

from __future__ import annotations

import re

from embeddings.claims.numbers.numerals import _MODIFIER
from embeddings.types import Quantity

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![A-Za-z])\.?")
# (a month's name is a whole word: "2 Separate Businesses", "3 Marches", "12 Mayors" are none)
_MONTH_NUMBER = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
_DATE = re.compile(
    rf"\b(?:{_WEEKDAY})?(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
    rf"(?:\s*[-–]\s*(?P<e1>\d{{1,2}})(?!\d)(?![,.]\d)"  # "July 11-12", not "- 40 people"
    rf"(?!\s+(?:[a-z]+s|people|men|women|children|police|personnel|staff)\b))?"
    rf"(?:,?\s+(?P<y1>\d{{4}})\b)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})"
    rf"(?:,?\s+(?P<y2>\d{{4}})\b)?|(?P<m3>{_MONTH})\s+(?P<y3>\d{{4}})\b)"
)
_YEAR = re.compile(r"(?<![\w.,$€£¥/-])(?P<y>1[89]\d\d|20\d\d)(?P<decade>s)?(?![\w/]|\.\d|,\d)")
# the plurals a year says which of, never how many: "the 2020 elections", "2020 hopefuls",
# "during the 2018 midterms", "from 2017 levels", "2020 payments" (a count of 2,020 of them
# is written with its comma)
_OF_A_YEAR = re.compile(r"\s+(?:elections|midterms|primaries|caucuses|hopefuls|candidates"
                        r"|contenders|nominees|campaigns|races|levels|figures|results|rates"
                        r"|prices|earnings|payments|budgets|estimates|forecasts)\b")
_ORDINAL = re.compile(
    r"(?<![\w.,])(?P<n>\d+)(?:st|nd|rd|th)\b"
    r"|\b(?:the|a|its|their|his|her|our)\s+(?P<w>first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth)\b"
)
_ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth"]


def _date(m: re.Match[str], offset: int) -> Quantity:
    month = next(m.group(g) for g in ("m1", "m2", "m3") if m.group(g))
    day = m.group("d1") or m.group("d2")
    year = m.group("y1") or m.group("y2") or m.group("y3")
    value = _MONTH_NUMBER[month.lower()[:3]] * 100 + (int(day) if day else 0)
    value += int(year) * 10000 if year else 0
    last = m.group("e1")
    high = value - int(day) + int(last) if day and last and int(day) < int(last) <= 31 else value
    return Quantity(m.group(), offset + m.start(), offset + m.end(), float(value), float(high),
                    None, "date")
_CLOCK = re.compile(r"(?<![\w.,])\d{1,2}(?::\d\d)?\s?(?:[ap]\.m\.?|[AP]\.M\.?|[ap]m\b|[AP]M\b)"
                    r"|(?<![\w.,:])\d{1,2}:\d\d(?![\d:])")
# telephone numbers and codes: no figure starts with a zero ("0800 555 0199", "01632 960"),
# nor with a country's "+44 20 7946 0958"; "555-123-4567" is no range of 555 to 123
_DIALLED = re.compile(
    r"(?<![\w.,‚/+:-])(?<!\d[\s\u00a0\u202f\u2009])(?:\(0\d+\)|0\d+)(?:[\s.-]\d{2,})*"
    r"(?![\w.,‚]\d|[\w%])"
    r"|(?<![\w.,‚/])\+\d{1,3}(?:[\s.-]?\(0\))?(?:[\s.-]\d{2,}){2,}(?![\w.,‚]\d|\w)"
    r"|(?<![\w.,‚/+-])(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?![\w.,‚-]\d|\w)")


def year_of(sentence: str, start: int, end: int) -> bool:
    """Whether the year-shaped figure at [start, end) names the year of the plural after it
    ("the 2020 elections") rather than counting it, as a bound or a hedge before it says
    ("about 1900 candidates applied")."""
    return _OF_A_YEAR.match(sentence, end) is not None \
        and _MODIFIER.search(sentence, 0, start) is None


def short_year_span(first: str, last: str) -> float | None:
    """The last year of a span whose end is told by its last two figures ("the 1950-53
    Korean War", "the 2019-20 season", "1999-00"), else None.  Read only where the second
    figure ends a later year of the same century (or the next, after a 99): "1950-53" is
    1950 to 1953, never a range from 1,950 down to 53."""
    if not (re.fullmatch(r"(?:1[89]|20)\d\d", first) and re.fullmatch(r"\d\d", last)):
        return None
    year = int(first)
    end = year - year % 100 + int(last)
    if end <= year and year % 100 == 99 and last == "00":
        end += 100
    return float(end) if end > year else None
