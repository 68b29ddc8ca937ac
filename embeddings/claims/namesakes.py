"""People of one surname in one article: which of them the surname alone names."""

from __future__ import annotations

import re

from embeddings.claims.entities import is_title

# what joins two people in one phrase: "Trump and first lady Melania Trump", "Trump's wife,
# Melania Trump", "Varga and his daughter Ysolde Varga"
_JOIN = r"(?:[’']s\s+(?:\w+,?\s+){0,2}?|\s+(?:and|with|&)\s+(?:[\w-]+,?\s+){0,3}?)"


def someone_else(sentence: str, full: str) -> bool:
    """"Trump and first lady Melania Trump welcomed Macron", "Trump's wife, Melania Trump,":
    a full name joined to its surname used alone names another person than the one the
    article calls by the surname, so a later "Trump said" is not hers (it was, for every
    quote after her one mention, in a NewsWCL50 article).  Only a join ("and", "with", a
    possessive) tells two people apart: "James Comey's memos ... Comey wrote" is one."""
    surname = full.split()[-1]
    if len(surname) < 2 or not surname[0].isupper():
        return False
    name, bare = re.escape(full), re.escape(surname)
    before = re.finditer(rf"(?<![\w.-]){bare}(?={_JOIN}{name}\b)", sentence)
    after = re.finditer(rf"{name}\s+(?:and|with|&)\s+(?:[\w-]+,?\s+){{0,3}}?"
                        rf"(?P<bare>{bare})\b(?!\s+[A-Z])", sentence)
    return any(alone(sentence, m.start()) for m in before) \
        or any(alone(sentence, m.start("bare")) for m in after)


def alone(sentence: str, at: int) -> bool:
    """Whether the surname at ``at`` stands alone, or after a title only ("President
    Trump"), not as the last word of another full name ("Donald Trump")."""
    words = sentence[:at].split()
    return not words or not words[-1][:1].isupper() or is_title(words[-1])
