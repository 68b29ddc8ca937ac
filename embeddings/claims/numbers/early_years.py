"""Years before 1800: "the siege of Vienna in 1683", "the 1453 conquest", "since 1648", "in 480
BC".  A figure of 1800-2099 reads as a year unless a plural it counts follows ("2000
people"); an earlier one is as often a count ("1500 homes", "about 1200 members"), so it is a
year only where the words around it say one: a preposition of time before it ("in", "since",
"until", "before", "after", "during", "circa"), an era after it ("AD", "BC"), or "the" before
it and an event after it in the singular ("the 1453 conquest", "the 1683 siege": a count
would be of conquests).  A year so read is never a count that "1529" could dispute as one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from embeddings.claims.numbers.units import _counts_something
from embeddings.types import Quantity

# a figure of one to four digits with no comma ("1,683" is a count), not part of a longer one
_EARLY = re.compile(r"(?<![\w.,$€£¥/-])(?P<y>1[0-7]\d\d)(?![\w/%]|\.\d|,\d)")
# an era told after any figure of a year: "480 BC", "AD 79", "732 A.D."
_ERA = re.compile(r"(?<![\w.,$€£¥/-])(?:(?P<ad>A\.?D\.?)\s+(?P<y1>\d{1,4})\b"
                  r"|(?P<y2>\d{1,4})\s+(?P<era>B\.?C\.?E?\.?|A\.?D\.?|C\.?E\.?)(?![\w]))")
_TIME_BEFORE = re.compile(r"(?:\b(?:in|since|until|till|before|after|during|circa|ca|c|by"
                          r"|from|between)\.?|(?<![\d,.%])(?<!\d\s)\b(?![Oo]ne\b|[Oo]ut\b)"
                          r"[A-Za-z]{2,}\s+of)\s+(?:the\s+year\s+)?$", re.IGNORECASE)
# a time of day on a 24-hour clock: "by 1420 GMT", "at 1630 local time"
_CLOCK_AFTER = re.compile(r"\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|hrs|hours|h|local"
                          r"\s+time)\b")
# the end of a span of years after one so read: "from 1618 to 1648", "between 1701 and 1714",
# "1337-1453" (each a year; a span from 1,618 up to 1,648 of anything is no reading of these)
_SPAN_END = re.compile(r"\s*(?:to|and|until|till|[-–—])\s*(?P<y>1[0-9]\d\d)(?![\w/%]|\.\d|,\d)")
# "fell by 1500", "a total of 1200", "rose from 1200": a change or an amount, not a date
_AMOUNT_BEFORE = re.compile(r"\b(?:(?:rose|rise|rises|risen|fell|fall|falls|fallen|grew|grow"
                            r"|grows|increased?|decreased?|dropped|climbed|jumped|cut|reduced"
                            r"|down|up)\s+(?:by|from)|(?:total|number|crowd|group|sum|tally"
                            r"|figure|count|list|estimate|average|maximum|minimum|limit|toll"
                            r"|audience|fleet|force|army|staff|population|capacity)\s+of"
                            r"|(?:about|around|some|nearly|almost|roughly|over|under|than)"
                            r"\s+(?:in|of)|in\s+(?:about|around|some|nearly|almost|roughly|over"
                            r"|under)|out\s+of)\s+$", re.IGNORECASE)
# what "the 1683" may go on to: a singular event or act, or a name ("the 1648 Peace of
# Westphalia"); not a level ("the 1500 mark", "the 1200 level")
_THE_BEFORE = re.compile(r"\b(?i:the|its|their|his|her)\s+$")
_AFTER_THE = re.compile(r"\s+(?P<w>[A-Za-z][a-z-]+)\b")
_LEVELS = frozenset({"mark", "level", "limit", "threshold", "figure", "total", "barrier",
                     "line", "point", "block", "range", "number", "target", "cap", "ceiling",
                     "floor", "price", "rate", "series", "model", "page", "pound", "yard",
                     "metre", "meter", "mile", "foot", "feet", "acre", "seat", "member",
                     "person", "strong", "odd", "plus", "or", "and", "to"})


def early_years(sentence: str, offset: int) -> Iterator[tuple[Quantity, int, int]]:
    """The years before 1800 in ``sentence`` (see above), each with its span."""
    for m in _ERA.finditer(sentence):
        year = float(m.group("y1") or m.group("y2"))
        if (m.group("era") or "").upper().startswith("B"):
            year = -year  # "480 BC": before year one, in order with the rest
        yield (Quantity(m.group(), offset + m.start(), offset + m.end(), year, year, None,
                        "year"), m.start(), m.end())
    for m in _EARLY.finditer(sentence):
        if _counts_something(sentence, m.end()) or _CLOCK_AFTER.match(sentence, m.end()):
            continue  # "in 1500 homes": a count of homes; "by 1420 GMT": a time of day
        before = sentence[:m.start()]
        year = float(m.group("y"))
        # ("in 1500 of the 2000 schools": a part of a whole, counted)
        timed = _TIME_BEFORE.search(before) is not None \
            and _AMOUNT_BEFORE.search(before) is None \
            and re.match(r"\s+of\b", sentence[m.end():]) is None
        after = _AFTER_THE.match(sentence, m.end())
        event = _THE_BEFORE.search(before) is not None and after is not None \
            and after.group("w").lower() not in _LEVELS \
            and (after.group("w")[0].isupper() or not after.group("w").endswith("s"))
        if timed or event:
            yield (Quantity(m.group(), offset + m.start(), offset + m.end(), year, year, None,
                            "year"), m.start(), m.end())
            end = _SPAN_END.match(sentence, m.end())
            if end is not None and float(end.group("y")) > year \
                    and not _counts_something(sentence, end.end()):
                last = float(end.group("y"))
                yield (Quantity(end.group("y"), offset + end.start("y"), offset + end.end("y"),
                                last, last, None, "year"), end.start("y"), end.end("y"))
