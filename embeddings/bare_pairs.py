"""Two claims met on their article-centred cosine alone (``ClusterConfig.bare_malus``).

On article-centred vectors (embeddings/context.py) what is left of a sentence is what it adds
to its article; two sentences of one story can still lie near there because both say
something of the same kind about the story ("Here Baku and Ankara act together, ... the
co-chairmanship of the Minsk Group" / "Although held to neutrality as co-chairman of the
Minsk group, ..."), with no word and no name of theirs in common.  ``lone_word_lifts`` asks
a lone shared word to add to a match, not make one; ``lone_name_malus`` (off) reads one
shared name of any kind and nothing else, and lost a group joined on a road's name.  This is
the case neither reads: the best facet pair shares no weighted word and the two claims share
no speaker and no name, or (``bare_person``) only one person's name, which says whom both are
about ("Abe put on a surprisingly brave face" / "Abe also has personal worries"), not what
either claims.  Such a pair loses a fixed amount; a paraphrase that shares nothing else still
meets where its cosine is high (docs/matching.md, fifty-third session).
"""

from __future__ import annotations

from collections.abc import Mapping

from embeddings.claims.places import PLACES, is_demonym
from embeddings.matching import entity_key
from embeddings.types import Claim

_PERSON_LABELS = frozenset({"PERSON", "NAME"})


def shares_nothing(a: Claim, b: Claim, signals: Mapping[str, object],
                   person: bool = False) -> bool:
    """The pair's match signals (``matching.match_score``) show nothing shared: no word of
    the best facet pair, no speaker, no name (with ``person``: at most one, a person's in
    both claims' reading)."""
    words, names = signals.get("shared_words"), signals.get("shared_entities")
    if not isinstance(words, list) or words or not isinstance(names, list) \
            or signals.get("shared_speaker"):
        return False
    if not names:
        return True
    return person and len(names) == 1 and _a_person(names[0], a, b)


def _a_person(key: object, *claims: Claim) -> bool:
    """Do ``claims`` name ``key`` as a person: typed a person at least once, never a place
    or a body, and no place or people's word ("Iranian", typed only as a name)?"""
    named = [e for claim in claims for e in claim.entities if entity_key(e.text) == key]
    labels = {e.label for e in named}
    return "PERSON" in labels and labels <= _PERSON_LABELS and not any(
        e.text.lower() in PLACES or is_demonym(e.text.lower().removesuffix("s"))
        for e in named)
