"""The claims stage, from a sample of real news figures: "one" standing for a noun ("a truly
honest one", "changing one’s sex") is no count; "a mile", "an acre", "half a ton" are one
(or half) of the unit; "18-year-olds" are an age, not 18 years; and the near readings
that stay as they were."""

from __future__ import annotations

import pytest

from embeddings.claims import find_numbers
from tests.numberkit import only

# --- "one" standing for a noun the sentence left out, or for anyone ----------------------


@pytest.mark.parametrize("sentence", [
    "I just hope the final determination is a truly honest one, which is what voters deserve.",
    "Because Trump's visit will not be a state one, it means he will not meet the Queen.",
    "This is the third summit, including a previous one at Mar-a-Lago in February.",
    "Sandberg said her donation was a personal one, and not associated with Facebook.",
    "He thinks of it more as a fake TV job than a real one, using photo-ops and rallies.",
    "It exposed him not just as a divisive buffoon, but a cynically incompetent one.",
    "Protesters burned smaller flags on the embers of the larger one.",
    "Imagine what a Labour one would be like!",
    "You might struggle to find any job, let alone a well-paying one.",
    "He is the only one who voted against the bill.",
    "The concept of changing one’s biological sex is nonsense.",
    "Abortion is the right to destroy one's own child, they said.",
])
def test_one_standing_for_a_noun_is_no_figure(sentence: str) -> None:
    assert [q for q in find_numbers(sentence) if "one" in q.text.lower()] == []


def test_a_second_one_keeps_the_other_figures() -> None:
    found = find_numbers("North Korea tested a second one more than three weeks later.")
    assert [(q.kind, q.unit) for q in found] == [("ordinal", None), ("duration", "day")]
    assert found[1].low == 21 and found[1].high is None


@pytest.mark.parametrize(("sentence", "unit"), [
    ("The man punched one officer and dropped a pistol.", "officer"),
    ("A total of one person died in the blast.", "person"),
    ("They bought one car last year.", "car"),
    ("Their only one vote went to the mayor.", "vote"),
])
def test_one_before_its_noun_is_still_a_count(sentence: str, unit: str) -> None:
    q = only(sentence)
    assert (q.low, q.high, q.kind, q.unit) == (1.0, 1.0, "count", unit)


@pytest.mark.parametrize(("sentence", "kind", "unit"), [
    ("A far-right protester drove a car through a crowd, killing one and injuring 19.",
     "count", "people"),
    ("Only a mere one percent of voters turned out.", "percent", "percent"),
    ("The Israeli leader may have had an audience of one.", "count", None),
    ("Only one's left in the race.", "count", None),
])
def test_one_after_a_verb_or_a_preposition_is_still_a_figure(sentence: str, kind: str,
                                                              unit: str | None) -> None:
    q = next(q for q in find_numbers(sentence) if "one" in q.text.lower())
    assert (q.low, q.high, q.kind, q.unit) == (1.0, 1.0, kind, unit)


# --- an article before a unit of measure: one of it ---------------------------------------


@pytest.mark.parametrize(("sentence", "text", "unit"), [
    ("Islamic State fighters were a mile outside Baghdad.", "a mile", "mile"),
    ("ISIS Fighting Just A Mile Outside Baghdad", "A Mile", "mile"),
    ("The storm dropped an inch of rain on the city.", "an inch", "inch"),
    ("Flooding covered an acre of farmland.", "an acre", "acre"),
    ("The convoy stretched a kilometre along the road.", "a kilometre", "km"),
    ("The crater is a metre deep.", "a metre", "metre"),
    ("The new wall is a foot taller than the old one.", "a foot", "foot"),
    ("Police sealed off a square mile of the city centre.", "a square mile", "square mile"),
])
def test_a_unit_after_an_article_is_one_of_it(sentence: str, text: str, unit: str) -> None:
    q = only(sentence)
    assert (q.text, q.low, q.high, q.kind, q.unit) == (text, 1.0, 1.0, "measure", unit)


def test_a_mile_meets_one_mile_and_ten_miles_as_figures_of_one_unit() -> None:
    a, one, ten = (only(s) for s in ("The fire burned a mile from the town.",
                                     "The fire burned one mile from the town.",
                                     "The fire burned 10 miles from the town."))
    assert (a.low, a.unit) == (one.low, one.unit) == (1.0, "mile")
    assert (ten.low, ten.unit) == (10.0, "mile")


@pytest.mark.parametrize(("sentence", "low", "high", "approximate"), [
    ("The fire spread more than a mile from the road.", 1.0, None, False),
    ("The village lies about a mile from the border.", 1.0, 1.0, True),
    ("The government obtained half a ton of secret documents.", 0.5, 0.5, False),
    ("The well is less than half a mile away.", None, 0.5, False),
])
def test_a_unit_after_an_article_takes_its_bound_and_half(
        sentence: str, low: float | None, high: float | None, approximate: bool) -> None:
    q = only(sentence)
    assert (q.low, q.high, q.approximate, q.kind) == (low, high, approximate, "measure")


@pytest.mark.parametrize("sentence", [
    "A lot of people came to the rally.",
    "They walked a few miles to the border.",
    "A number of miles of road were closed.",
    "They sell a ton of cars every year.",
    "The school is a quarter of a mile away.",
    "She won the race by a mile.",
    "He would not budge an inch on the deal.",
    "A foot soldier was killed in the attack.",
    "He fed a parking meter on Main Street.",
    "Wait a minute, he said.",
])
def test_no_unit_of_measure_is_read_where_an_article_says_none(sentence: str) -> None:
    assert find_numbers(sentence) == []


@pytest.mark.parametrize(("sentence", "unit"), [
    ("Farmland now sells for $4,000 an acre.", "usd"),
    ("Drivers would pay 20 cents a mile.", "usd"),
    ("Carbon now costs 50 euros a tonne.", "eur"),
])
def test_a_price_per_unit_is_no_measure(sentence: str, unit: str) -> None:
    q = only(sentence)
    assert (q.kind, q.unit) == ("money", unit)


# --- "18-year-olds": people of an age, not a span of 18 years -----------------------------


@pytest.mark.parametrize(("sentence", "age"), [
    ("It turns out that 18-year-olds don’t have to go to boot camp.", 18.0),
    ("Most 5-year-olds can read simple words.", 5.0),
    ("The plan covers 26 year olds on their parents' insurance.", 26.0),
])
def test_year_olds_are_an_age(sentence: str, age: float) -> None:
    q = only(sentence)
    assert (q.low, q.high, q.kind, q.unit) == (age, age, "age", "year")


@pytest.mark.parametrize(("sentence", "kind", "low"), [
    ("A 35-year-old man was arrested.", "age", 35.0),
    ("They signed a 10-year loan.", "duration", 3652.5),
    ("It was a five-year-long war.", "duration", 1826.25),
    ("He waited 18 years for justice.", "duration", 6574.5),
])
def test_an_age_and_a_span_near_it_stay_as_they_were(sentence: str, kind: str,
                                                      low: float) -> None:
    q = only(sentence)
    assert (q.kind, q.low) == (kind, low)
