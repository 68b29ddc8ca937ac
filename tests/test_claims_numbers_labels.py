"""The claims stage: figures that are ages, a name's own number, or count no noun after them."""

from __future__ import annotations

import pytest

from embeddings.claims import find_numbers
from embeddings.types import Quantity


def only(sentence: str) -> Quantity:
    found = find_numbers(sentence)
    assert len(found) == 1, found
    return found[0]


# --- ages told by a death, a clause, the speaker or a birthday --------------------------------


@pytest.mark.parametrize(("sentence", "age"), [
    ("Sugarhill Gang's Big Bank Hank Dead At 57", 57),
    ("Big Bank Hank, US rapper and founder member, dies at 57", 57),
    ("The actor died at 88 on Sunday.", 88),
    ("Now 25, he sought asylum after fleeing gangs in Honduras.", 25),
    ("She left school and, now 30, runs a bakery.", 30),
    ("Lady on FB: I'm 41, Intersex, and Proud", 41),
    ("The Bull Market Turns 5: Don't Break Out the Bubbly", 5),
    ("Despite obstacles, the bull market turns 5", 5),
    ("She turned 18 in March.", 18),
    ("The queen turns 90 today.", 90),
])
def test_an_age_told_by_the_words_around_it(sentence: str, age: int) -> None:
    q = only(sentence)
    assert (q.kind, q.unit, q.low, q.high) == ("age", "year", age, age)


@pytest.mark.parametrize(("sentence", "kind", "unit"), [
    ("Turnout stood at 57 percent.", "percent", "percent"),
    ("Prices rose at 5% a year.", "percent", "percent"),
    ("The report turns 5 pages into a book.", "count", "page"),
    ("There are now 25 people in the room.", "count", "people"),
    ("Now 30 soldiers guard the site.", "count", "soldier"),
    ("The company turned 50 employees away.", "count", "employee"),
    ("Shares turned 2 percent lower.", "percent", "percent"),
    ("Singer Dies at Age 81", "age", "year"),  # read before, by "Age"
])
def test_no_age_where_the_figure_counts_or_measures(sentence: str, kind: str,
                                                    unit: str) -> None:
    q = only(sentence)
    assert (q.kind, q.unit) == (kind, unit)


def test_a_time_of_death_is_no_age() -> None:
    assert find_numbers("He died at 3 a.m. on Sunday.") == []


# --- a name's own number -----------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Twitter Predicts It Will Outsell “Battlefield 4”, Will ...",
    "'Titanfall' Release Date Nears: Twitter Predicts It Will Outsell 'Battlefield 4', Will",
    "Fans queued for \"Rocky 2\" on Friday.",
    "ABC 7 reported that the shootings began about 6 p.m. Friday.",
    "Fox 5 reported the fire.",
    "a delay in the ramp-up of Shanghai-built Model 3 cars",
    "a giveaway to many Fortune 500 companies in the banking industry",
    "plans of playing the anthem before all Week 1 games",
    "Mom Calls 911 On Teenage Son",
    "The neighbour dialled 999 at once.",
])
def test_a_names_number_counts_nothing(sentence: str) -> None:
    assert find_numbers(sentence) == []


@pytest.mark.parametrize(("sentence", "low", "unit"), [
    ("Syria 10 Rebels Surrender", 10, "rebel"),
    ("Apple Sells 10 Million iPhones", 10e6, "iphone"),
    ("The 150 migrants arrived.", 150, "migrant"),
    ("Rebels Downs 2 UK Planes", 2, "plane"),
    ("Gunmen Killed 4 Hostages", 4, "hostage"),
    ("Sbarro Pizza Closing 155 Stores", 155, "store"),
    ("This Week 5 People Died In Kabul", 5, "people"),  # a week when, no Week 5
    ("Police said 911 calls rose.", 911, "call"),  # counted calls, none dialled
    ("Tesla delivered 500 Model 3 sedans.", 500, "sedan"),  # the count before the model
])
def test_a_count_after_a_capitalised_word_stays(sentence: str, low: float, unit: str) -> None:
    q = only(sentence)
    assert (q.kind, q.low, q.unit) == ("count", low, unit)


def test_a_ranking_list_has_its_own_sizes_only() -> None:
    # "Fortune 500" is a list; "Fortune 3" none, so the plural after it is counted
    assert find_numbers("It ranks among Fortune 1000 firms.") == []
    q = only("He told Fortune 3 editors had quit.")
    assert (q.low, q.unit) == (3, "editor")


def test_a_quoted_sentence_is_no_title() -> None:
    q = only("“Kill 4 Of Them”")
    assert q.low == 4


# --- a unit that is no noun -------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "What This Homeless Guy Did With 100 Completely Stunned The Man",
    "This Selfless Homeless Man Receives 100 Doesn't Spend A Dime On Himself",
    "Gene Munster Predicts 499 Steel Apple Watch",
    "Texas Town Quarantined After Family Of Five Test Positive For Ebola",
    "Robert Plant Ripped Up An 800 Million Contract To Reunite Led Zeppelin",
    "Apple Watch and 12 MacBook Air Likely Topics Updated",
])
def test_no_unit_where_no_noun_is_counted(sentence: str) -> None:
    assert only(sentence).unit is None


@pytest.mark.parametrize(("sentence", "unit"), [
    ("280 Pound Catfish: Fisherman Makes Huge Catch In Italy", "lb"),  # a weight
    ("Police Arrest 12 Elderly Protesters", "protester"),  # the adverb before a plural
    ("Officials said 12 elderly residents died.", "resident"),
    ("Farah, the 10,000 metre champion", "metre"),  # prose with many names: no headline
    ("One Question Remains Unanswered", "question"),  # one counts a singular
    ("Two publicly traded companies merged.", "company"),
])
def test_a_counted_noun_stays(sentence: str, unit: str) -> None:
    assert find_numbers(sentence)[0].unit == unit


# --- a race's metres, written with a bare "m" -------------------------------------------------


@pytest.mark.parametrize(("sentence", "metres"), [
    ("She is the 10,000m champion.", 10000),
    ("He ran the 100m final in 9.8 seconds.", 100),
    ("She won gold in the 400m hurdles.", 400),
    ("He entered a 1500m race in Oslo.", 1500),
    ("He set a 200m freestyle record.", 200),
    ("Bolt Wins 100m Final", 100),
    ("Bolt ran the 100m in 9.58 seconds.", 100),
    ("She won the women's 800m at the trials.", 800),
    ("The tower is nearly 300m tall.", 300),
])
def test_a_race_distance_is_metres_not_millions(sentence: str, metres: int) -> None:
    q = find_numbers(sentence)[0]
    assert (q.kind, q.unit, q.low, q.high) == ("measure", "metre", metres, metres)


def test_each_distance_of_a_list_is_metres() -> None:
    found = find_numbers("Farah, the 5,000m and 10,000m champion at London 2012")
    assert [(q.unit, q.low) for q in found[:2]] == [("metre", 5000), ("metre", 10000)]


@pytest.mark.parametrize(("sentence", "kind", "value"), [
    ("The firm raised $100m.", "money", 100_000_000),
    ("It paid £10m for the site.", "money", 10_000_000),
    ("They signed a 100m deal.", "count", 100_000_000),
    ("The startup raised 10m last year.", "count", 10_000_000),
    ("Bale's $100m record fee stunned the league.", "money", 100_000_000),
    ("a 100m transfer record", "count", 100_000_000),  # a transfer's sum, no race
    ("She signed a 100m record deal.", "count", 100_000_000),  # a record bought
    ("They agreed a 10m title sponsorship.", "count", 10_000_000),
])
def test_millions_stay_millions(sentence: str, kind: str, value: int) -> None:
    q = find_numbers(sentence)[0]
    assert (q.kind, q.low) == (kind, value)


# --- a count before a label and its figure counts the noun after them -----------------------


@pytest.mark.parametrize(("sentence", "unit"), [
    ("Tesla delivered 500 Model 3 sedans.", "sedan"),
    ("Tesla shipped 9,000 Model 3 cars in May.", "car"),
    ("Only 12 Fortune 500 companies have a female CEO.", "company"),
    ("It aired 6 Channel 4 documentaries this year.", "documentary"),
])
def test_a_label_between_a_count_and_its_noun_is_skipped(sentence: str, unit: str) -> None:
    q = find_numbers(sentence)[0]
    assert (q.kind, q.unit) == ("count", unit)
    assert len(find_numbers(sentence)) == 1  # the label's figure counts nothing


@pytest.mark.parametrize(("sentence", "unit"), [
    ("Tesla delivered 500 Model 3 last quarter.", "model"),  # no noun after the label
    ("Tesla delivered 500 Model S sedans.", "sedan"),  # a model without a figure
])
def test_a_count_before_a_label_without_a_plural_keeps_its_reading(sentence: str,
                                                                    unit: str) -> None:
    assert find_numbers(sentence)[0].unit == unit


# --- a person's age now -----------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "age"), [
    ("He is now 30, and lives in Paris.", 30),
    ("She is now 45.", 45),
    ("Police said Smith is now 30.", 30),
    ("Smith, who is now 62, retired in May.", 62),
    ("He's now 25.", 25),
    ("I am now 41.", 41),
])
def test_a_person_now_so_old_is_an_age(sentence: str, age: int) -> None:
    q = only(sentence)
    assert (q.kind, q.unit, q.low, q.high) == ("age", "year", age, age)


@pytest.mark.parametrize(("sentence", "unit"), [
    ("The toll is now 30, officials said.", "people"),
    ("Inflation is now 3.", None),  # a sentence's first word may be any noun
    ("Traders said the Dow is now 30, down from 40.", None),
    ("The party, which is now 30, split.", None),
    ("He is now 30 points ahead.", "point"),
])
def test_a_thing_now_so_many_stays_a_count(sentence: str, unit: str | None) -> None:
    q = find_numbers(sentence)[0]
    assert (q.kind, q.unit) == ("count", unit)


# --- a product's point release --------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "iOS 8.2 arriving Monday, here are full release notes",
    "iOS 8.2 may launch Monday with new health features",
    "Apple said macOS 10.15 will ship in the fall.",
])
def test_a_products_point_release_counts_nothing(sentence: str) -> None:
    assert find_numbers(sentence) == []


@pytest.mark.parametrize(("sentence", "kind", "unit"), [
    ("The iPad 9.7 inches wide sold well.", "measure", "inch"),  # a size, no version
    ("The iPhone sold 4.5 million units.", "count", "unit"),
])
def test_a_decimal_after_a_product_may_still_measure_or_count(sentence: str, kind: str,
                                                             unit: str) -> None:
    q = only(sentence)
    assert (q.kind, q.unit) == (kind, unit)
