"""Which of several events of one kind a claim speaks of, by the time word that names it:
"the morning protest" / "the evening protest", "last year's march" / "this year's march",
"Saturday night's concert" / "Sunday night's concert".  Two claims naming different ones
count two events, as two quarters' sales are two periods' (``things._other_periods``).

Only a time word that modifies a noun is read ("the morning protest"), not a time told
after the fact ("drew 5,000 people on Saturday", "by evening"): a count of one event told
at two times is the story moving on or a dispute, which other rules tell apart.
"""

from __future__ import annotations

from functools import lru_cache

from service.contrast.said import Said
from service.contrast.text import STOPWORDS, Token, tokens

# the parts of a day an event is named by ("the evening rally", "the night raid")
_DAYPARTS = frozenset({"morning", "afternoon", "evening", "night", "overnight"})
# "last year's march", "this week's talks", "next month's vote": a span counted from now
_RELATIVE = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1}
_SPANS = frozenset({"year", "week", "month", "weekend", "season"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"})
# what opens the noun phrase a time word modifies ("the evening rally", "a Friday
# interview", "ESPN's Monday show"); not a verb or "on" before it ("reported Saturday
# morning", "erupted on Wednesday night": when, not which event), nor "this" or "that"
# before a part of the day ("this morning police arrested 20")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "these",
                          "those"})
_NOW = frozenset({"this", "that"})
# nouns that are no event but a report of one ("the morning report said 5 died"): two
# reports' figures of one event are a dispute
_REPORTS = frozenset({"report", "reports", "briefing", "briefings", "update", "updates",
                      "bulletin", "bulletins", "edition", "editions", "news", "papers",
                      "count", "tally", "estimate", "estimates", "figures", "statement"})


def occasions(s: Said) -> dict[str, frozenset[object]]:
    """The times a claim names its events by, by kind: "the morning protest" -> {daypart:
    morning}, "last year's march" -> {year: -1}, "Saturday's protest" -> {weekday:
    saturday}."""
    return _occasions(s.claim.text)


@lru_cache(maxsize=20_000)
def _occasions(text: str) -> dict[str, frozenset[object]]:
    toks = tokens(text)
    found: dict[str, set[object]] = {}
    for i, t in enumerate(toks):
        word, owned = _owner(t.lower)
        before = toks[i - 1] if i > 0 else None
        after = toks[i + 1] if i + 1 < len(toks) else None
        if word in _WEEKDAYS and t.text[:1].isupper() and not owned and after is not None \
                and _owner(after.lower)[0] in _DAYPARTS and after.text.islower() \
                and _names_event(toks, i + 2) \
                and (after.lower.endswith("'s") or _determined(before)):
            # "Tuesday night's debate", "a Wednesday morning tweet": the day, and the part
            # of it next
            found.setdefault("weekday", set()).add(word)
            continue
        if not _names_event(toks, i + 1):
            continue
        if word in _DAYPARTS and (owned or _determined(before)
                                  or (before is not None and before.lower in _WEEKDAYS
                                      and _determined(toks[i - 2] if i > 1 else None))
                                  or (before is None and toks[i + 1].text.islower())) \
                and (t.text.islower() or before is None):
            # lower case: "the Evening Standard" is a paper, "Monday Night Football" a show;
            # the claim may open with one ("Evening protests drew 400")
            found.setdefault("daypart", set()).add(word)
        elif word in _WEEKDAYS and t.text[:1].isupper() \
                and (owned or (_determined(before) and toks[i + 1].text.islower())):
            # "Saturday's protest", "the Saturday demonstration"; not "the Sunday Review"
            found.setdefault("weekday", set()).add(word)
        elif word in _SPANS and owned and before is not None \
                and before.lower in _RELATIVE:
            found.setdefault(word, set()).add(_RELATIVE[before.lower])
    return {k: frozenset(v) for k, v in found.items()}


def _determined(before: Token | None) -> bool:
    """A determiner or a possessive opens the phrase ("the", "ESPN's")."""
    return before is not None and (before.lower in _DETERMINERS
                                   or (before.lower.endswith("'s") and before.is_word))


def _owner(word: str) -> tuple[str, bool]:
    """"year's" -> ("year", True); "morning" -> ("morning", False)."""
    return (word[:-2], True) if word.endswith("'s") else (word, False)


def _names_event(toks: list[Token], at: int) -> bool:
    """A noun follows that may name an event ("protest", "march"), not a figure, a stopword
    ("this year's 5,000"), another time word or a report of the event."""
    if at >= len(toks):
        return False
    t = toks[at]
    word = _owner(t.lower)[0]
    return t.is_word and t.lower not in STOPWORDS and word not in _DAYPARTS \
        and word not in _WEEKDAYS and t.lower not in _REPORTS and len(t.text) > 2


# prepositions that tell when a state held ("turned violent in the evening", "was calm by
# night", "clashes during the night"), with "the" or "that" between at most
_WHEN = frozenset({"in", "at", "by", "during", "through", "throughout", "until", "overnight"})


def day_parts(text: str) -> frozenset[str]:
    """The parts of a day a claim tells its state of: by the event's name ("the morning
    protest") or as when it held ("turned violent in the evening", "at night",
    "overnight"), or the part of the event ("at first", "later": ``_phases``).  A count
    is kept to the event's name (``occasions``: a count told at two times is a dispute);
    a state may change in a day, so the time it held tells two states apart as well
    ("peaceful" in the morning, "violent" in the evening)."""
    named = frozenset(str(p) for p in _occasions(text).get("daypart", ()))
    return named | _when_parts(text) | _phases(text)


# words that tell the early or the late part of one event, as a part of the day does:
# "peaceful early on" / "turned violent later" tell two times, not two accounts of one
_PHASES = {"early": (("early", "on"), ("at", "first"), ("initially",), ("at", "the", "outset"),
                     ("at", "the", "start"), ("in", "the", "beginning"),
                     ("at", "the", "beginning"), ("earlier", "in", "the", "day"),
                     ("earlier", "on")),
           "late": (("later",), ("afterwards",), ("afterward",), ("by", "nightfall"),
                    ("by", "dusk"), ("eventually",), ("towards", "the", "end"),
                    ("toward", "the", "end"), ("by", "the", "end"), ("after", "dark"),
                    ("after", "nightfall"))}
# "began peacefully", "started out calm", "began as a peaceful march": a state told of how
# the event began is told of its start, as "peaceful at first" is
_BEGAN = frozenset({"began", "begun", "begins", "started", "starts"})
_BEGAN_HOW = frozenset({"as", "out", "off"})
_BEGAN_WHEN = frozenset({"shortly", "recently"})  # "began shortly after noon": a time, no state
# a time word before a verb of saying tells when it was said, not when the state held:
# "police later said the march was peaceful", "initially reported"
_SAYING = frozenset({"said", "says", "told", "reported", "confirmed", "claimed", "stated",
                     "added", "announced", "admitted", "insisted", "described", "called",
                     "acknowledged", "conceded", "denied", "tweeted", "wrote"})


# "early on Sunday", "early on the 5th": a time of a day, which ``_when_parts`` tells
_OF_A_DAY = frozenset({("early", "on")})
_NOT_FIRST = frozenset({"glance", "sight", "hand"})  # "at first glance": no time


@lru_cache(maxsize=20_000)
def _phases(text: str) -> frozenset[str]:
    """"early" or "late" for a claim that tells its state of the start or the end of its
    event ("was peaceful at first", "turned violent later", "by nightfall")."""
    words = [t.lower for t in tokens(text)]
    found: set[str] = set()
    for i in range(len(words)):
        for phase, phrases in _PHASES.items():
            for phrase in phrases:
                end = i + len(phrase)
                nxt = words[end] if end < len(words) else ""
                if tuple(words[i:end]) == phrase and nxt not in _SAYING \
                        and not (phrase in _OF_A_DAY and (nxt in _WEEKDAYS | _NOW | {"the"}
                                                         or nxt[:1].isdigit())) \
                        and not (phrase == ("at", "first") and nxt in _NOT_FIRST):
                    found.add(phase)
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if words[i] in _BEGAN and (nxt in _BEGAN_HOW or (
                nxt.endswith("ly") and len(nxt) > 4 and nxt not in _BEGAN_WHEN)):
            found.add("early")
    return frozenset(found)


@lru_cache(maxsize=20_000)
def _when_parts(text: str) -> frozenset[str]:
    toks = tokens(text)
    found: set[str] = set()
    for i, t in enumerate(toks):
        if t.lower not in _DAYPARTS or not t.text.islower():
            continue  # "the Evening Standard"
        if t.lower == "overnight" and (i + 1 >= len(toks) or not _names_event(toks, i + 1)):
            found.add(t.lower)  # "turned violent overnight" (not "the overnight raid")
            continue
        j = i - 1
        if j >= 0 and toks[j].lower in ("early", "late"):
            j -= 1  # "in the early evening"
        if j >= 0 and toks[j].lower in ("the", "that"):
            j -= 1
        if j >= 0 and toks[j].lower in _WEEKDAYS and toks[j].text[:1].isupper():
            j -= 1  # "on Saturday evening"
            if j >= 0 and toks[j].lower == "on":
                found.add(t.lower)
                continue
        if j >= 0 and toks[j].lower in _WHEN and not _names_event(toks, i + 1):
            found.add(t.lower)  # "in the evening", "by night"; not "in the night raid"
    return frozenset(found)
