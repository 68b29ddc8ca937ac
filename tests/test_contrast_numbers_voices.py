"""The contrast stage on whose figure of what: voices, outlets, governments, things, places."""

from __future__ import annotations

import pytest
from contrastkit import claim, contrast, ent, kinds, parsed, qty, reported

from embeddings.types import Claim


def test_one_voice_quoted_with_two_figures_by_two_outlets_is_shown() -> None:
    from embeddings.claims.numbers import find_numbers

    def said(source: str, text: str) -> Claim:
        return claim(source, text, speaker="health ministry", numbers=tuple(find_numbers(text)))

    result = contrast(said("Daily", "At least 12 people have died, the health ministry said."),
                      said("Tribune", "The health ministry said nine people had died."))
    numbers = [d for d in result.differences if d.kind == "numbers"]
    assert result.relation == "conflict" and len(numbers) == 1
    assert "(in Daily)" in numbers[0].summary and "(in Tribune)" in numbers[0].summary


def test_one_voice_reported_alike_by_two_outlets_is_told_as_such() -> None:
    from embeddings.claims.numbers import find_numbers

    def said(source: str, text: str) -> Claim:
        return claim(source, text, speaker="police", numbers=tuple(find_numbers(text)))

    result = contrast(said("Tribune", "Police said the march was peaceful."),
                      said("Post", "The march was peaceful, according to police."))
    assert result.relation == "agree" and result.differences == ()
    assert result.summary == "Only the police make this claim, as Post and Tribune report it."
    # figures that are not one figure, as each outlet gives them; one figure twice is nothing
    result = contrast(said("Tribune", "Police said 38,000 people took part in the march."),
                      said("Post", "Around 40,000 people took part, according to police."))
    assert result.relation == "agree"
    assert [d.kind for d in result.differences] == ["numbers_agree"]
    assert "(in Tribune)" in result.summary and "(in Post)" in result.summary
    result = contrast(said("Tribune", "Police said 35,000 people took part in the march."),
                      said("Post", "About 35,000 people took part, according to police."))
    assert result.differences == ()


def test_voices_giving_one_figure_are_named_together() -> None:
    result = contrast(parsed("Ledger", "The reform raises the retirement age to 64."),
                      parsed("Herald", "The bill lifts the retirement age to 64."),
                      parsed("Post", "The reform raises the retirement age to 65."))
    assert result.relation == "conflict"
    assert "Herald and Ledger say 64, Post says 65" in result.summary, result.summary


@pytest.mark.parametrize(("other", "relation"), [
    ("Violent crime in the city rose 4% last year, not 40%.", "conflict"),
    ("Violent crime in the city rose 4% last year, rather than 40%.", "conflict"),
    # "not" of the verb, the figure stated: the negation is read, not the figure dropped
    ("Violent crime in the city rose nearly 40% last year.", "agree"),
])
def test_a_figure_named_to_be_denied_is_not_stated(other: str, relation: str) -> None:
    result = contrast(
        reported("Post", "Violent crime rose 40% in the city last year.", None, cid=1),
        reported("Checker", other, None, cid=2))
    assert result.relation == relation, result.summary
    if relation == "conflict":  # 4% against 40%, and no "agree on 40%"
        assert result.summary.startswith("Sources disagree"), result.summary
        assert not any(d.kind == "numbers_agree" for d in result.differences)


def test_copies_of_one_voice_change_nothing() -> None:
    """A wire sentence republished under one byline many times: the contrast is the one of
    a single copy (same relation, differences and summary)."""
    a = "The fire killed 29 people, officials said."
    b = "Forty people died in the fire."
    one = claim("outlet-a", a, cid=1, numbers=(qty(a, "29", 29, 29, "people"),))
    other = claim("outlet-b", b, cid=2, numbers=(qty(b, "Forty", 40, 40, "people"),))
    copies = [Claim(article_id=f"copy-{k}", source="outlet-a", text=a, start=0, end=len(a),
                    core=a, numbers=one.numbers, id=100 + k) for k in range(300)]
    single, many = contrast(one, other), contrast(one, other, *copies)
    assert many.relation == single.relation == "conflict"
    assert many.summary == single.summary
    assert [d.kind for d in many.differences] == [d.kind for d in single.differences]
    assert many.differences[0].evidence == single.differences[0].evidence


@pytest.mark.parametrize(("a", "b", "clash"), [
    ("The Brussels summit opens on July 11.", "The Brussels summit opens on July 12.", True),
    # two dates of two events on one story
    ("The Brussels summit opens on July 11.",
     "A decision on the nuclear deal is expected on May 12.", False),
    ("The tariff on steel is 25 percent.", "The tariff on steel is 10 percent.", True),
    # a tariff rate and a rise in imports: two percentages of different things
    ("China will face a 25 percent tariff on steel.", "Imports rose by 15 percent last year.",
     False),
    ("Eleven nations signed the trade pact.", "Two nations signed the trade pact.", True),
    # two years of two events of one story: only who is shared, not what happened
    ("After signing the trade deal in 2015, Brno hid its files.",
     "In 2017 Brno moved its files to a secret site.", False),
    # "the two nations" refers to two known parties; it does not count the pact's members
    ("We have deals with six of the eleven nations in the trade pact.",
     "A trade war would hurt trade between the two nations.", False),
])
def test_figures_disagree_only_where_they_measure_the_same_thing(a: str, b: str,
                                                                 clash: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) is clash, (a, b)


@pytest.mark.parametrize(("a", "b"), [
    # a rate of a tariff and a share of imports are two measures
    ("Countries without exemptions will face a 25 percent tariff on steel imports.",
     "The steel tariff covered just 30 percent of all imports."),
    # how long a delay lasts and how long before a deadline it came
    ("The steel tariffs were delayed for 30 days.",
     "The steel tariffs were delayed less than four hours before the deadline."),
    # two offsets from two events
    ("It will wait another 30 days before deciding on the steel tariffs.",
     "The steel tariffs were delayed four hours before the midnight deadline."),
    # how much support fell and what it fell to
    ("Support for the Labour Party fell to 19%, its lowest since 2011.",
     "Support for the Labour Party fell by 20% compared with the year before."),
    ("Support for the Labour Party stands at 19%.",
     "The poll shows a 20% drop in support for the Labour Party."),
])
def test_figures_of_different_things_do_not_disagree(a: str, b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert "numbers" not in {d.kind for d in result.differences}, b


@pytest.mark.parametrize(("a", "b"), [
    ("The government imposed a 25 percent tariff on steel.",
     "The government imposed a 30 percent tariff on steel."),
    ("The strike came four hours before the midnight deadline.",
     "The strike came ten hours before the midnight deadline."),
    ("The siege of the town lasted six weeks.", "The siege of the town lasted 90 days."),
    ("Support for the Labour Party fell 12% in a year.",
     "Support for the Labour Party fell by 20% compared with the year before."),
    # "quake" is the headline word for an earthquake
    ("The earthquake had a magnitude of 6.8.", "The quake measured 7.1 on the Richter scale."),
])
def test_figures_of_one_thing_still_disagree(a: str, b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert "numbers" in {d.kind for d in result.differences if d.conflict}, b


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # one thing named with another word on each side: two things, two figures
    ("The basic model of the electric car will sell for $35,000.",
     "The premium model of the electric car will sell for $60,000.", False),
    ("Gold prices rose 5% on Monday.", "Silver prices rose 8% on Monday.", False),
    ("First-quarter profit rose to $5 million.", "Second-quarter profit rose to $7 million.",
     False),
    # the same thing, or a name on one side only, or a voice: still a dispute
    ("Oil prices rose 5% on Monday.", "Oil prices rose 8% on Monday.", True),
    ("The Tesla Model 3 will sell for $35,000.", "Tesla's cheapest car will sell for $30,000.",
     True),
    ("Tickets for the final cost 200 euros.", "VIP tickets for the final cost 900 euros.", True),
    ("Local officials said 29 people died in the floods.",
     "Health officials said 32 people died in the floods.", True),
    ("Interior ministry figures show 29 dead in the clashes.",
     "Opposition figures show 40 dead in the clashes.", True),
    ("The sweetener erythritol doubles the risk of heart attack.",
     "People who consume erythritol daily have a 20% higher risk of heart attack.", True),
])
def test_figures_of_two_things_named_alike_are_no_dispute(a: str, b: str,
                                                          disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # what one side asks for and what the other offers are two positions
    ("The union is demanding a 10% pay rise.",
     "The government has offered a 4% pay increase, which the union rejected.", False),
    ("Hamas demanded the release of 1,000 prisoners.", "Israel offered to release 300 "
     "prisoners.", False),
    ("The union is demanding a 10% pay rise.", "Teachers will get a 4% pay rise.", False),
    # two reports of one side's position
    ("The union is demanding a 10% pay rise.", "The union wants a 12% pay rise.", True),
    ("The government has offered a 4% pay increase.", "The government offered a 5% pay rise.",
     True),
    # an offer told without the word is the same offer (an Emergent tuning row)
    ("Robert Plant ripped up an 800 million contract offer to reunite Led Zeppelin.",
     "Robert Plant rips up 300 million contract, refuses to rejoin the band.", True),
])
def test_a_demand_and_an_offer_are_two_figures(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


def test_a_figure_naming_the_sources_is_not_what_they_tell() -> None:
    """"according to three employees" counts who told it, not the jobs cut."""
    cut = reported("x", "Novix is laying off 1,200 employees.", "2026-10-02")
    told = reported("y", "Novix's layoffs are hitting engineering teams, according to three "
                    "employees.", "2026-10-02", speaker="three employees")
    assert "numbers" not in kinds(contrast(cut, told))
    # a figure of what they tell is still compared
    more = reported("y", "Novix is cutting 1,500 jobs, according to three employees.",
                    "2026-10-02", speaker="three employees")
    assert "numbers" in kinds(contrast(cut, more))


def test_a_claim_giving_figures_of_other_things_does_not_hide_a_dispute() -> None:
    """"Reform won 88 of 200 seats" gives no count of polling stations, though its figures
    fall where "dozens" and "at least 200" stations do."""
    from service.contrast.numbers import number_differences
    from service.contrast.said import Said

    claims = [reported("Free Voice", text, "2026-05-11", cid=i) for i, text in enumerate((
        "Varga cited ballot stuffing in at least 200 polling stations.",
        "Independent monitors documented irregularities in dozens of polling stations.",
        "Reform won 41.3% and 88 of 200 seats."))]
    said = [Said(c, f"voice {c.id}") for c in claims]
    found = number_differences(said, questions_only=True)
    assert any("stations" in d.summary for d in found if d.kind == "numbers"), found


def named(source: str, text: str, *names: str) -> Claim:
    """A claim with its figures and the names the extractor would find in an article."""
    from embeddings.claims import find_numbers
    from embeddings.types import Entity

    entities = tuple(Entity(n, text.index(n), text.index(n) + len(n), "NAME") for n in names)
    return claim(source, text, numbers=tuple(find_numbers(text)), entities=entities)


@pytest.mark.parametrize(("a", "names_a", "b", "names_b", "disputed"), [
    # each figure's clause names what it is of, and neither claim names the other's
    ("The Greens won 14%.", ("Greens",), "Reform won 30.8% of the vote.", ("Reform",), False),
    ("Novix shares rose 6% on Monday.", ("Novix",), "Vantec shares rose 2% on Monday.",
     ("Vantec",), False),
    ("Kessin lost 40 homes in the floods.", ("Kessin",), "Valdora lost 25 homes in the floods.",
     ("Valdora",), False),
    # one thing named on both sides, or in both claims: a dispute
    ("Reform won 31% of the vote.", ("Reform",), "Reform won 28% of the vote.", ("Reform",),
     True),
    ("The Greens won 14%, far behind Reform.", ("Greens", "Reform"),
     "Reform won 9% of the vote, ahead of the Greens.", ("Reform", "Greens"), True),
    # the two sides of one deal, said otherwise: its price is disputed
    ("The deal values Helix at $48 per share.", ("Helix",), "Orion will pay $46 a share.",
     ("Orion",), True),
    # who gives a figure is no name of what it is of
    ("Kessler said 12 people were arrested.", ("Kessler",),
     "Holm said 30 people were arrested.", ("Holm",), True),
    ("Varga cited ballot stuffing in at least 200 polling stations.", ("Varga",),
     "Monitors documented irregularities in dozens of polling stations.", (), True),
])
def test_figures_of_two_named_things_are_no_dispute(a: str, names_a: tuple[str, ...], b: str,
                                                    names_b: tuple[str, ...],
                                                    disputed: bool) -> None:
    result = contrast(named("x", a, *names_a), named("y", b, *names_b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


def test_a_name_the_other_claim_also_says_narrows_no_count() -> None:
    """"12 million Linkway customers" / "9 million customers of telecom operator Linkway":
    one count of customers, disputed ("28 league goals" / "31 goals" stay two counts)."""
    result = contrast(named("x", "Data of around 12 million Linkway customers has been put up "
                            "for sale.", "Linkway"),
                      named("y", "Hackers stole the data of 9 million customers of telecom "
                            "operator Linkway.", "Linkway"))
    assert "numbers" in kinds(result), result.summary
    apart = contrast(parsed("x", "Silva scored 28 league goals."),
                     parsed("y", "Silva scored 31 goals."))
    assert "numbers" not in kinds(apart), apart.summary


def placed(source: str, text: str, *places: str) -> Claim:
    from dataclasses import replace

    return replace(parsed(source, text), entities=tuple(ent(text, p) for p in places))


@pytest.mark.parametrize(("a", "places_a", "b", "places_b", "disputed"), [
    # each figure of its own place, and neither claim names the other's
    ("The storm killed 12 people in Texas.", ("Texas",),
     "The storm killed 30 people in Louisiana.", ("Louisiana",), False),
    ("Unemployment rose to 5.1% in France.", ("France",),
     "Unemployment rose to 7.8% in Spain.", ("Spain",), False),
    ("In Gaza, 40 people were killed on Tuesday.", ("Gaza",),
     "In the West Bank, 3 people were killed on Tuesday.", ("West Bank",), False),
    # one place, or a place that says who gives the figure: still a dispute
    ("The storm killed 12 people in Texas.", ("Texas",),
     "The storm killed 30 people in Texas.", ("Texas",), True),
    ("Unemployment rose to 5.1% in France.", ("France",),
     "Unemployment in France rose to 5.8%.", ("France",), True),
    ("Officials in Texas said 30 people died in the storm.", ("Texas",),
     "Officials in Louisiana said 12 people died in the storm.", ("Louisiana",), True),
])
def test_figures_of_two_places_are_no_dispute(a: str, places_a: tuple[str, ...], b: str,
                                              places_b: tuple[str, ...], disputed: bool) -> None:
    result = contrast(placed("x", a, *places_a), placed("y", b, *places_b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


@pytest.mark.parametrize(("told", "voice"), [
    # a government named by its seat and by its leader, where the cluster speaks for one state
    ((("AP", "The White House said the sanctions would take effect on Monday.", "White House"),
      ("Reuters", "The Biden administration said the sanctions would take effect on Monday.",
       "Biden administration")), "the White House"),
    # ... by its place
    ((("AP", "The US administration said the tariffs would be lifted in June.",
       "US administration"),
      ("CNN", "The White House said the tariffs would be lifted in June.", "White House")),
     "the US administration"),
    # ... and by its seat's street number
    ((("Guardian", "No 10 said the pay offer to nurses was final.", "No 10"),
      ("BBC", "The British government said the pay offer to nurses was final.",
       "British government")), "the British government"),
    ((("Times", "Downing Street said the pay offer to nurses was final.", "Downing Street"),
      ("Sky", "Number 10 said the pay offer to nurses was final.", "Number 10")),
     "Downing Street"),
    ((("TASS", "The Kremlin said the talks in Istanbul had failed.", "Kremlin"),
      ("BBC", "The Russian government said the talks in Istanbul had failed.",
       "Russian government")), "the Russian government"),
])
def test_one_government_named_by_its_seat_or_leader_is_one_voice(
        told: tuple[tuple[str, str, str], ...], voice: str) -> None:
    result = contrast(*(claim(source, text, speaker=who) for source, text, who in told))
    assert "speakers" not in kinds(result), result.summary
    assert result.summary.startswith(f"Only {voice} makes this claim"), result.summary


@pytest.mark.parametrize("told", [
    # a leader's administration beside two states' executives, or beside a state named only
    # by its name, could be either's, or the other side's
    (("AP", "The White House said the sanctions would take effect on Monday.", "White House"),
     ("TASS", "The Kremlin said the sanctions would take effect on Monday.", "Kremlin"),
     ("Reuters", "The Biden administration said the sanctions would take effect on Monday.",
      "Biden administration")),
    (("TASS", "Russia said the sanctions would take effect on Monday.", "Russia"),
     ("Reuters", "The Biden administration said the sanctions would take effect on Monday.",
      "Biden administration")),
    # two leaders' administrations are two governments; an untold one says not whose it is
    (("AP", "The Trump administration said the wall would be finished by 2020.",
      "Trump administration"),
     ("CNN", "The Biden administration said the wall would be finished by 2020.",
      "Biden administration"),
     ("Fox", "The White House said the wall would be finished by 2020.", "White House")),
    (("AP", "The administration said the wall would be finished by 2020.", "administration"),
     ("Fox", "The White House said the wall would be finished by 2020.", "White House")),
    # a party's or a group's government is no state's executive
    (("Dawn", "The Pakistani government said talks would resume on Monday.",
      "Pakistani government"),
     ("Tolo", "The Taliban administration said talks would resume on Monday.",
      "Taliban administration")),
])
def test_governments_the_cluster_does_not_tie_to_one_state_stay_apart(
        told: tuple[tuple[str, str, str], ...]) -> None:
    result = contrast(*(claim(source, text, speaker=who) for source, text, who in told))
    assert "speakers" in kinds(result), result.summary


def test_one_government_named_two_ways_still_contradicts_itself_and_its_figures() -> None:
    result = contrast(
        claim("AP", "The White House said it would not impose new tariffs on Canadian steel.",
              speaker="White House"),
        claim("Reuters", "The Biden administration said it would impose new tariffs on "
                         "Canadian steel.", speaker="Biden administration"))
    assert result.relation == "conflict" and "contradiction" in kinds(result), result.summary
    a = "The White House said 40 diplomats would be expelled."
    b = "The Biden administration said 35 diplomats would be expelled."
    result = contrast(claim("AP", a, speaker="White House",
                            numbers=(qty(a, "40", 40, 40, "diplomat"),)),
                      claim("Reuters", b, speaker="Biden administration",
                            numbers=(qty(b, "35", 35, 35, "diplomat"),)))
    assert result.relation == "conflict"
    assert result.summary == ("Sources disagree on the number of diplomats: the White House "
                              "says 40 (in AP) / 35 (in Reuters)."), result.summary


def _articles(*told: tuple[str, str]) -> list[Claim]:
    """The claims the extractor reads in one-sentence articles (source, text), numbered as
    the store numbers them."""
    import dataclasses

    from embeddings.claims import SentenceClaimExtractor
    from embeddings.types import Article

    extractor = SentenceClaimExtractor()
    out: list[Claim] = []
    for i, (source, text) in enumerate(told):
        for c in extractor.extract(Article(id=f"art-{i}", source=source, text=text)):
            out.append(dataclasses.replace(c, id=len(out) + 1))
    return out


@pytest.mark.parametrize(("told", "summary"), [
    # three outlets quote one speaker: not "Sources agree ...: Melania Trump says 120", which
    # reads as several voices (NewsWCL50 had it of "our two nations", no count since: see
    # test_a_pair_named_before_is_no_agreement_on_a_count)
    ((("Fox News", "Melania Trump said 120 students sang at the ceremony."),
      ("USA Today", "\"120 students sang for us at the ceremony,\" Melania Trump said."),
      ("New York Times", "At the ceremony 120 students sang, Melania Trump said."),
      ("Le Monde", "Emmanuel Macron said the friendship between France and America was "
                   "unbreakable.")),
     "Fox News, New York Times and USA Today agree on what Melania Trump says of the number of "
     "students: 120."),
    ((("AP", "Twelve people were killed in the air strike, the health ministry said."),
      ("BBC", "The health ministry said 12 people died in the strike."),
      ("Al Jazeera", "The army said it had targeted a weapons depot.")),
     "AP and BBC agree on what the health ministry says of the number of people who died: "
     "twelve."),
    ((("Reuters", "Inflation rose to 3.1% in March, the statistics office said."),
      ("Bloomberg", "The statistics office said inflation climbed to 3.1% in March."),
      ("FT", "The finance minister said prices were stabilising.")),
     "Bloomberg and Reuters agree on what the statistics office says of the percentage: 3.1%."),
    # an outlet relays another, which says it itself: the relay alone is a second report
    ((("New York Times", "Four people were killed in the shooting."),
      ("HuffPost", "Four people were killed in the shooting, The New York Times reported."),
      ("Reuters", "The gunman opened fire in the shopping mall, police said.")),
     "HuffPost reports what New York Times says of the number of people who died: four."),
    # one voice whose figure the outlets give apart, within what they agree on
    ((("Tribune", "Police said 38,000 people took part in the march."),
      ("Post", "Around 40,000 people took part in the march, according to police.")),
     "Post and Tribune agree on what the police say of the number of people who took part: "
     "around 40,000 (in Post) / 38,000 (in Tribune) (the figures overlap)."),
])
def test_one_voice_agreed_on_by_several_outlets_names_the_outlets(
        told: tuple[tuple[str, str], ...], summary: str) -> None:
    result = contrast(*_articles(*told))
    agreed = [d.summary for d in result.differences if d.kind == "numbers_agree"]
    assert result.relation == "agree" and agreed == [summary], result.summary
    assert result.summary == summary


@pytest.mark.parametrize(("told", "summary"), [
    # two voices: "Sources agree", each voice named
    ((("Fox News", "Melania Trump said 120 students sang at the ceremony."),
      ("USA Today", "Melania Trump said 120 students sang for the guests."),
      ("Le Monde", "Emmanuel Macron said 120 students sang at the ceremony.")),
     "Sources agree on the number of students: Emmanuel Macron and Melania Trump say 120."),
    ((("Ledger", "The reform raises the retirement age to 64, the minister said."),
      ("Herald", "The minister said the bill lifts the retirement age to 64."),
      ("Post", "Marine Le Pen said the reform raises the retirement age to 64.")),
     "Sources agree on the age: Marine Le Pen and the minister say 64."),
    # one voice quoted with two figures is a dispute, told as before
    ((("AP", "Twelve people were killed in the air strike, the health ministry said."),
      ("BBC", "The health ministry said nine people died in the strike."),
      ("Al Jazeera", "The army said it had targeted a weapons depot.")),
     "Sources disagree on the number of people who died: the health ministry says twelve "
     "(in AP) / nine (in BBC)."),
])
def test_agreements_of_several_voices_and_disputes_are_told_as_before(
        told: tuple[tuple[str, str], ...], summary: str) -> None:
    assert contrast(*_articles(*told)).summary == summary
