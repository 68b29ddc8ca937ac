"""Two headline credits the Title Case and lower-case frames miss: an all-caps headline's
("SHARES TO FALL, GOVERNMENT SAYS", "CARL ICAHN: EBAY MUST SPLIT") and a person named with
the body they speak for before a colon ("Fed's Plosser: Rates Could Rise Sooner").

An all-caps headline's credited run is read as the name it is written as in Title Case
(its other names: ``caps_names``).  A name before a colon is mostly the story's topic
("Jihadi John: Isis fighter named as ..."), so it is a credit only where the headline says
so: in the possessive title ("Fed's Plosser", "ECB's Draghi": the body one speaks for, then
the one who speaks) or a person's two or three names, in capitals or Title Case, before a
clause that states something (a modal or an auxiliary: "EBAY MUST SPLIT", "Rates Will Stay
Low") and does not tell of them or speak to the reader.
"""

from __future__ import annotations

import re

from embeddings.claims.bystanders import one_bystander
from embeddings.claims.captions import IRREGULAR_PASTS
from embeddings.claims.entities import ORG_WORDS, PLACES, TITLE_WORDS, is_demonym
from embeddings.claims.genders import name_gender
from embeddings.claims.groups import bare_group_at_end
from embeddings.claims.headline_forms import bare_past_clause
from embeddings.claims.name_words import NEWSROOM_LABELS, _common_word
from embeddings.claims.speaker_context import SpeakerContext
from embeddings.claims.speaker_names import named_speaker

Frame = tuple[str | None, str, int]

# "SHARES TO FALL, GOVERNMENT SAYS", "..., WHITE HOUSE SAYS": up to four words of credit
_CAPS_TRAILING = re.compile(r"^(?P<claim>\S+(?:\s+\S+){2,}?),\s+"
                            r"(?P<who>[A-Z][A-Z.&’'-]*(?:\s+[A-Z][A-Z.&’'-]*){0,3})\s+"
                            r"(?:SAYS|SAY|SAID|CLAIMS|CLAIM|INSISTS|INSIST)$")
# a document the outlet names no author of stays whole, as in Title Case ("..., REPORT SAYS")
_DOCUMENT = re.compile(r"\b(?:REPORTS?|STOR(?:Y|IES)|RUMOU?RS?|STUD(?:Y|IES)|POLLS?|SURVEYS?"
                       r"|VIDEOS?|PHOTOS?|POSTS?|TWEETS?|ARTICLES?|SITES?|CLAIMS?)$")
# a phrase that goes on past its head ("..., MAN MAULED BY BEAR SAYS") names no one
_NOT_A_HEAD = re.compile(r"\b(?:BY|OF|IN|FOR|WITH|FROM|AT|TO|ON|AFTER|OVER|ABOUT|AS|WHO"
                         r"|WHICH|THAT|THE|A|AN)\b|[’']S?$")

# "Fed's Plosser:", "ECB's Draghi:", "Omega's Leon Cooperman:" (the body, then up to three
# capitalised words of the one who speaks)
_POSSESSIVE_TITLE = re.compile(
    r"^(?P<body>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})[’']s\s+"
    r"(?P<who>[A-Z][A-Za-z’'-]+(?:\s+[A-Z][A-Za-z’'-]+){0,2})\s*:\s+(?P<claim>\S.*)$")
# "CARL ICAHN: EBAY MUST SPLIT": two or three words of name before the colon
_CAPS_NAME = re.compile(r"^(?P<who>[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+){1,2})\s*:\s+"
                        r"(?P<claim>\S.*)$")
# a clause that states something: a modal, an auxiliary or a past participle's "has"
_STATES = re.compile(r"\b(?:must|should|could|would|will|won['’]t|can|cannot|can['’]t|may"
                     r"|might|is|are|was|were|has|have|had|needs?)\b", re.IGNORECASE)
# the rest of a topic's headline tells of the one named: its subject is a person's word or the
# clause names them ("MOHAMMED EMWAZI: MAN IDENTIFIED AS ISIS KILLER WAS STOPPED ...")
_ABOUT_THEM = re.compile(r"\b(?:man|woman|boy|girl|men|women|leader|killer|fighter|suspect"
                         r"|gunman|star|singer|actor|actress|rapper|player|victim|hostage"
                         r"|he|she|his|her|him)\b|\b(?:named|identified|unmasked|revealed"
                         r"|exposed)\s+as\b", re.IGNORECASE)
_CUT_SHORT = re.compile(r"\s+(?:\.\.\.|…)$")
_CLAIM_WORDS = 3  # "Apple's iPhone: A Review" is a title, not a clause
# "Janet Yellen: Rates Will Stay Low", "Carl Icahn: Donahoe Cost eBay Investors $4B": a
# person's two or three names in Title Case before the colon (one word alone, "Frisco:",
# "Bergdahl:", is as often the place or the person the story is about)
_TITLE_NAME = re.compile(r"^(?P<who>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})\s*:\s+"
                         r"(?P<claim>\S.*)$")
# a headline that speaks to its reader or asks tells of the one named ("Taylor Chandler:
# Everything you need to know about ...")
_TO_THE_READER = re.compile(r"\b(?:you|your|everything|how|why|what|who|meet)\b",
                            re.IGNORECASE)


def caps_trailing(sentence: str) -> Frame | None:
    """(speaker, claim, 0) for an all-caps "CLAIM, WHO SAYS"; a bare group or a bystander
    ("..., ANALYSTS SAY", "..., WITNESS SAYS") names no one, and its frame is still no part
    of the claim."""
    text = sentence.strip()
    match = _CAPS_TRAILING.match(text)
    if match is None or not text.isupper() or text.endswith(".") \
            or _NOT_A_HEAD.search(match.group("who")) or _DOCUMENT.search(match.group("who")):
        return None
    who = _as_name(match.group("who"))
    claim = match.group("claim")
    if one_bystander(who) or bare_group_at_end(who.lower()) == 0:
        return None, claim, 0
    # (read without the article's context: an all-caps run is no name the article taught)
    speaker = named_speaker(who, SpeakerContext())
    return (speaker, claim, 0) if speaker is not None else None


def named_colon(sentence: str, context: SpeakerContext) -> Frame | None:
    """(speaker, claim, where it starts) for "Fed's Plosser: ...", "CARL ICAHN: ..." or
    "Carl Icahn: ..." (a person's names, by the tests below);
    labels ("BREAKING:", "UPDATE 2:", "VIDEO:", "Q&A:") and topics ("Apple's iPhone: a
    review", "Vogue's Rat Infestation: Disturbing New Details") are no credit."""
    # a headline an aggregator cut short ("... Because Of The CEO's  ...") ends in no stop
    text = _CUT_SHORT.sub("", sentence.rstrip())
    if text.endswith((".", "?")) or text.count(":") != 1:
        return None
    possessive = _POSSESSIVE_TITLE.match(text)
    caps_lead = _CAPS_NAME.match(text)
    caps = caps_lead if text.isupper() else None
    # "CARL ICAHN: eBay Shareholders Lost $4 Billion": a name shouted before a claim in
    # mixed case is read as the Title Case name it stands for, by that name's tests
    named = _TITLE_NAME.match(text) or (caps_lead if caps is None else None)
    match = possessive or caps or named
    if match is None:
        return None
    who_read = _as_name(match.group("who")) if match is caps_lead else match.group("who")
    if (match is named and (
            _TO_THE_READER.search(match.group("claim")) or not _given_name(who_read)
            or any(w.upper() in NEWSROOM_LABELS for w in match.group("who").split()))):
        return None
    who, claim = match.group("who"), match.group("claim")
    if match is caps_lead:
        who = _as_name(who)
    # a person's name ends in a word English has no other use for ("Plosser", "Icahn"); a
    # label's or a topic's in a common one ("Breaking News", "Rat Infestation" is not, but
    # states nothing after its colon)
    if _common_word(who.split()[-1].lower()) or not _may_be_a_person(who) \
            or len(claim.split()) < _CLAIM_WORDS \
            or not (_STATES.search(claim) or bare_past_clause(claim) or _plain_past(claim)) \
            or _ABOUT_THEM.search(claim):
        return None
    speaker = named_speaker(who, context)
    if speaker is None:
        return None
    return speaker, claim, match.start("claim")


def _plain_past(claim: str) -> bool:
    """A Title Case clause whose verb is a past no "-ed" marks, second to seventh word
    ("eBay Shareholders Lost $4 Billion", "Rates Fell Again"): it states something, as a
    modal's clause does."""
    words = claim.split()[1:7]
    return any(w[:1].isupper() and w.lower() in IRREGULAR_PASTS for w in words)


def _given_name(who: str) -> bool:
    """A person's names open with a given name: one the gender lists know ("Janet", "Carl")
    or a word English has no other use for ("Macaulay"); "Travel Checklist:", "Global
    Markets:" open with a word."""
    return name_gender(who) is not None or not _common_word(who.split()[0].lower())


def _may_be_a_person(who: str) -> bool:
    """No body's, place's, title's or people's word ("Fed's Board:", "CHINA'S PREMIER:")."""
    return not any(w in ORG_WORDS or w in PLACES or w in TITLE_WORDS or is_demonym(w)
                   for w in who.lower().split())


def _as_name(who: str) -> str:
    """"WHITE HOUSE" -> "White House"; an acronym of up to three letters stays ("U.S.")."""
    return " ".join(w if len(w) <= 3 or "." in w else w.title() for w in who.split())
