"""Hyphens a tokeniser set apart: corpora such as NewsWCL50 write "a 12 - year - old", "a 25
- percent tariff", "a one - on - one meeting".  Between a figure and the word after it such
a hyphen is one, and the figure is read as its hyphenated form would be ("12-year-old" an
age, "25-percent" a percent, "66-page" a count of pages, "one-on-one" no figure); a dash
("in 2014 - Market ...", "12 - the highest toll") is left as it stands."""

from __future__ import annotations

import re

from embeddings.claims.numbers.hyphened import hyphened_unit
from embeddings.claims.numbers.numerals import NUMBER
from embeddings.claims.numbers.units import _AFTER

# a figure, a spaced hyphen and a lower-case word, and the words hyphenated on after it
_SPACED = re.compile(rf"(?P<n>{NUMBER}) - (?P<w>[a-z]+)(?P<more>(?: - [a-z]+)*)")


def close_spaced_hyphens(sentence: str) -> tuple[str, list[int]] | None:
    """The sentence with the spaced hyphens after its figures closed up, and for each of its
    positions (and its end) the position in ``sentence``; None if there are none.  A hyphen
    is closed where the word after it is a unit of the figure ("4 - years - old", "100 -
    mile", "25 - percent") or more words are hyphenated on ("one - on - one")."""
    closes: list[tuple[int, int]] = []  # the spans of " - " to close up
    for m in _SPACED.finditer(sentence):
        figure = m.group("n")
        joined = figure + "-" + m.group("w") + m.group("more").replace(" - ", "-")
        unit = _AFTER.match(joined, len(figure))
        # ("a 66 - page complaint" counts pages as "a 66-page complaint" does)
        if m.group("more") or (unit is not None and unit.end() > len(figure) + 1) \
                or hyphened_unit(joined + sentence[m.end():], len(figure)) is not None:
            closes += [(m.start() + h.start(), m.start() + h.end())
                       for h in re.finditer(" - ", m.group())]
    if not closes:
        return None
    text, at, last = [], [], 0
    for a, b in closes:
        text.append(sentence[last:a] + "-")
        at += [*range(last, a), a + 1]  # the hyphen, between its two spaces
        last = b
    text.append(sentence[last:])
    at += list(range(last, len(sentence) + 1))
    return "".join(text), at
