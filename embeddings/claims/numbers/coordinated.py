"""A count whose noun comes after words joined by "and", "or", "but" or a comma: "25
transgender or gender-nonconforming people", "millions of black and brown Americans",
"three obvious but important ways", "six naked, or near-naked, demonstrators" count
people, Americans, ways, demonstrators; none counts the first of the joined words.  So do
a place named with its state ("18 Portland, Oregon protesters") and a list of names
("Kills 20 Afghan, Iraqi Soldiers"): a comma with no "and" or "or" joins capitalised words.

The joined words say which of the noun: none is a figure ("two black and three white
officers" are two counts), a plural ("men and women" count men), a word that bounds or
relates ("40 or more", "50 in Ohio and Texas"), a verb's past ("the two embraced and shook
hands"), nor an adverb ("20 mostly young, unarmed men")."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from embeddings.claims.numbers.modifiers import adverb
from embeddings.claims.numbers.numerals import _words, parse_number

# a word that may say which of a noun: "gender-nonconforming", "near-naked", "Portland"
_WORD = r"[A-Za-z][\w’'-]*"
# a state's initials stand as a word of a place: "Washington, D.C., residents"
_JOINED = re.compile(
    rf"\s+(?P<first>{_WORD})"
    rf"(?P<rest>(?:\s*,\s*(?:(?:and|or|but)\s+)?(?:{_WORD}|(?:[A-Z]\.){{2,}})"
    rf"|\s+(?:and|or|but|and/or)\s+(?:{_WORD}|(?:[A-Z]\.){{2,}})){{1,3}})"
    rf"\s*,?(?P<tail>(?:\s+{_WORD}){{1,2}})")
_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|but|and/or)\s+)?")
_PART = re.compile(rf"{_JOIN.pattern}(?P<w>{_WORD}|(?:[A-Z]\.){{2,}})")
# words of how many or which of a noun, never what it is: "20 injured, several children"
_NOT_WHICH = _words("""more less fewer other others many several some few most all none
    each every both either neither such various including mostly mainly about nearly""")
# a verb's past, whose object comes after the joined verbs: "met and shook hands"
_PAST = re.compile(r"[a-z]{3,}[^e]ed|(?:met|went|came|ran|sat|stood|left|fled|fought|sang|"
                   r"took|gave|got|made|said|told|won|lost|held|kept|led|paid|sent|spent|"
                   r"shook|broke|chose|drove|ate|wrote|rose|fell|flew|grew|knew|saw|threw)")


def _which(word: str, function_words: Collection[str]) -> bool:
    """Whether ``word`` may say which of a noun after it (an adjective or a name)."""
    lower = word.lower()
    return not (lower in function_words or lower in _NOT_WHICH or adverb(lower)
                or parse_number(word) is not None or _PAST.fullmatch(lower))


def joined_head(sentence: str, position: int, counts: Callable[[str], bool],
                function_words: Collection[str]) -> str | None:
    """The plural noun a figure ending before ``position`` counts past the words joined
    before it (see above), or None where the words after the figure are no such join."""
    m = _JOINED.match(sentence, position)
    if m is None or counts(m.group("first")) or not _which(m.group("first"), function_words):
        return None
    parts = [(p.group()[: p.start("w") - p.start()], p.group("w"))
             for p in _PART.finditer(m.group("rest"))]
    conjunction = any(re.search(r"\b(?:and|or|but)\b", join) for join, _ in parts)
    for at, (join, word) in enumerate(parts):
        if counts(word) and at > 0 and join.strip() == "," and conjunction:
            return word  # "six naked, or near-naked, demonstrators": the join's last comma
        if counts(word) or not _which(word, function_words):
            return None
        if not conjunction and not (word[0].isupper() and m.group("first")[0].isupper()):
            return None  # "20 injured, several children": a comma alone lists no adjectives
    for word in m.group("tail").split():
        if counts(word):
            return word
        if not _which(word, function_words):
            return None
    return None
