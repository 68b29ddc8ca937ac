"""A general statement against a report of a particular (``ClusterConfig.generic_malus``).

"Fostering peace between two conflicting nations is impossible when one side is supported
while the other's suffering is ignored" says how things are in general: it names no one,
gives no figure, no time, no particular thing.  A report ("Senior officials in the United
States and France have appeared to call out Azerbaijan ...") tells of one act.  On
article-centred vectors (embeddings/context.py) the story is taken out of both, and what is
left of a maxim on the story's theme (peace, sides, support) lies near a report's clause on
the same theme; the two are one topic, not one claim.  A maxim can still be said twice
("achieving peace necessitates a balanced approach" / the Ministry "underscored the need for
... a balanced and fair approach"): the speaker's name is no particular of what is said, so
two general statements meet as before.  Only a general statement and a particular one lose
``generic_malus`` (docs/matching.md, fifty-fourth session).

"Particular" is read without a tagger, from what a report carries and a maxim does not: a
name (not the speaker's, not a common word capitalised for opening the sentence), a figure
(digits, or an amount, share, date or duration; "two nations", "one side" are no figure), a
time ("on Tuesday", "last week", "yesterday"; a year is a figure), a person pointed at ("he",
"we", "their"), a thing pointed at ("this decision", "such statements", "in that country"),
or a past or perfect verb (a report tells what happened; a maxim is in the present).  A
frame of the speaker's left at the core's start ("The Ministry underscored ...") is read off
first.  With ``definite`` a thing taken as known ("the caravan") is a particular too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from embeddings.matching import opening_common_word
from embeddings.predication import IRREGULAR_PASTS
from embeddings.types import Claim

# a figure a general statement does not give: any written in digits, and any amount, share,
# date or duration ("two conflicting nations" is a count of a kind, not of a thing)
_GENERAL_KINDS = frozenset({"count", "ordinal"})
_SMALL = 10  # a count above ten counts things ("dozens of", "50 people"), not a kind
_DIGIT = re.compile(r"\d")
_TIME = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
    r"|april|june|july|august|september|october|november|december|yesterday|today|tonight"
    r"|tomorrow|ago|recently|(?:this|last|next|past|coming)\s+(?:week|weekend|month|year"
    r"|decade|spring|summer|autumn|fall|winter|days?|weeks|months|years))\b"
    r"|\b(?:in|on|since|by|until)\s+may\b", re.I)
# people the sentence points at, not people in general ("you", "one", "anyone" may be)
_PERSONS = re.compile(r"(?<![\w’'-])(?:I|[Ww]e|[Uu]s|[Oo]ur|[Mm]y|[Mm]e|[Hh]e|[Hh]im|[Hh]is"
                      r"|[Ss]he|[Hh]er|[Tt]hey|[Tt]hem|[Tt]heir|[Ii]ts)(?![\w-])")
# a thing the sentence takes as known: "the caravan", "the lawsuit", "the relationship" (not
# "the other's", "the same", "the most", which point at nothing)
_DEFINITE = re.compile(r"\bthe\s+(?!(?:other|others|same|rest|most|least|more|less|best"
                       r"|worst|whole|world|public|way|people)\b)[a-z]", re.I)
# a thing pointed at: "this decision", "such statements", "This is yet another example", "in
# that country" ("that" opens a clause elsewhere)
_POINTED = re.compile(r"\b(?:this|these|those|such)\s+[a-z]|\b(?:in|of|to|for|from|at|on|with|by"
                      r"|about|against)\s+that\s+[a-z]", re.I)
# a report's tense: what happened, or has happened
_PAST = re.compile(r"\b(?:was|were|had|did|wasn[’']t|weren[’']t|hadn[’']t|didn[’']t)\b"
                   r"|\b(?:has|have|hasn[’']t|haven[’']t)\s+"
                   r"(?:(?:\w+ly|also|already|just|long|never|not|since|yet)\s+)?(?:been|\w+ed|\w+en"
                   r"|made|said|told|held|met|led|left|lost|won|sent|paid|spent|built|taken"
                   r"|given|done|gone|come|become|begun|brought|bought|fought|caught|kept"
                   r"|found|heard|put|set|cut|hit|shut|let)\b", re.I)
_PAST_ED = re.compile(r"[a-z]{3,}ed")
# before which an "-ed" word describes or is a participle, not a past ("a balanced approach",
# "is supported", "are ignored", "being met")
_NOT_PAST_BEFORE = frozenset(re.findall(r"\S+", """a an the this that these those its his
    her their our my your some any no each every other and or but of to in on at for with by
    from into is are be been being am get gets getting remain remains seem seems become
    becomes feel feels more most less least very so too not"""))
_WORD = re.compile(r"[\w’'-]+")


def _common_opening(name: str, label: str, before: str) -> bool:
    """A common word capitalised for opening the sentence, read as a name ("Fostering
    peace ...", "Officials say ..."): one word of no known kind, first in the core, a gerund
    or a common noun's plural."""
    return label == "NAME" and not before.strip(" “\"‘'(") and " " not in name \
        and (name.endswith("ing") or opening_common_word(name))


def _names(claim: Claim, said: str) -> bool:
    """Does what is said name anything: a name the reading found in it, or a capitalised
    word past its first (the reading misses names in a frame or quote: "Vladimir Putin
    intends to plead a truce")?"""
    for entity in claim.entities:
        at = said.find(entity.text)
        if at >= 0 and not _common_opening(entity.text, entity.label, said[:at]):
            return True
    words = _WORD.findall(said)
    return any(word[0].isupper() and word != "I" for word in words[1:])


def _figures(claim: Claim) -> bool:
    """A figure of a particular: digits, or any amount, share, date or duration."""
    for quantity in claim.numbers:
        if _DIGIT.search(quantity.text) or quantity.kind not in _GENERAL_KINDS:
            return True
        if quantity.high is not None and quantity.high > _SMALL:
            return True
    return False


def _past(core: str) -> bool:
    """A past or perfect verb: "was", "had", "has been", an irregular past, or an "-ed" word
    that no determiner, preposition or form of "be" describes."""
    if _PAST.search(core):
        return True
    words = _WORD.findall(core)
    for at, word in enumerate(words):
        if (word in IRREGULAR_PASTS or (_PAST_ED.fullmatch(word)
                                        and word not in ("indeed", "hundred", "need", "seed"))) \
                and (not at or words[at - 1].lower() not in _NOT_PAST_BEFORE):
            return True
    return False


# verbs that frame what is said ("stressed the need for ...", not "condemned the use of ...")
_SAYING = frozenset(re.findall(r"\S+", """said says stated states stressed stresses underscored
    underscores underlined underlines emphasized emphasizes emphasised emphasises noted notes
    insisted insists argued argues maintained maintains asserted asserts warned warns
    reiterated reiterates added adds wrote writes believes believed urged urges"""))


def _said(claim: Claim) -> str:
    """The core less a frame of its speaker's left at its start ("The Ministry underscored
    the need for ...", where the speaker reading kept a noun object with the sentence): the
    verb of saying is the speaker's act, not a particular of what is said."""
    core, speaker = claim.core, (claim.speaker or "").lower()
    if not speaker:
        return core
    names = {speaker} | {e.text.lower() for e in claim.entities
                         if e.text.lower() in speaker or speaker in e.text.lower()}
    for name in sorted(names, key=len, reverse=True):
        frame = re.match(rf"(?:the\s+)?{re.escape(name)}\s+(?P<verb>[\w’'-]+)\s+(?:that\s+)?",
                         core, re.I)
        if frame and frame["verb"].lower() in _SAYING:
            return core[frame.end():]
    return core


@lru_cache(maxsize=100_000)
def _general(claim: Claim, definite: bool) -> bool:
    core = _said(claim)
    return not (_names(claim, core) or _figures(claim) or _TIME.search(core)
                or _PERSONS.search(core) or _POINTED.search(core)
                or (definite and _DEFINITE.search(core)) or _past(core))


def general_statement(claim: Claim, definite: bool = False) -> bool:
    """Does ``claim`` say how things are in general: no name but its speaker's, no figure, no
    time, no person or thing pointed at, and no past or perfect verb?"""
    return _general(claim, definite)


def general_and_particular(a: Claim, b: Claim, definite: bool = False) -> bool:
    """One claim is a general statement and the other is not."""
    return general_statement(a, definite) != general_statement(b, definite)
