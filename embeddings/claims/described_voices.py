"""One voice described, with who it is set after its head: "A U.S. advocacy group calling for
tighter rules said", "One Republican adviser close to the White House said", "A senior official
speaking to reporters said".

It reads as the same description without what follows its head does ("A U.S. advocacy group
said" -> "U.S. advocacy group", as "A senior US official said" is read): what follows tells
who the voice is, and names no other speaker (the White House does not speak there).  Only
where nothing else before the verb names a speaker, and where the description opens its
clause ("Police arrested a man from Texas who said" is no frame of this kind).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from embeddings.claims.entities import ORG_WORDS, TITLE_WORDS
from embeddings.claims.speaker_names import _CLAUSE_OPENER_BEFORE

Subject = tuple[str | None, int] | None


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# one person a wire quotes by what they are, holding no post a title names ("A U.S. soldier
# said", "Former U.S. soldier says", "a hospital worker said"): read as "a senior official"
# and "a source" are, by the description without its article.  Not a bystander ("a witness",
# "a resident" name no one, ``bystanders``), nor a kin word or a student: one met where it
# happened, as a bystander is
PERSON_HEADS = _words("""soldier veteran marine sailor airman pilot trooper guard detective
    investigator engineer expert doctor physician surgeon nurse medic paramedic firefighter
    policeman policewoman cop employee worker staffer contractor trader banker broker rep
    journalist reporter""")
# a word of what follows the head: no clause or list goes on there ("and", "that", "said")
_WORD = (r"(?!(?:and|or|but|that|which|who|whom|is|are|was|were|has|have|had|said|says"
         r"|told)\s)[\w’'.-]+")
# a modifier, no function word: "A gaggle of representatives from ..." is a group described
_MODIFIER = r"(?!(?:of|and|or|the|in|for|to|at|on|with|from|by)\s)[\w’'-]+"
# "A|One" and up to three modifiers ("U.S.", "senior", "Republican") before a lower-case head
# ("One of the aides" is one of a group, read by its group; "the U.S. senator from
# Massachusetts" is left as it was read, for whom "the" names is the article's to say)
_DESCRIPTION = (r"(?:[Aa]n?|[Oo]ne(?!\s+of\b))\s+(?:(?:[A-Z]\.){2,3}\s+)?"
                # (a participle is no head: "A spokesman based in Qatar")
                rf"(?:{_MODIFIER}\s+){{0,3}}(?![a-z]+(?:ed|ing)\s)[a-z]+")
# who it is after the head: a participle's phrase ("calling for tighter rules", "speaking to
# reporters"), or whom it is close to or where it is ("close to the White House", "with ties
# to the campaign", "from Texas"); not "of" ("A team of scientists" is a group), nor "in"
# ("A company in Texas" names no one company, as test_claims_speakers_bodies pins)
_WHO_AFTER = (r"(?:close\s+to|familiar\s+with|with\s+(?:close\s+)?ties\s+to|from|based\s+in"
              r"|[a-z]{3,}ing(?:\s+(?:for|to|on|against|with|about|in|at))?)"
              rf"\s+(?:{_WORD}\s+){{0,4}}{_WORD}")
# where one voice is, after a head a post or what they are names ("A law enforcement source in
# Palm Beach County said", "a senior official in Washington"): not after a body's head ("A
# company in Texas" names no one company)
_IN_PLACE = r"in\s+(?:the\s+)?(?:[A-Z][\w.’'-]*,?\s+){0,4}[A-Z][\w.’'-]*,?"
_PERSON_IN_PLACE_AT_END = re.compile(
    rf"(?:^|(?<=[\s,;:“”\"(—–]))(?P<d>{_DESCRIPTION})\s+(?P<who>{_IN_PLACE})\s*$")
_DESCRIBED_AT_END = re.compile(
    rf"(?:^|(?<=[\s,;:“”\"(—–]))(?P<d>{_DESCRIPTION})\s+(?P<who>{_WHO_AFTER})\s*$")


def described_voice(before: str, read: Callable[[str], Subject]) -> Subject:
    """The speaker of a description with who it is set after its head, read as the
    description alone; ``read`` finds the subject of a text that ends right before the verb."""
    found = _DESCRIBED_AT_END.search(before.rstrip())
    if found is not None and "," in found.group("who"):
        found = None
    placed = _PERSON_IN_PLACE_AT_END.search(before.rstrip())
    if found is None and placed is not None and _person_head(placed.group("d").split()[-1]):
        found = placed
    if found is None or not _CLAUSE_OPENER_BEFORE.search(before[: found.start("d")]):
        return None
    subject = read(before[: found.end("d")] + " ")
    if subject is None or subject[0] is None or subject[1] != found.start("d"):
        return None  # the description alone names no one ("A man said"), or not all of it
    return subject


def _person_head(head: str) -> bool:
    """A head naming one person by post or by what they are ("source", "official", "soldier"),
    not a body ("company", "ministry")."""
    return head not in ORG_WORDS and (head in TITLE_WORDS or head in PERSON_HEADS
                                      or head in ("source", "insider"))


def one_described_person(phrase: str, head: str) -> bool:
    """"A U.S. soldier", "one former marine": one person described by what they are."""
    return phrase.split()[0].lower() in ("a", "an", "one") and head in PERSON_HEADS
