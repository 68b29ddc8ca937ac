"""Two kinds of one thing: "A man is not playing an electric guitar" / "A man is playing an
acoustic guitar", "Rugby players are not tackling each other" / "A soccer player is being
tackled", "The girl is not riding a brown horse" / "A girl is riding a black horse".  The
negation names a thing by a word of its kind, the other side names the same thing by another
word of that kind, and no thing is of two such kinds at once: the two speak of two things, so
the denial of one leaves the other standing (the mirror of ``narrower``, where the negated
thing is the other's told more precisely).  Only words of closed sets whose members exclude
each other count: two other words before one noun may be one kind told twice ("a squirt gun"
/ "a water gun", "a big horse" / "a large horse").  A thing of two kinds on a side ("a black
and white dog" / "a white dog") may be the other's, and so is read as it was."""

from __future__ import annotations

from service.contrast.negation.clauses import subject_start
from service.contrast.negation.reading import Reading, clause_end, is_content
from service.contrast.text import Token, stem

# sets of words of one kind, no two of which one thing is at once ("football" is no sport
# here: it may be soccer or American football; "steel" is a metal)
_KINDS: tuple[frozenset[str], ...] = (
    frozenset({"black", "white", "red", "blue", "green", "yellow", "brown", "orange", "pink",
               "purple", "grey"}),
    frozenset({"wooden", "plastic", "glass", "paper", "leather", "rubber", "cardboard",
               "brick", "stone", "metal"}),
    frozenset({"electric", "acoustic"}),
    frozenset({"soccer", "rugby", "basketball", "baseball", "tennis", "hockey", "golf",
               "volleyball", "cricket"}),
)
# one word in two spellings or forms
_SAME = {"gray": "grey", "wood": "wooden"}
_KIND_OF = {w: n for n, kind in enumerate(_KINDS) for w in kind}
# words that join two kind words before one noun ("a black and white dog")
_JOINING = frozenset({"and", "or", ",", "-"})


def kinds_apart(neg: Reading, start: int, pos: Reading) -> bool:
    """A noun of the clause of the cue at char offset ``start`` is told of one kind, and the
    other side tells that noun only of another kind of the same set."""
    at = next((j for j, t in enumerate(neg.toks) if t.start >= start), None)
    if at is None:
        return False
    lo, hi = subject_start(neg.toks, at), clause_end(neg.toks, at + 1)
    theirs: dict[str, set[str]] = {}
    for _, noun, kinds in _kinded(pos.toks):
        theirs.setdefault(noun, set()).update(kinds)
    # the nouns of the clause, each with all its kind words, the first of which may stand
    # before where the clause is read to start ("A black and | orange bird is not ...")
    for _, noun, kinds in (x for x in _kinded(neg.toks) if lo <= x[0] < hi):
        other = theirs.get(noun, set())
        for n in {_KIND_OF[k] for k in kinds}:
            here = {k for k in kinds if _KIND_OF[k] == n}
            there = {k for k in other if _KIND_OF[k] == n}
            if here and there and here.isdisjoint(there):
                return True
    return False


def _kinded(toks: list[Token]) -> list[tuple[int, str, set[str]]]:
    """Each noun (its index and stem) that kind words stand right before, with those words:
    "an electric guitar" -> (2, guitar, {electric}), "a black and white dog" -> (4, dog,
    {black, white}).  Only lower-case nouns: "White House", "Red Cross" are names."""
    out: list[tuple[int, str, set[str]]] = []
    j = 0
    while j < len(toks):
        kinds: set[str] = set()
        k = j
        while k < len(toks) and (_kind(toks[k], k == 0)
                                 or (kinds and toks[k].lower in _JOINING)):
            word = _kind(toks[k], k == 0)
            if word:
                kinds.add(word)
            k += 1
        if kinds and k < len(toks) and _noun(toks[k]):
            out.append((k, stem(toks[k].text), kinds))
        j = max(k, j + 1)
    return out


def _kind(t: Token, first: bool = False) -> str:
    """The kind word ``t`` is, in its one spelling ("" where it is none); capitalised only
    as the first word ("Rugby players are ...")."""
    if not (t.text.islower() or (first and t.text[1:].islower())):
        return ""
    word = _SAME.get(t.lower, t.lower)
    return word if word in _KIND_OF else ""


def _noun(t: Token) -> bool:
    """A lower-case content word that may be the noun a kind word is said of (no verb in
    "-ing" or "-ed": "the ball is red and bouncing")."""
    return is_content(t) and t.text.islower() and not _kind(t) \
        and not t.lower.endswith(("ing", "ed"))
