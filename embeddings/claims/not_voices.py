"""Words that look like a frame's yet name no speaker.

A document the outlet names no author of ("Report claims Apple is building a car", "Study
says ...", "Unconfirmed reports saying ..."): no one the contrast could show, and the claim
stays whole, as "a report claims ..." is.  And "alleged" before a noun ("the alleged
attacker fled", "Michael Phelps alleged girlfriend says ..."): an adjective, no verb of saying;
"Americans said to be riding transit" and "Apple added reinforcement to its phone": no one
saying anything.
"""

from __future__ import annotations

import re

_DOCUMENT_SPEAKER = re.compile(
    r"(?:(?:new|initial|early|latest|unconfirmed|media|press)\s+)?(?:reports?|stud(?:y|ies)"
    r"|polls?|surveys?|research|analysis|findings|unconfirmed)", re.IGNORECASE)

# what an adjective "alleged" follows: an article, a possessive, a count or a preposition
_ADJECTIVE_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|this|that|these|those|of|for|with|on|against"
    r"|over|about|by|into|two|three|four|five|several|many|some|\d+)|[’']s?)\s+$",
    re.IGNORECASE)
# "alleged girlfriend says": a noun and then its own verb of saying
_NOUN_THEN_SAYING = re.compile(r"\s+[a-z][\w-]*\s+(?:says|said|claims|claimed|told|tells)\b")


def document_speaker(speaker: str, sentence: str) -> bool:
    """Whether ``speaker`` is a bare document opening a headline ("Report claims ...",
    "Unconfirmed reports saying ..."); "according to a new poll" keeps its poll."""
    return _DOCUMENT_SPEAKER.fullmatch(speaker.strip()) is not None \
        and sentence.lstrip(" “\"'‘").startswith(speaker.strip())


# "Americans said to be riding transit in record numbers": said by no one named
_SAID_TO_BE = re.compile(r"\s+to\s+(?:be|have)\b")
# "Apple added additional reinforcement to its iPhone": a thing added to another, no words
# (no clause between: "added the talks would go to the cabinet" says something)
_NO_CLAUSE_WORD = (r"(?!(?:that|would|will|could|was|were|is|are|had|has|have|should|might"
                   r"|must|may|can|did|does)\b)[\w’'-]+")
_ADDED_TO = re.compile(rf"\s+(?:{_NO_CLAUSE_WORD}\s+){{1,4}}?to\s+(?:the|its|his|her|their|our"
                       r"|a|an)\b")


def no_frame(sentence: str, verb: re.Match[str]) -> bool:
    """Whether a verb of saying found in ``sentence`` frames nothing there: "alleged" as an
    adjective, a passive "said to be", "added X to Y"."""
    if verb.group() == "said":
        return _SAID_TO_BE.match(sentence, verb.end()) is not None
    if verb.group() == "added":
        after = _ADDED_TO.match(sentence, verb.end())
        return after is not None and not re.search(r"[,“\"]", after.group())
    return adjective_alleged(sentence, verb)


def adjective_alleged(sentence: str, verb: re.Match[str]) -> bool:
    """Whether the verb match is "alleged" used as an adjective before a noun."""
    if verb.group() != "alleged":
        return False
    return _ADJECTIVE_BEFORE.search(sentence[: verb.start()]) is not None \
        or _NOUN_THEN_SAYING.match(sentence, verb.end()) is not None
