"""The figures of a claim, not of who makes it: "“We have a problem,” one former official
said", "Two senior aides told reporters the vote was delayed".  The count says how many
speak, not what is claimed, so a claim by "one official" is not set against "three
officials said ..." on figures; a figure inside the claimed clause stays ("Two officials
said 30 people died": 30).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from embeddings.types import Quantity


def _core_span(text: str, core: str) -> tuple[int, int] | None:
    """Where the core stands in the claim's text, when it is written there as it is."""
    stripped = core.strip()
    at = text.find(stripped) if stripped else -1
    return (at, at + len(stripped)) if at >= 0 else None


def _speaker_spans(text: str, speaker: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end())
            for m in re.finditer(rf"(?<!\w){re.escape(speaker)}(?!\w)", text)]


def claimed_figures(numbers: Iterable[Quantity], text: str, offset: int,
                    speaker: str | None, core: str) -> tuple[Quantity, ...]:
    """``numbers`` (offsets into the article, ``text`` starting at ``offset``) without the
    counts of who speaks, outside the core: opening the speaker's words ("Two senior
    aides") or right before them ("one former Israeli official", whose speaker is read
    without the count)."""
    figures = tuple(numbers)
    if not speaker or not figures:
        return figures
    spans = _speaker_spans(text, speaker)
    if not spans:
        return figures
    core_span = _core_span(text, core)

    def in_frame(q: Quantity) -> bool:
        start, end = q.start - offset, q.end - offset
        if q.kind != "count" or (core_span and core_span[0] <= start < core_span[1]):
            return False
        if q.unit and q.unit[:4] not in speaker.lower():
            return False  # "according to a study of 60 species": not a count of who speaks
        # the count opens the speaker's phrase ("Two senior aides"), or stands right before
        # it ("one former Israeli official"); not a figure further in ("Number 10
        # spokesperson", "interviews with more than a dozen experts")
        return any(start == s or (end <= s and not text[end:s].strip()) for s, _ in spans)

    return tuple(q for q in figures if not in_frame(q))
