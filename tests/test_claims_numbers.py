"""The claims stage: the figures a claim mentions, parsed to values and intervals."""

from __future__ import annotations

import pytest

from embeddings.claims import find_numbers
from embeddings.types import Claim, Quantity
from service.contrast.intervals import overlap

# --- numbers ---------------------------------------------------------------------------------


def only(sentence: str) -> Quantity:
    found = find_numbers(sentence)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("sentence", "low", "high", "unit", "approximate"), [
    ("The blast killed 29 people.", 29, 29, "people", False),
    ("At least 29 people died.", 29, None, "people", False),
    ("More than 100k people fled.", 100_000, None, "people", False),
    ("Over 100,000 refugees crossed.", 100_000, None, "refugee", False),
    ("Fewer than 40 soldiers remain.", None, 40, "soldier", False),
    ("Up to 250 troops were sent.", None, 250, "troop", False),
    ("Some 70,000-80,000 residents left.", 70_000, 80_000, "resident", True),
    ("Officials counted 100,000–120,000 Armenians.", 100_000, 120_000, "armenian", False),
    ("Between 5 and 10 protesters were held.", 5, 10, "protester", False),
    ("About 4,000 workers are missing.", 4000, 4000, "worker", True),
    ("Nearly 1.5 million voters took part.", 1_500_000, 1_500_000, "voter", True),
    ("They counted 330 casualties.", 330, 330, "casualty", False),
    ("A 3bn loan was signed.", 3e9, 3e9, "loan", False),
    ("Analysts expect 24M watches.", 24e6, 24e6, "watch", False),  # headline capitals
    ("Some 2-3 million people voted.", 2e6, 3e6, "people", True),  # the scale is shared
    ("Between 100-120k residents left.", 100_000, 120_000, "resident", False),
    ("Two diplomats resigned.", 2, 2, "diplomat", False),
    ("Thousands of families fled.", 2000, 9999, "family", True),
    ("Dozens of villages burned.", 24, 99, "village", True),
    ("Half a million people were displaced.", 500_000, 500_000, "people", False),
    ("Over a million refugees fled.", 1_000_000, None, "refugee", False),
    ("Half a dozen villages were shelled.", 6, 6, "village", False),
    # a change: the figure now is the second one ("from 10" is no claim about today)
    ("The death toll rose from 10 to 20 people.", 20, 20, "people", False),
    ("From 10 to 20 people were hurt.", 10, 20, "people", False),  # no change: a range
    ("More than 1,200 cases were recorded.", 1200, None, "case", False),
    # thousands grouped by the low quotation mark a mis-encoded feed puts for a comma
    ("The exchange faced 150\u201a000 attacks.", 150_000, 150_000, "attack", False),
    ("Teachers held 30 classes.", 30, 30, "class", False),
    # the counted noun before the figure
    ("Cases rose to 1,240 on Monday.", 1240, 1240, "case", False),
    ("Deaths have risen to 18.", 18, 18, "people", False),
    ("The death toll from Sunday's 7.0-magnitude quake rose to 140.", 140, 140, "people", False),
    ("Organisers put the number of marchers at 15,000.", 15_000, 15_000, "marcher", False),
    # none befell them: a count of 0
    ("Nobody was injured in the fire, the company said.", 0, 0, "people", False),
    ("No deaths were reported after the storm.", 0, 0, "people", False),
    ("No arrests have been reported so far.", 0, 0, "arrest", False),
])
def test_counts(sentence: str, low: float | None, high: float | None, unit: str,
                approximate: bool) -> None:
    counts = [q for q in find_numbers(sentence) if q.kind == "count"]  # not the magnitude
    assert len(counts) == 1, counts
    q = counts[0]
    assert (q.kind, q.low, q.high, q.unit, q.approximate) == ("count", low, high, unit,
                                                               approximate)


@pytest.mark.parametrize(("sentence", "low", "high", "kind", "unit", "approximate"), [
    # a bound or a hedge told after the figure
    ("The toll stood at 29 or more.", 29, None, "count", "people", False),
    ("Some 10,000-plus people marched.", 10_000, None, "count", "people", True),
    ("The city now has 5,000+ hotels.", 5000, None, "count", "hotel", False),
    ("Thirty or so people were hurt.", 30, 30, "count", "people", True),
    ("Taxes will not rise for anyone earning $250,000 or less.", None, 250_000, "money", "usd",
     False),
    ("Employers of 25 and more staff are covered.", 25, None, "count", "staff", False),
    # a currency before each end of a range
    ("The cost is estimated at between $2bn and $3bn.", 2e9, 3e9, "money", "usd", False),
    ("Analysts said Vivendi could fetch $12 billion-$14 billion.", 12e9, 14e9, "money", "usd",
     False),
    ("Fines ranging from €500 to €5,000 apply.", 500, 5000, "money", "eur", False),
    # as British and Indian papers write them
    ("Inflation rose to 25pc last month.", 25, 25, "percent", "percent", False),
    ("About 2,000-odd people attended the rally.", 2000, 2000, "count", "people", True),
    ("The government will spend Rs 2,000 crore on the scheme.", 2e10, 2e10, "money", "inr",
     False),
    ("Nearly 1.5 lakh people were evacuated.", 150_000, 150_000, "count", "people", True),
    # thousands grouped by a space, as French text and its translations write them
    ("About 100 000 people fled the region.", 100_000, 100_000, "count", "people", True),
    ("Officials said 1 200 000 people had voted.", 1_200_000, 1_200_000, "count", "people",
     False),
])
def test_figures_read_whole(sentence: str, low: float | None, high: float | None, kind: str,
                            unit: str, approximate: bool) -> None:
    q = only(sentence)
    assert (q.kind, q.low, q.high, q.unit, q.approximate) == (kind, low, high, unit,
                                                               approximate)


@pytest.mark.parametrize(("sentence", "values"), [
    # a change, then the price: no range
    ("Shares of Acme rose $1.25 to $21.75 on Monday.", [(1.25, 1.25), (21.75, 21.75)]),
    # a change from one amount to another: the amount now
    ("The ministry tripled the budget from $10 billion to $30 billion.", [(30e9, 30e9)]),
    # a date, then a count; a year, then a count
    ("On March 5 100 people were arrested.", [(305, 305), (100, 100)]),
    ("In 2020 100 people were arrested.", [(2020, 2020), (100, 100)]),
    # an age bound stays an age
    ("People 65 and over should get the vaccine.", [(65, None)]),
])
def test_figures_that_are_no_range_or_group(sentence: str,
                                            values: list[tuple[float, float | None]]) -> None:
    found = [q for q in find_numbers(sentence) if q.kind not in ("percent", "ordinal")]
    assert [(q.low, q.high) for q in found] == values


@pytest.mark.parametrize(("sentence", "text", "unit"), [
    ("Temperatures reached 40C in Madrid.", "40C", "celsius"),
    ("The mercury hit 104°F on Tuesday.", "104°F", "fahrenheit"),
    ("It was 40 degrees Celsius in the shade.", "40 degrees Celsius", "celsius"),
    ("The fire burned 25,000 acres.", "25,000 acres", "acre"),
    ("The river rose six feet overnight.", "six feet", "foot"),
    ("The convoy stretched 20 kilometres.", "20 kilometres", "km"),
    ("The ship carried 5,000 pounds of fish.", "5,000 pounds", "lb"),  # weight, not money
    ("It covers 120 sq miles.", "120 sq miles", "square mile"),
    # an earthquake's magnitude, however it is put, is no count of earthquakes
    ("A magnitude 6.8 earthquake struck the province.", "6.8", "magnitude"),
    ("A 6.8-magnitude earthquake struck the province.", "6.8-magnitude", "magnitude"),
    ("The quake had a magnitude of 6.8, the agency said.", "6.8", "magnitude"),
    ("The earthquake measured 6.8 on the Richter scale.", "6.8", "magnitude"),
])
def test_measures_carry_one_name_per_unit(sentence: str, text: str, unit: str) -> None:
    q = only(sentence)
    assert (q.kind, q.text, q.unit) == ("measure", text, unit)


@pytest.mark.parametrize(("sentence", "text", "low", "high"), [
    ("The sweetener doubles the risk of heart attack.", "doubles", 100, 100),
    ("Prices have more than doubled since 2020.", "more than doubled", 100, None),
    ("Rents will triple by 2030.", "triple", 200, 200),
    ("The company halved its workforce.", "halved", 50, 50),
])
def test_doubling_is_a_change_of_a_hundred_percent(sentence: str, text: str, low: float,
                                                    high: float | None) -> None:
    from embeddings.claims.numbers import find_numbers

    (q,) = [q for q in find_numbers(sentence) if q.kind == "percent"]
    assert (q.text, q.low, q.high) == (text, low, high)


@pytest.mark.parametrize("sentence", [
    "A double murder shocked the town.", "He doubled down on his claims.",
    "She won the doubles title in Paris.",
])
def test_a_double_that_multiplies_nothing_is_no_figure(sentence: str) -> None:
    from embeddings.claims.numbers import find_numbers

    assert find_numbers(sentence) == []


def test_no_one_who_befell_nothing_is_no_count() -> None:
    from embeddings.claims.numbers import find_numbers

    assert find_numbers("No one knows what started the fire.") == []


@pytest.mark.parametrize("sentence", [
    "Flight 40C was delayed by the heat.",  # a label, not a temperature
    "The 3C group met on Monday.",
])
def test_a_letter_after_a_figure_is_a_temperature_only_in_the_weather(sentence: str) -> None:
    from embeddings.claims.numbers import find_numbers

    assert not [q for q in find_numbers(sentence) if q.kind == "measure"]


def test_a_share_of_a_whole_is_the_share() -> None:
    # "half of the 140,000 inhabitants have been displaced" says 70,000 were displaced
    half = only("Half of the 140,000 inhabitants have been displaced.")
    assert (half.text, half.low, half.high, half.unit) == ("Half of the 140,000", 70_000,
                                                           70_000, "inhabitant")
    assert only("Two-thirds of the 3,000 workers lost their jobs.").low == 2000
    assert only("Nearly a third of 90,000 residents fled.").approximate
    assert only("They spent half of $4 billion.").low == 2e9
    # a percentage of a whole keeps both figures as written; "the third" is an ordinal
    assert [(q.text, q.low) for q in find_numbers("40 percent of the 2,000 homes burned.")] \
        == [("40 percent", 40), ("2,000", 2000)]
    assert only("On the third of October they met.").kind == "ordinal"
    assert only("She won a third term in May.").kind == "ordinal"
    assert only("Prices were cut by half a million dollars.").low == 500_000


@pytest.mark.parametrize(("sentence", "text", "low", "high"), [
    ("Two-thirds of the population left.", "Two-thirds", 66.7, 66.7),
    ("A quarter of the residents stayed.", "A quarter", 25, 25),
    ("More than half of the residents have left.", "More than half", 50, None),
    ("Nearly half of its staff quit.", "Nearly half", 50, 50),
    ("One third of voters stayed home.", "One third", 33.3, 33.3),
    # a change by a share
    ("The drug cut heart attacks by about a third.", "about a third", 33.3, 33.3),
    ("Sales fell by half in May.", "half", 50, 50),
])
def test_a_share_without_its_whole_is_a_percentage(sentence: str, text: str, low: float,
                                                   high: float | None) -> None:
    """"two-thirds of the population" is about 67 percent of it: it meets "70 percent"."""
    q = only(sentence)
    assert (q.text, q.kind, q.low, q.high, q.approximate) == (text, "percent", low, high, True)


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("One in five of those who crossed were children.", "One in five", 20.0),
    ("Two in three voters backed the plan.", "Two in three", 66.7),
])
def test_one_in_five_is_a_percentage(sentence: str, text: str, value: float) -> None:
    share = only(sentence)
    assert (share.text, share.kind, share.low, share.high) == (text, "percent", value, value)
    assert [q.text for q in find_numbers("The team won 7 in 2020.")] == ["7", "2020"]


@pytest.mark.parametrize(("sentence", "scores"), [
    ("The match ended 2-1 to Madrid.", ["2-1"]),
    ("The match ended 2-2.", ["2-2"]),
    ("The bill passed 52-48 in the Senate.", ["52-48"]),
    ("In a 6-3 ruling, the justices said the law stands.", ["6-3"]),
    ("Madrid won 2-1 on penalties after a 1-1 draw.", ["2-1", "1-1"]),
    # ranges: ascending, with a unit, or with no word of a result next to them
    ("Rates rose by 2-3 points.", []),
    ("Children aged 5-11 can get the vaccine.", []),
    ("Some 70,000-80,000 residents left.", []),
])
def test_results_of_matches_and_votes_are_scores(sentence: str, scores: list[str]) -> None:
    assert [q.text for q in find_numbers(sentence) if q.kind == "score"] == scores


@pytest.mark.parametrize(("sentence", "figures"), [
    ("Thirty-one people died.", [("Thirty-one", 31, 31)]),
    ("Some forty-two percent of voters backed it.", [("Some forty-two percent", 42, 42)]),
    # a range between two hyphenated numbers, and one made of two numbers
    ("Twenty-five to thirty people died.", [("Twenty-five to thirty", 25, 30)]),
    ("Between twenty-one and 40 people died.", [("Between twenty-one and 40", 21, 40)]),
    ("100-120 people died.", [("100-120", 100, 120)]),
])
def test_hyphenated_number_words_are_one_number(sentence: str,
                                                figures: list[tuple[str, float, float]]) -> None:
    assert [(q.text, q.low, q.high) for q in find_numbers(sentence)] == figures


@pytest.mark.parametrize(("sentence", "unit"), [
    ("The number of people killed in the earthquake has risen to 156, AFAD said.", "people"),
    ("The number of dead rose to 40.", "people"),
    ("Its debt has risen to 5 billion dollars.", "usd"),  # "has" counts nothing
    # where they are counted may stand between the noun and its verb
    ("Cholera cases in Marava have risen to 480, the ministry said.", "case"),
    # an estimate puts what it counts at the figure; a crowd is a count of people
    ("The ministry put the number of cases at 510.", "case"),
    ("Organisers put the turnout at 250,000.", "people"),
    ("The interior ministry estimated the crowd at 35,000.", "people"),
    ("A crowd of 35,000 gathered outside parliament.", "people"),
    ("Police put the figure at 300.", None),  # "figure" says nothing of what is counted
])
def test_what_a_figure_counts_when_its_noun_comes_first(sentence: str, unit: str | None) -> None:
    assert [q.unit for q in find_numbers(sentence)] == [unit]


def test_a_figure_that_fell_is_its_new_figure() -> None:
    assert [(q.low, q.high) for q in find_numbers(
        "The company cut the number of staff from 500 to 300.")] == [(300, 300)]


def test_a_part_of_a_whole_counts_what_the_whole_is_made_of() -> None:
    units = {q.text: q.unit for q in find_numbers(
        "About 150 of the caravan's members crossed, and six of the eleven nations signed.")}
    assert units == {"About 150": "member", "six": "nation", "eleven": "nation"}
    # the whole named by its owner: "12 of Meridian's hospitals", "30 of New York's schools"
    units = {q.text: q.unit for q in find_numbers(
        "All 12 of Meridian's hospitals stayed open, and 30 of New York's schools closed.")}
    assert units == {"12": "hospital", "30": "school"}


@pytest.mark.parametrize(("sentence", "ages"), [
    ("The reform raises the retirement age to 65.", [65]),
    ("The bill lowers the voting age to 16.", [16]),
    ("Smoking is banned under the age of 18.", [18]),
    # a change of age: the age it comes to is the claim
    ("The reform would raise the retirement age from 62 to 64.", [64]),
    ("The bill would lower the voting age from 18 to 16.", [16]),  # no range runs downwards
    ("The age of 18 and the 40 delegates.", [18]),
])
def test_an_age_named_before_its_figure(sentence: str, ages: list[float]) -> None:
    assert [q.high for q in find_numbers(sentence) if q.kind == "age"] == ages


def test_a_share_and_the_whole_do_not_agree() -> None:
    from service.contrast import RuleContraster

    def claim(source: str, text: str) -> Claim:
        return Claim(article_id=source, source=source, text=text, start=0, end=len(text),
                     core=text, numbers=tuple(find_numbers(text)))

    # 70,000 displaced against 140,000 displaced: a disagreement, not an agreement
    contrast = RuleContraster().contrast([
        claim("A", "Officials say half of the 140,000 residents have been displaced."),
        claim("B", "Officials say 140,000 residents have been displaced.")])
    assert "numbers" in {d.kind for d in contrast.differences if d.conflict}


def test_durations_in_days_are_comparable() -> None:
    weeks = only("The six-week siege ended.")
    days = only("The 44-day siege ended.")
    assert (weeks.kind, weeks.unit, weeks.low) == ("duration", "day", 42)
    assert (days.kind, days.unit, days.low, days.approximate) == ("duration", "day", 44, False)
    assert overlap(weeks, days)  # "six weeks" leaves half a week unsaid
    assert only("It lasted three years.").low == 3 * 365.25
    # a month is a twelfth of a year: "24 months" is "two years", not ten days short of it
    assert only("He was banned for 24 months.").low == only("He was banned for two years.").low
    assert only("It was the biggest strike in three decades.").text == "three decades"


def test_percent_and_money() -> None:
    assert (only("Turnout was 30%.").kind, only("Turnout was 30 per cent.").low) == ("percent", 30)
    money = only("The fund gave $5 million to the city.")
    assert (money.kind, money.unit, money.low) == ("money", "usd", 5e6)
    assert only("It cost 200 million euros.").unit == "eur"
    # a Title Case headline capitalises the unit too
    assert only("Chain Reports a 0.3 Percent Drop").kind == "percent"
    assert (only("Six Days of Darkness Ahead").kind, only("He Paid 500 Dollars").unit) \
        == ("duration", "usd")
    # currencies named after the figure are money, each its own: 1.2 trillion yen is no count
    # of yen to compare with "1.2 trillion" of something else
    for sentence, unit in (("The loan totals 1.2 trillion yen.", "jpy"),
                           ("It cost 20 million yuan.", "cny"), ("He paid 500 rupees.", "inr"),
                           ("A fine of 3,000 shekels was set.", "ils")):
        assert (only(sentence).kind, only(sentence).unit) == ("money", unit), sentence


def test_years_and_dates_are_not_counts() -> None:
    kinds = [(q.text, q.kind) for q in find_numbers(
        "In 1994, and again on Monday, August 29 and on March 14in 2020, 12 people died.")]
    assert kinds == [("1994", "year"), ("Monday, August 29", "date"), ("March 14", "date"),
                     ("2020", "year"), ("12", "count")]
    assert only("The 2020 war changed the map.").kind == "year"
    assert only("In the 1990s the town grew.").high == 1999


def test_a_month_is_a_whole_word_not_the_start_of_one() -> None:
    # "2 Separate Businesses" once read as 2 September, "3 Marches" as 3 March
    assert [(q.text, q.kind, q.unit) for q in find_numbers(
        "HP Is Splitting Into 2 Separate Businesses")] == [("2", "count", "business")]
    assert [(q.text, q.kind) for q in find_numbers("Police dispersed 3 Marches on Sunday.")] \
        == [("3", "count")]
    assert [(q.text, q.kind) for q in find_numbers("The 12 Mayors met on 5 May.")] \
        == [("12", "count"), ("5 May.", "date")]
    # abbreviated months stay dates, with or without their full stop
    assert [(q.text, q.kind) for q in find_numbers("It rained on 4 Sept. and on 2 Sep 2014.")] \
        == [("4 Sept.", "date"), ("2 Sep 2014", "date")]


def test_a_range_of_days_is_one_date() -> None:
    summit = only("The NATO summit in Brussels on July 11-12 will follow the visit.")
    assert (summit.kind, summit.low, summit.high) == ("date", 711, 712)
    assert only("It meets on July 11 - 12, 2018.").high == 20180712
    # a dash before a count is not a range
    assert [(q.text, q.kind) for q in find_numbers("On March 3 - 40 people were killed.")] \
        == [("March 3", "date"), ("40", "count")]


def test_numbers_skip_codes_fractions_and_idioms() -> None:
    assert find_numbers("The TOS-1A and GM200 systems, thread 1/11, one of the reasons.") == []


@pytest.mark.parametrize(("sentence", "counted"), [
    ("Sbarro files for Chapter 11 bankruptcy for the second time.", ["second"]),
    ("Sbarro again files for Ch. 11", []),
    ("Flight 370 vanished with 239 people on board.", ["239"]),
    ("Allies invoked Article 5 of the treaty.", []),
    ("Voters approved Proposition 8 by 52 percent.", ["52 percent"]),
    # a measure, not a name: a category of storm is compared
    ("A Category 4 hurricane hit the coast.", ["4"]),
    # a time of day is no count of anything
    ("Hundreds of protesters defied an 8 p.m. curfew.", ["Hundreds"]),
    ("The 5 PM deadline passed at 10:30 and 300 people waited.", ["300"]),
])
def test_the_number_of_a_chapter_a_flight_or_an_hour_is_no_count(sentence: str,
                                                          counted: list[str]) -> None:
    assert [q.text for q in find_numbers(sentence)] == counted


def test_number_offsets_point_into_the_article() -> None:
    sentence = "Officials said at least 29 people died."
    q = find_numbers(sentence, offset=100)[0]
    assert (q.start, q.end) == (100 + sentence.index("at least"), 100 + sentence.index(" people"))


@pytest.mark.parametrize(("sentence", "said", "days"), [
    ("The jury took only a few hours to reach its verdict.", "a few hours", (2 / 24, 5 / 24)),
    ("The strike lasted several weeks.", "several weeks", (21.0, 63.0)),
    ("Talks went on for a couple of days.", "a couple of days", (2.0, 3.0)),
])
def test_a_span_of_time_told_without_a_figure_is_a_duration(sentence: str, said: str,
                                                          days: tuple[float, float]) -> None:
    (q,) = find_numbers(sentence)
    assert (q.text, q.kind, q.unit, q.approximate) == (said, "duration", "day", True)
    assert (q.low, q.high) == pytest.approx(days)
    assert sentence[q.start:q.end] == said


@pytest.mark.parametrize(("text", "units"), [
    # a count that leaves its noun out counts what the count before it counted
    ("The blast killed 12 people and wounded 40.", ["people", "people"]),
    ("Four passengers were killed and 37 injured.", ["passenger", "passenger"]),
    ("Twelve people died and 40 were injured.", ["people", "people"]),
    # a noun of its own, a share, another kind of figure between them
    ("Troops killed 12 soldiers and 3 of the attackers.", ["soldier", "attacker"]),
    ("12 people were killed and 40 percent of homes were destroyed.", ["people", "percent"]),
    ("The firm hired 300 workers in 2019 and 500 in 2020.", ["worker", None, None, None]),
])
def test_a_count_that_leaves_its_noun_out(text: str, units: list[str | None]) -> None:
    assert [q.unit for q in find_numbers(text)] == units


@pytest.mark.parametrize(("text", "units"), [
    # what befell a count with no noun says it counts people
    ("The storm left 12 dead and dozens injured.", ["people", "people"]),
    ("The fire killed three and injured 20.", ["people", "people"]),
    ("The death toll rose to 26, with 31 still missing.", ["people", "people"]),
    ("Police arrested 40 at the rally.", ["people"]),
    ("The quake killed 57 and left 2,000 homeless.", ["people", "people"]),
    # a noun of its own, or no fate at all
    ("The army killed 3 of the attackers.", ["attacker"]),
    ("The firm sold 40 in May.", [None]),
    ("Rescuers found 12 cars and 3 boats.", ["car", "boat"]),
])
def test_a_count_of_people_told_by_what_befell_them(text: str, units: list[str | None]) -> None:
    assert [q.unit for q in find_numbers(text) if q.kind == "count"] == units


@pytest.mark.parametrize(("text", "value"), [
    ("Two dozen hostages were released.", 24.0),
    ("Three dozen eggs were sold.", 36.0),
    ("A dozen people were hurt.", 12.0),
    ("Half a dozen shops burned.", 6.0),
])
def test_dozens_told_with_a_number_word(text: str, value: float) -> None:
    # "two dozen" is 24, not two (which disputed "twenty-four hostages")
    assert (only(text).low, only(text).high) == (value, value)


@pytest.mark.parametrize(("text", "read"), [
    # a thermometer's reading needs no word for heat: a verb of reading it, or a decimal
    ("Seville recorded 45.8C on Sunday.", "45.8C"),
    ("Seville recorded 46C on Sunday.", "46C"),
    ("The mercury hit 104F in Phoenix.", "104F"),
    # a name that ends in a letter is no temperature
    ("Flight 40C landed safely.", None),
    ("The 3C group met on Monday.", None),
])
def test_a_temperature_read_without_a_word_for_heat(text: str, read: str | None) -> None:
    found = [q for q in find_numbers(text) if q.kind == "measure"]
    assert [q.text for q in found] == ([read] if read else [])


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), [
    # "mn" and "bn" name no unit, so they scale a figure a space apart ("30 m" may be metres)
    ("The startup raised $30 mn in new funding.", "$30 mn", 30e6, "usd"),
    ("Sales reached 4.2 bn euros.", "4.2 bn euros", 4.2e9, "eur"),
    # a lakh crore is a hundred thousand crore: a trillion
    ("The fund is worth Rs 1.2 lakh crore.", "Rs 1.2 lakh crore", 1.2e12, "inr"),
    ("The chipmaker earned ¥120 billion last year.", "¥120 billion", 120e9, "jpy"),
    # other dollars are no US dollars
    ("The miner paid A$50 million for the mine.", "A$50 million", 50e6, "aud"),
    ("Shares rose to C$3.80 in Toronto.", "C$3.80", 3.8, "cad"),
    ("The firm paid HK$2.1 billion for the site.", "HK$2.1 billion", 2.1e9, "hkd"),
    ("The miner paid between A$40m and A$50m for it.", "between A$40m and A$50m", 40e6, "aud"),
])
def test_money_in_other_currencies_and_scales_is_read_whole(sentence: str, text: str,
                                                            value: float, unit: str) -> None:
    money = only(sentence)
    assert (money.text, money.low, money.kind, money.unit) == (text, value, "money", unit)


def test_metric_tons_are_tonnes() -> None:
    grain = only("The ship carried 5,000 metric tons of grain.")
    assert (grain.text, grain.kind, grain.unit) == ("5,000 metric tons", "measure", "tonne")


@pytest.mark.parametrize(("sentence", "value"), [
    ("The temperature fell to -5C overnight.", -5.0),
    ("The temperature fell to minus 5 degrees Celsius overnight.", -5.0),
    ("Temperatures of 20-25C are expected.", 20.0),
])
def test_a_temperature_below_zero_keeps_its_sign(sentence: str, value: float) -> None:
    assert only(sentence).low == value


@pytest.mark.parametrize(("sentence", "counted"), [
    # a number to dial is no figure
    ("Call 0800 555 0199 for help, police said.", []),
    ("Call +44 20 7946 0958 for details.", []),
    ("Reach her at (248) 647-7221 or by email.", []),
    ("About 100 000 people fled the region.", ["About 100 000"]),
    # a number after a name is the name's (a model, an index, a union local)
    ("The recall covers the Boeing 737 Max 8.", []),
    ("The recall covers the Boeing 737 Max 9 jets, 40 of them.", ["9", "40"]),
    ("It runs on the Intel Itanium 2 processor.", []),
    ("The S&P 500 had climbed 16 percent since its March low.", ["16 percent"]),
    # ... but not a bound, a day, an owner, or a Title Case headline's verb
    ("Officials said Tuesday 40 people were killed.", ["40"]),
    ("The attack was claimed by Baghdad's 14 guerrilla cells.", ["14"]),
    ("Chrysler Recalls 25000 Vehicles Over Faulty Airbags", ["25000"]),
    ("Rescuers reached Gaza 40 minutes later.", ["40 minutes"]),
])
def test_numbers_to_dial_and_names_numbers_are_no_counts(sentence: str,
                                                          counted: list[str]) -> None:
    assert [q.text for q in find_numbers(sentence)] == counted


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), [
    # a unit stuck on the figure is read as one set apart
    ("The rocket reached an altitude of 100km.", "100km", 100.0, "km"),
    ("Winds of 40mph hit the coast.", "40mph", 40.0, "mph"),
    ("She weighed a whopping 117kg.", "117kg", 117.0, "kg"),
    # feet and inches are one height
    ("The centre is 6 feet 11 inches tall.", "6 feet 11 inches", 6 + 11 / 12, "foot"),
    ("The suspect was 6ft 2in tall.", "6ft 2in", 6 + 2 / 12, "foot"),
])
def test_measures_stuck_on_or_in_two_units_are_read_whole(sentence: str, text: str,
                                                          value: float, unit: str) -> None:
    measure = only(sentence)
    assert (measure.text, measure.kind, measure.unit) == (text, "measure", unit)
    assert measure.low == pytest.approx(value)


@pytest.mark.parametrize(("sentence", "text", "days"), [
    ("The runner finished in 2 hours 3 minutes.", "2 hours 3 minutes", 123 / 1440),
    ("He ran it in 2 hours, 1 minute and 9 seconds.", "2 hours, 1 minute and 9 seconds",
     (2 * 3600 + 69) / 86400),
    ("He was jailed for three years and six months.", "three years and six months",
     3.5 * 365.25),
    ("I promise it's less than 10 seconds.", "less than 10 seconds", None),
])
def test_a_span_in_several_units_is_one_duration(sentence: str, text: str,
                                                 days: float | None) -> None:
    span = only(sentence)
    assert (span.text, span.kind) == (text, "duration")
    assert span.low == (None if days is None else pytest.approx(days))


@pytest.mark.parametrize(("sentence", "unit"), [
    # a word of when counts nothing
    ("The chipmaker earned 120 billion last year.", None),
    ("The index climbed to 50.7 last month.", None),
    # "previous" stands before what is counted
    ("It came after two previous abandoned attempts.", "attempt"),
])
def test_words_of_when_are_no_counted_noun(sentence: str, unit: str | None) -> None:
    assert only(sentence).unit == unit


@pytest.mark.parametrize(("sentence", "text", "value", "kind", "unit"), [
    # whose dollars they are is said before the word
    ("The company lost 1.2 billion U.S. dollars.", "1.2 billion U.S. dollars", 1.2e9, "money",
     "usd"),
    ("It paid 50 million Australian dollars.", "50 million Australian dollars", 50e6, "money",
     "aud"),
    # a vulgar fraction is its decimal
    ("Prices rose 2½ per cent in March.", "2½ per cent", 2.5, "percent", "percent"),
    ("The bridge cost £1½bn to build.", "£1½bn", 1.5e9, "money", "gbp"),
])
def test_dollars_named_by_country_and_vulgar_fractions(sentence: str, text: str, value: float,
                                                       kind: str, unit: str) -> None:
    figure = only(sentence)
    assert (figure.text, figure.low, figure.kind, figure.unit) == (text, value, kind, unit)


@pytest.mark.parametrize(("sentence", "figures"), [
    # by how much, then to what: a change and a level, not a range
    ("The S&P 500 index rose 3 to 980.59.", [(3, 3), (980.59, 980.59)]),
    # (the index's name's number is no figure)
    ("The Russell 2000 index fell 2.52 to 410.23.", [(2.52, 2.52), (410.23, 410.23)]),
    # figures of one size after a change are still a range, a shared scale too
    ("Sales rose 3 to 5 percent.", [(3, 5)]),
    ("Costs went up 25 to 50 billion dollars.", [(25e9, 50e9)]),
])
def test_a_change_then_a_level_is_no_range(sentence: str,
                                           figures: list[tuple[float, float]]) -> None:
    assert [(q.low, q.high) for q in find_numbers(sentence)] == figures


@pytest.mark.parametrize(("sentence", "figures"), [
    # a rate per so many people is one figure, read per 100,000: no count of 14 cases (which
    # "124 cases" would dispute) and none of 100,000 people
    ("The infection rate stands at 14 cases per 100,000 people.",
     [("14 cases per 100,000", 14.0, "rate", "case")]),
    ("Officials have confirmed 124 cases, a rate of 14 per 100,000 residents.",
     [("124", 124.0, "count", "case"), ("14 per 100,000", 14.0, "rate", None)]),
    ("Deaths reached 140 per million.", [("140 per million", 14.0, "rate", None)]),
    ("Infant mortality was 3.1 deaths per 1,000 live births.",
     [("3.1 deaths per 1,000", 310.0, "rate", "death")]),
    # a price per so many is money and a count, as before
    ("The fee is $5 per 1,000 shares.", [("$5", 5.0, "money", "usd"),
                                         ("1,000", 1000.0, "count", "share")]),
])
def test_a_rate_per_so_many_people_is_one_figure(
        sentence: str, figures: list[tuple[str, float, str, str | None]]) -> None:
    assert [(q.text, q.low, q.kind, q.unit) for q in find_numbers(sentence)] == figures


@pytest.mark.parametrize(("sentence", "figures"), [
    # the figure a change started from, told after the figure now, is no claim about now
    ("Annual inflation eased to 3.2% in October from 3.5% in September.", [3.2]),
    ("Consumer prices rose 3.2 percent from a year earlier, down from 3.5 percent.", [3.2]),
    ("Revenue rose to $3bn from $2.5bn.", [3e9]),
    ("Sales rose 5% to $3bn from $2.5bn a year earlier.", [5.0, 3e9]),
    ("Jobless claims were 231,000, up from 219,000.", [231000.0]),
    ("Infections rose to 30 per 100,000 from 14 per 100,000.", [30.0]),
    # "from" with no change to a figure before it is where something comes from
    ("Delegates came from 12 countries.", [12.0]),
    ("Prices ranged from $10 to $30.", [10.0]),
])
def test_the_figure_a_change_started_from_is_left_out(sentence: str,
                                                      figures: list[float]) -> None:
    assert [q.low for q in find_numbers(sentence)] == figures


@pytest.mark.parametrize(("sentence", "unit"), [
    # a company's staff cut by a bare figure is a count of jobs; a preposition after a
    # figure counts nothing ("over" is no unit)
    ("Norvik will reduce headcount by 1,150 over the next year.", "job"),
    ("The bank will cut its workforce by about 2,000.", "job"),
    ("Prices will rise by 300 over the summer.", None),
    ("The company will cut 1,200 jobs over two years.", "job"),
])
def test_staff_cut_by_a_figure_counts_jobs(sentence: str, unit: str | None) -> None:
    assert find_numbers(sentence)[0].unit == unit


@pytest.mark.parametrize(("sentence", "figures"), [
    # a scale hyphenated before its noun, a currency's code after the figure
    ("The company posted a $1.2-billion loss.", [(1.2e9, 1.2e9, "money", "usd")]),
    ("Revenue was 1.2 billion USD.", [(1.2e9, 1.2e9, "money", "usd")]),
    # a percent sign after each end of a range
    ("The Fed set its rate at 5.25%-5.5%.", [(5.25, 5.5, "percent", "percent")]),
    ("Rates are between 5.25% and 5.5%.", [(5.25, 5.5, "percent", "percent")]),
    ("Prices ranged from 5% to 9%.", [(5.0, 9.0, "percent", "percent")]),
    # a change from one percentage to another: the one it ended at
    ("The risk fell from 10% to 6%.", [(6.0, 6.0, "percent", "percent")]),
    ("Inflation rose from 3.1 percent to 3.5 percent in October.",
     [(3.5, 3.5, "percent", "percent")]),
    # a change, then the level: two figures still
    ("Mortgage rates rose 0.5% to 7.2%.", [(0.5, 0.5, "percent", "percent"),
                                           (7.2, 7.2, "percent", "percent")]),
])
def test_money_and_percentages_as_business_pages_write_them(
        sentence: str, figures: list[tuple[float, float, str, str]]) -> None:
    assert [(q.low, q.high, q.kind, q.unit) for q in find_numbers(sentence)] == figures


@pytest.mark.parametrize(("sentence", "figures"), [
    # a currency hyphenated or set before a noun, in the singular
    ("The city signed a 40-million-dollar deal.", [(4e7, 4e7, "money", "usd")]),
    ("The city signed a 40 million dollar deal.", [(4e7, 4e7, "money", "usd")]),
    ("He paid with a five-dollar bill.", [(5.0, 5.0, "money", "usd")]),
    ("Fans paid a 20-euro fee.", [(20.0, 20.0, "money", "eur")]),
    # cents and pence are a hundredth of the currency the sentence names, else dollars
    ("Shares fell 98 cents to $12.40.", [(0.98, 0.98, "money", "usd"),
                                         (12.4, 12.4, "money", "usd")]),
    ("Qantas rose 5 cents to A$6.20.", [(0.05, 0.05, "money", "aud"),
                                        (6.2, 6.2, "money", "aud")]),
    ("A stamp costs 50 euro cents.", [(0.5, 0.5, "money", "eur")]),
    ("Shares fell 20 pence.", [(0.2, 0.2, "money", "gbp")]),
    # a weight is no currency
    ("She bought a 10-pound turkey.", []),
])
def test_amounts_told_in_words_and_cents(
        sentence: str, figures: list[tuple[float, float, str, str]]) -> None:
    assert [(round(q.low or 0, 6), round(q.high or 0, 6), q.kind, q.unit)
            for q in find_numbers(sentence)] == figures


def test_cents_meet_the_same_amount_in_dollars() -> None:
    assert overlap(only("The dividend was raised by 98 cents."),
                   only("The dividend was raised by $0.98."))


@pytest.mark.parametrize(("sentence", "low", "high", "approximate"), [
    # how many times another figure: a ratio, no count of 2.5 of anything
    ("Smokers are 2.5 times more likely to die of cancer.", 2.5, 2.5, False),
    ("There were three times as many cases as last year.", 3, 3, False),
    ("Prices are four times higher than in the south.", 4, 4, False),
    ("Sales were twice as high as forecast.", 2, 2, False),
    ("Lead levels were five times the legal limit.", 5, 5, False),
    ("Cases rose nearly three times as fast.", 3, 3, True),
    ("Levels were more than 200 times the national average.", 200, None, False),
    ("The study found a 2.5-fold increase in cases.", 2.5, 2.5, False),
])
def test_a_ratio_is_its_own_kind(sentence: str, low: float, high: float | None,
                                 approximate: bool) -> None:
    q = only(sentence)
    assert (q.kind, q.unit, q.low, q.high, q.approximate) == (
        "ratio", "times", low, high, approximate), q


@pytest.mark.parametrize(("sentence", "unit"), [
    # how often something was done counts times, not the people it was done to
    ("He was arrested three times.", "time"),
    ("The council met four times in May.", "time"),
])
def test_how_often_is_a_count_of_times(sentence: str, unit: str) -> None:
    q = next(q for q in find_numbers(sentence) if q.kind == "count")
    assert q.unit == unit


@pytest.mark.parametrize(("sentence", "low"), [
    # a share of a whole, told as a fraction or "one in N": a percentage, hedged
    ("A third of residents left the town.", 33.3),
    ("Two-thirds of voters backed the plan.", 66.7),
    ("Three-quarters of the members voted.", 75.0),
    ("One in five children lives in poverty.", 20.0),
    ("Nine in 10 adults agree.", 90.0),
])
def test_shares_are_percentages(sentence: str, low: float) -> None:
    q = only(sentence)
    assert (q.kind, q.low, q.approximate) == ("percent", low, True)


@pytest.mark.parametrize(("sentence", "figures"), [
    # the figure of a year before, set beside the one now, is no claim about now
    ("The carmaker swung to a net loss of $85 million, compared with a profit of $40 million "
     "a year earlier.", [85e6]),
    ("Revenue was $1.2bn, compared with $1.1bn in the year-earlier period.", [1.2e9]),
    ("Sales rose 5%, versus 3% in the same quarter last year.", [5.0]),
    # a comparison with no earlier time, and a match "against" a side, keep both figures
    ("Police deployed 500 officers against 2,000 protesters.", [500.0, 2000.0]),
    ("The carmaker sold 2 million cars, compared with 1.5 million for its rival.",
     [2e6, 1.5e6]),
])
def test_the_figure_of_a_year_before_is_left_out(sentence: str, figures: list[float]) -> None:
    assert [q.low for q in find_numbers(sentence) if q.kind != "year"] == figures


@pytest.mark.parametrize(("sentence", "unit"), [
    # a noun whose plural is its singular is the counted noun, not the word before it
    ("Taiwan detected 35 Chinese aircraft near the island.", "aircraft"),
    ("The ministry said 35 military aircraft crossed the line.", "aircraft"),
    ("Climate change hit more than 60 species of bumblebee.", "species"),
    ("The flood drowned 300 sheep overnight.", "sheep"),
    ("Rangers moved 40 head of livestock.", "head"),
    # ... unless it names the plural after it: "police officers" are officers
    ("Two Louisville police officers were shot.", "officer"),
    ("The agency let 200 staff members go.", "member"),
    ("The navy has 11 aircraft carriers.", "carrier"),
    # near cases that stay
    ("Taiwan detected 35 Chinese military planes.", "plane"),
    ("35 aircraft flew two sorties.", "aircraft"),
    ("Three Americans were killed on Sunday.", "american"),
    ("The storms claimed 24 lives.", "life"),
])
def test_an_invariant_plural_is_the_counted_noun(sentence: str, unit: str) -> None:
    assert find_numbers(sentence)[0].unit == unit


@pytest.mark.parametrize(("sentence", "unit"), [
    # "more", "new", "federal", "former" say which of the counted, never what
    ("Mexico finds 4 more graves at site of massacre", "grave"),
    ("Four new NHL expansion teams?", "team"),
    ("Trump will send 150 federal law enforcement agents to Chicago.", "agent"),
    ("It is one more illustration of the trend.", "illustration"),
    ("States shift thousands of foreign Islamic State militants to Iraq.", "militant"),
    # a country's abbreviation says whose
    ("There are 28,500 U.S. troops in South Korea.", "troop"),
    ("Four U.S. intelligence agencies reported the hacking.", "agency"),
    ("Top Four US Carriers Saw Flights Grounded", "carrier"),
    # a name or an owner before a common noun says which
    ("\" We recognize, \" one former Israeli official said.", "official"),
    ("One Republican adviser close to the White House said so.", "adviser"),
    ("It was debated in one Senate committee on Tuesday.", "committee"),
    ("Border agents caught at least 10 ISIS fighters.", "fighter"),
    ("Hundreds of unarmed Washington National Guard troops were activated to protect the"
     " monuments.", "troop"),
    ("McPizza is sold at these two McDonald's locations.", "location"),
    ("So did 246,000 American deaths’ under his watch.", "people"),
    # near cases that stay: a name before a verb is the counted, a plural name too
    ("One Republican voted against the bill.", "republican"),
    ("Thousands of Brazilians marched on Rio.", "brazilian"),
    ("The firm hired 3 CEOs in a year.", "ceo"),
    ("OVER 250,000 HOLIDAY TURKEYS INFECTED", "turkey"),
    ("The vote passed by 5 more than expected.", None),
    # a preposition is no counted noun
    ("The event will draw tens of thousands inside the venue.", None),
])
def test_the_counted_noun_is_the_head_after_its_modifiers(sentence: str,
                                                          unit: str | None) -> None:
    assert find_numbers(sentence)[0].unit == unit


@pytest.mark.parametrize(("sentence", "figure"), [
    # "more" before a span leaves it a span
    ("Supporters chanted for four more years in office.", (1461.0, "duration", "day")),
    ("The talks need two additional weeks.", (14.0, "duration", "day")),
    # cents said to be US cents are the US dollar's
    ("The local unit was trading at 90.37 US cents.", (0.9037, "money", "usd")),
    ("The Aussie fell to 71 U.S. cents.", (0.71, "money", "usd")),
    # a stone is a weight, stones are counted
    ("Fisherman lands 19 stone catfish.", (19.0, "measure", "stone")),
    ("He was a 20-stone man.", (20.0, "measure", "stone")),
    ("Protesters threw 3 stones at the police.", (3.0, "count", "stone")),
    ("She walked between two stone columns.", (2.0, "count", "column")),
])
def test_spans_cents_and_stones_after_a_word(sentence: str,
                                            figure: tuple[float, str, str]) -> None:
    q = find_numbers(sentence)[0]
    assert (round(q.low or 0, 6), q.kind, q.unit) == figure


@pytest.mark.parametrize(("sentence", "unit"), [
    # a plural in "-men" is the counted noun, in the singular
    ("Two gunmen fired shots at the crowd.", "gunman"),
    ("Three policemen were hurt in the clashes.", "policeman"),
    ("He told four congresswomen of color to go back.", "congresswoman"),
    ("The three Republican chairmen wrote a letter.", "chairman"),
    # an adjective hyphenated before a loss is no noun the loss is of
    ("The administration sustained two high-profile losses in court.", "loss"),
    # near cases that stay
    ("One specimen was found in the cave.", "specimen"),
    ("The firm announced 12,000 job cuts.", "job"),
    ("Police held 3 men overnight.", "man"),
])
def test_plurals_in_men_and_losses_after_an_adjective(sentence: str, unit: str) -> None:
    assert find_numbers(sentence)[0].unit == unit


@pytest.mark.parametrize(("sentence", "unit"), [
    # "others" with what befell them count people, as "24 people" would
    ("The blast killed two people, injuring 24 others.", "people"),
    ("Police arrested 40 others at the rally.", "people"),
    ("The shootings left a toddler dead and at least 34 others injured.", "people"),
    # near cases that stay: others with no fate are no people told, a fate keeps its noun
    ("The firm named three directors and 24 others.", "other"),
    ("Twelve others signed the letter.", "other"),
    ("Four passengers were killed and 37 injured.", "passenger"),
])
def test_others_befallen_count_people(sentence: str, unit: str) -> None:
    assert find_numbers(sentence)[-1].unit == unit


@pytest.mark.parametrize(("sentence", "unit"), [
    # plurals in -ies of a word in -ie, and in -oes, -ses, -ves of -o, -s, -f
    ("The jets flew 40 sorties over the city.", "sortie"),
    ("Critics watched 12 movies in one week.", "movie"),
    ("The bakery sold 300 cookies.", "cookie"),
    ("A portion has 400 calories.", "calorie"),
    ("The team signed five rookies.", "rookie"),
    ("Fans took 20 selfies with him.", "selfie"),
    ("The city honoured ten heroes.", "hero"),
    ("Police arrested two thieves.", "thief"),
    ("The study found three biases.", "bias"),
    # a mixed-case name ends in an "S" of its own; a word in -s that is no plural
    ("Hackers launched 300 DDoS attacks on the bank.", "attack"),
    ("The lab sent 500,000 virus test kits.", "kit"),
    ("Officials confirmed 15 coronavirus cases.", "case"),
    # of two plurals in a row, the last is the noun counted
    ("Two U.S. metals industries said they were hurt.", "industry"),
    ("Police held 40 arms dealers.", "dealer"),
    # near cases that stay
    ("Twelve companies filed suits.", "company"),
    ("Three allies agreed.", "ally"),
    ("Two women lost their shoes.", "woman"),
    ("He counted 12 cases of fraud.", "case"),
    ("Four NGOs signed the letter.", "ngo"),
    ("The airline cancelled 40 flights.", "flight"),
])
def test_plurals_read_to_their_singular(sentence: str, unit: str) -> None:
    assert find_numbers(sentence)[0].unit == unit


@pytest.mark.parametrize(("sentence", "unit"), [
    # one counts a singular noun: a word in -s after it is its verb
    ("One question asks whether voters trust him.", "question"),
    ("One senior official says the deal is off.", "official"),
    ("Only one company files such reports.", "company"),
    # near cases that stay
    ("Two questions remain.", "question"),
    ("One Republican adviser close to the White House said so.", "adviser"),
    ("One man died.", "man"),
])
def test_a_verb_after_one_is_no_unit(sentence: str, unit: str) -> None:
    assert find_numbers(sentence)[0].unit == unit


@pytest.mark.parametrize(("sentence", "figure"), [
    # a tokeniser's spaced hyphen after a figure is read as the hyphen it stands for
    ("Agents took children as young as 4 - years - old from parents.",
     ("4 - years - old", 4, "age", "year")),
    ("He behaved like a 12 - year - old on stage.", ("12 - year - old", 12, "age", "year")),
    ("Trump imposed a 25 - percent tariff on steel.",
     ("25 - percent", 25, "percent", "percent")),
    ("The border has a 100 - mile stretch of fence.", ("100 - mile", 100, "measure", "mile")),
    ("It was a 1 billion - dollar deal.", ("1 billion - dollar", 1e9, "money", "usd")),
    # as is the hyphenated form itself
    ("Trump imposed a 25-percent tariff on steel.", ("25-percent", 25, "percent", "percent")),
    ("Trump imposed a 25 percent tariff on steel.", ("25 percent", 25, "percent", "percent")),
    # a dash stays a dash
    ("The attack killed 12 - the highest toll in years.", ("12", 12, "count", "people")),
])
def test_spaced_hyphens_read_as_hyphens(sentence: str,
                                        figure: tuple[str, float, str, str]) -> None:
    q = find_numbers(sentence, offset=100)[0]
    assert (q.text, q.low, q.kind, q.unit) == figure
    assert q.text == sentence[q.start - 100:q.end - 100]  # told where it stands


@pytest.mark.parametrize("sentence", [
    "They met for a one - on - one dinner at the White House.",
    "They met for a one-on-one dinner at the White House.",
    "It was sold as an all-in-one device.",
])
def test_a_word_number_hyphenated_on_is_no_figure(sentence: str) -> None:
    assert find_numbers(sentence) == []


@pytest.mark.parametrize(("sentence", "unit"), [
    # a verb in -ed right after a figure names nothing counted
    ("The two embraced warmly.", None),
    ("Thousands marched through U.S. cities on Friday.", None),
    ("The move left hundreds stranded in camps.", None),
    ("The firm will become two firms, one focused on printers.", None),
    # nor does a word in -ly, unless a plural follows close behind
    ("He is now joined by thousands globally.", None),
    ("Those who are statists at 20 usually end up statists.", None),
    ("One particularly radical idea is sure to grab attention.", None),
    ("The firm will split into two publicly traded companies.", "company"),
    ("Travel from seven predominantly Muslim countries was barred.", "country"),
    ("About 12 elderly residents died.", "resident"),
    # near cases that stay: a fate is read by what befell the counted, an adjective in -ed
    # before a plural is no verb, a noun in -ly is a noun
    ("Four passengers were killed and 37 injured.", "passenger"),
    ("Three armed men robbed the bank.", "man"),
    ("Police found 12 families.", "family"),
])
def test_verbs_and_adverbs_after_a_figure_are_no_unit(sentence: str, unit: str | None) -> None:
    assert find_numbers(sentence)[-1].unit == unit


@pytest.mark.parametrize(("sentence", "figure"), [
    # headlines' and wire copy's abbreviations of a percent and of spans
    ("HK stocks close 1.75 pct lower", (1.75, "percent", "percent")),
    ("Shanghai copper slides 5 pct on China concerns", (5, "percent", "percent")),
    ("Terror suspects caught at border in 36 hrs", (1.5, "duration", "day")),
    ("Priest dies for 48 mins, wakes up", (48 / 1440, "duration", "day")),
    ("He served 10 yrs in prison.", (3652.5, "duration", "day")),
    ("The 5-yr-old boy was found safe.", (5, "age", "year")),
    # near cases that stay
    ("The 12 mines closed.", (12, "count", "mine")),
    ("It took 20 minutes.", (20 / 1440, "duration", "day")),
])
def test_abbreviated_percents_and_spans(sentence: str, figure: tuple[float, str, str]) -> None:
    q = find_numbers(sentence)[0]
    assert (round(q.low or 0, 6), q.kind, q.unit) == (round(figure[0], 6), *figure[1:])


@pytest.mark.parametrize(("sentence", "figure"), [
    # "as young as 13" tells an age, not a count of what follows
    ("Seven girls as young as 13 become pregnant on a school trip", ("13", "age", "year")),
    ("Victims were as old as 90.", ("90", "age", "year")),
    # near cases that stay
    ("As many as 13 people died.", ("As many as 13", "count", "people")),
    ("The youngest was 13 years younger.", ("13 years", "duration", "day")),
])
def test_as_young_as_is_an_age(sentence: str, figure: tuple[str, str, str]) -> None:
    q = find_numbers(sentence)[-1]
    assert (q.text, q.kind, q.unit) == figure


@pytest.mark.parametrize(("sentence", "kinds"), [
    # each age of a list is an age
    ("Seven schoolgirls aged 13 and 14 fell pregnant.", ["count", "age", "age"]),
    ("She has three children, ages 10, 9 and 4.", ["count", "age", "age", "age"]),
    # near cases that stay: a count after the list names its noun
    ("Two men aged 30 and 3 dogs were found.", ["count", "age", "count"]),
    ("People aged 18 to 24 voted.", ["age"]),
])
def test_each_age_of_a_list_is_an_age(sentence: str, kinds: list[str]) -> None:
    assert [q.kind for q in find_numbers(sentence)] == kinds


@pytest.mark.parametrize(("sentence", "figure"), [
    # an "N-unit-old" compound is an age, told in years, whatever unit it is said in
    ("A nine-month-old baby was rescued from the rubble.", ("nine-month-old", 0.75)),
    ("Police found a 9-month-old girl alive.", ("9-month-old", 0.75)),
    ("The six-week-old puppy was returned to its owner.", ("six-week-old", round(42 / 365.25, 4))),
    ("A 3-day-old infant died in the fire.", ("3-day-old", round(3 / 365.25, 4))),
    ("The baby, 10 months old, survived.", ("10 months old", round(10 / 12, 4))),
    ("A two-decade-old law was repealed.", ("two-decade-old", 20.0)),
    ("He had a 12 - month - old son.", ("12 - month - old", 1.0)),
    # near cases that stay: a year's age, and spans with no "old"
    ("A 4-year-old boy was rescued.", ("4-year-old", 4.0)),
])
def test_ages_in_days_weeks_months_and_years(sentence: str, figure: tuple[str, float]) -> None:
    q = only(sentence)
    assert (q.text, q.low, q.high, q.kind, q.unit) == (*figure, figure[1], "age", "year")


@pytest.mark.parametrize(("sentence", "days"), [
    ("The nine-month war ended in a truce.", 9 * 365.25 / 12),
    ("The six-week-long strike ended.", 42.0),
    ("She waited three months for a reply.", 3 * 365.25 / 12),
])
def test_spans_with_no_old_stay_durations(sentence: str, days: float) -> None:
    q = only(sentence)
    assert (q.kind, q.unit, round(q.low or 0, 4)) == ("duration", "day", round(days, 4))


@pytest.mark.parametrize("sentence", [
    # a stock index's name ends in a number that is no count and no year
    "S&P 500 Retreats as Oil Jumps",
    "Stock market live blog: S&P 500 retreats from record after downbeat China data",
    "FTSE 100 Closes Higher as Miners Rally",
    "Russell 2000 Hits Record",
    "Stoxx 600 Slips on Bank Worries",
    "The Nikkei 225 ended the session flat.",
    "Bull market marks fourth-longest run for S&P 500 stocks",
])
def test_an_index_name_has_no_figure(sentence: str) -> None:
    assert find_numbers(sentence) == []


@pytest.mark.parametrize(("sentence", "figures"), [
    # the figures said of an index are read as before
    ("Nikkei 225 Drops 2%", [(2, "percent")]),
    ("Dow Falls 300 Points", [(300, "point")]),
    ("The FTSE 250 fell 30 points.", [(30, "point")]),
    ("The Nasdaq 100 points lower, traders said.", [(100, "point")]),
    # (a "5-Year Low" is a record level, no span: ``test_a_record_since_is_no_span``)
    ("China's CSI 300 Sinks 2% to 5-Year Low", [(2, "percent")]),
])
def test_figures_said_of_an_index_stay(sentence: str,
                                       figures: list[tuple[float, str]]) -> None:
    assert [(q.low, q.unit) for q in find_numbers(sentence)] == figures


@pytest.mark.parametrize(("sentence", "figures"), [
    # in a Title Case headline a capitalised verb in -s after a name's figure, going on to a
    # change, makes the figure the name's ("Windows 8"), and a bare figure counts no verb
    ("Windows 8 Climbs to 10% Share", [(10, "percent")]),
    ("Sensex 30 Falls 2% on Rate Fears", [(2, "percent")]),
    ("Nearly 300 Flees 2 Towns", [(300, None), (2, "town")]),
    # a conjunction after a figure is nothing counted
    ("Star Wars 7 Because of Too Many Spoilers", [(7, None)]),
    ("Don't Reset All Settings in iOS 8 unless you want to lose your files", []),
    # a camel-case product's figure is its version
    ("Reset All Settings option in iOS 8 deletes iWork files", []),
    ("Many iPhone 6 users complained.", []),
    # near cases that stay: counts in headlines and after products
    ("Chrysler Recalls 25000 Vehicles", [(25000, "vehicle")]),
    ("272 Protesters Have Vanished in Ukraine", [(272, "protester")]),
    ("Top 10 Stocks Up 50% This Year", [(10, "stock"), (50, "percent")]),
    ("The iPhone 6 sold 10 million units.", [(1e7, "unit")]),
    ("The update hit 8 iPhones.", [(8, "iphone")]),
])
def test_headline_verbs_and_product_versions_are_no_count(
        sentence: str, figures: list[tuple[float, str | None]]) -> None:
    assert [(q.low, q.unit) for q in find_numbers(sentence)] == figures


@pytest.mark.parametrize(("sentence", "whole"), [
    # the whole a share is of is the noun after "of", past adjectives, owners and initials
    ("The company will cut 8% of its global workforce.", "workforce"),
    ("It spends 40% Of Its Annual Budget on defence.", "Budget"),
    ("Half of the world's oil passes through the strait.", "oil"),
    ("The party won 52% of the total vote.", "vote"),
    ("Some 10% of an entire generation left.", "generation"),
    ("They hold 20% of new American jobs.", "jobs"),
    ("China buys 30 percent of all imports of soybeans.", "imports"),
    # near cases that stay: the first noun, a state's initials skipped, no "of"
    ("The company will cut 10% of its workforce.", "workforce"),
    ("China takes 30 percent of US steel imports.", "steel"),
    ("It is 5% of the total.", "total"),
    ("Prices rose 20% in May.", None),
])
def test_the_whole_of_a_share(sentence: str, whole: str | None) -> None:
    from embeddings.claims.numbers.wholes import share_whole

    q = find_numbers(sentence)[0]
    assert share_whole(sentence, q.end) == whole


@pytest.mark.parametrize(("a", "b"), [
    # what a user sees: shares of one whole, however many adjectives name it, are one
    # measure, so the figures are disputed
    ("The company will cut 8% of its global workforce.",
     "The company will cut 10% of its workforce."),
    ("The bank will cut 8% of the bank's workforce.", "The bank will cut 10% of its staff."),
    ("The firm will lay off 5 percent of its entire staff.",
     "The firm will lay off 12 percent of its staff."),
])
def test_shares_of_one_whole_named_with_adjectives_are_one_measure(a: str, b: str) -> None:
    from contrastkit import contrast, parsed

    result = contrast(parsed("x", a), parsed("y", b))
    assert "numbers" in {d.kind for d in result.differences if d.conflict}, result.summary


@pytest.mark.parametrize("sentence", [
    # a capitalised number word inside a name is the name's own, no count of one
    "Titanfall's Xbox One Resolution 'Likely to Increase'",
    "Titanfall To Launch At 792p on Xbox One",
    "The launch of 'Titanfall' will push the Xbox One to its limits",
    "Air Force One landed in Berlin on Monday.",
    "Lewis Hamilton expects Formula One drivers to be united against racism.",
    "Prominent Big Ten athletic directors have voiced support for that idea.",
    "The magazine publisher moved its offices to One World Trade Center last year.",
    "Can Microsoft's Titanfall Raise Xbox One Sales?",
    # a camel-case product's figure is its version in a Title Case headline too
    "iPhone 6 Launch Date Leaked",
    "Nasty iOS 8 Bug Could Erase Your iCloud Drive Documents",
])
def test_a_name_number_word_is_no_count(sentence: str) -> None:
    assert find_numbers(sentence) == []


@pytest.mark.parametrize(("sentence", "figures"), [
    # near cases that stay: counts in Title Case headlines and number words that open a
    # sentence or a phrase, follow a verb, a word of grammar or a plural subject, or go on
    # to the plural they count
    ("Dow Falls 300 Points", [(300, "point")]),
    ("Nigeria Kidnapping: 200 Girls Still Missing", [(200, "girl")]),
    ("Nigeria Kidnapping: Two Girls Still Missing", [(2, "girl")]),
    ("Quake Kills 5", [(5, "people")]),
    ("Quake Kills Five", [(5, "people")]),
    ("Two Dead In Crash", [(2, "people")]),
    ("Gunmen Kill Two", [(2, None)]),
    ("Police Arrest One Suspect", [(1, "suspect")]),
    ("Iraqi Army Downs Two British Planes", [(2, "plane")]),
    ("Top Four US Carriers Saw 74500 Flights Grounded", [(4, "carrier"), (74500, "flight")]),
    ("Kim Kardashian Gets One Step Closer", [(1, "step")]),
    ("Titanfall has already helped sell 1 million Xbox One consoles", [(1e6, "console")]),
    ("One person was killed in the shooting.", [(1, "person")]),
    ("Bosnia: Seven underage girls return from school trip", [(7, "girl")]),
    ("Apple Sold 4 iPhones", [(4, "iphone")]),
])
def test_counts_in_title_case_headlines_stay(sentence: str,
                                             figures: list[tuple[float, str | None]]) -> None:
    assert [(q.low, q.unit) for q in find_numbers(sentence)] == figures


@pytest.mark.parametrize(("sentence", "unit"), [
    # the counted noun is the head of a noun compound, its last noun
    ("EU deals blow to two big Russian gas pipeline projects", "project"),
    ("The state will fund three big city bus lines.", "line"),
    ("They opened two new gas fields.", "field"),
    ("The two gas stations closed.", "station"),
    ("It hires 1.5 million foreign college graduate contract workers.", "worker"),
    ("They deployed three police officers.", "officer"),
    ("They sent 500 aid trucks.", "truck"),
    ("They hired 40 oil tankers.", "tanker"),
    # near cases that stay
    ("It costs five million barrels a day.", "barrel"),
    ("injuring 24 others", "people"),
    ("Dow Falls 300 Points", "point"),
    ("The two ads targeting voters ran.", "ads"),
])
def test_the_head_of_a_compound_is_counted(sentence: str, unit: str) -> None:
    assert find_numbers(sentence)[0].unit == unit


def test_two_dozen_stays_a_bare_count() -> None:
    assert [(q.low, q.unit) for q in find_numbers("They found two dozen.")] == [(24, None)]


@pytest.mark.parametrize("sentence", [
    # a record level ("the lowest in five years") tells no span of anything
    "China's CSI 300 Plunges to Five-Year Low",
    "China's CSI 300 Sinks to 5-Year Low as Export Slump Weakens Yuan",
    "American Transit Ridership Hits 57-Year High",
    "LME Copper at Eight-Month Lows on China Demand Fears",
    "Pound drops to one-month lows against euro",
    "Manufacturing jobs have boomed to a more than 20-year high.",
    "The stock hit a 52-week high.",
])
def test_a_record_since_is_no_span(sentence: str) -> None:
    assert find_numbers(sentence) == []


@pytest.mark.parametrize(("sentence", "days"), [
    # near cases that stay spans
    ("Why the Five-Year Anniversary of the Crash Matters", 5 * 365.25),
    ("He served a five-year term.", 5 * 365.25),
    ("She earned a four-year high school diploma.", 4 * 365.25),
    ("Zombie Cat Claws Way Out of Grave Five Days After Being Buried", 5.0),
])
def test_spans_before_other_nouns_stay(sentence: str, days: float) -> None:
    assert [(q.low, q.unit) for q in find_numbers(sentence)] == [(days, "day")]


@pytest.mark.parametrize(("a", "b"), [
    # what a user sees: a record level in words and in figures is no dispute either way
    ("China's CSI 300 Plunges to Five-Year Low", "China's CSI 300 Sinks to 5-Year Low"),
    ("Copper falls to eight-month low on China fears", "Copper at 9-month low on China fears"),
    # and Xbox One is no count disputing another figure
    ("Titanfall To Launch At 792p on Xbox One", "Titanfall ships at 792p on Xbox One"),
])
def test_record_levels_and_names_are_no_number_dispute(a: str, b: str) -> None:
    from contrastkit import contrast, parsed

    result = contrast(parsed("x", a), parsed("y", b))
    assert "numbers" not in {d.kind for d in result.differences if d.conflict}, result.summary


@pytest.mark.parametrize("sentence", [
    # in a Title Case headline a number word after a verb in -s and a word that is no verb
    # (no form in -ing) is a name's: the word in -s is the headline's verb, no plural subject
    "Hamilton Wins Formula One Title",
    "Microsoft Cuts Xbox One Price",
    "Vettel Takes Formula One Lead",
    "Sony Beats Xbox One In November Sales",
    # a figure after a name that opens the headline, before its verb and the verb's object
    "Channel 4 Drops Show After Complaints",
    "Metro 2033 Gets Release Date",
    "Windows 8 Gets Major Update",
    "Boeing 787 Makes First Flight",
    # a product's name in mixed case before a figure is its model
    "Sony Unveils PlayStation 4 Price",
    # a building's number, which one goes on to a plural it cannot count
    "Vogue's Anna Wintour Pissed Off With New 1 World Trade Center Offices, Infested With Rats",
    "Rat problem worsens at One World Trade Center offices of Conde Nast",
])
def test_a_name_number_in_a_title_case_headline_is_no_count(sentence: str) -> None:
    assert find_numbers(sentence) == []


@pytest.mark.parametrize(("sentence", "figures"), [
    # near cases that stay: a count after the headline's verb, before the plural it counts,
    # after a plural subject's verb, a lead or a span, a year opening the headline or after
    # a name with no verb and object after it
    ("Apple Sells 10 Million iPhones", [(1e7, "iphone")]),
    ("Five Killed In Kabul Blast", [(5, "people")]),
    ("Dow Falls 200 Points", [(200, "point")]),
    ("Obama Signs Two Bills", [(2, "bill")]),
    ("Syrian Rebels Kill One Soldier", [(1, "soldier")]),
    ("Rebels Seize One Town Near Aleppo", [(1, "town")]),
    ("American Drops 14000 Flights Due To Storms", [(14000, "flight")]),
    ("Kabul 5 Soldiers Killed", [(5, "soldier")]),
    ("YouTube 100 Videos Removed", [(100, "video")]),
    ("Chelsea 3 Points Clear After Win", [(3, "point")]),
    ("2014 World Cup Draw Held In Brazil", [(2014, None)]),
    ("Euro 2016 Kicks Off In Paris", [(2016, None)]),
    # a building's name going on to a plural a number above one counts, and a word of
    # grammar or a participle, which is no part of a street's name
    ("Two Medical Center Nurses Infected", [(2, "nurse")]),
    ("Two Killed On Main Street", [(2, "people")]),
    ("10 Downing Street said on Monday.", []),
    ("The bank is at 1 First Street in the city.", []),
])
def test_counts_near_names_in_title_case_headlines_stay(
        sentence: str, figures: list[tuple[float, str | None]]) -> None:
    assert [(q.low, q.unit) for q in find_numbers(sentence)] == figures


@pytest.mark.parametrize(("a", "b"), [
    # what a user sees: a name's number disputes no count and agrees with none
    ("Hamilton Wins Formula One Title", "Hamilton wins seven titles"),
    ("Channel 4 Drops Show After Complaints", "Channel 4 drops two shows after complaints"),
    ("Metro 2033 Gets Release Date", "Metro 2033 release date set for March 2010"),
])
def test_name_numbers_in_headlines_are_no_number_difference(a: str, b: str) -> None:
    from contrastkit import contrast, parsed

    result = contrast(parsed("x", a), parsed("y", b))
    assert not {"numbers", "numbers_agree"} & {d.kind for d in result.differences}, \
        result.summary


def test_a_count_in_a_title_case_headline_is_still_disputed() -> None:
    from contrastkit import contrast, parsed

    result = contrast(parsed("x", "Apple Sells 10 Million iPhones"),
                      parsed("y", "Apple sold 12 million iPhones"))
    assert "numbers" in {d.kind for d in result.differences if d.conflict}, result.summary


@pytest.mark.parametrize("sentence", [
    # a model's number before a plural with its own bare verb: the plural is what the model
    # has (its sales, owners, players), no count of them
    "Xbox 360 Sales Slump",
    "Xbox 360 Sales Slump In Europe",
    "Halo 4 Players Report Bugs",
    "Boeing 787 Owners Ground Jets",
    "Nintendo 64 Owners Are Angry",
    # a camel-case product's version wherever the name stands: after a colon, opening the
    # sentence, or with its first letter capitalised there
    "HairGate: iPhone 6 Customers Are Complaining That The Phone Is Ripping Out Their Hair",
    "iPhone 6 users say device pulls out hair",
    "IPhone 6 users are tearing their hair out",
    "iOS 8 bug could delete your iCloud Drive documents",
    # a verb's word after a name's word is the name's ("Apple Watch"), its figure the model's
    "Apple Watch 2 Gets Release Date",
    "Pebble Watch 2 Gets New Price",
    # an item of a list of names split by slashes
    "Titanfall Review (Xbox One / 360 / PC)",
    "Titanfall Out Now On PS4 / 360",
    "Titanfall Review (PS3/360)",
    # a number word and a plural opening a headline before a singular verb: a business
    "Five Guys Opens New Store",
    "Five Guys Opens Its First Store In London",
    "Three Mobile Cuts Prices",
    # a sentence's first word before a figure going on to a singular noun it cannot count
    "Team 5 source: Missing Afghan soldiers found at Canadian border",
])
def test_a_model_or_business_number_is_no_count(sentence: str) -> None:
    assert find_numbers(sentence) == []


@pytest.mark.parametrize(("sentence", "figures"), [
    # near cases that keep their count: after the headline's verb, a plural's verb in its
    # participle or in the plural's form, a count opening the headline, a word in -s before
    # the figure (a team's plural), a figure with a unit, and a hedge opening a sentence
    ("Apple Sells 10 Million iPhones", [(1e7, "iphone")]),
    ("Apple Sold 10 Million iPhone 6 Units", [(1e7, "iphone")]),
    ("Xbox Sales Fall 5%", [(5, "percent")]),
    ("Five Killed In Kabul", [(5, "people")]),
    ("Two Guys Arrested", [(2, "guy")]),
    ("Kabul 5 Soldiers Killed", [(5, "soldier")]),
    ("Chelsea 3 Points Clear After Win", [(3, "point")]),
    ("Jets 3 Players Fail Drug Tests", [(3, "player")]),
    ("Five Men Open Shop", [(5, "man")]),
    ("Three Mobile Phones Explode", [(3, "phone")]),
    ("Two Car Bombs Kill 20 In Baghdad", [(2, "bomb"), (20, None)]),
    ("Fans Watch 2 Games", [(2, "game")]),
    ("Our 2 Sons Are Safe", [(2, "son")]),
    ("Only 3 soldiers remain.", [(3, "soldier")]),
    # a place before the figure is a dateline, not a product with a model number
    ("Iraq 5 Soldiers Kill Gunman In Ambush", [(5, "soldier")]),
    ("Syria 10 Rebels Surrender To Army", [(10, "rebel")]),
    ("Paris 3 Suspects Face Trial", [(3, "suspect")]),
])
def test_counts_near_model_and_business_names_stay(
        sentence: str, figures: list[tuple[float, str | None]]) -> None:
    assert [(q.low, q.unit) for q in find_numbers(sentence)] == figures


@pytest.mark.parametrize("sentence", ["Perhaps 40 fled.", "Only 3 remain.", "Maybe 12 died."])
def test_a_hedge_opening_a_sentence_is_no_name(sentence: str) -> None:
    assert len(find_numbers(sentence)) == 1


@pytest.mark.parametrize(("a", "b"), [
    # what a user sees: a model's, a list's or a business's number agrees with no count
    ("Xbox 360 Sales Slump", "Xbox sales slump after 360 sales in a week"),
    ("Titanfall Review (Xbox One / 360 / PC)", "Titanfall review: 360 reviews and counting"),
    ("Five Guys Opens New Store", "Five Guys opens five new stores"),
    ("HairGate: iPhone 6 Customers Are Complaining That The Phone Is Ripping Out Their Hair",
     "Hairgate: 12 customers complain that the phone rips out hair"),
])
def test_model_and_business_numbers_are_no_number_difference(a: str, b: str) -> None:
    from contrastkit import contrast, parsed

    result = contrast(parsed("x", a), parsed("y", b))
    assert not {"numbers", "numbers_agree"} & {d.kind for d in result.differences}, \
        result.summary
