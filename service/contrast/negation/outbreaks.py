"""Calm told of a place against violence that broke out there: "The city was calm on
Tuesday" / "Riots broke out in the city on Tuesday" tell one city two ways, as "The protest
was peaceful" / "The protest turned violent" do.  Violence that breaks out is its own
clause's subject ("Riots broke out"), so its state is keyed by where it broke out ("in the
city", "at the protest"); with no such place it is of nothing a calm side names.  A calm
told as following the violence ("the city was calm after the riots") is a change, not a
dispute, and "quiet about" is hushed, not calm.  ("Calm returned" is not read at all: it
tells the violence before it, so it disputes no outbreak.)"""

from __future__ import annotations

from service.contrast.negation.blame.phrases import _subject_in
from service.contrast.negation.lexicon import CLAUSE_MARKS, WHEN_WORDS
from service.contrast.negation.reading import Reading
from service.contrast.text import STOPWORDS

PAIR = "peaceful"
# the verbs of violence breaking out ("Riots broke out", "clashes erupted", "violence
# flared"), after the pole's noun, a "has" or "have" between at most
_BROKE_OUT = frozenset({"broke", "broken", "erupted", "flared"})
_HAVE = frozenset({"has", "have", "had"})
# where it broke out: "in the city", "at the protest", "across the capital"
_WHERE = frozenset({"in", "at", "across", "throughout"})
# what ends the place's phrase: "in the city on Tuesday", "in Kenosha after the verdict"
_PLACE_ENDS = frozenset({"on", "in", "at", "after", "before", "during", "following", "as",
                         "when", "while", "amid", "over", "between", "with", "and", "but",
                         "near", "outside", "late", "early", "overnight"}) \
    | WHEN_WORDS - {"march", "may"}  # "at the march" is the march
# how far after its verb the place may be named, and what opens another phrase before it
_FAR = 5
_OTHER_CLAUSE = frozenset({"after", "before", "following", "when", "while", "as", "between",
                           "among", "amid", "over", "with", "and", "but", "because", "since",
                           "until", "who", "which", "that", "where", "outside", "near"})
# "calm after the riots", "remained quiet following the clashes": calm told after the
# violence, whose before the claim tells itself (not "calm after the verdict": a time)
_AFTER = frozenset({"after", "following"})
# (and the violence an outbreak's own subject is: "Riots broke out")
_VIOLENCE = frozenset({"riots", "riot", "rioting", "clashes", "violence", "unrest",
                       "fighting", "looting", "disturbances", "turmoil", "unrests"})
# "quiet about the deal", "remained quiet on the issue": hushed, not calm (but "quiet on
# Tuesday", "over the weekend" tell when it was calm)
_HUSHED = frozenset({"about", "on", "over", "regarding", "concerning"})
_TIMES = WHEN_WORDS | {"weekend", "evening", "afternoon", "eve", "election"}
# the calm phrases the two readings above are of (not "peaceful" itself: "peaceful after
# weeks of unrest" keeps its reading)
_CALM = frozenset({"calm", "quiet"})


def place_outbreak(r: Reading) -> None:
    """Key a violence that broke out by the place it broke out in; drop a calm told after
    the violence or a hushed "quiet"."""
    if PAIR not in r.poles:
        return
    _, start, end = r.poles[PAIR]
    first = next((j for j, t in enumerate(r.toks) if t.start >= start), len(r.toks))
    last = max((j for j, t in enumerate(r.toks) if t.start < end), default=first)
    if r.pole_said.get(PAIR) == 1:
        words = {t.lower for t in r.toks[first:last + 1]}
        after = r.toks[last + 1].lower if last + 1 < len(r.toks) else ""
        told_after = after in _AFTER and any(
            t.lower in _VIOLENCE for t in r.toks[last + 2:last + 7])
        hushed = "quiet" in words and after in _HUSHED and not _a_time(r, last + 2)
        if words & _CALM and (told_after or hushed):
            del r.poles[PAIR]
        return
    # (the violence is the subject: "The rally erupted into violence" stays the rally's)
    at = _broke_out(r, first, last) if r.toks[first].lower in _VIOLENCE else None
    if at is None:
        return
    place = _place_after(r, at)
    if place:
        r.subjects[PAIR] = place
        r.subject_places.pop(PAIR, None)
    else:
        r.subjects.pop(PAIR, None)  # "Fighting broke out between the two": of no place


def _a_time(r: Reading, at: int) -> bool:
    """The words from token ``at`` name a time ("Tuesday", "the night", "the weekend")."""
    words = [t.lower for t in r.toks[at:at + 3] if t.lower not in ("the", "that", "this")]
    return bool(words) and (words[0] in _TIMES or words[0][:1].isdigit())


def _broke_out(r: Reading, first: int, last: int) -> int | None:
    """The token of the verb of breaking out the pole's phrase holds or is followed by
    ("riots broke out", "Clashes have broken out"), if any."""
    for j in range(first, min(len(r.toks), last + 3)):
        low = r.toks[j].lower
        if low in _BROKE_OUT:
            return j
        if j > last and low not in _HAVE:
            return None
    return None


def _place_after(r: Reading, at: int) -> str:
    """The key of the place after the verb at ``at`` ("broke out in the capital on
    Tuesday": capit), as ``_subject_before`` keys a clause's subject ("The capital was
    calm": capit); "" where its clause names none."""
    j = at + 1
    while j < len(r.toks) and r.toks[j].lower in ("out", "up"):
        j += 1
    # (a time may stand between, "broke out on Tuesday in the city"; not another clause:
    # "erupted after journalists confronted activists protesting in the North")
    first = j
    while j < len(r.toks) and j - first < _FAR and r.toks[j].lower not in CLAUSE_MARKS \
            and r.toks[j].lower not in _WHERE and r.toks[j].lower not in _OTHER_CLAUSE:
        j += 1
    if j >= len(r.toks) or r.toks[j].lower not in _WHERE:
        return ""
    k = j + 1
    while k < len(r.toks) and r.toks[k].is_word and r.toks[k].lower not in _PLACE_ENDS \
            and not (r.toks[k].lower in STOPWORDS and k > j + 1 and r.toks[k].lower != "of"):
        k += 1
    return _subject_in(r.toks, j + 1, k)
