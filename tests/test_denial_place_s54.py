"""A denial with a place: when it denies the act, and when it only narrows it (fifty-fourth
session, docs/quality.md "A denial with a place").

A report tells its act where its story is, so "not captured in <the place>", with nowhere
else named, denies the capture; a denial narrows only by whom or what for ("did not vote for
the bill" / "voted"), or where the denying sentence tells the act again of the same subject
("did not land in Paris; it landed in Lyon"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from contrastkit import contrast, parsed


def relation(a: str, b: str) -> str:
    return contrast(parsed("left", a), parsed("right", b)).relation


@pytest.mark.parametrize(("a", "b"), [
    # a title-case headline's place reads as a common word: it narrowed the denial before
    ("Aid Worker Tom Baker Captured", "Army Confirms: Tom Baker Not Captured in Aleppo"),
    ("The gunman was captured", "The gunman was not captured in the city"),
    ("The plane landed", "The plane did not land at the airport"),
])
def test_a_denial_at_a_place_naming_nowhere_else_denies_the_act(a: str, b: str) -> None:
    assert relation(a, b) == "conflict"


@pytest.mark.parametrize(("a", "b"), [
    ("The plane landed", "The plane did not land in Paris; it landed in Lyon"),
    ("The plane landed", "The plane did not land in Paris but landed in Lyon"),
    ("He was arrested", "He was not arrested in London. He was arrested in Madrid"),
])
def test_a_denial_that_tells_the_act_elsewhere_agrees_it_happened(a: str, b: str) -> None:
    assert relation(a, b) != "conflict"


@pytest.mark.parametrize(("a", "b"), [
    # the act told again, but of someone else or denied again: still a denial of the act
    ("The minister resigned", "The minister did not resign, but his deputy resigned"),
    ("The plane landed", "The plane did not land in Paris, and it did not land in Lyon"),
])
def test_the_act_told_of_another_or_denied_again_still_conflicts(a: str, b: str) -> None:
    assert relation(a, b) == "conflict"


@pytest.mark.parametrize(("a", "b"), [
    # whom or what for still narrows (the fifty-third session's reading stands)
    ("The senator voted", "The senator did not vote for the bill"),
    ("The man spends the money", "The man does not spend the money on himself"),
])
def test_a_denial_narrowed_by_whom_or_what_for_leaves_the_act(a: str, b: str) -> None:
    assert relation(a, b) != "conflict"
