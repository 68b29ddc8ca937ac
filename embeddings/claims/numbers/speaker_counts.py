"""The figures of a claim, not of who makes it: "“We have a problem,” one former official
said", "Two senior aides told reporters the vote was delayed".  The count says how many
speak, not what is claimed, so a claim by "one official" is not set against "three
officials said ..." on figures; a figure inside the claimed clause stays ("Two officials
said 30 people died": 30).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from embeddings.claims.groups import _WHY_UNNAMED
from embeddings.types import Quantity


def _core_span(text: str, core: str) -> tuple[int, int] | None:
    """Where the core stands in the claim's text, when it is written there as it is."""
    stripped = core.strip()
    at = text.find(stripped) if stripped else -1
    return (at, at + len(stripped)) if at >= 0 else None


def _speaker_spans(text: str, speaker: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end())
            for m in re.finditer(rf"(?<!\w){re.escape(speaker)}(?!\w)", text)]


# who no one names, counted: "Two people familiar with the matter told Reuters that ...",
# "Three officials told Reuters that ..." (the outlet relays them, or the outlet speaks: no
# speaker's words to find the count in)
_UNNAMED_UNITS = ("official", "people", "person", "source", "insider", "diplomat", "aide")
# what may open a sentence before its frame's count: "But two officials said"
_OPENER = re.compile(r"^\W*(?:(?:But|And|However|Meanwhile|Still|Yet),?\s+)?$")
# a verb of saying right after the speaker's words: "Two U.S. officials said ...", where the
# claim after it was not cut from the core, still counts who speaks
_SAYS_AFTER = re.compile(rf"(?:{_WHY_UNNAMED})?\s*,?\s*(?:said|says|say|told|tells|added"
                         r"|confirmed|stated|reported|warned|insisted|claimed)\b")


# the rest of the counted source's phrase, up to its verb: "[Two] U.S. officials told"
_UNNAMED_FRAME_AFTER = re.compile(
    r"(?:\s+(?:[\w’'-]+|(?:[A-Z]\.){2,3})){0,3}?\s+(?i:officials?|sources?|people|persons?"
    r"|insiders?|diplomats?|aides?)" + _SAYS_AFTER.pattern)


def _counts_the_unnamed(q: Quantity, start: int, end: int, text: str,
                        core_span: tuple[int, int] | None) -> bool:
    """A count opening the sentence of an unnamed source's frame, before the claim cut from
    it ("Two people familiar with the matter told Reuters that ...")."""
    return bool(core_span and start < core_span[0] and q.unit in _UNNAMED_UNITS
                and _OPENER.match(text[:start]) and _UNNAMED_FRAME_AFTER.match(text, end))


# what stands between a claim and the frame trailing it: "The deal was close, two officials
# told Reuters.", "“We have a problem,” two officials told Reuters."
_TRAILING_GAP = re.compile(r"[\s,”\"’']*")


def _counts_the_unnamed_after(q: Quantity, start: int, end: int, text: str,
                              core_span: tuple[int, int] | None) -> bool:
    """A count opening an unnamed source's frame after the claim ("Talks stalled, three
    people familiar with the matter told Reuters."): read as the leading frame's count is,
    whoever the speaker is (the outlet that relays them, or no one); a count in the claim
    itself ("Two people were killed, police said.") is inside the core and stays."""
    return bool(core_span and start >= core_span[1] and q.unit in _UNNAMED_UNITS
                and _TRAILING_GAP.fullmatch(text, core_span[1], start)
                and _UNNAMED_FRAME_AFTER.match(text, end))


def claimed_figures(numbers: Iterable[Quantity], text: str, offset: int,
                    speaker: str | None, core: str) -> tuple[Quantity, ...]:
    """``numbers`` (offsets into the article, ``text`` starting at ``offset``) without the
    counts of who speaks, outside the core: opening the speaker's words ("Two senior
    aides") or right before them ("one former Israeli official", whose speaker is read
    without the count)."""
    figures = tuple(numbers)
    if not figures:
        return figures
    core_span = _core_span(text, core)
    if core_span and core_span[0] > 0:
        figures = tuple(q for q in figures if q.kind != "count"
                        or not _counts_the_unnamed(q, q.start - offset, q.end - offset, text,
                                                   core_span))
    figures = tuple(q for q in figures if q.kind != "count" or not _counts_the_unnamed_after(
        q, q.start - offset, q.end - offset, text, core_span))
    if not speaker:
        return figures
    spans = _speaker_spans(text, speaker)
    if not spans:
        return figures

    def in_frame(q: Quantity) -> bool:
        start, end = q.start - offset, q.end - offset
        if q.kind != "count":
            return False
        if core_span and core_span[0] <= start < core_span[1]:
            # the claim after the frame was left in the core ("Two U.S. officials said the
            # strike hit a depot."): the count opening it is still of who speaks
            return start == core_span[0] and any(
                s == start and _SAYS_AFTER.match(text, e) for s, e in spans)
        if q.unit and q.unit[:4] not in speaker.lower():
            return False  # "according to a study of 60 species": not a count of who speaks
        # the count opens the speaker's phrase ("Two senior aides"), or stands right before
        # it ("one former Israeli official"); not a figure further in ("Number 10
        # spokesperson", "interviews with more than a dozen experts")
        return any(start == s or (end <= s and not text[end:s].strip()) for s, _ in spans)

    return tuple(q for q in figures if not in_frame(q))
