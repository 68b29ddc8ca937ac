"""Set phrases whose "one" or "first" counts and ranks nothing: "on one hand", "on the one
hand", "for one thing", "at one point", "at one time", "in the first place", "first of
all".  They tell how an argument goes on or when, and a figure read from them would be
compared with the claim's real counts ("one person", "the first night")."""

from __future__ import annotations

import re

_SET_PHRASE = re.compile(r"\b(?:on\s+(?:the\s+)?one\s+hand|for\s+one\s+thing|at\s+one\s+"
                         r"(?:point|time|stage)|in\s+the\s+first\s+place|first\s+of\s+all)(?![\w-])",
                         re.IGNORECASE)

# "I'm here to tell you one thing: Iran lied", "one thing was certain", "there is one thing
# we have learned", "one more thing": a singular "one thing" announces a point the speaker
# goes on to say, it counts no things (a listicle's "10 Things You Need To Know" is plural
# and stays a count; so does an adjective's "One Important Thing", read as its noun's count)
_ONE_THING = re.compile(r"\bone\s+(?:(?:more|other|last|final|single)\s+)?thing(?![\w-])",
                        re.IGNORECASE)


# "one way to cut costs", "one way or another", "the one way out": a way of doing something
# is named, not counted ("two ways" stays a count of ways, as "10 Things" does)
_ONE_WAY = re.compile(r"\bone\s+(?:(?:more|other|possible|simple|easy|good|better|best|sure"
                      r"|quick|obvious|key|big|major|main|surefire)\s+)?way(?![\w-])",
                      re.IGNORECASE)


def set_phrase(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at [start, end) is the "one" or "first" of a set phrase."""
    return any(m.start() <= start and end <= m.end()
               for pattern in (_SET_PHRASE, _ONE_THING, _ONE_WAY)
               for m in pattern.finditer(sentence))
