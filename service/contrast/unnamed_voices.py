"""Whose account a claim tells when it names no speaker but cuts a frame of an unnamed one.

"Viral Video Was Faked, Witness Says", "The regime slammed protesters, officials said":
the claims stage reads a bare group or one of it ("witnesses", "a resident", "officials")
as naming no one, so the claim stays the outlet's own, with the frame cut from its core.
The outlet still tells someone's account there: its loaded word is its wording of what the
witness said, as with a named speaker ("telling what Plosser said"), not a word it states
in its own voice.  ``unnamed_voice`` says who, as the frame names them.
"""

from __future__ import annotations

import re

from embeddings.claims.bystanders import one_bystander, unnamed_at_end
from embeddings.types import Claim

# "..., witness says", "..., a resident told Reuters", "..., officials said on Monday"
_TAIL = re.compile(r"^[\s,]+(?P<who>[^,.;:“”\"]{2,60}?)\s+(?i:says|said|say|told\s+[\w.]+"
                   r"|tells\s+[\w.]+|claims?|claimed)(?:\s+(?:on\s+)?[A-Z][a-z]+day)?"
                   r"[\s.,!]*$")
# "According to witnesses, ..."
_HEAD = re.compile(r"^\s*(?i:according\s+to)\s+(?P<who>[^,]{2,60}),\s*$")
_ARTICLE = re.compile(r"(?i:an?|one|the|another|some|several|many|two|three|four|five)\s")


def unnamed_voice(claim: Claim) -> tuple[str, int, int] | None:
    """(who, core start, core end) for a claim with no speaker whose cut frame names an
    unnamed group or one of it; None otherwise."""
    if claim.speaker:
        return None
    text, core = claim.text, claim.core.strip().rstrip(".")
    at = text.lower().find(core.lower()) if core else -1
    if at < 0 or len(core) >= len(text.strip().rstrip(".")):
        return None
    head, tail = text[:at], text[at + len(core):]
    m = _TAIL.match(tail) if not head.strip() else (
        _HEAD.match(head) if not tail.strip(" .") else None)
    if m is None:
        return None
    who = m.group("who").strip()
    if unnamed_at_end(who) != 0 and not one_bystander(who):
        return None
    who = who[0].lower() + who[1:] if not who.isupper() else who.lower()
    if one_bystander(who) and not _ARTICLE.match(who) \
            and not (who.endswith("s") and not who.endswith("ss")):
        who = "a " + who  # a headline's "Witness Says": a witness
    return who, at, at + len(core)
