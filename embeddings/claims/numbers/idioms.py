"""Set phrases whose "one" or "first" counts and ranks nothing: "on one hand", "on the one
hand", "for one thing", "at one point", "at one time", "in the first place", "first of
all".  They tell how an argument goes on or when, and a figure read from them would be
compared with the claim's real counts ("one person", "the first night")."""

from __future__ import annotations

import re

_SET_PHRASE = re.compile(r"\b(?:on\s+(?:the\s+)?one\s+hand|for\s+one\s+thing|at\s+one\s+"
                         r"(?:point|time|stage)|in\s+the\s+first\s+place|first\s+of\s+all)(?![\w-])",
                         re.IGNORECASE)


def set_phrase(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at [start, end) is the "one" or "first" of a set phrase."""
    return any(m.start() <= start and end <= m.end() for m in _SET_PHRASE.finditer(sentence))
