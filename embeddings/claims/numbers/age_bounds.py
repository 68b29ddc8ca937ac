"""Ages told by words that ``units._age`` and ``spans.span_age`` do not read.

"everyone over age six months", "children under the age of 18", "aged six months and older":
a bound on an age (at least half a year; at most 18), so an outlet's "aged 65 and over" meets
"over age 65" and neither says anyone is exactly that old.  "aged five", "under age one": an
age written in words, as "aged 5" is.  "The victim, 65, was taken", "a man, 32, was charged":
a figure set off by commas after a person's noun is that person's age, as it is after a name
("Smith, 54, said"), never a count of 65 victims."""

from __future__ import annotations

import re

from embeddings.claims.numbers.aged import _AGE_BOUND_AFTER, _AGED_BEFORE
from embeddings.claims.numbers.numerals import _words
from embeddings.claims.numbers.units import _counts_something

# "over age 65", "under the age of 18", "older than age 12": the words before the age bound it
_BOUND_BEFORE = re.compile(r"\b(?:(?P<low>over|above|older\s+than)|(?P<high>under|below"
                           r"|younger\s+than))\s+(?:the\s+)?age(?:\s+of)?\s+$", re.IGNORECASE)


def age_bounds(sentence: str, start: int, end: int) -> tuple[int, int, bool, bool]:
    """(start, end, keeps its low bound, keeps its high bound) of the age at [start, end) with
    the bound said before it ("over age") or after it ("and older") taken in."""
    keep_low = keep_high = True
    before = _BOUND_BEFORE.search(sentence, 0, start)
    if before is not None:
        start = before.start()
        keep_low, keep_high = not before.group("high"), not before.group("low")
    after = _AGE_BOUND_AFTER.match(sentence, end)
    if after is not None:
        end, keep_low, keep_high = after.end(), not after.group("down"), not after.group("up")
    return start, end, keep_low, keep_high


# whose age a figure set off by commas tells: people, by what they are or are to someone
_PERSON_NOUNS = _words("""man woman boy girl baby toddler child teenager teen youth victim
    suspect driver passenger pilot pedestrian cyclist motorcyclist rider gunman shooter
    attacker assailant defendant survivor witness patient mother father son daughter wife
    husband brother sister widow widower grandmother grandfather grandson granddaughter
    uncle aunt nephew niece cousin girlfriend boyfriend fiancé fiancee partner friend
    neighbour neighbor student pupil teacher nurse doctor officer soldier worker resident""")
# "the victim, ", "his elderly father, ", and a headline's "Texas boy, 9, suspended" with no
# determiner: the noun right before the comma that opens the age
_PERSON_BEFORE = re.compile(r"\b(?P<noun>[a-z]+),\s$")


_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")


def other_age(sentence: str, start: int, end: int, value: float) -> bool:
    """The figure of ``value`` at [start, end) is an age by the words around it (see above)."""
    if not value.is_integer() or not 0 < value <= 120:
        return False
    figure = sentence[start:end]
    if not figure.isdigit():  # "aged five", "under age one" (not "aged five years": a span)
        return _WORDS.fullmatch(figure) is not None \
            and _AGED_BEFORE.search(sentence, 0, start) is not None \
            and not _counts_something(sentence, end)
    person = _PERSON_BEFORE.search(sentence, 0, start)
    return person is not None and person.group("noun") in _PERSON_NOUNS \
        and sentence[end:end + 1] == ","
