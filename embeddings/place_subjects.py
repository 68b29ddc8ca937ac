"""A place or a people as a claim's subject: "Nagorno-Karabakh was not Armenian territory".

``subjects_apart`` reads a claim's subject as a person: the speaker of a first-person quote,
a named person opening the clause.  A sentence opening with a place or a people and its verb
("Nagorno-Karabakh was ...", "Japan is worried it will be caught ...", "Armenians fled ...")
is about that place, and a speaker's first-person claim beside it ("we hold Azerbaijan
responsible for the fate of Armenians of Nagorno-Karabakh", Colonna) is about the speaker's
own stance: two subjects, where the two sentences share only the story's places.

The place is named in the speaker's claim too, as every sentence of the story names its
places; that is not a claim replying to the other (``subjects_apart``'s guard, which keeps a
claim with a reply naming its subject), so with this reading a place subject named in the
other claim as a place does not count as named there (docs/matching.md, fifty-fourth
session).  A place subject is only set against a person's pronoun: a body named by its
capital or country ("Baku" says "we ...") and a sentence about that country ("Azerbaijan
will not stop ...") are one subject told two ways.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from embeddings.claims.name_words import is_title
from embeddings.claims.places import PLACES, is_demonym
from embeddings.lexical import content_words
from embeddings.name_aliases import aliases
from embeddings.types import Claim

# a capitalised run opening a facet (after a connective and a comma at most), then a
# lower-case word: its verb where the run is the subject ("Japan is worried", "North Korea
# has agreed"); not a possessive ("Azerbaijan's military operation forced": the operation is)
_OPENING = re.compile(r"^[\s“\"‘'(]*(?:[A-Za-z]+,\s+)?(?P<name>[A-Z][\w’'-]+"
                      r"(?:\s+[A-Z][\w’'.-]+){0,3})\s+(?P<next>[a-z][\w’'-]*)")
# lower-case words after a capitalised opening that are no verb of it ("Iran and Israel",
# "Israel in this fight", "Japan, who"): no subject read
_NOT_VERBS = frozenset({"and", "or", "of", "the", "a", "an", "to", "in", "on", "at", "for",
                        "with", "who", "which", "that", "as", "by", "from", "into", "than",
                        "but", "nor", "after", "before", "over", "under", "about"})


def is_place_name(name: str) -> bool:
    """Is every word of ``name`` a place or a people's word ("Nagorno-Karabakh", "North
    Korea", "Armenians")?"""
    words = content_words(name)
    return bool(words) and (name.lower() in PLACES or all(
        w in PLACES or is_demonym(w.removesuffix("s")) for w in words))


@lru_cache(maxsize=100_000)
def place_subject(facet: str) -> str | None:
    """The place or people ``facet`` opens with as the subject of its verb, if any."""
    opening = _OPENING.match(facet)
    if opening is None or opening.group("next").lower() in _NOT_VERBS:
        return None
    name = opening.group("name").removeprefix("The ")
    if name.endswith(("’s", "'s", "’", "'")) or not is_place_name(name):
        return None
    return name


def speaks_for_place(speaker: str, place: str, article: Sequence[Claim]) -> bool:
    """Does the article give ``speaker`` a title of ``place`` ("French Foreign Minister
    Catherine Colonna", "Azerbaijan's foreign minister Jeyhun Bayramov") where it names them?
    Then the speaker's "we" is that place: "we hold Belgrade responsible" and "France holds
    Belgrade responsible" are one subject told two ways, not a person against a place.  The
    title is the run of capitalised and title words right before the name (a quote before
    "..., Colonna said" is no title)."""
    words = speaker.split()
    if not words or len(words[-1]) < 2:
        return False
    surname = words[-1]
    mention = re.compile(r"\b" + re.escape(surname) + r"\b")
    for claim in article:
        if surname not in claim.text:  # (most claims: a substring test, not a regex scan)
            continue
        for found in mention.finditer(claim.text):
            # the words right before the name, back to the last mark that ends a run
            before = re.split(r"[,;:.!?“”\"()—–]", claim.text[max(0, found.start() - 80):
                                                            found.start()])[-1]
            for word in reversed(before.split()[-6:]):
                word = re.sub(r"(?:’s|'s|’|')$", "", word)
                if not (word[:1].isupper() or is_title(word)):
                    break
                if (is_place_name(word) or is_demonym(word)) and aliases(word, place):
                    return True
    return False
