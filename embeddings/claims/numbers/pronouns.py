""""One" standing for a noun, never a figure: "a truly honest one", "the larger one", "a
second one", "changing one’s biological sex".  An article or a possessive already says
which or how many; "one" after it and the words that describe it stands in for the noun
the sentence left out, and "one’s" is the generic pronoun's.  A count of one goes on to
what it counts ("a mere one percent", "a total of one person") and stays a figure."""

from __future__ import annotations

import re

from embeddings.claims.numbers.numerals import _words
from embeddings.claims.numbers.units import _AFTER, _FUNCTION_WORDS

# "a second one", "the larger one", "their previous one", "a cynically incompetent one": a
# determiner and one describing word, or two or three when all but the last say how (in
# -ly); "the man punched one", "a crowd killing one" are a verb's count of one
_DESCRIBED = re.compile(r"\b(?i:a|an|the|another|his|her|its|their|our|my|your)\s+"
                        r"(?P<words>(?:[A-Za-z][\w’'-]*ly\s+){0,2}[A-Za-z][\w’'-]*\s+)$")
# what goes on after a noun's stand-in: a punctuation mark, the sentence's end, a word of
# the clause ("a state one, it means", "a previous one at", "a Labour one would be") or a
# comparison ("a second one more than three weeks later"), never a noun it counts ("the
# man punched one officer")
_AFTER_STAND_IN = re.compile(r"\s*(?:[^\w\s]|$)|\s+(?P<word>[A-Za-z]+)\b")
_CLAUSE_WORDS = _FUNCTION_WORDS | _words("more less")
# words that bound or total a figure after an article: "a mere one percent", "an additional
# one", "a net one", "a record one"; they tell a count, not a described thing
_COUNT_WORDS = _words("""mere whopping staggering paltry measly meagre meager estimated
    additional extra total net further record full solid scant bare""")
# what stands between a preposition or a verb and its figure ("a total of one", "an
# audience of one", "the vote was one"), but "the only one", "the next one", "the last
# one" describe the noun left out
_BETWEEN = _FUNCTION_WORDS - _words("only next last coming")
# "changing one’s biological sex", "one's own child" (not "only one's left": one is left)
_POSSESSIVE = re.compile(r"[’']s\s+(?!(?:been|got|gone|left|still|not|now|already)\b)[a-z]")


def pronoun_one(sentence: str, start: int, end: int) -> bool:
    """The "one" at [start, end) stands for a noun or for anyone, and counts nothing."""
    if sentence[start:end].lower() != "one" or _AFTER.match(sentence, end):
        return False  # "a mere one percent", "a one mile stretch": one of a unit
    if _POSSESSIVE.match(sentence, end):
        return True
    described = _DESCRIBED.search(sentence, 0, start)
    after = _AFTER_STAND_IN.match(sentence, end)
    if described is None or after is None or (
            after.group("word") and after.group("word").lower() not in _CLAUSE_WORDS):
        return False
    words = [w.lower() for w in described.group("words").split()]
    # "a total of one", "an audience of one": a count of one, told after a preposition
    return not any(w in _BETWEEN or w in _COUNT_WORDS or w[0].isdigit() for w in words)
