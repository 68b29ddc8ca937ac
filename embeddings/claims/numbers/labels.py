"""Figures that are a name's own by the way the name is written, which count nothing: a
title in quotes that ends in its number ("“Battlefield 4”"), a label whose figure is which
one, not how many ("Fortune 500 companies", "Model 3 cars", "Week 1 games", "ABC 7
reported"), and an emergency number called ("Mom Calls 911").  The word before the figure
is capitalised, as a name's is; prose writes a count after a lower-case word ("a model 3
metres long", "this week 5 people died").  A count told before such a label counts the
noun after it ("500 Model 3 sedans" are sedans, "12 Fortune 500 companies" companies).
A noun whose number names one of them ("Chapter 11", "Flight 370") and a name right before
its figure ("Boeing 737", "iPhone 6 users", "iOS 8.2") say which one as well (``name_label``
tells all of these)."""

from __future__ import annotations

import re

from embeddings.claims.numbers.fates import _FATE_NOUNS
from embeddings.claims.numbers.names import _NO_NAME
from embeddings.claims.numbers.numerals import _MODIFIER, _OR_MORE, _words
from embeddings.claims.numbers.units import (
    _AFTER,
    _BEFORE_NOUN,
    _FUNCTION_WORDS,
    _HEADLINE_VERB,
    _IRREGULAR,
    _UNIT_WORD,
    _plural_soon,
    title_case,
)

# a title in quotes, its words capitalised, that the figure closes: "“Battlefield 4”",
# "\"Rocky 2\""; not a quoted count ("“we lost 4”"), whose words are no name's
# ("'Battlefield 4'" in straight quotes; the quote is no owner's mark: "Battlefield 4's")
_QUOTED_TITLE = re.compile(r"(?<!\w)[“\"‘'](?:[A-Z][\w’'&:.-]*\s+){1,4}$")
_CLOSING_QUOTE = re.compile(r"[”\"’'](?!\w)")
# a quoted sentence's subject, which no title in a name's words has ("'We Lost 4'")
_PRONOUNS = _words("I We You He She It They")
# labels whose figure says which one: a ranking list ("Fortune 500"), a car's or a device's
# model ("Model 3", "Model S" has none), a round of a season ("Week 1", "Matchday 3"), a
# broadcaster's channel ("ABC 7", "Fox 5", "BBC 2", "Channel 4")
_LABEL_WORDS = r"Fortune|Model|Week|Matchday|Gameweek|Channel|ABC|NBC|CBS|FOX|Fox|PBS|CW|BBC|ITV"
_LABELS = re.compile(rf"(?<![\w’'-])(?:{_LABEL_WORDS})\s$")
# a word of when or how many before "Week" makes it a span ("This Week 5 People Died")
_SPAN_BEFORE = re.compile(r"\b(?i:this|last|next|that|a|one|per|every|each|the\s+same)\s+$")
# the ranking lists' own sizes: "Fortune 500", "Fortune 1000" ("Fortune 3" is no list)
_LISTS = {"Fortune": {"50", "100", "500", "1000"}}
# the emergency numbers, called or dialled: "Calls 911 On Son", "dialled 999"
_EMERGENCY = re.compile(r"\b(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing"
                        r"|dialling)\s+$", re.IGNORECASE)
_EMERGENCY_NUMBERS = frozenset({"911", "999", "112"})


def labelled_number(sentence: str, start: int, end: int) -> bool:
    """The figure at [start, end) is a name's number, as told above."""
    figure = sentence[start:end]
    if not figure.isdigit():
        return False
    if figure in _EMERGENCY_NUMBERS and _EMERGENCY.search(sentence, 0, start):
        return True  # "Mom Calls 911": the number dialled, not 911 of anything
    title = _QUOTED_TITLE.search(sentence, 0, start)
    if title and _CLOSING_QUOTE.match(sentence, end) \
            and not any(word in _NO_NAME or word in _PRONOUNS
                        for word in title.group()[1:].split()):
        return True  # "Outsell “Battlefield 4”": a title's number; "'We Lost 4'" is a quote
    label = _LABELS.search(sentence, 0, start)
    if label is None or len(figure) > 4:
        return False
    word = label.group().strip()
    if _SPAN_BEFORE.search(sentence, 0, label.start()):
        return False
    return figure in _LISTS.get(word, {figure}) and not sentence[end:end + 1].isalnum()


# a label and its figure after a count, before the counted noun: " Model 3", " Fortune 500"
_LABEL_AFTER = re.compile(rf"\s+(?:{_LABEL_WORDS}) (?P<n>\d+)\b")


def past_label(sentence: str, end: int) -> int:
    """Where the counted noun after a count ending at ``end`` starts: past a label and its
    figure when a plural follows them ("500 Model 3 sedans"), else at ``end`` ("500 Model 3
    last year" leaves the model as what is counted)."""
    label = _LABEL_AFTER.match(sentence, end)
    if label is None or not labelled_number(sentence, label.start("n"), label.end("n")) \
            or not _plural_soon(sentence, label.end()):
        return end
    return label.end()


# nouns whose number names one of them: "files for Chapter 11" is no count of eleven, nor
# is "Room 101 is where ..." a count of rooms where the name opens the sentence
_LABEL_BEFORE = re.compile(
    r"\b(?:[Cc]hapter|Ch\.|[Aa]rticle|[Ss]ection|Sec\.|[Pp]aragraph|[Cc]lause|[Aa]mendment|"
    r"[Rr]esolution|[Ff]light|[Gg]ate|[Tt]erminal|[Pp]latform|[Rr]oute|Interstate|Highway|"
    r"Apollo|Proposition|Prop\.|Measure|No\.|H\.R\.|Room|Suite|Apt\.|Exit|Pier|Studio|Title)\s+$")


# a figure right after a name is the name's own ("Boeing 737", "Max 8", "Itanium 2
# processor", "Local 700"), where the name is no first word of a sentence ("About 40") and
# no month, day or word that bounds a figure, nor an owner ("Baghdad's 14 cells"); a
# headline in Title Case capitalises all ("Chrysler Recalls 25000 Vehicles"), and a count
# goes on to its plural noun or a fate
_NAME_BEFORE = re.compile(r"(?<=[\w’'”)] )(?:[A-Z][\w&-]*|[a-z]+[A-Z][\w-]*) $")
_NOT_NAMES = _words("""About Around Nearly Almost Some Over Under Roughly Approximately
    Just Only Another Than Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December Jan Feb
    Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Category Level Stage Phase Grade Tier Force Magnitude Alert""")  # a grade is compared


# a name before a figure in a Title Case headline, which may open it ("Windows 8 Climbs")
_HEADLINE_NAME = re.compile(r"(?:^|(?<=[\w’'”)] ))(?:[A-Z][\w&-]*|[a-z]+[A-Z][\w-]*) $")


# a product's name in camel case ("iOS", "iPhone", "macOS"): the figure after it is its
# version or model, never a count, wherever the name stands ("Hairgate: iPhone 6 users"),
# and so when a sentence's first letter is capitalised ("IPhone 6 users are tearing")
_PRODUCT = re.compile(r"[a-z]+[A-Z][\w-]*")
_PRODUCT_BEFORE = re.compile(r"(?<![\w’'-])(?:[a-z]+[A-Z][\w-]*|[A-Z][A-Z][a-z]{2,}[\w-]*) $")
# a version's figure with its point release: "iOS 8.2"
_VERSION = re.compile(r"\d+\.\d+")
# a sentence's first word, which may be a name before its figure ("Team 5 source: ...")
_OPENER = re.compile(r"[A-Z][a-z]+ ")


def _opening_name(sentence: str, start: int, end: int) -> bool:
    """The figure after a sentence's first word is the name's when it is above one and goes
    on to a singular noun it cannot count, with no plural after ("Team 5 source: Missing
    soldiers found"); a word that bounds or hedges a figure is no name ("About 40 more")."""
    opener = _OPENER.fullmatch(sentence, 0, start)
    if opener is None or not sentence[start:end].isdigit() or int(sentence[start:end]) < 2:
        return False
    word = opener.group().strip()
    if word in _NOT_NAMES or word.lower() in _FUNCTION_WORDS \
            or re.search(r"(?:s|ed|ly)$", word) or _MODIFIER.search(sentence, 0, start):
        return False  # "Perhaps 40 fled", "Only 3 remain": a hedge or a bound, no name
    following = _UNIT_WORD.match(sentence, end)
    if following is None or _AFTER.match(sentence, end) or _OR_MORE.match(sentence, end) \
            or _plural_soon(sentence, end):
        return False
    noun = following.group(1)
    return noun.islower() and not (noun in _FUNCTION_WORDS or noun in _BEFORE_NOUN
                                   or re.search(r"(?:s|ed)$", noun) or noun in _IRREGULAR
                                   or noun in _FATE_NOUNS)


def _named(sentence: str, start: int, end: int) -> bool:
    if _PRODUCT_BEFORE.search(sentence, 0, start) and (sentence[start:end].isdigit() or (
            _VERSION.fullmatch(sentence, start, end) and not _AFTER.match(sentence, end))):
        # "iPhone 6 users say", "HairGate: iPhone 6 Customers Are Complaining", and a point
        # release, "iOS 8.2 arriving Monday" (not a size: "iPad 9.7 inches")
        return True
    if title_case(sentence):  # every word capitalised: only a headline's verb tells a name
        name = _HEADLINE_NAME.search(sentence, 0, start)
        if name is None or name.group().strip() in _NOT_NAMES or not sentence[start:end].isdigit():
            return False
        # "iPhone 6 Launch Date Leaked": a camel-case product's version, whatever follows
        return _PRODUCT.fullmatch(name.group().strip()) is not None \
            or _HEADLINE_VERB.match(sentence, end) is not None
    name = _NAME_BEFORE.search(sentence, 0, start)
    if name is None:
        return _opening_name(sentence, start, end)
    if name.group().strip() in _NOT_NAMES or not sentence[start:end].isdigit():
        return False
    if _AFTER.match(sentence, end) or _OR_MORE.match(sentence, end) \
            or re.match(r"\s*[-–—]", sentence[end:]):
        return False  # "Gaza 40 km", "Texas 3-2", "Japan 21 -- about to be 22 -- deals"
    following = _UNIT_WORD.match(sentence, end)
    if following is None or _PRODUCT.fullmatch(name.group().strip()):
        return True  # "iOS 8 deletes files", "iPhone 6 users": a version, whatever follows
    word = following.group(1)
    return not (word.islower() and (word.endswith("s") or word in _IRREGULAR
                                    or word in _FATE_NOUNS))


def name_label(sentence: str, start: int, end: int) -> bool:
    """The figure at [start, end) is a name's or a label's own, not a count: after a noun
    whose number names one of them ("Chapter 11", "Flight 370"), a label or a title
    (``labelled_number``), or a name ("Boeing 737", "iOS 8.2", "Team 5 source")."""
    return _LABEL_BEFORE.search(sentence, 0, start) is not None \
        or labelled_number(sentence, start, end) or _named(sentence, start, end)
