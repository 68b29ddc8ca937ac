"""The names of an all-caps headline ("APPLE WATCH MAY GO ON SALE IN MARCH", "AUSTRALIA:
600-POUND WOMAN GIVES BIRTH", "SMALL METEORITE STRIKES NICARAGUA, GOVERNMENT SAYS").

There every word is capitalised, so capitals say nothing; a run is kept as a name only where
it is one whatever its case: a known place or nationality ("AUSTRALIA", "NEW YORK",
"KURDISH"), a country's initials ("U.S.", "UK"), initials that spell no English word
("NBC", "NTSB": no vowel to say them by), or a word English has no other use for
("CULKIN", "KOBANE").  "GOVERNMENT", "SAYS", "RISE", "WATCH" stay words; a name that is
also a word ("APPLE WATCH", "ISIS") is left to matching, where the other claim's mixed case
says it is one (embeddings/matching.py, as for a Title Case headline).
"""

from __future__ import annotations

import re
from functools import lru_cache

from embeddings.claims.genders import name_gender
from embeddings.claims.name_words import PLACE_ACRONYMS, _common_word, _words
from embeddings.claims.places import CITIES, PLACES, is_demonym
from embeddings.types import Entity

# a word of the headline: letters with their inner apostrophes, dots and hyphens
_WORD = re.compile(r"[A-Z][A-Z.&’'-]*[A-Z.]|[A-Z]")
_POSSESSIVE = re.compile(r"[’'][S]?$")
# initials spell no word where there is no vowel to say them by ("NBC", "NTSB", "WSJ")
_NO_VOWEL = re.compile(r"[B-DF-HJ-NP-TV-XZ]{2,5}")
# "US" is the pronoun after a verb or preposition that takes one ("TELL US", "GIVE US",
# "FOR US"), the country elsewhere ("OBAMA SAYS US WILL ...", "US TROOPS")
_US_PRONOUN_BEFORE = frozenset(_words(
    """LET LETS TELL TELLS TOLD GIVE GIVES GAVE JOIN JOINS HELP HELPS SHOW SHOWS SEND SENDS
    TAKE TAKES MAKE MAKES LEAVE LEAVES ASK ASKS KILL KILLS SAVE SAVES HATE HATES LOVE LOVES
    FOR WITH OF ABOUT AGAINST AMONG BEHIND BESIDE LIKE TO FROM BY AT ON UPON ALL"""))
# a word made of an English word and an ending is a word, however rare its form ("BEHEADS",
# "SORTIES", "SNEEZING", "SLAPPER"); a name takes no such ending
_ENDINGS = ("ING", "IES", "ED", "ES", "ERS", "ER", "S", "LY")
_STEM_ZIPF = 2.5


def caps_entities(sentence: str, offset: int = 0) -> list[Entity]:
    """Entities of an all-caps ``sentence``: runs of words that are names whatever their
    case (a place up to three words long first, then single words; a person's rare words
    next to each other are one name, "MACAULAY CULKIN", and with a known first name before
    them, "CHARLES MANSON")."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(sentence)]
    found: list[Entity] = []
    at = 0
    while at < len(words):
        size, label = _place_at(sentence, words, at)
        if size:
            start, end = words[at][0], _bare_end(sentence, words[at + size - 1])
            found.append(Entity(sentence[start:end], offset + start, offset + end, label))
            at += size
            continue
        run = at
        if _given_name(sentence, words, at):
            run += 1  # "CHARLES MANSON", "JANET YELLEN": a first name before a rare surname
        while run < len(words) and _own_name(sentence, words, run):
            run += 1
            if _POSSESSIVE.search(sentence[slice(*words[run - 1])]):
                break  # "KANE'S FUTURE": the owner's name ends at its "'S"
        if run == at:
            at += 1
            continue
        start, end = words[at][0], _bare_end(sentence, words[run - 1])
        text = sentence[start:end]
        found.append(Entity(text, offset + start, offset + end, _label(text)))
        at = run
    return found


def _bare_end(sentence: str, span: tuple[int, int]) -> int:
    """Where a word ends without its possessive ("KANE'S" -> "KANE")."""
    word = sentence[slice(*span)]
    cut = _POSSESSIVE.search(word)
    return span[0] + (cut.start() if cut and len(word) > 2 else len(word))


def _bare(sentence: str, span: tuple[int, int]) -> str:
    return sentence[span[0]:_bare_end(sentence, span)]


def _place_at(sentence: str, words: list[tuple[int, int]], at: int) -> tuple[int, str]:
    """(how many words, label) of a known place, nationality or country's initials starting
    at word ``at``; (0, "") where none does."""
    for size in (3, 2, 1):
        if at + size > len(words):
            continue
        # (one space apart: "NICARAGUA, GOVERNMENT" is no two-word place)
        if size > 1 and any(sentence[words[k][1]:words[k + 1][0]] != " "
                            for k in range(at, at + size - 1)):
            continue
        text = " ".join(_bare(sentence, words[k]) for k in range(at, at + size))
        lower = text.lower()
        if lower in PLACES or lower in CITIES:
            return size, "PLACE"
        if size == 1 and is_demonym(text.title()):
            return 1, "NAME"
        if size == 1 and text in PLACE_ACRONYMS and not _us_pronoun(sentence, words, at):
            return 1, "PLACE"
    return 0, ""


def _us_pronoun(sentence: str, words: list[tuple[int, int]], at: int) -> bool:
    if sentence[slice(*words[at])] != "US":
        return False
    if at == len(words) - 1:
        return True  # "... TO FIGHT FOR US": the country ends no headline bare
    return at > 0 and sentence[slice(*words[at - 1])] in _US_PRONOUN_BEFORE


def _given_name(sentence: str, words: list[tuple[int, int]], at: int) -> bool:
    """Whether word ``at`` is a first name the gender lists know, just before a word of a
    name's own (one space apart)."""
    return at + 1 < len(words) and sentence[words[at][1]:words[at + 1][0]] == " " \
        and name_gender(f"{sentence[slice(*words[at])]} X") is not None \
        and _own_name(sentence, words, at + 1)


def _own_name(sentence: str, words: list[tuple[int, int]], at: int) -> bool:
    """Whether word ``at`` is a name's word whatever its case: initials with no vowel, or a
    word English has no other use for that is no form of a word it has."""
    word = _bare(sentence, words[at])
    letters = word.replace(".", "").replace("&", "")
    if len(letters) < 2 or not letters.isalpha():
        return False
    if "." in word or "&" in word or _NO_VOWEL.fullmatch(letters):
        return True  # "U.N.", "S&P", "NBC"
    return _rare(letters.lower())


@lru_cache(maxsize=10_000)
def _rare(lower: str) -> bool:
    from wordfreq import zipf_frequency

    if _common_word(lower) or "’" in lower or "'" in lower:
        return False
    for ending in _ENDINGS:
        stem = lower.removesuffix(ending.lower())
        if stem == lower or len(stem) < 3:
            continue
        # ("SORTIES" -> "sortie", "BEHEADS" -> "behead", "SNEEZING" -> "sneez(e)", "SLAPPER"
        # -> "slap": a doubled consonant before the ending)
        forms = (stem, stem + "e", stem[:-1] + "y" if ending == "IES" else stem,
                 stem[:-1] if stem[-1] == stem[-2] else stem)
        if any(zipf_frequency(s, "en") >= _STEM_ZIPF for s in forms):
            return False
    return True


def _label(text: str) -> str:
    """Initials are a body's; two or more rare words a person's; one is unsure."""
    if "." in text or "&" in text or _NO_VOWEL.fullmatch(text):
        return "ORG"
    return "PERSON" if " " in text else "NAME"
