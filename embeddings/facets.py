"""Facets: a claim's core plus its clauses, each embedded on its own.

A news sentence often carries several claims ("The US and France, which have
led the Minsk Group for decades, say the conflict remains unresolved").  Two
outlets that make the same claim usually share one clause, not the whole
sentence, so claims are compared by their best-matching pair of facets.
"""

from __future__ import annotations

import re
from functools import lru_cache

from embeddings.predication import open_ended, predicates

# which version of ``facets`` laid out the facet vectors a store holds: bump it whenever
# ``facets`` may return other clauses for a stored core (a store keeps one vector per facet,
# found by claim id and facet number), and old stores must be re-read (`crossclaim reindex`)
# 2: the claim after "..., claiming that"; attribution-only clauses dropped
# 3: an "as" role or aside (", as the new co-chair", ", as reaffirmed at ...") stays with its clause
# 4: a piece that predicates nothing (a noun phrase, an adjunct, a list item) joins its clause,
#    and one that stops short of its complement ("X, the offensive, is") joins what follows
# 5: predication read more rightly (a bare present before an adjective or adverb, a second
#    verb after "and", a participle with its agent, "what they will do", "in May")
SCHEME = 5
MAX_FACETS = 6  # the core and up to five clauses
SLOTS = 8  # facet ids in the index are claim_id * SLOTS + facet number
MIN_WORDS = 4

# clause boundaries: semicolons, dashes, colons, quotes, and a comma before a
# conjunction or relative pronoun that starts a new predication
_BOUNDARY = re.compile(
    r";\s+|\s+[—–]\s+|\s+-\s+|:\s+|[“”\"]|,\s+(?=(?:which|who|while|but|and|as|after|saying|adding"
    r"|although|though|because|whereas|despite|where|with|claiming|stating|noting|arguing"
    r"|insisting|warning|asserting|alleging)\b)"
    r"|,\s+(?=(?:say|says|said|claim|claims|argue|argues|insist|insists|however)\b)"
    r"|\s+(?=(?:but|while|whereas|although)\s)")


# "..., claiming that 100,000 had left": the clause is what was claimed, not the claiming
_REPORTING = re.compile(r"^(?:saying|adding|claiming|stating|noting|arguing|insisting|warning"
                        r"|asserting|alleging)\s+(?:that\s+)?", re.I)

_RELATIVE = re.compile(r"(?:which|who|whose|where)\b", re.I)

# ", as the Minsk Group's new co-chair", ", as reaffirmed at the hearing": "as" before a
# determiner or a participle starts a role or an aside, not a clause ("..., as fighting
# spread" is one).  Cut off, the role matches any sentence naming the post, and the clause
# before it is left a bare noun ("The government's stance")
_AS_PHRASE = re.compile(
    r"as\s+(?:the|a|an|its|his|her|their|our|part|well|such|[a-z]+ed)\b", re.I)

# "Power's post, which stated, “...”": a clause that ends in its verb of saying only
# attributes the quote after it; as a facet it would match any sentence naming the speaker
_ATTRIBUTION_ONLY = re.compile(
    r"\b(?:say|says|said|state|states|stated|write|writes|wrote|add|adds|added|note|notes|noted"
    r"|declare|declares|declared|tweet|tweets|tweeted|announce|announces|announced)"
    r"(?:\s+that)?$", re.I)


@lru_cache(maxsize=100_000)
def facets(core: str) -> tuple[str, ...]:
    """The core first, then its clauses of at least MIN_WORDS words (short bits join the
    clause before them, and a piece that predicates nothing joins its clause)."""
    core = core.strip()
    # each piece with how many words at its start it borrowed from the piece before (a
    # relative clause's antecedent), so that joining the two does not say them twice
    parts: list[tuple[str, int]] = []
    for piece in _BOUNDARY.split(core):
        piece = _REPORTING.sub("", piece.strip(" ,.()[]"))
        if not piece:
            continue
        borrowed = 0
        if parts and _RELATIVE.match(piece):
            # "Turkey, which has ties with Azerbaijan": a relative clause is a claim
            # about its antecedent, so it keeps the words just before it
            antecedent = parts[-1][0].split()[-3:]
            piece, borrowed = " ".join([*antecedent, piece]), len(antecedent)
        if parts and _AS_PHRASE.match(piece):
            parts[-1] = (f"{parts[-1][0]} {piece}", parts[-1][1])
            continue
        if len(piece.split()) >= MIN_WORDS or not parts:
            parts.append((piece, borrowed))
        else:
            parts[-1] = (f"{parts[-1][0]} {piece}", parts[-1][1])
    return _facets_of(core, _joined(parts))


def _join(parts: list[tuple[str, int]], at: int) -> None:
    """Join piece ``at + 1`` onto piece ``at``."""
    (text, borrowed), (following, lent) = parts[at], parts[at + 1]
    parts[at : at + 2] = [(" ".join([text, *following.split()[lent:]]), borrowed)]


def _joined(parts: list[tuple[str, int]]) -> list[str]:
    """The pieces with those that say nothing alone joined to their clause: one that stops
    short of its complement to the piece after it; then one without a predication to the
    piece before it (the clause it hangs from), or, first, to the one after (its predicate).
    A relative clause predicates by its nature, whatever the antecedent it borrowed."""
    at = 0
    while at < len(parts) - 1:
        if open_ended(parts[at][0]):
            _join(parts, at)
        else:
            at += 1
    at = 0
    while at < len(parts) and len(parts) > 1:
        text, borrowed = parts[at]
        # a short first piece ("His response", "The day before") is no facet either way
        if borrowed or predicates(text) or (not at and len(text.split()) < MIN_WORDS):
            at += 1
        elif at:
            _join(parts, at - 1)
            at -= 1  # the joined piece is read again: it may be a fragment still
        else:
            _join(parts, at)
    return [text for text, _ in parts]


def _facets_of(core: str, parts: list[str]) -> tuple[str, ...]:
    clauses = [p for p in parts if len(p.split()) >= MIN_WORDS and p != core
               and not _ATTRIBUTION_ONLY.search(p)]
    if len(clauses) < 2:  # one clause is the core again in other words
        return (core,)
    return (core, *clauses[: MAX_FACETS - 1])


@lru_cache(maxsize=100_000)
def facet_shares(core: str) -> tuple[float, ...]:
    """Each facet's share of the core's words (the core's is 1): how much of the sentence's
    claim a match through that facet speaks for.  A clause of a long sentence of many
    clauses is a small share of it (docs/matching.md, fifty-second session)."""
    whole = max(len(core.split()), 1)
    return tuple(min(1.0, len(f.split()) / whole) for f in facets(core))


def facet_id(claim_id: int, n: int) -> int:
    return claim_id * SLOTS + n


def claim_of(fid: int) -> int:
    return fid // SLOTS
