"""A rumour the sentence's subject defies: "Hugh Hefner makes it to film night despite
mortality rumours", "Castro appears on television despite rumours of his death".  Whoever
acts in spite of a rumour shows it untrue; what is denied is the rumour's own words and whom
the sentence is about, all of which the other side must say ("Playboy founder Hugh Hefner is
dead"), so "despite retirement rumours" denies no death and "Nelson ... despite death
rumours" no death of Hefner.  Death is said as "dead", "death", "died" or "mortality": one
word in the count (``kin``)."""

from __future__ import annotations

from collections.abc import Callable

from service.contrast.negation.lexicon import CLAUSE_MARKS, CLAUSE_WORDS, PREPOSITIONS
from service.contrast.negation.reading import Reading, clause_end, is_content
from service.contrast.text import Token, stem

_DESPITE = frozenset({"despite", "spite"})  # "in spite of the rumours"
_REACH = 3  # words from "despite" to the rumour: "despite persistent death rumours"
# what a rumour is called besides what it says: "despite persistent death rumours"
_QUALIFIERS = frozenset({"persistent", "recent", "new", "latest", "fresh", "growing",
                         "widespread", "wild", "online", "internet", "viral", "swirling",
                         "ongoing", "earlier", "social", "media", "false", "unfounded"})
_KIN = {stem(w): stem("dead") for w in ("death", "deaths", "died", "dies", "dying",
                                         "mortality", "demise")}


def defying(toks: list[Token], i: int) -> int | None:
    """The "despite" before the rumour word at ``i``, if the sentence acts in spite of it."""
    return next((j for j in range(i - 1, max(-1, i - _REACH - 1), -1)
                 if toks[j].lower in _DESPITE), None)


def read_defied(r: Reading, despite: int, rumour: int,
                told: Callable[[list[Token]], set[str]]) -> bool:
    """What a defied rumour denies: its words ("mortality", "of his death") and the first
    word of the subject that defies it ("Playboy founder makes it ..."), every one of them
    to be said by the other side; False where the rumour says nothing of its own."""
    toks = r.toks
    start = next((j + 1 for j in range(despite - 1, -1, -1)
                  if toks[j].lower in CLAUSE_MARKS or toks[j].lower in CLAUSE_WORDS), 0)
    subject = next((t for t in toks[start:despite] if is_content(t)), None)
    end = clause_end(toks, despite + 1)
    # the rumour's words, up to where it spread ("despite death rumours on Facebook")
    end = next((j for j in range(rumour + 1, end) if toks[j].lower in PREPOSITIONS
                and toks[j].lower not in ("of", "about")), end)
    words = told([t for t in toks[despite + 1:end] if t.lower not in _QUALIFIERS])
    if not words:
        return False  # "despite Internet rumors": of what, the sentence does not say
    opens = despite - 1 if despite and toks[despite - 1].lower == "in" else despite
    r.denial = (toks[opens].start, toks[end - 1].end)  # "in spite of rumours of his death"
    if subject is not None:
        words.add(stem(subject.text))
    r.denied_content |= words
    r.denial_needs = max(r.denial_needs, min(2, len(words)))
    r.denial_share = 1.0
    return True


def kin(words: set[str]) -> set[str]:
    """``words`` (stems) with the words of death read as one."""
    return {_KIN.get(w, w) for w in words}
