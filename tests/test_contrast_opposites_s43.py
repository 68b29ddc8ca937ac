"""The contrast stage on opposite acts and states of one act told of one subject: a shot
that hit or missed one thing, clothes put on or taken off, a thing done outdoors or
indoors."""

from __future__ import annotations

import pytest
from contrastkit import claim, contrast


@pytest.mark.parametrize(("a", "b", "one", "other"), [
    ("The ball hit the target.", "The ball missed the target.", "hit", "missed"),
    ("The missile struck the hospital.", "The missile missed the hospital.",
     "struck", "missed"),
    ("The storm hit Florida on Tuesday.", "The storm missed Florida.", "hit", "missed"),
    ("A toy train is striking a toy car.", "A toy train is missing a toy car.",
     "striking", "is missing"),
    ("A child is missing a baseball.", "A child is hitting a baseball.",
     "is missing", "hitting"),
    ("The man is taking off his jacket.", "The man is putting on his jacket.",
     "taking off", "putting on"),
    ("The president put on a mask before the meeting.",
     "The president took off his mask before the meeting.", "put on", "took off"),
    ("The children are playing outside.", "The children are playing indoors.",
     "outside", "indoors"),
    ("The rally was held outdoors.", "The rally was held indoors.", "outdoors", "indoors"),
    ("The attacker was shot outside the mosque.", "The attacker was shot inside the mosque.",
     "outside", "inside"),
    ("The children are playing outside today.", "The children are playing indoors.",
     "outside", "indoors"),
])
def test_opposite_acts_of_one_subject_on_one_thing_are_a_dispute(
        a: str, b: str, one: str, other: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", result.summary
    assert f"“{one}”" in result.summary and f"“{other}”" in result.summary, result.summary


@pytest.mark.parametrize(("a", "b"), [
    ("No one is cutting a tomato.", "A man is cutting a tomato."),
    ("Nobody is riding a bike.", "A boy is riding a bike."),
    ("There is no one playing the guitar.", "A man is playing the guitar."),
])
def test_no_one_doing_the_act_is_a_dispute_of_one_doing_it(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "conflict"


@pytest.mark.parametrize(("a", "b"), [
    # one side tells both: of two things
    ("The team won the first game and lost the second.", "The team won the first game."),
    ("The striker hit the post and missed the goal.", "The striker missed the goal."),
    # two things hit and missed, or two subjects
    ("The ball hit the target.", "The ball missed the bus."),
    ("The ball hit the target.", "The bus missed the target."),
    ("The storm hit Florida.", "The storm missed Cuba."),
    ("The player missed the game with an injury.", "The player hit a home run."),
    # no object: a plane taking off, a victim hit by a car, a missing girl
    ("The plane took off from Heathrow.", "The plane landed at Heathrow."),
    ("The plane took off.", "The pilot put on his seatbelt."),
    ("The girl was hit by a car.", "The girl is missing."),
    # two places, or two subjects
    ("Protesters gathered outside the embassy.", "Protesters gathered inside the stadium."),
    ("The children are playing outside.", "The adults are eating indoors."),
    # "outside" before a bare noun is an adjective: no place
    ("The company hired outside experts.", "The company handled the review inside."),
    ("The minister relied on inside information.", "The minister stayed outside."),
    # two times: the story moved on
    ("The man put on his coat in the morning.", "The man took off his coat at night."),
])
def test_opposite_acts_of_two_things_subjects_or_times_are_no_dispute(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation != "conflict", result.summary


def test_missing_told_of_people_is_no_missed_act() -> None:
    # "missing students" are lost, not missed: the headline's "not among the dead" is still
    # read against the grave holding their bodies
    result = contrast(
        claim("wire", "Mass grave found in Mexico holds bodies of missing students"),
        claim("site", "Mexican students not among bodies found in mass graves"))
    assert result.relation == "conflict", result.summary
    assert "opposite things" not in result.summary, result.summary
