"""The claims stage: what a figure counts (the counted noun, plurals, changes, ranges)."""

from __future__ import annotations

import pytest
from numberkit import only

from embeddings.claims import find_numbers


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


def test_number_offsets_point_into_the_article() -> None:
    sentence = "Officials said at least 29 people died."
    q = find_numbers(sentence, offset=100)[0]
    assert (q.start, q.end) == (100 + sentence.index("at least"), 100 + sentence.index(" people"))


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


@pytest.mark.parametrize(("sentence", "unit"), [
    # a word of when counts nothing
    ("The chipmaker earned 120 billion last year.", None),
    ("The index climbed to 50.7 last month.", None),
    # "previous" stands before what is counted
    ("It came after two previous abandoned attempts.", "attempt"),
])
def test_words_of_when_are_no_counted_noun(sentence: str, unit: str | None) -> None:
    assert only(sentence).unit == unit


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


@pytest.mark.parametrize(("sentence", "unit"), [
    # how often something was done counts times, not the people it was done to
    ("He was arrested three times.", "time"),
    ("The council met four times in May.", "time"),
])
def test_how_often_is_a_count_of_times(sentence: str, unit: str) -> None:
    q = next(q for q in find_numbers(sentence) if q.kind == "count")
    assert q.unit == unit


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
    # (a singular noun after an adverb and its adjective is counted: "one particularly radical
    # idea", tests/test_claims_numbers_adjectives_s43.py)
    ("One particularly radical idea is sure to grab attention.", "idea"),
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
