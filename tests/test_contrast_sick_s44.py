"""Contradiction between two plain sentences (forty-fourth session): a woman and a man are
two people ("The woman is not playing a guitar" / "A man is playing a guitar"); one subject
doing one thing alone or with others disputes it ("dancing alone" / "dancing with other
women"), two acts do not; and a size or a fullness told of a thing ("The crowd was large" /
"small") disputes it, where as an adjective before a noun it picks out which thing ("a small
bottle" / "a big bottle" are two bottles)."""

from __future__ import annotations

import pytest
from contrastkit import contrast, parsed


def _relation(a: str, b: str) -> str:
    return contrast(parsed("left", a), parsed("right", b)).relation


def _summary(a: str, b: str) -> str:
    return contrast(parsed("left", a), parsed("right", b)).summary


# -- a woman and a man are two people --------------------------------------------------------
@pytest.mark.parametrize(("a", "b"), [
    # SICK (tune, NEUTRAL)
    ("The woman is not playing an electric guitar", "A man is playing an acoustic guitar"),
    ("The woman is not playing a guitar", "A man is playing a guitar"),
    ("The girl is not riding a horse", "A boy is riding a horse"),
    ("The mother did not sign the letter", "The father signed the letter"),
    ("The queen did not attend the ceremony", "The king attended the ceremony"),
])
def test_subjects_of_two_sexes_are_two_people(a: str, b: str) -> None:
    assert _relation(a, b) != "conflict"


@pytest.mark.parametrize(("a", "b"), [
    # one sex on both sides, or a word that may name either: still one subject
    ("The man is not playing a guitar", "A man is playing a guitar"),
    ("The woman is not playing a guitar", "A woman is playing a guitar"),
    ("The girls are not riding horses", "The girls are riding horses"),
    ("The mother did not sign the letter", "The mother signed the letter"),
])
def test_one_subject_denied_and_told_still_conflicts(a: str, b: str) -> None:
    assert _relation(a, b) == "conflict"


# -- alone, or with others: of one act -------------------------------------------------------
@pytest.mark.parametrize(("a", "b", "shown"), [
    # SICK (tune, CONTRADICTION)
    ("A woman is dancing and singing alone", "A woman is dancing and singing with other women",
     "“alone” vs “with other”"),
    ("The gunman acted alone", "The gunman acted with accomplices",
     "“alone” vs “with accomplices”"),
    ("The boy is playing by himself", "The boy is playing with friends",
     "“by himself” vs “with friends”"),
])
def test_alone_and_with_others_of_one_act_conflict(a: str, b: str, shown: str) -> None:
    assert _relation(a, b) == "conflict"
    assert shown in _summary(a, b)


@pytest.mark.parametrize(("a", "b"), [
    # two acts: each may be done alone and the other with others
    ("The minister met with other leaders", "The minister traveled alone"),
    ("The girl is eating alone", "The girl is playing with friends"),
    # two subjects
    ("The man is dancing alone", "A woman is dancing with other women"),
])
def test_alone_and_with_others_of_two_acts_agree(a: str, b: str) -> None:
    assert _relation(a, b) != "conflict"


# -- a size or a fullness: told of a thing, or picking one out -------------------------------
@pytest.mark.parametrize(("a", "b", "shown"), [
    ("The crowd was large", "The crowd was small", "“large” vs “small”"),
    ("The rally was big", "The rally was tiny", "“big” vs “tiny”"),
    ("The stadium was crowded", "The stadium was nearly empty", "“crowded” vs “empty”"),
    ("The street is crowded", "The street is deserted", "“crowded” vs “deserted”"),
])
def test_a_size_told_of_one_thing_conflicts(a: str, b: str, shown: str) -> None:
    assert _relation(a, b) == "conflict"
    assert shown in _summary(a, b)


@pytest.mark.parametrize(("a", "b"), [
    # SICK (NEUTRAL): an adjective before its noun says which one
    ("A small white dog is running across a lawn", "A big white dog is running across a lawn"),
    ("A cat is playing with a small bottle", "A cat is playing with a big bottle"),
    ("A surfer is surfing a small wave", "A surfer is surfing a huge wave"),
    ("Large crowds gathered in the square", "Small crowds gathered in the square"),
    ("The company won a big contract", "The company is a small business"),
    ("Some people are on a crowded street", "Some people are on an empty street"),
    # two things told of
    ("The crowd was large", "The stadium was small"),
])
def test_a_size_that_picks_out_a_thing_or_of_two_things_agrees(a: str, b: str) -> None:
    assert _relation(a, b) != "conflict"


# -- a denial of a narrower act: the other side's act, told without its particular ----------
@pytest.mark.parametrize(("a", "b"), [
    # SICK (tune, NEUTRAL)
    ("There is no cat eating corn on the cob", "A cat is eating some corn"),
    # more wordings
    ("There is no man playing a bamboo flute", "The man is playing a flute"),
    ("There is no woman cutting an onion on a wooden board", "A woman is cutting an onion"),
    ("The boy is not kicking a ball into the net", "A boy is kicking a ball"),
])
def test_a_denial_of_a_narrower_act_leaves_the_wider_one(a: str, b: str) -> None:
    assert _relation(a, b) != "conflict"


@pytest.mark.parametrize(("a", "b"), [
    # SICK (tune, CONTRADICTION): the other side tells the particular in its next clause
    ("An adult is in the amphitheater and is talking to a boy",
     "There is no adult in the amphitheater talking to a boy"),
    ("A dog is swimming in a lake and the sun is shining on him",
     "There is no dog swimming in a lake with sunshine shining on him"),
    # a part of the thing is the thing
    ("Nobody is slicing a piece of bread", "A man is slicing some bread"),
    # the wider denial covers the narrower act
    ("There is no man playing a flute", "The man is playing a bamboo flute"),
    ("There is no cat eating corn", "A cat is eating corn on the cob"),
    # the same particulars on both sides
    ("There is no cat eating corn on the cob", "A cat is eating corn on the cob"),
    # a clause of its own after the act tells no particular of it
    ("The council did not approve the plan as the mayor had asked",
     "The council approved the plan"),
])
def test_a_denial_that_covers_the_other_act_still_conflicts(a: str, b: str) -> None:
    assert _relation(a, b) == "conflict"


# -- a denial of what a woman or a man does leaves what "a person" does ----------------------
@pytest.mark.parametrize(("a", "b"), [
    # SICK (tune, NEUTRAL)
    ("The woman is not wearing a red jacket and is not holding a glass in front of the man "
     "in a white t-shirt", "A person is wearing a red jacket and holding a beer"),
    ("The woman is not wearing a red jacket", "A person is wearing a red jacket"),
    ("The boy is not riding a bike", "Someone is riding a bike"),
    ("The man is not going into the water", "The person is going into the water"),
])
def test_a_denial_of_a_woman_or_a_man_leaves_anyone(a: str, b: str) -> None:
    assert _relation(a, b) != "conflict"


@pytest.mark.parametrize(("a", "b"), [
    # the wider denial covers the woman, and one subject on both sides
    ("The person is not wearing a red jacket", "A woman is wearing a red jacket"),
    ("The woman is not wearing a red jacket", "The woman is wearing a red jacket"),
    ("The person is not wearing a red jacket", "The person is wearing a red jacket"),
])
def test_a_denial_of_anyone_or_of_one_subject_still_conflicts(a: str, b: str) -> None:
    assert _relation(a, b) == "conflict"
