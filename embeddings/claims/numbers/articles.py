""""A mile", "an inch", "half a tonne": an article before a unit of measure is one of it (half
of it after "half"), which "10 miles" or "two inches" may dispute.  Only a unit of measure
is read so: "a lot", "a few", "a number of" count nothing, and a duration's "a year" is as
often how often ("$50 a year", "once a week") as how long, so it is left unread, but for "a
year and a half", "an hour and a half": one and a half of a span, never how often."""

from __future__ import annotations

import re

from embeddings.claims.numbers.measures import _DAYS
from embeddings.claims.numbers.numerals import _bounded
from embeddings.claims.numbers.reading import _quantity
from embeddings.types import Quantity

# units whose name says nothing else ("a mile", "an acre"); "a ton of" is a lot of anything
# and is read only as "half a ton"
_UNITS = (r"mile|kilomet(?:er|re)|km|metre|inch|acre|hectare|tonne|kilogram|kg"
          r"|square\s+(?:miles?|kilomet(?:er|re))")
# units that are also things ("a foot soldier", "a parking meter", "a yard sign"): read only
# when a measuring word follows ("a foot taller", "a meter deep", "a foot of snow")
_THINGS = r"foot|met(?:er|re)|yard"
_MEASURING = (r"(?:of|long|high|tall|deep|wide|thick|away|from|above|below|taller|shorter"
              r"|higher|lower|deeper|wider|longer)\b")
_ONE_OF_UNIT = re.compile(
    rf"(?<![\w-])(?:(?P<half>[Hh]alf)\s+)?(?P<a>\b[Aa]n?)\s+(?i:(?:{_UNITS})\b"
    rf"|(?:{_THINGS})(?=\s+{_MEASURING})|(?(half)tons?\b|(?!)))")
# "a year and a half", "an hour and a half": a span and a half of it
_SPAN_AND_A_HALF = re.compile(r"\b[Aa]n?\s+(?P<u>(?i:year|month|week|day|hour|minute|decade))"
                              r"\s+and\s+a\s+half\b")
# "won by a mile", "would not budge an inch": a manner, no measure
_IDIOM = re.compile(r"\bby\s+an?\s+mile\s*(?:[.,;:!?)]|$)|\b(?:budge|budged|budging|give|gave"
                    r"|giving|yield|yielded|cede|ceded)\s+an\s+inch\b", re.IGNORECASE)
# "$4,000 an acre", "20 cents a mile", "50 euros a tonne": a price per unit, no measure
_PER_BEFORE = re.compile(r"(?:\d%?|\b(?:cents?|pence|dollars?|euros?|pounds?|bn|billion|million"
                         r"|thousand|hundred|[kKmM]))\s+$")
# ("a quarter of a mile", "a fraction of an inch": a part of one, left to the words)
_PART_OF = re.compile(r"\b(?:quarters?|thirds?|fifths?|tenths?|fraction|part)\s+of\s+$",
                      re.IGNORECASE)


def one_of_unit(sentence: str, offset: int) -> list[tuple[Quantity, int, int]]:
    """Each "a mile", "an acre", "half a tonne" in ``sentence``, read with its bound or
    hedge ("more than a mile", "about half a ton"), as (quantity, start, end)."""
    found = []
    for m in _ONE_OF_UNIT.finditer(sentence):
        before = re.search(r"\b\w+\s+$", sentence[:m.start()])  # an idiom's verb or "by"
        if _PART_OF.search(sentence, 0, m.start()) or _PER_BEFORE.search(sentence, 0, m.start()) \
                or _IDIOM.match(sentence, before.start() if before else m.start()):
            continue
        value = 0.5 if m.group("half") else 1.0
        q, start, end = _quantity(sentence, m.start(), m.end("a"), value, value, offset)
        if q.kind == "measure":  # the unit is read as the figures' is
            found.append((q, start, end))
    return found



def span_and_a_half(sentence: str, offset: int) -> list[tuple[Quantity, int, int]]:
    """Each "a year and a half", "an hour and a half" in ``sentence``, as a duration in days
    with its bound or hedge ("about a week and a half"), as (quantity, start, end)."""
    found = []
    for m in _SPAN_AND_A_HALF.finditer(sentence):
        if _PER_BEFORE.search(sentence, 0, m.start()):
            continue  # ("$50 a year and a half" is no price a paper would write; left alone)
        days = 1.5 * _DAYS[m.group("u").lower()]
        start, low, high, approximate = _bounded(sentence, m.start(), days, days)
        found.append((Quantity(sentence[start:m.end()], offset + start, offset + m.end(), low,
                               high, "day", "duration", approximate), start, m.end()))
    return found
