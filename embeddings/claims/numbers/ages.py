"""Ages told without "aged" or "-year-old": by the death they end ("Dead At 57", "died at
88"), by the clause they open ("Now 25, he sought asylum"), by the speaker ("I'm 41,"), by
a person's years now ("He is now 30,"), by what someone was or became at it ("liberal at 20",
"married at 19"), or by a birthday or an anniversary ("The Bull
Market Turns 5").  Each is a span of years of someone or something, which an outlet's
"56" disputes as an age, never as a count of 57 of anything.  The figure goes on to no
noun it counts: "died at 57 percent" is a share, "turns 5 pages" a count, "now 25 people"
a count, and "at 5 p.m." a time (read before)."""

from __future__ import annotations

import re

from embeddings.claims.numbers.numerals import _words
from embeddings.claims.numbers.units import _FUNCTION_WORDS, _UNIT_WORD

# "Dead At 57", "died at 88", "who dies at 90": the age a life ended at
_DIED_AT = re.compile(r"\b(?:dead|dies|died|dying)\s+at\s+$", re.IGNORECASE)
# "Now 25, he sought", "and, now 30, lives in": a clause's opening figure, set off by a comma
_NOW = re.compile(r"(?:^|[,;:(—–]\s*|\band\s+)[Nn]ow\s+$")
# "I'm 41,", "I am 12.": the speaker's age, said of nothing else
_I_AM = re.compile(r"\bI(?:['’]m|\s+am)\s+$")
# "He is now 30,", "She was now 45.", "Smith, who is now 62,": a person's figure now, told
# of nothing else (a toll, a price or a rate "is now 30" too, and stays a count: its
# subject is no person's); a name stands after other words ("said Smith is now 30"), as a
# sentence's first word may be any noun ("Inflation is now 3."), and a name after "the" is
# no person's ("the Dow is now 30,")
_PERSON_NOW = re.compile(r"(?:\b(?i:he|she|they|who)|\bI"
                         r"|(?<=\w )(?<!\b(?i:the|its) )[A-Z][a-z]+)"
                         r"(?:\s+(?:is|was|are|were|am)|['’][sm])\s+now\s+$")
# "liberal at 20", "married at 19", "retired at 65", "became a millionaire at 25", "a mother at
# 16": what a person was or became by an age; the word before "at" says so (a level, a price
# or a time "at 20" follows other words: "stood at 20", "trading at 20", "capped at 20")
_BEING_AT = re.compile(r"\b(?:(?:liberal|conservative|radical|socialist|communist|millionaire"
                       r"|billionaire|married|wed|widowed|orphaned|retired|retire|retires"
                       r"|retiring|pregnant|diagnosed|enlisted|emigrated|graduated|debuted"
                       r"|mother|father|parent|grandmother|grandfather|grandparent|widow|widower"
                       r"|champion|prodigy|orphan|bride|groom)"
                       r"|(?:became|become|becomes|becoming)\s+(?:an?\s+)?[a-z]+(?:\s+[a-z]+)?(?<!s))"
                       r"\s+at\s+(?:(?:just|only|age|the\s+age\s+of)\s+)?$", re.IGNORECASE)
# "The Bull Market Turns 5", "she turned 40 last week": a birthday or an anniversary
_TURNS = re.compile(r"\b(?:turns|turned|turning)\s+$", re.IGNORECASE)
# the words after a birthday that say when, no counted noun ("turns 5 today")
_WHEN = _words("today tomorrow yesterday tonight")
# the end of an age's clause: a comma, a stop, a colon, a dash, a quote or the sentence's end
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)”\"'’—–-]|$)")


def said_age(sentence: str, start: int, end: int) -> bool:
    """The whole figure at [start, end) is an age by the words around it (see above)."""
    figure = sentence[start:end]
    if not figure.isdigit() or not 0 < int(figure) <= 120:
        return False
    closes = _CLAUSE_END.match(sentence, end) is not None
    if _NOW.search(sentence, 0, start) or _I_AM.search(sentence, 0, start) \
            or _PERSON_NOW.search(sentence, 0, start):
        return closes
    if _DIED_AT.search(sentence, 0, start) or _TURNS.search(sentence, 0, start) \
            or _BEING_AT.search(sentence, 0, start):
        # "died at 88 on Sunday", "turns 5 today": a word of when, no counted noun
        following = _UNIT_WORD.match(sentence, end)
        return closes or (following is not None and (
            following.group(1).lower() in _FUNCTION_WORDS
            or following.group(1).lower() in _WHEN))
    return False
