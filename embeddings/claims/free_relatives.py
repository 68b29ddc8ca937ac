"""A verb of saying inside a relative clause that has lost its subject to the relative word:
"Netanyahu displayed what he said was an exact copy of the files", "Israel presented what it
said was evidence", "new intelligence which he claimed shows Iran is lying".  The word
"what"/"which" stands for the subject of the clause said ("what he said was X": he said
*it* was X), so no core cut after the verb can say what was a copy or what shows; the
sentence is the outlet's, who displayed or presented the thing.  (A relative set off by a
comma, ", which she said was filled with blood", is ``relative_frames``'s.)
"""

from __future__ import annotations

import re

# "what", "which", "that", "whom" right before the frame's subject: "what he said",
# "evidence that officials said", "elites whom he said"
_RELATIVE_WORD_BEFORE = re.compile(r"\b(?:[Ww]hat|[Ww]hich|[Ww]hom|that)\s+$")
# the clause said opens with its verb: its subject was the relative word ("was evidence",
# "are robbing", "shows Iran is lying"); a time after the verb may come first ("said on
# Monday was")
_HEADLESS = re.compile(
    r"\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|last\s+\w+\s+)?"
    r"(?:was|were|is|are|had|has|have|would|will|could|can|may|might|should|did|does"
    r"|shows|showed|proves|proved|contains|contained|includes|included)\b")


def frame_in_free_relative(before_subject: str, after_verb: str) -> bool:
    """Whether the verb whose subject ends ``before_subject`` (``after_verb`` the text after
    the verb) frames a relative clause whose subject is the relative word: no frame of the
    sentence."""
    return _RELATIVE_WORD_BEFORE.search(before_subject) is not None \
        and _HEADLESS.match(after_verb) is not None
