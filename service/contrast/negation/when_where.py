"""Places and times: said of other places or times, months apart, one day."""

from __future__ import annotations

from service.contrast.measures.occasions import day_parts
from service.contrast.negation.lexicon import WHEN_WORDS
from service.contrast.negation.moments import one_moment_told
from service.contrast.negation.reading import Reading, clause_end, is_content, name_like
from service.contrast.text import Token, named_times, stem

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")


def _months_apart(a: Reading, b: Reading) -> bool:
    """One claim tells an act of a month its paper's days are not in, nor the month
    before, and the other names none: "Bakker vetoed the council's parking ordinance in May"
    (a paper of July 20) is an earlier act than "The ordinance was signed into law" (July 21),
    however the two name the thing (two named months, ``of_two_times`` reads)."""
    for named, other in ((a, b), (b, a)):
        months = named.times.get("month")
        day = other.said.day
        if months and "month" not in other.times and day and day[5:7].isdigit():
            now = int(day[5:7]) - 1  # the other's paper's month, and the month before
            if months.isdisjoint({_MONTH_NAMES[now], _MONTH_NAMES[now - 1]}):
                return True
    return False


def _one_day(a: Reading, b: Reading) -> bool:
    """Both claims name one weekday, and only it: "imposed a curfew on Monday" (Monday's
    paper) and "ended the curfew on Monday" (Tuesday's) tell of one day, so the story did
    not move on between them."""
    ta, tb = named_times(a.toks).get("weekday"), named_times(b.toks).get("weekday")
    return ta is not None and ta == tb and len(ta) == 1


def _day_parts_apart(a: Reading, b: Reading) -> bool:
    """Both claims tell their state of a part of the day, and of different ones: "The
    morning protest was peaceful" / "The protest turned violent in the evening"; or one
    tells a moment of the event the other's state need not cover (``one_moment_told``)."""
    pa, pb = day_parts(a.said.claim.text), day_parts(b.said.claim.text)
    if pa and pb:
        return pa.isdisjoint(pb)
    return one_moment_told(a, pa, b) or one_moment_told(b, pb, a)


_WHERE_WHEN = frozenset({"in", "at", "on", "near", "during"})


def _where_when(r: Reading, at: int) -> tuple[set[str], set[str]]:
    """The places (names) and times ("Monday", "March") that the clause of the word at
    token ``at`` (-1: the first clause) names after it, after "in", "at", "on", "near" or
    "during"."""
    places: set[str] = set()
    times: set[str] = set()
    after = False
    for j in range(at + 1, clause_end(r.toks, at + 1)):
        tok = r.toks[j]
        if j in r.reported:
            continue  # "met in Geneva instead of Vienna": Vienna is set aside
        if tok.lower in _WHERE_WHEN:
            after = True
        elif after and tok.lower in WHEN_WORDS:
            times.add(tok.lower)
        elif after and (is_content(tok) or _initials(tok)) and name_like(tok, r):
            places.add(stem(tok.text))
    return places, times


def _initials(tok: Token) -> bool:
    """"US", "UK", "EU": a place of two capitals, too short to read as a content word."""
    return tok.is_word and len(tok.text) == 2 and tok.text.isupper()


def _elsewhere(neg: Reading, end: int, pos: Reading, start: int) -> bool:
    """The negated word (ending at char offset ``end``) and the other side's (starting at
    ``start``) are said of other places or times: "did not meet in Vienna" / "met in
    Geneva", "did not play on Monday" / "played on Tuesday" (one of each names both)."""
    at_neg = next((j for j, t in enumerate(neg.toks) if t.end == end), None)
    at_pos = next((j for j, t in enumerate(pos.toks) if t.start == start), None)
    if at_neg is None or at_pos is None:
        return False
    return any(a and b and a.isdisjoint(b)
               for a, b in zip(_where_when(neg, at_neg), _where_when(pos, at_pos), strict=True))
