"""The claims stage: spans of time "over" which something happened ("took place over three
days" is three days), hundreds told in words ("two hundred" is 200), counts of people told by
their age ("two 17-year-olds") and spans told as an age ("aged six months"), and the near
readings that stay as they were."""

from __future__ import annotations

import pytest

from embeddings.claims import find_numbers
from embeddings.types import Quantity
from tests.numberkit import only


def _with(sentence: str, kind: str) -> Quantity:
    found = [q for q in find_numbers(sentence) if q.kind == kind]
    assert len(found) == 1, find_numbers(sentence)
    return found[0]


# --- "over" a span after a happening, a change, an amount or an event: during it -------------


@pytest.mark.parametrize(("sentence", "days"), [
    ("The talks took place over three days.", 3.0),
    ("The summit was held over two days in Geneva.", 2.0),
    ("The storm unfolded over three days.", 3.0),
    ("Prices rose 5% over two years.", 730.5),
    ("The economy grew 5 percent over three years.", 1095.75),
    ("Shares fell over three days.", 3.0),
    ("It will cost $20.5 trillion in federal spending over 10 years.", 3652.5),
    ("A state visit is a firmly structured event over four days.", 4.0),
])
def test_over_a_span_something_happened_in_is_during_it(sentence: str, days: float) -> None:
    span = _with(sentence, "duration")
    assert (span.low, span.high, span.unit) == (days, days, "day")
    assert not span.text.lower().startswith("over")


@pytest.mark.parametrize(("sentence", "low"), [
    ("The plane arrived over three days late.", 3.0),
    ("The talks took place over three days late.", 3.0),
    ("He waited for over three days.", 3.0),
    ("The meeting lasted over three hours.", 0.125),
    ("The meeting ran over three hours long.", 0.125),
    ("Both countries, engaged in a war for over 60 years, met.", 21915.0),
    ("Protests over 30 years of rule grew.", 10957.5),
])
def test_over_a_span_that_is_how_long_stays_a_bound(sentence: str, low: float) -> None:
    # "lasted", "for", "late": how long it was, and more than the span
    span = _with(sentence, "duration")
    assert (span.low, span.high) == (low, None)


@pytest.mark.parametrize(("sentence", "kind", "low", "unit"), [
    ("Over 300 people attended.", "count", 300.0, "people"),
    ("Sales rose over 5% over two years.", "percent", 5.0, "percent"),
    ("The dollar fell over 2%.", "percent", 2.0, "percent"),
])
def test_over_a_figure_of_no_span_stays_a_bound(sentence: str, kind: str, low: float,
                                                unit: str) -> None:
    q = _with(sentence, kind)
    assert (q.low, q.high, q.unit) == (low, None, unit)


def test_over_the_past_days_stays_the_span() -> None:
    span = only("Violence spread over the past three days.")
    assert (span.low, span.high, span.unit) == (3.0, 3.0, "day")


# --- hundreds told in words are one figure ------------------------------------------------


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("The first one hundred days matter.", 100.0, "day"),
    ("Two hundred people came.", 200.0, "people"),
    ("Five hundred protesters gathered.", 500.0, "protester"),
    ("One hundred and fifty people died.", 150.0, "people"),
    ("Two hundred thousand people marched.", 200000.0, "people"),
    ("Twenty-five hundred troops left.", 2500.0, "troop"),
    ("Five hundred three-bedroom homes were built.", 500.0, "home"),
])
def test_hundreds_in_words(sentence: str, value: float, unit: str) -> None:
    q = [q for q in find_numbers(sentence) if q.kind != "ordinal"]
    assert len(q) == 1, q
    assert (q[0].low, q[0].high, q[0].unit) == (value, value, unit)


def test_two_to_three_hundred_shares_the_scale() -> None:
    q = only("Two to three hundred people came.")
    assert (q.low, q.high, q.unit) == (200.0, 300.0, "people")


@pytest.mark.parametrize("sentence", ["He was one of the hundred.",
                                      "Hundreds of the hundred fled."])
def test_the_hundred_alone_is_no_figure(sentence: str) -> None:
    assert all(q.low != 1.0 for q in find_numbers(sentence))


def test_a_hundred_stays_a_hundred() -> None:
    q = only("About a hundred people came.")
    assert (q.low, q.high, q.unit, q.approximate) == (100.0, 100.0, "people", True)


# --- a count of people told by their age ---------------------------------------------------


@pytest.mark.parametrize(("sentence", "count", "unit", "age"), [
    ("Two 17-year-olds were arrested.", 2.0, "people", 17.0),
    ("Police said three 16-year-olds were charged.", 3.0, "people", 16.0),
    ("One 16-year-old was charged.", 1.0, "people", 16.0),
    ("Two 17-year-old boys were arrested.", 2.0, "boy", 17.0),
    ("Four six-month-old puppies were rescued.", 4.0, "puppy", 0.5),
])
def test_a_count_before_an_age(sentence: str, count: float, unit: str, age: float) -> None:
    counted, aged = _with(sentence, "count"), _with(sentence, "age")
    assert (counted.low, counted.high, counted.unit) == (count, count, unit)
    assert (aged.low, aged.unit) == (age, "year")


def test_an_age_with_no_count_stays_an_age() -> None:
    q = only("A 17-year-old boy was arrested.")
    assert (q.kind, q.low, q.unit) == ("age", 17.0, "year")


# --- a span told as an age ------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("The child, age six months, died.", 0.5, 0.5),
    ("A baby aged six months died.", 0.5, 0.5),
    ("Twins aged 18 months were found.", 1.5, 1.5),
    ("The girl, aged two years, was found.", 2.0, 2.0),
    ("A child 18 months of age died.", 1.5, 1.5),
    ("Children under 5 years of age died.", None, 5.0),
])
def test_a_span_told_as_an_age(sentence: str, low: float | None, high: float) -> None:
    q = only(sentence)
    assert (q.kind, q.low, q.high, q.unit) == ("age", low, high, "year")


@pytest.mark.parametrize(("sentence", "days"), [
    ("He served two years of age discrimination claims.", 730.5),
    ("The Bronze Age 3,000 years ago ended.", 1095750.0),
    ("The war lasted six months.", 182.625),
])
def test_a_span_of_no_one_s_age_stays_a_duration(sentence: str, days: float) -> None:
    q = only(sentence)
    assert (q.kind, q.low, q.unit) == ("duration", days, "day")


# --- how often and how much stay as they were ----------------------------------------------


def test_a_price_a_year_and_once_a_week_stay() -> None:
    q = only("It costs $50 a year.")
    assert (q.kind, q.low, q.unit) == ("money", 50.0, "usd")
    assert find_numbers("They meet once a week.") == []
