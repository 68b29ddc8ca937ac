"""Where a subject did something, outdoors or indoors (the ``outdoors`` pair of
``antonyms``): "outside" and "inside" are also adjectives ("hired outside experts", "inside
information"), which tell nothing of where anyone was.  A word that says where stands alone
("playing outside") or opens a place ("outside the mosque", "inside Parliament"); before a
bare common noun it is an adjective (a word of when or how after it, "playing outside
today", "waited outside quietly", is none)."""

from __future__ import annotations

from service.contrast.negation.lexicon import WHEN_WORDS
from service.contrast.negation.reading import Reading, adverb_like, is_content

PAIR = "outdoors"

_PLACE_WORDS = frozenset({"outside", "inside"})


def adjectival(r: Reading, start: int) -> bool:
    """The ``outdoors`` pole starting at char offset ``start`` is "outside"/"inside" before a
    bare common noun ("outside experts"): an adjective, not where its subject was."""
    at = next((j for j, t in enumerate(r.toks) if t.start >= start), len(r.toks))
    if at + 1 >= len(r.toks) or r.toks[at].lower not in _PLACE_WORDS:
        return False
    after = r.toks[at + 1]
    return is_content(after) and after.text[:1].islower() \
        and after.lower not in WHEN_WORDS and not adverb_like(after.lower)
