"""The claims stage: what "one" counts when an adverb grades its adjective ("one deeply
flawed plan") or a name stands between its adjectives and its noun ("one great big United
Colours of Benetton advert"), and the near readings that stay as they were."""

from __future__ import annotations

import pytest

from embeddings.claims import find_numbers
from tests.numberkit import only

# --- an adverb in "-ly" grades the adjective after it: the noun is counted ----------------


@pytest.mark.parametrize(("sentence", "unit"), [
    ("And one particularly radical idea is sure to grab the attention of voters.", "idea"),
    ("It was one deeply flawed plan from the start.", "plan"),
    ("One highly paid executive quit on Monday.", "executive"),
    ("One newly built school opened in the town.", "school"),
    ("In one previously undisclosed exchange, Mr. Comey wrote it down.", "exchange"),
])
def test_an_adverb_and_its_adjective_before_a_singular_noun(sentence: str, unit: str) -> None:
    assert only(sentence).unit == unit


@pytest.mark.parametrize(("sentence", "unit"), [
    ("He hired two highly paid executives.", "executive"),
    ("They opened three newly built schools.", "school"),
    ("Two very large ships docked in the harbour.", "ship"),
    ("Two senior aides quit.", "aide"),
])
def test_a_plural_after_an_adverb_is_still_counted(sentence: str, unit: str) -> None:
    assert only(sentence).unit == unit


@pytest.mark.parametrize("sentence", [
    # no noun after the participle: who was elected is unsaid, and an adverb is never it
    "They were five newly elected.",
    "Only one newly elected said no.",
    "It was one particularly.",
])
def test_an_adverb_with_no_noun_after_it_counts_nothing(sentence: str) -> None:
    assert only(sentence).unit is None


def test_an_adverb_after_the_noun_still_leaves_the_noun_counted() -> None:
    assert only("One official privately said no.").unit == "official"


# --- a name between the adjectives and the noun says which or whose the noun is -----------


@pytest.mark.parametrize(("sentence", "unit"), [
    ("Victorian history looked like one great big United Colours of Benetton advert.",
     "advert"),
    ("One senior White House official said the talks had stalled.", "official"),
    ("He met one senior United Nations official in Geneva.", "official"),
    ("It was one big Bank of England report.", "report"),
    ("One big Republican donor left the party.", "donor"),
    ("He met one young American.", "american"),
])
def test_a_name_between_the_adjectives_and_the_noun(sentence: str, unit: str) -> None:
    assert only(sentence).unit == unit


def test_a_name_of_several_words_ending_the_phrase_counts_nothing() -> None:
    # the adjective is no head, and no noun is left to count
    assert only("It is one great big United Colours of Benetton.").unit is None


@pytest.mark.parametrize(("sentence", "unit"), [
    # a verb after the name: the noun before it is counted, as before
    ("One senior official Trump trusts left the room.", "official"),
    ("One key official Trump fired was Comey.", "official"),
    ("One senior Trump aide says no.", "aide"),
    ("One senior U.S. official said it.", "official"),
    ("One top Pentagon official said it.", "official"),
])
def test_a_name_before_a_verb_leaves_the_noun_reading(sentence: str, unit: str) -> None:
    assert only(sentence).unit == unit


# --- near readings that do not change -----------------------------------------------------


@pytest.mark.parametrize(("sentence", "unit"), [
    ("He bought two big ones.", "one"),
    ("Try it one more time.", "time"),
    ("It was three times higher.", "times"),
    ("He called it one great big idea.", "idea"),
    ("One glaring absentee was the president.", "absentee"),
])
def test_near_counts_are_read_as_before(sentence: str, unit: str) -> None:
    assert only(sentence).unit == unit


def test_a_part_of_a_group_counts_no_adjective() -> None:
    assert find_numbers("One of the biggest was here.") == []


def test_money_percentages_and_shares_are_read_as_before() -> None:
    money, share = find_numbers("It cost $5 million, up 3 percent.")
    assert (money.unit, money.low, share.unit, share.low) == ("usd", 5e6, "percent", 3)
    ratio = only("One in five people agreed.")
    assert (ratio.unit, ratio.low) == ("percent", 20)
