"""An outlet described by what it is speaks by its name: "the Welt am Sonntag German newspaper
said" and "the German newspaper Welt am Sonntag said" are Welt am Sonntag, "Itar-Tass news
agency said" is Itar-Tass (as "TASS" is, however a wire words it).  The description says what
kind of outlet it is and where it is from, and is no part of who speaks; a description with
no name ("the German newspaper said", "the state news agency said") is read elsewhere.
"""

from __future__ import annotations

import re

from embeddings.claims.entities import ORG_WORDS, PLACE_ACRONYMS, PLACES, is_demonym
from embeddings.claims.speaker_names import _CLAUSE_OPENER_BEFORE

_KIND = (r"(?:newspaper|daily|weekly|tabloid|paper|magazine|broadcaster|television|TV|radio"
         r"|(?:news\s+|press\s+|wire\s+)?agency|(?:news\s+)?(?:website|portal|channel|network)"
         r"|(?:news|wire)\s+service"
         # what an outlet prints or posts as: "Business Week's online edition reported"
         r"|edition)")
# what describes the kind: a people's word or a plain modifier ("German", "state-run")
_MODIFIER = (r"(?:[A-Z][a-z]+|state|state-run|state-owned|official|local|national|daily"
             r"|weekly|weekend|online|independent|business|financial|leading|popular|private"
             r"|pro-government|opposition|semi-official|government-run)")
# a name: capitalised words, with the particles names are made of ("Welt am Sonntag",
# "Le Monde", "Al Jazeera", "Itar-Tass")
_NAME = (r"[A-Z][\w&.’'-]*(?:\s+(?:(?:am|im|de|der|die|del|la|le|el|al|di|du|des|of|the)\s+)?"
         r"[A-Z][\w&.’'-]*){0,4}")
_NAME_FIRST = re.compile(
    rf"(?:(?:[Tt]he|[A-Z][\w.-]*[’']s?)\s+)?(?P<name>{_NAME})\s+(?:{_MODIFIER}\s+){{0,2}}"
    rf"{_KIND}$")
_KIND_FIRST = re.compile(
    rf"(?:(?:[Tt]he|[A-Z][\w.-]*[’']s?)\s+)?(?:{_MODIFIER}\s+){{0,2}}{_KIND}\s+(?P<name>{_NAME})$")
# words of a body's name that are no outlet's ("Ministry", "Council"; "News", "Times" are)
_BODY_WORDS = ORG_WORDS - frozenset({"news", "times", "press", "post", "journal", "herald",
                                     "tribune", "telegraph", "gazette", "daily", "network",
                                     "agency", "mail", "express", "standard", "star", "sun"})
_NO_NAME = frozenset({"the", "a", "an"})
_EDITION_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                           "sunday", "weekend", "weekday", "morning", "evening"})


def _no_name(word: str) -> bool:
    lower = word.lower().strip(".")
    return lower in _NO_NAME or lower in PLACES or is_demonym(lower) \
        or word in PLACE_ACRONYMS  # "US website claims ...": no website's name


def described_outlet(before: str) -> tuple[str, int] | None:
    """(name, start) of a described outlet ending ``before`` (the text before its verb)."""
    text = before.rstrip()
    for pattern in (_NAME_FIRST, _KIND_FIRST):
        for start in _starts(text):
            match = pattern.fullmatch(text, start)
            if match is None:
                continue
            words = match.group("name").split()
            if any(w.lower() in _BODY_WORDS for w in words):
                break  # "the Ministry of Defence press service": a body's, read as one
            # "the German Welt am Sonntag newspaper", "the Welt am Sonntag German newspaper"
            while words and _no_name(words[0]):
                words.pop(0)
            while words and _no_name(words[-1]):
                words.pop()
            if not words:
                break  # "the German newspaper": no name
            # "The Times's Sunday edition": the day names the edition, the possessive its owner
            while len(words) > 1 and words[-1].lower() in _EDITION_DAYS \
                    and re.search(r"[’']s?$", words[-2]):
                words.pop()
            # "Der Spiegel's website", "Business Week's online edition": its owner's name
            words[-1] = re.sub(r"[’']s?$", "", words[-1]) or words[-1]
            return " ".join(words), start
    return None


def _starts(text: str) -> list[int]:
    """Where a subject may start: after a clause opener, earliest first."""
    return [m.start() for m in re.finditer(r"(?<![\w’'.-])\S", text)
            if _CLAUSE_OPENER_BEFORE.search(text[: m.start()])]
