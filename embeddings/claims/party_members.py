""""The Democrat said": a party's member named by the party, not a name.

A story names a politician once with their party ("Democratic Sen. Chris Murphy", "Chris
Murphy, a Democrat from Connecticut,", "Sen. Chris Murphy (D-Conn.)") and then calls them by
it ("The Democrat said ...").  The party is read from the person's own mention only, never
from what a reader knows of them; "the Democrat" is the last person the article named so
(``SpeakerContext.parties``).  Where it named no one so, it is the role as written ("the
Democrat"), never the party word taken for a person's name.  Reading "the Democrat" as the
senator quoted just before, whose party the article never gave, is the ``party_by_title``
setting (off: it cost a seed group, docs/quality.md, fifty-second session).
"""

from __future__ import annotations

import re
from typing import Protocol


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# the word a party's member is called by, and the words a mention of them gives it with
PARTY_OF_WORD: dict[str, str] = {
    "democrat": "democrat", "democratic": "democrat", "dem": "democrat",
    "republican": "republican", "gop": "republican",
    "conservative": "conservative", "tory": "conservative",
    "liberal": "liberal", "socialist": "socialist", "communist": "communist",
    "labour": "labour", "labourite": "labour",
}
# the member nouns "the X said" calls someone by ("the Democratic senator" is a title's)
MEMBER_WORDS = frozenset({"democrat", "republican", "conservative", "tory", "liberal",
                          "socialist", "communist", "labourite"})
# the letter of a US party tag: "(D-Conn.)", "(R)", ", R-Texas,"
_TAG_PARTY = {"d": "democrat", "r": "republican"}

# a party word among the few words before the name ("Democratic Sen. X", "GOP Rep. X",
# "Republican Gov. X", "Conservative MP X"), capitalised as a party is
_BEFORE = re.compile(r"\b(?P<party>Democratic|Democrat|Dem|Republican|GOP|Conservative|Tory"
                     r"|Liberal|Socialist|Communist|Labour)\s+(?:[A-Za-z.]+\s+){0,3}$")
# after the name: a party tag ("(D-Conn.)", ", R-Texas,") or an apposition that calls the
# person a member ("X, a Democrat from Connecticut,", "X, the Republican senator,")
_AFTER = re.compile(r"\s*(?:\(\s*(?P<tag>[DR])(?:\s*-\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*\)"
                    r"|,\s+(?P<tag2>[DR])-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,"
                    r"|,\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}(?P<member>Democrat|Democratic"
                    r"|Republican|Conservative|Tory|Liberal|Socialist|Communist|Labour)\b)")


class KnowsParties(Protocol):
    parties: list[tuple[str, str]]
    speakers: list[str]
    held: dict[str, set[str]]

    def is_person(self, name: str) -> bool: ...


def party_of_mention(sentence: str, start: int, end: int) -> str | None:
    """The party a person's own mention at ``start:end`` gives them, if any."""
    before = _BEFORE.search(sentence[max(0, start - 40):start])
    if before is not None:
        return PARTY_OF_WORD[before.group("party").lower()]
    after = _AFTER.match(sentence, end)
    if after is None:
        return None
    tag = after.group("tag") or after.group("tag2")
    if tag:
        return _TAG_PARTY[tag.lower()]
    return PARTY_OF_WORD[after.group("member").lower()]


# "The Democrat", "the Republican" at the end of the text before the verb, opening its clause
_THE_MEMBER_AT_END = re.compile(r"(?:^|[,;:—–(]\s*|\band\s+|\bbut\s+)\W*(?P<the>[Tt]he)\s+"
                                r"(?P<word>[A-Z][a-z]+)\s*$")

# titles a party's member may have been quoted under (``party_by_title``)
_POLITICIAN_TITLES = _words("""senator sen rep representative congressman congresswoman
    lawmaker legislator mp governor gov mayor minister premier chancellor president leader
    speaker candidate councilman councilwoman councillor councilor assemblyman
    assemblywoman""")


def party_member(before_verb: str, context: KnowsParties,
                 by_title: bool = False) -> tuple[str, int] | None:
    """(speaker, where its phrase starts) for "the Democrat" just before a verb, or None."""
    match = _THE_MEMBER_AT_END.search(before_verb)
    if match is None or match.group("word").lower() not in MEMBER_WORDS:
        return None
    word = match.group("word")
    party = PARTY_OF_WORD[word.lower()]
    person = next((who for who, of in reversed(context.parties) if of == party), None)
    if person is None and by_title:
        person = _titled_speaker(context, party)
    return person or f"the {word}", match.start("the")


def _titled_speaker(context: KnowsParties, party: str) -> str | None:
    """The person last quoted (of the last three speakers) under a politician's title, whose
    own mention gave no other party: a reader's guess, not what the article says."""
    other = {who for who, of in context.parties if of != party}
    person = next((n for n in reversed(context.speakers[-3:]) if context.is_person(n)), None)
    if person is None or person in other:
        return None
    return person if context.held.get(person, set()) & _POLITICIAN_TITLES else None
