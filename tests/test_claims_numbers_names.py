"""The claims stage: numbers that count nothing (dates, codes, names, models, headlines)."""

from __future__ import annotations

import pytest
from numberkit import only

from embeddings.claims import find_numbers


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
