"""The claims stage: what a figure counts when words stand between it and its noun
(adjectives, adverbs, nouns of a compound), a title's own number, and a headline's "1m"."""

from __future__ import annotations

import pytest

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
