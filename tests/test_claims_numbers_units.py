"""The claims stage: figures with units (money, shares, rates, ratios, ages, spans, degrees)."""

from __future__ import annotations

import pytest
from numberkit import only

from embeddings.claims import find_numbers
from embeddings.types import Claim
from service.contrast.intervals import overlap


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
    # a weight is no currency: a pound hyphened before its noun weighs it
    ("She bought a 10-pound turkey.", [(10.0, 10.0, "measure", "lb")]),
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
