"""What kind of answer a query asks for, and which story it names.

"How many Armenians left Karabakh" asks for a count: of the clusters near the query, those
whose matching claims give a count answer it, and the ones that only share its topic do
not.  The query is read for its question words only; nothing is learned or weighted.
"""

from __future__ import annotations

import re

# question -> the kinds of quantity (``Quantity.kind``) that answer it
_ASKS = (
    (re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\b(?:death\s+)?toll\b|\bcasualt", re.I),
     frozenset({"count"})),
    (re.compile(r"\bhow\s+much\b|\bcost\b|\bworth\b|\bprice\b", re.I),
     frozenset({"money", "count", "percent", "measure"})),
    (re.compile(r"\bwhat\s+(?:share|percent(?:age)?|proportion|fraction)\b|\bhow\s+large\s+a\s+share",
                re.I), frozenset({"percent"})),
    # "how many times more likely": a ratio ("2.5 times"), as well as a count of times
    (re.compile(r"\bhow\s+many\s+times\b|\bhow\s+much\s+(?:more|less)\s+likely\b", re.I),
     frozenset({"ratio"})),
    (re.compile(r"\bhow\s+long\b", re.I), frozenset({"duration"})),
    (re.compile(r"\bhow\s+(?:far|big|large|high|tall|deep|wide)\b", re.I),
     frozenset({"measure", "count"})),
    (re.compile(r"\b(?:when|what\s+(?:year|date|day))\b", re.I), frozenset({"date", "year"})),
)


def quantity_asked(query: str) -> frozenset[str]:
    """The quantity kinds the query asks for ("how many ..." -> {"count"}); empty if none."""
    kinds: set[str] = set()
    for pattern, answer in _ASKS:
        if pattern.search(query):
            kinds |= answer
    return frozenset(kinds)


# "how many", "how long": the word after "how" says what kind of answer is asked, not what about
_HOW = re.compile(r"\bhow\s+([A-Za-z]+)", re.I)


def words_asked_about(query: str) -> list[str]:
    """The query's content words, less those of its question form ("How many passengers are
    missing?": passengers, missing), once each: what a stored claim must mention to be
    about it (the form's words are no part of any claim)."""
    from embeddings.lexical import content_words

    form = {m.group(1).lower() for m in _HOW.finditer(query)}
    return list(dict.fromkeys(w for w in content_words(query) if w.isalpha() and w not in form))


# a query's name that is also a common word ("Aid groups said ...") singles out no story
COMMON_WORD = 4.5  # wordfreq Zipf frequency


def names_asked(query: str) -> list[str]:
    """The names a query gives ("Karsan earthquake death toll": Karsan)."""
    from wordfreq import zipf_frequency

    from embeddings.claims.entities import find_entities

    return [e.text for e in find_entities(query)
            if zipf_frequency(e.text.split()[-1], "en") < COMMON_WORD]
