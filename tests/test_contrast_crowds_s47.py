"""Crowds of two towns, forty-seventh session: one crowd word counted in two places is two
marches, not a dispute over one; the same place, or a place on one side only, still is."""

from __future__ import annotations

from dataclasses import replace

import pytest

from embeddings.types import Claim
from tests.contrastkit import contrast, ent, kinds, parsed


def placed(source: str, text: str, *places: str) -> Claim:
    return replace(parsed(source, text), entities=tuple(ent(text, p) for p in places))


@pytest.mark.parametrize(("a", "b"), [
    ("About 20,000 people marched in Paris.", "Some 5,000 marched in Lyon."),
    ("About 20,000 protesters marched through Paris.",
     "Some 5,000 protesters marched through Lyon."),
    ("About 20,000 protesters marched in central Paris.",
     "Some 5,000 protesters marched in central Lyon."),
    ("About 20,000 protesters took to the streets of Paris.",
     "Some 5,000 protesters took to the streets of Lyon."),
    ("About 20,000 demonstrators rallied across Paris.",
     "Some 5,000 protesters gathered in the centre of Lyon."),
])
def test_one_crowd_word_in_two_towns_is_two_marches(a: str, b: str) -> None:
    result = contrast(placed("x", a, "Paris"), placed("y", b, "Lyon"))
    assert "numbers" not in kinds(result), result.summary


@pytest.mark.parametrize(("a", "places_a", "b", "places_b"), [
    # one town on both sides: two estimates of one march
    ("About 20,000 marched in Paris.", ("Paris",),
     "Police said 5,000 marched in Paris.", ("Paris",)),
    ("About 20,000 protesters marched in central Paris.", ("Paris",),
     "Police said 5,000 protesters marched through Paris.", ("Paris",)),
    # a place on one side only: the other may be telling the same march
    ("About 20,000 people marched in Paris.", ("Paris",), "Some 5,000 people marched.", ()),
    ("About 20,000 protesters marched through Paris.", ("Paris",),
     "Some 5,000 protesters marched on Saturday.", ()),
    # a town and the state it is in, named on both sides
    ("About 20,000 protesters marched in Springfield, Ohio.", ("Springfield", "Ohio"),
     "Police said 5,000 protesters marched in Ohio.", ("Ohio",)),
    # where the marchers came from is not where they marched
    ("About 20,000 people marched from Paris.", ("Paris",),
     "Some 5,000 people marched from Lyon.", ("Lyon",)),
])
def test_one_march_told_with_a_place_is_still_disputed(
        a: str, places_a: tuple[str, ...], b: str, places_b: tuple[str, ...]) -> None:
    result = contrast(placed("x", a, *places_a), placed("y", b, *places_b))
    assert "numbers" in kinds(result), result.summary
    assert result.relation == "conflict"
