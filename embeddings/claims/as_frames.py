"""Frames of "as": "As Ukrinform reported earlier, A" (or "... reported: A"), "A, as the IMF
has argued.", "The banks, as Warren contends, are too big": X says A, and A is the claim
without the frame.

The frame tells whose A is, as "X said A" does: leading, trailing, or set inside A between
two commas (then A is joined into the one clause it was).  Only a named speaker counts ("as
analysts had predicted" names no one, and "as you pointed out" no one the sentence names), and
only a frame that ends where its comma or the sentence does: "He left, as he said he would"
and "as X said in a speech that ..." go on into a clause, and are read as before.
"""

from __future__ import annotations

import re

from embeddings.claims.bodies import _OUTLET
from embeddings.claims.mid_frames import mid_frame_core
from embeddings.claims.quotes import quoted_spans
from embeddings.claims.relayed import speaking_subject
from embeddings.claims.reporting_verbs import _VERB
from embeddings.claims.speaker_context import SpeakerContext
from embeddings.claims.subjects import subject_before

Frame = tuple[str | None, str, int]

_VERBS = (r"(?:reported|reports|said|says|stated|states|announced|noted|notes|wrote|writes"
          r"|confirmed|informed|explained|explains|warned|warns|argued|argues|contended"
          r"|contends|observed|observes|pointed\s+out|points\s+out|acknowledged|acknowledges"
          r"|conceded|concedes|insisted|insists|stressed|stresses|emphasi[sz]ed|predicted"
          r"|predicts|suggested|suggests|claimed|claims|put\s+it|puts\s+it|told\s+\w+)")
# when or where it was said, and nothing more: "earlier", "on Monday", "in April", "in its
# report", "last week"
_WHEN = (r"(?:\s+(?:earlier|previously|before|already|recently|repeatedly|last\s+\w+"
         r"|on\s+\w+|yesterday|this\s+week|in\s+(?:a|an|its|his|her|their)\s+\w+"
         r"|in\s+(?:January|February|March|April|May|June|July|August|September|October"
         r"|November|December|\d{4})))?")
_AUX = r"(?:has\s+|had\s+|have\s+|once\s+)?"
_WHO = r"(?P<who>[^,;“”\"]{2,80}?)"
# (a colon as well as a comma: "As the Post reported: the director met Kim" is the Post's)
_LEADING = re.compile(rf"^\W*As\s+{_WHO}\s+{_AUX}{_VERBS}{_WHEN}\s*[,:]\s*")
_TRAILING = re.compile(rf",\s+as\s+{_WHO}\s+{_AUX}{_VERBS}{_WHEN}\s*(?P<end>[.!?]?)\s*$")
_INSIDE = re.compile(rf"(?<=,)\s+as\s+{_WHO}\s+{_AUX}(?P<verb>{_VERBS}){_WHEN}(?=\s*,)")


def as_frame(sentence: str, context: SpeakerContext) -> Frame | None:
    """(speaker, claim, where the claim starts) for a named speaker's "as" frame."""
    leading = _LEADING.match(sentence)
    if leading is not None:
        speaker = _named(leading.group("who"), context)
        return None if speaker is None else (speaker, sentence[leading.end():], leading.end())
    trailing = _TRAILING.search(sentence)
    if trailing is not None and len(sentence[: trailing.start()].split()) >= 3:
        speaker = _named(trailing.group("who"), context)
        if speaker is None:
            return None
        return speaker, sentence[: trailing.start()] + trailing.group("end"), 0
    inside = _INSIDE.search(sentence)
    if inside is not None:
        speaker = _named(inside.group("who"), context)
        core = mid_frame_core(sentence[: inside.start()] + " ", sentence[inside.end():],
                              inside.group("verb"))
        if speaker is not None and core is not None:
            return speaker, core, 0
    return None


def outlet_relay(sentence: str, context: SpeakerContext) -> int | None:
    """Where the claim starts after an outlet's leading "As X reported:" that relays a
    speaker's own frame ("As Fox News reported: Netanyahu revealed ... which he claimed
    ..."), to be read as that frame; None otherwise."""
    leading = _LEADING.match(sentence)
    if leading is None or not _OUTLET.fullmatch(leading.group("who").strip()):
        return None
    claim = sentence[leading.end():]
    return leading.end() if speaking_subject(claim, quoted_spans(claim), context) else None


def _named(who: str, context: SpeakerContext) -> str | None:
    """The speaker "X" names, read as the subject of "X said" is (only when all of X is that
    subject: "Students", "Children who" name no one)."""
    who = who.strip()
    if _VERB.search(who):
        return None  # "As protesters marched and police said": no one frame
    found = subject_before(f"{who} said", len(who) + 1, context)
    if found is None or found[0] is None or found[1] != 0:
        return None
    return found[0]
