"""The claims stage, from a sample of real news figures: a part of a whole told by its figure
counts the whole's noun ("Five of eight bills": five bills), a pound hyphened before its noun
weighs it ("a 280-pound catfish": 280 lb), a word in -s before persons is no plural of its own
("trans people" count people, not "tran"), and "several hundred thousand" keeps its scale;
and the near readings that stay."""

from __future__ import annotations

import pytest

from embeddings.claims import find_numbers
from tests.numberkit import only


def units(sentence: str) -> list[tuple[float | None, str | None]]:
    return [(q.low, q.unit) for q in find_numbers(sentence)]


# --- a part of a whole told by its figure -------------------------------------------------


@pytest.mark.parametrize(("sentence", "figures"), [
    ("Five of eight gun control bills were approved.", [(5.0, "bill"), (8.0, "bill")]),
    ("Story Claims 7 of 28 Girls On School Trip Came Home Pregnant",
     [(7.0, "girl"), (28.0, "girl")]),
    ("Only 12 of 40 hospitals had spare beds.", [(12.0, "hospital"), (40.0, "hospital")]),
    ("Two of the 10 members voted no.", [(2.0, "member"), (10.0, "member")]),
    ("Anthem is pulling back from 16 of 19 pricing regions.", [(16.0, "region"),
                                                               (19.0, "region")]),
    ("Voters in 12 of the state's 67 counties backed him.", [(12.0, "county"),
                                                             (67.0, "county")]),
    ("Eighteen of his 26 Republican counterparts opened the door.",
     [(18.0, "counterpart"), (26.0, "counterpart")]),
])
def test_a_part_counts_the_noun_of_its_whole(
        sentence: str, figures: list[tuple[float, str]]) -> None:
    assert units(sentence) == figures


@pytest.mark.parametrize(("sentence", "figures"), [
    # a whole with no figure was read so already, and stays
    ("Police arrested two of the three suspects.", [(2.0, "suspect"), (3.0, "suspect")]),
    ("150 of the caravan's members crossed.", [(150.0, "member")]),
    # no whole counted: nothing to take
    ("Five of them died.", [(5.0, None)]),
    # a year says when, no whole ("55 of the 2015 market": the share lost its sign)
    ("Apple Watch will take 55 of the 2015 global smartwatch market.", [(55.0, None),
                                                                        (2015.0, None)]),
    # a hyphened figure is a compound's: the part is not of it
    ("Two of the 10-member panel dissented.", [(2.0, None), (10.0, "member")]),
])
def test_parts_with_no_figured_whole_stay(sentence: str,
                                          figures: list[tuple[float, str | None]]) -> None:
    assert units(sentence) == figures


# --- a pound hyphened before its noun is a weight -----------------------------------------


@pytest.mark.parametrize(("sentence", "value", "approximate"), [
    ("Italian fisherman catches monstrous 280-pound catfish", 280.0, False),
    ("AUSTRALIA: 600-POUND WOMAN GIVES BIRTH", 600.0, False),
    ("She bought a 10-pound turkey.", 10.0, False),
    ("Rangers tracked a nearly 300-pound black bear.", 300.0, True),
    # a headline may leave the hyphen out: a pound before its noun weighs it all the same
    ("280 Pound Catfish: Fisherman Makes Huge Catch In Italy", 280.0, False),
    ("Crane Lifts 600 Pound Man From Home", 600.0, False),
    ("She bought a 10 pound turkey.", 10.0, False),
])
def test_a_hyphened_pound_weighs_its_noun(sentence: str, value: float,
                                          approximate: bool) -> None:
    q = only(sentence)
    assert (q.low, q.high, q.unit, q.kind, q.approximate) == (value, value, "lb", "measure",
                                                               approximate)


def test_a_hyphened_pound_meets_the_weight_in_pounds() -> None:
    weighed = only("He landed a 280-pound catfish.")
    assert (weighed.unit, weighed.kind) == (only("280 Pound Catfish Caught").unit,
                                           only("The catfish weighed 280 lbs.").kind)


@pytest.mark.parametrize("sentence", [
    "She paid with a 50 pound note.",  # money, or no noun after it: left as it was
    "He paid 10 pound for it.",
])
def test_a_spaced_pound_that_weighs_nothing_stays(sentence: str) -> None:
    assert (only(sentence).unit, only(sentence).kind) == ("pound", "count")


@pytest.mark.parametrize("sentence", [
    "She paid with a 50-pound note at the shop.",  # a pound's note, fine or prize is money
    "Drivers face a 100-pound fine for idling.",
    "The club paid a 5,000-pound bonus to each player.",
])
def test_a_hyphened_pound_of_money_stays_unread(sentence: str) -> None:
    assert find_numbers(sentence) == []


def test_pounds_after_a_figure_stay_as_they_were() -> None:
    assert (only("He paid 40 pounds.").kind, only("a 5-lb bag of rice").unit) == ("money", "lb")


# --- a word in -s before persons ----------------------------------------------------------


@pytest.mark.parametrize(("sentence", "unit"), [
    ("At least a dozen trans people were murdered this year.", "people"),
    ("The law harms 1.4 million trans people.", "people"),
    ("Twelve trans women were killed last year.", "woman"),
    ("Three trans men testified before the panel.", "man"),
    ("Dozens of trans people protested outside.", "people"),
])
def test_a_word_in_s_before_persons_is_no_plural(sentence: str, unit: str) -> None:
    assert only(sentence).unit == unit


@pytest.mark.parametrize(("sentence", "unit"), [
    ("Two news outlets reported it.", "outlet"),  # a plural after: it counted already
    ("The attack killed 12 soldiers, police said.", "soldier"),  # a comma ends the noun
    ("About 300 gas stations closed.", "station"),
    ("Forty arms dealers were charged.", "dealer"),
])
def test_words_in_s_before_other_nouns_stay(sentence: str, unit: str) -> None:
    assert only(sentence).unit == unit


# --- a few or several of a scale, and of the next ----------------------------------------


@pytest.mark.parametrize(("sentence", "low", "high", "unit", "kind"), [
    ("The bill lets several hundred thousand foreign workers stay.", 3e5, 9e5, "worker",
     "count"),
    ("A few hundred thousand people marched on Sunday.", 2e5, 5e5, "people", "count"),
    ("Several hundred million dollars were lost.", 3e8, 9e8, "usd", "money"),
    ("It likened a few hundred Central Americans to a crisis.", 200.0, 500.0, "american",
     "count"),
    ("Several million people lost their jobs.", 3e6, 9e6, "people", "count"),
    ("A few dozen people waited outside.", 24.0, 60.0, "people", "count"),
])
def test_a_few_or_several_of_a_scale(sentence: str, low: float, high: float, unit: str,
                                     kind: str) -> None:
    q = only(sentence)
    assert (q.low, q.high, q.unit, q.kind, q.approximate) == (low, high, unit, kind, True)


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("Several hundred protesters gathered.", 300.0, 900.0),
    ("Several dozen right-wing demonstrators gathered.", 36.0, 108.0),
    ("Several thousand people gathered.", 3000.0, 9000.0),
    ("Hundreds of thousands of people gathered.", 2e5, 999999.0),
])
def test_vague_amounts_read_before_stay(sentence: str, low: float, high: float) -> None:
    q = only(sentence)
    assert (q.low, q.high) == (low, high)


def test_a_few_hours_is_still_a_span() -> None:
    assert only("The talks lasted a few hours.").kind == "duration"


# --- a word of doubt after a figure is no counted noun ------------------------------------


@pytest.mark.parametrize("sentence", [
    "Welcome to the longest expansion in history, one perhaps best characterized by excess.",
    "Hundreds perhaps thousands of people fled the city.",
    "It was one maybe worth watching.",
])
def test_a_word_of_doubt_is_no_counted_noun(sentence: str) -> None:
    assert "perhaps" not in [q.unit for q in find_numbers(sentence)]
    assert "maybe" not in [q.unit for q in find_numbers(sentence)]
    assert "thousand" not in [q.unit for q in find_numbers(sentence)]


@pytest.mark.parametrize(("sentence", "unit"), [
    ("Perhaps 40 people fled the city.", "people"),  # the doubt before the figure bounds it
    ("Two people perhaps died.", "people"),
    ("Two maybe three people came.", "people"),
])
def test_a_doubt_elsewhere_leaves_the_noun(sentence: str, unit: str) -> None:
    assert find_numbers(sentence)[-1].unit == unit


# --- a word between a figure and its span -------------------------------------------------

DAY, YEAR = 1.0, 365.25


@pytest.mark.parametrize(("sentence", "days"), [
    ("As mayor of New York for 12 contentious years, Bloomberg backed it.", 12 * YEAR),
    ("Prices rose for three straight years.", 3 * YEAR),
    ("He served four consecutive years in the Senate.", 4 * YEAR),
    ("A check that takes three business days may lapse.", 3 * DAY),
    ("They waited two long weeks for an answer.", 14 * DAY),
])
def test_a_word_between_a_figure_and_its_span(sentence: str, days: float) -> None:
    q = only(sentence)
    assert (q.low, q.high, q.unit, q.kind) == (days, days, "day", "duration")


@pytest.mark.parametrize(("sentence", "unit", "kind"), [
    ("Police arrested one man days later.", "man", "count"),  # the counted noun
    ("A gunman shot one officer hours before the rally.", "officer", "count"),
    ("The probe saw stars 40 light years away.", "year", "count"),  # a distance, left alone
    ("Doctors tell us to eat 5 a day.", None, "count"),  # how often, no span
    ("He will serve two more years.", "day", "duration"),  # read so already
])
def test_words_between_that_tell_no_span_stay(sentence: str, unit: str | None,
                                              kind: str) -> None:
    q = only(sentence)
    assert (q.unit, q.kind) == (unit, kind)
