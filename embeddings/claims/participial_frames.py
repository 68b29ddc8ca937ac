"""A frame set after the main clause as a participle: "The Trump campaign filed a motion,
arguing that the case is a politically motivated lawsuit", "Mr. Mills declined to comment,
saying that he never discussed personnel matters".  What is argued or said is the claim,
and its speaker is the main clause's subject, as in "X filed a motion and argued that A"
(``shared_subjects``).  Where the main clause has a verb of saying of its own ("The ministry
denied the report, saying ..."), that verb's frame is the sentence's, and this none; where
its subject is a bare group ("Consumer groups oppose the changes, saying ..."), no one is
named, and the sentence stays the outlet's, whole.
"""

from __future__ import annotations

import re

from embeddings.claims.clauses import SAID_REACH, complement_start, starts_with_clause
from embeddings.claims.frame_clauses import include_pronoun_subject
from embeddings.claims.quotes import inside
from embeddings.claims.shared_subjects import main_subject
from embeddings.claims.speaker_context import SpeakerContext

# (or after "by": "Trump began the meeting by saying A", "tried to justify it by claiming A"
# say how the subject did it, and A is the subject's as after the comma)
_PARTICIPLE = re.compile(
    r"(?:,|\s+by)\s+(?:(?:also|again|instead)\s+)?(?P<verb>saying|arguing|claiming|insisting|contending"
    r"|asserting|alleging|stating|maintaining|warning|noting|adding|stressing|explaining"
    r"|charging|countering)\b")
# what is said that is no statement: "saying goodbye", "saying a prayer", "saying nothing"
_SAID_NOTHING = re.compile(r"\s+(?:goodbye|farewell|hello|thanks|sorry|grace|a\s+prayer"
                           r"|nothing|little|(?:yes|no)\s+to)\b")


def participial_frame(sentence: str, quoted: list[tuple[int, int]],
                      context: SpeakerContext) -> tuple[str, str, int] | None:
    """(speaker, claim, claim_start) for "X did Y, saying A", or None."""
    for match in _PARTICIPLE.finditer(sentence):
        if inside(match.start(), quoted):
            continue
        after = sentence[match.end():]
        verb = match.group("verb")
        if verb == "saying" and _SAID_NOTHING.match(after):
            continue
        complement = complement_start(after, match.end(), quoted, verb)
        if complement is not None:
            if re.search(r"\bto\s*$", after[:complement]):
                continue  # "warning them not to ...": an infinitive's words
            start = include_pronoun_subject(sentence, match.end() + complement)
        elif starts_with_clause(after, SAID_REACH if verb == "saying" else 6):
            start = match.end() + len(after) - len(after.lstrip())
        else:
            continue  # "warning of dangers", "noting the record": no clause reported
        speaker = main_subject(sentence, match.start(), context)
        return (speaker, sentence[start:], start) if speaker is not None else None
    return None
