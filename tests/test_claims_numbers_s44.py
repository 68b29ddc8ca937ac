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
