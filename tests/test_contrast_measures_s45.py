"""Which figures measure one thing: "one thing" in a set phrase counts no things (the claims
stage reads no figure from it), and the words for one protest crowd ("demonstrators",
"protesters", "marchers") count one crowd, while other groups stay their own counts."""

from __future__ import annotations

import pytest
from contrastkit import contrast, number_kinds, parsed

from embeddings.claims import find_numbers

# --- "one thing" announces a point, it counts nothing --------------------------------------


@pytest.mark.parametrize("sentence", [
    "Tonight I'm here to tell you one thing: Iran lied.",
    "One thing was certain: the vote would be close.",
    "Let me say one more thing before I go.",
    "If there is one thing we have learned, it is that he never gives up.",
    "There is one other thing the minister said: the border stays closed.",
])
def test_one_thing_is_no_count(sentence: str) -> None:
    assert find_numbers(sentence) == []


@pytest.mark.parametrize(("sentence", "figures"), [
    # plural things are counted: a listicle's "10 Things"
    ("3 things to watch for as McDonald's fights to boost US sales", [(3, "thing")]),
    ("10 Things You Need To Know This Morning", [(10, "thing")]),
    # other nouns after "one" stay counts, next to the phrase too
    ("One person died and one thing was clear.", [(1, "person")]),
    ("Police found one body and two cars.", [(1, "body"), (2, "car")]),
])
def test_other_counts_next_to_one_thing_stay(sentence: str, figures: list[tuple[int, str]]) -> None:
    assert [(q.low, q.unit) for q in find_numbers(sentence)] == figures


def test_one_thing_said_by_two_speakers_is_no_agreement() -> None:
    a = "Netanyahu said: I'm here to tell you one thing: Iran lied."
    b = "Rouhani said he would tell the world one thing: Iran kept its word."
    assert "numbers_agree" not in number_kinds(contrast(parsed("x", a), parsed("y", b)))

