"""The claims stage: a town and its state between commas is a place the counted noun is
read past ("18 Portland, Ore., protesters"), a ZIP code or a street's number is no figure;
a decade told in part or short is its years ("the late 1990s": 1997-1999, "the '90s"); pounds
weighed or lost by a body are lb; a span after the counted noun says when and counts nothing
("killed 12 people years ago"); and the near readings that stay."""

from __future__ import annotations

import pytest

from embeddings.claims import find_numbers
from tests.numberkit import only


def units(sentence: str) -> list[tuple[float | None, str | None, str]]:
    return [(q.low, q.unit, q.kind) for q in find_numbers(sentence)]


# --- places: a town and its state, a ZIP code, a street ------------------------------------


@pytest.mark.parametrize(("sentence", "unit"), [
    ("Police arrested 18 Portland, Ore., protesters on Sunday.", "protester"),
    ("Police say 3 Springfield, Mo., residents died.", "resident"),
    ("Officers detained 40 Austin, Texas, students.", "student"),
    ("A gunman killed 3 people in Portland, Ore., on Sunday.", "people"),
    ("Gunman kills 3 in Portland, Ore., on Sunday", "people"),
])
def test_a_town_and_its_state_between_commas_is_read_past(sentence: str, unit: str) -> None:
    assert only(sentence).unit == unit


@pytest.mark.parametrize("sentence", [
    "The office is at 600 Congress Ave., Austin, TX 78701, officials said.",
    "Send letters to 1 Main St, Portland, Ore. 97201-1234.",
    "The clinic moved to Houston, Texas 77002 last year.",
])
def test_a_zip_code_and_a_street_number_are_no_figure(sentence: str) -> None:
    assert find_numbers(sentence) == []


def test_a_street_abbreviated_without_its_stop_is_an_address() -> None:
    assert units("He lived at 12 Main St, where 4 people died.") == [(4.0, "people", "count")]


def test_a_count_after_a_state_without_a_zip_stays() -> None:
    assert units("In Texas 12 people died.") == [(12.0, "people", "count")]


# --- decades -------------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "years"), [
    ("She said she was attacked in the early 1990s.", (1990.0, 1993.0)),
    ("Prices peaked in the mid-1990s.", (1994.0, 1996.0)),
    ("Prices peaked in the mid 1980s.", (1984.0, 1986.0)),
    ("The society of the late 1960s was riven.", (1967.0, 1969.0)),
    ("Sales fell in the mid-to-late 1990s.", (1994.0, 1999.0)),
    ("In the 1990's, budget cuts ate away at safety.", (1990.0, 1999.0)),
    ("It was a hit in the '90s.", (1990.0, 1999.0)),
    ("It was a hit in the ’80s.", (1980.0, 1989.0)),
    ("Degrees earned before the early 2000s cost less.", (2000.0, 2003.0)),
    ("Crime rose through the 1990s.", (1990.0, 1999.0)),
])
def test_a_decade_told_in_part_or_short_is_its_years(
        sentence: str, years: tuple[float, float]) -> None:
    q = only(sentence)
    assert (q.kind, q.low, q.high) == ("year", *years)


@pytest.mark.parametrize("sentence", [
    "Inequality rivals that of the early 1900s.",
    "Railroads boomed in the late 1800s.",
    "It was the style of the '20s.",
])
def test_a_century_s_part_or_an_ambiguous_short_decade_is_left_unread(sentence: str) -> None:
    assert find_numbers(sentence) == []


# --- pounds of weight ----------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "value"), [
    ("The defensive tackle weighs 300 pounds.", 300.0),
    ("He weighed about 300 pounds at his heaviest.", 300.0),
    ("She has lost 40 pounds since January.", 40.0),
    ("He gained 15 pounds during the season.", 15.0),
    ("The contestant shed 100 pounds.", 100.0),
])
def test_pounds_weighed_or_lost_by_a_body_are_a_weight(sentence: str, value: float) -> None:
    q = only(sentence)
    assert (q.kind, q.unit, q.low) == ("measure", "lb", value)


@pytest.mark.parametrize("sentence", [
    "The club lost 40 million pounds last season.",
    "The club lost 5,000 pounds on the deal.",
    "She paid 40 pounds for the ticket.",
])
def test_pounds_of_money_stay_money(sentence: str) -> None:
    q = only(sentence)
    assert (q.kind, q.unit) == ("money", "gbp")


# --- a span after the counted noun ---------------------------------------------------------


@pytest.mark.parametrize(("sentence", "unit"), [
    ("He killed 12 people years ago.", "people"),
    ("The militia killed 12 soldiers years ago.", "soldier"),
    ("Rescuers found 3 children days later.", "child"),
])
def test_a_span_after_the_counted_noun_says_when(sentence: str, unit: str) -> None:
    assert only(sentence).unit == unit


def test_a_counted_span_stays_a_duration() -> None:
    assert units("He killed 12 people two years ago.") == [
        (12.0, "people", "count"), (730.5, "day", "duration")]


# --- left last time: pounds and ounces, a decade of life, a century's hundred years --------


@pytest.mark.parametrize("sentence", [
    "The baby weighed 7 pounds, 4 ounces.",
    "She was born at 7 pounds, 4 ounces on Sunday.",
    "He was born at 7 pounds and 4 oz.",
])
def test_pounds_that_go_on_in_ounces_are_one_weight(sentence: str) -> None:
    q = only(sentence)
    assert (q.kind, q.unit, q.low, q.high) == ("measure", "lb", 7.25, 7.25)


@pytest.mark.parametrize(("sentence", "ages"), [
    ("A man in his late 80s died in the fire.", (87.0, 89.0)),
    ("Police arrested a man in his 40s.", (40.0, 49.0)),
    ("The victim, a woman in her early 30s, was shot.", (30.0, 33.0)),
    ("Most were in their mid-to-late 20s.", (24.0, 29.0)),
])
def test_a_decade_of_someone_s_life_is_an_age(sentence: str, ages: tuple[float, float]) -> None:
    q = only(sentence)
    assert (q.kind, q.low, q.high) == ("age", *ages)


@pytest.mark.parametrize("sentence", [
    "Railroads spread across the West in the 1800s.",
    "Cars replaced horses in the 1900s.",
])
def test_a_century_told_by_its_hundreds_is_left_unread(sentence: str) -> None:
    assert find_numbers(sentence) == []


def test_the_2000s_stay_a_decade() -> None:
    q = only("Prices rose in the 2000s.")
    assert (q.kind, q.low, q.high) == ("year", 2000.0, 2009.0)
