"""Two reports of one-off acts that happened at different places or times are two acts.

Centring leaves a sentence's own point, and two acts of one story often share it: "The
senior diplomats ... traveled to Shushi over the weekend" (published 2022-08-30) and
"Vladimir Putin invited to Moscow this Friday the heads of the Armenian and Azerbaijani
diplomats" (published 2020-10-09) both say diplomats went somewhere.  A reader sees two
events: two destinations, two years apart.

Only an *act* is read here: the claim's main clause (before a relative or adverbial
clause: ", which", ", who", "after", "as" ...) has a past-tense verb of going, meeting or
hosting ("traveled", "met", "visited", "invited", "signed").  A stance or a state ("backs",
"called for", "is part of", "pledged to raise") is no act, and two stances of one voice
years apart are one claim repeated.  An act's place is a named place the verb leads to
("traveled to X", "met ... in Y", "visited Z"); its time an explicit year ("in 2020",
"on 5 March 2021") or a relative time ("this Friday", "over the weekend", "yesterday")
anchored to the article's ``published`` date.

Two acts clash where each has a place and every place of one is a town (a capital or a
listed city, that holds no other listed place) apart from every town of the other, or
where each has a time and the two are far apart.  A country, region or state may hold the
other place, and the gazetteer does not say which town lies where: no clash is read there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from difflib import SequenceMatcher
from functools import lru_cache

from embeddings.claims.places import AREAS as _AREAS
from embeddings.claims.places import CAPITALS as _CAPITALS
from embeddings.claims.places import CITIES
from embeddings.types import Claim

# past forms of verbs of going, meeting, gathering and hosting: one-off acts with a place
# and a day.  "held" (held in custody), "went" (went up) and "came" (came as) are left out:
# each is as often a state or a figure of speech
_ACT_VERBS = ("met|visited|travell?ed|arrived|flew|returned|gathered|convened|attended"
              "|hosted|invited|landed|toured|signed|rallied|marched|inaugurated")
_ACT = re.compile(rf"\b(?:{_ACT_VERBS})\b", re.IGNORECASE)
# not the act of the main clause: a reception ("was met with criticism") or a participle
# after a comma ("negotiations, potentially hosted in neutral locations")
_NOT_FINITE = re.compile(r"(?:\b(?:be|been|being|is|are|was|were)\s+|,\s*(?:\w+ly\s+)?)$",
                         re.IGNORECASE)
# where the main clause ends: what follows is another act's or a state's
_CLAUSE_END = re.compile(r",\s*(?:which|who|whom|whose|where|when|while|as|after|before"
                         r"|since|because|but|and)\b|\s(?:after|before|while|since|because"
                         r"|until|as|when|which|who)\s|[;:—–(]", re.IGNORECASE)
# between the verb and its place: a few words, no comma, ending in a preposition of place
# ("traveled to", "met with Erdogan in"); "visited"/"toured"/"hosted" take the place itself
_TO_PLACE = re.compile(r"(?:\s+[^\s,;:.]+){0,6}?\s+(?:to|in|at|into)\s+(?:the\s+)?$")
_OBJECT_PLACE = re.compile(r"\s+(?:the\s+)?$")
_TAKES_PLACE = frozenset({"visited", "toured", "hosted"})

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November"
           "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
# an explicit year the act is dated by ("in 2020", "on March 5, 2021", "in late 2019"),
# not one that names a thing ("the 2020 war")
_YEAR = re.compile(rf"\b(?:in|on|during)\s+(?:(?:early|late|mid)[- ])?(?:(?:{_MONTHS})\.?\s+)?"
                   rf"(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:(?:{_MONTHS})\.?\s+)?"
                   r"((?:19|20)\d\d)\b")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# a time told from the day of the report: within a week or two of it
_RELATIVE = re.compile(rf"\b(?:(?:on|this|last|next|late|early)\s+)?(?:{_WEEKDAYS})\b"
                       r"|\b(?:over|this|last|at)\s+the\s+weekend\b|\bthis\s+weekend\b"
                       r"|\b(?:this|last)\s+week\b|\byesterday\b|\btoday\b|\btonight\b"
                       r"|\bearlier\s+(?:today|this\s+week)\b")
# a relative time is read as the fortnight before the report to the week after it
_BACK, _AHEAD = timedelta(days=14), timedelta(days=7)
# a month without a year ("traveled to Pyongyang in March"): the last such month up to the
# report (a past act); "last month" the month before it
_MONTH = re.compile(rf"\b(?:in|during|since)\s+(?:(?:early|late|mid)[- ])?({_MONTHS})\b(?!\s+\d)"
                    r"|\b(last\s+month)\b")
_MONTH_NUMBER = {name: n for n, names in enumerate(
    ("jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july",
     "aug august", "sep sept september", "oct october", "nov november", "dec december"),
    start=1) for name in names.split()}


@dataclass(frozen=True)
class Act:
    """What a claim's main clause says was done: where (lower-cased place names) and when
    (a span of days, or None)."""

    places: frozenset[str]
    when: tuple[date, date] | None


def _published(claim: Claim) -> date | None:
    try:
        return date.fromisoformat((claim.published or "")[:10])
    except ValueError:
        return None


def place_names(claim: Claim) -> list[str]:
    names = {e.text for e in claim.entities if e.label == "PLACE"
             or e.text.lower() in _CAPITALS or e.text.lower() in CITIES}
    return sorted(names, key=len, reverse=True)


# a claim is compared with many: its reading is kept (bounded, as the store is not)
@lru_cache(maxsize=1 << 16)
def _read(core: str, places: tuple[str, ...], published: date | None) -> Act | None:
    end = _CLAUSE_END.search(core)
    main = core[:end.start()] if end else core
    verbs = [v for v in _ACT.finditer(main) if not _NOT_FINITE.search(main, 0, v.start())]
    if not verbs:
        return None
    where: set[str] = set()
    for verb in verbs:
        for name in places:
            for hit in re.finditer(rf"\b{re.escape(name)}\b", main[verb.end():]):
                gap = main[verb.end():verb.end() + hit.start()]
                if _TO_PLACE.search(gap) or (verb.group().lower() in _TAKES_PLACE
                                             and _OBJECT_PLACE.fullmatch(gap)):
                    where.add(name.lower())
    when: tuple[date, date] | None = None
    if year := _YEAR.search(main):
        y = int(year.group(1))
        when = (date(y, 1, 1), date(y, 12, 31))
    elif published is not None and _RELATIVE.search(main):
        when = (published - _BACK, published + _AHEAD)
    elif published is not None and (month := _MONTH.search(main)):
        when = _month_span(month, published)
    return Act(frozenset(where), when)


def _month_span(month: re.Match[str], published: date) -> tuple[date, date]:
    if month.group(2):  # "last month"
        last = published.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    n = _MONTH_NUMBER[month.group(1).lower()]
    year = published.year if n <= published.month else published.year - 1
    first = date(year, n, 1)
    following = date(year + n // 12, n % 12 + 1, 1)
    return first, following - timedelta(days=1)


# asked of a claim for every claim it is scored with (``acts_apart``): its places and date
# are looked up once too, not only the reading of its core (bounded, as ``_read``; a claim's
# hash is worked out once, ``embeddings.types.Claim``)
@lru_cache(maxsize=1 << 16)
def act_of(claim: Claim) -> Act | None:
    """The act the claim's main clause reports, or None (a stance, a state, a figure)."""
    return _read(claim.core, tuple(place_names(claim)), _published(claim))


def _one_place(a: str, b: str) -> bool:
    # one town spelt two ways ("Kiev" / "Kyiv", "Shushi" / "Shusha")
    return a == b or SequenceMatcher(None, a, b).ratio() >= 0.75


def _town(name: str) -> bool:
    # a capital, or a listed city no list also has as an area ("New York" is a state too)
    return name in _CAPITALS or (name in CITIES and name not in _AREAS)


def places_clash(a: Act, b: Act) -> bool:
    """Each act has a place, all of them towns, and no town of one is a town of the
    other."""
    if not a.places or not b.places:
        return False
    if not all(_town(p) for p in a.places | b.places):
        return False
    return not any(_one_place(x, y) for x in a.places for y in b.places)


def times_clash(a: Act, b: Act) -> bool:
    """Each act is dated and the spans do not meet."""
    if a.when is None or b.when is None:
        return False
    return a.when[1] < b.when[0] or b.when[1] < a.when[0]


def acts_apart(a: Claim, b: Claim) -> bool:
    """Both claims report an act, and the two happened at different towns or times."""
    act_a = act_of(a)
    if act_a is None or (not act_a.places and act_a.when is None):
        return False
    act_b = act_of(b)
    if act_b is None:
        return False
    return places_clash(act_a, act_b) or times_clash(act_a, act_b)
