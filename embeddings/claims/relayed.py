"""A named speaker's words relayed by an outlet at the end of the sentence: "Araghchi called
the presentation "childish," and said the evidence was "fake," the Associated Press
reported.", "Smith denied the claims, according to Reuters.".

The words are the sentence's own subject's; the outlet only relays them (as it does "A, the
centre said, Xinhua reported."), so the claim is read from the sentence without the relay:
its speaker is that subject, its core what the subject said.  Only where the subject opens
the sentence (after a connective or a short opening phrase at most): in "Prices rose after
the company said demand fell, Reuters reported." the company's words are a clause of the
claim, and the claim stays the outlet's, as "Prices rose 3%, Reuters reported." does.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from embeddings.claims.bodies import _OUTLET
from embeddings.claims.clauses import not_reporting
from embeddings.claims.inverted import WHEN_AFTER_VERB
from embeddings.claims.quotes import inside
from embeddings.claims.reporting_verbs import _VERB
from embeddings.claims.speaker_context import SpeakerContext
from embeddings.claims.subjects import subject_before

# ", the Associated Press reported.", ", Reuters reported on Tuesday.", ", according to AFP."
# (the comma may stand inside a closing quotation: '... "fabricated," the AP reported.')
_OUTLET_NAME = _OUTLET.pattern.replace("(?P<name>", "(?:")
_RELAY_TAIL = re.compile(
    rf"(?P<cut>,\s*[”\"’']?|(?<=[”\"’']),)\s*(?:(?:{_OUTLET_NAME})\s+(?:has\s+)?"
    rf"(?:reported|reports)(?:{WHEN_AFTER_VERB.pattern})?"
    rf"|according\s+to\s+(?:{_OUTLET_NAME}))\s*[.!]?\s*$")
# what may stand before the subject: nothing, a connective ("But", "However,"), or a short
# opening phrase ("In a statement,"), never a clause the subject's verb would belong to
_SUBORDINATE = re.compile(r"\b(?:after|before|when|while|because|since|until|as|if|although"
                          r"|though|who|which|that|where|whom|whose|once|unless)\b",
                          re.IGNORECASE)
# the frame itself is the outlet's report: "X reportedly told advisers", "X allegedly said"
_HEARSAY = re.compile(r"\b(?:reportedly|allegedly|purportedly|privately)\b")
_CONNECTIVE = re.compile(r"\W*(?:But|And|Yet|So|However|Meanwhile|Still|Then|Now),?\s+")


Reading = tuple[str | None, str, int]  # (speaker, core, core_start), as find_speaker's


def relayed(sentence: str, found: Reading, quoted: list[tuple[int, int]],
            context: SpeakerContext, read: Callable[[str], Reading]) -> Reading:
    """The reading of a sentence whose outlet at the end relays its subject's words:
    the subject's frame read without the relay ("X said A, Reuters reported." -> X, "A";
    "X denied A, Reuters reported." -> X, "X denied A"); ``found`` as it is otherwise."""
    head = relayed_head(sentence)
    if head is None or speaking_subject(head, quoted, context) is None:
        return found
    speaker, _, core_start = found
    if core_start > 0 and core_start < len(head):  # a leading frame: the relay is cut
        return speaker, head[core_start:], core_start
    inner = read(head)
    return found if inner[0] is None else inner


def relayed_head(sentence: str) -> str | None:
    """The sentence without an outlet's relaying frame at its end, if it has one."""
    tail = _RELAY_TAIL.search(sentence)
    if tail is None or tail.start() == 0:
        return None
    # keep a closing quotation the comma stood in: '"fabricated," the AP' -> '"fabricated"'
    closing = tail.group("cut").strip(" ,")
    return sentence[: tail.start()] + closing


def speaking_subject(head: str, quoted: list[tuple[int, int]],
                     context: SpeakerContext) -> str | None:
    """Who speaks in the sentence's first frame, when that frame's subject is the sentence's
    own (not a subordinate clause's: "Prices rose after the company said ...")."""
    for verb in _VERB.finditer(head):
        if inside(verb.start(), quoted) or not_reporting(head, verb):
            continue
        subject = subject_before(head, verb.start(), context)
        if subject is None or subject[0] is None:
            return None
        before = head[: subject[1]]
        if before.strip(" “\"‘'") and not _CONNECTIVE.fullmatch(before) \
                and (not before.rstrip().endswith(",")
                                        or _SUBORDINATE.search(before)
                                        or _VERB.search(before) or len(before.split()) > 6):
            return None
        if _HEARSAY.search(head, subject[1], verb.start()):
            return None  # "Trump reportedly told advisers ...": the outlet's sources say so
        return subject[0]
    return None
