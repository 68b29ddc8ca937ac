"""What a claim is compared by, once its speaker is read: its core with the subject a
pronoun or a frame left out named ("Russia said it had hit" -> "Russia had hit"), and
without a caveat of the outlet's (", a claim Reuters could not independently verify").
"""

from __future__ import annotations

import re

from embeddings.claims.member_groups import plural_speaker
from embeddings.claims.speakers import Attribution, SpeakerContext

_HE_OR_SHE = re.compile(r"(?:he|she)\b(?=\s+[a-z])", re.IGNORECASE)


_IT = re.compile(r"it\b(?=\s+[a-z])")  # lower case: after a frame ("X said it would")
_EXPLETIVE = re.compile(r"\s+(?:is|was|will be|would be|has been|had been|remains|seems|appears"
                        r"|takes|took)\b(?:\s+\S+){0,3}?\s+(?:that|whether|to|how|if|when|why)\b")


# "According to the Post, it does not name Trump": "it" is what the sentence is about (the
# lawsuit), not who it is credited to, as "Russia said it had hit" makes it
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording\s+to\b[^“”\"]*$")


_POSSESSIVE = re.compile(r"\b(?:his|her)\b", re.IGNORECASE)
_HIS_OR_HER = re.compile(r"(?:his|her)\b(?=\s+[a-z])")  # "Vance said his sample was ..."
# "Vance denied ever taking a banned substance": what a frame of denial or admission takes
# is an act with no subject of its own; the core gives it the speaker's
_GERUND_FRAME = re.compile(r"\b(?:den(?:y|ies|ied|ying)|admit(?:s|ted|ting)?"
                           r"|acknowledg(?:e|es|ed|ing)|confess(?:es|ed|ing)?\s+to)\s+$",
                           re.IGNORECASE)
_GERUND = re.compile(r"(?:(?:ever|never|not|having|ever\s+having)\s+)?"
                     r"(?!(?:no|any|some|every)thing\b)[a-z]+ing\b(?=\s)")


# ", a claim Reuters could not independently verify", ", which could not be confirmed": the
# outlet's caveat on the claim, not part of what is claimed
_CAVEAT = re.compile(
    r",\s+(?:a\s+(?:claim|figure|report|number|account)\s+(?:that\s+)?(?:\w+\s+){1,3}?"
    r"(?:could|can|was|were|has|have)\s*(?:not|n['’]t)\s+(?:be\s+|been\s+)?"
    r"|which\s+(?:could|can)\s*(?:not|n['’]t)\s+be\s+)"
    r"(?:independently\s+|immediately\s+)*(?:verif\w*|confirm\w*)[.!]?\s*$", re.IGNORECASE)


def without_caveat(attribution: Attribution) -> Attribution:
    """The core without a trailing caveat of the outlet's ("..., a claim Reuters could not
    independently verify"): two outlets reporting one claim, one with the caveat, meet."""
    m = _CAVEAT.search(attribution.core)
    if m is None or m.start() == 0:
        return attribution
    return attribution._replace(core=attribution.core[:m.start()] + ".")


def named_subject(attribution: Attribution, context: SpeakerContext,
                  sentence: str, in_quote: bool = False) -> Attribution:
    """"She was not suspended, her lawyer insisted": the core names who "she" is
    ("Dana Okafor was not suspended"), so it meets "Okafor has been suspended" from an
    outlet that named her.  After a person's own frame ("Okafor said she had never ...")
    the pronoun is that person; otherwise the one person the article spoke of lately, and
    no one where two were (nothing here knows whose pronoun is whose).  The claim's text
    stays as written; only what it is compared by changes."""
    speaker = attribution.speaker
    core = attribution.core
    if speaker and _GERUND.match(core) \
            and _GERUND_FRAME.search(sentence[: max(0, sentence.find(core))]):
        return attribution._replace(core=f"{speaker} {core}")
    # a body: no person's name, or one the article described as a body ("Danish firm Nordvax")
    body = bool(speaker) and (not context.may_be_person(speaker or "")
                              or speaker in context.described.values())
    # "Members of the task force warned that it would ...": many speakers are "they", so
    # "it" (or "she") in what they said is someone else
    many = bool(speaker) and plural_speaker(speaker or "")
    it = _IT.match(core)
    if it is not None and body and not many and not _EXPLETIVE.match(core, it.end()) \
            and not _ACCORDING_BEFORE.search(sentence[: max(0, sentence.find(core))]):
        # "Russia said it had hit a command post": "it" is the body that said so ("Russia
        # had hit a command post" meets "Russian forces struck a command post"); not "it
        # was unclear whether ...", which is no one
        return attribution._replace(core=f"{speaker}{core[it.end():]}")
    his = _HIS_OR_HER.match(core)
    if his is not None and speaker and not many and context.may_be_person(speaker) \
            and not _POSSESSIVE.search(sentence[: max(0, sentence.find(core))]):
        # "Vance said his sample had been contaminated" (not "Her coach said his ...")
        return attribution._replace(core=f"{speaker}'s{core[his.end():]}")
    m = _HE_OR_SHE.match(core)
    if m is None:
        return attribution
    if m.group()[0].islower() and speaker:  # "Trump said he would ..."
        if many or _POSSESSIVE.search(sentence[: max(0, sentence.find(attribution.core))]):
            name = context.only_recent_person()  # "Her coach said she would appeal"
        else:
            name = speaker if context.may_be_person(speaker) else None
    else:
        name = context.only_recent_person()
        if in_quote and context.speakers and name == context.canonical(context.speakers[-1]):
            # '"Trump can't pardon anybody. He can't stop the case," Ackerman said': in a
            # quotation its speaker says "I", so "he" is someone else
            name = None
    if not name:
        return attribution
    return attribution._replace(core=name + attribution.core[m.end():])
