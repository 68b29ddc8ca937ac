"""A role and the person holding it: "Israel's ambassador to the United States", "the
mayor of Monchique", "A council spokesman, Tom Reyes,", "Ned Price, a State Department
spokesperson,": who speaks, and the appositives set aside."""

from __future__ import annotations

import re

from embeddings.claims.entities import ORG_WORDS, PLACES, RUN, TITLE_WORDS, is_title
from embeddings.claims.speaker_context import SpeakerContext
from embeddings.claims.speaker_names import (
    _CLAUSE_OPENER_BEFORE,
    _DESCRIPTOR_HEADS,
    _extend_over_titles,
    _name_at_end,
    named_speaker,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# a role and where it is held: "Israel's ambassador to the United States", "US Ambassador to
# the UN Linda Thomas-Greenfield"
_ROLE_POSTED = re.compile(
    rf"\b(?P<title>[\w.]+)\s+(?:to|in|at)\s+(?:the\s+)?(?P<run>{RUN.pattern})$")
_PERSON = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]+")


def _role_posted(text: str, context: SpeakerContext) -> tuple[str | None, int] | None:
    """(speaker, start) where the posted role's holder is named after the place ("to the
    UN Linda Thomas-Greenfield"); (None, where the place begins) where only the role is
    given ("Israel's ambassador to the United States": the role is the speaker); else None."""
    match = _ROLE_POSTED.search(text.rstrip())
    if match is None or match.group("title").lower() not in _POSTED_ROLES \
            or _WHEN_WORD.fullmatch(match.group("run")):
        return None
    words = match.group("run").split()
    person = " ".join(words[-2:])
    if len(words) >= 3 and _PERSON.fullmatch(person) and not any(
            w in _CONNECTOR_WORDS for w in words[-2:]):
        speaker = named_speaker(person, context)
        start = _extend_over_titles(text, match.start("title"))
        run = _name_at_end(text[:start])  # "US Ambassador": whose ambassador
        start = run[1] if run is not None else start
        if speaker is not None and _CLAUSE_OPENER_BEFORE.search(text[:start]):
            return speaker, start
        return None
    return None, match.end("title")


# "the mayor of Monchique", "the prime minister of Britain": a role held over a place or body
_ROLE_OF = re.compile(
    r"(?:^|(?<=\s))(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?"
    rf"(?P<who>(?:[A-Za-z][a-z]+\s+)?(?P<title>[A-Za-z][a-z]+)\s+of\s+(?:the\s+)?"
    rf"(?P<run>{RUN.pattern}))$")
_OF_ROLES = _words("""mayor governor president head chief leader director minister secretary
    chairman chairwoman chair spokesman spokeswoman spokesperson commander founder""")
# "... Ursula von der Leyen", "... Patrick Moore": a person's name ending a run
_BODY_OR_PLACE_WORD = re.compile(r"[A-Z][\w.-]*")
_PERSON_AT_END = re.compile(r"[A-Z][\w’'-]+(?:\s+(?:von|van|de|der|den|la|al|bin|da|di))*"
                            r"\s+[A-Z][\w’'-]+$")
_NAME_BEFORE_ROLE = re.compile(rf"(?P<name>{RUN.pattern}),\s*$")


def _role_of(text: str, role: re.Match[str],
             context: SpeakerContext) -> tuple[str | None, int] | None:
    """"the mayor of Monchique said": the mayor named before, else the role and its place;
    "Nick Pollard, the head of Sky News said" and "the former president of Greenpeace Canada
    Patrick Moore said" are the persons named."""
    words = role.group("run").split()
    tail = _PERSON_AT_END.search(role.group("run"))
    person = tail.group() if tail else ""
    if tail and len(words) >= 3 and _BODY_OR_PLACE_WORD.fullmatch(words[0]) \
            and (words[0].isupper() or words[0].lower() in PLACES):
        # "the director of the WHO Tedros Adhanom Ghebreyesus", "the president of Brazil
        # Luiz Inácio Lula da Silva": after the body or the place, all of the rest is the
        # name, however many words it has
        person = " ".join(words[1:])
    if len(words) >= 3 and tail and len(person.split()) < len(words) \
            and context.may_be_person(person):
        start = role.start()
        speaker = named_speaker(person, context)
    else:
        before = _NAME_BEFORE_ROLE.search(text[: role.start()])
        if before and context.may_be_person(before.group("name")):
            start = before.start()
            speaker = named_speaker(before.group("name"), context)
        elif any(is_title(w.lower()) for w in words[:-1]):
            return None  # "Secretary of Defense Gates": a title of several words, then a name
        else:
            start = role.start()
            speaker = context.titles.get(role.group("title").lower()) or role.group("who")
    owner = _name_at_end(text[:start])  # "US Secretary of State X": whose secretary
    start = owner[1] if owner is not None else start
    if speaker is None or not _CLAUSE_OPENER_BEFORE.search(text[:start]):
        return None
    return speaker, start


_CONNECTOR_WORDS = frozenset({"of", "the", "de", "and", "for", "in", "on"})
# roles held at a place or a body (not "policy at the U.N.", "given to the president in July")
_POSTED_ROLES = _words("""ambassador ambassadors envoy envoys correspondent representative
    delegate delegation consul attache spokesman spokeswoman spokesperson commissioner
    coordinator reporter observer observers monitor monitors mission""")
_WHEN_WORD = re.compile(r"(?:January|February|March|April|May|June|July|August|September"
                        r"|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
                        r"(?:\s+\d{1,2})?")


def _role(chunk: list[str]) -> bool:
    """"project coordinator for X", "legal director of Y": a lower-case role before its
    body ("even Texas Sen. Ted Cruz" lists one more name)."""
    if not chunk or not chunk[0][:1].islower():
        return False
    head = []
    for word in chunk:
        if word.lower() in ("for", "of", "at", "in", "with", "from"):
            break
        head.append(word)
    return any(w in TITLE_WORDS or w in _DESCRIPTOR_HEADS for w in head if w.islower())


def _description(chunk: list[str]) -> bool:
    """A further description before another ("Rubilio Mendez, 34, a migrant ..."): an age,
    a role, or "a ..."; not a name with its article ("the San Francisco Chronicle")."""
    return bool(chunk) and (chunk[0].isdigit() or chunk[0].lower() in ("a", "an")
                            or _role(chunk))


_FROM_PLACE = re.compile(rf"\s+from\s+(?:{RUN.pattern})$")


def _name_after_role(text: str, context: SpeakerContext,
                     longest: int = 7) -> tuple[str | None, int] | None:
    """"A council spokesman, Tom Reyes," / "The ministry's spokeswoman, Maria Zakharova,":
    the role comes first, the name in apposition is the speaker."""
    body = text[:-1]
    comma = body.rfind(",")
    # "Another demonstrator, Roberto Saravia from Los Angeles,": where the person is from
    chunk = _FROM_PLACE.sub("", body[comma + 1 :].strip())
    name = RUN.fullmatch(chunk) if comma > 0 else None
    if name is None:
        return None
    role_start = max(body.rfind(mark, 0, comma) for mark in ",;:“”\"") + 1
    role = body[role_start:comma].split()
    titled = any(re.sub(r"[’']s$", "", w.lower()) in TITLE_WORDS for w in role)
    if not role or len(role) > longest or not (titled or role[-1] in ORG_WORDS
                                         or role[-1] in _DESCRIPTOR_HEADS):
        return None  # "The utility company, Westgrid," names the company
    if not _CLAUSE_OPENER_BEFORE.search(body[:role_start]):
        return None
    speaker = named_speaker(name.group(), context)
    return (speaker, role_start + len(body[role_start:]) - len(body[role_start:].lstrip())) \
        if speaker else None


# degrees and suffixes after a name
_POSTNOMINAL = re.compile(r"Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|I{2,3}|IV|Esq\.?|MBA|M\.?P\.?|[QK]C"
                          r"|[OCM]BE|R\.?N\.?")
# "Rep. Dan Gelber, D-Miami Beach, said": a US legislator's party and home
_PARTY_AND_STATE = re.compile(r"[RDI]-[A-Z]")


def _drop_appositive(text: str) -> str | None:
    """"Ned Price, a State Department spokesperson," -> "Ned Price"; None if not one."""
    body = text[:-1]
    comma = body.rfind(",")
    if comma < 0:
        return None
    chunk = body[comma + 1 :].split()
    if not chunk:
        return None
    first, last = chunk[0].lower(), chunk[-1]
    appositive = (first in {"a", "an", "the", "who", "which", "its", "his", "her", "their",
                            "for", "also", "himself", "herself", "as", "in", "at", "then",
                            "known",  # ", known as AMLO,": another name for the same one
                            # ", of Pleasanton,", ", long known as ...,", ", under
                            # investigation by ...,": where or what the one named is
                            "of", "long", "once", "under", "still", "now", "formerly"}
                  or first in TITLE_WORDS or last.islower()
                  or first.endswith(("ing", "ly", "ed"))
                  # "project coordinator for Pueblo Sin Fronteras": a role, in lower case
                  or _role(chunk)
                  or _PARTY_AND_STATE.match(chunk[0]) is not None
                  or chunk[0].isdigit()  # "Jose Cazares, 31, said"
                  or all(_POSTNOMINAL.fullmatch(w) for w in chunk))  # "Jane Smith, Ph.D.,"
    return body[:comma] if appositive else None
