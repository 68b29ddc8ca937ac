"""Figures that are a name's own by the way the name is written, which count nothing: a
title in quotes that ends in its number ("“Battlefield 4”"), a label whose figure is which
one, not how many ("Fortune 500 companies", "Model 3 cars", "Week 1 games", "ABC 7
reported"), and an emergency number called ("Mom Calls 911").  The word before the figure
is capitalised, as a name's is; prose writes a count after a lower-case word ("a model 3
metres long", "this week 5 people died").  A count told before such a label counts the
noun after it ("500 Model 3 sedans" are sedans, "12 Fortune 500 companies" companies)."""

from __future__ import annotations

import re

from embeddings.claims.numbers.names import _NO_NAME
from embeddings.claims.numbers.numerals import _words
from embeddings.claims.numbers.units import _plural_soon

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
