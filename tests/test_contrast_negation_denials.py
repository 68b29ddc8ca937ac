"""The contrast stage on denials: debunks, fact-checks, answers, "untrue", and whose denial."""

from __future__ import annotations

import dataclasses

import pytest
from contrastkit import claim, contrast


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


def test_a_denial_of_what_its_own_sentence_said_needs_the_other_side_to_say_it() -> None:
    denial = ("Investigators looked for evidence of collusion with the builder, "
              "which the mayor denies.")
    assert contrast(claim("x", denial),
                    claim("y", "The mayor opened the new bridge on Monday.")).relation == "agree"
    assert contrast(claim("x", denial), claim(
        "y", "Investigators found evidence of collusion with the builder.")).relation == "conflict"


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


def test_a_denial_by_pronoun_meets_the_named_statement() -> None:
    # the core names who "she" is; the contrast reads the text and takes the name from it
    denial = claim("post", "She was not suspended, her lawyer insisted.", speaker="lawyer")
    denial = dataclasses.replace(denial, core="Dana Okafor was not suspended")
    report = claim("desk", "Dana Okafor has been suspended, the unit said.", speaker="unit")
    assert contrast(denial, report).relation == "conflict"
    other = claim("desk", "Martin Kessler has been suspended, the unit said.", speaker="unit")
    assert contrast(denial, other).relation == "agree"


def test_a_denial_ends_where_the_denier_goes_on_to_say_something_else() -> None:
    denial = ("The defence ministry denied targeting civilians and said its forces had hit "
              "a military warehouse.")
    same_side = "The ministry said its troops had destroyed a military warehouse."
    other_side = "The missiles targeted civilians in the city, the governor said."
    assert contrast(claim("x", denial), claim("y", same_side)).relation == "agree"
    assert contrast(claim("x", denial),
                    claim("y", other_side, speaker="governor")).relation == "conflict"


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
