"""A claim in the making, and the quotations that run across sentences: which sentence
begins inside a quotation, and how every sentence of one gets the quotation's speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from embeddings.claims.sentences import split_sentences
from embeddings.claims.speakers import Attribution, clean_core, ends_in_quote, quoted_spans
from embeddings.types import Entity


@dataclass
class _Draft:
    start: int
    end: int
    attribution: Attribution
    in_quote: bool  # the sentence continues a quotation opened before it
    opens_quote: bool  # a quotation is still open at its end
    entities: tuple[Entity, ...]
    # who the sentence says spoke, with nothing of what they said ("The mayor spoke to
    # reporters."): the speaker of a bare quotation right after it (quote_leads.py)
    leads: str | None = None


def _sentences_with_quote_state(text: str) -> list[tuple[int, int, bool]]:
    """Sentence spans with whether each begins inside a quotation opened before it.

    A quotation may run on across sentences and, when the next paragraph closes it
    before opening any other, across a paragraph break.
    """
    out: list[tuple[int, int, bool]] = []
    open_quote, previous_end = False, 0
    for start, end in split_sentences(text):
        if open_quote and "\n" in text[previous_end:start]:
            open_quote = _closes_first(text, start)
        out.append((start, end, open_quote))
        open_quote = ends_in_quote(text[start:end], open_quote)
        previous_end = end
    return out


def _closes_first(text: str, start: int) -> bool:
    line_end = text.find("\n", start)
    line = text[start: line_end if line_end >= 0 else len(text)]
    marks = [c for c in line if c in "“”"]
    return bool(marks) and marks[0] == "”"


def _resume_quotes(drafts: list[_Draft], text: str) -> None:
    """"“It found a willing partner,” said Tom Perez. “This was treachery.”": a sentence that
    is one quotation and nothing else, right after a sentence with a speaker in the same
    paragraph, goes on quoting that speaker (the way news resume a quotation after its
    frame).  Across a paragraph break nothing is assumed: a new paragraph may quote anyone."""
    for before, draft in pairwise(drafts):
        speaker = before.attribution.speaker
        if draft.attribution.speaker is not None or not speaker or draft.in_quote:
            continue
        if "\n" in text[before.end:draft.start]:
            continue
        sentence = text[draft.start:draft.end]
        spans = quoted_spans(sentence)
        if len(spans) != 1 or sentence[spans[0][1]:].strip(" \t.,!?\"”»") != "":
            continue
        if sentence[:spans[0][0]].strip():
            continue
        core = clean_core(draft.attribution.core) or draft.attribution.core
        draft.attribution = Attribution(speaker, core, draft.attribution.core_start)


def _share_quote_speakers(drafts: list[_Draft]) -> None:
    """Every sentence of a multi-sentence quotation gets the quotation's speaker."""
    i = 0
    while i < len(drafts):
        j = i
        while j + 1 < len(drafts) and drafts[j + 1].in_quote:
            j += 1
        if j > i:
            run = drafts[i : j + 1]
            speaker = run[0].attribution.speaker or run[-1].attribution.speaker
            for draft in run:
                if speaker and draft.attribution.speaker is None:
                    core = clean_core(draft.attribution.core) or draft.attribution.core
                    draft.attribution = Attribution(speaker, core, draft.attribution.core_start)
        i = j + 1
