"""Names whose own words join two names: "and" inside one name, an index's figure.

A capitalised run is cut at "and" unless a body's head comes after it ("Securities and
Exchange Commission", ``name_bounds.body_ahead``): "Armenia and Azerbaijan" are two names.
Three shapes of English news put "and" inside one name all the same, and are joined here
once the run's names are read:

- a country or territory named by two places ("Bosnia and Herzegovina", "Trinidad and
  Tobago", "Saint Vincent and the Grenadines"): the whole is a listed place
  (``places.json``, "joined"); two places not listed whole stay two;
- a named body "of" two places ("the Islamic State of Iraq and the Levant", "... of Iraq
  and Syria"): the words before "of" are a name of two words or more that holds no title
  ("the Foreign Ministers of Armenia and Azerbaijan" are two countries' ministers) and no
  state's form ("the Kingdom of Saudi Arabia and the UAE" are two states);
- a body's portfolios listed after its "of" ("the Bureau of Alcohol, Tobacco, Firearms and
  Explosives", "the Ministry of Agriculture, Forestry and Fisheries"): single capitalised
  words of no place nor other name ("the Ministry of Defence, Russia and China" stays three).
"""

from __future__ import annotations

import re

from embeddings.claims.genders import name_gender
from embeddings.claims.name_words import ORG_WORDS, title_at
from embeddings.claims.places import CITIES, PLACES, is_demonym
from embeddings.types import Entity

_AND = re.compile(r"\s+and\s+(?:the\s+)?")
# a state's own form before its "of" ("Kingdom of Saudi Arabia", "Islamic Republic of Iran")
_STATE_FORMS = frozenset({"kingdom", "republic", "federation", "emirate", "emirates",
                          "sultanate", "commonwealth", "principality", "confederation"})
# ", Tobacco, Firearms and Explosives": the portfolios after the first one ("Alcohol")
_PORTFOLIO_LIST = re.compile(r"(?:,\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+\b")
_PORTFOLIO = re.compile(r"[A-Z][a-z]+")


def joined_across_and(sentence: str, entities: list[Entity], offset: int) -> list[Entity]:
    """``entities`` with a name "and" cut in two made one again (the shapes above)."""
    out: list[Entity] = []
    for entity in entities:
        if out:
            before = out[-1]
            between = sentence[before.end - offset:entity.start - offset]
            if _AND.fullmatch(between) and _one_name(before.text, entity.text,
                                                     sentence[entity.end - offset:]):
                whole = sentence[before.start - offset:entity.end - offset]
                label = "PLACE" if whole.lower() in PLACES else "ORG"
                out[-1] = Entity(whole, before.start, entity.end, label)
                continue
        out.append(entity)
    return out


def _one_name(first: str, second: str, after: str) -> bool:
    whole = f"{first} and {second}".lower()
    if whole in PLACES or f"{first} and the {second}".lower() in PLACES:
        return True
    head, of, place = first.rpartition(" of ")
    words = head.split()
    if not of or second.lower() not in PLACES or place.lower().removeprefix("the ") \
            not in PLACES or len(words) < 2 or after[:1].isalpha():
        return False
    lowered = [w.lower() for w in words]
    # (the last two words before "of": "Fighters of the Islamic State" reads "Islamic State")
    return all(w[:1].isupper() for w in words[-2:]) and not any(
        title_at(lowered, i) or w in _STATE_FORMS for i, w in enumerate(lowered)) \
        and f"{head} of {place}".lower() not in PLACES


def portfolios_joined(sentence: str, entities: list[Entity], offset: int) -> list[Entity]:
    """``entities`` with a body's listed portfolios read as one name with it."""
    out: list[Entity] = []
    end_of_list = -1
    for entity in entities:
        if entity.start < end_of_list:
            continue  # a portfolio now inside the body's name
        out.append(entity)
        head, of, first = entity.text.rpartition(" of ")
        if not of or not head or head.split()[-1].lower() not in ORG_WORDS \
                or not _portfolio(first):
            continue
        listed = _PORTFOLIO_LIST.match(sentence, entity.end - offset)
        if listed is None or not all(map(_portfolio, _PORTFOLIO.findall(listed.group()))):
            continue
        end = listed.end() + offset
        out[-1] = Entity(sentence[entity.start - offset:listed.end()], entity.start, end, "ORG")
        end_of_list = end
    return out


# the English frequency (Zipf) of a common noun a body's portfolio is ("Forestry" 3.7,
# "Explosives" 3.8); most surnames are rarer ("Comey" 3.3), though not all ("Mueller" 3.6)
_COMMON = 3.5


def _portfolio(word: str) -> bool:
    """"Tobacco", "Fisheries": a common English noun, no place, people or first name."""
    from wordfreq import zipf_frequency

    lower = word.lower()
    return bool(_PORTFOLIO.fullmatch(word)) and zipf_frequency(lower, "en") >= _COMMON \
        and lower not in PLACES and lower not in CITIES and not is_demonym(word) \
        and name_gender(f"{word} X") is None


# "S&P 500 Index", "Nikkei 225 Index": the figure between a name and "Index" is the index's
# name, and so the words on both sides of it are one name, not "S&P" and an "Index"
_FIGURE_BEFORE_INDEX = re.compile(r"(?:['’]s)?\s+\d[\d,.]*\s+")


def indexes_joined(sentence: str, entities: list[Entity], offset: int) -> list[Entity]:
    out: list[Entity] = []
    for entity in entities:
        if out and entity.text.split()[0] == "Index" and _FIGURE_BEFORE_INDEX.fullmatch(
                sentence[out[-1].end - offset:entity.start - offset]):
            name = out.pop()
            entity = Entity(sentence[name.start - offset:entity.end - offset], name.start,
                            entity.end, "ORG")
        out.append(entity)
    return out
