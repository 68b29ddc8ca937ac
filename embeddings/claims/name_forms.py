"""What a name found in a sentence is read as: the person without the titles before the
name ("French Foreign Minister X Y" -> "X Y"), and a sentence's names without the common
words capitalised only for opening it ("Residents of Kessin" -> "Kessin").

Split from ``entities``, which finds the names; these read the names it found.
"""

from __future__ import annotations

import re

from embeddings.claims.name_bounds import person_after_abbreviation, with_named_opener
from embeddings.claims.name_words import (
    _ACRONYM,
    _JOINERS_ANYWHERE,
    _STARTERS,
    _UPPER,
    ORG_WORDS,
    _common_word,
    is_title,
)
from embeddings.claims.places import PLACES, is_demonym
from embeddings.types import Entity

# a profession written before a name as a title is ("Cardiologist Raj Patel", "Economist
# Jane Doe", "Pediatrician Ana Ruiz")
_PROFESSION = re.compile(r"[A-Z][a-z]{3,}(?:ologist|onomist|ist|ician|iatrist)")


_NUMBERS = frozenset({"one", "two", "three"})


def numbered_name(words: list[str]) -> bool:
    """"Two Rivers Council", "Three Rivers District Council": a number word opening a name
    whose every word is capitalised and whose last is a body's (singular) head is part of the
    name; "Two Democrats", "Three Republicans" count people, and lose it."""
    return len(words) >= 3 and words[0].lower() in _NUMBERS \
        and all(w[:1].isupper() for w in words[1:]) and words[-1].lower() in ORG_WORDS \
        and not words[-1].lower().endswith("s")


def numbered_run(sentence: str, spans: list[tuple[int, int]]) -> bool:
    """``numbered_name`` of a capitalised run's words, given by their spans in a sentence."""
    return numbered_name([sentence[x:y].rstrip(".,;:") for x, y in spans])


def person_name(name: str) -> str:
    """The name without its titles and article: "French Foreign Minister X Y" -> "X Y".

    Organisations keep their full name ("the Azerbaijani Foreign Ministry" ->
    "Azerbaijani Foreign Ministry"); a run made only of titles is returned as is.
    """
    words = name.split()
    # an acronym is no starter word: "the WHO said" is the World Health Organization
    while words and words[0].lower() in _STARTERS and not _ACRONYM.match(words[0]) \
            and not numbered_name(words):
        words = words[1:]
    if len(words) in (3, 4) and _PROFESSION.fullmatch(words[0]) \
            and all(w[:1].isupper() and w.lower() not in ORG_WORDS and w.lower() not in PLACES
                    for w in words[1:]):
        words = words[1:]  # "Cardiologist Raj Patel", "Economist Jane Doe": the person
    if person_after_abbreviation(words):
        words = words[1:]  # "UN Antonio Guterres": the person, as "UN chief Antonio Guterres"
    lowered = [w.lower().rstrip(".") for w in words]
    titled = [i for i, w in enumerate(lowered) if is_title(w)]
    if titled and len(words) - titled[-1] > 2 and words[titled[-1] + 1][0].isupper() \
            and not any(w in ORG_WORDS for w in lowered[titled[-1] + 1:]):
        # "White House Press Secretary Sarah Sanders": an office's title, then the person
        return " ".join(words[titled[-1] + 1:])
    if any(w in ORG_WORDS for w in lowered):
        return " ".join(words)
    if titled and titled[-1] + 1 < len(words):
        rest = words[titled[-1] + 1 :]
        if rest[0].lower() not in _JOINERS_ANYWHERE and rest[0][0].isupper() \
                and rest[0].rstrip(".") not in ("Jr", "Sr", "II", "III", "IV"):
            return " ".join(rest)  # not "Jr" of "Martin Luther King Jr"
    return " ".join(words)


# a capitalised word after a lower-case word or a comma: capitalised for being a name (not
# after a colon or a run of spaces, where a clause or a headline's text opens: ``_BREAK_BEFORE``)
_MID_SENTENCE_CAP = re.compile(rf"(?<=[a-z,;]) ([{_UPPER}][\w’'-]*)")
_OPENING = re.compile(r"[\s\"“”‘’'(\[—-]*")


def names_in(text: str) -> frozenset[str]:
    """Capitalised words an article uses inside its sentences ("Samantha Power", "in Kyiv"),
    lower-cased ("UNESCO" there keeps "Unesco" opening a sentence)."""
    return frozenset(m.group(1).removesuffix("’s").removesuffix("'s").lower()
                     for m in _MID_SENTENCE_CAP.finditer(text))


# a line break, a run of spaces (a headline run into its text: "... reaches U.S. border
# Members of the caravan ...") or a colon after a label ("Migrant caravan: Rallies, ..."):
# the word after it opens a sentence as the first word does
_BREAK_BEFORE = re.compile(r"(?:\n|\s{2,}|:\s+)[\"“‘']*\Z")


def drop_openers(entities: tuple[Entity, ...], text: str, sentence_start: int,
                 names: frozenset[str]) -> tuple[Entity, ...]:
    """Entities without the common words capitalised only for opening the sentence.

    "Residents of Kessin left", "Emergency crews worked", "Air raid sirens sounded": a
    common English word at the start of a sentence that the article never capitalises
    inside one is no name ("Residents of Kessin" keeps "Kessin").  A word the article does
    capitalise inside a sentence stays ("Power's post", after "Samantha Power"); so do
    places, nationalities ("Turkish President ..."), acronyms and runs of several
    capitalised words ("Mark Dovich").  ``names``: the
    article's ``names_in``; an article of one sentence has no such evidence, so callers
    leave it alone.
    """
    opener = _OPENING.match(text, sentence_start).end()  # type: ignore[union-attr]
    out = []
    for entity in entities:
        entity = with_named_opener(entity, text, opener, names)
        words = entity.text.split()
        first = words[0].removesuffix("’s").removesuffix("'s")
        opens = entity.start == opener or (entity.start > opener and _BREAK_BEFORE.search(
            text, opener, entity.start) is not None)
        if not opens or first.lower() in names or _ACRONYM.match(first) \
                or first.lower() in PLACES or is_demonym(first) \
                or not _common_word(first.lower()):
            out.append(entity)
        elif len(words) > 2 and words[1] == "of" and (first.lower() in ORG_WORDS
                                                      or is_title(first.lower())):
            # "Ministry of Foreign Affairs", "Bank of England", "Secretary of State": a body's
            # or a title's name opens with its common word, and is cut nowhere
            out.append(entity)
        elif len(words) > 2 and words[1] == "of":  # "Residents of Kessin" -> "Kessin"
            cut = entity.text.index(" of ") + 4
            # ("Residents of Kessin said": the residents said it; Kessin is no person)
            label = "NAME" if entity.label == "PERSON" else entity.label
            out.append(Entity(entity.text[cut:], entity.start + cut, entity.end, label))
        elif len(words) > 1:
            out.append(entity)
    return tuple(out)


# a generational suffix: "Roger J. Stone Jr.", "Thurston Howell III"
_GENERATION = frozenset({"Jr", "Sr", "II", "III", "IV"})
# a middle initial, or two: "J.", "H.W.", "F"
_INITIAL = re.compile(rf"(?:[{_UPPER}]\.?){{1,3}}")


def formal_name(name: str) -> str:
    """A person's name without a generational suffix given with a middle initial ("Roger J.
    Stone Jr" -> "Roger J. Stone"): the full formal name some outlets use on first mention,
    whose bearer the story calls "Mr. Stone" and other outlets "Roger Stone".  A suffix
    without an initial stays ("Donald Trump Jr"): it is then the name the person goes by,
    kept because the bare name ("Donald Trump") is another, better-known person's."""
    words = name.split()
    if len(words) >= 4 and words[-1].rstrip(".") in _GENERATION \
            and any(_INITIAL.fullmatch(w) for w in words[1:-2]):
        return " ".join(words[:-1]).rstrip(",")
    return name


def surname(name: str) -> str:
    """The word a story calls a person by alone: "Stone" of "Roger J. Stone Jr"."""
    return formal_name(name).split()[-1]
