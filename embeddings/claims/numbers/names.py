"""Number words that are a name's own: "Xbox One", "Air Force One", "Formula One drivers",
"the Big Ten", "One World Trade Center".  Prose writes a count in lower case ("one
console", "two officers") and capitalises a number word inside the name it belongs to, so a
capitalised number word that opens no sentence or phrase is the name's.  A headline in Title
Case capitalises every word: there the number word is a name's after a capitalised name
("Titanfall's Xbox One Resolution", "Wins Formula One Title"), not after a word of grammar
("Family Of Five", "Have One Thing"), a verb ("Downs Two Planes", "Gunmen Kill Two") or an
owner, and a number above one goes on to no plural noun it would count ("Top Four US
Carriers", "Watch Two Guys")."""

from __future__ import annotations

import re

from embeddings.claims.numbers.numerals import _words
from embeddings.claims.numbers.units import (
    _IRREGULAR,
    _MEN,
    _plural_soon,
    _regular_plural,
    title_case,
)

# the word before a number word and the one before that, each glued to it by one space; a
# word ends in a letter, so a colon, dash or quote opens a new phrase ("Bosnia: Seven girls")
_WORDS_BEFORE = re.compile(r"(?:(?P<first>[A-Za-z][\w’'&-]*)\s)?(?P<word>[A-Za-z][\w’'&-]*)\s$")
# words of grammar, and words that bound, rank or hedge a figure, which a headline capitalises
# before a count ("Break Into Two", "Here Are Nine", "Top Six", "Most Likely Two")
_NO_NAME = _words("""Of In Into To At On For By With From And Or Nor But The A An Are Is Was
    Were Be Been Being Have Has Had Do Does Did Will Would Could Can May Might Must Should
    Shall Still What Which Who Whose Why How When Where Here There Than Then Over Under About
    After Before Since Until As Like Per Via Its Their His Her Our Your My Every Each All Some
    Any No Not Only Just Another Other Those These This That Top First Last Next Final Past
    Around Nearly Almost Roughly Least Most Up Down Out Off Get Got Make Made Take Took Turn
    Watch See Meet Vs Versus""")


def name_number(sentence: str, start: int, end: int) -> bool:
    """The number word at [start, end) is part of a name, no count."""
    text = sentence[start:end]
    if not (text.isalpha() and text[0].isupper() and text[1:].islower()):
        return False  # a figure, "one", or "ONE" in a headline in capitals
    before = _WORDS_BEFORE.search(sentence, 0, start)
    if before is None:
        return False  # the sentence's or a phrase's first word: "One Direction", "Two Dead"
    if not title_case(sentence):
        return True  # "the Xbox One to its limits", "at One World Trade Centre"
    word, first = before.group("word"), before.group("first")
    if not word[0].isupper() or word in _NO_NAME or re.search(r"(?:s|ed|ing|ly|['’]s?)$", word):
        return False  # "Army Downs Two", "Flying Three Jets", "Most Likely Two", "Titanfall's"
    if first is not None and (first.lower() in _IRREGULAR or _MEN.search(first.lower())
                              or (_regular_plural(first) and not re.search(r"['’]s$", first))):
        return False  # "Gunmen Kill Two", "Police Arrest One": the word is the plural's verb
    return text == "One" or not _plural_soon(sentence, end)
