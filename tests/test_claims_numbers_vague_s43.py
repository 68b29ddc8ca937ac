"""The claims stage, from a sample of real news figures told vaguely or in several words:
"hundreds of millions of dollars" is money of 200-999 million, "two or three members" one
range, "three and a half years" 3.5 years, "spread over 55,000 square miles" no bound;
and the near readings that stay as they were."""

from __future__ import annotations

import pytest

from embeddings.claims import find_numbers
from tests.numberkit import only

YEAR = 365.25

# --- vague multiples of a scale, and vague amounts of money -------------------------------


@pytest.mark.parametrize(("sentence", "low", "high", "unit"), [
    ("The tax breaks are worth hundreds of millions of dollars, officials said.",
     2e8, 999_999_999.0, "usd"),
    ("Games that generate hundreds of millions of dollars in revenue.", 2e8, 999_999_999.0, "usd"),
    ("They will be on the hook for tens of thousands of dollars in loans.", 2e4, 99_999.0, "usd"),
    ("It could cost families thousands of pounds a year.", 2000.0, 9999.0, "gbp"),
    ("The firm lost tens of millions of euros last year.", 2e7, 99_999_999.0, "eur"),
    ("The plan would raise billions of pounds for public spending.", 2e9, 999e9, "gbp"),
    ("Democrats don't want to spend billions of taxpayer dollars on a wall.", 2e9, 999e9, "usd"),
    ("A group that will spend millions of dollars to battle disenfranchisement.",
     2e6, 999e6, "usd"),
    ("Researchers could save several thousands of dollars per patient.", 2000.0, 9999.0, "usd"),
])
def test_vague_amount_of_a_currency_is_money(sentence: str, low: float, high: float,
                                             unit: str) -> None:
    q = only(sentence)
    assert (q.low, q.high, q.unit, q.kind, q.approximate) == (low, high, unit, "money", True)


@pytest.mark.parametrize(("sentence", "text", "low", "high", "unit"), [
    ("It threatens to plunge hundreds of millions of people into poverty.",
     "hundreds of millions", 2e8, 999_999_999.0, "people"),
    ("Despite saving millions upon millions of lives, vaccines are doubted.",
     "millions upon millions", 2e6, 999e6, "life"),
    ("Thousands upon thousands of Virginians descended upon Richmond.",
     "Thousands upon thousands", 2000.0, 9999.0, "virginian"),
    ("Hundreds and hundreds of people lined the streets.",
     "Hundreds and hundreds", 200.0, 999.0, "people"),
    ("The crisis carries risks for billions of people.", "billions", 2e9, 999e9, "people"),
])
def test_vague_multiple_is_one_count(sentence: str, text: str, low: float, high: float,
                                     unit: str) -> None:
    q = only(sentence)
    assert (q.text, q.low, q.high, q.unit, q.kind) == (text, low, high, unit, "count")


@pytest.mark.parametrize(("sentence", "text", "low", "high", "unit", "kind"), [
    ("The deal was worth $300 million.", "$300 million", 3e8, 3e8, "usd", "money"),
    ("It cost 300 million dollars.", "300 million dollars", 3e8, 3e8, "usd", "money"),
    ("Hundreds of people gathered outside the court.", "Hundreds", 200.0, 999.0, "people",
     "count"),
    ("Tens of thousands of people marched on Sunday.", "Tens of thousands", 2e4, 99_999.0,
     "people", "count"),
    ("They shipped thousands of pounds of flour.", "thousands", 2000.0, 9999.0, "pound",
     "count"),
])
def test_near_vague_readings_stay(sentence: str, text: str, low: float, high: float,
                                  unit: str, kind: str) -> None:
    q = only(sentence)
    assert (q.text, q.low, q.high, q.unit, q.kind) == (text, low, high, unit, kind)


# --- "two or three": one estimate, one range -------------------------------------------


@pytest.mark.parametrize(("sentence", "low", "high", "unit"), [
    ("Trump would add two or three members by next week.", 2.0, 3.0, "member"),
    ("He called five or six times before she answered.", 5.0, 6.0, "time"),
    ("The dealer sold 10 or 12 cars that month.", 10.0, 12.0, "car"),
    ("Two or three million people fled the region.", 2e6, 3e6, "people"),
    ("Tickets cost $5 or $6 at the door.", 5.0, 6.0, "usd"),
])
def test_either_of_two_figures_is_one_range(sentence: str, low: float, high: float,
                                            unit: str) -> None:
    q = only(sentence)
    assert (q.low, q.high, q.unit) == (low, high, unit)


def test_either_of_two_spans_is_one_duration() -> None:
    q = only("The repairs took 5 or 6 weeks.")
    assert (q.low, q.high, q.unit, q.kind) == (35.0, 42.0, "day", "duration")


def test_two_to_three_million_shares_the_scale() -> None:
    q = only("Two to three million people fled the region.")
    assert (q.low, q.high, q.unit) == (2e6, 3e6, "people")


@pytest.mark.parametrize(("sentence", "readings"), [
    ("Two of the three members resigned.", [(2.0, "member"), (3.0, "member")]),
    ("One or two officials spoke to reporters.", [(2.0, "official")]),
    ("The score was 10 or 5, nobody recalls.", [(10.0, None), (5.0, None)]),
    ("Give me 5 or 500 reasons.", [(5.0, None), (500.0, "reason")]),
])
def test_two_figures_that_are_no_range_stay_apart(
        sentence: str, readings: list[tuple[float, str | None]]) -> None:
    assert [(q.low, q.unit) for q in find_numbers(sentence)] == readings


def test_either_of_two_years_stays_two_years() -> None:
    found = find_numbers("The vote may come in 2019 or 2020.")
    assert [(q.low, q.kind) for q in found] == [(2019.0, "year"), (2020.0, "year")]


# --- "and a half" ----------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "text", "days"), [
    ("It has been three and a half years and he still has no plan.",
     "three and a half years", 3.5 * YEAR),
    ("The meeting lasted two and a half hours.", "two and a half hours", 2.5 / 24),
    ("He chaired a two and a half-hour meeting.", "two and a half-hour", 2.5 / 24),
    ("It was frozen for the next three and a half decades.",
     "three and a half decades", 35 * YEAR),
    ("She served 4 and a half years in prison.", "4 and a half years", 4.5 * YEAR),
    ("He served a year and a half in jail.", "a year and a half", 1.5 * YEAR),
    ("About a week and a half after receiving the questions, he resigned.",
     "About a week and a half", 10.5),
])
def test_and_a_half_is_half_a_span_more(sentence: str, text: str, days: float) -> None:
    q = only(sentence)
    assert (q.text, q.unit, q.kind) == (text, "day", "duration")
    assert q.low == pytest.approx(days) and q.high == pytest.approx(days)


def test_and_a_half_million_is_two_and_a_half_million() -> None:
    q = only("About two and a half million people live there.")
    assert (q.low, q.high, q.unit, q.approximate) == (2.5e6, 2.5e6, "people", True)


def test_three_decades_stays_a_count_of_decades() -> None:
    q = only("The feud lasted three decades.")
    assert (q.low, q.unit, q.kind) == (3 * 3652.5, "day", "duration")


# --- "over" after a verb of extent: across, no bound ---------------------------------------


@pytest.mark.parametrize(("sentence", "low", "unit"), [
    ("The files contained materials spread over 55,000 pages.", 55_000.0, "page"),
    ("The fire spread over 55,000 square miles.", 55_000.0, "square mile"),
    ("The ruins are scattered over 300 acres.", 300.0, "acre"),
    ("The city sprawls over 200 square kilometres.", 200.0, "square kilometre"),
    ("Payments will be spread out over 10 years.", 10 * YEAR, "day"),
])
def test_over_after_a_verb_of_extent_is_no_bound(sentence: str, low: float,
                                                 unit: str) -> None:
    q = only(sentence)
    assert (q.low, q.high, q.unit) == (low, low, unit)
    assert not q.text.lower().startswith("over")


@pytest.mark.parametrize(("sentence", "low", "unit"), [
    ("Over 55,000 people died in the war.", 55_000.0, "people"),
    ("The estate covers over 500 acres.", 500.0, "acre"),
    ("He paid over $5 million for the house.", 5e6, "usd"),
    ("There was a spread of over 20 points in the polls.", 20.0, "point"),
])
def test_over_elsewhere_is_still_a_lower_bound(sentence: str, low: float, unit: str) -> None:
    q = only(sentence)
    assert (q.low, q.high, q.unit) == (low, None, unit)
