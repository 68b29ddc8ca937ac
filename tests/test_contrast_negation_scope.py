"""The contrast stage on negated verbs and clauses: what a negation denies, and of whom."""

from __future__ import annotations

import pytest
from contrastkit import claim, contrast, kinds


def test_a_negated_pole_is_one_finding() -> None:
    result = contrast(claim("wire", "The two aides pleaded guilty to the charges."),
                      claim("paper", "The two aides pleaded not guilty to the charges."))
    (contra,) = [d for d in result.differences if d.kind == "contradiction"]
    assert contra.summary.count("“") == 2, contra.summary  # "not guilty" vs "guilty", once


@pytest.mark.parametrize(("a", "b", "relation"), [
    ("The chief executive knew about the fraud.",
     "The chief executive had no knowledge of the fraud, his lawyer said.", "conflict"),
    ("The carmaker knew the airbags were faulty.",
     "The carmaker insists it was unaware the airbags were faulty.", "conflict"),
    # another person's ignorance; knowing and not telling
    ("The chief executive knew about the fraud.",
     "The chief executive knew about the fraud; the auditors were unaware of it.", "agree"),
    ("The chief executive knew about the fraud.",
     "The chief executive knew about the fraud but did not report it.", "agree"),
])
def test_knowing_and_not_knowing_of_one_person(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, b


def test_title_case_negation_meets_the_assertion() -> None:
    a = "The street artist was arrested in London."
    b = "Everybody Relax, The Street Artist Wasn't Arrested"
    assert contrast(claim("x", a), claim("y", b)).relation == "conflict"


def test_negated_predicate_contradicts_the_assertion() -> None:
    a = "The ambassadors did not attend the ceremony."
    b = "The ambassadors attended the ceremony."
    result = contrast(claim("x", a), claim("y", b))
    contra = next(d for d in result.differences if d.kind == "contradiction")
    # the negation from its cue; the other side's clause whole, for a reader to see
    assert {e["text"] for e in contra.evidence} == {"not attend",
                                                     "The ambassadors attended the ceremony"}


def test_unrelated_negation_is_not_a_contradiction() -> None:
    a = "The ambassadors did not attend the ceremony."
    b = "The foreign ministry condemned the ambassadors over the ceremony."
    result = contrast(claim("x", a), claim("y", b))
    assert result.relation == "agree"
    assert "contradiction" not in kinds(result)


@pytest.mark.parametrize(("a", "b"), [
    # only the head word is shared: two statements about one investigation, not one disputed
    ("Trump asked the director to say publicly that he is not under investigation.",
     "The director said Trump asked him to drop the investigation into his adviser."),
    # two moments of one conversation: nothing of the negated clause but its verb
    ("I did not reply, or even nod, the director wrote.",
     "“I replied that he would always get honesty from me,” the director wrote."),
    # "in return" is an idiom of two words, not a return the other side states
    ("The president endorsed a peace treaty with the North, and they offered nothing in "
     "return.",
     "Seoul wants a deal in which the North gives up its weapons in return for a security "
     "guarantee."),
])
def test_a_negated_word_alone_is_not_a_contradiction(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "agree", a


@pytest.mark.parametrize(("a", "b"), [
    ("The ambassador did not attend the ceremony in Shusha.",
     "The ambassador attended a ceremony on Saturday."),
    # what is denied is that there is such a thing: the thing is the whole statement
    ("There is no band playing.", "A band is playing on a stage."),
    # the negated clause restates one clause of a claim that goes on to say more
    ("Police did not use tear gas, the spokesman said.",
     "Police fired tear gas and used batons to break up the peaceful march, witnesses said."),
])
def test_a_negated_clause_that_shares_more_than_its_verb_contradicts(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "conflict", a


def test_negation_in_another_clause_is_not_a_contradiction() -> None:
    a = "Talks were not held in Geneva, but the ministers met in Moscow."
    b = "The ministers met in Moscow."
    assert contrast(claim("x", a), claim("y", b)).relation == "agree"


@pytest.mark.parametrize(("a", "b", "relation"), [
    # "no evidence that X" denies X
    ("There is no evidence that the vaccine causes infertility, the agency said.",
     "The vaccine causes infertility, the activist claimed.", "conflict"),
    ("Observers found no evidence of fraud in the vote.",
     "The vote was marred by fraud, the opposition said.", "conflict"),
    ("Observers found no evidence of fraud in the vote.", "Turnout was high in the vote.",
     "agree"),
    # "not ... until" says when, not whether
    ("The plant will not close until March.", "The plant will close in March.", "agree"),
    # opposites: who won, whether it was meant
    ("The government won the vote by 310 to 290.", "The government lost the vote.",
     "conflict"),
    ("The rebels won the battle.", "The army lost the battle.", "agree"),
    ("The fire was started deliberately, police said.",
     "The fire was an accident, the fire service said.", "conflict"),
    # a "no" answering the sentence's own question, or taking back what it said
    ("Stadium deal for the Rovers ahead? No, says the league commissioner.",
     "The league will approve a stadium deal for the Rovers next year.", "conflict"),
    ("Stadium deal for the Rovers ahead? Yes, says the league commissioner.",
     "The league will approve a stadium deal for the Rovers next year.", "agree"),
    ("The actor was one of the airport heroes who tackled the attacker, no he wasn't.",
     "The actor helped the airport heroes tackle the attacker.", "conflict"),
    ("Was the actor one of the airport heroes? No one knows.",
     "The actor helped the airport heroes tackle the attacker.", "agree"),
])
def test_denials_and_opposites_of_news_wording(a: str, b: str, relation: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == relation, (a, b)


def test_a_negated_clause_sharing_only_the_story_with_one_clause_is_no_contradiction() -> None:
    # the other claim's clause shares the police and the gas, but says something else of them
    a = "Police did not use tear gas."
    b = "Police said a gas leak forced the evacuation of the square, and the march ended."
    assert contrast(claim("x", a), claim("y", b)).relation == "agree"
    # a relative clause restating the negated clause's object is no clause of its own
    a = "Trump insisted he wouldn't cut any of these social-insurance programs."
    b = ("Team Trump decided to consider changes that would have dramatic effects on those "
         "who rely on the social-insurance programs.")
    assert contrast(claim("x", a, speaker="Trump"), claim("y", b)).relation == "agree"


@pytest.mark.parametrize(("report", "negated"), [
    # the negated predicate is worded differently from the report's
    ("The mayor approved the stadium deal on Monday.",
     "Mayor Did Not Personally Sign The Stadium Deal"),
    ("The league will announce its expansion to Portland next year.",
     "No, the league expansion to Portland is not happening"),
    # the answer to a question headline negates the question
    ("The league will announce its expansion to Portland next year.",
     "League Expansion To Portland Ahead? No, Says Commissioner"),
])
def test_a_negated_restatement_contradicts_the_report(report: str, negated: str) -> None:
    result = contrast(claim("wire", report), claim("site", negated))
    assert result.relation == "conflict", negated
    contra = next(d for d in result.differences if d.kind == "contradiction")
    assert {e["role"] for e in contra.evidence} == {"negates", "asserts"}


@pytest.mark.parametrize(("a", "b"), [
    # a negation inside a phrase, not the clause's statement
    ("A farmer sold his land out of frustration with not finding buyers for his crop.",
     "Farmer sells land after years of poor harvests"),
    # "no idea": unaware, not a denial
    ("Plumber Has No Idea How His Truck Ended Up In Syria",
     "A plumber's truck is being used by fighters in Syria."),
    # negated, "hide" asserts
    ("Paris does not hide its support for the treaty.", "France has long supported the treaty."),
    # after a preposition "not" negates a phrase, even where the other side uses its verb
    ("Doctors are being executed for not harvesting organs, the envoy said.",
     "The group is harvesting human organs to fund its operations."),
    # "without the man's knowledge" negates the knowledge, not the man
    ("He gave a homeless man money and filmed him without the man's knowledge.",
     "A YouTuber gave a homeless man money and filmed how the man spent it."),
])
def test_negations_that_deny_nothing_said_are_no_conflict(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "agree", a


def test_double_negation_is_an_assertion() -> None:
    a = "It is not true that the army did not withdraw."
    b = "The army withdrew."
    assert contrast(claim("x", a), claim("y", b)).relation == "agree"


@pytest.mark.parametrize(("a", "b", "relation"), [
    # irregular forms and one event's two words meet the negation
    ("Hundreds fled the town after the attack", "Residents did not flee the town", "conflict"),
    ("The hacker stole 2 million passwords", "No passwords were stolen, the firm said",
     "conflict"),
    ("The striker was arrested after the match", "Police say the striker was not detained",
     "conflict"),
    ("The minister resigned on Friday", "Minister has not quit, spokesman insists", "conflict"),
    # "nobody" is the subject: the verb after it is what is denied
    ("Villagers saw a UFO over the lake", "Nobody saw a UFO, police say", "conflict"),
    # a denied doer: "not the man who rescued" denies that he rescued
    ("The actor rescued a child from the river",
     "The actor was not the man who rescued the child", "conflict"),
    ("The actor rescued a child from the river",
     "The actor was not the only man who rescued a child from the river", "agree"),
    ("The striker scored twice in the final",
     "It was not the first time that the striker scored twice in a final", "agree"),
    ("The plant was shelled again on Sunday",
     "It is not the first time the plant has been shelled", "agree"),
    # the same verb done to another thing
    ("The team won the match on Sunday",
     "The team did not win the title, despite winning the match on Sunday", "agree"),
    ("The minister quit the party in 2019", "The minister did not resign from the cabinet",
     "agree"),
    # a light verb's meaning is its object's: "did not make sense" / "was made in a lab"
    ("The virus was made in a lab", "It did not make any sense that the virus was a weapon",
     "agree"),
    ("The army took control of the port", "The army has not taken control of the port",
     "conflict"),
    # where, not what: the place is no other object
    ("Four dogs are playing in a field", "Four dogs are not playing in a grassy area",
     "conflict"),
    # bounded in time: it happened outside the span
    ("The senator met the ambassador in May",
     "The senator has not met the ambassador since May", "agree"),
    # a restrictive relative clause's negation stops before the main verb
    ("A man who had not been seen for years was found alive",
     "A man missing for years was found alive", "agree"),
])
def test_what_a_negation_denies(a: str, b: str, relation: str) -> None:
    assert contrast(claim("x", a, speaker="Wire"), claim("y", b, speaker="Paper")).relation \
        == relation


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a negation disputes a claim only of its own subject: one kind of thing set apart by a
    # word, or two names
    ("Oil prices did not rise on Monday.", "Gold prices rose on Monday.", "agree"),
    ("The Senate did not pass the bill.", "The House passed the bill.", "agree"),
    ("Exports of wheat did not fall.", "Exports of corn fell.", "agree"),
    # one subject, said with a word more or under another name of its side
    ("Prices did not rise on Monday.", "Gold prices rose on Monday.", "conflict"),
    ("The Senate did not pass the bill.", "The Senate passed the bill on Tuesday.", "conflict"),
    ("Hamas did not fire rockets at Israel.", "Hamas fighters fired rockets at Israel.",
     "conflict"),
    ("Beijing did not ram the vessels.", "China rammed the vessels.", "conflict"),
    ("The talks ended without progress.", "The talks made some progress.", "conflict"),
    # one thing under two heads, and one person named in a Title Case headline
    ("RoboCop-style robots are not patrolling the campus.",
     "Robot security guards are patrolling the campus.", "conflict"),
    ("Relax, Everyone: Rowan Vale Wasn't Arrested", "Street artist Rowan Vale was arrested.",
     "conflict"),
    ("Everyone chill Banksy has NOT been arrested", "Anonymous street artist Banksy was arrested",
     "conflict"),
    # a name set apart by another name
    ("North Korea did not test a missile.", "South Korea tested a missile.", "agree"),
])
def test_a_negation_disputes_only_its_own_subject(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # to fire, drop or deploy a thing is to use it: "did not use" is denied by any of them
    ("Officers did not use tear gas, the spokesman added.",
     "Riot police fired tear gas at marchers outside parliament.", "conflict"),
    ("The army never used barrel bombs, the ministry said.",
     "Helicopters dropped barrel bombs on the market.", "conflict"),
    # another thing used, a use that may come, another act on another thing
    ("Police did not use tear gas.", "Police fired rubber bullets at the crowd.", "agree"),
    ("Police did not use force.", "Police could use force if needed.", "agree"),
    ("Police did not use tear gas.", "Protesters threw stones at police.", "agree"),
])
def test_an_act_of_using_a_thing_denies_that_it_was_not_used(a: str, b: str,
                                                             relation: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == relation, result.summary
    if relation == "conflict":
        assert "contradiction" in kinds(result), result.summary


@pytest.mark.parametrize(("a", "b", "relation"), [
    # the act denied of any one of a kind is denied of the one named
    ("The senator has not endorsed any candidate.", "The senator endorsed Smith on Monday.",
     "conflict"),
    ("The envoy did not meet any officials.", "The envoy met Foreign Minister Lavrov.",
     "conflict"),
    # of a thing of another kind, unnamed, it says nothing
    ("The hackers did not steal any data.", "The hackers stole two cars.", "agree"),
    ("The senator has not endorsed any candidate.", "The senator endorsed the bill.", "agree"),
])
def test_an_act_denied_of_any_one_is_denied_of_the_one_named(a: str, b: str,
                                                            relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a part in a thing denied is disputed by the part told, not by a view of the thing
    ("The government denied any involvement in the attack.",
     "Government agents carried out the attack.", "conflict"),
    ("The government denied any involvement in the attack.",
     "The government condemned the attack.", "agree"),
    ("Russia denied any role in the coup.", "Russia welcomed the coup.", "agree"),
])
def test_a_part_denied_is_not_disputed_by_a_view_of_the_thing(a: str, b: str,
                                                             relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # another office's holder, another place, another thing done to: no dispute
    ("The president did not attend the summit, sending his deputy instead.",
     "The vice president attended the summit.", "agree"),
    ("The minister did not sign the decree.", "The deputy minister signed the decree.",
     "agree"),
    ("The drug is not approved in Europe.", "The drug was approved in the US last year.",
     "agree"),
    ("The bill did not pass the Senate.", "The bill passed the House.", "agree"),
    # the same holder, place and thing still dispute it
    ("The vice president did not attend the summit.", "The vice president attended the summit.",
     "conflict"),
    ("The drug is not approved in the US.", "The drug was approved in the US last year.",
     "conflict"),
    ("The bill did not pass the Senate.", "The bill passed the Senate on Friday.", "conflict"),
    # one girl, told by what she wears and what she is in (a SICK contradiction)
    ("A girl in a uniform is not playing the flute with a marching band",
     "A girl in a band is playing the flute", "conflict"),
    # the thing named inside what is denied is the one thing (a SICK contradiction)
    ("The woman is not poking holes in the potato.", "The woman is poking a potato.",
     "conflict"),
])
def test_a_negation_of_another_holder_place_or_thing_disputes_nothing(a: str, b: str,
                                                                     relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # one act told in another verb for it, done to the same thing
    ("The drug did not reduce deaths in the trial.", "The drug cut deaths by 30% in the trial.",
     "conflict"),
    ("The government did not raise taxes.", "The government hiked taxes on fuel.", "conflict"),
    ("The company did not buy the stake.", "The company acquired the stake for $2 billion.",
     "conflict"),
    # done to another thing, or at another time, it disputes nothing
    ("The drug did not reduce hospital stays.", "The drug cut deaths by 30%.", "agree"),
    ("The bank did not cut rates.", "The bank lowered its growth forecast.", "agree"),
    ("The bank did not cut rates in March.", "The bank lowered rates in June.", "agree"),
])
def test_an_act_denied_is_disputed_in_another_verb_for_it(a: str, b: str,
                                                         relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # ", which Trump denies" denies the clause "which" follows, from its "that" / "whether"
    ("But there is no indication whether Trump is now an official suspect of the probe, or "
     "that Mueller has found evidence of active collusion with the Russians, which Trump "
     "vehemently denies.", "Mueller took over the federal probe into the campaign's ties with "
     "Russian officials in May 2017.", "agree"),
    ("Mueller found evidence of collusion with Russia, which Trump denies.",
     "Mueller found evidence of collusion with Russia, the report said.", "conflict"),
])
def test_what_which_denies_is_the_clause_it_follows(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b"), [
    # taken away on both sides, the negation is what differs
    ("The patient is not out of danger.", "The patient is out of danger."),
    ("No residents lost their homes in the flood.",
     "Dozens of residents lost their homes in the flood."),
    ("The company has not stopped production at the plant.",
     "The company stopped production at the plant."),
    # "not yet" before a copula's state
    ("The talks are not yet over.", "The talks are over."),
])
def test_a_negated_loss_still_contradicts_the_loss(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "conflict", b


@pytest.mark.parametrize(("a", "b", "relation"), [
    # what was not done in one place or at one time was done in another: no dispute
    ("The two leaders did not meet in Vienna.", "The two leaders met in Geneva.", "agree"),
    ("The two leaders did not meet in Vienna.",
     "The two leaders met in Geneva instead of Vienna.", "agree"),
    ("The two leaders did not meet on Monday.", "The two leaders met on Tuesday.", "agree"),
    ("The band did not play in Paris.", "The band played in Lyon on Friday.", "agree"),
    # the same place, or none named on one side, still disputes it
    ("The band did not play in Paris.", "The band played in Paris on Friday.", "conflict"),
    ("The minister did not speak at the summit in Oslo.",
     "The minister spoke at the summit in Oslo.", "conflict"),
    ("Senator Ellis did not attend the budget hearing.",
     "Senator Ellis attended the budget hearing on Monday.", "conflict"),
])
def test_a_negation_of_one_place_or_time_and_an_act_in_another(a: str, b: str,
                                                                relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, b


@pytest.mark.parametrize(("a", "b"), [
    # nobody at all: the other side's one man is one of them
    ("Police have not detained anyone, a police spokesman said.",
     "Police detained a 43-year-old man on suspicion of arson."),
    ("Investigators did not question anybody about the fire.",
     "Investigators questioned the owner about the fire."),
    # an act told as the noun a verb of doing takes: that any was done is denied
    ("No arrests have been made, police said.", "Police arrested two men on Sunday."),
    ("No raids were carried out in the camp, the army said.", "Soldiers raided the camp."),
])
def test_a_negation_of_any_one_at_all_denies_the_act_done_to_one(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "conflict", b


@pytest.mark.parametrize(("a", "b"), [
    ("No arrests have been made.", "Police have made no arrests."),
    ("Police have not detained anyone.", "Nobody has been detained, police said."),
    ("No payments were made to the hackers.", "The city did not pay the hackers."),
    # what may not be done is no denial that it was (a stored NewsWCL50 cluster)
    ("Trump can't pardon anybody in a civil case.",
     "The governor pardoned two men on Friday."),
    ("Police cannot detain anyone without a warrant.", "Police detained a man."),
])
def test_two_negations_of_any_one_at_all_agree_and_a_modal_denies_nothing(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "agree", b


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a negated verb of holding back says the thing was said plainly
    ("Trump did not hold back his criticism of the Iran deal.",
     "Trump criticised the Iran deal.", "agree"),
    ("The senator did not shy away from attacking the bill.", "The senator attacked the bill.",
     "agree"),
    ("The minister didn't mince words about the budget cuts.",
     "The minister criticised the budget cuts.", "agree"),
    ("The government did not refrain from criticising the court ruling.",
     "The government criticised the court ruling.", "agree"),
    ("President Trump did not restrain giving his opinion about the Iran deal.",
     "Macron tried to persuade Trump to stay in the Iran deal.", "agree"),
    # "hold" without "back" is a plain negation
    ("The two sides did not hold talks on Monday.", "The two sides held talks on Monday.",
     "conflict"),
    # the other term of a comparison is not asserted
    ("Any agreement is better than no agreement.",
     "The two sides reached an agreement on Friday.", "agree"),
    ("No agreement was reached on Friday.", "The two sides reached an agreement on Friday.",
     "conflict"),
])
def test_negations_that_say_something_was_done(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b"), [
    # a denied whole leaves room for some: the other side names some, not all
    ("Buyer Beware: A Bull Market Doesn't Lift All Stocks",
     "The 10 Best Stocks of the Bull Market"),
    ("Not every school in the district reopened on Monday.",
     "Three schools in the district reopened on Monday."),
    ("The storm did not destroy all of the houses in the village.",
     "The storm destroyed dozens of houses in the village."),
    ("Not all of the passengers were rescued.",
     "The coast guard rescued 40 of the passengers."),
    # a denied habit leaves room for once
    ("Mr. Lee said lenders do not usually raise interest rates for small business borrowers "
     "in a downturn.",
     "Lenders raised interest rates for small business borrowers last week, the bank said."),
    ("Analysts noted that the league does not always suspend players for a first offense.",
     "The league suspended two players for a first offense on Tuesday."),
    ("\" The reason why we don't often get a full - blown state visit by a president of the "
     "United States, I think, is that it's four days, \" Mr. Westmacott said.",
     "Trump's visit will fall short of the full - blown \" state visit \", which sparked "
     "outrage when it was suggested last year."),
])
def test_a_denied_whole_or_habit_is_not_disputed_by_some_or_once(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "agree", (a, b)


@pytest.mark.parametrize(("a", "b"), [
    # the other side says the whole, or the habit, itself
    ("Not all stocks rose on Friday.", "All stocks rose on Friday."),
    ("Not every school in the district reopened on Monday.",
     "Every school in the district reopened on Monday."),
    ("Lenders do not usually raise interest rates for small business borrowers in a downturn.",
     "Lenders usually raise interest rates for small business borrowers in a downturn."),
    # "at all" counts no whole; a degree denied ("not fully") is disputed by the plain state
    ("The storm did not destroy the houses in the village at all.",
     "The storm destroyed the houses in the village."),
    ("Power was not fully restored in the city.", "Power was restored in the city."),
    # the whole named: "the houses" are all of them
    ("The storm did not destroy all of the houses in the village.",
     "The storm destroyed the houses in the village."),
])
def test_a_denied_whole_is_disputed_by_the_whole(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", (a, b)
    assert any(d.kind == "contradiction" for d in result.differences)


@pytest.mark.parametrize(("a", "b"), [
    # a clause of its own after "as", "after", "before" is asserted, not negated: what it
    # shares with the other side is no restatement of the denial
    ("The assurance from Comey that Trump was not being investigated seemed to have weighed "
     "on the president's mind as Michael Flynn was fired as national security adviser after "
     "misleading Vice President Mike Pence about contacts with the Russian envoy to the U.S.",
     "President Trump spoke in intimate and candid terms to the former F.B.I. director James "
     "Comey about some of the most sensitive matters before the agency, including the "
     "investigation into Michael T. Flynn, the president's first national security adviser."),
    ("Officials said the strike did not end after the union leaders had met with the mayor.",
     "The union leaders met with the mayor on Monday."),
    ("Local reports said the bridge was not damaged before the floodwaters had reached the "
     "old town.", "The floodwaters reached the old town on Sunday."),
])
def test_a_clause_after_the_negated_one_is_not_denied(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "agree", (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("The vaccine did not work as the engineers had hoped.",
     "The vaccine worked as the engineers had hoped."),
    ("The army was not involved as the rebels were driven out of the city.",
     "The army was involved as the rebels were driven out of the city."),
    ("The bridge was not damaged before the floodwaters reached the old town.",
     "The bridge was damaged before the floodwaters reached the old town."),
    ("The ambassadors did not attend the ceremony as the president had requested.",
     "The ambassadors attended the ceremony."),
])
def test_the_negated_clause_before_another_is_still_disputed(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "conflict", (a, b)


@pytest.mark.parametrize(("a", "b"), [
    # whom a passive denial is of, and whom the other side says the act was done to
    ("Police said Ahmed was not arrested at the scene.",
     "The arrest of Hassan at the scene was confirmed by police."),
    ("Prosecutors said Smith was not charged in the fraud case.",
     "The charges against Jones in the fraud case were filed on Monday."),
    ("Officials said Khan was not detained by border agents.",
     "The detention of Malik by border agents drew protests."),
])
def test_an_act_denied_of_one_person_and_done_to_another_is_no_dispute(a: str,
                                                                       b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "agree", (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Police said Ahmed was not arrested at the scene.", "Police arrested Ahmed at the scene."),
    ("Police said Ahmed was not arrested at the scene.",
     "The arrest of Ahmed at the scene was confirmed by police."),
    ("Prosecutors said Smith was not charged in the fraud case.",
     "The charges against Smith in the fraud case were filed on Monday."),
    ("Officials said Mayor Diaz was not investigated by the ethics commission.",
     "The ethics commission opened an investigation into Mayor Diaz."),
])
def test_an_act_denied_of_one_person_and_done_to_them_is_disputed(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", (a, b)
    assert any(d.kind == "contradiction" for d in result.differences)
