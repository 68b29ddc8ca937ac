"""The contrast stage on what is not asserted: questions, intentions, forecasts, wishes."""

from __future__ import annotations

import pytest
from contrastkit import claim, contrast


@pytest.mark.parametrize(("a", "b"), [
    ("The president wanted the director to investigate the allegations to prove the dossier "
     "was a lie.", "The chief of staff asked about the contents of the dossier."),
    ("Police will check whether the video of the mayor is fake.",
     "A video shows the mayor dancing at the party."),
])
def test_a_falsity_someone_wants_to_find_out_is_no_denial(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "agree", a


def test_questions_asked_are_not_doubts() -> None:
    asked = "The prosecutor has four dozen questions about the mayor's ties to the builder."
    told = "The mayor's ties to the builder go back a decade."
    assert contrast(claim("x", asked), claim("y", told)).relation == "agree"
    doubted = "Engineers questioned whether the crater was caused by a meteorite."
    assert contrast(claim("x", doubted),
                    claim("y", "A meteorite caused the crater.")).relation == "conflict"


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a denied intention disputes what someone says will be done
    ("Reyes did not plan to appeal, according to a family friend.",
     "His lawyer said Reyes would appeal the verdict.", "conflict"),
    ("Reyes did not intend to appeal.", "Reyes would appeal the verdict.", "conflict"),
    # not what could be done, or would be if something else happened
    ("Reyes did not plan to appeal.", "Reyes could appeal the verdict.", "agree"),
    ("The minister did not want to resign.", "The minister would resign if the bill failed.",
     "agree"),
    ("Police did not plan to use tear gas.", "Police said they would use tear gas if needed.",
     "agree"),
])
def test_a_denied_intention_disputes_what_would_be_done(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # what cannot be done is no denial that it is planned or wanted (a NewsWCL50 store
    # had the first as a conflict)
    ("Most scholars agree that the two Koreas can not themselves announce an end to the war.",
     "The two Koreas are discussing plans to announce an end to the war, a newspaper reported.",
     "agree"),
    ("The city can't rebuild the bridge this year.",
     "The city plans to rebuild the bridge this year.", "agree"),
    ("The president cannot run for a third term.",
     "The president wants to run for a third term.", "agree"),
    # one modal on both sides, or what will be done, still disputes it
    ("The company could not pay its debts.", "The company could pay its debts.", "conflict"),
    ("Russia cannot attend the talks.", "Russia can attend the talks.", "conflict"),
    ("Tourists cannot enter the park.", "Tourists can enter the park.", "conflict"),
    ("The president cannot run for a third term.",
     "The president will run for a third term.", "conflict"),
])
def test_what_cannot_be_done_disputes_no_plan_to_do_it(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a forecast denied is no denial that the act came about
    ("The company is not expected to announce layoffs.",
     "The company announced 500 layoffs on Monday.", "agree"),
    ("The talks are not likely to produce a deal.", "The talks produced a deal on Friday.",
     "agree"),
    # the act denied, or the forecast itself disputed, still is
    ("The company did not announce layoffs.", "The company announced 500 layoffs on Monday.",
     "conflict"),
    ("The company is not expected to announce layoffs, analysts said.",
     "Analysts expect the company to announce layoffs.", "conflict"),
])
def test_a_forecast_denied_disputes_no_act(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


def test_what_one_cannot_claim_denies_no_statement() -> None:
    # "can't claim to be pro-life while ..." says what may not be said, not that it was not
    result = contrast(
        claim("blog", "The bishop insisted that the teens can't claim to be pro-life while "
                      "supporting the president."),
        claim("site", "The teens said they were pro-life and supported the president."))
    assert result.relation == "agree", result.summary
    result = contrast(claim("blog", "The minister never said the border would be closed."),
                      claim("site", "The minister said the border would be closed."))
    assert result.relation == "conflict", result.summary


@pytest.mark.parametrize(("a", "b", "relation"), [
    # "no talks are planned" is what "agreed to hold talks" and "scheduled" say will happen
    ("Both sides have agreed to hold talks next week.",
     "No talks are planned, a government spokesman said.", "conflict"),
    ("Talks are scheduled for Monday.", "No talks are planned, a spokesman said.", "conflict"),
    ("The union has scheduled a strike for Monday.", "No strike is planned, the union said.",
     "conflict"),
    # of another thing
    ("Both sides agreed to a ceasefire.", "No talks are planned, a spokesman said.", "agree"),
    ("Both sides have agreed to hold talks next week.", "No agreement was reached at the talks.",
     "agree"),
])
def test_nothing_planned_disputes_what_was_agreed_or_scheduled(a: str, b: str,
                                                              relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # what an inquiry looks into is not claimed by the sentence that names the inquiry
    ("Mueller took over the probe into alleged collusion between the campaign and Russian "
     "officials in May 2017.", "Trump has denied there was any collusion with the Russians.",
     "agree"),
    ("Prosecutors opened an investigation into suspected fraud at the bank.",
     "The bank denied any fraud.", "agree"),
    # a claim made with "allegedly" is still the claim the other side disputes
    ("The senator allegedly took bribes.", "The senator did not take bribes.", "conflict"),
    ("The campaign colluded with Russia, the report said.",
     "Trump has denied there was any collusion with the Russians during the campaign.",
     "conflict"),
])
def test_what_an_inquiry_looks_into_is_not_claimed(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # not done so far / will be done: both can be true
    ("The company has not announced any layoffs.",
     "The company will announce layoffs next week.", "agree"),
    ("The company has yet to decide whether to close the plant.",
     "The company will decide whether to close the plant next month.", "agree"),
    ("The minister has not resigned.", "The minister is expected to resign on Friday.",
     "agree"),
    ("Iran has not yet signed the deal.", "Iran is set to sign the deal this week.", "agree"),
    # a denial of the same future, or of what was done, is still a dispute
    ("The company will not announce layoffs.",
     "The company will announce layoffs next week.", "conflict"),
    ("The company has not announced any layoffs.",
     "The company announced 500 layoffs on Monday.", "conflict"),
    ("The minister has not resigned.", "The minister resigned on Friday.", "conflict"),
])
def test_what_has_not_been_done_yet_may_still_be_done(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # what is called for or sought is not said to exist
    ("There is no ceasefire in Gaza.", "Hamas called for a ceasefire in Gaza.", "agree"),
    ("There has been no peace deal.", "North Korea has long sought a peace deal with the US.",
     "agree"),
    ("The armistice was not a peace treaty.", "China has long favored a peace treaty.",
     "agree"),
    ("The union has not reached a deal with the company.",
     "The union is pushing for a deal with the company.", "agree"),
    # what is said to exist is disputed
    ("There is no ceasefire in Gaza.", "A ceasefire in Gaza took effect on Sunday.",
     "conflict"),
    ("The blast was not a terrorist attack.",
     "Police are treating the blast as a terrorist attack.", "conflict"),
])
def test_what_is_sought_is_not_said_to_exist(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("The company has no plans to cut jobs.", "The company will cut jobs next year."),
    ("The Greens have ruled out joining a coalition.", "The Greens will join a coalition."),
])
def test_a_denied_future_is_still_disputed_by_the_future(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "conflict", (a, b)


@pytest.mark.parametrize(("a", "b"), [
    # what one office holder cannot (or did not) do, another did
    ("The mayor can't veto the budget.", "The governor vetoed the budget."),
    ("The president could not sign the bill.", "The governor signed the bill."),
    ("The mayor cannot veto the ordinance.", "The governor vetoed the ordinance."),
])
def test_two_offices_are_two_actors(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "agree", (a, b)


@pytest.mark.parametrize(("a", "b"), [
    # one office, or an office and its named holder: what cannot be done was done
    ("The governor can't veto the budget.", "The governor vetoed the budget."),
    ("The governor cannot veto the budget.", "Governor Ellison vetoed the budget."),
    ("The mayor could not sign the ordinance.", "The mayor signed the ordinance."),
])
def test_what_one_office_cannot_do_and_did_is_disputed(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", (a, b)
    contra = next(d for d in result.differences if d.kind == "contradiction")
    assert {e["role"] for e in contra.evidence} == {"negates", "asserts"}


@pytest.mark.parametrize(("a", "b"), [
    # what a wanted or supposed thing would do, it does not do yet: no dispute of a denial
    ("Receiving French President Emmanuel Macron for a state visit at the White House, Trump "
     "repeated his criticism of the agreement to freeze Iran's nuclear program, saying it "
     "doesn't address Tehran's missile program or its attempts to foment unrest in the region.",
     "Macron said he wants to pursue a new deal with Iran that would build on the existing "
     "agreement while also limiting Tehran's ballistic missile program and its influence in "
     "the Middle East."),
    ("The union said the contract does not include paid sick leave for seasonal workers.",
     "The union wants a new contract that would include paid sick leave for seasonal workers."),
    ("Lawmakers said the bill does not protect tenants from sudden rent increases.",
     "Housing groups are pushing for a bill that would protect tenants from sudden rent "
     "increases."),
])
def test_what_a_wanted_thing_would_do_does_not_dispute_a_denial(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "agree", (a, b)


@pytest.mark.parametrize(("a", "b"), [
    # said as a fact, or taken as done in what is asked ("why the army shelled")
    ("Trump said the deal doesn't address Tehran's missile program.",
     "Macron said the deal limits Tehran's ballistic missile program."),
    ("The union said the contract does not include paid sick leave for seasonal workers.",
     "The contract includes paid sick leave for seasonal workers, the company said."),
    ("Lawmakers said the bill does not protect tenants from sudden rent increases.",
     "The bill protects tenants from sudden rent increases, housing groups said."),
    ("The army said it did not shell the village near the border.",
     "Villagers want to know why the army shelled the village near the border."),
])
def test_what_is_said_as_a_fact_still_disputes_a_denial(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "conflict", (a, b)


@pytest.mark.parametrize(("a", "b"), [
    # what something seemed to be, which the claim itself takes back, it does not assert
    ("\" We have made no concessions despite some of the media saying that I've made "
     "concessions, \" he said.",
     "It was the second time in two days that he made what appeared to be a significant "
     "concession to the United States but in reality cemented the status quo."),
    ("The company said it did not make any concessions to the union.",
     "The company made what looked like a concession to the union, but in fact it kept every "
     "rule in place."),
    ("The regulator said the bank was not fined over the trading losses.",
     "The bank appeared to be fined over the trading losses, but in reality the penalty was "
     "waived."),
])
def test_an_appearance_taken_back_does_not_dispute_a_denial(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "agree", (a, b)


@pytest.mark.parametrize(("a", "b"), [
    # an appearance left standing, or a "but in fact" about something else
    ("The company said it did not make any concessions to the union.",
     "The company made what looked like a concession to the union on Friday."),
    ("Officials said the ministry did not approve the merger.",
     "The ministry approved the merger on Friday, but in fact the ruling came late."),
])
def test_an_appearance_left_standing_still_disputes_a_denial(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "conflict", (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # what is preferred ("better not", "rather not", "better off not") says nothing of what
    # is the case, so it denies no report of it
    ("Toshiba will split into three companies.",
     "Toshiba is better not together as a company, splitting into three units", "agree"),
    ("The union will strike on Monday.", "The union would rather not strike, its leader says.",
     "agree"),
    ("The club will sell its stadium.",
     "Fans say the club is better off not selling its stadium.", "agree"),
    # a plain "not", and a "not" before "better" itself, still deny
    ("Toshiba will split into three companies.", "Toshiba will not split, its chairman says.",
     "conflict"),
    ("The bank is better off after the merger.", "The bank is not better off after the merger.",
     "conflict"),
])
def test_a_preference_negates_nothing(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a headline's teaser tells the story as a surprise: the reader "won't believe" it, "will
    # never guess" it; nobody says it did not happen
    ("A retired teacher gave her lottery winnings to her students.",
     "You won't believe what this retired teacher did with her lottery winnings", "agree"),
    ("A grandmother spent her lottery win on a bus for her village.",
     "You'll Never Guess How This Grandmother Spent Her Lottery Win", "agree"),
    ("A puppy saw snow for the first time.",
     "You Won't Believe This Puppy's Reaction To Snow", "agree"),
    ("A waiter gave a huge tip to a children's charity.",
     "You can't imagine what this waiter did with a huge tip", "agree"),
    ("A waiter gave a huge tip to a children's charity.",
     "No one expected what this waiter did with a huge tip", "agree"),
    # a doubt of someone named, and a plain denial, still dispute the report
    ("The mayor will resign.", "Residents do not believe the mayor will resign.", "conflict"),
    ("A retired teacher gave her lottery winnings to her students.",
     "The retired teacher did not give her lottery winnings to her students.", "conflict"),
])
def test_a_headline_teaser_denies_nothing(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)
