"""The contrast stage on measures: units, currencies, shares, rates, ratios, results."""

from __future__ import annotations

import pytest
from contrastkit import contrast, kinds, number_kinds, parsed, reported
from figurekit import _figures


@pytest.mark.parametrize(("a", "b", "kind"), [
    # one measure in two units: converted, with the rounding a conversion leaves
    ("Temperatures reached 40C in Madrid.", "Temperatures hit 104F in Madrid.", "numbers_agree"),
    ("Temperatures reached 40C in Madrid.", "Temperatures hit 110F in Madrid.", "numbers"),
    ("The fire burned 10,000 hectares.", "The fire burned 25,000 acres.", "numbers_agree"),
    ("The fire burned 10,000 hectares.", "The fire burned 60,000 acres.", "numbers"),
    ("The river rose 2 metres.", "The river rose six feet.", "numbers_agree"),
    ("The convoy stretched 20 kilometres.", "The convoy stretched 12 miles.", "numbers_agree"),
    # speeds: "240 km/h" is no length of 240 km
    ("The storm made landfall with winds of 150 mph.",
     "The storm hit the coast with winds of 240 km/h.", "numbers_agree"),
    ("The storm made landfall with winds of 150 mph.",
     "The storm hit the coast with winds of 200 km/h.", "numbers"),
    ("Winds reached 130 knots.", "Winds reached 150 miles per hour.", "numbers_agree"),
])
def test_measures_in_other_units_are_compared(a: str, b: str, kind: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert number_kinds(result) == [kind]


@pytest.mark.parametrize(("a", "b", "kind"), [
    # figures one unit of their wording apart are two figures
    ("He was sentenced to 10 years in prison.", "He was jailed for 12 years.", "numbers"),
    ("She was sentenced to three months.", "She received a four-month prison sentence.",
     "numbers"),
    ("The company will cut 12,000 jobs.", "The company is cutting 11,000 jobs.", "numbers"),
    ("Temperatures hit 46C in Seville.", "Temperatures reached 47C in Seville.", "numbers"),
    # what a figure's wording leaves unsaid still meets the other
    ("The siege lasted six weeks.", "The 44-day siege ended.", "numbers_agree"),
    ("The company will cut 12,000 jobs.", "The company is cutting 11,600 jobs.", "numbers_agree"),
    ("100,000 people fled the region.", "98,500 people fled the region.", "numbers_agree"),
])
def test_figures_one_unit_apart_differ(a: str, b: str, kind: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert number_kinds(result) == [kind], (a, b)


def test_one_amount_in_two_currencies_is_told_not_compared() -> None:
    # no rate of exchange is known here: "£100m" / "$120m" is neither a dispute nor agreement
    result = contrast(parsed("x", "United paid £100m for the striker."),
                      parsed("y", "United paid $120m for the striker."))
    assert kinds(result) == ["numbers_units"] and result.relation == "agree"
    assert result.summary == ("Sources give the amount in different currencies, not compared: "
                              "x says £100m, y says $120m.")
    # one currency is compared as ever; two amounts a side are not paired up by guess
    assert kinds(contrast(parsed("x", "United paid £100m for the striker."),
                          parsed("y", "United paid £85m for the striker."))) == ["numbers"]
    result = contrast(parsed("x", "United paid £100m for the striker and €5m in fees."),
                      parsed("y", "United paid $120m for the striker."))
    assert "numbers_units" not in kinds(result)


def test_rate_changes_in_points_are_told_from_levels() -> None:
    # "a quarter point" is a change of 0.25 percentage points, not a share of 25 %
    result = contrast(parsed("x", "The bank raised its key rate by a quarter point to 5.25%."),
                      parsed("y", "The bank raised its key rate by half a point to 5.5%."))
    assert result.relation == "conflict"
    assert ("the change in percentage points: x says a quarter point, y says half a point"
            in result.summary), result.summary
    assert "the percentage: x says 5.25%, y says 5.5%" in result.summary
    result = contrast(parsed("x", "The Fed raised rates by 25 basis points."),
                      parsed("y", "The Fed raised rates by a quarter of a percentage point."))
    assert kinds(result) == ["numbers_agree"] and result.relation == "agree"
    # a change in points and a level in percent are two measures
    result = contrast(parsed("x", "The Fed raised rates by a quarter point."),
                      parsed("y", "The Fed raised rates to 5.25 percent."))
    assert "numbers" not in kinds(result)


@pytest.mark.parametrize(("a", "b", "relation"), [
    ("The match ended 2-1 to Madrid.", "The match ended 2-2.", "conflict"),
    ("The bill passed 52-48 in the Senate.", "The Senate passed the bill 51-49.", "conflict"),
    ("Madrid won 3-0 on Sunday.", "Madrid won the final 3-0.", "agree"),
    # a result is exact: 3-0 is no 3-1, however round 3,000 looks
    ("Madrid beat Chelsea 3-0.", "Madrid won 3-1.", "conflict"),
])
def test_scores_of_one_match_are_compared_exactly(a: str, b: str, relation: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert result.relation == relation, (a, b)
    assert ("numbers" if relation == "conflict" else "numbers_agree") in kinds(result)


@pytest.mark.parametrize(("a", "b"), [
    # the size of a tariff, said after its noun ("tariffs of 25 percent"), and a share of
    # all imports (NewsWCL50)
    ("The confrontation stems from the president's decision in March to slap tariffs of 25 "
     "percent on imported steel and 10 percent on imported aluminum.",
     "That meant the steel tariff covered just 30 percent of all imports, according to Oxford "
     "Economics."),
    ("Canada faces a tariff rate of 25 percent on steel.",
     "Canada supplies 16 percent of US steel imports."),
    ("Workers at the plant were offered a raise of 3% this year.",
     "Only 40% of workers at the plant are union members."),
    # a share of the staff and a change in something else
    ("The bank will cut 8% of its workforce this year.", "The bank's loans grew 10% this year."),
    ("Only 20 percent of the region's exports go to China.",
     "Shipments of the region's steel to China grew 12 percent last year."),
])
def test_a_share_and_a_rate_or_change_of_another_thing_are_two_measures(a: str, b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert "numbers" not in {d.kind for d in result.differences if d.conflict}, b
    assert result.relation != "conflict", b


@pytest.mark.parametrize(("a", "b", "told"), [
    # the same measure on both sides is still disputed, however the size is said
    ("The tariff on steel is 25 percent, the official said.",
     "The tariff on steel is 30 percent, the official said.", "the percentage"),
    ("Tariffs of 25 percent were imposed on steel.", "A 30 percent tariff was imposed on steel.",
     "the percentage"),
    ("The Fed set an interest rate of 5 percent.", "The Fed set an interest rate of 5.5 percent.",
     "the percentage"),
    ("The steel tariff covered 30 percent of imports, analysts said.",
     "The steel tariff covered 40 percent of imports, analysts said.", "the percentage"),
    ("China accounts for 30 percent of US steel imports.",
     "China accounts for 2 percent of US steel imports.", "the percentage"),
    ("The party won a majority of 52 percent in the vote.", "The party won 48 percent of the vote.",
     "the percentage"),
    # a share of the staff, and the staff cut by a share
    ("The bank will cut its workforce by 10% this year.",
     "The bank will cut 8% of its workforce this year.", "the change"),
    # "a rise of 25 percent" is the change "rose 30 percent" is
    ("Sales saw a rise of 25 percent in March.", "Sales rose 30 percent in March.", "the change"),
    ("The company reported an increase of about 12 percent in profit.",
     "Profit rose 15 percent, the company reported.", "the change"),
])
def test_one_measure_said_as_a_size_or_a_share_is_still_disputed(a: str, b: str,
                                                                 told: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    clash = [d for d in result.differences if d.kind == "numbers" and d.conflict]
    assert clash and f"disagree on {told}:" in clash[0].summary, (b, result.summary)


@pytest.mark.parametrize(("a", "b"), [
    # shares of one whole that say two things of it: two groups in it, no dispute
    ("Nearly 70 percent of Americans, including a majority of Republicans, want the United "
     "States to take aggressive action to combat climate change.",
     "52% of American adults say they are sympathetic to those still gathering to protest."),
    ("Anti-vaxxers represent only about 2 percent of American families.",
     "Some 81% of Americans say they favor requiring background checks for gun buyers."),
    # "U.S." before the whole is no word of it: a share of steel imports, no tariff's size
    ("Countries without exemptions will face a 25 percent tariff on steel imports to the U.S.",
     "Germany accounted for about 5 percent of U.S. steel imports last year."),
])
def test_shares_of_one_whole_that_say_two_things_of_it_do_not_disagree(a: str, b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert "numbers" not in {d.kind for d in result.differences if d.conflict}, b


@pytest.mark.parametrize(("a", "b"), [
    ("Seventy percent of Americans want action on climate change, the poll found.",
     "Some 55 percent of Americans want action on climate change, the poll found."),
    ("Germany accounted for 5 percent of U.S. steel imports last year.",
     "Germany accounted for 8 percent of US steel imports last year."),
    ("The bank will cut 8% of its workforce.", "The bank will cut 10% of its staff."),
])
def test_shares_of_one_whole_that_say_one_thing_of_it_still_disagree(a: str, b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert "numbers" in {d.kind for d in result.differences if d.conflict}, b


@pytest.mark.parametrize(("a", "b"), [
    # a change said as a noun is no level: "a drop of 20%" / "stands at 19%"
    ("Support for the party saw a drop of 20% this year.",
     "Support for the party stands at 19% this year."),
    # a share of the vote and the size of a turnout
    ("The party took 41 percent of the vote.", "A 45 percent turnout favoured the party."),
])
def test_a_change_said_as_a_noun_and_a_share_of_another_whole_do_not_disagree(a: str,
                                                                              b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert "numbers" not in {d.kind for d in result.differences if d.conflict}, b


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Orvell reported a first-quarter net loss of 310 million euros.",
     "The company lost 290 million euros in the first quarter, it said.", True),
    ("The death toll from the earthquake rose to 118 on Wednesday, officials said.",
     "The number of people killed in the earthquake has risen to 156, AFAD said.", True),
    # a count of jobs and a share price; the dead and the injured; two years; two counts of
    # participants with nothing else around them in common
    ("But hundreds of participants in the caravan made their way to the border.",
     "Still, caravan organizers escorted some 50 participants along the walkway.", False),
    ("Carmaker Orvell will cut 4,000 jobs in Europe.",
     "Orvell shares fell another 3% after the carmaker announced the cuts.", False),
    ("At least 42 people were killed in the quake.", "More than 900 people were injured.",
     False),
    ("The plant opened in 1998.", "The plant closed in 2004.", False),
])
def test_figures_of_one_measure(a: str, b: str, same: bool) -> None:
    from service.contrast.numbers import one_measure

    assert one_measure(parsed("x", a), parsed("y", b)) is same


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # a magnitude is the quake's, however the unit is written
    ("The 6.9-magnitude quake struck shortly after 4 a.m.",
     "The quake, which the US Geological Survey measured at magnitude 7.0, killed 61 people.",
     True),
    ("The 6.9-magnitude quake struck the province.",
     "A magnitude 6.9 earthquake struck the province.", False),
    # an aftershock is another quake
    ("A 5.2-magnitude aftershock hit the region on Tuesday.",
     "A magnitude 7.1 earthquake struck the region on Monday.", False),
    # how a count is known does not narrow what it counts; what it counts does
    ("The outbreak has grown to 124 confirmed cases.",
     "Health officials reported 132 cases of measles.", True),
    ("The outbreak has grown to 124 suspected cases.",
     "Health officials reported 132 cases of measles.", False),
    # "a few hours" is a span of time
    ("The jury deliberated for two days.", "The jury took only a few hours to reach its verdict.",
     True),
    ("The verdict came after less than two days of deliberations.",
     "The jury took only a few hours to reach its verdict.", False),
])
def test_one_measure_told_in_other_words(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("Leo Vance was handed a 24-month suspension by the anti-doping agency.",
     "Sprinter Leo Vance has been banned for two years after testing positive.", False),
    ("Leo Vance was handed a four-year suspension by the anti-doping agency.",
     "Sprinter Leo Vance has been banned for two years after testing positive.", True),
    ("The club was suspended for 18 months.", "The club received a two-year ban.", True),
])
def test_a_ban_told_as_a_suspension_is_one_duration(a: str, b: str, disputed: bool) -> None:
    # "for two years after testing positive" is how long (and why), not a time after an
    # event; and 24 months are two years, not two years less ten days
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary
    if not disputed:
        (agreed,) = [d for d in result.differences if d.kind == "numbers_agree"]
        assert "duration" in agreed.summary and "overlap" not in agreed.summary, agreed.summary


@pytest.mark.parametrize(("a", "b", "asked"), [
    # a level of one thing, the clause's subject, is one question across a story's clusters
    ("Turnout was 41%, the election commission said.", "Turnout was 38%.", True),
    ("According to the commission, turnout was 41%.", "Voter turnout was 38% on Sunday.", True),
    ("The jobless rate rose to 5.2 percent in May.",
     "The jobless rate rose to 5.4 percent in May, officials said.", True),
    # of two months, of two things, a change, no subject of its own
    ("The jobless rate rose to 5.2 percent in May.",
     "The jobless rate rose to 5.4 percent in June.", False),
    ("Turnout was 41%.", "Halden won 54% of the vote.", False),
    ("Shares rose 5% on Monday.", "Shares rose 3% on Monday.", False),
    ("It was 41% last year.", "It was 38% last year.", False),
    ("Support for the party was 30% in the poll.",
     "Support for the president was 41% in the poll.", False),
])
def test_levels_of_one_thing_answer_one_question(a: str, b: str, asked: bool) -> None:
    """The story view compares figures of claims the clusterer kept apart only where they
    answer one question: "Turnout was 41%" and "Turnout was 38%" do."""
    from service.contrast.numbers import number_differences
    from service.contrast.said import Said

    claims = [reported(source, text, "2026-06-08", cid=i)
              for i, (source, text) in enumerate((("x", a), ("y", b)))]
    found = number_differences([Said(c, c.source) for c in claims], questions_only=True)
    assert any(d.kind == "numbers" for d in found) == asked, found


@pytest.mark.parametrize(("a", "b", "relation", "kind"), [
    # one amount written two ways is no dispute
    ("The startup raised $30 mn in new funding.",
     "The startup raised $30 million in new funding.", "agree", "numbers_agree"),
    ("The fund is worth Rs 1.2 lakh crore.", "The fund is worth Rs 1.2 trillion.", "agree",
     "numbers_agree"),
    ("The chipmaker earned ¥120 billion last year.",
     "The chipmaker earned 120 billion yen last year.", "agree", "numbers_agree"),
    ("The ship carried 5,000 tonnes of grain.", "The ship carried 5,000 metric tons of grain.",
     "agree", "numbers_agree"),
    # Australian dollars are told apart from US ones, neither agreeing nor disputed
    ("The miner paid A$50 million for the mine.", "The miner paid US$33 million for the mine.",
     "agree", "numbers_units"),
    # below zero is no above it
    ("The temperature fell to -5C overnight.", "The temperature fell to 5C overnight.",
     "conflict", "numbers"),
    ("The temperature fell to -5C overnight.",
     "The temperature fell to minus 5 degrees Celsius overnight.", "agree", "numbers_agree"),
    # a model's number is no count
    ("The recall covers the Boeing 737 Max 8.",
     "The recall covers the Boeing 737 Max 9 jets, 40 of them.", "agree", None),
])
def test_figures_in_other_currencies_scales_and_names(a: str, b: str, relation: str,
                                                      kind: str | None) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert result.relation == relation
    assert number_kinds(result) == ([kind] if kind else [])


@pytest.mark.parametrize(("a", "b", "relation", "kind"), [
    # a span or a height in two units is one figure, not its larger part
    ("The runner finished in 2 hours 3 minutes.", "The runner finished in 123 minutes.",
     "agree", "numbers_agree"),
    # a round "2 hours" covers what rounds to it, but not the next hour
    ("The runner finished in 2 hours 3 minutes.", "The runner finished in 2 hours.", "agree",
     "numbers_agree"),
    ("The standoff lasted 12 hours.", "The standoff lasted 13 hours.", "conflict", "numbers"),
    ("The centre is 6ft 11in tall.", "The centre is 211cm tall.", "agree", "numbers_agree"),
    ("He was jailed for three years and six months.", "He was jailed for 42 months.",
     "agree", "numbers_agree"),
    # a crowd's strength counts its people
    ("A 3,000-strong crowd gathered outside parliament.",
     "About 10,000 people gathered outside parliament.", "conflict", "numbers"),
    ("A 3,000-strong crowd gathered outside parliament.",
     "Some 3,000 people gathered outside parliament.", "agree", "numbers_agree"),
    # a unit stuck on the figure is compared as well
    ("The rocket reached an altitude of 100km.", "The rocket reached 150 miles.", "conflict",
     "numbers"),
])
def test_figures_in_two_units_or_with_units_stuck_on(a: str, b: str, relation: str,
                                                     kind: str | None) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert result.relation == relation
    assert number_kinds(result) == ([kind] if kind else [])


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # a rate per day is no total
    ("The virus is infecting 2,000 people a day.", "The virus has infected 45,000 people.",
     False),
    ("The hospital treats 200 patients a day.", "The hospital treated 5,000 patients last month.",
     False),
    ("About 1,000 migrants arrive on the islands every day.",
     "More than 50,000 migrants have arrived on the islands this year.", False),
    # two rates, or two totals, are compared; "a day after" dates a count
    ("About 1,000 migrants arrive on the islands every day.",
     "Some 3,000 migrants arrive on the islands every day.", True),
    ("The virus has infected 45,000 people.", "The virus has infected 60,000 people.", True),
    ("The quake killed 30 people a day after the storm.", "The quake killed 80 people.", True),
    ("The militia killed 300 people in a week.", "The militia killed 450 people.", True),
])
def test_a_rate_per_day_is_no_total(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # one rate under two outlets' names
    ("The unemployment rate held at 4.1%.", "The jobless rate rose to 4.3%.", True),
    ("The central bank raised its benchmark rate to 5.25%.",
     "The bank raised its key rate to 5.5%.", True),
    ("The unemployment rate held at 4.1%.", "The jobless rate held at 4.1 percent.", False),
    # two measures still
    ("Core inflation was 2.8%.", "Headline inflation was 3.2%.", False),
    ("The economy grew 0.4% in the third quarter.",
     "The economy grew at an annualised rate of 1.6% in the third quarter.", False),
])
def test_one_rate_under_two_names(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


@pytest.mark.parametrize(("a", "b", "kind"), [
    # "reduce headcount by 1,150" cuts 1,150 jobs
    ("Norvik plans to shed 1,500 jobs.", "Norvik will reduce headcount by 1,150.", "numbers"),
    ("Norvik plans to shed about 1,200 jobs.", "Norvik will reduce headcount by 1,150.",
     "numbers_agree"),
    ("Norvik plans to hire 1,500 workers.", "Norvik will reduce headcount by 1,150.", None),
    # rates per so many people: per 100,000 however each says it, and no count of cases
    ("The infection rate stands at 14 cases per 100,000 people.",
     "The infection rate has reached 21 cases per 100,000 people.", "numbers"),
    ("The infection rate stands at 14 cases per 100,000 people.",
     "The infection rate is 140 cases per million people.", "numbers_agree"),
    ("The infection rate stands at 14 cases per 100,000 people.",
     "Officials have confirmed 124 cases, a rate of 14 per 100,000 residents.",
     "numbers_agree"),
    ("The region has recorded 14 cases per 100,000 people.",
     "The region has recorded 124 cases.", None),
])
def test_jobs_cut_and_rates_per_people(a: str, b: str, kind: str | None) -> None:
    found = [k for k in kinds(contrast(parsed("x", a), parsed("y", b)))
             if k in ("numbers", "numbers_agree")]
    assert found == ([kind] if kind else []), found


@pytest.mark.parametrize(("a", "b", "kind"), [
    # where a rate rose from is no figure of now: 3.4% disputes the 3.5% it rose to
    ("Inflation rose from 3.1% to 3.5% in October.", "Inflation was 3.4% in October.",
     "numbers"),
    ("Inflation rose from 3.1% to 3.5% in October.",
     "Inflation was 3.5% in October, up from 3.1% in September.", "numbers_agree"),
    ("The company posted a $1.2-billion loss.", "The company posted a loss of $1.2bn.",
     "numbers_agree"),
    ("The Fed raised rates by a quarter point to 5.25%-5.5%.",
     "The Fed lifted its benchmark rate to a range of 5.25% to 5.5%.", "numbers_agree"),
])
def test_levels_ranges_and_amounts_as_business_pages_write_them(a: str, b: str,
                                                                 kind: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert kind in kinds(result) and not ({"numbers", "numbers_agree"} - {kind}) & set(
        kinds(result)), result.summary


@pytest.mark.parametrize(("a", "b", "kind"), [
    # a share of a company's staff, whatever the outlet calls the staff
    ("Norvik said it would cut 8% of its workforce.", "Norvik will cut 10% of its staff.",
     "numbers"),
    ("Norvik said it would cut 8% of its workforce.",
     "Norvik will cut about 8 percent of its employees.", "numbers_agree"),
    # a share of something else is no share of the staff
    ("Norvik said it would cut 8% of its workforce.", "Norvik will cut 10% of its costs.",
     None),
])
def test_a_share_of_the_staff_under_any_name(a: str, b: str, kind: str | None) -> None:
    found = [k for k in kinds(contrast(parsed("x", a), parsed("y", b)))
             if k in ("numbers", "numbers_agree")]
    assert found == ([kind] if kind else []), found


@pytest.mark.parametrize(("a", "b", "kind"), [
    # a ratio is compared with ratios only
    ("Smokers are 2.5 times more likely to die of cancer.",
     "Smokers are three times more likely to die of cancer.", "numbers"),
    ("Smokers are three times more likely to die of cancer.",
     "Smokers are nearly three times as likely to die of cancer.", "numbers_agree"),
    # "three times as many" is no count of three, nor a change in percent
    ("There were three times as many cases this year.", "Three cases were reported.", None),
    ("Cases tripled this year.", "There were three times as many cases this year.", None),
])
def test_ratios_are_compared_with_ratios(a: str, b: str, kind: str | None) -> None:
    found = [k for k in kinds(contrast(parsed("x", a), parsed("y", b)))
             if k.startswith("numbers")]
    assert found == ([kind] if kind else []), found


def test_cents_and_dollars_are_one_amount() -> None:
    result = contrast(parsed("x", "The board raised the dividend by 98 cents a share."),
                      parsed("y", "The board raised the dividend by $0.98 a share."))
    assert "numbers_agree" in kinds(result) and "numbers" not in kinds(result), result.summary


@pytest.mark.parametrize(("a", "b", "kind"), [
    # a loss and a profit of one result: a dispute over which it was, whatever the amounts
    ("The company posted a loss of $20 million for the quarter.",
     "The company posted a profit of $20 million for the quarter.", "numbers"),
    ("Norvik posted a net loss of $90 million for the quarter.",
     "The carmaker reported a profit of $20 million for the quarter.", "numbers"),
    ("The company posted a $20 million loss for the quarter.",
     "The company made a $20 million profit in the quarter.", "numbers"),
    # one loss, told two ways
    ("The company posted a $1.2-billion loss.", "The company posted a loss of $1.2bn.",
     "numbers_agree"),
    # an operating profit and a net loss are two measures of one quarter
    ("Norvik posted an operating profit of $20m in the quarter.",
     "Norvik posted a net loss of $85m in the quarter.", None),
    # an insurer's losses from a storm are what it cost: the damage another outlet tells
    ("The insurer reported $2bn in losses from the storm.", "The storm caused $2bn in damage.",
     "numbers_agree"),
])
def test_a_loss_and_a_profit_are_one_result_of_two_signs(a: str, b: str,
                                                         kind: str | None) -> None:
    found = _figures(contrast(parsed("x", a), parsed("y", b)))
    assert list(found) == ([kind] if kind else []), found


@pytest.mark.parametrize(("a", "b", "relation"), [
    # two measures of one quarter: no words of the result are opposite either
    ("Norvik posted an operating profit of $20m in the quarter.",
     "Norvik posted a net loss of $85m in the quarter.", "agree"),
    ("Acme reported a pre-tax profit for the year.", "Acme reported a net loss for the year.",
     "agree"),
    # one measure, or one unnamed: which way the result went is disputed
    ("Acme reported a profit for the quarter.", "Acme posted a net loss for the quarter.",
     "conflict"),
    ("Acme returned to a net profit in the quarter.", "Acme posted a net loss for the quarter.",
     "conflict"),
])
def test_a_result_is_opposite_only_of_one_measure(a: str, b: str, relation: str) -> None:
    assert contrast(parsed("x", a), parsed("y", b)).relation == relation


def test_a_disputed_result_says_which_side_each_is_on() -> None:
    found = _figures(contrast(parsed("x", "Norvik posted a net loss of $85m for the quarter."),
                              parsed("y", "Norvik reported a profit of $20m for the quarter.")))
    assert "a net loss of $85m" in found["numbers"] and "a profit of $20m" in found["numbers"]
