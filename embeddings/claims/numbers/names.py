"""Number words that are a name's own: "Xbox One", "Air Force One", "Formula One drivers",
"the Big Ten", "One World Trade Center".  Prose writes a count in lower case ("one
console", "two officers") and capitalises a number word inside the name it belongs to, so a
capitalised number word that opens no sentence or phrase is the name's.  A headline in Title
Case capitalises every word: there the number word is a name's after a capitalised name
("Titanfall's Xbox One Resolution", "Wins Formula One Title"), not after a word of grammar
("Family Of Five", "Have One Thing"), a verb ("Downs Two Planes", "Gunmen Kill Two") or an
owner, and a number above one goes on to no plural noun it would count ("Top Four US
Carriers", "Watch Two Guys").  A figure there is a name's when a name opens its run of
capitalised words and the headline's verb comes after it ("Channel 4 Drops Show", "Metro
2033 Gets Release Date"), where a count comes after the verb ("Apple Sells 10 Million
iPhones", "Dow Falls 200 Points").  An address's or a building's number is no count either
("10 Downing Street", "1 World Trade Center Offices")."""

from __future__ import annotations

import re

from embeddings.claims.numbers.numerals import _words
from embeddings.claims.numbers.plurals import regular_singular, zipf
from embeddings.claims.numbers.units import (
    _IRREGULAR,
    _MEN,
    _plural_soon,
    _regular_plural,
    title_case,
)
from embeddings.claims.places import CITIES, PLACES

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
                              or (_regular_plural(first) and not re.search(r"['’]s$", first)
                                  and _verb(word))):
        # "Gunmen Kill Two", "Police Arrest One": the word is the plural's verb; a word in -s
        # is the headline's verb when the next is none ("Wins Formula One", "Cuts Xbox One")
        return False
    return text == "One" or not _plural_soon(sentence, end)


def _verb(word: str) -> bool:
    """A word a headline can use as its verb: English writes its form in -ing ("Kill",
    "Arrest", "Down", "Free"), which a name's word has not ("Formula", "Xbox", "Metro")."""
    lower = word.lower()
    forms = {lower + "ing", lower + lower[-1] + "ing", lower.removesuffix("e") + "ing"}
    return max(zipf(form) for form in forms) >= _VERB_ING


# "arresting" 3.5, "downing" 3.4, "unveiling" 3.2; "titling" 2.4, "othering" 2.0, "formulaing" 0
_VERB_ING = 2.5
# the headline's verb in -s after a figure, and the word after it, which shows it a verb
_VERB_AFTER = re.compile(r"\s(?P<verb>[A-Z][a-z]+(?<!s)s)\s+(?P<next>[A-Z][\w’'-]*)")
# a headline's verb takes an article or an owner's word, which a counted noun does not
_DETERMINERS = _words("A An The Its His Her Their Our Your My First Last Next Final")
# plurals in -s a headline counts and that English also writes as verbs ("Chelsea 3 Points
# Clear", "Ukraine 2 Years On"): a lead or a span, never the headline's verb after a figure
_LEADS = _words("""Points Goals Games Runs Seats Votes Shots Strokes Lengths Places Wins
    Seconds Minutes Hours Days Weeks Months Years Decades""")


def figure_name(sentence: str, start: int, end: int) -> bool:
    """The figure at [start, end) of a Title Case headline is the name's before it: a name
    opens the run of capitalised words it ends ("Channel 4", "Metro 2033") and a verb in -s
    with its object follows ("Drops Show", "Gets Release Date").  A count after a name comes
    after the headline's verb ("Apple Sells 10 Million iPhones") or goes on to the plural it
    counts ("Kabul 5 Soldiers Killed"), a lead or a span ("Chelsea 3 Points Clear")."""
    if not sentence[start:end].isdigit() or not title_case(sentence):
        return False
    before = _WORDS_BEFORE.search(sentence, 0, start)
    if before is None:
        return False  # "2014 World Cup Opens": a year or a count opening the headline
    word, opens = before.group("word"), before.start() == 0
    if word.lower() in PLACES or word.lower() in CITIES:
        return False  # "Syria 10 Rebels Surrender": a dateline's place, then a count
    if not word[0].isupper() or (word in _NO_NAME and not _named_verb(word, before)) \
            or re.search(r"(?:ed|ly|['’]s?)$", word) \
            or (re.search(r"(?:s|ing)$", word) and not opens):
        # "Sells 10", "In 2013", "Top 10", "Dow's 5": no name before; a word in -s or -ing
        # may be a verb, unless it opens the headline ("Windows 8 Gets", "Boeing 787 Makes")
        return False
    if re.fullmatch(r"[A-Z][a-z]+[A-Z][\w-]*", word) and not _plural_soon(sentence, end):
        return True  # "PlayStation 4 Price", "GoPro 3 Review": a product's model
    after = _VERB_AFTER.match(sentence, end)
    if after is None or after.group("verb") in _LEADS \
            or not _verb(regular_singular(after.group("verb").lower())):
        return False  # "Xbox 360 Sales Slump", "Chelsea 3 Points Clear": no verb of its own
    following = after.group("next")
    return following in _DETERMINERS or not (
        following in _NO_NAME or re.search(r"(?:ed|ly)$", following) or _regular_plural(following))


# words on the list of words of grammar for the verb they are before a count ("Watch Two
# Guys") that are also a product's last word after a name ("Apple Watch 2 Gets Release
# Date"); a short list, as no structure tells the noun from the verb there
_NAME_VERBS = _words("Watch")


def _named_verb(word: str, before: re.Match[str]) -> bool:
    """The word before a figure is a name's after a name's word ("Apple Watch"), not the
    verb of a subject before it ("Fans Watch"), nor one opening the headline."""
    first = before.group("first")
    return word in _NAME_VERBS and first is not None and first[0].isupper() \
        and first not in _NO_NAME and not re.search(r"(?:s|ed|ly|['’]s?)$", first)


# the number of an address or a building: "10 Downing Street", "One World Trade Center",
# "600 Congress Ave., Austin", "12 Main St, where" (a street's abbreviation, with its stop
# or without, ends on no word boundary before a comma); a street's name may hold a saint's,
# a mount's or a point's abbreviation ("12 St. James Street", "400 N. Michigan Avenue",
# "100 Martin Luther King Jr. Boulevard")
_ADDRESS = re.compile(r"\s+(?P<name>(?:(?:[A-Z][\w'’-]*|(?:St|Ste|Mt|Ft|Dr|Jr|[NSEW])\.)\s+){1,4})"
                      r"(?:(?:(?P<building>Center|Centre"
                      r"|Tower|Plaza)|Street|Road|Avenue|Boulevard|Square|Lane|Place|Drive|Way)\b"
                      r"|(?:St|Rd|Ave|Blvd)\b\.?)")


def address_number(sentence: str, end: int, value: float) -> bool:
    """The number ending at ``end`` is an address's or a building's, no count.  In a Title
    Case headline a word of grammar or a participle is none of the name ("Two Killed On
    Main Street"); a building's name may go on to a plural, which a number above one
    counts ("Two Medical Center Nurses") and one cannot ("1 World Trade Center Offices")."""
    address = _ADDRESS.match(sentence, end)
    if address is None:
        return False
    if title_case(sentence) and any(word in _NO_NAME or re.fullmatch(r"[A-Z][a-z]{2,}ed", word)
                                    for word in address.group("name").split()):
        return False  # (prose capitalises only a name's words: "1 First Street")
    return not (address.group("building") and value != 1
                and _plural_soon(sentence, address.end()))
