"""People of one surname in one article: which of them the surname alone names."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from embeddings.claims import genders, name_forms
from embeddings.claims.entities import is_title
from embeddings.claims.name_words import ORG_WORDS, PLACE_ACRONYMS
from embeddings.claims.places import CITIES, PLACES, is_demonym
from embeddings.types import Claim

if TYPE_CHECKING:
    from embeddings.claims.speaker_context import SpeakerContext

# what joins two people in one phrase: "Trump and first lady Melania Trump", "Trump's wife,
# Melania Trump", "Varga and his daughter Ysolde Varga"
_JOIN = r"(?:[’']s\s+(?:\w+,?\s+){0,2}?|\s+(?:and|with|&)\s+(?:[\w-]+,?\s+){0,3}?)"


def someone_else(sentence: str, full: str) -> bool:
    """"Trump and first lady Melania Trump welcomed Macron", "Trump's wife, Melania Trump,":
    a full name joined to its surname used alone names another person than the one the
    article calls by the surname, so a later "Trump said" is not hers (it was, for every
    quote after her one mention, in a NewsWCL50 article).  Only a join ("and", "with", a
    possessive) tells two people apart: "James Comey's memos ... Comey wrote" is one."""
    surname = name_forms.surname(full)
    if len(surname) < 2 or not surname[0].isupper():
        return False
    name, bare = re.escape(full), re.escape(surname)
    before = re.finditer(rf"(?<![\w.-]){bare}(?={_JOIN}{name}\b)", sentence)
    after = re.finditer(rf"{name}\s+(?:and|with|&)\s+(?:[\w-]+,?\s+){{0,3}}?"
                        rf"(?P<bare>{bare})\b(?!\s+[A-Z])", sentence)
    return any(alone(sentence, m.start()) for m in before) \
        or any(alone(sentence, m.start("bare")) for m in after)


def add(namesakes: dict[str, list[str]], full: str) -> None:
    """Note a full name among those of its surname, the last named last."""
    if not all(w[:1].isupper() for w in full.split()):
        return  # "Trump and Melania Trump" is no one person
    same = namesakes.setdefault(name_forms.surname(full), [])
    if full in same:
        same.remove(full)
    same.append(full)


def alone(sentence: str, at: int) -> bool:
    """Whether the surname at ``at`` stands alone, or after a title only ("President
    Trump"), not as the last word of another full name ("Donald Trump")."""
    words = sentence[:at].split()
    return not words or not words[-1][:1].isupper() or is_title(words[-1])


# titles of courtesy, not of an office: "first lady Melania Trump", "Sir Keir", "Dr. X" do not
# make the person the one a story calls by the bare surname, as "President Donald Trump" does
_COURTESY = frozenset({"lady", "sir", "lord", "dame", "mr", "mrs", "ms", "dr", "prof", "rev"})


def titles_of(run: str) -> frozenset[str]:
    """The titles opening a speaker's run: "President Trump" -> {"president"}."""
    return frozenset(w.lower().rstrip(".") for w in run.split()[:-1] if is_title(w))


def named_by_surname(context: SpeakerContext, surname: str, gender: str | None,
                     titles: frozenset[str]) -> str:
    """The person a surname the article gave in full names; with a gender a title gives
    ("Mr. Trump"), one who may be of it (``genders.namesake``; the surname if none may).

    Of two or more who may ("Donald Trump", "Melania Trump"), the one a reader tells: by a
    title in the frame that only one of them was given ("President Trump said"); else the
    one the article already called so while they were its only person of that name (a
    story calls its main person by the surname and the other by a full or first name:
    "Macron said ... his wife Brigitte Macron ... Macron said" is the president); else the
    only one named with an office; else the only one who has spoken.  When nothing tells
    them apart the surname stays as written: a guess (the last named, as before, or the
    first) gives one person's words to another, which an unresolved "Trump" never does.
    """
    people = context.namesakes.get(surname, [])
    sure = genders.namesake(context.genders, people, context.persons[surname], gender)
    people = genders.of_gender(context.genders, people, gender)
    if len(people) < 2:
        return sure or surname
    tellers = (
        # (all of them: "Prime Minister Varga" is not the finance minister of that name)
        [p for p in people if titles and titles <= context.held.get(p, set())],
        [p for p in people if context.surnamed.get(surname) == p],
        [p for p in people if context.held.get(p, set()) - _COURTESY],
        [p for p in people if p in context.speakers],
    )
    return next((found[0] for found in tellers if len(found) == 1), surname)


# words before a name that are no given name: "Former President Fidel Castro", "the late"
_NOT_GIVEN = frozenset({"former", "late", "ex", "then", "acting", "new", "the"})


# pure, and asked of each name of a claim for every pair it is scored in
@lru_cache(maxsize=100_000)
def given_names(name: str) -> frozenset[str]:
    """The given names of a person's full name, lower case: "Former President Fidel
    Castro" -> {"fidel"}, "George W. Bush" -> {"george", "w"}; none for a surname alone
    ("President Castro"), a place ("North Korea") or a body ("Castro Group")."""
    words = name.replace("’s", "").replace("'s", "").split()
    if len(words) < 2 or name.lower() in PLACES or name.lower() in CITIES \
            or words[-1].lower() in ORG_WORDS:
        return frozenset()
    return frozenset(w.lower().rstrip(".") for w in words[:-1]
                     if w[:1].isupper() and not is_title(w) and not is_demonym(w)
                     and w.lower().rstrip(".") not in _NOT_GIVEN and w not in PLACE_ACRONYMS
                     and w.lower() not in PLACES)


def two_people(a: str, b: str) -> bool:
    """"Raul Castro" / "Fidel Castro": two full names of one family name whose given names
    have nothing in common name two people.  The family name alone ("Castro", "President
    Castro") may be either, and "George W. Bush" / "George Bush" or "H. Clinton" /
    "Hillary Clinton" (an initial) share a given name, so those stay one."""
    ga, gb = given_names(a), given_names(b)
    if not ga or not gb:
        return False
    return not any(x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
                   for x in ga for y in gb)


def with_full_names(claims: list[Claim], namesakes: dict[str, list[str]]) -> list[Claim]:
    """The claims with each surname standing alone ("Smith said the bill would fail") given
    the one full name its article gives a person of it ("John Smith"): read alone, two
    articles' "Smith" looked like one person however different their Smiths.  Where the
    article names two of that surname ("Donald Trump", "Melania Trump") the bare one is
    left as it is, as is a word that is a place ("Washington")."""
    out = []
    for claim in claims:
        entities = tuple(
            replace(e, full=namesakes[e.text][0])
            if e.full is None and _bare_surname(e.text) and len(namesakes.get(e.text, ())) == 1
            else e for e in claim.entities)
        out.append(claim if entities == claim.entities else replace(claim, entities=entities))
    return out


def _bare_surname(name: str) -> bool:
    return " " not in name and name[:1].isupper() and name.lower() not in PLACES \
        and name.lower() not in CITIES and not is_demonym(name)
