"""The words of a name its key is made of (``matching.entity_key``).

A person's or a place's last word carries its identity ("President Ilham Aliyev" ->
"Aliyev").  A body's last word is often only the kind of body it is: "Nasdaq Composite
Index" and "S&P 500 Index", "IBM Corp" and "Intel Corp" end in one generic head, and keyed on
it two different bodies "shared a name".  Such a name is keyed on its head and the word
before it that tells it apart: each key stays one of the names that shared the old one.
"""

from __future__ import annotations

# the head nouns that say what kind of body a name is, and name none by themselves
_GENERIC_HEADS = frozenset({
    "index", "committee", "party", "company", "group", "association", "university", "college",
    "council", "society", "foundation", "institute", "commission", "corporation", "department",
    "ministry", "agency", "exchange", "federation", "organization", "organisation"})
# a company's legal form, written after its name, is such a head too: one spelling each
# ("Ford Motor Co." is "Ford Motor Company")
_LEGAL_FORMS = {"co": "company", "corp": "corporation", "inc": "incorporated",
                "ltd": "limited", "llc": "llc", "plc": "plc", "limited": "limited",
                "incorporated": "incorporated"}


def _head(word: str) -> str | None:
    """The generic head ``word`` is, in one spelling ("Corp." -> "corporation"), or None."""
    lower = word.lower().rstrip(".,")
    return _LEGAL_FORMS.get(lower) or (lower if lower in _GENERIC_HEADS else None)


def key_words(tokens: list[str]) -> list[str]:
    """The words of a name its key is made of, joined.

    A person or a place: its last word ("President Ilham Aliyev" -> ["Aliyev"]).  A body
    whose name ends in a generic head: the word that tells it apart, then the head ("Nasdaq
    Composite Index" -> ["Composite", "index"], "S&P 500 Index" -> ["S&P", "index"], "Intel
    Corp." -> ["Intel", "corporation"]), so it still meets its name written without a
    prefix ("U.S. Commodity Futures Trading Commission" / "Commodity Futures Trading
    Commission") but no longer every other index or party.  A head alone ("Index") is left
    as it is.
    """
    head = _head(tokens[-1]) if len(tokens) > 1 else None
    if head is None:
        return tokens[-1:]
    # the nearest word before the head that tells it apart: not a second head ("Wal-Mart
    # Stores Group Inc"), a joiner ("Society of Jesus Foundation") nor a figure ("S&P 500")
    for word in reversed(tokens[:-1]):
        if _head(word) is None and not word.islower() and any(c.isalpha() for c in word):
            return [word, head]
    return [head]
