"""Ages told by the words around a figure: "aged 65", "the age of 18", "ages 10, 9 and 4",
"people 65 and over", "Kenia Avila, 35, said".  An age is not a count of anything, and two
claims' ages are compared only with each other."""

from __future__ import annotations

import re

from embeddings.claims.numbers.numerals import _words, parse_number
from embeddings.claims.numbers.units import _counts_something

# "aged 65", "people 65 and over", "children 5 and under", "Kenia Avila, 35, said": an age is
# not a count of anything, and two claims' ages are compared only with each other
# "aged 65", "the age of 18", "raise the retirement age to 65"
# ("children as young as 13", "those as old as 90")
_AGED_BEFORE = re.compile(r"\b(?:aged?|ages)\s+(?:(?:of|to|at)\s+|from\s+\d{1,3}\s+to\s+)?$"
                          r"|\bas\s+(?:young|old)\s+as\s+$", re.IGNORECASE)
# each of a list of ages: "ages 10, 9 and 4", "aged 13 and 14" (not "aged 30 and 3 dogs")
_AGES_LISTED = re.compile(r"\b(?:aged?|ages)\s+\d{1,3}(?:,\s*\d{1,3})*(?:,\s*|,?\s+(?:and|or)\s+)$",
                          re.IGNORECASE)
# "the retirement age from 62 to 64": a change of age, each end an age
_AGE_RANGE = re.compile(r"(?:from\s+|between\s+)?\d{1,3}\s*(?:to|and|-|–)\s*\d{1,3}")
_AGE_BOUND_AFTER = re.compile(r"\s+(?:and|or)\s+(?P<up>over|older|above|up)\b"
                              r"|\s+(?:and|or)\s+(?P<down>under|younger|below)\b", re.IGNORECASE)
_AGE_HOLDERS = _words("people persons adults children kids those anyone everyone men women "
                      "patients residents seniors americans citizens voters workers")
_APPOSITIVE_AGE = re.compile(r"[A-Z][\w’'.-]+,\s$")


def _age(sentence: str, start: int, end: int) -> tuple[int, bool, bool] | None:
    """(end of the age phrase, keeps its low bound, keeps its high bound) if the number at
    [start, end) is someone's age."""
    figure = sentence[start:end]
    if _AGE_RANGE.fullmatch(figure):
        ends = [int(n) for n in re.findall(r"\d+", figure)]
        if _AGED_BEFORE.search(sentence, 0, start) and all(0 < n <= 120 for n in ends):
            return end, True, True
        return None
    value = parse_number(figure)
    if value is None or not 0 < value <= 120 or not figure.isdigit():
        return None
    bound = _AGE_BOUND_AFTER.match(sentence, end)
    holder = sentence[:start].split()[-1:]
    if bound and (_AGED_BEFORE.search(sentence, 0, start)
                  or (holder and holder[0].lower().strip(",") in _AGE_HOLDERS)):
        return bound.end(), not bound.group("down"), not bound.group("up")
    if _AGED_BEFORE.search(sentence, 0, start) or (
            _AGES_LISTED.search(sentence, 0, start) and not _counts_something(sentence, end)):
        return end, True, True
    if _APPOSITIVE_AGE.search(sentence, 0, start) and sentence[end:end + 1] == ",":
        return end, True, True
    return None
