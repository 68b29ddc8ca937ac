"""Figures a product's or a business's name holds in a headline, which count nothing.

A model's number stands between its name and what the model has ("Xbox 360 Sales Slump",
"Halo 4 Players Report Bugs"): the plural there is the subject of the headline's verb, in
the plural's own form, where a count before a plural in a headline goes on to a participle
("Kabul 5 Soldiers Killed") or is a lead ("Chelsea 3 Points Clear").  A figure that is an
item of a list of names is one of them ("Xbox One / 360 / PC").  A number word opening a
headline with a plural after it names a business when the verb after is singular: "Five
Guys Opens New Store" says one thing opens, where "Five Men Open Shop" counts five."""

from __future__ import annotations

import re

from embeddings.claims.numbers.names import (
    _DETERMINERS,
    _LEADS,
    _NO_NAME,
    _WORDS_BEFORE,
    _verb,
)
from embeddings.claims.numbers.numerals import _words
from embeddings.claims.numbers.plurals import regular_singular
from embeddings.claims.numbers.units import _regular_plural, title_case
from embeddings.claims.places import CITIES, PLACES

# a plural after the figure and the word after it, the plural's verb in its bare form
_PLURAL_VERB = re.compile(r"\s(?P<plural>[A-Z][a-z]+)\s+(?P<verb>[A-Z][a-z]+)\b")
# a plural's verb the -ing test cannot tell: a verb of being or having
_PLURAL_AUX = _words("Are Were Have Had")


def model_number(sentence: str, start: int, end: int) -> bool:
    """The figure at [start, end) of a Title Case headline is the model's of the name
    before it: a plural the figure would count goes on to its own verb ("Xbox 360 Sales
    Slump", "Boeing 787 Owners Ground Jets"), so the plural is what the model has."""
    if not sentence[start:end].isdigit() or not title_case(sentence):
        return False
    before = _WORDS_BEFORE.search(sentence, 0, start)
    if before is None:
        return False  # "2 Soldiers Die": a count opening the headline
    word, opens = before.group("word"), before.start() == 0
    if not word[0].isupper() or word in _NO_NAME or re.search(r"(?:s|ed|ly|['’]s?)$", word) \
            or (word.endswith("ing") and not opens):
        # "Kill 5 Soldiers", "Top 10 Songs", "Jets 3 Players Fail": no name before, or a
        # word in -s that may be a verb or a team's plural; one in -ing opening the
        # headline is a name ("Boeing 787 Owners")
        return False
    if word.lower() in PLACES or word.lower() in CITIES:
        return False  # "Iraq 5 Soldiers Kill Gunman": a dateline's place, then a count
    after = _PLURAL_VERB.match(sentence, end)
    if after is None:
        return False
    plural, verb = after.group("plural"), after.group("verb")
    if not _regular_plural(plural) or plural in _LEADS:
        return False  # "Chelsea 3 Points Clear": a lead the figure counts
    if verb in _PLURAL_AUX:
        return True  # "iPhone 6 Customers Are Complaining"
    # the plural's verb in its bare form ("Slump", "Complain", "Report"); a participle
    # ("Kabul 5 Soldiers Killed") or a word of grammar ("5 Soldiers In Kabul") leaves a count
    return not (verb in _NO_NAME or re.search(r"(?:s|ed|ly)$", verb)) and _verb(verb)


# an item of a list of names split by slashes: the name across a slash, or the list's bound
_ITEM_BEFORE = re.compile(r"(?:(?P<name>[A-Z][\w’'+-]*)\s?/|[(\[]|^)\s?$")
_ITEM_AFTER = re.compile(r"\s?(?:/\s?(?P<name>[A-Z])|[)\]]|$)")


def listed_number(sentence: str, start: int, end: int) -> bool:
    """The figure at [start, end) is a whole item of a list of names split by slashes
    ("Xbox One / 360 / PC", "PS3/360"), a name as they are; not a date or a rate ("9/11",
    "24/7"), whose neighbours are figures."""
    before = _ITEM_BEFORE.search(sentence, 0, start)
    after = _ITEM_AFTER.match(sentence, end)
    return before is not None and after is not None \
        and (before.group("name") is not None or after.group("name") is not None) \
        and "/" in sentence[before.start():start] + sentence[end:after.end()]


# the number word opening a headline, a plural or a name's word after it, and a verb in -s
_BUSINESS = re.compile(r"(?P<words>(?:\s[A-Z][\w’'-]*){1,2}?)\s(?P<verb>[A-Z][a-z]+(?<!s)s)"
                       r"\s+(?P<next>[A-Z][\w’'-]*)")


def business_number(sentence: str, start: int, end: int, value: float) -> bool:
    """The number word opening a Title Case headline at [start, end) is a business's name
    when the verb after its words is singular: "Five Guys Opens New Store", "Three Mobile
    Cuts Prices".  A count above one takes a verb in the plural's form ("Two Guys Arrested",
    "Five Men Open Shop"), and a word in -s followed by a verb is a plural noun, the verb's
    subject ("Two Car Bombs Kill 20", "Three Mobile Phones Explode")."""
    if start != 0 or value <= 1 or not sentence[start:end].isalpha() \
            or not title_case(sentence):
        return False
    m = _BUSINESS.match(sentence, end)
    if m is None:
        return False
    words, verb, following = m.group("words").split(), m.group("verb"), m.group("next")
    if any(word in _NO_NAME or re.search(r"(?:ed|ly)$", word) for word in words) \
            or verb in _LEADS or not _verb(regular_singular(verb.lower())):
        return False  # "Two Killed As Storm Hits", "Three Points Clear": no name, no verb
    if following in _DETERMINERS:
        return True  # "Five Guys Opens Its First Store"
    return not (following in _NO_NAME or re.search(r"(?:ed|ly)$", following)) \
        and (_regular_plural(following) or not _verb(following))
