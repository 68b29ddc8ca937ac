"""The words of a name its key is made of (``matching.entity_key``).

A person's or a place's last word carries its identity ("President Ilham Aliyev" ->
"Aliyev").  A body's last word is often only the kind of body it is: "Nasdaq Composite
Index" and "S&P 500 Index", "IBM Corp" and "Intel Corp" end in one generic head, and keyed on
it two different bodies "shared a name".  Such a name is keyed on its head and the word
before it that tells it apart: each key stays one of the names that shared the old one.

A country is written many ways ("United States", "U.S.", "USA", "America"): each form keys
as one short name, so two reports naming it differently still share it.  A designation of
letters and a number ("G7", "F-16", "MH17") keeps its number: it is the name's identity.
"""

from __future__ import annotations

import re

from embeddings.claims.places import PLACES

# the head nouns that say what kind of body a name is, and name none by themselves
_GENERIC_HEADS = frozenset({
    "index", "committee", "party", "company", "group", "association", "university", "college",
    "council", "society", "foundation", "institute", "commission", "corporation", "department",
    "ministry", "agency", "exchange", "federation", "organization", "organisation",
    # "United Airlines" / "American Airlines", "U.S. Supreme Court" / "Kingston Crown Court"
    "airlines", "airline", "airways", "bank", "court"})
# a company's legal form, written after its name, is such a head too: one spelling each
# ("Ford Motor Co." is "Ford Motor Company")
_LEGAL_FORMS = {"co": "company", "corp": "corporation", "inc": "incorporated",
                "ltd": "limited", "llc": "llc", "plc": "plc", "limited": "limited",
                "incorporated": "incorporated"}
# words many bodies put before their head, which tell none apart: "Democratic National
# Committee" / "Republican National Committee" differ in the word before "National"
_GENERIC_MODIFIERS = frozenset({
    "national", "international", "federal", "central", "general", "joint", "select",
    "standing", "permanent"})
# an index is named by its own words ("S&P 500 Index" is "S&P 500" and "S&P"): its head
# and its figure are left out of its key (``key_words``)
_DROPPED_HEADS = frozenset({"index"})

# a country's, a union's or an index's forms, dots and a leading "the" left out, lower case
_FORMS = {
    **dict.fromkeys(("united states", "united states of america", "us", "usa", "america",
                     "american", "americans", "american government"), "us"),
    **dict.fromkeys(("united nations", "un"), "un"),
    **dict.fromkeys(("united kingdom", "uk", "britain", "great britain", "british"), "uk"),
    **dict.fromkeys(("european union", "eu"), "eu"),
    **dict.fromkeys(("united arab emirates", "uae"), "uae"),
    **dict.fromkeys(("soviet union", "ussr", "soviet"), "ussr"),
    "standard & poor": "S&P",  # (its "'s" left out by the caller)
}
# bodies better known by their initials whose letters are not their name's initials
# ("Fed", "CDC" of "Centers for Disease Control and Prevention"), or are a word ("WHO"): the
# name written out keys as its initials, a country's prefix left out ("U.S. Federal
# Reserve").  Initials that are a name's keep their own key, and meet the name where two
# claims are compared (embeddings/initialisms.py): a name written in part ("the Trading
# Commission") keeps meeting it written in full
_INITIALISMS = {
    "world health organization": "WHO", "centers for disease control and prevention": "CDC",
    "centers for disease control": "CDC", "federal reserve": "Fed",
    "national aeronautics and space administration": "NASA"}
# "Group of Seven", "Group of 20", "G-20": one designation ("G7", "G20")
# (the last words of a run: "Leaders of the Group of Seven")
_GROUP_OF = re.compile(r"(?:.* )?(?:group of |g-?)(\d+|seven|eight|twenty)", re.IGNORECASE)
_GROUP_NUMBERS = {"seven": "7", "eight": "8", "twenty": "20"}
_FIGURE = re.compile(r"\d[\d,.]*")
_RUNS = re.compile(r"[A-Za-z]+|\d")
# the key keeps letters only (``matching._word_key``): a designation's digits are spelt,
# each its own word, so "F-22" and "F-23" stay two keys however the key is cut short
_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _head(word: str) -> str | None:
    """The generic head ``word`` is, in one spelling ("Corp." -> "corporation"), or None."""
    lower = word.lower().rstrip(".,")
    return _LEGAL_FORMS.get(lower) or (lower if lower in _GENERIC_HEADS else None)


def _figure(word: str) -> bool:
    return _FIGURE.fullmatch(word) is not None


def _form(words: list[str]) -> str | None:
    """The one form a country, a union or a group is keyed as ("U.S." -> "us"), or None."""
    name = " ".join(words).replace(".", "").lower()
    group = _GROUP_OF.fullmatch(name)
    if group:
        number = group.group(1)
        return "G" + _GROUP_NUMBERS.get(number, number)
    prefix, _, rest = name.partition(" ")
    return _FORMS.get(name) or _INITIALISMS.get(name) or (
        _INITIALISMS.get(rest) if _FORMS.get(prefix) else None)


def _spelt(words: list[str]) -> list[str]:
    """The words with a designation's digits spelt ("F-16" -> "F", "one", "six").  Only a
    designation's: a word's letters in runs of three at most ("MH370", "G20", "H5N1"); a
    word with a number after it ("COVID-19") is still that word."""
    out: list[str] = []
    for word in words:
        runs = _RUNS.findall(word)
        letters = [r for r in runs if r.isalpha()]
        if len(letters) == len(runs) or not letters or max(map(len, letters)) > 3:
            out.append(word)
            continue
        out.extend(r if r.isalpha() else _DIGITS[int(r)] for r in runs)
    return out


def key_words(tokens: list[str]) -> list[str]:
    """The words of a name its key is made of, joined.

    A person or a place: its last word ("President Ilham Aliyev" -> ["Aliyev"]).  A body
    whose name ends in a generic head: the word that tells it apart, then the head ("Intel
    Corp." -> ["Intel", "corporation"], "Democratic National Committee" -> ["Democratic",
    "committee"]), so it still meets its name written without a prefix ("U.S. Commodity
    Futures Trading Commission" / "Commodity Futures Trading Commission") but no longer
    every other party.  An index by its own word ("S&P 500 Index" -> ["S&P"]).  A head alone
    ("Index") is left as it is.  A country by one form ("United States" -> ["us"]).
    """
    words = tokens[1:] if len(tokens) > 1 and tokens[0].lower() == "the" else tokens
    form = _form(words)  # ("Group of 20": its figure is its name)
    if form is not None:
        return _spelt([form])
    # "S&P 500 Index", "FTSE 100": the index of that name, whatever is written after it
    while len(words) > 1 and (_figure(words[-1]) or words[-1].lower() in _DROPPED_HEADS) \
            and any(c.isalpha() for w in words[:-1] for c in w):
        words = words[:-1]
    form = _form(words)
    return _spelt([form] if form is not None else _body_words(words))


def _body_words(tokens: list[str]) -> list[str]:
    head = _head(tokens[-1]) if len(tokens) > 1 else None
    if head is None:
        return tokens[-1:]
    # the nearest word before the head that tells it apart: not a second head ("Wal-Mart
    # Stores Group Inc"), a joiner ("Society of Jesus Foundation") nor a figure; a generic
    # modifier ("National") only where no other word is left ("National Committee")
    fallback = None
    for at in range(len(tokens) - 2, -1, -1):
        word = tokens[at]
        if _head(word) is None and not word.islower() and any(c.isalpha() for c in word):
            if word.lower() not in _GENERIC_MODIFIERS:
                return [*_jurisdiction(tokens[:at], head), word, head]
            fallback = fallback or word
    return [fallback, head] if fallback is not None else [head]


def _jurisdiction(before: list[str], head: str) -> list[str]:
    """A court's place, where its name opens with one: "Kenya Supreme Court" and "Alabama
    Supreme Court" are not the (U.S.) "Supreme Court"; other bodies keep meeting their
    name written without its place ("U.S. Commodity Futures Trading Commission")."""
    if head != "court":
        return []
    for size in (2, 1):
        place = " ".join(before[:size]).lower()
        if len(before) >= size and place in PLACES:
            return before[size - 1:size]
    return []
