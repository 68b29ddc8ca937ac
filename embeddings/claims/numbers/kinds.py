"""Figures of their own kind, each found in its own pass before single numbers: none
befallen ("nobody was hurt": 0 people), rates per so many ("14 per 100,000"),
ratios ("three times as many"), shares ("two-thirds of", "one in five"), results
of a match or a vote ("won 2-1"), and vague amounts ("thousands", "a few hours")."""

from __future__ import annotations

import re

from embeddings.claims.numbers.currencies import _CURRENCY_BEFORE, _CURRENCY_UNITS, _DOLLARS
from embeddings.claims.numbers.numerals import (
    _MODIFIER,
    _SCALES,
    NUMBER,
    _bounded,
    _fraction_value,
    parse_number,
)
from embeddings.claims.numbers.units import _AFTER, _singular, _unit
from embeddings.types import Quantity

# ("millions upon millions", "thousands and thousands": one vague amount, said twice for weight)
_VAGUE = re.compile(
    r"\b(?P<v>(?:several |a few )?(?P<w>tens|hundreds|thousands|millions|billions|dozens"
    r"|decades)(?: of (?:thousands|millions|billions))?(?:\s+(?:upon|and|on)\s+(?P=w))?"
    # "several hundred thousand", "a few hundred": so many of the scale, and of the next
    r"|(?P<few>several|a few) (?P<of>dozen|hundred|thousand|million|billion)"
    r"(?: (?P<more>thousand|million|billion))?)\b",
    re.IGNORECASE,
)
_ONE_IN = re.compile(rf"\b(?P<part>{NUMBER})\s+in\s+(?P<whole>{NUMBER})\b(?!\s*(?:-|to)\s*\d)"
                     r"(?!\s+(?:years?|days?|months?|weeks?|hours?|minutes?|games?|matches))")
# a result of a match or a vote: two small numbers, the winner's first or a draw, next to a
# word that says so ("ended 2-1", "beat Madrid 3-0", "a 5-4 ruling", "passed 52-48")
_SCORE = re.compile(r"(?<![\w.,/-])(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})"
                    r"(?![\w/%-]|[.,]\d|\s?%|\s+(?:points?|percent|per\s+cent|million|billion"
                    r"|thousand|years?|months?|weeks?|days?|hours?|minutes?)\b)")
_SCORE_BEFORE = re.compile(
    r"\b(?:won|wins?|lost|loses?|beat|beats|defeated|drew|draws?|ended|ends|finished|edged"
    r"|thrashed|routed|leads?|led|trailed|trails|passed|approved|rejected|voted|votes?|ruled"
    r"|score|scored|scoreline|tally)\b(?:\s+[\w’'.-]+){0,3}?\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE)
_SCORE_AFTER = re.compile(
    r"\s+(?:win|victory|defeat|loss|draw|vote|votes|ruling|decision|majority|margin|lead"
    r"|scoreline|result|home win|away win)\b", re.IGNORECASE)
# ("three and a half decades": a count of decades too, read as 3.5 of them)
_COUNTED_VAGUE = re.compile(r"(?:\d|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten))\s+"
                            r"(?:and\s+a\s+half\s+)?$")
_VAGUE_RANGES = {"dozens": (24.0, 99.0), "hundreds": (200.0, 999.0),
                 "thousands": (2000.0, 9999.0), "millions": (2e6, 999e6),
                 "tens of thousands": (2e4, 99999.0), "hundreds of thousands": (2e5, 999999.0),
                 "tens of millions": (2e7, 99999999.0),
                 "billions": (2e9, 999e9), "decades": (7305.0, None)}
# "hundreds of millions": the count of hundreds (200-999) of a million each, so the amount
# runs from 200 million up to a billion less one, as "tens of thousands" runs 20,000-99,999
_VAGUE_SCALES = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}
# a span of time told without a figure: "a few hours" is no "two days"
# ("the past few years", "the next couple of weeks": a span told back or on from now takes
# "few" with no "a", which alone says not many: "few days remain")
_VAGUE_SPAN = re.compile(r"\b(?:(?:the\s+)?(?:past|last|next|coming|first|final|previous"
                         r"|following)\s+(?P<told>few|couple\s+of|several)|(?P<q>a few|several"
                         r"|a couple of))\s+(?P<u>minutes|hours|days|weeks|months|years"
                         r"|decades)\b", re.IGNORECASE)
_VAGUE_SPANS = {"a couple of": (2.0, 3.0), "a few": (2.0, 5.0), "several": (3.0, 9.0),
                "couple of": (2.0, 3.0), "few": (2.0, 5.0)}


def _extend(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span over a bound/approximation word before it."""
    modifier = _MODIFIER.search(sentence, 0, start)
    if modifier and sentence[modifier.end():start].strip() == "":
        return modifier.start(), end
    return start, end


def _vague(sentence: str, m: re.Match[str], start: int, end: int,
           offset: int) -> Quantity | None:
    phrase = re.sub(r"\s+(?:upon|and|on)\s+\w+$", "", m.group("v").lower().replace("a few ", ""))
    low, high = _VAGUE_RANGES.get(phrase, (None, None))
    if m.group("few"):  # "several dozen" 36-108, "several hundred thousand" 300,000-900,000
        low, high = _VAGUE_SPANS[m.group("few").lower()]  # ("a few hundred": 200-500)
        times = _SCALES[m.group("of").lower()] * _SCALES.get((m.group("more") or "").lower(), 1.0)
        low, high = low * times, high * times
    head, _, scale = phrase.partition(" of ")
    if low is None and scale:
        low, high = _VAGUE_RANGES.get(head, (None, None))
        if low is not None and high is not None:
            low, high = low * _VAGUE_SCALES[scale], (high + 1) * _VAGUE_SCALES[scale] - 1
    if low is None:  # "several thousands", "a few hundreds": the amount the last word says
        low, high = _VAGUE_RANGES.get(phrase.split()[-1], (None, None))
    if low is None:
        return None
    of = re.match(r"\s+of\b", sentence[end:])  # "thousands of Azerbaijanis"
    unit = _unit(sentence, end + (of.end() if of else 0))
    kind, unit = ("duration", "day") if phrase == "decades" else ("count", unit)
    # "hundreds of millions of dollars", "thousands of pounds": money, in that currency, as
    # "$300 million" and "300 million dollars" are, not a count of dollars
    currency = _AFTER.match(sentence, end + of.end()) if of else None
    if currency is not None and currency.group("cur"):
        kind = "money"
        unit = _DOLLARS[re.sub(r"\s+", " ", currency.group("whose").lower())] \
            if currency.group("whose") else _CURRENCY_UNITS.get(
                currency.group("cur").strip(" -").lower().rstrip("s"), "money")
    elif kind == "count" and unit in _CURRENCY_UNITS and unit != "pound":
        kind, unit = "money", _CURRENCY_UNITS[unit]  # "billions of taxpayer dollars"
    return Quantity(sentence[start:end], offset + start, offset + end, low, high, unit, kind, True)


# a rate per so many people: "14 cases per 100,000 people", "a rate of 14 per 100,000
# residents", "3.1 deaths per 1,000 live births", "40 per million".  One figure, put per
# 100,000 so that "140 per million" meets "14 per 100,000"; neither a count of 14 cases
# (which "124 cases" would dispute) nor of 100,000 people
RATE_BASE = 100_000.0
_RATE = re.compile(
    rf"(?P<n>{NUMBER})(?:\s+(?P<noun>[a-z]+s))?\s+(?:per|for\s+every|in\s+every)\s+"
    r"(?P<d>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s?(?:thousand|million|k))?|a\s+million"
    r"|a\s+thousand|one\s+million|million|thousand)\b(?!\s*(?:%|percent|per\s+cent))",
    re.IGNORECASE)

# "Nobody was injured", "no one had been hurt", "no deaths were reported": none befell the
# people the story counts, a figure of 0 that "two were injured" disputes
_NONE_BEFALLEN = re.compile(
    r"\b(?:(?P<who>[Nn]o\s+one|[Nn]obody|[Nn]o-one)\s+(?:else\s+)?(?:(?:was|were|had\s+been"
    r"|has\s+been|have\s+been|is|are|got)\s+(?:\w+ly\s+)?(?=(?:killed|injured|hurt|wounded"
    r"|harmed|arrested|detained|hospitali[sz]ed|missing|sickened|poisoned)\b)"
    # "no one has fallen ill", "nobody fell sick"
    r"|(?:(?:has|have|had)\s+)?(?=(?:fallen|fell|become|became|got)\s+(?:ill|sick)\b))"
    r"|(?P<nowhat>[Nn]o\s+(?P<what>deaths|fatalities|injuries|arrests|illnesses))\s+(?:were|was"
    r"|have\s+been|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:reported|linked)"
    # "no firefighters had been hurt", "no passengers were injured": none of them
    r"|(?P<nonoun>[Nn]o\s+(?P<noun>[a-z]+s))\s+(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?=(?:killed|injured|hurt|wounded|harmed|arrested|detained|hospitali[sz]ed)\b))")


def _rate(sentence: str, m: re.Match[str], offset: int) -> Quantity | None:
    """A rate per so many, as a rate per ``RATE_BASE`` of what it counts ("cases")."""
    value, per = parse_number(m.group("n")), parse_number(m.group("d").replace("a ", "one "))
    if per is None and m.group("d").lower() in ("million", "thousand"):
        per = _SCALES[m.group("d").lower()]
    if value is None or not per or per < 100 or _CURRENCY_BEFORE.search(sentence, 0, m.start()):
        return None  # "$5 per 1,000 shares" is a price; "2 per 10" no rate of a population
    value *= RATE_BASE / per
    start, low, high, approximate = _bounded(sentence, m.start(), value, value)
    noun = m.group("noun")
    return Quantity(sentence[start:m.end()], offset + start, offset + m.end(), low, high,
                    _singular(noun.lower()) if noun else None, "rate", approximate)


# a ratio of two figures: "2.5 times more likely", "three times as many", "ten times the
# national average", "twice as high", "a 2.5-fold increase".  Not a count of 2.5 of
# anything: its own kind, compared only with ratios ("three times as many" is no "3 people"
# and no change in percent: whether "three times more" means +200% or +300% is unsaid).
# "arrested three times" says how often, and stays a count (of times)
_RATIO = re.compile(
    rf"(?:(?P<n>{NUMBER})\s+times|\b(?P<twice>twice)|(?P<fold>{NUMBER})-fold\b)"
    r"(?(fold)|(?=\s+(?:more|less|fewer|higher|lower|greater|larger|bigger|smaller|faster"
    r"|slower|longer|shorter|as|that\s+of|what)\b|\s+the\s+(?:[a-z]+\s+)?(?:size|number"
    r"|amount|rate|level|average|limit|price|cost|value|area|population|speed|risk|weight"
    r"|volume|capacity|figure|total|output)s?\b))", re.IGNORECASE)


def _ratio(sentence: str, m: re.Match[str], offset: int) -> Quantity | None:
    value = 2.0 if m.group("twice") else parse_number(m.group("n") or m.group("fold"))
    if value is None:
        return None
    start, low, high, approximate = _bounded(sentence, m.start(), value, value)
    return Quantity(sentence[start:m.end()], offset + start, offset + m.end(), low, high,
                    "times", "ratio", approximate)


# "two-thirds of the population", "half of its residents", "one third of voters": a share of a
# whole that is not given; "cut by about a third", "fell by half": a change by a share
_SHARE = re.compile(
    r"\b(?:(?P<n>a|an|one|two|three|four|nine)[\s-]+(?P<f>halfs?|halves|thirds?|quarters?"
    r"|fourths?|fifths?|tenths?)|(?P<half>half))"
    r"(?=\s+of\s+(?:(?:the|its|their|all|those|these|his|her|our)\s+[a-z]"
    r"|(?!(?:the|its|their|all|those|these|his|her|our)\b)[a-z]{3,}\b)"
    r"|(?P<by>(?!\s+an?\s)(?![\w-])))",
    re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:about|around|roughly|nearly|almost|some|over|under"
                        r"|more\s+than|less\s+than|at\s+least)\s+)?$", re.IGNORECASE)


def _share(sentence: str, m: re.Match[str], offset: int,
           value: float | None = None) -> tuple[Quantity | None, int, int]:
    """A share as a percentage ("two-thirds", "a third of", or ``value`` for "one in five"),
    with the bound a modifier before it sets ("more than one in 10")."""
    value = round(100 * _fraction_value(m), 1) if value is None else value
    # "two-thirds" is said of 65 % as much as of 67 %: approximate, bound or not
    start, bounded_low, bounded_high, _ = _bounded(sentence, m.start(), value, value)
    approximate = True
    return (Quantity(sentence[start:m.end()], offset + start, offset + m.end(), bounded_low,
                     bounded_high, "percent", "percent", approximate), start, m.end())
