"""A negation whose verb is left out: "Apple Watch has a Lightning port for development, but
won't when it ships" -- the "won't" takes the predicate of the clause before "but" ("won't
have a Lightning port when it ships"), so that predicate is what is negated, with the time
clause that says when.

Only where nothing but a time clause follows the bare auxiliary ("but won't when it
ships", "but won't."): "rose in May but didn't in June" tells another time of its own, and
the clause before must have an auxiliary, copula or "has" to take ("attacked the press but
won't when ..." is left alone)."""

from __future__ import annotations

from service.contrast.negation.lexicon import CLAUSE_MARKS
from service.contrast.negation.reading import Reading, is_content, sentence_end
from service.contrast.text import Token, stem

_BARE = frozenset({"wo", "will", "does", "do", "did", "is", "was", "are", "were", "has",
                   "have", "had", "can", "ca"})
_TAKEN = frozenset({"has", "have", "had", "is", "are", "was", "were", "does", "do", "did",
                    "can", "will"})
_TIME = frozenset({"when", "once", "after", "until"})


def elided(toks: list[Token], i: int) -> tuple[int, int, int] | None:
    """(clause start, clause end, where the negated predicate starts) for a cue ``i`` that
    negates the predicate of the clause before "but"; None where it is not so."""
    if i < 2 or toks[i].lower not in ("not", "n't") or toks[i - 1].lower not in _BARE \
            or toks[i - 2].lower != "but":
        return None
    end = sentence_end(toks, i)
    after = toks[i + 1].lower if i + 1 < end else ""
    if after and after not in _TIME and after not in CLAUSE_MARKS:
        return None  # "but didn't in June": a time of its own
    but = i - 2
    start = next((j + 1 for j in range(but - 1, -1, -1) if toks[j].lower in ".!?;:"), 0)
    verb = next((j for j in range(start + 1, but) if toks[j].lower in _TAKEN), None)
    if verb is None:
        return None
    return start, end, verb + 1



def elided_parts(neg: Reading, span: tuple[int, int]) -> tuple[frozenset[str], frozenset[str]]:
    """The content stems of the predicate an elided negation in ``span`` takes ("a Lightning
    port for development") and of its time clause ("when it ships"); both empty where there
    is none.  The other side must say some of each: the predicate is what is denied, and the
    clause before "but" is asserted of now ("has a port for development, but won't when it
    ships" does not deny "has a Lightning port for development", nor tell of "The phone will
    ship next month")."""
    toks = neg.toks
    for i, tok in enumerate(toks):
        if not span[0] <= tok.start < span[1] or (taken := elided(toks, i)) is None:
            continue
        predicate = frozenset(stem(t.text) for t in toks[taken[2]:i - 2] if is_content(t))
        timed = i + 1 < len(toks) and toks[i + 1].lower in _TIME
        when = frozenset(stem(t.text) for t in toks[i + 2:taken[1]] if is_content(t)) \
            if timed else frozenset()
        return predicate, when
    return frozenset(), frozenset()
