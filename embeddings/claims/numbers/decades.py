"""Decades told with a part of them or in a short form: "the early 1990s" are 1990-1993,
"the mid-1990s" 1994-1996, "the late 1990s" 1997-1999, "the mid-to-late 1990s" 1994-1999;
"the 1990's" and "the '90s" are the whole decade, 1990-1999.  So "the late 1990s" meets
"1998" and disputes "the early 1990s", where a bare decade would agree with both.

A century's part ("the early 1900s", "the late 1800s") may be its first years or its first
decades, and "the '20s" may be the 1920s or the 2020s: these are read as no figure at all,
so that neither the year nor a count of 20 is claimed.  Someone "in his late 80s" is aged
87 to 89, "in their 40s" 40 to 49, and people "in their 50s and 60s" 50 to 69."""

from __future__ import annotations

import re
from collections.abc import Iterator

from embeddings.types import Quantity

# the years of a decade each part names, by its last digit
_PARTS = {"early": (0, 3), "mid": (4, 6), "middle": (4, 6), "late": (7, 9),
          "mid-to-late": (4, 9), "mid to late": (4, 9), "early-to-mid": (0, 6),
          "early to mid": (0, 6)}
_PART = r"(?P<part>(?i:early|mid(?:dle)?|late)(?:(?:-|\s+)to(?:-|\s+)(?i:mid|late))?)[-\s]+"
# "1990s", "1990's", "1990’s": a decade's year, whose last digit is 0
_DECADE = re.compile(
    rf"(?:(?<![\w-]){_PART}|(?<![\w.,$€£¥/-]))(?P<y>1[89]\d0|20\d0)(?P<mark>['’]?)s(?!\w)")
# "'90s", "’90s": the decade in two figures, of the last century unless it is the 2000s
# a decade of someone's life: "in his late 80s", "in their 40s", "a woman in her early 30s"
# "in their 50s and 60s", "in their late 50s to early 60s", "in his 40s or 50s": a group's
# ages, or one person's guessed, told as two decades of life: one span from the first to
# the last ("their 20s and 30s" is aged 20 to 39, never a count of 30)
_PART2 = _PART.replace("?P<part>", "?P<part2>")
_LIFE_DECADE = re.compile(rf"\b(?i:in\s+(?:his|her|their|my|your|our)\s+)"
                          rf"(?P<age>(?:{_PART})?(?P<d>[1-9]0)['’]?s"
                          rf"(?:\s*(?:,\s*)?(?:and|or|to|[-–])\s*(?:{_PART2})?"
                          rf"(?P<d2>[1-9]0)['’]?s)?)(?!\w)")
_SHORT = re.compile(rf"(?:(?<![\w-]){_PART}|(?<![\w.,]))['’‘](?P<d>\d0)s(?!\w)")


def decades(sentence: str, offset: int) -> Iterator[tuple[Quantity | None, int, int]]:
    """The decades of ``sentence`` told above, each with the span it takes; None for the
    ones too ambiguous to read.  A bare "1990s" is left to the year reader."""
    for m in _DECADE.finditer(sentence):
        year = int(m.group("y"))
        if year % 100 == 0 and year < 2000:
            # "the early 1900s", "the 1900s": the century's years, or its first decade's
            yield None, m.start(), m.end()
            continue
        if m.group("part") or m.group("mark"):
            yield _decade(sentence, m, year, offset)
    for m in _LIFE_DECADE.finditer(sentence):  # "a man in his late 80s": aged 87 to 89
        first, last = _parts(m.group("part"))
        tens, at = int(m.group("d")), m.start("age")
        top = tens
        if m.group("d2") is not None and int(m.group("d2")) > tens:
            top, last = int(m.group("d2")), _parts(m.group("part2"))[1]
        yield (Quantity(m.group("age"), offset + at, offset + m.end(), float(tens + first),
                        float(top + last), "year", "age"), m.start(), m.end())
    for m in _SHORT.finditer(sentence):
        digits = int(m.group("d"))
        if digits < 30:
            yield None, m.start(), m.end()  # "the '20s": the 1920s or the 2020s
            continue
        yield _decade(sentence, m, 1900 + digits, offset)


def _decade(sentence: str, m: re.Match[str], year: int,
            offset: int) -> tuple[Quantity, int, int]:
    first, last = _parts(m.group("part"))
    return (Quantity(m.group(), offset + m.start(), offset + m.end(), float(year + first),
                     float(year + last), None, "year"), m.start(), m.end())


def _parts(part: str | None) -> tuple[int, int]:
    """The first and last of a decade's ten years a part of it names ("late": 7 to 9)."""
    return _PARTS.get(re.sub(r"\s+", " ", part.lower()), (0, 9)) if part else (0, 9)
