"""A denial that tells the act itself after all: "The plane did not land in Paris; it landed
in Lyon" / "The plane landed". What the denying sentence denies is where (or how) the act
was done, and it says the act was done: both sides agree it happened. Read where a negated
stem comes again later in the denying sentence, in a clause of its own with no negation cue
and no subject of its own but a pronoun ("it landed in Lyon", "but landed in Lyon"); a second
denial ("did not land in Paris, and it did not land in Lyon") still denies, and so does an act
told of someone else ("did not resign, but his deputy resigned").
"""

from __future__ import annotations

from service.contrast.negation.reading import Reading, clause_end, is_content
from service.contrast.text import Token, stem

# cues that make the later clause a denial too
_CUES = frozenset({"not", "n't", "no", "never", "nor", "neither", "without"})


def act_told_elsewhere(neg: Reading, word: str, end: int) -> bool:
    """The negated stem ``word`` (its word ending at char offset ``end``) is asserted again
    after the clause it is negated in."""
    toks = neg.toks
    at = next((j for j, t in enumerate(toks) if t.end == end), None)
    return at is not None and _asserted_after(toks, clause_end(toks, at + 1), {word})


def clause_act_told_elsewhere(neg: Reading, clause: tuple[int, int]) -> bool:
    """``act_told_elsewhere`` for a negated clause (its char span): one of the stems the
    clause negates is asserted again after it."""
    negated = next((n for _, _, n, span in neg.negated_clauses if span == clause), frozenset())
    last = max((j for j, t in enumerate(neg.toks) if clause[0] <= t.start < clause[1]),
               default=None)
    return last is not None and bool(negated) and _asserted_after(neg.toks, last, negated)


def _asserted_after(toks: list[Token], j: int, words: frozenset[str] | set[str]) -> bool:
    """One of ``words`` (stems) is told in a clause after the token at ``j`` that has no
    negation cue, with no content word before it (a pronoun or no subject: the same one)."""
    while j < len(toks):
        nxt = clause_end(toks, j + 1)
        clause = toks[j + 1:nxt]
        at = next((k for k, t in enumerate(clause) if t.is_word and stem(t.lower) in words),
                  None)
        if at is not None and not any(t.lower in _CUES for t in clause) \
                and not any(is_content(t) for t in clause[:at]):
            return True
        j = nxt
    return False
