"""Contradiction between two plain sentences (forty-fifth session): a thing named by one
word of a closed set of kinds (a colour, a material, "electric" / "acoustic", a sport) and
the same thing named by another word of that set are two things ("A man is not playing an
electric guitar" / "A man is playing an acoustic guitar"): the denial of one leaves the
other standing.  Other words before one noun may be one kind told twice ("a squirt gun" /
"a water gun"), and a thing of two kinds ("a black and white dog") may be the other's: those
are read as before.  And a general act denied denies its kinds: "There is no one cutting a
tomato" / "The lady is slicing a tomato"."""

from __future__ import annotations

import pytest
from contrastkit import contrast, parsed


def _relation(a: str, b: str) -> str:
    return contrast(parsed("left", a), parsed("right", b)).relation


def _summary(a: str, b: str) -> str:
    return contrast(parsed("left", a), parsed("right", b)).summary


# -- two kinds of one thing are two things ---------------------------------------------------
@pytest.mark.parametrize(("a", "b"), [
    # SICK (tune, NEUTRAL)
    ("Rugby players are not tackling each other",
     "A soccer player is being tackled by his opponent"),
    ("A man is not playing an electric guitar", "A man is playing an acoustic guitar"),
    ("A man is playing an acoustic guitar", "A man is not playing an electric guitar"),
    ("There is no man playing an electric guitar", "A man is playing an acoustic guitar"),
    ("The girl is not riding a brown horse", "A girl is riding a black horse"),
    ("The woman is not slicing a red tomato", "The woman is slicing a green tomato"),
    ("A boy is not kicking a plastic ball", "A boy is kicking a rubber ball"),
    ("There is no man in a red shirt playing a guitar",
     "A man in a blue shirt is playing a guitar"),
    ("The man is not wearing a grey jacket", "The man is wearing a black jacket"),
    ("The children did not build a wooden fence", "The children built a brick fence"),
    ("The man is not painting a red wall", "The man is painting a blue wall"),
])
def test_two_kinds_of_one_thing_are_two_things(a: str, b: str) -> None:
    assert _relation(a, b) != "conflict"


@pytest.mark.parametrize(("a", "b"), [
    # one kind on both sides, or one side's thing of no kind told: still one thing
    ("A man is not playing an electric guitar", "A man is playing an electric guitar"),
    ("There is no man playing a guitar", "A man is playing an acoustic guitar"),
    ("A man is not playing a guitar", "A man is playing a black guitar"),
    ("The dog is not chasing a red ball", "The dog is chasing a red ball"),
    ("Rugby players are not tackling each other", "Rugby players are tackling each other"),
    # a thing of two kinds may be the other's thing
    ("A black and white dog is not running", "A white dog is running"),
    ("A black and orange bird is not flying", "A black and orange bird is flying"),
    # two words of no closed set may name one kind twice
    ("A child is not holding a squirt gun", "A child is holding a water gun"),
    ("A man is not riding a big horse", "A man is riding a large horse"),
    ("There is no man playing a wooden flute", "A man is playing a wooden flute"),
    # one kind in two spellings or forms
    ("There is no man playing a wood flute", "A man is playing a wooden flute"),
    ("The man is not painting a gray wall", "The man is painting a grey wall"),
])
def test_one_kind_of_one_thing_still_conflicts(a: str, b: str) -> None:
    assert _relation(a, b) == "conflict"


def test_two_kinds_leave_the_summary_agreeing() -> None:
    assert _summary("A man is not playing an electric guitar",
                    "A man is playing an acoustic guitar").startswith("No difference found")



# -- denying an act denies its kinds ---------------------------------------------------------
@pytest.mark.parametrize(("a", "b"), [
    # SICK (tune, CONTRADICTION)
    ("The lady is slicing a tomato", "There is no one cutting a tomato"),
    ("No one is cutting the bread", "The man is chopping the bread"),
    ("Nobody is cutting a tomato", "The lady is slicing a tomato"),
    ("There is no one cutting the meat", "A chef is carving the meat"),
])
def test_no_one_cutting_denies_slicing(a: str, b: str) -> None:
    assert _relation(a, b) == "conflict"


def test_no_one_cutting_is_shown_as_the_denied_act() -> None:
    assert "no one cutting" in _summary("There is no one cutting a tomato",
                                        "The lady is slicing a tomato")


@pytest.mark.parametrize(("a", "b"), [
    # another thing cut, or a kind denied where the general act is told: no denial of it
    ("There is no one cutting an onion", "The woman is slicing a tomato"),
    ("There is no one slicing a tomato", "The lady is cutting a tomato"),
    ("No one is cutting the bread", "The man is chopping the onion"),
])
def test_no_one_cutting_leaves_other_acts(a: str, b: str) -> None:
    assert _relation(a, b) != "conflict"
