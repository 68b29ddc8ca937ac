"""Two claims that share nothing particular (measured; off by default).

The forty-fourth session's "nothing particular shared" malus, read with the particulars
the later sessions use (``pointers.particulars``): a word English does not use everywhere
and the stored claims do not either, or a rare name; the story's places and peoples
(``subjects_apart._place_stems``) left out, as every sentence of a story carries them.  Two
claims of one story whose best facet pair shares no such particular, and no speaker, met on
the story alone or on a paraphrase; on article-centred vectors they take
``ClusterConfig.particular_malus``.  Off by default: a paraphrase shares no word either
(docs/matching.md, forty-fourth and fifty-second sessions).
"""

from __future__ import annotations

from embeddings.lexical import Weigher
from embeddings.pointers import particulars
from embeddings.subjects_apart import _place_stems
from embeddings.types import Claim


def nothing_particular(a: Claim, b: Claim, facet_a: str, facet_b: str,
                       weigh: Weigher) -> bool:
    """Do two facets share no particular word or name beyond the story's places?"""
    places = _place_stems(a) | _place_stems(b)
    return (particulars(a, facet_a, weigh) - places).isdisjoint(
        particulars(b, facet_b, weigh) - places)
