"""The claims stage: a bound on an age ("over age six months", "under the age of 18"), an age
in words ("aged five"), an age set off by commas after a person's noun ("The victim, 65,"),
a preposition after a figure that is no counted noun ("left hundreds without power"), and
the near readings that stay as they were."""

from __future__ import annotations

import pytest

from embeddings.claims import find_numbers
from tests.numberkit import only

# --- "over age N", "under the age of N", "aged N and older": a bound on an age ------------


@pytest.mark.parametrize(("sentence", "text", "low", "high"), [
    ("The vaccine is recommended for everyone over age six months.", "over age six months",
     0.5, None),
    ("The shot is for everyone over age 65.", "over age 65", 65.0, None),
    ("They must be over age 21 to buy alcohol.", "over age 21", 21.0, None),
    ("Everyone above age 12 must wear a mask.", "above age 12", 12.0, None),
    ("People over the age of 65 are most at risk.", "over the age of 65", 65.0, None),
    ("Children under age 5 are eligible.", "under age 5", None, 5.0),
    ("Children under the age of 18 need a parent's consent.", "under the age of 18",
     None, 18.0),
    ("Those younger than age 12 cannot get it yet.", "younger than age 12", None, 12.0),
    ("Anyone aged six months and older can get the vaccine.", "six months and older",
     0.5, None),
])
def test_a_bound_said_of_an_age(sentence: str, text: str, low: float | None,
                                high: float | None) -> None:
    q = only(sentence)
    assert (q.text, q.kind, q.unit, q.low, q.high) == (text, "age", "year", low, high)


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("Adults aged 65 and over should get it.", 65.0, None),  # (read before)
    ("Kids aged 5 and under ride free.", None, 5.0),
    ("A baby aged six months was found.", 0.5, 0.5),  # an age, no bound
    ("Voters aged 18 to 24 turned out.", 18.0, 24.0),
])
def test_ages_without_a_bound_before_stay(sentence: str, low: float | None,
                                          high: float | None) -> None:
    q = only(sentence)
    assert (q.kind, q.low, q.high) == ("age", low, high)


def test_over_a_figure_with_no_age_is_a_count_bound() -> None:
    q = only("Adults over 65 are at risk.")  # (no "age": read as a bound, as before)
    assert (q.kind, q.low, q.high) == ("count", 65.0, None)
    q = only("Over 65 people attended the meeting.")
    assert (q.kind, q.unit, q.low, q.high) == ("count", "people", 65.0, None)


# --- an age written in words after "aged" or "age" -----------------------------------------


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("A boy aged five was hurt in the crash.", 5.0, 5.0),
    ("Children aged five and under ride free.", None, 5.0),
    ("Babies under age one are exempt.", None, 1.0),
    ("Her daughter, aged twelve, was not at home.", 12.0, 12.0),
])
def test_an_age_in_words(sentence: str, low: float | None, high: float | None) -> None:
    q = only(sentence)
    assert (q.kind, q.unit, q.low, q.high) == ("age", "year", low, high)


def test_a_count_in_words_stays_a_count() -> None:
    q = only("Five people were hurt in the crash.")
    assert (q.kind, q.unit) == ("count", "people")
    q = find_numbers("They have five children aged ten and under.")[0]  # children counted
    assert (q.kind, q.unit, q.low) == ("count", "child", 5.0)


# --- "The victim, 65," : a person's age set off by commas ---------------------------------


@pytest.mark.parametrize(("sentence", "age"), [
    ("The victim, 65, was taken to hospital.", 65.0),
    ("The man, 32, was arrested at the scene.", 32.0),
    ("Police said the driver, 19, fled on foot.", 19.0),
    ("Her elderly mother, 88, lives alone.", 88.0),
    ("A teenage girl, 15, was among the injured.", 15.0),
    ("Texas boy, 9, suspended for threatening a classmate, dad says", 9.0),
    ("Metro-North worker, 58, killed by train", 58.0),
    ("Michael Phelps self-proclaimed girlfriend, 41, reveals her past", 41.0),
])
def test_an_age_after_a_person_noun(sentence: str, age: float) -> None:
    q = only(sentence)
    assert (q.kind, q.unit, q.low, q.high) == ("age", "year", age, age)


def test_each_person_of_a_list_has_an_age() -> None:
    found = find_numbers("His father, 85, and a neighbour, 40, were hurt.")
    assert [(q.kind, q.low) for q in found] == [("age", 85.0), ("age", 40.0)]


@pytest.mark.parametrize(("sentence", "unit"), [
    ("The company, 50, closed.", None),  # no person: no age
    ("Of the victims, 65 were children.", None),  # no comma after: a count
    ("The man, 32 others said, was innocent.", "other"),
    ("The victim, 200, was a rock.", None),  # none lives so long
])
def test_no_age_without_a_person_and_its_closing_comma(sentence: str, unit: str | None) -> None:
    q = only(sentence)
    assert q.kind == "count"
    assert q.unit == unit


def test_an_age_after_a_name_stays() -> None:
    q = only("John Smith, 54, of Leeds, was charged.")
    assert (q.kind, q.low) == ("age", 54.0)


# --- a preposition after a figure counts nothing -------------------------------------------


@pytest.mark.parametrize("sentence", [
    "The storm left hundreds without power.",
    "The storm left 3,000 without power on Sunday.",
    "Thousands marched despite the ban.",
    "They moved 400 towards the border.",
    "Police held 30 until the morning.",
])
def test_a_preposition_is_no_unit(sentence: str) -> None:
    q = only(sentence)
    assert q.kind == "count"
    assert q.unit is None


@pytest.mark.parametrize(("sentence", "unit"), [
    ("The storm left 3,000 homes without power.", "home"),
    ("Thousands of people marched despite the ban.", "people"),
    ("The storm left 12 dead and hundreds injured.", "people"),
])
def test_a_noun_before_the_preposition_is_still_counted(sentence: str, unit: str) -> None:
    assert find_numbers(sentence)[0].unit == unit
