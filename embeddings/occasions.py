"""Two occasions of one kind are two claims.

A story about a visit also tells of earlier visits, a planned summit, last year's lawsuit;
centring leaves each sentence its point, and "the talks with Mr. Kim would force the North
to address ..." and "... as he met with Japanese Prime Minister Shinzo Abe" both come down
to leaders meeting.  A reader sees two occasions: one planned, one past.

An *occasion* is a mention of a one-off thing of a family that happens on a day: a meeting
("met", "summit", "talks", "encounter"), a visit ("trip", "traveled"), a test or launch, a
protest or rally, an election or vote, a hearing or trial, an attack or strike, a speech or
presentation, a lawsuit.  Each mention is read with what sits next to it (the few words
before it and its own phrase after it, up to a clause break):
- its time: an explicit year ("in 2017", "the 2016 election"), a month or date, or a time
  told from the day of the report ("last year", "next week", "on Sunday", "a year ago",
  "in the coming months"); told-from-the-report times are compared as offsets in days where
  neither claim has a publication date (one story's articles appear within days of each
  other), else as dates from each claim's own date;
- its order: "the first", "the second", "a previous", "again";
- its mode: past ("met", "was held", "last", "ago") or planned ("will", "plans to",
  "upcoming", "next", "would");
- whether it is the class, not an occasion: a bare plural in a general present ("state
  visits usually involve ...", "hearings typically last ...").

Two claims are about two occasions where they share a family and every pair of their
mentions of it is apart: the times do not meet, the orders differ, one is past and the
other planned, or one is the class and the other a particular occasion.  A mention read
with nothing of these can be any occasion: it parts nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from embeddings.events import Act, place_names, places_clash
from embeddings.types import Claim

# families of occasion words; verbs only in forms that name the act itself.  "call",
# "address", "poll" and "statement" are left out: as often a verb of saying, a place or a
# survey as an occasion
_FAMILIES: dict[str, str] = {
    "meeting": r"meetings?|meet|met|summits?|talks|encounters?|conversations?",
    "visit": r"visits?|visited|trips?|tours?|toured|travell?ed|journeys?",
    "test": r"tests?|tested|launch(?:es|ed)?|test-fired",
    "protest": r"protests?|rall(?:y|ies)|marches|demonstrations?|vigils?",
    "election": r"elections?|referend(?:um|a)|ballots?|midterms?|primar(?:y|ies)",
    "hearing": r"hearings?|trials?",
    "attack": r"attacks?|airstrikes?|raids?|bombings?|shootings?|offensives?",
    "speech": r"speech(?:es)?|presentations?|(?:press|news) conferences?",
    "lawsuit": r"lawsuits?|suits?|sue|sues|sued|suing",
}
_WORD = re.compile("|".join(rf"(?P<{k}>\b(?:{v})\b)" for k, v in _FAMILIES.items()),
                   re.IGNORECASE)
# a mention's own phrase ends at a clause break: what follows tells of something else
_BREAK = re.compile(r"[,;:()—–\"“”]|\s(?:which|who|that|because|but|and|while|as|after"
                    r"|before|when|since|although|though)\s", re.IGNORECASE)
# "met with criticism" is a reception, no meeting
_RECEPTION = re.compile(r"^\s+with\s+(?:\w+\s+){0,2}?(?:criticism|skepticism|scepticism|resistance"
                        r"|opposition|silence|approval|applause|praise|derision|scorn|outrage"
                        r"|anger|condemnation|disbelief|alarm|concern|dismay|protests?)\b",
                        re.IGNORECASE)
# "was met", "are met": a reception or a condition fulfilled
_BE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# a past form after "before", "until", "once" or "if" tells of what is still to come
# ("before he met Mr. Kim"): no past
_STILL_TO_COME = re.compile(r"\b(?:before|until|till|once|if|unless)\s+(?:\w+\s+){0,2}$",
                            re.IGNORECASE)
_PREDICATE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might"
                        r"|should|must)\b(?!\s+(?:be\s+)?(?:held|scheduled|set|planned"
                        r"|expected|take\s+place|taken\s+place|took\s+place))", re.IGNORECASE)
# a word of a noun's own phrase before it: a determiner, an ordinal or time word, a
# possessive, a name, a number, a compound ("follow-up") or an adjective of kind
_PREMOD = re.compile(r"(?i:the|a|an|this|that|these|those|his|her|its|their|our|my|your"
                     r"|first|second|third|fourth|fifth|last|next|previous|prior|earlier|new"
                     r"|latest|upcoming|planned|proposed|possible|potential|future|coming"
                     r"|recent|another|same|state|official|missile|nuclear|secret|surprise"
                     r"|historic|annual)|\w+'s?|[A-Z][\w.-]*|\d[\d,]*|\w+-\w+"
                     r"|[a-z]+(?:al|ic|ary|ed)")
# verbs that take the place itself ("visited Tokyo")
_TAKES_PLACE = frozenset({"visited", "toured"})
_BEFORE_WORDS = 5  # words before the mention read with it ("last year's", "the first")
_AFTER_WORDS = 10

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november"
           "|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_MONTH_NUMBER = {name: n for n, names in enumerate(
    ("jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july",
     "aug august", "sep sept september", "oct october", "nov november", "dec december"),
    start=1) for name in names.split()}
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b(?!\s*(?:percent|%|people|troops|miles))")
# "May" is a month only with a day or after "in"/"on"/"since": else a verb or a name
_MONTH = re.compile(rf"\b(?:in|on|during|since|early|late|mid)[- ](?:(?:early|late|mid)[- ])?"
                    rf"({_MONTHS})\b|\b({_MONTHS})\.?\s+\d{{1,2}}\b", re.IGNORECASE)
_WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# times told from the report's day, as (first, last) offsets in days; the spans are wide
# enough to hold what the words may mean ("last year" said in January or in December)
_RELATIVE: tuple[tuple[str, tuple[int, int]], ...] = (
    (r"\b(?:a|one)\s+year\s+ago\b", (-450, -300)),
    (r"\b(?:two|three|four|five|several|\d+)\s+years\s+ago\b", (-3000, -600)),
    (r"\blast\s+year'?s?\b|\bprevious\s+year\b", (-730, -1)),
    (r"\blast\s+month'?s?\b", (-62, -1)),
    (r"\blast\s+week'?s?\b", (-14, -1)),
    (r"\bnext\s+week'?s?\b", (1, 14)),
    (r"\bnext\s+month'?s?\b", (1, 62)),
    (r"\bnext\s+year'?s?\b", (1, 730)),
    (r"\blater\s+this\s+year\b|\bin\s+the\s+coming\s+months\b", (1, 365)),
    (r"\bin\s+the\s+coming\s+(?:days|weeks)\b", (1, 60)),
    (r"\b(?:earlier\s+)?this\s+week\b|\byesterday\b|\btoday\b|\btonight\b"
     rf"|\b(?:on|this|last)?\s*(?:{_WEEKDAYS})\b|\b(?:over\s+)?the\s+weekend\b", (-8, 7)),
)
_RELATIVE_RE = [(re.compile(p, re.IGNORECASE), span) for p, span in _RELATIVE]
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "previous": -1,
             "prior": -1, "earlier": -1, "last": -1, "latest": -2, "next": -3, "again": -4,
             "another": -4, "new": -2}
_ORDINAL = re.compile(r"\b(" + "|".join(_ORDINALS) + r")\b", re.IGNORECASE)
# planned: a word before the mention ("upcoming talks", "will meet", "plans to visit") or a
# modal in its own phrase ("the talks would force ..."); an infinitive of purpose ("traveled
# ... to meet") is no plan, it tells what the past trip was for
_PLANNED_BEFORE = re.compile(r"\b(?:will|would|'ll|shall|plans?\s+to|planning\s+to|going\s+to"
                             r"|expected\s+to|set\s+to|hopes?\s+to|upcoming|planned|proposed"
                             r"|possible|potential|future|next|coming|scheduled)\s+(?:\w+\s+){0,2}$",
                             re.IGNORECASE)
_PLANNED_AFTER = re.compile(r"^(?:\S+\s+){0,5}?(?:will|would|is\s+(?:scheduled|expected|set)"
                            r"|planned\s+for)\b", re.IGNORECASE)
# past: the occasion's own verb in the past, or a word that dates it back
_PAST_WORD = frozenset({"met", "visited", "toured", "traveled", "travelled", "tested",
                        "launched", "test-fired"})
_PAST_BEFORE = re.compile(r"\b(?:last|previous|prior|earlier|former|held|hosted|attended|staged"
                          r"|led|organi[sz]ed|conducted|carried\s+out|gave|delivered|filed"
                          r"|made)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_PAST_AFTER = re.compile(r"^(?:\S+\s+){0,5}?(?:was\s+held|were\s+held|took\s+place|ago)\b",
                         re.IGNORECASE)
# a general present: the occasion as a class ("state visits usually involve ...")
_GENERIC = re.compile(r"\b(?:usually|typically|generally|normally|traditionally|often"
                      r"|tend\s+to|customarily)\b", re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:the|a|an|this|that|these|those|his|her|its|their|our|my"
                         r"|your|[A-Z]\w+'s)\s+(?:\w+\s+){0,2}$")


@dataclass(frozen=True)
class Occasion:
    """One mention of an occasion: its family and what is read of it."""

    family: str
    when: tuple[str, int, int] | None  # ("day", ordinal of first, last) or ("rel", offsets)
    order: int | None
    mode: str | None  # "past", "planned" or None
    generic: bool
    places: frozenset[str] = frozenset()


def _phrase(core: str, start: int, end: int, floor: int, ceiling: int) -> tuple[str, str]:
    # the words before reach back no further than the previous mention: its time is its own
    before = core[floor:start]
    cut = max((m.end() for m in _BREAK.finditer(before)), default=0)
    before = " ".join(before[cut:].split()[-_BEFORE_WORDS:])
    # nor into the next mention's phrase ("the lawsuit ... ahead of the 2020 election")
    after = core[end:ceiling]
    if ceiling < len(core) and (theirs := _premodifiers(after)):
        after = after.rstrip()[:-len(theirs)]
    stop = _BREAK.search(after)
    after = " ".join((after[:stop.start()] if stop else after).split()[:_AFTER_WORDS])
    return before, after


def _premodifiers(before: str) -> str:
    """The words right before a noun that belong to its phrase ("last year's", "the first",
    "Trump's upcoming"): a time or an order further back is another verb's ("met Kim last
    week to prepare the summit")."""
    words = before.split()
    i = len(words)
    while i and _PREMOD.fullmatch(words[i - 1]):
        i -= 1
    return " ".join(words[i:])


def _when(text: str, published: date | None) -> tuple[str, int, int] | None:
    if year := _YEAR.search(text):
        y = int(year.group(1))
        month = _MONTH.search(text)
        if month:
            n = _MONTH_NUMBER[(month.group(1) or month.group(2)).lower()]
            last = date(y + n // 12, n % 12 + 1, 1).toordinal() - 1
            return ("day", date(y, n, 1).toordinal(), last)
        return ("day", date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal())
    for pattern, (lo, hi) in _RELATIVE_RE:
        if pattern.search(text):
            if published is None:
                return ("rel", lo, hi)
            day = published.toordinal()
            return ("day", day + lo, day + hi)
    return None


@lru_cache(maxsize=1 << 16)
def _read(core: str, names: tuple[str, ...], published: date | None) -> tuple[Occasion, ...]:
    generic_clause = bool(_GENERIC.search(core))
    found = []
    floor = 0
    mentions = list(_WORD.finditer(core))
    for i, m in enumerate(mentions):
        family = m.lastgroup or ""
        ceiling = mentions[i + 1].start() if i + 1 < len(mentions) else len(core)
        before, after = _phrase(core, m.start(), m.end(), floor, ceiling)
        floor_before, floor = floor, m.end()
        word = m.group().lower()
        if word == "met" and (_RECEPTION.match(core[m.end():])
                              or _BE.search(core, 0, m.start())):
            continue
        # a noun's time is its own phrase's, up to the verb it is the subject of ("Kim's
        # offer for a summit was conveyed last month": the month is the offer's), unless
        # that verb says when the occasion is ("was held in 2017", "is set for June")
        own = after
        if word not in _PAST_WORD and (verb := _PREDICATE.search(after)):
            own = after[:verb.start()]
        premod = _premodifiers(before)
        near = f"{premod} {word} {own}"
        order = None
        if o := _ORDINAL.search(premod):
            order = _ORDINALS[o.group(1).lower()]
        elif re.search(r"\bagain\b", f"{before} {own}", re.IGNORECASE):
            order = _ORDINALS["again"]
        planned = bool(_PLANNED_BEFORE.search(before + " ") or _PLANNED_AFTER.search(after))
        to_come = _STILL_TO_COME.search(core[max(floor_before, m.start() - 40):m.start()])
        past = ((word in _PAST_WORD and not to_come) or bool(_PAST_BEFORE.search(before + " "))
                or bool(_PAST_AFTER.search(after)))
        mode = "planned" if planned and not past else "past" if past and not planned else None
        # a bare plural ("state visits", "rallies") with no determiner, in a general present
        generic = (generic_clause and word.endswith("s") and word not in ("talks", "met")
                   and not _DETERMINER.search(core[:m.start()]) and mode is None)
        where = frozenset(n.lower() for n in names
                          if re.search(rf"(?:\b(?:in|at|to)\s+(?:the\s+)?|^){re.escape(n)}\b",
                                       own if word not in _TAKES_PLACE else own.strip()))
        found.append(Occasion(family, _when(near, published), order, mode, generic, where))
    return tuple(found)


# asked of a claim for every claim it is scored with (``occasions_apart``): its places and
# date are looked up once too, not only the reading of its core (bounded, as ``_read``)
@lru_cache(maxsize=1 << 16)
def occasions_of(claim: Claim) -> tuple[Occasion, ...]:
    try:
        published = date.fromisoformat((claim.published or "")[:10])
    except ValueError:
        published = None
    return _read(claim.core, tuple(place_names(claim)), published)


def _apart(a: Occasion, b: Occasion, same_reference: bool) -> bool:
    if a.generic or b.generic:
        # the class and one occasion of it: only an occasion read as particular (dated,
        # ordered, past or planned) is told apart from the class
        other = b if a.generic else a
        return not other.generic and (other.when is not None or other.order is not None
                                      or other.mode is not None)
    if places_clash(Act(a.places, None), Act(b.places, None)):
        return True
    # told-from-the-report offsets compare only between claims of one (unknown) day
    if (a.when and b.when and a.when[0] == b.when[0] and (a.when[0] == "day" or same_reference)
            and (a.when[2] < b.when[1] or b.when[2] < a.when[1])):
        return True
    if a.order is not None and b.order is not None and a.order > 0 and b.order > 0:
        return a.order != b.order
    if {a.order, b.order} == {1, _ORDINALS["again"]}:
        return True
    return {a.mode, b.mode} == {"past", "planned"}


def occasions_apart(a: Claim, b: Claim) -> bool:
    """The claims tell of occasions of one family, and each of one is apart from each of
    the other (times that do not meet, two orders, past and planned, class and case)."""
    mine = occasions_of(a)
    if not mine:
        return False
    theirs = occasions_of(b)
    # every occasion either tells of is of a family both tell of: an occasion one of them
    # names only in passing ("Trump's 2020 re-election bid called the lawsuit a sham" /
    # "sue ..., alleging conspiracy in the 2016 election") leaves its other occasion unread
    shared = {o.family for o in mine}
    if not shared or shared != {o.family for o in theirs}:
        return False
    same_reference = a.published == b.published
    return all(_apart(x, y, same_reference) for x in mine for y in theirs
               if x.family == y.family)
