"""Spans of time read by what is told of them, and counts of people told by their age.

"The talks took place over three days": after a verb of happening or of change ("was held",
"unfolded", "rose 5%"), an amount ("$1.5 trillion over 10 years") or an event ("talks over
two days"), "over" a span says during it, so the talks took three days, not more; "lasted
over three hours", "for over three days", "over three days late" bound the span.
"A baby aged six months", "18 months of age": the span is an age, as "six months old" is.
"Two 17-year-olds were arrested": two people of that age ("two 17-year-old boys" two boys)."""

from __future__ import annotations

import re

from embeddings.claims.numbers.aged import _AGED_BEFORE

# verbs of happening ("took place", "was held") and of change ("rose", "fell 5%"); not
# "lasted", "took", "waited", "ran", whose "over three hours" is how long, and more than it
_HAPPENED = (r"took\s+place|takes\s+place|taking\s+place|held|unfolded|unfolds|unfolding"
             r"|happened|occurred|played\s+out|rose|risen|rises|fell|fallen|falls|grew|grown"
             r"|grows|climbed|dropped|declined|increased|decreased|jumped|surged|slipped|slid"
             r"|plunged|soared|doubled|tripled|halved")
# the verb, then the change's own figure and its bound ("rose 5%", "fell by about 3 percent",
# "gained 120 points"), then "over"
_DURING = re.compile(rf"\b(?i:{_HAPPENED})(?:\s+(?:by\s+)?(?:(?:about|nearly|almost|more\s+than"
                     r"|over|some)\s+)?[$€£]?\d[\d.,]*\s?(?:%|(?i:percent|per\s+cent|points?"
                     r"|bn|billion|million|m)\b)?)?\s+(?i:over)\s+$")
# an amount told for a span ("cost $1.5 trillion over 10 years", "$20.5 trillion in federal
# spending over 10 years", "a 5% rise over two years") is the amount during it, as is an
# event held for one ("a state visit is an event over four days", "talks over two days")
_AMOUNT_OVER = re.compile(r"(?:[$€£]\d[\d.,]*(?:\s?(?i:bn|billion|trillion|million|m)\b)?"
                          r"|\d[\d.,]*\s?(?:%|(?i:percent|per\s+cent)\b))(?:\s+[a-z]+){0,3}"
                          r"\s+(?i:over)\s+$")
_EVENT_OVER = re.compile(r"\b(?i:events?|talks|summits?|conferences?|festivals?|visits?|meetings?"
                         r"|hearings?|trials?|tournaments?|games|celebrations?|ceremonies)"
                         r"\s+(?i:over)\s+$")
# what makes the span after "over" a bound all the same: "over three days late", "over two
# years ago", "over 40 years old", "a meeting over three hours long"; and "talks over 30
# years of rule" are about them, no span the talks took
_BOUND_AFTER = re.compile(r"\s+(?:late|early|ago|old|older|earlier|later|before|after|behind"
                          r"|overdue|longer|long|of)\b", re.IGNORECASE)


def during_span(sentence: str, start: int, end: int) -> bool:
    """The "over" before the span of time at [start, end) says during it."""
    return any(rule.search(sentence, 0, start) for rule in (_DURING, _AMOUNT_OVER, _EVENT_OVER)) \
        and _BOUND_AFTER.match(sentence, end) is None


# "age six months", "aged two years", "at the age of 18 months"; "18 months of age"
# ("two years of age discrimination claims": "age" names a sort of thing there)
_OF_AGE = re.compile(r"\s+of\s+age\b(?!\s+(?:discrimination|groups?|limits?|gaps?|brackets?"
                     r"|ranges?|verification|restrictions?|requirements?|checks?)\b)",
                     re.IGNORECASE)
_AGO = re.compile(r"\s+ago\b", re.IGNORECASE)
# an age is said of the living: "the Stone Age 5,000 years ago" is no one's
_OLDEST = 120.0


def span_age(sentence: str, start: int, end: int, years: float | None) -> int | None:
    """Where the age ends, when the span of ``years`` at [start, end) is someone's age
    ("aged six months", "18 months of age"); None for a span of anything else."""
    if years is None or years > _OLDEST or _AGO.match(sentence, end):
        return None
    of_age = _OF_AGE.match(sentence, end)
    if of_age is not None:
        return of_age.end()
    return end if _AGED_BEFORE.search(sentence, 0, start) else None


# "two 17-year-olds", "three six-month-olds": people of an age, each counted; "two
# 17-year-old boys" count the noun after the age
_AGED_NOUN = re.compile(r"\s+(?:\d+|[A-Za-z]+(?:-[A-Za-z]+)?)[-\s](?:year|month|week|day)s?-"
                        r"old(?P<olds>s)?\b", re.IGNORECASE)


def aged_count(sentence: str, end: int) -> tuple[bool, int] | None:
    """After a figure ending at ``end``, an age said of the counted: (whether the age is the
    noun itself, "17-year-olds", and where the age ends); None where no age follows."""
    m = _AGED_NOUN.match(sentence, end)
    return None if m is None else (m.group("olds") is not None, m.end())
