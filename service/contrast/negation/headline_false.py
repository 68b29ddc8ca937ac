"""A report called untrue in a headline's shorthand, its copula left out: "Banksy arrest
claims unfounded, police say", "Reports of Castro's death untrue", "Castro death rumours
completely false".  The report's own words (less the word for a report) are what is
denied, two of them at least, so that "Arrest claims false" names no story; not where the
falsity word goes on to a noun of its own ("claims false flag attack": a label) or the
sentence asks ("Castro death rumours false?")."""

from __future__ import annotations

from service.contrast.negation.lexicon import (
    CLAUSE_MARKS,
    CLAUSE_WORDS,
    DASHES,
    MUST_OVERLAP,
    REPORTING_VERBS,
    STATEMENT,
)
from service.contrast.negation.reading import Reading, is_content
from service.contrast.text import Token, stem

# the adjectives of falsity: a noun ("lies", "satire") after a report names another thing
_UNTRUE = frozenset({"false", "wrong", "incorrect", "untrue", "baseless", "groundless",
                     "unfounded", "fabricated", "fake", "inaccurate", "misleading", "bogus",
                     "erroneous", "phony", "phoney", "fictitious", "made-up", "falsified"})
# the words for a report that the shorthand calls untrue
_CARRIERS = frozenset({"claim", "claims", "report", "reports", "rumour", "rumours", "rumor",
                       "rumors", "story", "stories", "allegation", "allegations",
                       "accusation", "accusations"})
_HEDGES = frozenset({"completely", "totally", "entirely", "wholly", "utterly", "all",
                     "simply", "patently", "demonstrably"})
_NAMED_BY = 2
_ARTICLES = frozenset({"the", "a", "an"})


def read_headline_false(r: Reading, shadowed: list[bool]) -> None:
    """Set ``r.denial`` to "<report> (completely) <untrue>" ending its clause."""
    if r.denial is not None or any(t.lower == "?" for t in r.toks):
        return
    toks = r.toks
    for i, tok in enumerate(toks):
        if tok.lower not in _UNTRUE or not _ends_clause(toks, i + 1):
            continue
        j = i - 1
        while j >= 0 and toks[j].lower in _HEDGES:
            j -= 1
        if j < 0:
            continue
        # back from the word before the head ("claims" is a verb of saying too)
        start = next((k + 1 for k in range(j - 1, -1, -1)
                      if toks[k].lower in CLAUSE_MARKS or toks[k].lower in CLAUSE_WORDS
                      or toks[k].lower in DASHES or toks[k].lower in REPORTING_VERBS), 0)
        if not _reported(toks, start, j) or any(
                toks[k].lower in _ARTICLES for k in range(start + 1, j)):
            continue  # "doctors got the death report wrong": an object, in full grammar
        content = {stem(t.text) for t in toks[start:j + 1]
                   if is_content(t) and t.lower not in STATEMENT and t.lower not in _CARRIERS}
        if len(content) < _NAMED_BY:
            continue
        r.denial = (toks[start].start, tok.end)
        r.denied_content |= content | {MUST_OVERLAP}
        r.denial_needs = max(r.denial_needs, _NAMED_BY)
        for k in range(len(toks)):
            shadowed[k] = True
        return


def _ends_clause(toks: list[Token], j: int) -> bool:
    """Nothing after the word but a clause end: "false - police", "untrue, Cuba says"."""
    return j >= len(toks) or toks[j].lower in CLAUSE_MARKS or toks[j].lower in DASHES \
        or toks[j].lower == "-"


def _reported(toks: list[Token], start: int, head: int) -> bool:
    """The words from ``start`` to ``head`` name a report: it is their head ("Banksy arrest
    claims") or their first word, before what it tells ("Reports of Castro's death")."""
    if toks[head].lower in _CARRIERS:
        return True
    first = next((k for k in range(start, head) if is_content(toks[k])), None)
    return first is not None and toks[first].lower in _CARRIERS and first + 1 <= head \
        and toks[first + 1].lower in ("of", "that", "about")
