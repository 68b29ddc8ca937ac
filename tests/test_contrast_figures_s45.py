"""The contrast on figures: a vague figure that agrees with two precise ones neither joins
them in one agreement nor hides their dispute, and open bounds of two sizes are paired by
size (session 45)."""

from __future__ import annotations

import pytest
from contrastkit import contrast, parsed

from embeddings.types import Contrast


def _run(*texts: str) -> Contrast:
    return contrast(*(parsed(f"outlet-{chr(97 + i)}", t) for i, t in enumerate(texts)))


def _groups(result: Contrast, kind: str) -> list[set[str]]:
    return [{str(e["text"]) for e in d.evidence} for d in result.differences if d.kind == kind]


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("Tens of thousands of people marched in Paris, and police put the crowd at 20,000.",
     "Some 90,000 people marched in Paris, organisers said.", {"20,000", "Some 90,000"}),
    ("Hundreds of people were killed in the quake, with officials counting 250 people "
     "killed.", "At least 800 people were killed in the quake.", {"250", "At least 800"}),
    ("Dozens of migrants drowned off Libya, and the coastguard said 24 migrants drowned.",
     "Some 70 migrants drowned off Libya.", {"24", "Some 70"}),
])
def test_a_vague_figure_beside_a_precise_one_hides_no_dispute(
        a: str, b: str, disputed: set[str]) -> None:
    """The claim tells one figure twice, vaguely and exactly: the exact one answers the
    other claim's, and disputes it."""
    result = _run(a, b)
    assert result.relation == "conflict"
    assert disputed in _groups(result, "numbers")


def test_two_precise_figures_of_one_measure_stay_disputed_beside_a_vague_one() -> None:
    """"Hundreds" agrees with both, which dispute each other: the dispute is told."""
    result = _run("Hundreds of homes were flooded.",
                  "About 200 homes were flooded, the council said.",
                  "Some 900 houses were flooded, residents said.")
    assert result.relation == "conflict"
    assert {"About 200", "Some 900"} in _groups(result, "numbers")
    assert not any({"About 200", "Some 900"} <= g for g in _groups(result, "numbers_agree"))


@pytest.mark.parametrize(("a", "b"), [
    # a part of the vague count ("including"), not the count told again
    ("Thousands of people fled the fighting, including 2,000 children.",
     "About 9,000 people fled the fighting."),
    ("Tens of thousands of people marched, among them 20,000 people from the suburbs.",
     "Some 90,000 people marched."),
    # no vague figure: two figures of one claim still answer two questions
    ("Global sales fell 0.3 percent, U.S. sales 1.4 percent.", "Sales fell 1.4 percent."),
])
def test_a_part_or_a_second_measure_is_still_no_dispute(a: str, b: str) -> None:
    result = _run(a, b)
    assert "numbers" not in [d.kind for d in result.differences]
    assert result.relation != "conflict"
