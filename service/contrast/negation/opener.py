"""A sentence's first word, capitalised by its place, that the other side writes in lower
case: "Racers are running down a track" / "There are no racers running down a track",
"Loggers cleared the slope" / "no loggers cleared it".  A rare word opening a sentence is
read as a possible name (``name_like``), so the claim asserts nothing by it; where the other
side writes the same word in lower case mid-sentence it is no name there, and the one
that opens the sentence is that common word.  Only a plural: a bare singular ("Warren is
speaking") opens a sentence as a name does, a common noun wanting its article."""

from __future__ import annotations

from service.contrast.negation.reading import Reading, is_content
from service.contrast.text import stem

_SENTENCE_MARKS = frozenset({".", "!", "?", ":", '"', "“"})


def opener_asserted(neg: Reading, end: int, pos: Reading, word: str) -> tuple[int, int] | None:
    """Where ``pos`` opens a sentence with ``word`` (a stem), which the negated word ending
    at char offset ``end`` in ``neg`` writes in lower case; else None."""
    mine = next((t for t in neg.toks if t.end == end), None)
    if mine is None or not mine.text[:1].islower():
        return None
    for j, t in enumerate(pos.toks):
        opens = j == 0 or pos.toks[j - 1].lower in _SENTENCE_MARKS
        plural = t.lower.endswith("s") and not t.lower.endswith("ss")
        if opens and plural and is_content(t) and t.text[:1].isupper() \
                and t.text[1:].islower() and stem(t.text) == word and j not in pos.reported:
            return t.start, t.end
    return None
