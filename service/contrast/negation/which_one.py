"""A size or a fullness told as an adjective before a noun says which thing is meant: "A
small white dog is running" / "A big white dog is running", "A cat is playing with a small
bottle" / "with a big bottle" are two dogs, two bottles.  Told as what a thing is, it
describes that one thing: "The crowd was large" / "The crowd was small" dispute it."""

from __future__ import annotations

from service.contrast.negation.attributive import OPENERS, attributive_noun
from service.contrast.negation.reading import Reading

# the pairs whose adjective picks out a thing (not "peaceful": "a peaceful protest" /
# "a violent protest" are read as one protest, ``attributive``)
PICKS_OUT = frozenset({"size", "crowded"})

# what may open a noun phrase before a size: also a count ("two big dogs") or none
_OPENERS = OPENERS | frozenset({"some", "two", "three", "several", "many", "few", "one"})


def picks_out(r: Reading, start: int, end: int) -> bool:
    """Whether the word from char ``start`` to ``end`` is an adjective before a noun (an
    opener before it, or the claim's first word), not a predicate ("was large")."""
    if any(t.start == start for t in r.toks[:1]):
        return True  # "Large crowds gathered"
    return bool(attributive_noun(r.toks, start, end, _OPENERS))
