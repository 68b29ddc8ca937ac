"""Contradiction between two plain sentences: a negated act told with other particulars of one
thing than the other side's ("not sitting on a bench in front of a restaurant" / "sitting on
a bench under some palm trees") denies another act, not the one the other side says; a
denial that covers the other side's act ("no man playing a guitar" / "playing an acoustic
guitar") still conflicts, as does one word against one ("a pan" / "a skillet").  And a rare
plural opening a sentence ("Racers are running") is the common word the other side writes in
lower case ("There are no racers running")."""

from __future__ import annotations

import pytest
from contrastkit import contrast, parsed


def _relation(a: str, b: str) -> str:
    return contrast(parsed("left", a), parsed("right", b)).relation


# -- each side names a particular the other does not: two acts -------------------------------
@pytest.mark.parametrize(("a", "b"), [
    # SICK (tune, NEUTRAL)
    ("A man is breaking tiles with his hands",
     "There is no man breaking wooden boards with his hand"),
    ("The people are not sitting on a bench in front of a restaurant",
     "Three people are sitting on a bench under some palm trees"),
    # news wording
    ("Police did not fire tear gas at the crowd", "Police fired rubber bullets at the crowd"),
    ("The council did not approve the new stadium plan on Monday",
     "The council approved the new housing plan in a late vote"),
    ("There is no woman cutting a red onion on a wooden board",
     "A woman is cutting a white onion on a plastic tray"),
])
def test_a_negated_act_told_with_other_particulars_is_another_act(a: str, b: str) -> None:
    assert _relation(a, b) != "conflict"


# -- the denial covers the other side's act: still a conflict --------------------------------
@pytest.mark.parametrize(("a", "b"), [
    # the negated side names no particular of its own
    ("There is no man playing a guitar", "A man is playing an acoustic guitar"),
    ("Police did not fire tear gas", "Police fired tear gas at the crowd"),
    ("The minister did not resign", "The minister resigned over her health"),
    # the same particulars on both sides
    ("A man is playing a guitar on a stage", "There is no man playing a guitar on a stage"),
    ("The army did not shell the village", "The army shelled the village"),
    # the other side's extra words stand after the clause ends ("...village, killing three")
    ("The army did not shell the village", "The army shelled the village, killing three"),
    # a noun the matched word only qualifies ("hockey player") says no particular of it
    ("The ice hockey goalkeeper is wearing a yellow jersey and is defending the goal",
     "There is no hockey player in a yellow jersey guarding the goal"),
    # nothing in common: maybe one thing in two words (SICK tune: CONTRADICTION)
    ("Four dogs are playing in a field of brown grass",
     "Four dogs are not playing in a grassy area"),
    ("There is no man eating food", "A man is eating a pizza"),
    # one word against one: maybe one thing in two words ("a pan" / "a skillet")
    ("There is no man pouring oil into a pan", "A man is pouring oil into a skillet"),
    ("There is no woman putting a child in a bin", "A woman is putting a baby in a bin"),
    # "red and blue pants" is one phrase, and "roadway" is "road"
    ("There is no horse tossing the cowboy in red and blue pants",
     "A horse is tossing the cowboy wearing pants of blue and red color"),
    ("There is no motorcyclist riding a motorbike along a roadway",
     "A motorcyclist with a red helmet is riding a blue motorcycle down the road"),
    # a relative clause is of the thing, not of the act
    ("No dog is in the sand that is blowing in the wind",
     "A dog is in the sand that is being stirred up into the air"),
])
def test_a_denial_covering_the_other_act_still_conflicts(a: str, b: str) -> None:
    assert _relation(a, b) == "conflict"


def test_a_name_is_the_thing_told_more_precisely() -> None:
    # "the hospital" / "the al-Ahli hospital": a name tells which one, not another act
    assert _relation("The army did not strike the hospital in the city",
                     "The army struck the Ahli hospital in the city") == "conflict"


# -- a rare plural opening a sentence, written in lower case by the other side ----------------
@pytest.mark.parametrize(("a", "b"), [
    # SICK (tune, CONTRADICTION)
    ("Racers are running down a track", "There are no racers running down a track"),
    ("Cyclists are riding along a road", "There are no cyclists riding along a road"),
    ("Surfers are riding a big wave", "There are no surfers riding a big wave"),
])
def test_a_plural_opening_a_sentence_is_the_common_word_the_other_side_writes(
        a: str, b: str) -> None:
    result = contrast(parsed("left", a), parsed("right", b))
    assert result.relation == "conflict"
    contra = next(d for d in result.differences if d.conflict)
    assert {e["voice"]: e["role"] for e in contra.evidence} == {"right": "negates",
                                                                "left": "asserts"}


@pytest.mark.parametrize(("a", "b"), [
    # capitalised on both sides: maybe a name on both
    ("Racers are running down a track", "There are no Racers running down a track"),
    # a bare singular opens a sentence as a name does
    ("Surfer is riding a big wave", "There is no surfer riding a big wave"),
])
def test_a_capital_opener_read_as_a_name_stays_unasserted(a: str, b: str) -> None:
    assert _relation(a, b) != "conflict"
