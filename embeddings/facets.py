"""Facets: a claim's core plus its clauses, each embedded on its own.

A news sentence often carries several claims ("The US and France, which have
led the Minsk Group for decades, say the conflict remains unresolved").  Two
outlets that make the same claim usually share one clause, not the whole
sentence, so claims are compared by their best-matching pair of facets.
"""

from __future__ import annotations

import re
from functools import lru_cache

MAX_FACETS = 6  # the core and up to five clauses
SLOTS = 8  # facet ids in the index are claim_id * SLOTS + facet number
MIN_WORDS = 4

# clause boundaries: semicolons, dashes, colons, quotes, and a comma before a
# conjunction or relative pronoun that starts a new predication
_BOUNDARY = re.compile(
    r";\s+|\s+[—–]\s+|\s+-\s+|:\s+|[“”\"]|,\s+(?=(?:which|who|while|but|and|as|after|saying|adding"
    r"|although|though|because|whereas|despite|where|with)\b)"
    r"|,\s+(?=(?:say|says|said|claim|claims|argue|argues|insist|insists|however)\b)"
    r"|\s+(?=(?:but|while|whereas|although)\s)")


_RELATIVE = re.compile(r"(?:which|who|whose|where)\b", re.I)


@lru_cache(maxsize=100_000)
def facets(core: str) -> tuple[str, ...]:
    """The core first, then its clauses of at least MIN_WORDS words (short bits join the
    clause before them)."""
    core = core.strip()
    parts: list[str] = []
    for piece in _BOUNDARY.split(core):
        piece = piece.strip(" ,.()[]")
        if not piece:
            continue
        if parts and _RELATIVE.match(piece):
            # "Turkey, which has ties with Azerbaijan": a relative clause is a claim
            # about its antecedent, so it keeps the words just before it
            piece = " ".join([*parts[-1].split()[-3:], piece])
        if len(piece.split()) >= MIN_WORDS or not parts:
            parts.append(piece)
        else:
            parts[-1] = f"{parts[-1]} {piece}"
    clauses = [p for p in parts if len(p.split()) >= MIN_WORDS and p != core]
    if len(clauses) < 2:  # one clause is the core again in other words
        return (core,)
    return (core, *clauses[: MAX_FACETS - 1])


def facet_id(claim_id: int, n: int) -> int:
    return claim_id * SLOTS + n


def claim_of(fid: int) -> int:
    return fid // SLOTS
