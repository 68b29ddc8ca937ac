""""The Democrat said": a party's member named by the party, not a name.

The speaker is the person the story last quoted under a title of that kind ("Senator Bob
Menendez ... The Democrat said" is Menendez, ``SpeakerContext.resolve_role``); where it named
no one so, the role as written ("the Democrat"), never the party word taken for a name.
"""

from __future__ import annotations

import re

from embeddings.claims.role_kinds import PARTY_MEMBERS
from embeddings.claims.speaker_context import SpeakerContext

# "The Democrat", "the Republican" at the end of the text before the verb, opening its clause
_THE_MEMBER_AT_END = re.compile(r"(?:^|[,;:—–(]\s*|\band\s+|\bbut\s+)\W*(?P<the>[Tt]he)\s+"
                                r"(?P<word>[A-Z][a-z]+)\s*$")


def party_member(before_verb: str, context: SpeakerContext) -> tuple[str, int] | None:
    """(speaker, where its phrase starts) for "the Democrat" just before a verb, or None."""
    match = _THE_MEMBER_AT_END.search(before_verb)
    if match is None or match.group("word").lower() not in PARTY_MEMBERS:
        return None
    person = context.resolve_role(match.group("word").lower())
    return person or f"the {match.group('word')}", match.start("the")
