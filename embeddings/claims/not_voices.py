"""Words that look like a frame's yet name no speaker.

A document the outlet names no author of ("Report claims Apple is building a car", "Study
says ...", "Unconfirmed reports saying ..."): no one the contrast could show, and the claim
stays whole, as "a report claims ..." is.  And "alleged" before a noun ("the alleged
attacker fled", "Michael Phelps alleged girlfriend says ..."): an adjective, no verb of saying.
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


def adjective_alleged(sentence: str, verb: re.Match[str]) -> bool:
    """Whether the verb match is "alleged" used as an adjective before a noun."""
    if verb.group() != "alleged":
        return False
    return _ADJECTIVE_BEFORE.search(sentence[: verb.start()]) is not None \
        or _NOUN_THEN_SAYING.match(sentence, verb.end()) is not None
