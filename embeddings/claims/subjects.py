"""Who stands before or after a verb of saying, and whether it names a speaker.

"Ned Price, a State Department spokesperson, reiterated", "Telecom operator Norvanta said",
"the ministry said", "he said", "Analysts at Deutsche Bank said", "“A,” said organiser
Tomas Brandt": the subject of a frame, found backwards from its verb (or forwards, after an
inverted "said"), with its titles, descriptions and appositives set aside, and resolved
against what the article said before (``SpeakerContext``).  A bare plural ("Officials
said") names no one (``unnamed_source`` says which group it was).

Its parts: groups of people and bodies (``groups``), whether a run names a speaker and
where its phrase starts (``speaker_names``), roles and appositives (``roles``), the
speaker after an inverted verb (``inverted``).
"""

from __future__ import annotations

import re

from embeddings.claims.bodies import (
    BODY_HEADS,
    body_in_place,
    holder_of_body,
    name_after_description,
    seat_at_end,
    titled_name_after_comma,
)
from embeddings.claims.described_outlets import described_outlet
from embeddings.claims.described_voices import described_voice, one_described_person
from embeddings.claims.entities import ORG_WORDS, TITLE_WORDS
from embeddings.claims.glosses import without_glosses
from embeddings.claims.groups import (
    _AGENT_FOR_AT_END,
    _BODY_OF_AT_END,
    _GROUP_AT_END,
    _GROUP_OF_NAME_AT_END,
    _NOT_A_MODIFIER,
    _ONE_SOURCE_AT_END,
    _PEOPLE_AT_END,
    _PEOPLE_IN_PLACE,
    _VOICE_FOR_AT_END,
    THE_BODIES,
    _bare_organisers,
    _body_or_title,
    _over_members,
    bare_group_at_end,
    unnamed_source,
    without_why_unnamed,
)
from embeddings.claims.inverted import WHEN, WHEN_AFTER_VERB, subject_after
from embeddings.claims.joint_voices import joint_subject
from embeddings.claims.member_groups import MEMBERS_AT_END
from embeddings.claims.party_members import party_member
from embeddings.claims.person_descriptions import over_person_description
from embeddings.claims.quotes import ends_with_quote
from embeddings.claims.roles import (
    _OF_ROLES,
    _PARTY_AND_STATE,
    _ROLE_OF,
    _WHEN_WORD,
    _description,
    _drop_appositive,
    _name_after_role,
    _role_of,
    _role_posted,
)
from embeddings.claims.speaker_context import COMPANY_HEADS, PERSON_ROLES, SpeakerContext
from embeddings.claims.speaker_names import (
    _CLAUSE_OPENER_BEFORE,
    _DISCOURSE,
    _extend_over_titles,
    _name_at_end,
    named_speaker,
    over_descriptor,
)
from embeddings.claims.unclosed import unclosed_appositive

_BARE_PEOPLE_AT_END = re.compile(
    r"(?:^|(?<=[\s,;:“”\"]))(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther)\s+)?[Pp]eople$")

# what other modules import from here (some of it now defined in the modules named above)
__all__ = ["BETWEEN_SUBJECT_AND_VERB", "RELATIVE_AT_END", "WHEN", "WHEN_AFTER_VERB",
           "bare_group_at_end", "named_speaker", "over_descriptor", "subject_after",
           "subject_before", "unnamed_source"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


BETWEEN_SUBJECT_AND_VERB = re.compile(
    # "He's said", "They've said", "She'd said": a contracted "has", "have" or "had"
    r"(?:(?:(?<=\b[Hh]e)|(?<=\b[Ss]he))['’]s(?=\s)"
    r"|(?:(?<=\b[Tt]hey)|(?<=\b[Ww]e)|(?<=\bI))['’]ve(?=\s)"
    r"|(?:(?<=\b[Hh]e)|(?<=\b[Ss]he)|(?<=\b[Tt]hey)|(?<=\b[Ww]e)|(?<=\bI))['’]d(?=\s))?"
    r"(?:\s+(?:also|even|has|have|had|later|then|again|further|once|already|still|publicly"
    # an -ly adverb, not a noun in -ly ("the family said", "a close ally said")
    r"|previously|earlier|recently|repeatedly|today|yesterday|tonight"
    r"|(?!(?:family|ally|assembly|rally|supply|monopoly|anomaly)\b)[a-z]+ly"
    r"|at times|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    # "Trump has long criticized the deal", "has long said": for a long time
    r"|(?:has|have|had)\s+long"
    r"|(?:last|this|earlier|later)\s+(?:week|month|year)))*\s*$"
)
_PRONOUN_AT_END = re.compile(r"(?:^|\s|[“”\"])(?P<p>[Hh]e|[Ss]he|[Tt]hey|[Ii]t)$")
RELATIVE_AT_END = re.compile(r",\s*(?:which|who)$")
# what may go before a pronoun that opens its sentence ("It said", "But it added")
_OPENS = re.compile(r"[\s“\"‘']*(?:(?:But|And|Yet|However|Meanwhile|Still|So|Instead),?\s+)?")
# "One Republican adviser said" is "A Republican adviser said" ("one of the aides" is one of
# the aides, read by its "the aides")
_DESCRIPTOR_AT_END = re.compile(
    r"(?:^|\s)(?P<d>(?:[Tt]he|[Aa]n?|[Oo]ne(?!\s+of\b)|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s))"
    # (the first modifier may be an abbreviation with its full stops: "A U.S. advocacy group",
    # not "a longstanding condition U.S. diplomats have said", a clause's subject)
    # ("A former U.S. soldier", "a senior U.S. official": a rank or time before it)
    # (no conjunction nor subordinator among the modifiers: "his neighbours because the
    # council" is two phrases, and the council speaks)
    r"\s+(?:(?:(?:former|senior|retired|top|ex-)\s*)?(?:[A-Z]\.){2,3}\s+)?"
    # (an article among them only after a preposition: "A spokesman for the ministry", not
    # "a statement the company", two phrases)
    r"(?:(?!(?:and|or|but|because|since|after|before|when|while|as|if|although|though"
    r"|unless|until|whereas|that|which|who|whom|whose|where)\s)"
    r"(?:(?:(?<=\bfor\s)|(?<=\bof\s)|(?<=\bat\s)|(?<=\bin\s)|(?<=\bfrom\s)|(?<=\bwith\s)"
    r"|(?<=\bon\s)|(?<=\bto\s)|(?<=\bby\s))(?:the|an?)\s+|(?!(?:the|an?)\s)[\w’'-]+\s+)){0,3}"
    r"(?P<head>[a-z]+))$"
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


# a body named by a common noun after its place or people ("Seattle police", "Swedish police",
# "The U.S. government"), which speaks as "the French government" and "police" do; not an
# adjective that opens a sentence ("Local police"), a preposition's place ("In Texas police")
# or a day ("Sunday police")
_PLACED_BODY_AT_END = re.compile(
    r"(?:^|(?<=[\s,;:“”\"(]))(?:[Tt]he\s+)?(?P<who>(?P<place>(?:(?:[A-Z][\w’'-]*|(?:[A-Z]\.){2,3})"
    r"\s+){1,3})(?:police|government|army|military|navy|coastguard))$")
_NOT_A_PLACE = _words("""local state federal national regional city county municipal
    provincial border traffic riot secret military transit religious morality other
    in on at for with by from to into than then monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december""") | _DISCOURSE


def _without_state(text: str) -> str:
    """``text`` without the state after its last place ("officials in Austin, Texas,"), and
    without a named person's place then ("Judge Reed O'Connor in Fort Worth, Texas,")."""
    state = _STATE_AFTER_PLACE.search(text)
    if state is None:
        return text
    if "," in text[: state.start("place")] and state.group().rstrip().endswith(","):
        # "PeopleSoft, of Pleasanton, California,": the place is an appositive's, which its
        # comma still closes
        return text[:state.end("place")] + ","
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
_OPENING_PREPOSITION = re.compile(r"\W*(?:(?:And|But|Yet|So)\s+)?(?:After|Before|On|In|At|During"
                                  r"|Following|Since|Amid|Despite|Over|Throughout|Until)\s+")
# what a party files or a pollster runs, named by the article as "the ..." (an authored one,
# "a poll by X", is its author's: documents.py; "a new study" names no one)
_FILED = _words("lawsuit suit complaint indictment petition affidavit poll survey study")
# a suit an article follows is one voice however it is called ("the lawsuit", "the suit",
# "the new suit", "a class-action suit"): the article's one suit, as a reader takes it
SUITS = _words("lawsuit suit")
_DOCUMENT_HEADS = _words("statement report post letter communique readout read-out")


def subject_before(sentence: str, verb_start: int,
                    context: SpeakerContext) -> tuple[str | None, int] | None:
    """The speaker named right before a reporting verb, and where its phrase starts."""
    glossed = without_glosses(sentence[:verb_start])
    if glossed is not None:  # "Sen. Kamala Harris (D-CA) said": read as without the tag
        found = subject_before(glossed[0], len(glossed[0]), context)
        return None if found is None else (found[0], glossed[1](found[1]))
    outlet = described_outlet(BETWEEN_SUBJECT_AND_VERB.sub("", sentence[:verb_start], count=1))
    if outlet is not None:  # "the Welt am Sonntag German newspaper said": Welt am Sonntag
        return outlet
    member = party_member(sentence[:verb_start], context, context.party_by_title)
    if member is not None:  # "The Democrat said": the one the article called so, not "Democrat"
        return member

    def read(text: str) -> tuple[str | None, int] | None:
        return _subject_before(text, len(text), context)

    # "Jo Swinson, the party's deputy leader said": read as with the comma left out; "A U.S.
    # advocacy group calling for tighter rules said": as "A U.S. advocacy group said"
    found = _subject_before(sentence, verb_start, context) \
        or unclosed_appositive(sentence[:verb_start], read) \
        or described_voice(_without_state(sentence[:verb_start]), read)
    # "Police and the FBI said": both speak, and the voice names both
    return joint_subject(BETWEEN_SUBJECT_AND_VERB.sub("", sentence[:verb_start], count=1),
                         found, lambda text: subject_before(text, len(text), context))


def _subject_before(sentence: str, verb_start: int,
                    context: SpeakerContext) -> tuple[str | None, int] | None:
    text = BETWEEN_SUBJECT_AND_VERB.sub("", sentence[:verb_start], count=1)
    text = _ACRONYM_AT_END.sub("", text)  # "the World Health Organization (WHO) said"
    # "Acme Inc. said", "The company, Acme Inc., said": the suffix's full stop ends no name
    # (only the end changes: where the subject starts stays where it was)
    text = _company_at_end(_CORPORATE_DOT.sub(r"\1", text))
    text = _without_state(text)
    # "Two people familiar with the matter said": who they are, without why they go unnamed
    unqualified = without_why_unnamed(text)
    qualified, text = unqualified != text, unqualified
    bare = _BARE_PEOPLE_AT_END.search(text) if qualified else None
    if bare and _CLAUSE_OPENER_BEFORE.search(text[: bare.start()]):
        return None  # "People familiar with the matter said": no one named, as "Officials said"
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
            rest = without[len(more) + 1:].split() if more is not None else []
            # ("Rep. Matt Gaetz, R-Fla., known for ...": a party and state is one too)
            if more is None or not (_description(rest)
                                    or (rest and _PARTY_AND_STATE.match(rest[0]))):
                break
            without = more
        text = _without_state(_company_at_end(_CORPORATE_DOT.sub(r"\1", without)))
    members = MEMBERS_AT_END.search(text)
    if members and _CLAUSE_OPENER_BEFORE.search(text[: members.start()]):
        # "Members of Trump's task force said", "Supporters of the senator said": a group
        # described, not the body or person it is named by, and no one named (as "Critics
        # of the policy said" is read)
        return None
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
        opens = _OPENS.fullmatch(text[: pronoun.start("p")]) is not None  # "But it said"
        resolved = context.resolve_pronoun(pronoun.group("p"), by_gender=True, opens=opens)
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
        if speaker is not None and not _CLAUSE_OPENER_BEFORE.search(text[:start]):
            # "pace bowler James Anderson", "Trump’s former personal lawyer Michael Cohen"
            person_start = over_person_description(text, name[1], raw)
            start = min(start, person_start)
        if speaker is None or not _CLAUSE_OPENER_BEFORE.search(text[:start]):
            return None
        return speaker, start
    descriptor = _DESCRIPTOR_AT_END.search(text)
    if descriptor and _OPENING_PREPOSITION.fullmatch(text[: descriptor.start("d")]):
        # "In a statement police said": the opening adjunct's object is no part of who speaks;
        # a phrase after the adjunct may be ("In a statement the company said")
        later = _DESCRIPTOR_AT_END.search(text, descriptor.start("d") + 1)
        descriptor = later if later and _CLAUSE_OPENER_BEFORE.search(
            text[: later.start("d")]) else None
    if descriptor and descriptor.group("d").split()[0].lower() == "one" \
            and descriptor.group("head") not in TITLE_WORDS:
        descriptor = None  # "in case one side calls the other": one of two, no one's title
    if descriptor and _PEOPLE_IN_PLACE.search(text, 0, descriptor.start("d")):
        return None  # "residents in the city centre said": where a bare group is, not who
    if descriptor and descriptor.group("head") in _DOCUMENT_HEADS:
        speaker = context.speakers[-1] if context.speakers else None
        return (speaker, descriptor.start("d")) if speaker else None
    if descriptor and (_body_or_title(descriptor.group("head"))
                       # "The lawsuit claims A": the suit the story is about speaks, as
                       # "A, according to the lawsuit" and "“A,” the lawsuit states" do
                       or (descriptor.group("head") in _FILED
                           and descriptor.group("d").split()[0] in ("the", "The"))
                       or descriptor.group("head") in SUITS
                       or (descriptor.group("head") in THE_BODIES  # "the exchange said"
                           and descriptor.group("d").split()[0] in ("the", "The"))
                       or ends_with_quote(text[: descriptor.start("d")])  # “A,” a man said
                       # "A U.S. soldier said": one person, as "a senior official" is
                       or one_described_person(descriptor.group("d"), descriptor.group("head"))):
        phrase = descriptor.group("d")
        # "the IG Metall union" names its union: not the "union sources" quoted before
        named = any(w[:1].isupper() for w in phrase.split()[1:-1])
        head = descriptor.group("head")
        resolved = None if named else (
            context.resolve_descriptor(head)
            or context.company_subject(head, text[: descriptor.start("d")])
            or context.company_named(head))
        words = phrase.split()[1:]
        if resolved is not None and phrase.split()[0].lower() in ("a", "an", "one") \
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
        if head in SUITS:
            return "lawsuit", start
        if descriptor.group("owner"):  # "Trump's aide": whose aide is part of who speaks
            return resolved or phrase, start
        return resolved or phrase.split(maxsplit=1)[1], start
    placed = _PLACED_BODY_AT_END.search(text)  # "Seattle police said", "The U.S. government"
    if placed and _CLAUSE_OPENER_BEFORE.search(text[: placed.start()]) \
            and not any(w.lower() in _NOT_A_PLACE or w.lower() in _NOT_A_MODIFIER
                        for w in placed.group("place").split()):
        return placed.group("who"), placed.start()
    police = re.search(r"(?:^|(?<=\s))police$", text)  # "A, police said": the force of the story
    if police and _CLAUSE_OPENER_BEFORE.search(text[: police.start()]):
        return context.resolve_descriptor("police") or "police", police.start()
    group = _GROUP_AT_END.search(text) or (_PEOPLE_AT_END.search(text) if qualified else None)
    if group and _CLAUSE_OPENER_BEFORE.search(text[: group.start()]) \
            and not any(w.lower() in _NOT_A_MODIFIER for w in group.group("mods").split()):
        return group.group("who"), group.start()
    one = _ONE_SOURCE_AT_END.search(text)  # "A source familiar with the matter said"
    # a bare "A source said", "One insider told reporters" is the one source a wire quotes,
    # as "A government source" is; a bare "A person said" is anyone, so no source
    if one and (qualified or one.group("head") != "person") \
            and _CLAUSE_OPENER_BEFORE.search(text[: one.start()]) \
            and not any(w.lower() in _NOT_A_MODIFIER for w in one.group("mods").split()):
        return one.group("who"), one.start()
    return None
