"""Which capitalised words of a question are names, read as clustering reads a headline's.

A question is often a headline, pasted or asked back ("Did Hong Kongers Hold Parody
Communist Rally?", "COMMENT: Landmark default dents confidence in China"), and there
capitals do not say which words are names.  Matching already tells them apart
(``embeddings.matching.names_for_matching``): in a Title Case headline a word is a name only
where it is one whatever its case (an acronym, a known place or nationality, a word English
has no other use for: ``headline_names``); an all-caps headline's entities are only such
words already (``claims.caps_names``); and in mixed case a lone common word that opens the
sentence, or a long word shouted in capitals, is no name (``written_as_name``).  The
question path reads names the same way, so that "needs one of the question's names" is not
failed by "Landmark" or "Identity".
"""

from __future__ import annotations

import re

from embeddings.claims.entities import find_entities
from embeddings.claims.name_words import all_caps
from embeddings.headline_names import headline_names, written_as_name
from embeddings.matching import title_case

# a headline's label or speaker before a colon ("COMMENT: Landmark default ...", "Exclusive:
# Fed ..."): the word after it opens a sentence of its own, capitalised for that alone
_COLON = re.compile(r":\s+")


def question_names(query: str) -> list[str]:
    """The names ``query`` gives, where its case cannot mislead: in Title Case only the
    runs that are names whatever their case ("Hong Kong", "MTA", "Guangdong"), in mixed
    case those written as names (not "Identity" opening "Identity crisis ...", nor
    "Landmark" opening what follows "COMMENT:")."""
    entities = find_entities(query)
    if all_caps(query):
        return [e.text for e in entities]
    if title_case(query):
        # (no other claim vouches for a word: the other side of the pair is the store)
        return [n for e in entities for n in headline_names(e.text, frozenset())]
    openings = [0, *(m.end() for m in _COLON.finditer(query))]
    return [e.text for e in entities if all(written_as_name(e, at) for at in openings)]


__all__ = ["question_names"]
