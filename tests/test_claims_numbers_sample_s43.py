"""The claims stage, from a sample of real news figures: "one" standing for a noun ("a truly
honest one", "changing one’s sex") is no count; "a mile", "an acre", "half a ton" are one
(or half) of the unit; "18-year-olds" are an age, not 18 years; and the near readings
that stay as they were."""

from __future__ import annotations

import pytest

from embeddings.claims import find_numbers
from tests.numberkit import only

# --- "one" standing for a noun the sentence left out, or for anyone ----------------------


@pytest.mark.parametrize("sentence", [
    "I just hope the final determination is a truly honest one, which is what voters deserve.",
    "Because Trump's visit will not be a state one, it means he will not meet the Queen.",
    "This is the third summit, including a previous one at Mar-a-Lago in February.",
    "Sandberg said her donation was a personal one, and not associated with Facebook.",
    "He thinks of it more as a fake TV job than a real one, using photo-ops and rallies.",
    "It exposed him not just as a divisive buffoon, but a cynically incompetent one.",
    "Protesters burned smaller flags on the embers of the larger one.",
    "Imagine what a Labour one would be like!",
    "You might struggle to find any job, let alone a well-paying one.",
    "He is the only one who voted against the bill.",
    "The concept of changing one’s biological sex is nonsense.",
    "Abortion is the right to destroy one's own child, they said.",
])
def test_one_standing_for_a_noun_is_no_figure(sentence: str) -> None:
    assert [q for q in find_numbers(sentence) if "one" in q.text.lower()] == []


def test_a_second_one_keeps_the_other_figures() -> None:
    found = find_numbers("North Korea tested a second one more than three weeks later.")
    assert [(q.kind, q.unit) for q in found] == [("ordinal", None), ("duration", "day")]
    assert found[1].low == 21 and found[1].high is None


@pytest.mark.parametrize(("sentence", "unit"), [
    ("The man punched one officer and dropped a pistol.", "officer"),
    ("A total of one person died in the blast.", "person"),
    ("They bought one car last year.", "car"),
    ("Their only one vote went to the mayor.", "vote"),
])
def test_one_before_its_noun_is_still_a_count(sentence: str, unit: str) -> None:
    q = only(sentence)
    assert (q.low, q.high, q.kind, q.unit) == (1.0, 1.0, "count", unit)


@pytest.mark.parametrize(("sentence", "kind", "unit"), [
    ("A far-right protester drove a car through a crowd, killing one and injuring 19.",
     "count", "people"),
    ("Only a mere one percent of voters turned out.", "percent", "percent"),
    ("The Israeli leader may have had an audience of one.", "count", None),
    ("Only one's left in the race.", "count", None),
])
def test_one_after_a_verb_or_a_preposition_is_still_a_figure(sentence: str, kind: str,
                                                              unit: str | None) -> None:
    q = next(q for q in find_numbers(sentence) if "one" in q.text.lower())
    assert (q.low, q.high, q.kind, q.unit) == (1.0, 1.0, kind, unit)
