"""Inverted frames: the speaker after its verb ("“A,” said the ministry", "A, said
the Ambassador of X, Jane Doe, …"), and when and where a frame was said."""

from __future__ import annotations

import re

from embeddings.claims.bodies import SEAT, body_after
from embeddings.claims.entities import ORG_WORDS, RUN, TITLE_WORDS
from embeddings.claims.quotes import ends_with_quote
from embeddings.claims.speaker_context import SpeakerContext
from embeddings.claims.speaker_names import named_speaker


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that take a bare clause ("X said the army withdrew"); the others need "that" or a quote.
_INVERTABLE = _words("said says added wrote")
_APPOSITION = re.compile(
    rf"(?:\s+(?:to|in|at|for)\s+{RUN.pattern})?,\s*(?P<name>{RUN.pattern})(?=\s*[,.])"
)


_CLAUSE_VERBS = frozenset({"was", "is", "were", "are", "had", "has", "have", "would", "will",
                           "could", "can", "did", "does", "should", "must", "might", "may"})


# "said Maria Zakharova on Tuesday", "said Zakharova in Moscow": when and where, not the name
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
WHEN = re.compile(  # a bare month may be a name ("Theresa May", "April Ryan"); a weekday not
    rf"\s+(?:(?:on|in)\s+(?:{_WEEKDAY}|January|February|March|April|May|June|July|August"
    rf"|September|October|November|December)|{_WEEKDAY})\b.*$")
_WHERE = re.compile(r"\s+in\s+.*$")
WHEN_AFTER_VERB = re.compile(
    rf"\s*(?:(?:on\s+)?{_WEEKDAY}|yesterday|today|(?:last|this)\s+(?:week|month|year))\b,?")


# "said Trump of Comey": whom it was said of is no part of who said it (but "the Bank of
# England", "Secretary of State", "the Ambassador of France" are one name)
_SAID_OF = re.compile(r"\s+of\s+.*$")


def _without_when_or_where(run: str) -> str:
    run = WHEN.sub("", run)
    said_of = _SAID_OF.search(run)
    if said_of and not any(w.lower().strip(".") in ORG_WORDS or w.lower().strip(".")
                           in TITLE_WORDS for w in run[: said_of.start()].split()):
        run = run[: said_of.start()]
    where = _WHERE.search(run)
    if where and not any(w.lower() in ORG_WORDS for w in run[: where.start()].split()):
        run = run[: where.start()]  # a person "in Moscow"; "the Embassy in Baku" is a name
    return run


def _next_word(text: str, at: int) -> str:
    word = re.match(r"\s*(\w*)", text[at:])
    return word.group(1).lower() if word else ""


def subject_after(sentence: str, verb: re.Match[str], context: SpeakerContext) -> str | None:
    """Inverted frames: "“A,” said the ministry", "A, said the Ambassador of X, Jane Doe, …"."""
    prefix = sentence[: verb.start()]
    # after a closing quote any verb of saying inverts ("“A,” declared Rep. X"); after a
    # bare comma only those that take a bare clause do
    quoted = ends_with_quote(prefix)
    if not ((verb.group() in _INVERTABLE and (quoted or prefix.rstrip().endswith(",")))
            or (quoted and verb.group("content") is not None)):
        return None
    lead = re.match(r"\s+(?:the\s+)?", sentence[verb.end():])
    position = verb.end() + (lead.end() if lead else 0)
    role = _ROLE_BEFORE_NAME.match(sentence, position)
    if role and role.group(1).split()[-1] in TITLE_WORDS:
        position = role.end()  # "said lead researcher Maria Costa": the name speaks
    body = body_after(sentence, position)  # "said the Chinese embassy", not "Chinese"
    if body is not None:
        return body
    seat = SEAT.match(sentence, position)  # "said No 10"
    if seat is not None:
        return seat.group()
    match = RUN.match(sentence, position)
    if match and _next_word(sentence, match.end()) in _CLAUSE_VERBS:
        return None  # ", said Moscow would respond": the subject of the reported clause
    if match:
        apposition = _APPOSITION.match(sentence, match.end())
        if apposition and context.is_person(apposition.group("name")):
            return named_speaker(apposition.group("name"), context)
        return named_speaker(_without_when_or_where(match.group()), context)
    head = re.match(r"([a-z]+)\s*(\w*)", sentence[position:])
    if head and head.group(2).lower() in _CLAUSE_VERBS:
        return None  # "A, said the story was false": the head of a clause, not a speaker
    if lead and "the" in lead.group() and head:
        return context.resolve_descriptor(head.group(1)) or (
            context.resolve_role(head.group(1)) if not head.group(2) else None
        ) or head.group(1)
    return None


_ROLE_BEFORE_NAME = re.compile(r"((?:[a-z][a-z-]*\s+){1,3})(?=[A-Z])")
