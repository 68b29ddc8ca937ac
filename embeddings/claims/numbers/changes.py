"""Figures of a change: "doubled" (a change of 100 %), "a quarter point" (of a rate,
in percentage points), and the words that tell which figure of a change is the one
now ("rose to 3.2% from 3.5%", "compared with $40m a year earlier": the earlier
figure is no claim about now)."""

from __future__ import annotations

import re

from embeddings.claims.numbers.numerals import _SIGNS, NUMBER, _bounded, parse_number
from embeddings.types import Quantity

# "the toll rose from 10 to 20": a change, whose figure now is the second
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|rising|rises|increased|increases|grew|grown|climbed|jumped|soared"
    r"|surged|fell|fallen|falling|dropped|declined|decreased|decreases|slipped|plunged|went"
    r"\s+(?:up|down)|gone\s+(?:up|down)|raised|lowered|reduced|cut|revised(?:\s+\w+)?"
    r"|raises?|raising|lowers?|lowering|reduces?|reducing|increase|increasing|cuts|cutting)"
    # "raise the retirement age from 62 to 64"
    r"(?:\s+\w+){0,3}\s+$", re.IGNORECASE)


# a change said right before its figure: "rose 3 to 980.59", "fell by 12 to 950.2"
_CHANGED_BY = re.compile(
    r"\b(?:rose|rises|fell|falls|gained|gains|lost|loses|added|adds|shed|sheds|climbed"
    r"|climbs|dropped|drops|jumped|jumps|slipped|slips|declined|declines|advanced|advances"
    r"|rallied|tumbled|plunged|slid|sank|surged|soared|up|down)\s+(?:by\s+)?$", re.IGNORECASE)


# "doubles the risk", "prices tripled", "has more than doubled": a change of 100 or 200 %,
# as "rose by 100%" would say ("halved": fell by 50 %; like "fell by 20%", unsigned)
_MULTIPLES = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_MULTIPLIED = re.compile(r"\b(?P<times>[Dd]oubl|[Tt]ripl|[Qq]uadrupl|[Hh]alv)(?:es|ed|ing|e)\b"
                         r"(?!\s+(?:as|down|up|over|back|check|standard|digit|room|bed|team"
                         r"|agent|dip|edged|life|the\s+size|title|final|match|partner"
                         r"|champion|tournament|event|player)|\s+(?:the\s+)?(?:title|final))")

# the earlier figure of a change told after the figure now: "eased to 3.2% in October from
# 3.5% in September", "rose to $3bn from $2.5bn", "231,000, up from 219,000", "4.1 percent,
# down from 4.3 percent".  As in "rose from 10 to 20" (``_range``), the earlier figure is no
# claim about now, and it would set "3.4% in October" against a September figure
_EARLIER_FROM = re.compile(
    r"(?:\b(?:up|down)\s+from"
    r"|\b(?:rose|risen|rises|increased|grew|climbed|jumped|soared|surged|accelerated|fell"
    r"|fallen|falls|dropped|declined|decreased|slipped|eased|slowed|slid|sank|plunged|tumbled"
    r"|edged\s+(?:up|down|higher|lower)|went\s+(?:up|down)|raised|lowered|reduced|cut|revised"
    r"(?:\s+(?:up|down|upwards|downwards))?)\b[^;]{0,60}?\bto\s+(?:about\s+|around\s+)?"
    rf"(?:{_SIGNS})?\s?\d[^;]{{0,60}}?\bfrom)"
    r"\s+(?:(?:about|around|nearly|almost|roughly|some|an\s+estimated)\s+)?"
    rf"(?:{_SIGNS})?\s?$", re.IGNORECASE)


# the figure of a year or a quarter before, set beside the one now: "swung to a net loss of
# $85m, compared with a profit of $40m a year earlier", "sales rose 5%, versus 3% in the
# same quarter last year" (not "against": "won against 10 men last year").  No claim about
# now, as "up from" is not (``_EARLIER_FROM``): it
# would set last year's profit against another outlet's profit of this quarter
_COMPARED_BEFORE = re.compile(
    rf"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:[\w’'-]+\s+){{0,4}}?"
    rf"(?:{_SIGNS})?\s?$", re.IGNORECASE)
_EARLIER_AFTER = re.compile(
    r"[^,;:.!?]{0,40}?\b(?:a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+same\s+"
    r"(?:quarter|period|month|time)\s+(?:a\s+year\s+(?:earlier|ago)|last\s+year)|last\s+year"
    r"|the\s+(?:previous|prior|preceding)\s+(?:year|quarter|month)|a\s+(?:quarter|month)"
    r"\s+(?:earlier|ago|before)|(?:in|for)\s+the\s+year-?(?:earlier|ago)\s+(?:period|quarter))\b",
    re.IGNORECASE)


def _compared_earlier(sentence: str, m: re.Match[str]) -> bool:
    return _COMPARED_BEFORE.search(sentence, 0, m.start()) is not None \
        and _EARLIER_AFTER.match(sentence, m.end()) is not None


_WILL_BEFORE = re.compile(r"\b(?:to|will|would|could|may|might|can|should|did|does|do|"
                         r"expected\s+to|set\s+to)\s+(?:more\s+than\s+|nearly\s+|almost\s+)?$",
                         re.IGNORECASE)


# a change of a rate in percentage points: "raised rates by a quarter point", "a
# half-point cut", "0.25 percentage points", "25 basis points" (a hundredth of a point).
# Not a share ("a quarter" of something) nor a percentage level ("to 5.25%"); bare
# "points" are a game's, so a number needs "percentage" or "basis" before them
_POINT_FRACTIONS = {"quarter": 0.25, "half": 0.5, "three-quarters": 0.75,
                    "three quarters": 0.75}
_POINTS = re.compile(
    r"\b(?:(?:an?\s+|one\s+)?(?P<frac>quarter|half|three[\s-]quarters)(?:\s+(?:of\s+)?an?)?"
    r"[\s-](?:percentage[\s-])?points?"
    r"|(?:a|one)\s+(?P<one>(?:full\s+)?percentage[\s-]point)"
    rf"|(?P<n>{NUMBER})[\s-]?(?:(?P<pp>percentage[\s-]points?)|(?P<bp>basis[\s-]points?|bps?)))\b",
    re.IGNORECASE)


def _points(sentence: str, m: re.Match[str], offset: int) -> Quantity | None:
    if m.group("frac"):
        value: float | None = _POINT_FRACTIONS[re.sub(r"-", " ", m.group("frac").lower())
                                               .replace("three quarters", "three-quarters")]
    elif m.group("one"):
        value = 1.0
    else:
        value = parse_number(m.group("n"))
        if value is not None and m.group("bp"):
            value /= 100
    if value is None:
        return None
    start, low, high, approximate = _bounded(sentence, m.start(), value, value)
    return Quantity(sentence[start:m.end()], offset + start, offset + m.end(), low, high,
                    "point", "percent", approximate)
