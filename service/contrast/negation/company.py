"""Whether one subject did something alone or with others is said of one act: "A woman is
dancing alone" / "A woman is dancing with other women" disputes it, while "The minister met
with other leaders" / "The minister traveled alone" tells two acts, each as it was."""

from __future__ import annotations

from service.contrast.negation.reading import Reading, is_content
from service.contrast.text import stem

# the pairs said of what the words right before them tell (the act done alone or not)
OF_ONE_ACT = frozenset({"alone"})


def one_act(a: Reading, start_a: int, b: Reading, start_b: int) -> bool:
    """The content words right before char offsets ``start_a`` and ``start_b`` are one word
    ("dancing alone" / "dancing with other women"); unread on either side, they are not."""
    before = [_word_before(r, start) for r, start in ((a, start_a), (b, start_b))]
    return before[0] is not None and before[0] == before[1]


def _word_before(r: Reading, start: int) -> str | None:
    words = [t for t in r.toks if t.end <= start and is_content(t)]
    return stem(words[-1].text) if words else None
