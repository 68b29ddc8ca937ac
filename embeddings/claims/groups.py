"""Groups of people and bodies a frame names by what they are, not by a name.

"Azerbaijani officials said", "Analysts at Deutsche Bank said", "a spokesman for the
Interior Ministry said", "Lawyers for the universities said", "Organisers said": who
such a group is, and whether it names anyone at all (a bare "Officials said" does not:
``unnamed_source`` says which group it was).
"""

from __future__ import annotations

import re

from embeddings.claims.entities import ORG_WORDS, TITLE_WORDS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# "Organisers said", "the organisers said"; not "the protest organisers" (a group named by
# what sets it apart, read as such below)
_ORGANISERS_AT_END = re.compile(r"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<who>[Oo]rgani[sz]ers)"
                                r"(?:\s+of\s+(?:the\s+)?[\w’'-]+)?$")  # "Organisers of the march"
_JOINING_WORDS = frozenset({"and", "but", "that", "as", "while", "when", "after"})


def _bare_organisers(text: str) -> re.Match[str] | None:
    found = _ORGANISERS_AT_END.search(text)
    if found is None:
        return None
    before = text[: found.start()].rstrip()
    if before and before[-1].isalnum() and before.split()[-1].lower() not in _JOINING_WORDS:
        return None
    return found


# "doctors at the city hospital said": the body speaks through its people, and the frame
# starts with them
_MEMBERS_OF_BEFORE = re.compile(
    r"(?:^|(?<=\s))(?:[Tt]he\s+|[Ss]ome\s+|[Tt]wo\s+|[Tt]hree\s+)?(?:[a-z]+\s+)?"
    r"(?:doctors|nurses|staff|officials|workers|scientists|researchers|experts|officers|sources"
    r"|employees|teachers|members)\s+(?:at|of|from|in|with)\s+$", re.IGNORECASE)


def _over_members(text: str, start: int) -> int:
    members = _MEMBERS_OF_BEFORE.search(text, 0, start)
    return members.start() if members else start


def _body_or_title(head: str) -> bool:
    """"the ministry", "the clubs", "his defence team", "her lawyers"."""
    single = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return any(w in ORG_WORDS or w in TITLE_WORDS or w in _TEAMS for w in (head, single))


# bodies that speak but are places too ("Heathrow Airport" stays a place among entities),
# and a family or an ally, who speak as one
_TEAMS = _words("""team campaign camp side opposition airport prison museum school family
    families ally allies military junta consulate legation mission delegation""")


# bodies named by a noun with other uses ("the exchange of fire", "a chain of events", "the
# panel discussion"): a body only as the subject of a verb of saying with "the" ("The exchange
# said", "the league said"), which is where ``subjects`` reads them, not among the words that
# make a run a body's name (``ORG_WORDS``)
THE_BODIES = _words("""exchange bourse league panel carrier brokerage diocese studio district
    county trust""")


# "Azerbaijani officials said", "the separatist authorities said", "two diplomats said": a
# group named by what sets it apart speaks with one voice.  A bare "Officials said" or "the
# authorities said" names no one in particular and leaves the claim the outlet's.
_GROUP_HEADS = (r"officials|authorities|diplomats|sources|lawmakers|legislators|ministers"
                r"|rebels|separatists|militants|activists|protesters|witnesses|analysts"
                r"|experts|investigators|prosecutors|researchers|scientists|leaders|envoys"
                r"|residents|villagers|locals|survivors|eyewitnesses|doctors|critics|charities"
                r"|campaigners|economists|observers|groups|meteorologists|forecasters|firefighters"
                r"|rescuers|medics|monitors|inspectors|regulators|seismologists|epidemiologists"
                # the people a local story hears from ("Parents said", "Local business owners
                # said"): no one's name, however capitalised at a sentence's start
                r"|owners|parents|farmers|workers|students|teachers|nurses|passengers"
                r"|patients|shopkeepers|traders|merchants|neighbou?rs|voters|employees|commuters"
                r"|tenants|landlords|homeowners|retailers|fishermen|miners|drivers"
                # who hears things first, named by no one ("Insiders said", "Reporters said")
                r"|insiders|reporters|journalists"
                # the plural of a title only a person holds ("Two senior aides said", as "two
                # diplomats said"; "Aides said" names no one, as "Officials said")
                r"|aides|advisers|advisors|spokesmen|spokeswomen|spokespeople|staffers"
                r"|strategists|negotiators"
                # who acts or pleads for a body or a party ("FBI agents said", "Defense
                # lawyers said"; "Lawyers said" names no one, as "Officials said")
                r"|agents|lawyers|attorneys")
# what is written, by no one named: "Reports said", "according to reports", "Polls say"
# vouch for a claim no more than "Sources said" does (only bare: "Pentagon reports" and
# "police reports show" are read as they are)
_UNNAMED_WRITINGS = r"reports|studies|polls|surveys"
_BARE_HEADS = f"{_GROUP_HEADS}|{_UNNAMED_WRITINGS}"
# (an abbreviation with its dots is a modifier as its undotted form is: "Two U.S. officials"
# as "Two US officials", "E.U. diplomats")
_GROUP_AT_END = re.compile(
    r"(?:^|(?<=\s))(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?"
    rf"(?P<who>(?P<mods>(?:(?:[\w’'-]+|(?:[A-Z]\.){{2,3}})\s+){{1,3}})(?:{_GROUP_HEADS}))$")
# how many, without a number: "Several officials", "Various sources" name no one in particular
_SOME = r"[Ss]ome|[Mm]any|[Ss]everal|[Vv]arious|[Mm]ultiple|[Nn]umerous|[Cc]ountless"
# what an unnamed source knows, or why it goes unnamed: "people familiar with the matter",
# "sources close to the talks", "officials who spoke on condition of anonymity" are still
# "people", "sources", "officials"; the qualifier says why no one is named, not who speaks
_WHY_UNNAMED = (
    r"(?:\s+(?:who\s+(?:is|are|was|were)\s+)?(?:familiar\s+with|close\s+to|briefed\s+on"
    r"|with\s+(?:direct\s+|first-?hand\s+|detailed\s+)?knowledge\s+of)"
    r"\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
    r"|,?\s+(?:who\s+(?:spoke|was\s+speaking|were\s+speaking)|speaking)\s+on\s+(?:the\s+)?"
    r"condition\s+of\s+anonymity"
    r"|,?\s+who\s+(?:asked|requested|declined)\s+not\s+to\s+be\s+(?:named|identified)"
    r"|,?\s+(?:who\s+(?:asked|requested)|requesting|asking\s+for)\s+anonymity"
    r"|,?\s+asking\s+not\s+to\s+be\s+(?:named|identified))")
# ("people" is a source only so qualified: "Two people said" is no frame read here)
_UNNAMED_HEADS = (r"(?i:officials?|sources?|people|persons?|insiders?|diplomats?|aides?"
                  rf"|{_GROUP_HEADS})")
_WHY_UNNAMED_AT_END = re.compile(
    rf"(?:^|(?<=\s))(?P<head>{_UNNAMED_HEADS}){_WHY_UNNAMED}\s*,?\s*$")


# "Two people familiar with the matter said" reads as "two diplomats said" does
_PEOPLE_AT_END = re.compile(
    r"(?:^|(?<=\s))(?P<who>(?P<mods>(?:(?:[\w’'-]+|(?:[A-Z]\.){2,3})\s+){1,3})"
    r"(?:people|persons))$")


# one source no one names, as "Two people familiar with the matter said" counts several: "A
# source familiar with the matter said", "One person briefed on the talks said", "A
# government source said" read as "A senior official said" does (its head without the
# article); "person" only so qualified, as "people" ("A person said" is no frame read
# here); a bare "A source said" is one source too, as "A government source said" is
_ONE_SOURCE_AT_END = re.compile(
    r"(?:^|(?<=\s))(?:[Aa]n?|[Oo]ne)\s+(?P<who>(?P<mods>(?:(?:[\w’'-]+|(?:[A-Z]\.){2,3})\s+)"
    r"{0,3})(?P<head>source|insider|person))$")


def without_why_unnamed(text: str) -> str:
    """``text`` (what stands before a verb of saying) without the qualifier of the unnamed
    source ending it: "Two people familiar with the matter" -> "Two people"."""
    found = _WHY_UNNAMED_AT_END.search(text)
    return text[: found.end("head")] if found else text


# "Officials said", "according to diplomats": the outlet vouches for the claim no more than
# a named speaker's would, but names no one; contrast views say so ("attributes it to
# unnamed officials") instead of calling it the outlet's own voice
_UNNAMED = re.compile(
    rf"(?:^|(?<=[\s,(—–-]))(?:(?:[Tt]he|{_SOME}|[Tt]wo|[Tt]hree)\s+)?"
    rf"(?:(?P<a>(?i:{_BARE_HEADS}))(?:{_WHY_UNNAMED},?)?|(?P<c>(?i:people)){_WHY_UNNAMED},?)"
    r"\s+(?:said|say|says|told|added|stated|confirmed|reported|warned|insisted|claimed)\b"
    # (opening a sentence too; "people" only as a qualified source)
    rf"|\b[Aa]ccording to (?:the\s+)?(?P<b>{_BARE_HEADS}|people(?={_WHY_UNNAMED}))\b")


# a bare group of people (not a body's own: "doctors at the hospital" speak for it) and a
# preposition of where it is, before "the city centre"
_PEOPLE_IN_PLACE = re.compile(
    rf"(?:^|(?<=\s))(?!(?i:officials|sources|doctors|nurses|staff|scientists|researchers"
    rf"|experts|investigators|prosecutors|inspectors|regulators|employees|teachers)\s)"
    rf"(?i:{_GROUP_HEADS})\s+(?:in|near|across|around|along|outside|throughout|close\s+to)\s+$")
_BARE_GROUP = re.compile(rf"(?:{_BARE_HEADS})")
# "Farmers in the valley", "residents near the border", "workers across the region": where a
# bare group is, in lower case, names no one either ("Analysts at Deutsche Bank" name a body)
_WHERE_IN_LOWER_CASE = (r"(?:\s+(?:in|near|across|around|along|outside|inside|at|on|from"
                        r"|throughout|close\s+to)\s+(?:(?:the|a|an|this|that|their|its)\s+)?"
                        r"(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*"
                        # "Experts not involved in the research said": who they are not
                        r"|(?:\s+who\s+(?:were|was|are))?\s+not\s+involved\s+(?:in|with)\s+"
                        r"(?:the\s+)?(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)?")
_BARE_GROUP_AT_END = re.compile(
    rf"(?:^|(?<=\s))(?:(?:[Tt]he|{_SOME})\s+)?(?:(?i:{_BARE_HEADS}){_WHERE_IN_LOWER_CASE}"
    rf"|(?i:{_BARE_HEADS}|people){_WHY_UNNAMED},?)\s*$")


def bare_group_at_end(text: str) -> int | None:
    """Where a bare group ends ``text`` ("..., officials", "..., some analysts"), if one does."""
    m = _BARE_GROUP_AT_END.search(text)
    return m.start() if m else None


def unnamed_source(sentence: str) -> str | None:
    """The bare plural a sentence attributes itself to ("officials", "diplomats"), if any."""
    m = _UNNAMED.search(sentence)
    return (m.group("a") or m.group("b") or m.group("c")).lower() if m else None


# "Analysts at Deutsche Bank said", "experts from the World Health Organization said": a
# group set apart by the organisation it belongs to
_GROUP_OF_NAME_AT_END = re.compile(
    rf"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<who>(?i:{_GROUP_HEADS})"
    r"\s+(?:at|from|of|with)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?"
    r"[A-Z][\w.&’'-]*){0,5})$")


# "a spokesman for the Interior Ministry", "an official for the agency": who speaks for a
# body ("lawyers for X", who argue a party's case, are read below as what they are)
_VOICE_FOR_AT_END = re.compile(
    r"(?:^|(?<=\s))(?:[Aa]n?|[Tt]he)\s+(?:(?!(?:for|of)\s)[a-z][\w-]*\s+){0,2}"
    r"(?P<role>spokes(?:man|woman|person)|official)\s+for\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w.&’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&’'-]*){0,5}"
    # a body named by its people and its kind: "the Mexican foreign ministry"
    r"|(?P<kind>[A-Z][a-z]+(?:\s+[a-z][\w-]*){1,2})"
    r"|[a-z]+)$")


# "Lawyers for the universities said", "a lawyer for Harvard said": who speaks for a party,
# named by the party (alone, "Harvard" would be read as the speaker, or nobody)
_AGENT_FOR_AT_END = re.compile(
    r"(?:^|(?<=\s))(?:(?:[Aa]n?|[Tt]he|[Tt]wo|[Ss]ome)\s+)?(?P<who>"
    r"(?:(?!(?i:and|but|or|as|while|when|after|that|which|who)\s)[A-Za-z][a-z]+\s+)?"
    r"(?i:lawyers?|attorneys?|counsel|representatives?|advocates?)\s+for\s+(?:the\s+)?"
    r"(?:[A-Z][\w.&’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&’'-]*){0,5}"
    r"|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*[’']s\s+[a-z][\w-]*"  # "Breonna Taylor's family"
    r"|(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*))$")


# "A coalition of environmental organisations said": a body named by whom it gathers
_BODY_OF_AT_END = re.compile(
    r"(?:^|(?<=\s))(?:[Aa]n?|[Tt]he)\s+(?P<who>(?:coalition|group|alliance|association"
    r"|federation|network|consortium|panel|team)\s+of\s+(?:[a-z][\w’'-]*\s+){0,3}"
    r"[a-z][\w’'-]*s)$")


_NOT_A_MODIFIER = frozenset({"and", "or", "but", "of", "that", "who", "which", "said", "says",
                             "had", "has", "have", "was", "were", "is", "are", "will", "would",
                             "many", "some", "most", "all", "other", "these", "those", "such",
                             "few", "several", "both", "no", "various",
                             "multiple", "numerous", "countless", "the", "a", "an", "its", "his",
                             "her", "their", "while", "when", "after", "before", "because",
                             "although", "though", "since", "if", "as", "once", "until",
                             "unless", "whereas", "even", "only", "also", "now", "where"})
