"""Numbers in a sentence, parsed to intervals that can be compared across outlets.

"at least 29 people" -> [29, open), "100,000–120,000 Armenians" -> [100000, 120000],
"more than 100k people" -> [100000, open), "six-week war" -> 42 days (approximate),
"44-day war" -> 44 days, "thousands" -> [2000, 9999] (approximate).  Dates and years
are kept apart from counts (kind "date" / "year") so "2020" never disagrees with "29".

Found in passes, each claiming its spans: dates, vague amounts ("dozens"), ranges,
then single numbers; modifiers and units are read from the words around each.

The package's parts: ``numerals`` (how a figure is written, its value, the bounds and
hedges said of it), ``units`` (what a figure counts or measures: currencies, durations,
measures, counted nouns, ages), ``fates`` (counts that leave their noun out and say what
befell the counted), ``dates`` (dates, years, clock times, telephone numbers, ordinals: no
amounts), ``changes`` (figures of a change: multiples, points, the earlier figure of a
change), ``kinds`` (figures of their own kind: rates, ratios, shares, scores, vague
amounts, none befallen) and ``reading`` (one figure or range read with the words around
it).  This module runs the passes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from embeddings.claims.numbers.articles import one_of_unit, span_and_a_half
from embeddings.claims.numbers.changes import (
    _EARLIER_FROM,
    _MULTIPLES,
    _MULTIPLIED,
    _POINTS,
    _WILL_BEFORE,
    _compared_earlier,
    _points,
)
from embeddings.claims.numbers.dates import (
    _CLOCK,
    _DATE,
    _DIALLED,
    _ORDINAL,
    _ORDINAL_WORDS,
    _YEAR,
    _date,
    year_of,
)
from embeddings.claims.numbers.decades import decades
from embeddings.claims.numbers.early_years import early_years
from embeddings.claims.numbers.fates import _people_by_fate, _units_carried
from embeddings.claims.numbers.idioms import set_phrase
from embeddings.claims.numbers.indexes import index_numbers
from embeddings.claims.numbers.kinds import (
    _BY_BEFORE,
    _COUNTED_VAGUE,
    _NONE_BEFALLEN,
    _ONE_IN,
    _RATE,
    _RATIO,
    _SCORE,
    _SCORE_AFTER,
    _SCORE_BEFORE,
    _SHARE,
    _VAGUE,
    _VAGUE_SPAN,
    _VAGUE_SPANS,
    RATE_BASE,
    _extend,
    _rate,
    _ratio,
    _share,
    _vague,
)
from embeddings.claims.numbers.measures import _DAYS
from embeddings.claims.numbers.names import figure_name
from embeddings.claims.numbers.numerals import _SPACED, NUMBER, _bounded, parse_number
from embeddings.claims.numbers.reading import _RANGE, _SINGLE, _quantity, _range, _single
from embeddings.claims.numbers.spacing import close_spaced_hyphens
from embeddings.claims.numbers.units import PARTITIVE, TOLL_BEFORE, _counts_something, _singular
from embeddings.types import Quantity

# a wire story's headline ends in the number of its update ("China Export Decline Shows
# Growth-Goal Challenge for Premier (2)", "... Valuations (1)"), which counts nothing
_UPDATE = re.compile(r"(?<=\s)\(\d{1,2}\)\s*$")
# a figure with a letter in parentheses glued on is a statute's or a plan's code ("401(k)
# plans", "501(c)(3) groups", "section 230(c)"), which counts nothing
_CODED = re.compile(r"(?<![\w.,])\d+\([a-z]\)(?:\([a-z0-9]+\))*")


def find_numbers(sentence: str, offset: int = 0) -> list[Quantity]:
    """Quantities in ``sentence``; offsets are ``offset`` + position in the sentence."""
    closed = close_spaced_hyphens(sentence)
    if closed is None:
        return _find_numbers(sentence, offset)
    # "a 12 - year - old" read as "a 12-year-old", each figure told where it stands
    text, at = closed
    return [replace(q, text=sentence[at[q.start - offset]:at[q.end - offset]],
                    start=offset + at[q.start - offset], end=offset + at[q.end - offset])
            for q in _find_numbers(text, offset)]


def _find_numbers(sentence: str, offset: int) -> list[Quantity]:
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def add(q: Quantity | None, a: int, b: int) -> None:
        taken.append((a, b))
        if q is not None:
            found.append(q)

    for m in _DATE.finditer(sentence):
        add(_date(m, offset), m.start(), m.end())
    for decade, a, b in decades(sentence, offset):  # "the late 1990s", "the '90s"
        if free(a, b):
            add(decade, a, b)
    for m in _CLOCK.finditer(sentence):  # "an 8 p.m. curfew", "at 10:30": a time of day
        add(None, m.start(), m.end())
    for m in _DIALLED.finditer(sentence):  # "call 0800 555 0199": a number to dial, no figure
        if free(m.start(), m.end()):
            add(None, m.start(), m.end())
    for a, b in index_numbers(sentence):  # "S&P 500 Retreats": a name's number, no figure
        if free(a, b):
            add(None, a, b)
    for m in _CODED.finditer(sentence):  # "401(k) plans", "a 501(c)(3) charity": a code
        add(None, m.start(), m.end())
    for m in _UPDATE.finditer(sentence):  # "Challenge for Premier (2)": a wire's update
        add(None, m.start(), m.end())
    for m in _MULTIPLIED.finditer(sentence):  # "doubles the risk": a change of 100 %
        if m.group().lower().endswith("e") and not _WILL_BEFORE.search(sentence, 0, m.start()):
            continue  # "a double murder", "a triple jump": no change; "will double" is one
        change = abs(100.0 * (_MULTIPLES[m.group("times").lower()] - 1))
        # "more than doubled", "nearly tripled"
        start, low, high, approximate = _bounded(sentence, m.start(), change, change)
        add(Quantity(sentence[start:m.end()], offset + start, offset + m.end(), low, high,
                     "percent", "percent", approximate), start, m.end())
    for m in _NONE_BEFALLEN.finditer(sentence):  # "nobody was hurt": a count of none hurt
        group = "who" if m.group("who") else "nonoun" if m.group("nonoun") else "nowhat"
        unit = "people" if m.group("who") else _singular(m.group("noun")) \
            if m.group("nonoun") else _singular(m.group("what").lower())
        add(Quantity(m.group(group), offset + m.start(group), offset + m.end(group), 0.0, 0.0,
                     "people" if unit in ("death", "fatality", "injury", "illness") else unit,
                     "count"),
            m.start(), m.end())
    for m in _POINTS.finditer(sentence):  # "by a quarter point", "25 basis points"
        add(_points(sentence, m, offset), m.start(), m.end())
    for m in _RATE.finditer(sentence):  # "14 cases per 100,000 people": one rate
        if free(m.start(), m.end()) and _EARLIER_FROM.search(sentence, 0, m.start()):
            add(None, m.start(), m.end())  # "rose to 30 per 100,000 from 14 per 100,000"
            continue
        rate = _rate(sentence, m, offset) if free(m.start(), m.end()) else None
        if rate is not None:  # (else "$5 per 1,000 shares" is read as money below)
            add(rate, rate.start - offset, rate.end - offset)
    for m in _VAGUE_SPAN.finditer(sentence):  # "took only a few hours", "the past few years"
        if free(m.start(), m.end()):
            said = "q" if m.group("q") else "told"
            low, high = _VAGUE_SPANS[re.sub(r"\s+", " ", m.group(said).lower())]
            days = _DAYS[m.group("u").lower().rstrip("s")]
            add(Quantity(sentence[m.start(said):m.end()], offset + m.start(said), offset + m.end(),
                         low * days, high * days, "day", "duration", True), m.start(), m.end())
    for m in _VAGUE.finditer(sentence):
        if _COUNTED_VAGUE.search(sentence, 0, m.start()):
            continue  # "three decades": a count of decades, read below as a duration
        if free(m.start(), m.end()):
            a, b = _extend(sentence, m.start(), m.end())
            add(_vague(sentence, m, a, b, offset), a, b)
    for q, a, b in one_of_unit(sentence, offset):  # "a mile", "half a tonne": one, a half
        if free(a, b):
            add(q, a, b)
    for q, a, b in span_and_a_half(sentence, offset):  # "a year and a half": 1.5 years
        if free(a, b):
            add(q, a, b)
    for m in _SCORE.finditer(sentence):  # "won 2-1", "a 52-48 vote": one result, not a range
        if free(m.start(), m.end()) and (_SCORE_BEFORE.search(sentence, 0, m.start())
                                         or _SCORE_AFTER.match(sentence, m.end())):
            a, b = int(m.group("a")), int(m.group("b"))
            if a < b:
                continue  # "2-3": a range (a result names the winner's first, or a draw)
            value = float(a * 1000 + b)  # one number per result: 2-1 is 2001, 52-48 is 52048
            add(Quantity(m.group(), offset + m.start(), offset + m.end(), value, value,
                         "score", "score"), m.start(), m.end())
    for m in _ONE_IN.finditer(sentence):  # "one in five children": a share of 20 percent
        part, whole = parse_number(m.group("part")), parse_number(m.group("whole"))
        if part is not None and whole and part < whole and free(m.start(), m.end()) \
                and not re.fullmatch(r"(?:1[89]|20)\d\d", m.group("whole")):  # "7 in 2020"
            add(*_share(sentence, m, offset, round(100 * part / whole, 1)))
    for m in _SHARE.finditer(sentence):
        if m.group("by") is not None and not _BY_BEFORE.search(sentence, 0, m.start()):
            continue  # "a third" alone is an ordinal ("a third term"), not a share
        if free(m.start(), m.end()):
            add(*_share(sentence, m, offset))
    for m in _RATIO.finditer(sentence):  # "2.5 times more likely", "twice as many"
        if free(m.start(), m.end()):
            add(_ratio(sentence, m, offset), m.start(), m.end())
    for m in _SPACED.finditer(sentence):  # "100 000 people": thousands grouped by a space
        if free(m.start(), m.end()):
            value = float(re.sub(r"\s", "", m.group()))
            add(*_quantity(sentence, m.start(), m.end(), value, value, offset))
    for year, a, b in early_years(sentence, offset):  # "in 1683", "the 1453 conquest"
        if free(a, b):
            add(year, a, b)
    for m in _RANGE.finditer(sentence):
        if free(m.start(), m.end()):
            add(*_range(sentence, m, offset))
    for m in _YEAR.finditer(sentence):
        if free(m.start(), m.end()) and figure_name(sentence, m.start(), m.end()):
            add(None, m.start(), m.end())  # "Metro 2033 Gets Release Date": a title's own
            continue
        # ("2000 people" counts people; "the 2020 elections" are the year's)
        if free(m.start(), m.end()) and (not _counts_something(sentence, m.end())
                                         or year_of(sentence, m.start(), m.end())):
            low = float(m.group("y"))
            high = low + 9 if m.group("decade") else low
            add(Quantity(m.group(), offset + m.start(), offset + m.end(), low, high,
                         None, "year"), m.start(), m.end())
    for m in _SINGLE.finditer(sentence):
        if free(m.start(), m.end()):
            if _EARLIER_FROM.search(sentence, 0, m.start()) or _compared_earlier(sentence, m):
                add(None, m.start(), m.end())  # "to 3.2% from 3.5%": the figure before
                continue
            add(*_single(sentence, m, offset))
    for m in _ORDINAL.finditer(sentence):  # (not "in the first place": it ranks nothing)
        if free(m.start(), m.end()) and not set_phrase(sentence, m.start(), m.end()):
            value = float(m.group("n")) if m.group("n") else float(
                _ORDINAL_WORDS.index(m.group("w")) + 1)
            start = m.start("n") if m.group("n") else m.start("w")
            add(Quantity(sentence[start:m.end()], offset + start, offset + m.end(), value, value,
                         None, "ordinal"), m.start(), m.end())
    carried = _units_carried(sentence, offset, sorted(found, key=lambda q: q.start))
    return [_people_by_fate(sentence, offset, q) for q in carried]


__all__ = ["NUMBER", "PARTITIVE", "RATE_BASE", "TOLL_BEFORE", "find_numbers", "parse_number"]
