"""Who a title names in a Title Case headline.

After a title a run's words are its holder's name ("Secretary of State John Kerry"), but a
Title Case headline capitalises its verbs too: "Secretary of State Resigns", "Prime Minister
Announces New Tax" read as people named "Resigns" and "Announces New Tax".  There the
holder's name stops at the headline's verb (a word in "-s" of a common English verb, not a
surname of a first name's form: "Roberts", "Williams") or at a word of grammar ("To",
"Will"); a title with no name before its verb names no one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from embeddings.claims.genders import name_gender
from embeddings.claims.name_words import _STARTERS, is_title

_LONG_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
# the English frequency (Zipf) of a verb's stem above which "-s" on it is the verb's
# ("resign" 3.97, "announce" 4.3, "visit" 5.0), not a surname's ("Brooks": "brook" 3.7,
# "Evans": "evan" 3.8)
_COMMON_STEM = 3.9
_ES = re.compile(r"(?:s|x|z|ch|sh|o)es$")


def headline_case(text: str, bare: bool = True) -> bool:
    """The words around a run in Title Case ("Leader of Qaeda-Linked Somali Group Is Dead,
    U.S. Says"), where capitals name no one: every word of four letters or more capitalised
    (the run left out: a run of names and titles is all capitals in any prose); where there
    is no such word, ``bare``."""
    words = _LONG_WORD.findall(text)
    return (bool(words) or bare) and all(w[0].isupper() for w in words)


@lru_cache(maxsize=20_000)
def headline_verb(word: str) -> bool:
    """"Resigns", "Announces", "Visits": the "-s" form of a common English verb."""
    from wordfreq import zipf_frequency

    lower = word.lower()
    if not word[:1].isupper() or not lower.endswith("s") or lower.endswith(("ss", "'s", "’s")):
        return False
    # ("Pushes": "push"; "Jones" is no "jon" + "-es": "-es" only after a hissing sound)
    stems = [lower[:-1]] + ([lower[:-2]] if _ES.search(lower) else [])
    return any(zipf_frequency(s, "en") >= _COMMON_STEM and name_gender(f"{s.title()} X") is None
               for s in stems)


def holder_words(words: list[str]) -> int:
    """How many of ``words`` (a run's words after a title, in a Title Case headline) name
    the title's holder: up to its verb or a word of grammar."""
    for at, word in enumerate(words):
        if headline_verb(word) or word.lower() in _STARTERS:
            return at
    return len(words)


# the months that are family names too ("Theresa May", "Brian May", "Jenny June")
_MONTH_NAMES = frozenset({"may", "june", "april", "march", "august"})


def surname_month(sentence: str, current: list[tuple[int, int]], word: str) -> bool:
    """"Theresa May", "Prime Minister Theresa May": a month right after a first name that
    opens a run or follows a title is the person's family name, not a date ("John Kerry
    May 3" and "Kerry Tuesday" stay dates)."""
    if not current or word.rstrip(".,").removesuffix("'s").removesuffix("’s").lower() \
            not in _MONTH_NAMES:
        return False
    words = [sentence[a:b] for a, b in current]
    return name_gender(f"{words[-1]} X") is not None and (
        len(words) == 1 or is_title(words[-2]))
