"""The claims stage, from a sample of real news figures: a count whose noun follows words
joined by "and", "or" or a comma ("25 transgender or gender-nonconforming people" count
people, "18 Portland, Oregon protesters" protesters); and the near readings that stay."""

from __future__ import annotations

import pytest

from embeddings.claims import find_numbers
from tests.numberkit import only

# --- the counted noun after joined words that say which of it -----------------------------


@pytest.mark.parametrize(("sentence", "unit"), [
    ("At least 25 transgender or gender-nonconforming people were killed last year.", "people"),
    ("Police accused more than 20 gay, bisexual and transgender people of spreading it.",
     "people"),
    ("Millions of black and brown Americans have no access to the ballot box.", "american"),
    ("Here are three obvious but important ways the media showed its slant.", "way"),
    ("Six naked, or near-naked, demonstrators gathered early Monday.", "demonstrator"),
    ("Prosecutors unveiled charges against 18 Portland, Oregon protesters on Friday.",
     "protester"),
    ("Mueller moved to drop the 22 bank and tax fraud charges against Gates.", "charge"),
    ("Dozens of patient and healthcare industry groups filed briefs.", "group"),
    ("Gunmen killed 20 Afghan, Iraqi Soldiers", "soldier"),
])
def test_joined_words_before_the_counted_noun(sentence: str, unit: str) -> None:
    assert only(sentence).unit == unit


@pytest.mark.parametrize(("sentence", "units"), [
    # two figures, each its own count
    ("Police stopped two black and three white officers.", ["black", "officer"]),
    # a plural first: it is what is counted
    ("The raid left three men and women in hospital.", ["man"]),
    ("Officials said 40 or more people were hurt.", ["people"]),
    # a verb's past joined to another: its object is no counted noun
    ("The two met and shook hands.", ["met"]),
    # a comma alone before a word of how many lists no adjectives
    ("Officials said 20 injured, several children among them, were taken to hospital.",
     ["people"]),
])
def test_joined_words_that_leave_the_count_as_it_was(sentence: str, units: list[str]) -> None:
    assert [q.unit for q in find_numbers(sentence)] == units


# --- a figure hyphened to the noun it counts or weighs, before another noun ---------------


@pytest.mark.parametrize(("sentence", "value", "unit", "kind"), [
    ("ABC News obtained a copy of a 32-page booklet distributed at a party.", 32.0, "page",
     "count"),
    ("Nancy Pelosi Proposes 1,400-Page Coronavirus Bill Stuffed with Pork", 1400.0, "page",
     "count"),
    ("Pelosi debuted a 1,120-page coronavirus rescue bill on Sunday.", 1120.0, "page", "count"),
    ("The chain sold a 20-piece box of chicken nuggets for less.", 20.0, "piece", "count"),
    ("The governor named a 15-member panel to study it.", 15.0, "member", "count"),
    ("Voters will fill a new 450-seat parliament in May.", 450.0, "seat", "count"),
])
def test_figure_hyphened_to_its_noun(sentence: str, value: float, unit: str, kind: str) -> None:
    q = only(sentence)
    assert (q.low, q.high, q.unit, q.kind) == (value, value, unit, kind)


def test_hyphened_figure_keeps_its_bound() -> None:
    q = only("Democrats released a nearly 300-page report on Tuesday.")
    assert (q.low, q.high, q.unit, q.approximate) == (300.0, 300.0, "page", True)


@pytest.mark.parametrize("sentence", [
    "She paid with a 50-pound note at the shop.",  # a pound's note is money, left as it was
    "Critics called it a one-sided deal.",
    "The two-time champion lost on Sunday.",
    "Both back a two-state solution.",
    "China's CSI 300 Plunges to Five-Year Low on Export Slump",  # a record level, no span
])
def test_hyphened_words_that_are_no_count(sentence: str) -> None:
    assert [q for q in find_numbers(sentence) if q.kind in ("count", "measure")] == []


# --- a few units told back or on from now: "the past few years" ---------------------------

DAY, YEAR = 1.0, 365.25


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("Until the last few years, all Washington could talk about was cuts.", 2 * YEAR, 5 * YEAR),
    ("Over the past few decades, his famous name has helped him.", 20 * YEAR, 50 * YEAR),
    ("Prices have climbed over the past few weeks.", 14 * DAY, 35 * DAY),
    ("Most arrived at the border within the past few years.", 2 * YEAR, 5 * YEAR),
    ("He will be on his best behavior over the next few weeks.", 14 * DAY, 35 * DAY),
    ("Talks are expected in the next couple of weeks.", 14 * DAY, 21 * DAY),
    ("Several decades of study have shown no link.", 30 * YEAR, 90 * YEAR),
])
def test_few_units_told_back_or_on(sentence: str, low: float, high: float) -> None:
    q = only(sentence)
    assert (q.unit, q.kind, q.approximate) == ("day", "duration", True)
    assert q.low == pytest.approx(low) and q.high == pytest.approx(high)


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("It took a few days to clear the road.", 2.0, 5.0),  # as it was
    ("Officials waited several hours for word.", 3 / 24, 9 / 24),
    ("The fight has gone on for decades.", 20 * YEAR, None),  # decades alone stay open
])
def test_vague_spans_that_stay(sentence: str, low: float, high: float | None) -> None:
    q = only(sentence)
    assert q.low == pytest.approx(low)
    assert q.high == (None if high is None else pytest.approx(high))


def test_few_alone_is_no_span() -> None:
    assert find_numbers("Few days remain before the vote.") == []  # "few" alone: not many


# --- set phrases whose "one" or "first" counts and ranks nothing --------------------------


@pytest.mark.parametrize("sentence", [
    "On one hand, naive teenagers would catch a break.",
    "On the one hand, the plan helps borrowers.",
    "For one thing, his plan would slash subsidized repayment plans.",
    "Trump famously bragged at one point that he did not study issues.",
    "They do not stop students from taking out loans in the first place.",
    "First of all, the deal was never signed.",
])
def test_set_phrase_is_no_figure(sentence: str) -> None:
    assert find_numbers(sentence) == []


@pytest.mark.parametrize(("sentence", "unit", "kind"), [
    ("One person was killed when shots were fired.", "person", "count"),
    ("He lost one hand in the blast.", "hand", "count"),
    ("Police clashed with protesters on the first night of unrest.", None, "ordinal"),
    ("It was the first time she had been to the border.", None, "ordinal"),
])
def test_one_and_first_outside_set_phrases_stay(sentence: str, unit: str | None,
                                                kind: str) -> None:
    q = only(sentence)
    assert (q.low, q.unit, q.kind) == (1.0, unit, kind)


# --- a year before the plural it says which of: "the 2020 elections" ----------------------


@pytest.mark.parametrize(("sentence", "year"), [
    ("Women will march to build pressure ahead of the 2020 elections.", 2020.0),
    ("Her call has been embraced by a number of 2020 hopefuls already.", 2020.0),
    ("Democrats campaigned on the issue during the 2018 midterms.", 2018.0),
    ("Some of the 2020 candidates pushed that narrative.", 2020.0),
    ("Quotas will cut its steel shipments from 2017 levels.", 2017.0),
])
def test_year_before_what_it_says_which_of(sentence: str, year: float) -> None:
    q = only(sentence)
    assert (q.low, q.high, q.unit, q.kind) == (year, year, None, "year")


@pytest.mark.parametrize(("sentence", "low", "unit"), [
    ("The company hired 2020 workers last spring.", 2020.0, "worker"),  # no year's noun
    ("About 1900 candidates applied for the posts.", 1900.0, "candidate"),  # a hedged count
    ("More than 2000 candidates sat the exam.", 2000.0, "candidate"),
])
def test_year_shaped_counts_stay_counts(sentence: str, low: float, unit: str) -> None:
    q = only(sentence)
    assert (q.low, q.unit, q.kind) == (low, unit, "count")
