"""The contrast stage on contradiction: negations, denials, and what they deny."""

from __future__ import annotations

import dataclasses

import pytest
from contrastkit import claim, contrast, kinds


def test_a_denial_is_a_contradiction() -> None:
    a = "The minister told lawmakers that troops would cross the border within weeks."
    b = "This is an incorrect statement and does not reflect what the minister said."
    result = contrast(claim("paper", a), claim("paper", b, speaker="Ministry spokesman"))
    assert result.relation == "conflict"
    contra = next(d for d in result.differences if d.kind == "contradiction")
    roles = {e["voice"]: e["role"] for e in contra.evidence}
    assert roles == {"Ministry spokesman": "denies", "paper": "asserts"}


def test_denied_complement_contradicts_the_assertion() -> None:
    a = "Officials denied that their forces shelled the village."
    b = "Government forces shelled the village overnight."
    assert contrast(claim("x", a), claim("y", b)).relation == "conflict"


@pytest.mark.parametrize("denial", [
    "Officials deny the rebels captured the mayor's brother",  # no "that"
    "Ministry Denies Rebels Captured Mayor's Brother",  # a Title Case headline
    "Rebel capture of mayor's brother a hoax, officials say",
    "Police raise doubts about reports that rebels captured the mayor's brother",
])
def test_headline_denials_contradict_the_report(denial: str) -> None:
    report = "Rebels captured the brother of the mayor on Sunday."
    result = contrast(claim("wire", report), claim("site", denial))
    assert result.relation == "conflict", denial
    contra = next(d for d in result.differences if d.kind == "contradiction")
    assert {e["role"] for e in contra.evidence} == {"denies", "asserts"}


@pytest.mark.parametrize(("other", "relation"), [
    ("Experts, including the space agency, cast doubt on the claims.", "conflict"),
    ("Scientists have cast doubts on the report.", "conflict"),
    # a question asked is no doubt cast
    ("Reporters had questions about the report for the space agency.", "agree"),
    # no doubt is cast in "no doubt"
    ("There is no doubt about the report, the space agency said.", "agree"),
    ("There is no doubt that a meteorite landed near the capital.", "agree"),
])
def test_doubt_cast_on_the_claims_disputes_them(other: str, relation: str) -> None:
    report = "A meteorite landed near the capital on Sunday night."
    assert contrast(claim("wire", report), claim("site", other)).relation == relation, other


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a debunking word negated asserts the story
    ("The video of the homeless man was real.",
     "The homeless man insists the video was not a hoax.", "agree"),
    ("The photo of the shark on the highway is genuine.",
     "The photo of the shark on the highway is not fake, the photographer said.", "agree"),
    ("The video of the homeless man was a hoax.",
     "The homeless man insists the video was not a hoax.", "conflict"),
    ("The photo of the shark on the highway is fake.",
     "The photo of the shark on the highway is not fake, the photographer said.", "conflict"),
    # a story called fake inside a phrase: what it told is denied, not the sentence around it
    ("The senator wants the official fired.",
     "The senator wants the official fired over a fake expenses story.", "agree"),
    ("Tom Brokaw wants Brian Williams fired.",
     "Tom Brokaw wants Brian Williams fired over his fabricated Iraq helicopter story.", "agree"),
    ("Brian Williams was in a helicopter hit by a rocket in Iraq.",
     "Tom Brokaw wants Brian Williams fired over his fabricated Iraq helicopter story.",
     "conflict"),
])
def test_what_is_called_fake_is_what_is_denied(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, b


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a hedged verdict is a verdict: "probably" is how sure the writer is, not a word of the
    # story the other side must use
    ("Bigfoot was filmed crossing a road in Ohio.", "Bigfoot Is Probably Fake", "conflict"),
    ("Bigfoot was filmed crossing a road in Ohio.",
     "That Bigfoot Is Probably Fake, Experts Say", "conflict"),
    ("Bigfoot was filmed crossing a road in Ohio.", "Bigfoot Is Probably Real", "agree"),
    ("Bigfoot was filmed crossing a road in Ohio.", "Is the Ohio Bigfoot Footage Fake?",
     "agree"),
    # a pun on "wrong" spelt as one word is still the writer calling the story wrong
    ("A giant squid washed ashore in Wales.", "Welsh Giant Squid Story May Be Squid-wrong",
     "conflict"),
    ("A giant squid washed ashore in Wales.", "Welsh Giant Squid Story May Be Dead-wrong",
     "conflict"),
    ("A giant squid washed ashore in Wales.", "Welsh Giant Squid Story Is Not Dead-wrong",
     "agree"),
    ("A giant squid washed ashore in Wales.", "Giant Squid Washes Ashore in Wales, Locals Say",
     "agree"),
])
def test_hedged_and_punning_debunks(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, b


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a denial of a way of killing denies the killing another side tells
    ("The journalist was killed in Syria.",
     "The militia denied that its fighters executed the journalist.", "conflict"),
    ("The envoy was killed in the capital.", "Rebels deny claims they assassinated the envoy.",
     "conflict"),
    ("The hostage was killed in the desert.", "The gang denies it beheaded the hostage.",
     "conflict"),
    # the killing of someone else, what agrees with the denial, or the act reported, not denied
    ("Two soldiers were killed in the clash.",
     "The militia denied that its fighters executed the journalist.", "agree"),
    ("The militia freed the journalist.",
     "The militia denied that its fighters executed the journalist.", "agree"),
    ("The journalist was killed in Syria.",
     "The militia said its fighters executed the journalist.", "agree"),
])
def test_a_denied_way_of_killing_denies_the_killing(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("denial", "relation"), [
    ("The ministry called the accusation baseless.", "conflict"),
    ("The ministry described the reports as false.", "conflict"),
    ("The ministry rejected the comparison, calling it false propaganda.", "conflict"),
    # a criticism rejected, with what the ministry says instead
    ("The ministry rejected the criticism, saying the dams were safe.", "conflict"),
    # a thing called absurd is no statement called untrue; a plan rejected is no statement
    ("The ministry called the new dam absurd.", "agree"),
    ("The ministry rejected the plan, saying it would cost too much.", "agree"),
])
def test_a_statement_called_untrue_is_denied(denial: str, relation: str) -> None:
    report = "Illegal logging upstream made the floods worse, environmental groups said."
    assert contrast(claim("wire", report, speaker="environmental groups"),
                    claim("post", denial, speaker="ministry")).relation == relation


@pytest.mark.parametrize(("a", "b"), [
    # refusing something is not denying a statement
    ("The border guards denied journalists access to the town.",
     "Journalists reached the town on Monday."),
    # a denial about something else (the pair is judged as matched: nothing is shared)
    ("The ministry denies the army shelled the airport.",
     "Rebels captured the brother of the mayor."),
    # "hoax" about a different story needs shared content
    ("The bomb threat at the stadium was a hoax.",
     "Rebels captured the brother of the mayor."),
    # "question" that is not a doubt
    ("Reporters put a question to the minister about the brother of the mayor.",
     "Rebels captured the brother of the mayor."),
])
def test_denial_words_without_a_denied_statement_are_no_conflict(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "agree"


@pytest.mark.parametrize(("report", "check"), [
    # not done so far
    ("The governor signed the budget bill on Tuesday.",
     "The governor has yet to sign the budget bill."),
    # a story told as a joke, a picture made up
    ("Police arrested the street artist in Bristol.",
     "The street artist arrest story is satire."),
    ("A giant crab washed up on a beach in Cornwall.",
     "The giant crab photo from the Cornwall beach was doctored."),
    # a death called a hoax denies that he died
    ("The folk singer Jon Bellamy has died.", "Reports of Jon Bellamy's death are a hoax."),
    # what the thing was, and where it was
    ("A meteorite struck near the capital overnight.",
     "The explosion was not a meteorite, scientists said."),
    ("This photo of flooded streets was taken in Lagos last week.",
     "This photo of flooded streets is not from Lagos."),
])
def test_fact_checks_contradict_what_they_check(report: str, check: str) -> None:
    result = contrast(claim("wire", report), claim("checker", check))
    assert result.relation == "conflict", check
    contra = next(d for d in result.differences if d.kind == "contradiction")
    assert {e["role"] for e in contra.evidence} in ({"denies", "asserts"},
                                                    {"negates", "asserts"})


@pytest.mark.parametrize(("report", "other"), [
    # "yet" elsewhere, and "yet to" about another act
    ("The governor signed the budget bill on Tuesday.",
     "The governor signed the budget bill, yet critics were not satisfied."),
    ("The governor signed the budget bill on Tuesday.",
     "The governor signed the budget bill; the senate has yet to vote on the tax plan."),
    # a satire as the work it is, a photo altered by no one's say
    ("The comedian's new film opened in 300 cinemas.",
     "The comedian's new film, a satire of office life, opened in 300 cinemas."),
    # what it was not, said of something else; a place it is not from, of another thing
    ("A meteorite struck near the capital overnight.",
     "A meteorite struck near the capital overnight; the damage was not a concern."),
    ("This photo of flooded streets was taken in Lagos last week.",
     "This photo of flooded streets was taken in Lagos; the rescuers were not from Lagos."),
])
def test_fact_check_words_elsewhere_are_no_conflict(report: str, other: str) -> None:
    assert contrast(claim("wire", report), claim("site", other)).relation == "agree", other


@pytest.mark.parametrize(("report", "answer"), [
    ("The steelworks in Redcar will close next month.",
     "Contrary to reports, the steelworks in Redcar will stay open."),
    ("The steelworks in Redcar will close next month.",
     "There is no truth to reports that the Redcar steelworks will close."),
    ("The health minister resigned on Monday.",
     "The health minister remains in office and has no plans to resign."),
    ("Customs officers arrested the journalist at the border post.",
     "The journalist was briefly questioned at the border post but not arrested."),
    ("Senator Alvarez voted for the water bill.", "Senator Alvarez voted against the water bill."),
    ("The band cancelled its summer tour.",
     "The band's summer tour will go ahead, its label said."),
])
def test_answers_to_a_report_contradict_it(report: str, answer: str) -> None:
    result = contrast(claim("wire", report), claim("site", answer))
    assert result.relation == "conflict", answer


@pytest.mark.parametrize(("report", "other"), [
    # two people, each their own way: no dispute
    ("Senator Alvarez voted for the water bill.", "Senator Brooks voted against the water bill."),
    ("The health minister resigned on Monday.",
     "The health minister resigned; the prime minister remains in office."),
    # no plans for something else; no truth to another report
    ("The health minister resigned on Monday.",
     "The health minister resigned on Monday and has no plans to return to politics."),
    ("The steelworks in Redcar will close next month.",
     "The steelworks in Redcar will close; there is no truth to reports of a buyer."),
    # "not" after "but" of another thing
    ("The journalist was arrested at the border post.",
     "The journalist was arrested at the border post but not charged."),
])
def test_answers_to_other_things_are_no_conflict(report: str, other: str) -> None:
    assert contrast(claim("wire", report), claim("site", other)).relation == "agree", other


@pytest.mark.parametrize(("a", "b", "relation"), [
    # "A, not B": B is denied of what the sentence is about
    ("The governor blamed the fire on arson.",
     "Investigators said the fire was probably caused by a downed power line, not arson.",
     "conflict"),
    ("The fire was arson.", "The fire was caused by a power line, not arson.", "conflict"),
    ("The money went to hospitals.", "The money went to schools, not hospitals.", "conflict"),
    # nothing the other side says is denied
    ("Police are investigating the cause of the fire.",
     "The fire was caused by a power line, not arson.", "agree"),
    ("Arson is a growing problem in the region.",
     "The fire was caused by a power line, not arson.", "agree"),
    ("Hospitals received new funding.", "The money went to schools, not hospitals.", "agree"),
    # what "rather than" or "instead of" sets aside is not asserted: both sides say "not B"
    ("Police will start issuing tickets, rather than make arrests, for small amounts of "
     "cannabis.", "In the city, cannabis may mean a ticket, not an arrest.", "agree"),
    ("The money went to schools instead of hospitals.",
     "The money went to schools, not hospitals.", "agree"),
    # what a relative is, the words do not say: nothing for "not B" to be denied of
    ("The new rules suspend immigrant visas from seven countries.",
     "The rules target attacks, which were carried out by citizens, not immigrants.", "agree"),
])
def test_an_alternative_after_not_denies_it_of_the_clauses_subject(a: str, b: str,
                                                                   relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("The plane crashed into the sea off Bali.", "The plane landed safely in Bali."),
    ("The hostages were freed on Sunday.", "The hostages are still being held."),
    ("The ceasefire is holding.", "The ceasefire collapsed on Tuesday."),
    ("The wildfire has been contained.", "The wildfire is still spreading."),
    ("The fire is 100% contained.", "The fire remains out of control."),
    ("The protest in the capital was peaceful.", "The protest in the capital turned violent."),
    ("The bill passed the Senate.", "The bill failed in the Senate."),
    ("The drug is safe for children.", "The drug is dangerous for children."),
    ("The president is in good health.", "The president is seriously ill."),
    ("Castro has died.", "Castro rumours proven false."),
    ("The man was armed with a knife, police said.", "Witnesses said the man was unarmed."),
    # the state is the reported clause's subject's, not the speakers' ("Police say ...")
    ("Police say the man was carrying a knife.", "Witnesses say the man was unarmed."),
])
def test_opposite_states_of_one_subject_contradict(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "conflict", b


@pytest.mark.parametrize(("a", "b"), [
    # two subjects, each in its own state
    ("The plane crashed into the sea off Bali.", "The second plane landed safely in Bali."),
    ("The protest in Paris was peaceful.", "The protest in Lyon turned violent."),
    ("The company made a profit last year.", "Its rival posted a loss last year."),
    ("The suspect was unarmed.", "The officer was armed."),
    # a share of it in the state is no state of the whole
    ("The fire was 10% contained by Thursday evening.", "The fire remains out of control."),
    ("Firefighters have contained 30% of the wildfire.", "The wildfire is out of control."),
    ("Armed forces shelled the village.", "Unarmed civilians fled the village."),
    # one claim that says both, of two things
    ("The ceasefire is holding.",
     "The ceasefire is holding in the north, and talks on the south collapsed."),
    ("The protest in the capital was peaceful.",
     "The protest in the capital was peaceful, though clashes broke out in the suburbs."),
])
def test_opposite_states_of_two_subjects_are_no_conflict(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "agree", b


@pytest.mark.parametrize("answer", [
    "The defence ministry played down reports that the army shelled the hospital in Marovo.",
    "The White House pushed back on reports that the army shelled the hospital in Marovo.",
    "The ministry branded claims that the army shelled the hospital 'lies'.",
    "The ministry said the story of the hospital shelling was completely made up.",
    "Witnesses contradicted the account that the army shelled the hospital in Marovo.",
])
def test_denials_in_other_words_contradict_the_report(answer: str) -> None:
    report = "The army shelled the hospital in Marovo on Friday."
    result = contrast(claim("wire", report), claim("site", answer))
    assert result.relation == "conflict", answer
    contra = next(d for d in result.differences if d.kind == "contradiction")
    assert {e["role"] for e in contra.evidence} == {"denies", "asserts"}


@pytest.mark.parametrize("answer", [
    # disputing a denial says it happened; the "no" is the account's, not the doctors'
    "Doctors disputed the army's account that no shells hit the hospital in Marovo.",
    "Doctors rejected claims that the army never shelled the hospital in Marovo.",
])
def test_a_denial_of_a_denial_agrees_with_the_report(answer: str) -> None:
    report = "The army shelled the hospital in Marovo on Friday."
    assert contrast(claim("wire", report), claim("site", answer)).relation == "agree", answer


def test_a_report_played_down_without_what_it_said_denies_nothing_else() -> None:
    # "the report" may be any report: what was played down must be said to be denied
    a = "The leader has repeatedly said he is willing to give up nuclear weapons."
    b = "A government official later played down the report, saying it was too soon to tell."
    assert contrast(claim("wire", a), claim("paper", b)).relation == "agree"


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


@pytest.mark.parametrize(("a", "b", "relation"), [
    ("Drinking coffee causes liver cancer.",
     "There is no link between drinking coffee and liver cancer, researchers said.", "conflict"),
    ("Drinking coffee causes liver cancer.",
     "The study found no association between coffee and liver cancer.", "conflict"),
    ("The vaccine is effective against the new variant.",
     "The vaccine is ineffective against the new variant.", "conflict"),
    ("The vaccine is effective against the new variant.",
     "The vaccine offers little protection against the new variant.", "conflict"),
    ("Masks reduce the spread of the virus.", "Masks do little to reduce the spread of the virus.",
     "conflict"),
    # no link to another disease; another drug that does not work
    ("Drinking coffee causes liver cancer.",
     "There is no link between drinking coffee and heart disease, researchers said.", "agree"),
    ("The vaccine is effective against the new variant.",
     "The vaccine is effective against the new variant; the older drug proved ineffective.",
     "agree"),
])
def test_findings_and_their_refutations(a: str, b: str, relation: str) -> None:
    assert contrast(claim("study", a), claim("review", b)).relation == relation, b


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


@pytest.mark.parametrize(("a", "b", "shown"), [
    # a "no" before a noun denies the verb after it: shown to the clause's end
    ("CloudNet said no customer data was lost.", "Some customers reported losing data.",
     ("no customer data was lost", "Some customers reported losing data")),
    ("Doctors said no shells hit the hospital.", "The army shelled the hospital, killing five.",
     ("no shells hit the hospital", "The army shelled the hospital")),
])
def test_a_negation_is_shown_with_what_it_denies(a: str, b: str,
                                                 shown: tuple[str, str]) -> None:
    result = contrast(claim("x", a), claim("y", b))
    contra = next(d for d in result.differences if d.kind == "contradiction")
    assert [e["text"] for e in contra.evidence] == list(shown), contra.summary
    assert f"“{shown[0]}”" in contra.summary and f"“{shown[1]}”" in contra.summary


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


def test_a_denial_of_what_its_own_sentence_said_needs_the_other_side_to_say_it() -> None:
    denial = ("Investigators looked for evidence of collusion with the builder, "
              "which the mayor denies.")
    assert contrast(claim("x", denial),
                    claim("y", "The mayor opened the new bridge on Monday.")).relation == "agree"
    assert contrast(claim("x", denial), claim(
        "y", "Investigators found evidence of collusion with the builder.")).relation == "conflict"


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


def test_calling_a_named_thing_untrue_needs_the_other_side_to_be_about_it() -> None:
    untrue = ("The biased position of the visiting minister, which shows no knowledge of the "
              "region, is completely unfounded.")
    other = "This is yet another example of the biased approach taken by some outlets."
    assert contrast(claim("x", untrue, speaker="Foreign Ministry"),
                    claim("y", other)).relation == "agree"
    fake = "The minister's resignation is fake."
    report = "The minister announced his resignation on Monday."
    assert contrast(claim("x", fake), claim("y", report)).relation == "conflict"


def test_a_debunked_story_about_a_named_person_contradicts_the_report() -> None:
    report = "Singer Jane Doe is dead."
    debunk = "Jane Doe Victim Of Another Online Death Hoax"
    assert contrast(claim("wire", report), claim("site", debunk)).relation == "conflict"


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


def test_a_denial_by_pronoun_meets_the_named_statement() -> None:
    # the core names who "she" is; the contrast reads the text and takes the name from it
    denial = claim("post", "She was not suspended, her lawyer insisted.", speaker="lawyer")
    denial = dataclasses.replace(denial, core="Dana Okafor was not suspended")
    report = claim("desk", "Dana Okafor has been suspended, the unit said.", speaker="unit")
    assert contrast(denial, report).relation == "conflict"
    other = claim("desk", "Martin Kessler has been suspended, the unit said.", speaker="unit")
    assert contrast(denial, other).relation == "agree"


def test_opposite_predicates_contradict() -> None:
    a = "Its victory put an end to the conflict."
    b = "The conflict remains unresolved."
    result = contrast(claim("x", a, speaker="Government"), claim("x", b, speaker="Mediators"))
    assert result.relation == "conflict"
    assert "contradiction" in kinds(result)


@pytest.mark.parametrize(("a", "b"), [
    ("The talks in Vienna broke up on Tuesday.", "Negotiators in Vienna made progress on Tuesday."),
    ("The ceasefire talks collapsed.", "The ceasefire talks reached an agreement."),
    ("The fighting has ended, the army said.", "The fighting continued overnight."),
])
def test_talks_that_got_nowhere_contradict_talks_that_got_somewhere(a: str, b: str) -> None:
    result = contrast(claim("x", a), claim("y", b))
    assert result.relation == "conflict", (a, b)
    assert "contradiction" in kinds(result)


def test_a_denial_ends_where_the_denier_goes_on_to_say_something_else() -> None:
    denial = ("The defence ministry denied targeting civilians and said its forces had hit "
              "a military warehouse.")
    same_side = "The ministry said its troops had destroyed a military warehouse."
    other_side = "The missiles targeted civilians in the city, the governor said."
    assert contrast(claim("x", denial), claim("y", same_side)).relation == "agree"
    assert contrast(claim("x", denial),
                    claim("y", other_side, speaker="governor")).relation == "conflict"


def test_converse_predicates_with_different_subjects_agree() -> None:
    a = "Azerbaijan won the war."
    b = "Armenia lost the war."
    assert contrast(claim("x", a), claim("y", b)).relation == "agree"


def test_counter_accusation_is_a_contradiction() -> None:
    a = "Baku accused the Armenian army of shelling civilian areas."
    b = "Yerevan accused Azerbaijan of shelling civilian areas."
    result = contrast(claim("x", a), claim("y", b))
    assert result.relation == "conflict"
    assert "blame" in next(d for d in result.differences if d.kind == "contradiction").summary


@pytest.mark.parametrize(("a", "b"), [
    ("Two Philippine vessels had rammed a Chinese coast guard ship near the shoal.",
     "A Chinese coast guard ship had rammed two Philippine vessels near the shoal."),
    # a people's word and its place are one side ("Chinese" / "China's"), a passive read
    # the right way round
    ("China's coast guard ship was rammed by two Philippine vessels, Beijing said.",
     "A Chinese coast guard ship had rammed two Philippine vessels near the shoal."),
    ("Azerbaijani forces shelled Armenian villages overnight.",
     "Armenian forces shelled Azerbaijani towns overnight."),
    ("Baku said Armenian forces shelled Azerbaijani positions.",
     "Yerevan said Azerbaijani troops shelled Armenian positions."),
    ("Police attacked the protesters outside parliament.",
     "Protesters attacked the police outside parliament."),
    ("Iranian boats struck an Iraqi tanker.", "Iraqi boats struck an Iranian tanker."),
])
def test_one_act_with_who_did_it_and_to_whom_swapped_is_a_dispute(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", (a, b)
    assert "who did it to whom" in next(
        d for d in result.differences if d.kind == "contradiction").summary


@pytest.mark.parametrize(("a", "b"), [
    # one act told alike: in the passive, in other words for the act and what it hit
    ("A Chinese coast guard ship was rammed by two Philippine vessels.",
     "Two Philippine vessels rammed a Chinese coast guard ship."),
    ("China's coast guard ship was rammed by Philippine vessels, Beijing said.",
     "Philippine boats rammed a Chinese ship."),
    ("A Chinese ship struck two Philippine vessels.",
     "A Chinese coast guard ship rammed two Philippine boats."),
    # both sides doing it, or a clash of both: no one act reversed
    ("Each side accused the other of shelling its villages.",
     "Azerbaijani forces shelled Armenian villages overnight."),
    ("Azerbaijani and Armenian forces clashed near the border.",
     "Armenian forces shelled Azerbaijani towns."),
    # two acts: at two times, one answering the other, or each side's own in one claim
    ("Azerbaijani forces shelled Armenian villages on Monday.",
     "Armenian forces shelled Azerbaijani towns on Tuesday."),
    ("Armenian forces shelled Azerbaijani towns in retaliation.",
     "Azerbaijani forces shelled Armenian villages overnight."),
    ("Armenian forces shelled Azerbaijani villages after Azerbaijani forces shelled Armenian "
     "towns.", "Azerbaijani forces shelled Armenian villages."),
    ("China said Philippine vessels had rammed its coast guard ship near the shoal; the "
     "Philippines said a Chinese ship had rammed its vessels.",
     "Two Philippine vessels had rammed a Chinese coast guard ship near the shoal."),
    # two kinds of target: each side's strikes in a war
    ("Russia struck Ukrainian energy facilities overnight.",
     "Ukraine struck Russian oil refineries overnight."),
    ("Hamas attacked Israel on Saturday.", "Israel attacked Hamas positions in Gaza."),
    # only one party named on a side
    ("Protesters attacked the police.", "Police attacked the crowd."),
])
def test_acts_told_alike_or_each_sides_own_are_no_reversal(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "agree", (a, b)


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
    # "denies X the Y": Y withheld from X, no statement called untrue
    ("The bill denies President Donald Trump the full $5 billion he requested for the wall.",
     "Donald Trump wants a giant wall along the border.", "agree"),
    ("The ministry denied Reuters' report that troops crossed the border.",
     "Troops crossed the border, Reuters reported.", "conflict"),
    # "fake news" as a kind of talk in a list, not a story called untrue
    ("Gaetz, known for spreading fake news, conspiracy theories and lies, blamed immigrants.",
     "The club employed undocumented immigrants, the report suggested.", "agree"),
    ("Fake news report claims the singer died.", "The singer died on Sunday.", "conflict"),
    # "the myth of X", "the myth that X": X is what is called untrue, not the sentence around it
    ("The failure to act on global warming exposes the myth of human progress.",
     "Global warming is an expensive religion, the columnist wrote.", "agree"),
    ("The myth that vaccines cause autism persists.", "Vaccines cause autism, the activist said.",
     "conflict"),
])
def test_what_is_withheld_and_fake_news_as_a_kind_of_talk(a: str, b: str,
                                                          relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # "downplays X" denies X as "plays down X" does: two denials agree
    ("White House downplays role of natural gas in Ukraine crisis",
     "White House plays down speedy role for natural gas in Ukraine", "agree"),
    ("White House downplays role of natural gas in Ukraine crisis",
     "Natural gas will play a speedy role in Ukraine, the senator said.", "conflict"),
    # what is played down is a thing: a claim sharing one word of it states nothing of it
    ("The president downplayed police violence against Black people.",
     "Two police officers were shot and wounded during demonstrations.", "agree"),
    # a command asserts nothing a negation could deny
    ("Do not send troops to Ukraine, the senator urged.", "The US sent troops to Ukraine.",
     "agree"),
    ("Don't Send America's Natural Gas to Ukraine", "America sends natural gas to Ukraine",
     "agree"),
    ("Do not send troops to Ukraine, the senator urged.",
     "The US did not send troops to Ukraine.", "agree"),
    ("The US did not send troops to Ukraine.", "The US sent troops to Ukraine.", "conflict"),
    # only the command's own clause: what follows it is asserted
    ("Don't worry, the singer is not dead.", "The singer is dead.", "conflict"),
    # a state said as since left ("initially", "at first") is not disputed by the later one
    ("Manafort initially pleaded not guilty.", "Manafort pleaded guilty.", "agree"),
    ("The company at first denied the report.", "The company confirmed the report.", "agree"),
    ("Manafort pleaded not guilty.", "Manafort pleaded guilty.", "conflict"),
    ("The company denied the report.", "The company confirmed the report.", "conflict"),
])
def test_denials_alike_commands_and_states_since_left(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)



@pytest.mark.parametrize(("a", "b", "relation"), [
    # a prefix negates an adjective as "not" does, of the clause's subject
    ("The talks were productive, the minister said.", "The talks were unproductive.",
     "conflict"),
    ("The president is popular.", "The president is unpopular.", "conflict"),
    ("The claim is correct.", "The claim is incorrect.", "conflict"),
    ("The plan is possible.", "The plan is impossible.", "conflict"),
    ("The reactor is stable.", "The reactor is unstable.", "conflict"),
    ("Smith was unarmed, his family said.", "Smith was armed with a knife, police said.",
     "conflict"),
    ("The driver was uninjured.", "The driver was injured in the crash.", "conflict"),
    ("The protesters were unarmed.", "The gunman was armed with a rifle.", "agree"),
    # twice negated it asserts; nouns of two measures; words that mean something else, or
    # say how a thing is sourced; another subject
    ("The talks were productive.", "The talks were not unproductive.", "agree"),
    ("Unemployment rose to 5%.", "Employment rose by 200,000.", "agree"),
    ("Each immigrant must register.", "Each migrant must register, the ministry said.",
     "agree"),
    ("The results were incredible.", "The results were credible.", "agree"),
    ("Unconfirmed reports say 40 people died.", "Officials confirmed that 40 people died.",
     "agree"),
    ("The senator was impatient.", "The patient died.", "agree"),
    ("The vote was unexpected.", "Analysts had expected the vote to fail.", "agree"),
])
def test_a_prefix_negates_an_adjective(a: str, b: str, relation: str) -> None:
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
    # a statement "without merit" is called untrue
    ("The company said claims that it dumped waste in the river were without merit.",
     "The company dumped waste in the river, inspectors found.", "conflict"),
    ("The allegations that the mayor took bribes have no merit, his lawyer said.",
     "The mayor took bribes from developers.", "conflict"),
    # of a plan, or said by both, it disputes nothing (an MRPC pair)
    ("The proposal has no merit, critics said.", "The council approved the proposal.", "agree"),
    ("\"This is an easy case in my view and wholly without merit, both factually and "
     "legally.\"", "\"This case is wholly without merit, both factually and legally,\" Judge "
     "Denny Chin scoffed.", "agree"),
])
def test_claims_without_merit_are_called_untrue(a: str, b: str, relation: str) -> None:
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
    # what was never written (or found) is denied only of what the other side says was
    # (a NewsWCL50 group read the first as a conflict)
    ("The memos also show former Director Comey never wrote that he felt obstructed or "
     "threatened.", "President Trump tweeted that the newly released memos written by former "
     "FBI Director James Comey show clearly no collusion.", "agree"),
    ("Comey never wrote that he felt obstructed or threatened.",
     "Comey wrote that it was up to Trump to decide.", "agree"),
    ("Comey never wrote that he felt obstructed.",
     "Comey wrote that he felt obstructed by the president.", "conflict"),
    ("The judge did not find that the police acted unlawfully.",
     "The judge found the police had acted unlawfully.", "conflict"),
    # a relative "that" tells nothing (a SICK contradiction)
    ("No dog is in the sand that is blowing in the wind",
     "A dog is in a sandy area with the sand that is being stirred up into the air", "conflict"),
])
def test_what_was_never_written_is_denied_only_of_what_was(a: str, b: str,
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


@pytest.mark.parametrize(("b", "relation", "shown"), [
    # what someone never said is a denial of the statement, shown whole
    ("The minister never said the border would be closed.", "conflict",
     "never said the border would be closed"),
    ("The minister did not say the border would be closed.", "conflict",
     "not say the border would be closed"),
    # what was left untold, or another statement, denies nothing
    ("Officials did not say how many people died.", "agree", None),
    ("The minister never said anything about the airport.", "agree", None),
])
def test_what_was_never_said_denies_the_statement(b: str, relation: str,
                                                  shown: str | None) -> None:
    a = ("Forty people died, officials said." if "died" in b
         else "The minister said the border would be closed.")
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == relation, result.summary
    if shown is not None:
        (contra,) = [d for d in result.differences if d.kind == "contradiction"]
        assert f"“{shown}”" in contra.summary, contra.summary


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a truce and a ceasefire are one subject; "violated" is its not holding
    ("The truce has largely held since Sunday, mediators said.",
     "The ceasefire has not held, according to residents.", "conflict"),
    ("The ceasefire has held.", "The ceasefire was violated within hours, officials said.",
     "conflict"),
    ("The truce in the north has held.", "The truce in the south has held.", "agree"),
    # who violated it is another statement
    ("The ceasefire is holding.", "Russia violated the ceasefire on Monday.", "agree"),
])
def test_a_truce_that_held_or_was_violated(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # both deny it: a denial and a negation of a word of the same root agree
    ("Trump has vehemently denied there was any collusion with the Russians during the "
     "campaign.", "Trump has repeatedly said his campaign did not collude with the Russian "
     "government.", "agree"),
    ("The ministry denied reports that troops had crossed the border.",
     "Troops did not cross the border, officials said.", "agree"),
    # a denial of what the other side asserts still disputes it
    ("The ministry denied reports that troops had crossed the border.",
     "Troops crossed the border on Monday, witnesses said.", "conflict"),
])
def test_a_denial_and_a_negation_of_one_thing_agree(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


def test_a_denial_of_a_claim_that_negates_something_else_still_disputes_it() -> None:
    # the claim negates "bend" in its purpose; the debunk denies the change it asserts
    result = contrast(
        claim("site", "Apple added additional reinforcement to its iPhone 6 Plus to ensure it "
                      "doesn't bend."),
        claim("blog", "Debunk: No, Apple didn't change up iPhone 6 Plus internals to avoid "
                      "bending."))
    assert result.relation == "conflict", result.summary


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
    # denying the opposite of what the other side says agrees with it
    ("The report never claimed the drug was unsafe.", "The report said the drug was safe.",
     "agree"),
    ("The regulator never claimed the bridge was unstable.",
     "Engineers said the bridge was stable.", "agree"),
    ("The company denied the strike was illegal.", "The court ruled the strike was legal.",
     "agree"),
    ("Officials denied the talks had failed.", "The talks succeeded, officials said.", "agree"),
    ("The coach denied his players were dishonest.", "The players were honest, the coach said.",
     "agree"),
    # denying what the other side says does not
    ("The report never claimed the drug was unsafe.", "The report found the drug was unsafe.",
     "conflict"),
    ("The company denied the strike was illegal.", "The court ruled the strike was illegal.",
     "conflict"),
    ("Officials denied the talks had failed.", "The talks failed, officials said.", "conflict"),
])
def test_a_denial_of_the_opposite_is_no_conflict(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


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


@pytest.mark.parametrize(("a", "b", "conflict"), [
    ("The Greens have ruled out joining a coalition with Reform.",
     "The Greens will join a coalition with Reform.", True),
    ("Police ruled out foul play.", "The man was killed in an act of foul play, detectives said.",
     True),
    ("The central bank ruled out a rate cut.", "The central bank will cut rates.", True),
    # not ruling it out asserts nothing against it
    ("The central bank did not rule out a rate cut.", "The central bank will cut rates.", False),
])
def test_what_is_ruled_out_is_denied(a: str, b: str, conflict: bool) -> None:
    from contrastkit import parsed

    result = contrast(parsed("x", a), parsed("y", b))
    assert (result.relation == "conflict") == conflict, result.summary
    if conflict:  # the evidence quotes what rules it out
        assert "“ruled out" in result.summary, result.summary


@pytest.mark.parametrize(("a", "b", "shown"), [
    # a phrasal verb denies the one word it means
    ("The mayor will resign next week.", "The mayor will not step down.", "not step down"),
    ("The mayor resigned on Monday.", "No, the mayor is not stepping down.",
     "not stepping down"),
    ("The talks collapsed on Friday.", "The talks did not break down.", "not break down"),
    ("The union cancelled the strike.", "The union has not called off the strike.",
     "not called off"),
])
def test_a_phrasal_verb_denies_the_word_it_means(a: str, b: str, shown: str) -> None:
    result = contrast(claim("outlet-a", a), claim("outlet-b", b))
    denial = next(d for d in result.differences if d.kind == "contradiction")
    assert any(shown in str(e["text"]) for e in denial.evidence)


@pytest.mark.parametrize(("a", "b"), [
    # the verb without its particle means something else
    ("The governor called off the search.", "The governor did not call the police."),
    ("The mayor resigned on Monday.", "The mayor did not step into the row."),
])
def test_a_verb_without_its_particle_is_no_phrasal_verb(a: str, b: str) -> None:
    assert "contradiction" not in kinds(contrast(claim("outlet-a", a), claim("outlet-b", b)))


@pytest.mark.parametrize(("a", "b"), [
    # "did not convict" is "convicted", negated: the opposite's own word says the same
    ("The court did not convict the activist.", "The court acquitted the activist."),
    ("The bill did not pass the senate.", "The senate rejected the bill."),
    ("The board did not approve the merger.", "The board rejected the merger."),
    ("The incumbent did not win the runoff.", "The incumbent lost the runoff."),
    ("The judge did not uphold the ban.", "The judge struck down the ban."),
    ("The airport did not close during the storm.", "The airport remained open during the storm."),
    ("The senator did not oppose the nomination.", "The senator supported the nomination."),
    # a move negated is not a level held: it may have gone the other way
    ("Exports did not fall in the first quarter.", "Exports rose in the first quarter."),
    ("Inflation did not rise in October.", "Inflation fell in October."),
])
def test_a_negated_verb_agrees_with_its_opposite(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "agree", b


@pytest.mark.parametrize(("a", "b"), [
    ("The board did not approve the merger.", "The board approved the merger."),
    ("The incumbent did not win the runoff.", "The incumbent won the runoff."),
    ("The judge did not uphold the ban.", "The judge upheld the ban."),
    ("The airport did not close during the storm.", "The airport closed during the storm."),
    ("The company did not lose its licence.", "The company lost its licence."),
    ("The minister is absent from the summit in Oslo.",
     "The minister is present at the summit in Oslo."),
])
def test_a_negated_verb_contradicts_itself_asserted(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "conflict", b


@pytest.mark.parametrize(("a", "b"), [
    # a verb of losing or stopping says what "no longer" / "does not have" says
    ("The ruling party lost its majority.", "The ruling party no longer has a majority."),
    ("The company lost its licence to operate in Spain.",
     "The company no longer has a licence to operate in Spain."),
    ("The plant no longer produces coal.", "The plant stopped producing coal."),
    ("The factory ceased making steel last year.", "The factory no longer makes steel."),
    ("The hospital lacks enough beds for patients.",
     "The hospital does not have enough beds for patients."),
    # and a loss negated is none
    ("The striker did not miss the penalty.", "The striker scored the penalty."),
])
def test_what_was_lost_or_stopped_is_what_is_no_longer(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "agree", b


@pytest.mark.parametrize(("a", "b", "relation"), [
    # the other side's own word for the act is the negative side of opposites: it says
    # what the negation says
    ("The company will not pay a dividend this year.",
     "The company scrapped its dividend this year.", "agree"),
    ("The airline will not run flights to the island this winter.",
     "The airline cancelled flights to the island this winter.", "agree"),
    ("The government did not keep the tax on fuel.", "The government repealed the tax on fuel.",
     "agree"),
    # a word of the same side as the negated one restates it
    ("Police did not arrest the suspect.", "Police detained the suspect.", "conflict"),
    ("The mayor did not personally sign the stadium deal.",
     "The mayor approved the stadium deal.", "conflict"),
])
def test_a_negation_told_in_negative_words_agrees(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, b


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a "no" object negates the verb: "knew of no breach" did not know of one
    ("The company was not aware of any breach.", "The company knew of no breach.", "agree"),
    ("The company was aware of the breach.", "The company knew of no breach.", "conflict"),
    ("The minister attended no meetings of the council.",
     "The minister attended the meetings of the council.", "conflict"),
])
def test_a_verb_with_a_no_object_is_negated(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, b


@pytest.mark.parametrize(("a", "b", "relation"), [
    # "out of" and "avoided" take away what the negation denies
    ("Doctors said the patient was not in danger.",
     "The hospital said the patient was out of danger.", "agree"),
    ("The minister said the economy was not in recession.",
     "Analysts said the economy avoided a recession.", "agree"),
    # "not yet" is one negation, to the clause's end
    ("Officials said the fire was not yet contained.",
     "Firefighters said the fire is still spreading.", "agree"),
    ("Officials said the fire was not yet contained.",
     "Firefighters said the fire was contained.", "conflict"),
    ("The government has not yet decided on the tariffs.",
     "The government is still undecided on the tariffs.", "agree"),
    ("The president has not yet signed the bill into law.",
     "The president signed the bill into law on Monday.", "conflict"),
    ("The president has not yet signed the bill into law.",
     "The bill still awaits the president's signature.", "agree"),
    # "not free and fair" is negated as a whole
    ("Observers said the election was not free and fair.",
     "The opposition said the election was rigged.", "agree"),
    ("Observers said the election was free and fair.",
     "The opposition said the election was rigged.", "conflict"),
])
def test_negations_told_in_other_words_agree(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, b


@pytest.mark.parametrize(("a", "b", "relation"), [
    ("The ban does not apply to hospitals.", "Hospitals are exempt from the ban.", "agree"),
    ("The rebels did not withdraw from the town.", "The rebels still hold the town.", "agree"),
    ("The suspect did not survive the shootout.", "The suspect died in the shootout.", "agree"),
    ("The vaccine did not work against the new variant.",
     "The vaccine was ineffective against the new variant.", "agree"),
    ("The suspect did not survive the shootout.", "The suspect survived the shootout.",
     "conflict"),
    ("The rebels did not withdraw from the town.", "The rebels withdrew from the town.",
     "conflict"),
])
def test_a_negated_act_and_its_outcome_in_other_words(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, b


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a cue that bounds or names asserts what follows
    ("The award went to none other than the mayor's daughter.",
     "The mayor's daughter received the award.", "agree"),
    ("No fewer than 40 countries signed the pledge.", "At least 40 countries signed the pledge.",
     "agree"),
    # two cues that cancel, and a verb whose negation asserts
    ("The talks were not without progress.", "The talks made some progress.", "agree"),
    ("The talks ended without progress.", "The talks made some progress.", "conflict"),
    ("The government did not hesitate to send troops.", "The government quickly sent troops.",
     "agree"),
])
def test_negation_words_that_assert(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, b


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a state inside a rejected claim is not the rejecter's: rejecting "unsafe" agrees
    # with "safe"
    ("The company rejected claims that its product was unsafe.",
     "Regulators said the product was safe.", "agree"),
    ("The company rejected claims that its product was unsafe.",
     "Regulators said the product was unsafe.", "conflict"),
])
def test_a_state_in_a_rejected_claim_is_not_said(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, b


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


@pytest.mark.parametrize(("a", "b", "places"), [
    # a correction of place denies the place it sets aside to the thing it is about
    ("The video shows Israeli soldiers in Gaza.", "The video was filmed in Lebanon, not Gaza.",
     ("Lebanon", "Gaza")),
    ("The photo shows a strike in Gaza.", "The photo was taken in Syria, not in Gaza.",
     ("Syria", "Gaza")),
    ("The photo was taken in Gaza in 2023.", "The photo was taken in Syria in 2014, not in Gaza.",
     ("Syria", "Gaza")),
    ("The photo shows a strike in Gaza.", "The photo was taken in Syria rather than Gaza.",
     ("Syria", "Gaza")),
    ("The video shows soldiers in Gaza.", "The video wasn't filmed in Gaza but in Lebanon.",
     ("wasn't filmed", "Lebanon")),
    ("The summit was held in Geneva.",
     "The summit was held in Vienna in March, not Geneva, officials said.", ("Vienna", "Geneva")),
    ("The video shows soldiers in Gaza.", "Video Filmed In Lebanon, Not Gaza", ("Lebanon", "Gaza")),
])
def test_a_correction_of_place_denies_the_place_the_other_side_names(
        a: str, b: str, places: tuple[str, str]) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", b
    contra = next(d for d in result.differences if d.kind == "contradiction")
    assert all(p in contra.summary for p in places), contra.summary  # both places, shown
    assert {e["role"] for e in contra.evidence} == {"negates", "asserts"}


@pytest.mark.parametrize(("a", "b"), [
    # another thing corrected: the hospital is not what the video shows
    ("The video shows soldiers in Gaza.", "The hospital is in Lebanon, not Gaza."),
    ("Soldiers were filmed in Gaza.", "The hospital was bombed in Lebanon, not in Gaza."),
    # "not only ... but also" adds a place, it denies none
    ("The video shows soldiers in Gaza.",
     "The video was filmed not only in Gaza but also in Lebanon."),
    # both deny Gaza; a place each side denies places nothing there
    ("The video was filmed in Syria, not Gaza.", "The video was filmed in Lebanon, not Gaza."),
    ("The photo was not taken in Gaza.", "The photo is not from Gaza."),
    # what was attacked, not where: "not Lebanon" sets aside Israel, no place
    ("Hamas fighters attacked Israel.", "Hamas fighters in Gaza attacked Israel, not Lebanon."),
])
def test_a_correction_of_another_thing_or_an_added_place_disputes_nothing(a: str,
                                                                          b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "agree", b


@pytest.mark.parametrize(("neg", "pos", "shown"), [
    # a contracted negation is quoted with the auxiliary it is written onto
    ("No, a bird didn't poop on Vladimir Putin.",
     "A bird pooped on Vladimir Putin during a speech.", "didn't poop"),
    ("The Batmobile wasn't stolen, police said.", "The Batmobile was stolen.", "wasn't stolen"),
    ("The mayor can't veto the budget.", "The mayor vetoed the budget.", "can't veto"),
    ("There won't be six days of darkness in December.",
     "Earth will experience six days of darkness in December.", "won't be six days of darkness"),
    ("The president didn't meet Putin on Friday.", "The president met Putin on Friday.",
     "didn't meet"),
    ("The mayor cannot veto the budget, the council said.", "The mayor vetoed the budget.",
     "cannot veto"),
    # and the negated word with the rest of its phrase
    ("The men are not fist fighting in a ring.", "The men are fist fighting in a ring.",
     "not fist fighting"),
    ("The kitten isn't eagerly drinking some milk.", "The kitten is eagerly drinking some milk.",
     "isn't eagerly drinking"),
    ("Missing Fort Carson item not a nuclear weapon - despite Internet rumors",
     "Fort Carson is locked down because of a missing nuclear weapon", "not a nuclear weapon"),
    ("The man is not doing floor exercises.", "The man is doing floor exercises.",
     "not doing floor exercises"),
])
def test_a_negation_is_quoted_as_words_a_reader_can_read(neg: str, pos: str, shown: str) -> None:
    result = contrast(claim("wire", pos), claim("site", neg))
    contra = next(d for d in result.differences if d.kind == "contradiction")
    assert f"“{shown}”" in contra.summary, contra.summary


@pytest.mark.parametrize(("neg", "pos", "shown"), [
    # the phrase ends where the next one starts: a noun of what follows, a preposition
    ("Judd Nelson isn't dead report is a hoax", "Judd Nelson is dead", "isn't dead"),
    ("The person is not running onto the field.",
     "A person in a pink jacket is running onto the field.", "not running"),
    ("Banksy has not been arrested sigh", "Anonymous street artist Banksy was arrested",
     "not been arrested"),
    # "not" is a word of its own: it is quoted as it was
    ("The man is not slicing a potato.", "The man is slicing a potato.", "not slicing"),
])
def test_a_quoted_negation_stops_at_its_phrase(neg: str, pos: str, shown: str) -> None:
    result = contrast(claim("wire", pos), claim("site", neg))
    contra = next(d for d in result.differences
                  if d.kind == "contradiction" and "where" in d.summary)
    assert f"“{shown}”" in contra.summary, contra.summary


def test_an_opposite_said_with_a_contraction_quotes_its_auxiliary() -> None:
    a, b = "Macaulay Culkin is dead", "Macaulay Culkin Hasn't Died Despite What Everyone Says"
    result = contrast(claim("wire", a), claim("site", b))
    contra = next(d for d in result.differences if d.kind == "contradiction")
    assert "“Hasn't Died”" in contra.summary, contra.summary


@pytest.mark.parametrize(("pos", "neg", "shown"), [
    # the other side's clause is quoted with the subject and verb an "and" or a comma cut off
    ("A man and a woman are shaking hands.", "A man and a woman are not shaking hands.",
     "A man and a woman are shaking hands"),
    ("The black and white dog is running.", "The black and white dog isn't running.",
     "The black and white dog is running"),
    ("The cheerleaders are parading and wearing black uniforms.",
     "The cheerleaders are not wearing black uniforms.",
     "The cheerleaders are parading and wearing black uniforms"),
    ("A boy is climbing a wall and is attached to a rope.",
     "A boy is climbing a wall and isn't attached to the rope.",
     "A boy is climbing a wall and is attached to a rope"),
    ("Fort Carson is locked down because of a missing nuclear weapon",
     "Missing Fort Carson item not a nuclear weapon - despite Internet rumors",
     "Fort Carson is locked down because of a missing nuclear weapon"),
    # a clause with a subject and verb of its own is quoted alone
    ("A group of kids is playing in a yard and an old man is standing in the background",
     "There is no man standing in the background",
     "an old man is standing in the background"),
    ("The black and white dog is running and a person stands behind it",
     "There is no person standing behind the dog", "a person stands behind it"),
])
def test_the_contradicted_clause_is_quoted_with_its_subject(pos: str, neg: str,
                                                            shown: str) -> None:
    result = contrast(claim("wire", pos), claim("site", neg))
    contra = next(d for d in result.differences
                  if d.kind == "contradiction" and "where" in d.summary)
    assert f"where wire says “{shown}”" in contra.summary, contra.summary


@pytest.mark.parametrize(("pos", "neg", "quotes"), [
    # an "and" inside a noun phrase joins words: both sides are quoted past it
    ("A man and a child are kayaking through gentle waters",
     "There is no man and child kayaking through gentle waters",
     ("no man and child kayaking through gentle waters",
      "A man and a child are kayaking through gentle waters")),
    ("A white and brown dog is walking through the water",
     "There is no white and brown dog walking through the water",
     ("no white and brown dog walking through the water",
      "A white and brown dog is walking through the water")),
    ("A horse is tossing the cowboy in red and blue pants",
     "There is no horse tossing the cowboy in red and blue pants",
     ("no horse tossing the cowboy in red and blue pants",)),
    # another act after the "and" is another clause: the negation is quoted without it
    ("A man is singing", "There is no man singing and playing the guitar",
     ("no man singing",)),
    ("A clown is singing and people are dancing",
     "There is no clown singing and people are not dancing", ("no clown singing",)),
])
def test_an_and_that_joins_words_is_quoted_past(pos: str, neg: str,
                                                quotes: tuple[str, ...]) -> None:
    result = contrast(claim("wire", pos), claim("site", neg))
    summaries = " ".join(d.summary for d in result.differences if d.kind == "contradiction")
    assert all(f"“{q}”" in summaries for q in quotes), summaries


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
    # a participle negated by "un" opposes the participle
    ("The tariffs were unjustified.", "The tariffs were justified.", "conflict"),
    ("The minister called the strike unprovoked.", "The minister said the strike was provoked.",
     "conflict"),
    ("The town was unaffected by the storm.", "The town was affected by the storm.", "conflict"),
    # other senses, and two groups named by what befell them, are no denial
    ("Reporters uncovered evidence of fraud.", "The evidence was covered by the press.",
     "agree"),
    ("Unvaccinated children were most at risk.", "Vaccinated children were also at risk.",
     "agree"),
    ("Many cases went unreported.", "Officials reported 50 cases.", "agree"),
    ("The record was unprecedented.", "The record was set in 2019.", "agree"),
])
def test_a_participle_negated_by_un(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b"), [
    # what one falls or stops short of, or comes nowhere near, was not reached
    ("The plan falls short of a ceasefire.", "The plan amounts to a ceasefire."),
    ("The plan stops short of a ceasefire.", "The plan amounts to a ceasefire."),
    ("Sales fell short of expectations.", "Sales met expectations."),
    ("Sales fell well short of expectations.", "Sales met expectations."),
    ("The senator stopped short of calling the attack genocide.",
     "The senator called the attack genocide."),
    ("Turnout fell short of the 50% threshold.", "Turnout reached the 50% threshold."),
    ("The talks came nowhere near a deal.", "The talks produced a deal."),
    ("The talks came nowhere close to an agreement.", "The talks ended in an agreement."),
])
def test_falling_short_of_a_thing_denies_reaching_it(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", (a, b)
    contra = next(d for d in result.differences if d.kind == "contradiction")
    assert {e["role"] for e in contra.evidence} == {"negates", "asserts"}


def test_a_shortfall_is_shown_with_its_verb() -> None:
    result = contrast(claim("wire", "The plan falls short of a ceasefire."),
                      claim("site", "The plan amounts to a ceasefire."))
    assert "“falls short of a ceasefire”" in result.summary, result.summary


@pytest.mark.parametrize(("a", "b"), [
    # the other side claims no majority: nothing it says is denied
    ("The party fell short of a majority.", "The party won 48% of seats."),
    # a negated shortfall asserts; a question, a condition ask or suppose
    ("Sales did not fall short of expectations.", "Sales met expectations."),
    ("The government did not fail to pass the budget.", "The government passed the budget."),
    ("Did the plan fall short of a ceasefire?", "The plan amounts to a ceasefire."),
    ("If the plan falls short of a ceasefire, fighting will resume.",
     "The plan amounts to a ceasefire."),
    # "short of" a supply, not of attaining it
    ("The army is short of ammunition.", "The army has ammunition."),
])
def test_a_shortfall_denied_asked_or_of_no_claim_is_no_conflict(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "agree", (a, b)


def test_a_shortfall_negated_still_disputes_the_shortfall() -> None:
    result = contrast(claim("wire", "Sales did not fall short of expectations."),
                      claim("site", "Sales fell short of expectations."))
    assert result.relation == "conflict", result.summary


@pytest.mark.parametrize(("text", "speaker", "who"), [
    # a denial told by another: the one who denies is its verb's subject, told by the voice
    ("Mr. Comey said Mr. Trump denied that he had consorted with Russian prostitutes.",
     "James Comey", "Trump, as James Comey tells it, denies what"),
    ("White House officials privately dismissed reports that the troops would be withdrawn.",
     None, "White House officials, as New York Times tells it, deny what"),
    ("The ministry said the Kremlin has flatly denied reports that the troops would be "
     "withdrawn.", "Foreign ministry", "The Kremlin, as the Foreign ministry tells it, denies"),
])
def test_a_denial_told_by_another_voice_is_its_subjects(text: str, speaker: str | None,
                                                         who: str) -> None:
    report = claim("wire", "The troops would be withdrawn, and Trump consorted with Russian "
                           "prostitutes, the report said.", speaker="Reuters")
    result = contrast(report, claim("New York Times", text, speaker=speaker))
    assert result.relation == "conflict", result.summary
    assert result.summary.startswith(who), result.summary


@pytest.mark.parametrize(("text", "speaker", "who"), [
    # the voice's own denial, a pronoun, a subject read in part, a noun or a passive
    ("Mr. Trump denied that he had consorted with Russian prostitutes.", "Donald Trump",
     "Donald Trump denies what"),
    ("He denied that the troops would be withdrawn.", "Foreign ministry",
     "The Foreign ministry denies what"),
    ("The Saudi airline rep denied reports that the troops would be withdrawn.", None,
     "New York Times denies what"),
])
def test_a_denial_in_the_voice_or_of_no_named_subject_stays_the_voices(
        text: str, speaker: str | None, who: str) -> None:
    report = claim("wire", "The troops would be withdrawn, and Trump consorted with Russian "
                           "prostitutes, the report said.", speaker="Reuters")
    result = contrast(report, claim("New York Times", text, speaker=speaker))
    assert result.relation == "conflict", result.summary
    assert result.summary.startswith(who), result.summary


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


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a story called untrue in a phrase that names it ("over a fabricated interview") denies
    # what the story tells, not another side that only names the story too
    ("Columnist sacked over mayor interview",
     "The editor wants the columnist sacked over a fabricated interview with the mayor.",
     "agree"),
    ("Coach Faces Questions Over Injury Story",
     "Board wants the coach out over fake injury story", "agree"),
    ("Senator Resigns Over Campaign Donation Story",
     "Party wants the senator out over a fabricated campaign donation story", "agree"),
    # a side that tells the story is denied
    ("The columnist interviewed the mayor at city hall last week.",
     "The editor wants the columnist sacked over a fabricated interview with the mayor.",
     "conflict"),
    ("The striker's injury kept him out for a month.",
     "Board wants the coach out over fake injury story", "conflict"),
    ("A developer gave the senator's campaign a large donation.",
     "Party wants the senator out over a fabricated campaign donation story", "conflict"),
])
def test_a_story_only_named_is_not_denied(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # "unmasked" said of a person is an act done to them (named); "a masked painter" picks
    # someone out by how they were seen, a description the act does not deny
    ("Secret street artist unmasked as Bristol teacher",
     "Bristol teacher named as masked painter behind the murals", "agree"),
    ("Mural painter unmasked as Bristol teacher",
     "Bristol teacher named as the masked painter behind the murals", "agree"),
    ("Anonymous blogger unmasked as a city council aide",
     "City council aide named as the masked figure behind the blog", "agree"),
    # "masked" / "unmasked" as states of one person oppose
    ("The gunman was masked, witnesses said.", "The gunman was unmasked, witnesses said.",
     "conflict"),
    ("The robbers were masked.", "The robbers were unmasked.", "conflict"),
    ("Police hunt masked gunman after shooting", "The gunman was unmasked, witnesses said",
     "conflict"),
])
def test_a_description_is_no_state_a_prefix_denies(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a denied way of killing, of a victim the other side names as killed: her name and the
    # killing are the two words the denial needs (a name is no content word outside a
    # headline)
    ("Kurdish sniper Leyla was killed in the battle for the town.",
     "Kurdish fighters deny that Leyla was beheaded.", "conflict"),
    ("Tomas Berg was killed in the rebel-held town.",
     "The rebels denied that their men executed Tomas Berg.", "conflict"),
    ("Mayor Rosa Vidal was killed at her home.",
     "The militia denied that its fighters murdered the mayor, Rosa Vidal.", "conflict"),
    # the victim named without a killing, a killing of others, or the killing denied too
    ("Her captors freed Leyla.", "Kurdish fighters deny that Leyla was beheaded.", "agree"),
    ("Two Kurdish soldiers were killed in the battle for the town.",
     "Kurdish fighters deny that Leyla was beheaded.", "agree"),
    ("The rebels released Tomas Berg on Friday.",
     "The rebels denied that their men executed Tomas Berg.", "agree"),
    ("Rosa Vidal was re-elected mayor.",
     "The militia denied that its fighters murdered the mayor, Rosa Vidal.", "agree"),
    ("Leyla was not killed, her unit says.", "Kurdish fighters deny that Leyla was beheaded.",
     "agree"),
])
def test_a_denied_killing_of_a_named_victim(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)
