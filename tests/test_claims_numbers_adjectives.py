"""The claims stage: what a figure counts when words stand between it and its noun
(adjectives, adverbs, nouns of a compound), a title's own number, and a headline's "1m"."""

from __future__ import annotations

import pytest

from embeddings.claims import find_numbers
from tests.numberkit import only

# --- an adjective before the counted noun is not what is counted --------------------------


@pytest.mark.parametrize(("sentence", "unit"), [
    ("But one glaring absentee was the president, who declined an invitation.", "absentee"),
    ("One key witness told the court she saw nothing.", "witness"),
    ("One prominent critic said the plan would fail.", "critic"),
    ("One very large ship sank off the coast.", "ship"),
    ("One senior official resigned on Monday.", "official"),
    ("One armed suspect fled the scene.", "suspect"),
    ("In one odd moment in the Oval Office, he brushed his jacket.", "moment"),
    ("Ferguson and Hong Kong Have One Important Thing in Common", "thing"),
    ("There Is 1 Clear Loser Between Russia and Ukraine", "loser"),
    ("At least one marketing expert said a vote now could fail.", "expert"),
    ("One shooting victim died in hospital.", "victim"),
    ("One very rare bird was spotted.", "bird"),
    ("One close ally was fired.", "ally"),
])
def test_a_singular_count_counts_the_noun_after_its_adjectives(sentence: str, unit: str) -> None:
    assert only(sentence).unit == unit


@pytest.mark.parametrize(("sentence", "unit"), [
    ("One police officer was hurt in the clash.", "officer"),
    ("One staff member was fired.", "member"),
    ("One aircraft carrier sailed for the gulf.", "carrier"),
    ("One student protester was arrested.", "protester"),
])
def test_a_singular_compound_counts_its_last_noun(sentence: str, unit: str) -> None:
    assert only(sentence).unit == unit


@pytest.mark.parametrize(("sentence", "unit"), [
    ("One official told reporters the talks had failed.", "official"),  # a verb, its object
    ("One key witness tells reporters she saw nothing.", "witness"),
    ("One official warns the deal is off.", "official"),
    ("One resident said the water was cut.", "resident"),
    ("One building collapsed in the quake.", "building"),
    ("Republicans fell one short in the Senate.", "short"),
    ("One senior official familiar with the talks said no.", "official"),  # its adjective
    ("One official close to the talks said no.", "official"),
    ("One official present at the meeting said no.", "official"),
    ("One official privately said no.", "official"),  # its adverb
])
def test_a_singular_noun_before_its_verb_is_what_is_counted(sentence: str, unit: str) -> None:
    assert only(sentence).unit == unit


def test_a_word_after_a_participle_that_is_no_noun_is_not_counted() -> None:
    assert only("Trump is the only one speaking up for people like him.").unit != "up"
    assert only("one resigned yesterday").unit is None  # a verb and a word of when


@pytest.mark.parametrize(("sentence", "unit"), [
    ("Three key witnesses testified on Monday.", "witness"),
    ("Two very large ships docked in the harbour.", "ship"),
    ("Two police officers were hurt.", "officer"),
    ("Two Armenian soldiers were killed.", "soldier"),
    ("Five new cases were reported.", "case"),
    ("20 injured people were taken to hospital.", "people"),
    ("Two key witness statements were lost.", "statement"),
])
def test_a_plural_count_still_counts_its_plural(sentence: str, unit: str) -> None:
    q = only(sentence)
    assert (q.kind, q.unit) == ("count", unit)


def test_a_hyphenated_age_before_a_noun_stays_an_age() -> None:
    q = only("A three-year-old girl was found.")
    assert (q.kind, q.unit, q.low) == ("age", "year", 3)


# --- a title's number after its name counts nothing ---------------------------------------


@pytest.mark.parametrize("sentence", [
    "Grand Theft Auto 5 Release Date Announced",
    "Fans Await Grand Theft Auto 5",
    "Windows 10 Update breaks printers",
    "Windows 10 Update broke thousands of printers.",
    "Star Wars 7 Because of the delays, fans wait.",
])
def test_a_titles_number_is_no_count(sentence: str) -> None:
    assert all(q.text not in ("5", "7", "10") for q in find_numbers(sentence))


@pytest.mark.parametrize(("sentence", "low", "unit"), [
    ("Apple sold 5 million iPhones.", 5_000_000, "iphone"),
    ("Apple Sells 10 Million iPhones", 10_000_000, "iphone"),
    ("Kabul 5 Afghan Soldiers Killed", 5, "soldier"),
    ("Ukraine 3 Russian soldiers were killed", 3, "soldier"),
    ("Nearly 20 Afghan soldiers died", 20, "soldier"),
    ("Another 12 Republican senators signed the letter.", 12, "senator"),
])
def test_a_count_after_a_capitalised_word_stays_a_count(sentence: str, low: int,
                                                        unit: str) -> None:
    q = only(sentence)
    assert (q.kind, q.low, q.unit) == ("count", low, unit)


def test_a_score_between_two_names_is_no_title() -> None:
    assert [q.low for q in find_numbers("Real Madrid 3 Barcelona 2")] == [3, 2]


def test_chapter_11_stays_a_name() -> None:
    assert find_numbers("The firm filed for Chapter 11 bankruptcy.") == []


# --- a figure with "m" stuck on: millions, or metres of a height or a length ---------------


@pytest.mark.parametrize(("sentence", "metres"), [
    ("They built a 1m-long fence along the road.", 1),
    ("Israel is building a 4m-high wall along the border.", 4),
    ("Rescuers reached the bottom of a 10m-deep pit.", 10),
    ("A 2m-tall statue was unveiled.", 2),
])
def test_a_hyphenated_height_or_length_is_metres(sentence: str, metres: int) -> None:
    q = only(sentence)
    assert (q.kind, q.unit, q.low) == ("measure", "metre", metres)


@pytest.mark.parametrize(("sentence", "kind", "unit"), [
    ("Ukraine needs 1m shells, officials say", "count", "shell"),
    ("1m people fled the city.", "count", "people"),
    ("The club paid £1m for the striker.", "money", "gbp"),
    ("A 1m-strong crowd marched on Sunday.", "count", "people"),
])
def test_a_headlines_1m_stays_a_million(sentence: str, kind: str, unit: str) -> None:
    q = only(sentence)
    assert (q.kind, q.unit, q.low) == (kind, unit, 1_000_000)
