"""Who stands before or after a verb of saying, and whether it names a speaker.

"Ned Price, a State Department spokesperson, reiterated", "Telecom operator Norvanta said",
"the ministry said", "he said", "Analysts at Deutsche Bank said", "“A,” said organiser
Tomas Brandt": the subject of a frame, found backwards from its verb (or forwards, after an
inverted "said"), with its titles, descriptions and appositives set aside, and resolved
against what the article said before (``SpeakerContext``).  A bare plural ("Officials
said") names no one (``unnamed_source`` says which group it was).
"""

from __future__ import annotations

import re

from embeddings.claims.bodies import (
    BODY_HEADS,
    SEAT,
    body_after,
    body_in_place,
    holder_of_body,
    name_after_description,
    seat_at_end,
    titled_name_after_comma,
)
from embeddings.claims.entities import (
    ORG_WORDS,
    PLACES,
    RUN,
    TITLE_WORDS,
    is_demonym,
    is_title,
    person_name,
)
from embeddings.claims.quotes import ends_with_quote
from embeddings.claims.speaker_context import COMPANY_HEADS, PERSON_ROLES, SpeakerContext


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that take a bare clause ("X said the army withdrew"); the others need "that" or a quote.
_INVERTABLE = _words("said says added wrote")
BETWEEN_SUBJECT_AND_VERB = re.compile(
    # "He's said", "They've said", "She'd said": a contracted "has", "have" or "had"
    r"(?:(?:(?<=\b[Hh]e)|(?<=\b[Ss]he))['’]s(?=\s)"
    r"|(?:(?<=\b[Tt]hey)|(?<=\b[Ww]e)|(?<=\bI))['’]ve(?=\s)"
    r"|(?:(?<=\b[Hh]e)|(?<=\b[Ss]he)|(?<=\b[Tt]hey)|(?<=\b[Ww]e)|(?<=\bI))['’]d(?=\s))?"
    r"(?:\s+(?:also|has|have|had|later|then|again|further|once|already|still|publicly"
    # an -ly adverb, not a noun in -ly ("the family said", "a close ally said")
    r"|previously|earlier|recently|repeatedly|today|yesterday|tonight"
    r"|(?!(?:family|ally|assembly|rally|supply|monopoly|anomaly)\b)[a-z]+ly"
    r"|at times|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:last|this|earlier|later)\s+(?:week|month|year)))*\s*$"
)
_PRONOUN_AT_END = re.compile(r"(?:^|\s|[“”\"])(?P<p>[Hh]e|[Ss]he|[Tt]hey|[Ii]t)$")
RELATIVE_AT_END = re.compile(r",\s*(?:which|who)$")
_DESCRIPTOR_AT_END = re.compile(
    r"(?:^|\s)(?P<d>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s))"
    r"\s+(?:[\w’'-]+\s+){0,3}"
    r"(?P<head>[a-z]+))$"
)
_CLAUSE_OPENER_BEFORE = re.compile(
    r"(?:^|[,;:“”\"(—–]|\b(?:that|and|but|yet|while|as|when|after|because|so|then|since"
    r"|although|though|where|before)"
    r"|^(?:And|But|Yet|So))\s*$"  # "But the WHO says ...": not "When the WHO said A, B"
)
_APPOSITION = re.compile(
    rf"(?:\s+(?:to|in|at|for)\s+{RUN.pattern})?,\s*(?P<name>{RUN.pattern})(?=\s*[,.])"
)
# and a US state as the AP abbreviates it ("Gov. Gavin Newsom of Calif. said")
_CORPORATE_DOT = re.compile(
    r"\b(Inc|Corp|Co|Ltd|Plc|Bros|Cos|Jr|Sr|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky"
    r"|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)"
    r"\.(?=\s*,?\s*$)")
# "officials in Austin, Texas, said", "in Palm Beach County, Fla., ... said": the state after a
# place says where the place is, and is no speaker (the group before it is)
_STATE_AFTER_PLACE = re.compile(
    r"(?P<place>\b[A-Z][\w.'’-]*),\s*(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La"
    r"|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo"
    r"|N\.[CDHJMY]|S\.[CD]|W\.Va|R\.I"
    r"|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida"
    r"|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    r"|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    r"|New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina"
    r"|North\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina"
    r"|South\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\s+Virginia"
    r"|Wisconsin|Wyoming)\.?,?\s*$")
# "Judge Reed O'Connor in Fort Worth": a named person's place is no part of who speaks
_NAME_IN_PLACE = re.compile(
    r"(?P<name>[A-Z][\w.'’-]*\s+[A-Z][\w.'’-]*)\s+in(?:\s+[A-Z][\w.'’-]*)+$")


def _without_state(text: str) -> str:
    """``text`` without the state after its last place ("officials in Austin, Texas,"), and
    without a named person's place then ("Judge Reed O'Connor in Fort Worth, Texas,")."""
    state = _STATE_AFTER_PLACE.search(text)
    if state is None:
        return text
    return _NAME_IN_PLACE.sub(r"\g<name>", text[:state.end("place")])


# a press release's company: "Acme Robotics, Inc. (NASDAQ: ACME)" is "Acme Robotics Inc" (as
# "Acme Inc." is "Acme Inc"); its stock ticker in brackets is no part of who speaks
_TICKER_AT_END = re.compile(
    r"\s*\((?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|AIM|TSX|TSXV|ASX|HKEX|SGX|NSE|BSE|JSE|SIX|OTC\w*"
    r"|Euronext|XETRA|FWB|NYSE\s+American|Nasdaq\s+\w+)\s*:\s*[\w.-]+"
    r"(?:\s*[;,]\s*[\w\s]+:\s*[\w.-]+)*\)\s*$")
_COMMA_SUFFIX_AT_END = re.compile(r",\s*(Inc|Corp|Co|Ltd|LLC|LLP|Plc|PLC|GmbH|Pty|Limited"
                                  r"|Incorporated)\s*$")


def _company_at_end(text: str) -> str:
    """"Acme Robotics, Inc. (NASDAQ: ACME)" -> "Acme Robotics Inc" (only the end changes)."""
    text = _TICKER_AT_END.sub("", text)
    return _COMMA_SUFFIX_AT_END.sub(r" \1", _CORPORATE_DOT.sub(r"\1", text))


# (two capitals at least: "(WHO)", "(KCNA)"; "Azerbaijan (Shiite)" glosses a name)
_ACRONYM_AT_END = re.compile(r"\s*\((?=(?:[^)]*[A-Z]){2})[A-Z][A-Za-z.&-]{1,11}\)\s*$")
# "the statement claimed …" speaks with the voice of whoever issued it.
_DOCUMENT_HEADS = _words("statement report post letter communique readout read-out")


def subject_before(sentence: str, verb_start: int,
                    context: SpeakerContext) -> tuple[str | None, int] | None:
    """The speaker named right before a reporting verb, and where its phrase starts."""
    text = BETWEEN_SUBJECT_AND_VERB.sub("", sentence[:verb_start], count=1)
    text = _ACRONYM_AT_END.sub("", text)  # "the World Health Organization (WHO) said"
    # "Acme Inc. said", "The company, Acme Inc., said": the suffix's full stop ends no name
    # (only the end changes: where the subject starts stays where it was)
    text = _company_at_end(_CORPORATE_DOT.sub(r"\1", text))
    text = _without_state(text)
    relative = RELATIVE_AT_END.search(text)
    if relative:  # "the US Embassy in Baku, which declared"
        text = text[: relative.start()]
        name = _name_at_end(text)
        if name is None:
            return None
        speaker = named_speaker(name[0], context)
        return (speaker, _extend_over_titles(text, name[1])) if speaker else None
    elif text.endswith(","):
        described = name_after_description(text)
        if described is not None and _CLAUSE_OPENER_BEFORE.search(text[: described[1]]):
            # "The main opposition party, the Kuomintang, said": the body by its name
            speaker = named_speaker(described[0], context)
            return (speaker, described[1]) if speaker else None
        if titled_name_after_comma(text):  # ", Colonel Souleymane Dembele,"
            titled = _name_after_role(text, context, longest=10)
            if titled is not None:
                return titled
        without = _drop_appositive(text)
        if without is None:
            return _name_after_role(text, context)
        # "Rubilio Mendez, 34, a migrant from Guatemala who traveled with the caravan, said":
        # one description after another
        for _ in range(2):
            more = _drop_appositive(without + ",")
            if more is None or not _description(without[len(more) + 1:].split()):
                break
            without = more
        text = _without_state(_company_at_end(_CORPORATE_DOT.sub(r"\1", without)))
    role_of = _ROLE_OF.search(text)
    if role_of and role_of.group("title").lower() in _OF_ROLES \
            and not _WHEN_WORD.fullmatch(role_of.group("run")):
        found = _role_of(text, role_of, context)
        if found is not None:
            return found
    voice = _VOICE_FOR_AT_END.search(text)
    if voice and _CLAUSE_OPENER_BEFORE.search(text[: voice.start()]):
        # "a spokeswoman for the Federal Network Agency said": the agency's spokeswoman, read
        # as "A Federal Network Agency spokeswoman said" is (one voice, however worded)
        body = voice.group("body")
        whose = named_speaker(body, context) if body[:1].isupper() \
            else context.resolve_descriptor(body.split()[-1])
        if voice.group("kind") and body.split()[-1] not in BODY_HEADS:
            whose = None  # "a spokesman for the Mexican people" speaks for no body
        if whose:
            return f"{whose} {voice.group('role').lower()}", voice.start()
    in_place = body_in_place(text)  # "the Chinese embassy in Abuja said"
    # "The head of the Chinese embassy in Abuja said": the office holder, not the embassy
    in_place = in_place and (holder_of_body(text, in_place[1]) or in_place)
    if in_place is not None and _CLAUSE_OPENER_BEFORE.search(text[: in_place[1]]):
        return in_place
    seat = seat_at_end(text)  # "No 10 said", "10 Downing Street said"
    if seat is not None and _CLAUSE_OPENER_BEFORE.search(text[: seat[1]]):
        return seat
    posted = _role_posted(text, context)
    if posted is not None:
        if posted[0] is not None:
            return posted[0], posted[1]
        text = text[: posted[1]]
    pronoun = _PRONOUN_AT_END.search(text)
    if pronoun:
        resolved = context.resolve_pronoun(pronoun.group("p"))
        return (resolved, pronoun.start("p")) if resolved else None
    # "Organisers put the turnout at 250,000": like the police, the organisers of the event
    # the story is about, one party however bare the word
    organisers = _bare_organisers(text)
    if organisers and _CLAUSE_OPENER_BEFORE.search(text[: organisers.start()]):
        return organisers.group("who").lower(), organisers.start()
    group = _GROUP_OF_NAME_AT_END.search(text) or _BODY_OF_AT_END.search(text) \
        or _AGENT_FOR_AT_END.search(text)
    if group and _CLAUSE_OPENER_BEFORE.search(text[: group.start()]):
        return group.group("who"), group.start()
    name = _name_at_end(text)
    if name is not None:
        raw, start = name
        start = _extend_over_titles(text, start)
        speaker = named_speaker(raw, context)
        if speaker is not None and not _CLAUSE_OPENER_BEFORE.search(text[:start]):
            start = over_descriptor(text, start)  # "Telecom operator Norvanta said"
        if speaker is None or not _CLAUSE_OPENER_BEFORE.search(text[:start]):
            return None
        return speaker, start
    descriptor = _DESCRIPTOR_AT_END.search(text)
    if descriptor and _PEOPLE_IN_PLACE.search(text, 0, descriptor.start("d")):
        return None  # "residents in the city centre said": where a bare group is, not who
    if descriptor and descriptor.group("head") in _DOCUMENT_HEADS:
        speaker = context.speakers[-1] if context.speakers else None
        return (speaker, descriptor.start("d")) if speaker else None
    if descriptor and (_body_or_title(descriptor.group("head"))
                       or ends_with_quote(text[: descriptor.start("d")])):  # “A,” a man said
        phrase = descriptor.group("d")
        # "the IG Metall union" names its union: not the "union sources" quoted before
        named = any(w[:1].isupper() for w in phrase.split()[1:-1])
        head = descriptor.group("head")
        resolved = None if named else (
            context.resolve_descriptor(head)
            or context.company_subject(head, text[: descriptor.start("d")])
            or context.company_named(head))
        words = phrase.split()[1:]
        if resolved is not None and phrase.split()[0].lower() in ("a", "an") \
                and context.is_person(resolved):
            # "A ministry spokesman said" after spokesman Ned Price spoke: "a" brings in
            # someone new, not the person named before (a body's role stays the body's)
            resolved = None
        if resolved is None and len(words) <= 2 and phrase.split()[0].lower() == "the":
            # "the diplomat" after spokesperson Mao Ning spoke, "the Russian diplomat" after
            # Russian Deputy Ambassador Dmitry Polyanskiy did
            resolved = context.resolve_role(head, words[0] if len(words) == 2 else "")
        if resolved is None and not named and len(words) == 2 and head in PERSON_ROLES:
            # "a company spokeswoman" after Velta spoke: Velta's spokeswoman
            body = context.resolve_descriptor(words[0]) if words[0] in ORG_WORDS \
                or words[0] in COMPANY_HEADS else None
            resolved = f"{body} {head}" if body and body[:1].isupper() else None
        start = _over_members(text, descriptor.start("d"))
        if descriptor.group("owner"):  # "Trump's aide": whose aide is part of who speaks
            return resolved or phrase, start
        return resolved or phrase.split(maxsplit=1)[1], start
    police = re.search(r"(?:^|(?<=\s))police$", text)  # "A, police said": the force of the story
    if police and _CLAUSE_OPENER_BEFORE.search(text[: police.start()]):
        return context.resolve_descriptor("police") or "police", police.start()
    group = _GROUP_AT_END.search(text)
    if group and _CLAUSE_OPENER_BEFORE.search(text[: group.start()]) \
            and not any(w.lower() in _NOT_A_MODIFIER for w in group.group("mods").split()):
        return group.group("who"), group.start()
    return None


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
                r"|tenants|landlords|homeowners|retailers|fishermen|miners|drivers")
_GROUP_AT_END = re.compile(
    r"(?:^|(?<=\s))(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?"
    rf"(?P<who>(?P<mods>(?:[\w’'-]+\s+){{1,3}})(?:{_GROUP_HEADS}))$")
# "Officials said", "according to diplomats": the outlet vouches for the claim no more than
# a named speaker's would, but names no one; contrast views say so ("attributes it to
# unnamed officials") instead of calling it the outlet's own voice
_UNNAMED = re.compile(
    rf"(?:^|(?<=[\s,(—–-]))(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo|[Tt]hree)\s+)?"
    rf"(?P<a>(?i:{_GROUP_HEADS}))"
    r"\s+(?:said|say|says|told|added|stated|confirmed|reported|warned|insisted|claimed)\b"
    rf"|\baccording to (?:the\s+)?(?P<b>{_GROUP_HEADS})\b")


# a bare group of people (not a body's own: "doctors at the hospital" speak for it) and a
# preposition of where it is, before "the city centre"
_PEOPLE_IN_PLACE = re.compile(
    rf"(?:^|(?<=\s))(?!(?i:officials|sources|doctors|nurses|staff|scientists|researchers"
    rf"|experts|investigators|prosecutors|inspectors|regulators|employees|teachers)\s)"
    rf"(?i:{_GROUP_HEADS})\s+(?:in|near|across|around|along|outside|throughout|close\s+to)\s+$")
_BARE_GROUP = re.compile(rf"(?:{_GROUP_HEADS})")
# "Farmers in the valley", "residents near the border", "workers across the region": where a
# bare group is, in lower case, names no one either ("Analysts at Deutsche Bank" name a body)
_WHERE_IN_LOWER_CASE = (r"(?:\s+(?:in|near|across|around|along|outside|inside|at|on|from"
                        r"|throughout|close\s+to)\s+(?:(?:the|a|an|this|that|their|its)\s+)?"
                        r"(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*"
                        # "Experts not involved in the research said": who they are not
                        r"|(?:\s+who\s+(?:were|was|are))?\s+not\s+involved\s+(?:in|with)\s+"
                        r"(?:the\s+)?(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)?")
_BARE_GROUP_AT_END = re.compile(
    rf"(?:^|(?<=\s))(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal)\s+)?(?i:{_GROUP_HEADS})"
    rf"{_WHERE_IN_LOWER_CASE}\s*$")


def bare_group_at_end(text: str) -> int | None:
    """Where a bare group ends ``text`` ("..., officials", "..., some analysts"), if one does."""
    m = _BARE_GROUP_AT_END.search(text)
    return m.start() if m else None


def unnamed_source(sentence: str) -> str | None:
    """The bare plural a sentence attributes itself to ("officials", "diplomats"), if any."""
    m = _UNNAMED.search(sentence)
    return (m.group("a") or m.group("b")).lower() if m else None


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
                             "few", "several", "both", "no", "the", "a", "an", "its", "his",
                             "her", "their", "while", "when", "after", "before", "because",
                             "although", "though", "since", "if", "as", "once", "until",
                             "unless", "whereas", "even", "only", "also", "now", "where"})


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


def _without_when_or_where(run: str) -> str:
    run = WHEN.sub("", run)
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
    if verb.group() not in _INVERTABLE or not (
            ends_with_quote(prefix) or prefix.rstrip().endswith(",")):
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


# "Ironically, the deal survived, said Tyler": a capitalised sentence adverb is no name
_ADVERB = re.compile(r"(?:ically|ately|ionally|ually|larly|ously|ently|antly|edly|ingly|ively"
                     r"|fully|ably|ibly)$")
_QUANTITIES = _words("""one two three four five six seven eight nine ten eleven twelve dozens
    hundreds thousands millions several many some few most all both""")
_DISCOURSE = _words("""however meanwhile moreover instead indeed nonetheless nevertheless
    furthermore likewise also overall besides otherwise earlier later still yet thus hence
    therefore now today yesterday""")


def named_speaker(raw: str, context: SpeakerContext) -> str | None:
    name = person_name(raw)
    if not name:
        return None
    words = name.lower().split()
    if len(words) == 1 and (words[0] in _DISCOURSE or words[0] in _QUANTITIES
                            or _ADVERB.search(words[0])):
        return None  # "Six confirmed dead", "Thousands told to …": nobody is named
    if len(words) == 1 and (_BARE_GROUP.fullmatch(words[0]) or context.is_opening_plural(name)):
        # "Investigators believe ...", "Hospitals reported 45 cases", like "Officials
        # said": nobody is named
        return None
    if all(is_title(w) for w in words):  # "the Secretary" -> the secretary named earlier
        if words[-1] in context.titles:
            return context.titles[words[-1]]
        return None if words[-1].endswith("s") else name  # "Officials" names nobody
    if len(words) == 1 and words[0] in ORG_WORDS:  # "The Ministry said" -> which ministry
        return context.resolve_descriptor(words[0]) or name
    of = _PERSON_OF.fullmatch(name)
    if of and context.is_person(of.group(1)) and _looks_like_a_person(of.group(1)):
        return context.canonical(of.group(1))  # "Amal Idris of the Refugee Council"
    return context.canonical(name)


# words that open the names of bodies, not of people ("United Steelworkers of America")
_BODY_OPENERS = _words("""united national royal general central federal international european
    american british world global new first""")


def _looks_like_a_person(name: str) -> bool:
    # not "National Institutes", nor "Joint Chiefs" (of Staff): a title, even a plural one
    return name.split()[0].lower() not in _BODY_OPENERS \
        and not any(is_title(w) for w in name.split())


_PERSON_OF = re.compile(r"(\S+\s+\S+(?:\s+\S+)?)\s+of\s+(?:the\s+)?[A-Z].*")


def _name_at_end(text: str) -> tuple[str, int] | None:
    stripped = text.rstrip()
    last = None
    for last in RUN.finditer(stripped):  # noqa: B007 - the last run is the one we want
        pass
    if last is None or last.end() != len(stripped) or last.group().endswith(("’s", "'s")):
        return None
    return last.group(), last.start()


def _extend_over_titles(text: str, start: int) -> int:
    """Move the subject start back over "State Department spokesman" / "the"."""
    while True:
        before = text[:start].rstrip()
        word = re.search(r"([\w’'.-]+)$", before)
        if word is None:
            return start
        token = word.group(1)
        # (a title of parts: "co-leader", "vice-president", "ex-minister")
        if (token.lower() in TITLE_WORDS or ("-" in token and is_title(token))) \
                and token.islower():
            start = word.start()
            run = _name_at_end(text[:start])
            start = run[1] if run is not None else _over_role_modifiers(text, start)
            continue
        if token.lower() in ("the", "a", "an", "its", "their"):
            return word.start()  # "its maker Corvan Pharma"
        if token.endswith(("’s", "'s")):
            start = word.start()  # "the company’s spokesman Peter Varga"
            continue
        return start


_ROLE_MODIFIERS = re.compile(r"(?:^|(?<=\s))((?:[a-z][a-z-]+\s+){1,3})$")
_OWNER_BEFORE = re.compile(r"(?:^|[,;:“”\"(]|\b(?:the|a|an|its|his|her|their)|[\w.]+[’']s?"
                           r"|\b[A-Z][\w.-]*)\s*$")


def _over_role_modifiers(text: str, start: int) -> int:
    """"Azerbaijan's presidential aide", "Russia's foreign ministry spokeswoman": the lower-case
    words before a title belong to the role when an owner ("Russia's", "the", a name) or the
    start of the clause comes before them; else the title stands alone ("troops fired as
    the aide ...")."""
    words = _ROLE_MODIFIERS.search(text[:start])
    if words is None:
        return start
    modifiers = words.group(1).split()
    if any(w in _FUNCTION_WORDS for w in modifiers) or modifiers[-1] in TITLE_WORDS:
        return start  # a title before the title ("senior adviser") is the caller's to take
    if not _OWNER_BEFORE.search(text[: words.start(1)]):
        return start
    run = _name_at_end(text[: words.start(1)])  # "White House deputy press secretary"
    return run[1] if run is not None else words.start(1)


# "Telecom operator Norvanta said", "and Danish shipping giant Maersk said": a description
# of what the speaker is, in lower case (its first word may open the sentence)
_DESCRIPTOR_WORDS = re.compile(
    r"(?:^|(?<=[\s,;:“”\"(]))((?:[A-Za-z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,3})$")


def over_descriptor(text: str, start: int) -> int:
    described = _THE_DESCRIPTOR.search(text[:start])
    if described and _describes_a_speaker(described.group("phrase").split()):
        return described.start()  # "the UN refugee agency UNHCR", "the state broadcaster RTS"
    words = _DESCRIPTOR_WORDS.search(text[:start])
    if words is None or not words.group(1):
        return start
    phrase = words.group(1).split()
    if phrase[0][0].isupper() and text[: words.start(1)].strip() \
            and not is_demonym(phrase[0].lower()):
        return start  # a capitalised word inside the sentence is a name ("Danish" is not)
    head = phrase[-1].lower()
    if not (head in ORG_WORDS or head in TITLE_WORDS or head in _DESCRIPTOR_HEADS
            or head.endswith("maker")):
        return start  # "what BA called", "denies ISIS claims": no description of a speaker
    if any(w.lower() in _FUNCTION_WORDS or w.lower() in _DISCOURSE for w in phrase):
        return start  # "Investors who backed Norvanta", "then Norvanta"
    return words.start(1)


# "the UN refugee agency UNHCR": after an article, a description may hold names of its own
# (whose agency it is); it still ends in a common noun that says what the speaker is.  An
# owner opens one as an article does: "Spain's weather agency AEMET"
_THE_DESCRIPTOR = re.compile(
    r"(?:^|(?<=[\s,;:“”\"(]))(?:[Tt]he|[Aa]n?|[A-Z][\w.-]*[’']s)"
    r"\s+(?P<phrase>(?:[\w’'.-]+\s+){1,4})$")


def _describes_a_speaker(phrase: list[str]) -> bool:
    head = phrase[-1]
    return head.islower() and (head in ORG_WORDS or head in TITLE_WORDS
                               or head in _DESCRIPTOR_HEADS or head.endswith("maker")) \
        and not any(w.lower() in _FUNCTION_WORDS or w.lower() in _DISCOURSE for w in phrase)


# what a description of a speaker ends in, beside organisations and titles (and what a
# publication is called before its name: "the business daily Handelsblatt reported")
_DESCRIPTOR_HEADS = _words("""giant operator rival champion boss chain provider supplier
    newspaper daily weekly tabloid magazine broadsheet outlet website broadcaster channel
    producer holder star striker winner veteran daughter son wife husband mother father
    brother sister widow widower friend neighbour neighbor colleague partner witness victim
    survivor resident student teacher nurse doctor driver farmer worker employee voter fan
    player candidate challenger incumbent organiser organizer activist campaigner demonstrator
    protester protestor migrant refugee
    power superpower nation country republic kingdom emirate monarchy bloc opposition""")
# (what a country is called before its name: "the former colonial power France", "the
# Gulf emirate Qatar", "the island nation Taiwan")


_FUNCTION_WORDS = _words("""and or but that which who whom when while as after before since
    because if than then said says told of to in on at for with by from is was were are be
    been has have had will would could should may might must not""")


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
                            "known"}  # ", known as AMLO,": another name for the same one
                  or first in TITLE_WORDS or last.islower()
                  or first.endswith(("ing", "ly", "ed"))
                  # "project coordinator for Pueblo Sin Fronteras": a role, in lower case
                  or _role(chunk)
                  or _PARTY_AND_STATE.match(chunk[0]) is not None
                  or chunk[0].isdigit()  # "Jose Cazares, 31, said"
                  or all(_POSTNOMINAL.fullmatch(w) for w in chunk))  # "Jane Smith, Ph.D.,"
    return body[:comma] if appositive else None
