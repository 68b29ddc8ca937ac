"""Two or more speakers of one statement: "Police and the FBI said", "Gilroy police and FBI
agents searched the home but said", "The United States, Britain and France said".

The statement is theirs together, so the voice names them all, each as it would be named
alone ("police and FBI", "Gilroy police and FBI agents", "United States, Britain and
France"), in the order the sentence gives them.  A joint voice is one string joined by
"and" (and commas), as "France and Germany" already was when both are names; the contrast
(``service.contrast.voices.one_voice``) reads it as sharing a voice with each of its parts, so
one article's "The FBI said A" and "Police and the FBI said A" are not two claims of two
voices.  Two groups described ("Democratic lawmakers and environmental groups say") are a
group described, read as before.  A conjunct that names no one ("Residents and police
said") leaves the voice the other's, with the frame cut from where the group starts; one
that is only an adjective ("Israeli and Palestinian officials") is no conjunct, and the
reading stays as it was.  A counted group ("Two donors and a former DNC staffer have argued")
is particular people and joins the voice ("two donors and former DNC staffer"); two roles
before one name in apposition ("Iran's deputy foreign minister and senior nuclear
negotiator, Abbas Araghchi,") are one person.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from embeddings.claims.entities import is_demonym
from embeddings.claims.groups import _GROUP_HEADS, bare_group_at_end
from embeddings.claims.speaker_names import _CLAUSE_OPENER_BEFORE

Found = tuple[str | None, int] | None
Read = Callable[[str], Found]

# bodies named by a common noun: capitalised only where a sentence opens with them ("Senate",
# "Parliament" are names of one body, and stay as written)
COMMON_BODIES = frozenset({"police", "army", "military", "navy", "government", "coastguard"})

_COMMA_BEFORE = re.compile(r"\s*,\s*$")
# where an item of a list of speakers may start: the sentence's start, or after a comma (not
# "In a statement, ...": a preposition's object is no speaker)
_LIST_START = re.compile(r"(?:^\W*(?:(?:And|But|Yet|So)\s+)?|,\s*)$")
_ARTICLE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+$")
_OWNER = re.compile(r"(?:his|her|its|their)\s")
# a verb in what was read as a subject: a clause, not a conjunct ("The company hired the
# lawyers and the chief executive said"; "the armed forces" is left as it was read)
_PREDICATE = re.compile(r"\b(?:[a-z]+ed|is|was|were|are|has|have|had|will|would|told|said"
                        r"|says|met|made|took|gave|got|went|came|won|lost|sent|left)\b")


def joint_subject(before: str, found: Found, read: Read) -> Found:
    """``found`` (the subject read from the text ``before`` a verb), or the joint subject
    of which it is the last conjunct; ``read`` reads the subject ending a shorter text."""
    last = None
    for last in _AND_BEFORE_ANY.finditer(before):  # noqa: B007 - the last "and" is the one
        pass
    if found is not None and found[0] is not None and " and " in found[0] \
            and (last is None or found[1] <= last.start()):
        # "The United States, Britain and France": a run of names joined by "and" ("France
        # and Germany") may have more before it
        return _listed(before, [found[0]], found[1], read)
    if last is None or (found is not None and found[1] < last.end()):
        return found  # no "and" before the subject, or it is part of a name ("Procter and
        # Gamble" read as one run)
    second = found if found is not None else read(before[last.end():])
    if second is None or second[0] is None:
        return found
    gap = before[last.end():][: second[1]] if found is None else before[last.end():found[1]]
    if gap and not _ARTICLE.fullmatch(gap):
        return found  # the subject does not start right after the "and"
    named = before[last.end():].rstrip(", ")
    if named[:1].islower() and "," in named and not re.match(r"(?:the|an?|his|her|its|their)\s",
                                                             named):
        # "Iran's deputy foreign minister and senior nuclear negotiator, Abbas Araghchi": two
        # roles of the one person the apposition names
        role = read(before[: last.start()])
        if role is not None and role[0] is not None:
            return second[0], role[1]
        return second[0], last.end() + second[1] if found is None else found[1]
    owned = _OWNER.match(before, last.end()) is not None  # "Smith and his lawyer said"
    head = before[: last.start()]
    first = read(head)
    if first is None or first[0] is None:
        counted = _COUNTED_AT_END.search(head)
        if counted is not None and _CLAUSE_OPENER_BEFORE.search(head[: counted.start()]):
            # "Two donors and a former DNC staffer have argued": people the outlet counts are
            # particular people, who speak with the one named after them
            who = counted.group()
            return _joined([who[:1].lower() + who[1:], second[0]]), counted.start()
        group = bare_group_at_end(head)  # "Residents and police said": the police's voice
        if group is not None and _CLAUSE_OPENER_BEFORE.search(head[:group]):
            return second[0], group
        return found
    if not _CLAUSE_OPENER_BEFORE.search(head[: first[1]]) or is_demonym(first[0].lower()) \
            or _PREDICATE.search(head, first[1]):
        return found  # "The company hired the lawyers and ...", "Israeli and Palestinian"
    if owned:  # a party and its own people ("The company and its lawyers") are its voice
        return _common(first[0], head, first[1]), first[1]
    if _described(first[0]) and _described(second[0]):
        return found  # "Democratic lawmakers and environmental groups": a group described
    return _listed(before, [_common(first[0], head, first[1]), second[0]], first[1], read)


def _listed(before: str, parts: list[str], start: int, read: Read) -> Found:
    """The speakers ``parts`` (the first at ``start``), with those listed before them:
    "The United States, Britain and France"."""
    while (comma := _COMMA_BEFORE.search(before, 0, start)) is not None \
            and comma.end() == start:
        more = read(before[: comma.start()])
        if more is None or more[0] is None or is_demonym(more[0].lower()) \
                or not _LIST_START.search(before[: more[1]]) \
                or _PREDICATE.search(before, more[1], comma.start()):
            break
        parts.insert(0, _common(more[0], before, more[1]))
        start = more[1]
    return _joined(parts), start


# a counted group of people, its head in lower case: "Two donors", "two Democratic donors"
# ("Two U.S. officials" is read as a group before this is asked)
_COUNTED_AT_END = re.compile(
    r"(?:^|(?<=\s))(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
    r"|\d{1,3})\s+(?:[A-Za-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*[^s\W]s$")


# the "and" before a conjunct (searched over the whole text: the last one is the one read)
_AND_BEFORE_ANY = re.compile(r"(?:\s*,)?\s+and\s+")


_GROUP_HEAD = re.compile(rf"(?i:{_GROUP_HEADS})")


def _described(speaker: str) -> bool:
    """A group described by what sets it apart ("Democratic lawmakers"), no body or name."""
    return _GROUP_HEAD.fullmatch(speaker.split()[-1]) is not None


def _common(speaker: str, text: str, start: int) -> str:
    """"Police" opening the sentence is the police, as "..., police said" is."""
    return speaker.lower() if speaker.lower() in COMMON_BODIES \
        and text[start:].startswith(speaker) else speaker


def _joined(parts: list[str]) -> str:
    if len(parts) == 1 or " and " in parts[-1]:  # "United States, Britain and France"
        return ", ".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def voice_parts(voice: str) -> list[str]:
    """The speakers a joint voice names ("police and FBI" -> police, FBI); a voice of one
    speaker is itself.  (A name with "and" in it, "Procter and Gamble", is read as two: the
    contrast only asks whether two voices share a part, which such a name rarely meets.)"""
    parts = [p.strip() for p in re.split(r",\s+|\s+and\s+", voice) if p.strip()]
    return parts or [voice]
