"""The contrast stage's readings of a claim pair, remembered across one pipeline's articles.

The clusterer asks whether two claims give a figure of one measure and whether one disputes
the other inside ``PairScorer.margin``, and a scorer lives for one article's clustering (the
word weights change with every article, and a margin with them).  The readings do not: each
depends on the two claims alone, and the re-examination after each later article asks them
again of the same stored pairs (the seeds five times over: 6,457 calls of ``one_measure`` for
2,905 pairs, 7,157 of ``disputed`` for 4,548).  Keyed on the claims themselves (frozen
dataclasses, every field compared), so the claims of a replaced article, or a claim id used
again after a delete, are never taken for the old ones.
"""

from __future__ import annotations

from functools import lru_cache

from embeddings.clustering import Disputed, OneMeasure
from embeddings.types import Claim

# pairs kept (least recently asked dropped first): a few articles' neighbourhoods
MAX_PAIRS = 32_768


def remembered_one_measure(read: OneMeasure, max_pairs: int = MAX_PAIRS) -> OneMeasure:
    @lru_cache(maxsize=max_pairs)
    def one_measure(a: Claim, b: Claim) -> bool:
        return read(a, b)

    return one_measure


def remembered_disputed(read: Disputed, max_pairs: int = MAX_PAIRS) -> Disputed:
    @lru_cache(maxsize=max_pairs)
    def disputed(a: Claim, b: Claim, negations: bool = False) -> bool:
        return read(a, b, negations=negations)

    return disputed
