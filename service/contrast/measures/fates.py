"""What befell the people or things counted (died, hurt, missing, held, displaced, took
part...), read from the nearest fate word either side of a count, and the level a
percentage that opens its claim is of ("Turnout was 41%")."""

from __future__ import annotations

import re
from functools import lru_cache

from embeddings.claims.numbers import TOLL_BEFORE
from embeddings.types import Quantity
from service.contrast.said import Said
from service.contrast.text import Token, stem, tokens

# what happened to the people or things counted: "182 passengers were evacuated" and "three
# passengers were taken to hospital" count two groups, "29 died" and "35 were killed" one,
# "35,000 took part" and "12 were arrested" two
FATES = {stem(w): fate for fate, words in {
    "dead": ("die", "died", "dead", "death", "deaths", "toll", "kill", "killed", "fatalities",
             "lives"),
    "hurt": ("injured", "injuries", "injury", "wounded", "hurt", "hospital", "hospitalised",
             "hospitalized", "treated", "treatment",
             # "Hospitals have admitted 45 patients", "60 hospital admissions" (only where the
             # claim names a hospital: "admitted 12 counts of fraud" is no one's fate)
             "admitted", "admissions"),
    "missing": ("missing", "unaccounted"),
    "ill": ("ill", "illness", "illnesses", "sick", "sickened", "poisoned", "poisoning",
            "infected", "infections"),
    # sent home again: "evacuation orders for 2,000 residents were lifted" counts no evacuees
    "returned": ("lifted", "returned", "return", "returning"),
    "held": ("arrested", "detained", "custody", "jailed", "charged"),
    "safe": ("rescued", "saved", "safely", "unharmed", "survived", "survivors"),
    # made to leave their homes: "forced 12,000 residents to flee" and "15,000 were
    # evacuated" count one thing ("evacuated safely" is safe: "safely" is nearer)
    "displaced": ("displaced", "fled", "flee", "fleeing", "homeless", "evicted", "evacuated",
                  "evacuees", "evacuation", "uprooted", "shelters", "tents",
                  # "forced 1,500 people from their homes" (only after "their": "destroyed
                  # 40 homes" counts homes, not people who left them)
                  "homes"),
    # who came: "35,000 people took part", "a crowd of 250,000", not the 12 arrested there
    "present": ("part", "joined", "attended", "attendance", "turnout", "crowd", "crowds",
                "rallied", "gathered", "participated", "marched", "protest", "protested",
                "protesting", "demonstrated", "demonstrating"),
}.items() for w in words}
# how a summary names the count of each fate ("the number of people who died")
FATE_WORDS = {"dead": "who died", "hurt": "hurt", "missing": "missing", "held": "held",
              "ill": "who fell ill", "returned": "who returned",
               "safe": "brought to safety", "displaced": "displaced", "present": "who took part"}
_FATE_REACH = 8  # words either side of a count that may say what befell it


def _fate_word(t: Token) -> str | None:
    """The fate a word says: "claimed 40 lives" is a toll, "7,500 people are living in
    shelters" none (one stem)."""
    fate = FATES.get(stem(t.text))
    return None if fate == "dead" and t.lower.startswith("liv") and t.lower != "lives" \
        else fate


def fate_of(q: Quantity, s: Said) -> str | None:
    """The nearest fate word either side of a count, not past another figure: "killed 12
    people and injured 40" -> dead for 12, hurt for 40."""
    return _fate_at(s.claim.text, q.start - s.claim.start, q.end - s.claim.start)


_CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas", ";"})


def _in_hospital(side: list[Token], k: int, before: bool) -> bool:
    """"taken to hospital", "in hospital": the word just before "hospital" (the list runs
    backwards when it is the text before the figure)."""
    j = k + 1 if before else k - 1
    return 0 <= j < len(side) and side[j].lower in ("to", "in", "into", "at")


# one person a fate word describes: "a homeless man", "the injured driver"
_ONE_PERSON = frozenset({"man", "woman", "boy", "girl", "child", "person", "guy", "baby",
                         "teen", "teenager", "mother", "father", "soldier", "driver",
                         "worker", "student", "officer", "passenger", "resident", "victim"})


def _of_one_person(side: list[Token], k: int, before: bool) -> bool:
    """"Homeless man receives 100": the fate word describes the one person the next word
    names, not what is counted (the list runs backwards when it is the text before)."""
    j = k - 1 if before else k + 1
    return 0 <= j < len(side) and side[j].lower in _ONE_PERSON


def _their(side: list[Token], k: int, before: bool) -> bool:
    """"from their homes": the word just before "homes" (as ``_in_hospital``)."""
    j = k + 1 if before else k - 1
    return 0 <= j < len(side) and side[j].lower == "their"


@lru_cache(maxsize=20_000)
def _fate_at(text: str, at: int, end: int) -> str | None:
    if not 0 <= at <= end <= len(text):
        return None
    for t in tokens(text[at:end]):  # "No deaths have been reported": the count names it
        fate = _fate_word(t) if t.is_word else None
        if fate is not None:
            return fate
    best: tuple[int, str] | None = None
    for before, side in ((False, tokens(text[end:])), (True, tokens(text[:at])[::-1])):
        words = 0
        for k, t in enumerate(side):
            if t.text[:1].isdigit() or words >= _FATE_REACH:
                break
            if before and t.lower in _CLAUSE_JOINS:
                break  # "35 were injured and 120 were arrested": the injured are the 35
            if not t.is_word:
                continue
            # "March" the month; "rescue workers" are not the rescued
            fate = _fate_word(t) if t.text != "March" and t.lower != "rescue" else None
            if t.lower in ("hospital", "hospitals") and not _in_hospital(side, k, before):
                fate = None  # "14 hospitals", "200 hospital beds": no one taken there
            if t.lower == "homes" and not _their(side, k, before):
                fate = None
            if fate is not None and _of_one_person(side, k, before):
                fate = None
            if t.lower in ("admitted", "admissions") and "hospital" not in text.lower():
                fate = None
            if fate is not None:
                if best is None or words < best[0]:
                    best = (words, fate)
                break
            words += 1
    if best is None and TOLL_BEFORE.search(text, 0, at):
        # "The death toll from Thursday's garment factory fire in Dhaka rose to 19": the toll
        # is the clause's subject, however far its complements push it from the figure
        return "dead"
    return best[1] if best else None


# "Turnout was 41%", "the jobless rate rose to 5.2 percent": a level, and what it is of,
# the subject of the clause the figure ends
_LEVEL_BEFORE = re.compile(
    r"^(?:[^,]{0,80},\s*)?(?:(?:the|voter|overall|final|official|annual)\s+)*"
    r"(?P<subject>[a-z][a-z-]+(?:\s+rate)?)\s+(?:was|is|stood\s+at|rose\s+to|fell\s+to"
    r"|reached|hit|climbed\s+to|dropped\s+to|came\s+in\s+at)\s+(?:about\s+|around\s+"
    r"|nearly\s+|almost\s+|some\s+|roughly\s+|just\s+(?:over|under)\s+)?$", re.I)
_NO_SUBJECT = frozenset({"it", "this", "that", "which", "what", "there", "he", "she", "they",
                         "share", "stake", "figure", "number", "total", "rate"})


def level_of(q: Quantity, s: Said) -> str | None:
    """What a percentage that opens its claim is the level of ("Turnout was 41%":
    turnout), where the clause's subject is a common noun; else None."""
    if q.kind != "percent":
        return None
    m = _LEVEL_BEFORE.match(s.claim.text[:max(0, q.start - s.claim.start)])
    if m is None or m.group("subject").lower() in _NO_SUBJECT \
            or (m.group("subject")[0].isupper() and m.start("subject") > 0):
        return None
    return m.group("subject").lower()


_MONTH = re.compile(r"(?<!^)\b(?:January|February|March|April|May|June|July|August|September"
                    r"|October|November|December)\b")


def _dated(s: Said) -> set[object]:
    """The dates, years and months a claim gives ("rose to 5.2 percent in May")."""
    return {q.low for q in s.claim.numbers if q.kind in ("date", "year") and q.low is not None} \
        | set(_MONTH.findall(s.claim.text))


def other_fates(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """Two counts of what befell different groups (dead / hurt, evacuated / in hospital)."""
    if not qa.kind == qb.kind == "count":
        return False
    fates = {fate_of(qa, a), fate_of(qb, b)}
    return None not in fates and len(fates) == 2
