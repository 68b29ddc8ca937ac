"""Who a count of people counts: people of any name ("29 people", "70,000
inhabitants") or a group by name or role ("100,000 Armenians", "20 rioters"), the
words that narrow a count ("28 league goals"), and a count that is the whole of its
kind ("all 178 passengers")."""

from __future__ import annotations

import re
from functools import lru_cache

from embeddings.types import Quantity
from service.contrast.measures.crowds import CROWD
from service.contrast.said import Said
from service.contrast.text import STOPWORDS, Token, stem, tokens

# Nouns that count people without saying which: "more than 100k people" and "half of the
# 140,000 inhabitants" count the same thing.  Soldiers, civilians or refugees do not: they
# name a group, and 5 soldiers are no answer to 29 civilians.
_PEOPLE = frozenset({"people", "person", "individual", "inhabitant", "resident"})
# people counted by what they are or did: "20 rioters" may be "at least 20 people" (they
# agree), but "60 protesters" and "20 people" need not be one count (no dispute)
_ROLES = frozenset({"protester", "rioter", "demonstrator", "civilian", "soldier", "troop",
                    "patient", "worker", "employee", "refugee", "migrant", "child", "children",
                    "woman", "women", "man", "men", "student", "passenger", "voter", "detainee",
                    "prisoner", "victim", "casualtie", "casualty", "fighter", "officer",
                    "journalist", "activist", "adult", "immigrant", "alien", "seeker",
                    "asylum-seeker", "infant", "baby", "babie", "toddler", "pupil", "teenager",
                    "tourist", "visitor", "customer", "consumer", "crew"}) | CROWD


def people_kind(q: Quantity, s: Said) -> str | None:
    """"generic" for a count of people ("29 people"), "group" for a count of a people by
    name ("100,000 Armenians", "5 Americans") or by role ("20 rioters"), else None."""
    if q.kind != "count" or q.unit is None:
        return None
    if q.unit.lower() in _PEOPLE:
        return "generic"
    if q.unit.lower() in _ROLES:
        return "group"
    # the unit is the head noun after the figure, lower-cased: look it up in the claim
    # ("100,000 ethnic Armenians"), a capital makes it a name of a people
    rest = s.claim.text[max(0, q.end - s.claim.start):][:60]
    head = re.search(rf"\b({re.escape(q.unit)}\w*)", rest, re.I)
    return "group" if head and head.group(1)[0].isupper() else None


# taken into hospital, not hurt in one ("injured when the hospital roof collapsed")
_HOSPITALISED = re.compile(r"\b(?:hospitali[sz](?:ed|ations?)|(?:in|to|into)\s+hospital"
                           r"|hospitals?\s+(?:have\s+|has\s+)?admitted|admitted\s+to"
                           r"|admissions)\b", re.IGNORECASE)


def _role(q: Quantity, s: Said) -> str | None:
    """The role a count of people names before its noun: "civilian" in "6,000 civilian
    deaths" (the count's unit is people)."""
    return _role_after(s.claim.text, q.end - s.claim.start)


# this reading and ``_modifiers`` are asked of a claim's count again for every claim it is
# compared with (the clusterer's ``one_measure`` asks them of each pair it scores): each is
# read once per text and count
@lru_cache(maxsize=20_000)
def _role_after(text: str, end: int) -> str | None:
    toks = tokens(text[max(0, end):][:60])[:3]
    for k, t in enumerate(toks[:-1]):
        if not t.is_word:
            return None
        if t.lower in _ROLES and toks[k + 1].is_word:
            return stem(t.text)
    return None


# how a count is known, not what it counts: "124 confirmed cases" are the cases of "132 cases"
_HOW_KNOWN = frozenset({"confirmed", "reported", "recorded", "registered", "documented",
                        "known", "official", "verified"})


# words of an outlet's label for people crossing a border, not a narrower group of them:
# "34 asylum seekers", "52 illegal aliens", "300 undocumented immigrants"
_LABELLING = frozenset({"asylum", "illegal", "undocumented", "irregular", "unauthorized",
                        "unauthorised"})


def _modifiers(q: Quantity, s: Said) -> frozenset[str]:
    """Stems of the words between a count and its unit: "league" in "28 league goals"."""
    return _modifiers_at(s.claim.text, q.end - s.claim.start, q.unit)


@lru_cache(maxsize=20_000)
def _modifiers_at(text: str, end: int, unit: str | None) -> frozenset[str]:
    rest = text[max(0, end):][:80]
    words: list[Token] = []
    for t in tokens(rest)[:4]:
        if not t.is_word:
            break
        if unit and t.lower.startswith(unit.lower()[:4]):
            return frozenset(stem(w.text) for w in words if w.lower not in STOPWORDS
                             and len(w.text) > 2 and w.lower not in _HOW_KNOWN
                             and w.lower not in _LABELLING)
        words.append(t)
    return frozenset()  # the unit is not written out after it ("12 deaths" counts people)


WHOLE_OF = frozenset({"all", "each", "every", "both"})


def whole(q: Quantity, s: Said) -> bool:
    """"All 178 passengers", "all 12 of its hospitals": the count is the whole of its kind."""
    before = [t for t in tokens(s.claim.text[: max(0, q.start - s.claim.start)]) if t.is_word]
    return bool(before) and before[-1].lower in WHOLE_OF


# "Loan Program Screwed Thousands", "Thousands marched", "affects millions": a round plural
# standing alone as a noun phrase counts people, whom English leaves unsaid; it is no count
# of the loans or files another claim counts ("thousands of loans" names its own unit)
_ROUND_PLURALS = frozenset({"dozens", "scores", "hundreds", "thousands", "millions"})


def bare_crowd(q: Quantity) -> bool:
    """A count with no noun that is a round plural on its own: "Screwed Thousands"."""
    words = q.text.lower().split()
    return q.kind == "count" and q.unit is None and bool(words) and words[-1] in _ROUND_PLURALS


# people picked by their age: "people 65 and over", "everyone over age six months", "those
# aged 18 to 24" name who is meant (a threshold of a group), not how old someone is; two
# such figures are two groups ("urge everyone over six months to get the flu shot" / "people
# 65 and over should get high-dose shots"), not two answers to one question.  A plural or
# everyone-word only: "the man, 65," is one man's age
_GROUPS = frozenset({"people", "persons", "everyone", "everybody", "anyone", "anybody", "those",
                     "adults", "children", "kids", "seniors", "women", "men", "patients",
                     "residents", "americans", "voters", "students", "individuals", "workers",
                     "girls", "boys", "teenagers", "teens", "citizens"})
_AGE_WORDS = frozenset({"age", "aged", "ages", "over", "under", "above", "below", "older",
                        "younger", "than", "between", "of", "from"})


def group_age(q: Quantity, s: Said) -> bool:
    """An age that picks out a group of people: "people 65 and over"."""
    if q.kind != "age":
        return False
    before = tokens(s.claim.text[: max(0, q.start - s.claim.start)])[::-1]
    for t in before[:4]:
        if not t.is_word:
            return False  # "the two people, aged 65 and 70": the pair is named, then aged
        if t.lower in _GROUPS:
            return True
        if t.lower not in _AGE_WORDS:
            return False
    return False
