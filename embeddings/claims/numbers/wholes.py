"""The whole a share is of: "cut 8% of its global workforce" is a share of the workforce,
"30 percent of all imports" of imports, "half of the world's oil" of oil.

The whole is the noun the words after "of" name, not the first of them: the article or
owner before it ("its", "the company's"), a state's initials ("of U.S. imports") and the
adjectives that say which or how much of it ("global", "total", "entire", "annual",
"American") are no word of it, so "8% of its global workforce" and "10% of its workforce"
are shares of one whole."""

from __future__ import annotations

import re

from embeddings.claims.numbers.numerals import _words
from embeddings.claims.places import is_demonym

# "of" and the words before the noun that say whose or which of it there is: an article or
# owner, a state's initials, an owner named ("the company's", "America's")
_OF = re.compile(r"\s*(?:-\s*)?of\s+"
                 r"(?:(?:the|a|an|all|its|their|his|her|our|this|that|these|those|every|each"
                 r"|(?-i:[A-Z]\.?[A-Z]\.?)|[A-Za-z][\w-]*['’]s)\s+)*", re.IGNORECASE)
_WORD = re.compile(r"(?P<w>[A-Za-z][A-Za-z-]*)\s*")
# words that say how much, where or when of the whole, never what it is: "of its global
# workforce", "of the total vote", "of the entire population", "of its annual budget"
_NOT_THE_WHOLE = _words("""global total entire whole annual overall worldwide national
    domestic local current existing combined remaining estimated eligible new former
    full-time part-time permanent international nationwide yearly monthly""")


def share_whole(sentence: str, end: int) -> str | None:
    """The word that names what a share (a percent, a fraction) ending at ``end`` is of,
    as it is written ("of its global workforce": "workforce"); None where no "of" follows."""
    of = _OF.match(sentence, end)
    if of is None:
        return None
    position, last = of.end(), None
    for _ in range(4):  # "of its total global annual budget" is still of the budget
        word = _WORD.match(sentence, position)
        if word is None:
            return last  # "of the total.": the adjective stands for the whole
        text = word.group("w")
        if text.lower() not in _NOT_THE_WHOLE and not (text[0].isupper() and is_demonym(text)):
            return text
        position, last = word.end(), text
    return last
