"""A title's number after its name, which counts nothing: "Grand Theft Auto 5 Release Date
Announced", "Windows 10 Update breaks printers".  The name is a run of capitalised words
and the figure goes on to a capitalised singular word, not to the plural a count goes on
to.  A headline in Title Case capitalises its verbs and counts too ("Apple Sells 10
Million", "Man Utd Beat Hull 3"), so there every word of the run must be a name's: none
a verb, a word in -s, -ed, -ly or -ing, nor a word of grammar.  Prose capitalises only
names, so a figure after the sentence's first word and before a capitalised word is a
title's ("Windows 10 Update"); one after a name inside a sentence is read in ``reading``."""

from __future__ import annotations

import re

from embeddings.claims.numbers.names import _LEADS, _NO_NAME, _verb
from embeddings.claims.numbers.numerals import _words
from embeddings.claims.numbers.units import (
    _FUNCTION_WORDS,
    _IRREGULAR,
    _plural_soon,
    _regular_plural,
    title_case,
)
from embeddings.claims.places import CITIES, PLACES

# up to three capitalised words right before the figure, each glued to the next by a space
_RUN_BEFORE = re.compile(r"(?:(?<=^)|(?<=[\s“\"‘(]))(?P<run>(?:[A-Z][\w’'&-]*\s){1,3})$")
# the word after the figure, and what follows it up to the next figure ("Real Madrid 3
# Barcelona 2" is a score)
_NEXT = re.compile(r"\s(?P<next>[A-Z][a-z]+)\b(?P<rest>[^\d]{0,12}\d)?")
# the sentence or the clause ends at the figure ("Fans await Grand Theft Auto 5.")
_CLOSES = re.compile(r"\s*(?:[.!?:;,]|$)")
# the words of a figure's size, and the words that bound or hedge it ("About 40 Iraqi")
_NOT_TITLE = _words("""Million Millions Billion Billions Thousand Thousands Hundred Hundreds
    Trillion Dozen Dozens About Around Nearly Almost Some Over Under Roughly Approximately
    Just Only Another Than More Most Less Fewer Least Exactly Up Down Percent Per Times
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December""")


def title_number(sentence: str, start: int, end: int) -> bool:
    """The figure at [start, end) is a title's own number, as told above."""
    figure = sentence[start:end]
    if not re.fullmatch(r"[1-9]\d{0,2}", figure):
        return False
    run = _RUN_BEFORE.search(sentence, 0, start)
    if run is None:
        return False
    following = _NEXT.match(sentence, end)
    if following is None and not _CLOSES.match(sentence, end):
        return False
    if following is not None and (following.group("rest") or not _title_word(following["next"])):
        return False  # "Real Madrid 3 Barcelona 2", "Sells 10 Million", "Chelsea 3 Points"
    words = run.group("run").split()
    if title_case(sentence):  # "Kabul 5 Afghan Soldiers": a count goes on to its plural
        return len(words) >= 2 and all(_names(word) for word in words) \
            and not _plural_soon(sentence, end)
    # (a word in -s after the title's is its verb: "Windows 10 Update breaks printers")
    opens, word = run.start() == 0 and len(words) == 1, words[0]
    return opens and following is not None and word not in _NOT_TITLE \
        and word.lower() not in _FUNCTION_WORDS and word not in _NO_NAME \
        and not word.endswith("ly") and word.lower() not in PLACES \
        and word.lower() not in CITIES


def _title_word(word: str) -> bool:
    """A word a title goes on to: no plural nor a word of a figure's size or of a date."""
    return not (word in _NOT_TITLE or word in _LEADS or _regular_plural(word)
                or word.lower() in _IRREGULAR)


def _names(word: str) -> bool:
    """A headline's capitalised word that is a name's ("Grand", "Theft", "Auto"), not its
    verb, a word of grammar or a place of a dateline."""
    lower = word.lower()
    return not (word in _NO_NAME or word in _NOT_TITLE or lower in PLACES or lower in CITIES
                or re.search(r"(?:s|ed|ly|ing|['’]s?)$", word) or _verb(lower))
