"""The contrast stage on opposite states, stances and rulings, on what is called untrue, and on
asides and hedges that deny nothing."""

from __future__ import annotations

import pytest
from contrastkit import claim, contrast, dated, kinds, parsed


@pytest.mark.parametrize(("a", "b"), [
    # both sides call one statement untrue: they agree
    ("The governor repeated the myth that the new dam caused the floods downstream.",
     "Activists have spread an unscientific conspiracy theory that the new dam caused the "
     "floods downstream."),
    ("The governor has falsely suggested that the new dam caused the floods downstream.",
     "Bloggers have long championed the false claim that the new dam caused the floods."),
    # a belief someone holds is not what the sentence asserts
    ("The governor repeated the myth that the new dam caused the floods downstream.",
     "The belief that the new dam caused the floods led to protests in three towns."),
    # a question asserts nothing a negation could contradict
    ("Did the new dam cause the floods downstream?",
     "Engineers found that the new dam did not cause the floods downstream."),
    # "the fake news media" names the press; it calls no statement untrue
    ("The mayor warned that the looting would lead to shootings.",
     "Our fake news media twisted the mayor's warning into something it wasn't."),
    # what "it" or "this" is cannot be told: a negation of it ties to nothing said
    ("The council has examined gun violence after every mass shooting.",
     "What gets the council to examine gun violence is plain: it's not a mass shooting; "
     "it's an election."),
    ("Rising rents would be enough of a problem for the city in normal times.",
     "None of this is a problem for the city on its own."),
    # the "hoax" is what the man the sentence is about claimed, not the writer's verdict
    ("The radio host claimed that the school shooting had been staged by actors.",
     "The radio host, who claimed the school shooting was a hoax, was sued by a parent."),
])
def test_a_statement_both_sides_doubt_or_only_report_is_no_dispute(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "agree", b


@pytest.mark.parametrize(("a", "b"), [
    ("The new dam caused the floods downstream, the farmers' union said.",
     "The governor repeated the myth that the new dam caused the floods downstream."),
    ("The new dam caused the floods downstream, the farmers' union said.",
     "The governor has falsely claimed that the new dam caused the floods downstream."),
    # a question can doubt what the other side says
    ("The new dam caused the floods downstream, the farmers' union said.",
     "Was the story of the dam causing the floods all a hoax?"),
    ("Fake news report claims the mayor resigned on Monday.",
     "The mayor resigned on Monday, the city council said."),
    ("Two soldiers were among the victims of the blast.",
     "None of the victims of the blast were soldiers."),
])
def test_a_statement_called_untrue_as_it_is_reported_is_denied(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "conflict", b


@pytest.mark.parametrize(("a", "b"), [
    # "almost no" is an amount, not a denial of what the other side says
    ("The senator declared that there was almost no middle class left in the state.",
     "Wages of the middle class in the state have not kept up with rents."),
    # ", not by ...": an alternative set beside the statement; it denies no one's words
    ("The court ruled that pay is set by seniority, not by the claimed merit of each worker.",
     "Union leaders claim that merit pay would divide the workers."),
    # what comments said is reported, not asserted; an aside between dashes keeps the
    # clause it interrupts ("the idea ... is that X — aside — can Y")
    ("Bloggers have long championed the false claim that the new dam caused the floods.",
     "The mayor made several comments about the dam, linking the new dam to the floods."),
    ("Bloggers have long championed the false claim that the new dam caused the floods.",
     "The idea behind the theory is that the new dam — a huge structure — caused the floods."),
    # what is called false sits before an aside (not nothing, which would deny anything):
    # the other side must say two of its words
    ("The plans promoted by the dam lobby — which rely on old surveys — are false.",
     "The governor lent his support to the lobby at a rally on Sunday."),
    # two words of a sentence-long "myth that" are the story, not the statement
    ("It is hard to keep up the myth that the great wealth gap in not just the city but the "
     "whole region somehow reflects a market that fairly rewards work and talent.",
     "Coverage of the wealth of the city's landlords has grown during the layoffs."),
])
def test_asides_hedges_and_alternatives_deny_nothing_said(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "agree", b


@pytest.mark.parametrize(("a", "b"), [
    # the same constructions still deny what the other side does say
    ("The new dam caused the floods downstream, the farmers' union said.",
     "The plans promoted by the dam lobby — which rely on old surveys — are false: "
     "the new dam did not cause the floods downstream."),
    ("The great wealth gap in the region reflects a market that fairly rewards work and "
     "talent, the minister said.",
     "It is hard to keep up the myth that the great wealth gap in not just the city but the "
     "whole region somehow reflects a market that fairly rewards work and talent."),
    ("There is a large middle class in the state, the report said.",
     "There is no middle class in the state."),
])
def test_the_same_constructions_still_deny_what_is_said(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "conflict", b


@pytest.mark.parametrize(("a", "b"), [
    # an obligation or advice is not a statement that something is false
    ("His visit would have been met by mass protests.",
     "The scaled-down visit must not be met with scaled-down protests, the party said."),
    # more of a thing is denied, and the thing itself taken for given
    ("The temporary extension of the deadline is unlikely to satisfy the union.",
     "There will be no further extension of the deadline beyond June 1."),
    # a "that" relative clause picks out things; it denies nothing of them
    ("The tariff granted temporary exemptions to Canada and Mexico.",
     "Countries such as China that don't have exemptions will face the tariff."),
    # one stem in two senses: a noun after "any", a verb after "he"
    ("Comey said he favored transparency about the memos.",
     "Critics agree the memos didn't do him any favors."),
    ("Mueller's questions put the president's statement to the test.",
     "The president has not been questioned by the special counsel yet."),
    # what someone wants or is to do is not stated as done
    ("The president is looking forward to being questioned by Mueller.",
     "The president has not been questioned by Mueller yet."),
    ("The president delayed the decision to certify the nuclear deal.",
     "Last October, the president refused to certify the nuclear deal."),
    # what would end or cause something is not said to have happened
    ("Union leader Marta Lopes said the protests would go on until the reform was withdrawn.",
     "The government said it would not withdraw the pension reform."),
    ("The strike will continue unless the plan is scrapped, the union said.",
     "The minister said the plan would not be scrapped."),
    ("The valley will be flooded if the dam fails.", "The dam did not fail."),
    # what happened anyway is not negated: the protests took place
    ("Tens of thousands of people marched through Lisbon on Saturday against the pension "
     "reform.", "The government said on Sunday it would not withdraw the pension reform "
     "despite Saturday's protests in Lisbon."),
    ("Thousands rallied in the capital against the new law.",
     "The president did not sign the law amid the rallies in the capital."),
])
def test_negations_that_deny_no_statement(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "agree", b


@pytest.mark.parametrize(("a", "b"), [
    # the same words, stated as facts, still contradict
    ("The visit was met by mass protests.", "The visit was not met by any protests."),
    ("The government granted an extension to the importers.",
     "The government did not grant an extension to the importers."),
    ("Mueller questioned the president last week.",
     "The president has not been questioned by Mueller."),
    # a future stated as fact is denied by a plain negation
    ("The national airline will introduce gender segregation on its flights.",
     "No gender segregation on the national airline's flights."),
    # "no one" denies that anyone was: any arrest told of
    ("Police arrested 12 people after scuffles near parliament.",
     "Roux said the march was peaceful and no one had been arrested."),
    ("The plan was withdrawn after the protests.", "The government has not withdrawn the plan."),
])
def test_stated_negations_still_contradict(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "conflict", b


@pytest.mark.parametrize(("a", "b", "relation"), [
    # not denying a report is no denial of it, nor a confirmation
    ("The company confirmed the report.", "The company did not deny the report.", "agree"),
    ("The ministry confirmed the report.", "The ministry has never denied the report.", "agree"),
    ("The ministry confirmed the report.", "The ministry denied the report.", "conflict"),
    # "not all" says some did not, which "most" allows and "all" does not
    ("Most of the 300 passengers were rescued.",
     "Not all of the 300 passengers were rescued.", "agree"),
    ("Most members agreed with the decision.",
     "Not everyone agreed with the decision.", "agree"),
    ("All of the 300 passengers were rescued.",
     "Not all of the 300 passengers were rescued.", "conflict"),
    ("Everyone agreed with the decision.", "Not everyone agreed with the decision.", "conflict"),
])
def test_negating_a_denial_or_a_whole_leaves_the_rest_open(a: str, b: str,
                                                             relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a claim that tells both ways a thing went (fell, then rose) opposes neither
    ("The stock fell 5% after the announcement.",
     "Shares ended the day higher after an early 5% drop.", "agree"),
    ("The stock fell 5% after the announcement.",
     "Shares rose 5% after the announcement.", "conflict"),
    # how one person left office: resigned or was fired
    ("The minister resigned on Monday.", "The minister was sacked on Monday.", "conflict"),
    ("The coach stepped down after the defeat.", "The coach was fired after the defeat.",
     "conflict"),
    ("The minister resigned on Monday.", "The minister's deputy was sacked on Monday.", "agree"),
    ("The CEO stepped down after the board voted to remove him.", "The CEO was ousted.", "agree"),
    # still sought, or caught
    ("The gunman is still at large, police said.", "The gunman was arrested on Sunday.",
     "conflict"),
    ("The gunman is still at large, police said.",
     "The gunman's brother was arrested on Sunday.", "agree"),
    # a level held or moved
    ("The bank raised interest rates by a quarter point.",
     "The bank left interest rates unchanged.", "conflict"),
    ("Prices were unchanged in May.", "Prices rose 0.3% in May.", "conflict"),
    ("Prices were unchanged in May.", "Wages rose 0.3% in May.", "agree"),
])
def test_opposite_states_of_one_subject(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Power has been restored to the city.", "Power has not been fully restored to the city."),
    ("The passengers were rescued.", "Not all of the passengers were rescued."),
    ("Officials in many states said all votes were counted.", "Not all votes were counted."),
])
def test_not_all_still_denies_the_plain_statement(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "conflict", (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # the one arrested is the verb's object: "police arrested the gunman" is of the gunman
    ("The gunman is still at large.", "Police arrested the gunman on Sunday.", "conflict"),
    ("Smith remains on the run.", "Police detained Smith in Lyon.", "conflict"),
    ("The gunman is still at large.", "The gunman was caught on camera leaving the bank.",
     "agree"),
    ("The gunman is still at large.", "Police arrested the gunman's brother on Sunday.",
     "agree"),
    # who defeated whom: the winner is the subject of "defeated", the loser of "was defeated"
    ("Smith defeated Jones in the final.", "Smith won the final.", "agree"),
    ("Jones was defeated in the final.", "Jones won the final.", "conflict"),
])
def test_who_a_state_is_of_follows_the_verb(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    ("The court ruled the law unconstitutional.", "The court upheld the law.", "conflict"),
    ("The Supreme Court upheld the ruling.", "An appeals court overturned the ruling.", "agree"),
    ("Turnout was the highest since 1992.", "Turnout was the lowest in decades.", "conflict"),
    ("Turnout was the highest since 1992.",
     "Support for the ruling party was the lowest in decades.", "agree"),
    ("The hurricane weakened to a tropical storm.",
     "The hurricane strengthened to a Category 3 storm.", "conflict"),
    ("The company beat analysts' expectations.", "The company missed analysts' forecasts.",
     "conflict"),
    # a ruling told in the passive on one side: of the law, by the court
    ("The law was struck down by the court.", "The court upheld the law.", "conflict"),
    ("The ban was upheld by the court.", "The court struck down the ban.", "conflict"),
    ("The Supreme Court upheld the ban.", "A lower court struck down the ban.", "agree"),
    # votes: a vote survived is one won; a measure rejected is one not passed, by one body
    ("The prime minister survived a confidence vote.",
     "The prime minister lost a confidence vote.", "conflict"),
    ("Voters rejected the referendum on independence.",
     "The referendum on independence passed.", "conflict"),
    ("The Senate rejected the spending bill.", "The Senate passed the spending bill.",
     "conflict"),
    ("The House passed the spending bill.", "The Senate rejected the spending bill.", "agree"),
    ("Hamas rejected the ceasefire proposal.", "Israel approved the ceasefire proposal.",
     "agree"),
    # to survive is the survivor's state, not what it survived
    ("The minister survived the attack.", "The minister died in the attack.", "conflict"),
    ("The pilot survived the crash.", "The co-pilot died in the crash.", "agree"),
])
def test_opposite_rulings_records_and_results(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # one senator's stance on one bill, in the words a report uses for it
    ("Senator Collins voted against the bill.", "Senator Collins supported the bill.",
     "conflict"),
    ("Collins opposed the bill.", "Collins backed the bill.", "conflict"),
    # two people's stances, a stance on another thing, and the passive (whose support?)
    ("Democrats supported the bill.", "Republicans opposed the bill.", "agree"),
    ("France supported Armenia.", "France opposed the sanctions.", "agree"),
    ("The bill, supported by Democrats, passed.", "The bill, opposed by Republicans, passed.",
     "agree"),
    # what a measure did: "no effect" is itself the claim, not a negation of one
    ("The vaccine reduced deaths by a third.", "The vaccine had no effect on deaths.",
     "conflict"),
    ("The vaccine is effective.", "The vaccine had no effect.", "conflict"),
    ("The policy reduced crime.", "The policy had no effect on unemployment.", "agree"),
    ("The new tariff reduced imports.", "The new tariff had little impact on imports.",
     "conflict"),
    # a law or a ban: lifted, or still in force
    ("The law was repealed.", "The law remains in force.", "conflict"),
    ("The ban was lifted.", "The ban remains in place.", "conflict"),
    ("The curfew was lifted in the north.", "The ban on rallies remains in place.", "agree"),
    # a bill's fate, decided by a body: the same body, or two
    ("The Senate passed the bill on Tuesday.", "The bill was defeated in the Senate on Tuesday.",
     "conflict"),
    ("Parliament approved the deal.", "The deal was defeated in parliament.", "conflict"),
    ("Lawmakers approved the budget.", "The budget was voted down.", "conflict"),
    ("The House passed the bill on Tuesday.", "The bill was defeated in the Senate on Tuesday.",
     "agree"),
    ("The bill passed the House.", "The bill failed in the Senate.", "agree"),
    ("Lawmakers approved the budget.", "Lawmakers voted down the pension reform.", "agree"),
    ("Alice passed the exam.", "Bob failed the exam.", "agree"),
    # parts of one group may each do their own thing; two majorities cannot
    ("Most Republicans opposed the measure.", "Several Republicans supported the measure.",
     "agree"),
    ("Some Democrats voted for the bill.", "Some Democrats voted against the bill.", "agree"),
    ("Most Republicans opposed the measure.", "Most Republicans supported the measure.",
     "conflict"),
    # "denied any X" denies X, as "denied the X" does; of another thing it denies nothing
    ("The minister admitted wrongdoing.", "The minister denied any wrongdoing.", "conflict"),
    ("The company admitted the data breach.", "The company denied any data breach.",
     "conflict"),
    ("The bank was fined for money laundering.", "The bank denied any wrongdoing.", "agree"),
    ("The talks in Geneva collapsed.", "The talks in Geneva ended in agreement.", "conflict"),
    ("The suspect was released on bail.", "The suspect remains in custody.", "conflict"),
    ("The suspect was released on bail.", "His brother remains in custody.", "agree"),
    ("The president signed the bill into law.", "The president vetoed the bill.", "conflict"),
])
def test_stances_effects_bills_and_denials(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a verb's object says what was won or lost, voted on: two objects, two things
    ("The team won the match.", "The team lost its captain to injury.", "agree"),
    ("The senator voted for the bill.", "The senator voted against the tax cut.", "agree"),
    ("The team won the final.", "The team lost the final.", "conflict"),
    ("The team won the final.", "The team lost in the final.", "conflict"),
    ("The minister resigned on Monday.", "The minister was sacked on Tuesday.", "conflict"),
])
def test_opposite_states_of_two_objects_are_no_conflict(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # "terror-related" is said of terror, as "terrorist" and "terrorism" are
    ("Police are treating the attack as a terrorist incident.",
     "Police said the attack was not terror-related.", "conflict"),
    ("Police are treating the attack as terrorism.",
     "Police said the attack was not terror-related.", "conflict"),
    ("Police are treating the attack as terrorism.",
     "Police said the attack was terror-related.", "agree"),
    ("Police said the attack was not terror-related.",
     "The attacker had a history of mental illness, police said.", "agree"),
])
def test_a_word_and_its_derivatives_are_one_thing_denied(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # not saying, confirming or knowing something denies nothing of it
    ("The airline cancelled dozens of flights.",
     "The airline did not say how many flights were cancelled.", "agree"),
    ("The number of casualties is unknown, officials said.",
     "Officials could not confirm the number of casualties.", "agree"),
    ("The pilot survived the crash.", "It is not known whether the pilot survived the crash.",
     "agree"),
    # saying the opposite of the verb itself is still a dispute
    ("The senator said the election was stolen.",
     "The senator did not say the election was stolen.", "conflict"),
])
def test_not_saying_is_no_denial(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # who fired first, who started it: two sides named as the one who began
    ("Witnesses said the police fired first.", "Police said protesters fired first.",
     "conflict"),
    ("Russia started the war, the minister said.", "Ukraine started the war, Moscow says.",
     "conflict"),
    # the same side named, or two acts that are not the start of one thing
    ("Witnesses said the police fired first.", "The police fired first, a reporter said.",
     "agree"),
    ("Police fired tear gas at the crowd.", "Protesters fired fireworks at police.", "agree"),
])
def test_who_started_it(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


def test_two_firms_starting_things_is_no_dispute() -> None:
    a, b = "Apple started selling the phone in 2007.", "Samsung started selling the phone in 2009."
    assert "who started it" not in contrast(claim("x", a), claim("y", b)).summary


@pytest.mark.parametrize(("a", "b", "kind"), [
    # a state reported on two days is the story moving on, told in the order of the days
    ("The factory owner is still at large.", "Police arrested the factory owner.",
     "state_changed"),
    ("The border crossing remains closed.", "The border crossing reopened.", "state_changed"),
    ("Interest rates were left unchanged.", "Interest rates were raised.", "state_changed"),
    # what is fixed once done stays a dispute on any day
    ("The minister resigned.", "The minister was sacked.", "contradiction"),
    ("The fire was started deliberately.", "The fire was an accident.", "contradiction"),
])
def test_a_state_told_on_two_days_is_the_story_moving_on(a: str, b: str, kind: str) -> None:
    result = contrast(dated("wire", a, "2026-11-20"), dated("site", b, "2026-11-21"))
    assert kind in kinds(result), result.summary
    assert (result.relation == "conflict") == (kind == "contradiction"), result.summary
    if kind == "state_changed":
        assert result.summary.index("2026-11-20") < result.summary.index("2026-11-21")
    # on one day, or undated, it is a dispute
    same_day = contrast(dated("wire", a, "2026-11-21"), dated("site", b, "2026-11-21"))
    assert same_day.relation == "conflict", same_day.summary


@pytest.mark.parametrize(("a", "b", "relation"), [
    # one act done to one target, each side naming another culprit
    ("Russian forces shelled the market.", "Ukrainian forces shelled the market.", "conflict"),
    ("Russian forces shelled the market, Ukraine said.",
     "Russia said Ukrainian forces shelled the market.", "conflict"),
    ("The hospital was struck by an Israeli airstrike.",
     "The hospital was struck by a misfired Palestinian rocket.", "conflict"),
    # two targets; a claim that names both sides; one culprit; who did what to whom
    ("Russian forces shelled Kharkiv.", "Ukrainian forces shelled Donetsk.", "agree"),
    ("Russian forces shelled the market.", "Russian and Ukrainian forces shelled the market.",
     "agree"),
    ("Russian forces shelled the market.", "The market was shelled by Russian troops.", "agree"),
    ("The gunman killed two officers.", "Police killed the gunman.", "agree"),
    # a count of the dead as the target: the same count, or another act
    ("A Russian missile killed 12 civilians in Kharkiv.",
     "A Ukrainian missile killed 12 civilians in Kharkiv.", "conflict"),
    ("A Russian missile killed 12 civilians in Kharkiv.",
     "Russian forces killed 12 civilians in Kharkiv.", "agree"),
    ("Israeli troops shot 3 protesters.", "Palestinian gunmen shot 3 Israeli soldiers.", "agree"),
    # "U.S." is one side however it is spelled
    ("U.S. jets bombed the convoy.", "The convoy was bombed by US jets.", "agree"),
    ("U.S. jets bombed the convoy.", "Russian jets bombed the convoy.", "conflict"),
    # a label names no one: a label and a state's forces are two culprits (a label and a
    # named group may be one: below)
    ("Separatists shelled the village.", "Azerbaijani forces shelled the village.",
     "conflict"),
    ("Insurgents killed 12 civilians.", "Soldiers killed 12 civilians.", "conflict"),
])
def test_two_culprits_named_for_one_act(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Terrorists attacked the checkpoint.", "Militants attacked the checkpoint."),
    ("Hamas militants attacked the kibbutz.", "Terrorists attacked the kibbutz."),
])
def test_two_labels_of_one_group_are_no_two_culprits(a: str, b: str) -> None:
    """"terrorists" and "militants" may be one group: the outlets' labels differ (opposing
    terms), and no one is said to have done it instead of another."""
    found = kinds(contrast(claim("wire", a), claim("site", b)))
    assert "contradiction" not in found and "terminology" in found


def test_the_culprits_named_are_the_evidence() -> None:
    result = contrast(claim("Wire", "The market was shelled by Russian forces on Sunday."),
                      claim("Agency", "Ukrainian artillery shelled the market."))
    (blame,) = [d for d in result.differences if d.kind == "contradiction"]
    assert {e["text"] for e in blame.evidence} == {"shelled by Russian forces",
                                                   "Ukrainian artillery shelled"}
    assert "different sides" in blame.summary


@pytest.mark.parametrize(("a", "b", "relation"), [
    # common opposite words said of two things are no dispute
    ("Oil prices rose on Monday.", "Gold prices fell on Monday.", "agree"),
    ("Exports rose 5% in the first quarter.", "Imports fell 5% in the first quarter.", "agree"),
    ("The schools were closed.", "The shops remained open.", "agree"),
    ("Israel accepted the ceasefire proposal.", "Hamas rejected the ceasefire proposal.",
     "agree"),
    ("The concert was cancelled.", "The match went ahead.", "agree"),
    ("The merger was approved by shareholders.", "The merger was blocked by regulators.",
     "agree"),
    # of one thing, named as the verb's object on one side, they are
    ("The government increased fuel taxes.", "Fuel taxes fell last year.", "conflict"),
    ("Azerbaijan closed the Lachin corridor.", "The Lachin corridor remains open.", "conflict"),
    ("The union accepted the offer.", "The union rejected the offer.", "conflict"),
    ("Regulators approved the merger.", "The merger was blocked by regulators.", "conflict"),
    ("The stock fell 5%.", "Shares rose 5%.", "conflict"),
    # the words of one side's thing all in the other's: one thing, however much is said of it
    ("US exports rose 5%.", "US imports fell 5%.", "agree"),
    ("Shares in Tesla rose 3%.", "Shares in Ford fell 3%.", "agree"),
    ("Shares in Tesla rose 3%.", "Tesla shares fell 3%.", "conflict"),
    ("Turkish exports to Russia rose 5%.", "Turkish exports fell 5%.", "conflict"),
    # a verdict and a death are the object's state
    ("The court acquitted the officer.", "The officer was convicted of manslaughter.",
     "conflict"),
    ("Police killed the gunman.", "The gunman survived.", "conflict"),
    ("The gunman killed two officers.", "The gunman survived.", "agree"),
    # one name last is one person, however else each side describes them
    ("Rebel commander Ahmed Karimov was killed in an airstrike.",
     "Militia leader Karimov is alive, his aides said.", "conflict"),
    ("Rebel commander Ahmed Karimov was killed in an airstrike.",
     "His deputy Rustam Aliev is alive, aides said.", "agree"),
])
def test_opposite_words_of_two_things_are_no_dispute(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    ("Inflation slowed to 3.1% in October.", "Inflation accelerated to 3.1% in October.",
     "conflict"),
    ("Inflation slowed to 3.1%.", "Growth accelerated to 3%.", "agree"),
    ("The Fed raised rates.", "The Fed cut rates.", "conflict"),
    ("The Fed raised rates.", "The Fed held rates steady.", "conflict"),
    ("The ECB raised rates.", "The Fed cut rates.", "agree"),
    ("The union raised concerns about safety.", "The union cut its demands.", "agree"),
    ("The Fed raised interest rates.", "The Fed cut rates.", "conflict"),
    ("The company raised $5 million.", "The company cut 500 jobs.", "agree"),
    ("The patient died on Sunday.", "The patient is recovering in hospital.", "conflict"),
    ("The gunman died at the scene.", "The officer is recovering in hospital.", "agree"),
    ("The dam burst on Monday.", "The dam is intact, officials said.", "conflict"),
    ("The building collapsed.", "The dam is intact.", "agree"),
    ("The rebels withdrew from the city.", "The rebels still hold the city.", "conflict"),
    ("The army withdrew from the town.", "The rebels still control the town.", "agree"),
    ("The ceasefire held overnight.", "The ceasefire collapsed overnight.", "conflict"),
])
def test_rates_paces_patients_dams_and_positions(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # whom a strike hit, as each side tells it
    ("The army said it struck only military targets.",
     "Residents said missiles hit residential buildings.", "conflict"),
    ("The army said it hit only military targets, not residential areas.",
     "Residents said missiles hit residential buildings.", "conflict"),
    ("The army struck military targets.", "Missiles hit residential buildings in the east.",
     "agree"),
    # who broke a truce: two culprits, one act, one target
    ("Azerbaijan violated the ceasefire.", "Armenia violated the ceasefire.", "conflict"),
    ("The ceasefire was violated by Azerbaijan.", "The ceasefire was violated by Armenia.",
     "conflict"),
    ("Azerbaijan violated the ceasefire.", "Azerbaijan breached the truce.", "agree"),
    # a party's stance, of one party
    ("The peacekeepers remained neutral.", "The peacekeepers sided with the rebels.",
     "conflict"),
    ("The judge was impartial.", "The jury was biased.", "agree"),
])
def test_whom_strikes_hit_who_broke_a_truce_and_who_took_sides(a: str, b: str,
                                                               relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


def test_results_of_two_named_periods_are_no_dispute() -> None:
    two = contrast(claim("wire", "The company reported a profit in 2022."),
                   claim("site", "The company posted a loss in 2023."))
    assert two.relation == "agree", two.summary
    one = contrast(claim("wire", "The company reported a profit in 2023."),
                   claim("site", "The company posted a loss in 2023."))
    assert one.relation == "conflict", one.summary


@pytest.mark.parametrize(("a", "b"), [
    ("The Fed raised rates in March.", "The Fed cut rates in September."),
    ("Unemployment rose in 2022.", "Unemployment fell in 2023."),
    ("The ceasefire was holding on Monday.", "The ceasefire collapsed on Tuesday."),
])
def test_a_state_said_of_two_named_times_is_no_dispute(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "agree", result.summary
    assert "state_changed" in kinds(result), result.summary
    # the same times named: a dispute
    same = contrast(claim("wire", a), claim("site", b.replace("September", "March")
                                            .replace("2023", "2022").replace("Tuesday", "Monday")))
    assert same.relation == "conflict", same.summary


def test_only_disputes_said_of_one_subject_tie_two_claims_for_the_clusterer() -> None:
    from service.contrast.negation import disputed

    # opposite states of one subject, and culprits of one act on one target, are one
    # statement disputed
    assert disputed(claim("wire", "Thousands of residents were forced to flee, aid groups said."),
                    claim("site", "Residents of the town left voluntarily, officials said."))
    assert disputed(claim("wire", "Russian forces shelled the market."),
                    claim("site", "Ukrainian forces shelled the market."))
    # a negated word or a denial ties two claims by a word or two: on one topic, not one claim
    assert not disputed(claim("wire", "The country must never have nuclear weapons."),
                        claim("site", "The country tested nuclear weapons in September."))
    assert not disputed(claim("wire", "The ministry denied that the talks had failed."),
                        claim("site", "The talks failed on Monday."))
    # one voice is no dispute
    assert not disputed(claim("wire", "The ceasefire is holding."),
                        claim("wire", "The ceasefire collapsed."))


@pytest.mark.parametrize(("a", "b", "relation"), [
    # how a thing went, as each side judges it, of one subject
    ("The summit was a success.", "The summit was a failure.", "conflict"),
    ("The strike was a success, the union said.", "The strike failed, the company said.",
     "conflict"),
    ("The economy is strong.", "The economy is weak, the opposition said.", "conflict"),
    ("The deal is good for workers.", "The deal is bad for workers.", "conflict"),
    ("The evacuation was orderly.", "The evacuation was chaotic.", "conflict"),
    ("The team worked hard but failed.", "The team succeeded.", "conflict"),
    # two subjects, or what a worker does
    ("The first summit was a success.", "The second summit was a failure.", "agree"),
    ("The dollar is strong.", "The economy is weak.", "agree"),
    ("The deal is good for workers.", "The deal is bad for shareholders.", "agree"),
    ("The new law is good for renters, advocates said.",
     "Landlords said the law is bad for them.", "agree"),
    ("Rescuers worked through the night.", "The rescue failed.", "agree"),
    ("The launch was successful, NASA said.", "The launch was a success.", "agree"),
])
def test_judgements_of_how_a_thing_went(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a verb whose object "no" counts is not done: "reached no deal" is "did not reach one"
    ("Negotiators failed to reach a deal on Friday.", "Negotiators reached no deal on Friday.",
     "agree"),
    ("Police did not make any arrests at the protest.", "Police made no arrests at the protest.",
     "agree"),
    ("Negotiators reached a deal on Friday.", "Negotiators reached no deal on Friday.",
     "conflict"),
    ("Police made three arrests at the protest.", "Police made no arrests at the protest.",
     "conflict"),
    ("The inspectors found no weapons at the site.",
     "The inspectors found traces of chemicals at the site.", "agree"),
    # what one was forced to do, one did
    ("The main hospital was forced to close after inspectors found cracks in its walls.",
     "The hospital did not close and continued to treat patients, its director said.",
     "conflict"),
    ("The hospital plans to close next year.", "The hospital did not close.", "agree"),
    # "far from" a state is not in it ("far from home" is a distance)
    ("The outbreak was under control, the commissioner said.",
     "Local doctors said the outbreak was far from contained.", "conflict"),
    ("The war is far from over.", "The war is over.", "conflict"),
    ("The war is far from over.", "The war is not over.", "agree"),
    ("The soldiers were far from home.", "The soldiers were home.", "agree"),
])
def test_what_is_not_done_told_in_other_words(a: str, b: str, relation: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == relation, result.summary


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a predicate joined by "and" ties the negation as its subject does
    ("International observers said the vote was free and fair.",
     "Observers from the regional security organisation said the election was not free and "
     "fair, citing pressure on voters.", "conflict"),
    # a phrase after the subject's noun narrows it: two parts are two subjects
    ("The evacuation of the north was orderly.", "The evacuation of the south was chaotic.",
     "agree"),
    ("The evacuation of the north was orderly.", "The evacuation of the north was chaotic.",
     "conflict"),
    ("The evacuation was orderly.", "The evacuation of the north was chaotic.", "conflict"),
    # a judging adjective before its noun judges that noun, not the speaker
    ("Interior Minister Paulo Ress said the response had been swift and well coordinated.",
     "Opposition leader Ana Dorsal accused the government of a slow and chaotic response.",
     "conflict"),
    ("The army launched a swift offensive.", "Progress on the talks has been slow.", "agree"),
    ("The economy will slow next year.", "The central bank took swift action.", "agree"),
    # what a report "showed" is said of its own subject
    ("Union leaders said the economy was weak for ordinary workers.",
     "The White House said the report showed the economy was strong.", "conflict"),
    # the noun phrase ends at its verb
    ("The hospital was damaged but remains open, the health ministry said.",
     "The hospital was forced to close.", "conflict"),
])
def test_whose_state_a_judgement_is(a: str, b: str, relation: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == relation, result.summary


def test_a_figure_called_inaccurate_denies_the_claim_that_gave_it() -> None:
    given = parsed("employees", "The company eliminated around 1,500 positions, employees said.")
    denied = contrast(given, parsed("Novix", "Novix said the figure of 1,500 was inaccurate."))
    assert denied.relation == "conflict" and "contradiction" in kinds(denied), denied.summary
    # figures described, not pointed at, deny nothing
    described = contrast(claim("x", "This is not a problem for the city."),
                         claim("y", "The plan was based on figures that weren't accurate."))
    assert described.relation == "agree", described.summary


@pytest.mark.parametrize(("a", "b", "relation"), [
    # each voice blames another named side for one outcome
    ("The minister blamed Libya for the deaths.",
     "Europe's border policies are to blame for the deaths, the group said.", "conflict"),
    ("The government blamed the opposition for the violence.",
     "The opposition blamed the police for the violence.", "conflict"),
    ("Russia blamed Ukraine for the blackout.", "Ukraine blamed Russia for the blackout.",
     "conflict"),
    # one side blamed, or a label that may name the side the other names, or two outcomes
    ("Russia blamed Ukraine for the blackout.", "Officials blamed Ukraine for the blackout.",
     "agree"),
    ("The minister blamed Hamas for the attack.", "The army blamed terrorists for the attack.",
     "agree"),
    ("The minister blamed Libya for the deaths.", "The minister blamed Tunisia for the delays.",
     "agree"),
])
def test_different_sides_blamed_for_one_outcome(a: str, b: str, relation: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == relation, result.summary


def test_blame_for_an_outcome_does_not_tie_two_claims_for_the_clusterer() -> None:
    from service.contrast.negation import disputed

    a, b = (claim("wire", "The minister blamed Libya for the deaths."),
            claim("site", "Rights groups blamed Italy for the deaths."))
    assert contrast(a, b).relation == "conflict"
    assert not disputed(a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # "ended without" is one side of the talks, read with its own cue
    ("The strike came hours after talks in Istanbul ended without agreement.",
     "Peace talks in Istanbul broke up on Saturday without a deal.", "agree"),
    ("The talks ended without agreement.", "The talks made progress.", "conflict"),
])
def test_talks_that_ended_without_a_deal(a: str, b: str, relation: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == relation, result.summary


def test_talks_that_ended_without_a_deal_on_two_days_did_not_move_on() -> None:
    result = contrast(dated("wire", "Talks in Istanbul ended without agreement.", "2026-04-07"),
                      dated("site", "Talks in Istanbul broke up without a deal.", "2026-04-08"))
    assert "state_changed" not in kinds(result), result.summary


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a level kept, or moved, by one mover: of one thing only
    ("The bank raised its growth forecast to 2.1%.", "The bank maintained its growth forecast.",
     "conflict"),
    ("The company reaffirmed its annual guidance.", "The company lowered its annual guidance.",
     "conflict"),
    ("The agency kept the country's rating at AA.",
     "The agency downgraded the country's rating to A.", "conflict"),
    ("The minister maintained his innocence.", "The minister raised concerns about the budget.",
     "agree"),
    ("The company kept its promise to workers.", "The company cut 500 jobs.", "agree"),
])
def test_a_level_kept_is_opposed_to_the_same_level_moved(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


def test_one_opposition_is_reported_once_however_many_words_say_it() -> None:
    result = contrast(claim("wire", "The central bank kept its forecast unchanged."),
                      claim("site", "The central bank raised its forecast."))
    assert kinds(result).count("contradiction") == 1, result.differences


@pytest.mark.parametrize(("a", "b", "relation"), [
    # all of a body for it, or some of its members against
    ("Helix's board unanimously approved the deal.",
     "Two of Helix's nine directors voted against the deal.", "conflict"),
    ("The decision was unanimous, the court said.",
     "Two of the nine judges voted against the decision.", "conflict"),
    ("The jury reached a unanimous verdict.", "Two jurors dissented.", "conflict"),
    # the vote of another body
    ("The board unanimously approved the deal.", "Shareholders voted against the deal.",
     "agree"),
    ("The court ruled unanimously.", "Senators voted against the bill.", "agree"),
])
def test_a_unanimous_vote_is_disputed_by_members_voting_against(a: str, b: str,
                                                                relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # one subject, named with a word more on one side: its head is the other's subject
    ("The ministry said the outbreak was under control.",
     "Aid groups said the cholera outbreak was spreading out of control.", "conflict"),
    # a word that sets it apart makes it another subject
    ("The plane crashed into the sea.", "The second plane landed safely.", "agree"),
    # both say it is not under control
    ("The situation is not under control.", "The situation is out of control.", "agree"),
])
def test_a_subject_named_with_a_word_more_is_one_subject(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b"), [
    # acts of one actor on one thing that undo each other
    ("Governor Maria Ellison vetoed the housing bill on Friday.",
     "Governor Maria Ellison signed the housing bill on Friday."),
    ("The governor vetoed the measure.", "The governor signed the measure."),
    # one bill named with a word more, in the passive, and by a role and a name
    ("The bill was vetoed by the governor.", "Governor Ellison signed the rent bill."),
    ("The city lifted the curfew on Tuesday.", "The city imposed a curfew on Tuesday."),
    ("Officials lifted the curfew.", "Officials extended the curfew."),
    ("The curfew was lifted on Monday.", "A curfew was imposed on Monday."),
    ("The court dismissed the appeal.", "The court upheld the appeal."),
    ("The appeals court rejected the appeal.", "The appeals court granted the appeal."),
    ("The judge denied the defense motion for a mistrial.",
     "The judge granted the motion for a mistrial."),
    ("The governor declared a state of emergency.",
     "The governor lifted the state of emergency."),
    ("The appeal by two protesters was dismissed.",
     "The court upheld the appeal by two protesters."),
    ("The EU imposed sanctions on Russia.", "The EU lifted sanctions on Russia."),
    # one body named with a word more, and a role with the words before it
    ("The city council lifted the curfew.", "The council imposed a curfew."),
    ("Mississippi's Republican governor signed the abortion bill.",
     "Governor Tate Reeves vetoed the abortion bill."),
    # a judge's ruling is the court's
    ("The judge granted the motion for a mistrial.",
     "The court denied the motion for a mistrial."),
    # a thing lifted, or said to be still in force: the state is the object's
    ("The mayor lifted the curfew.", "The curfew remains in force."),
    ("Parliament repealed the law.", "The law remains in force."),
])
def test_acts_that_undo_each_other_on_one_thing_are_disputed(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", (a, b)
    assert kinds(result).count("contradiction") == 1, result.differences


@pytest.mark.parametrize(("a", "b"), [
    # one act in other words
    ("The court dismissed the appeal.", "The court rejected the appeal."),
    ("The city lifted the curfew.", "The curfew was ended on Tuesday."),
    ("The governor signed the bill.", "The bill was signed into law by the governor."),
    # two things: another bill, another kind of thing, another motion, sanctions on two
    # countries
    ("Ellison signed the tax bill in March.", "Ellison vetoed the housing bill in May."),
    ("Ellison signed the bill.", "Ellison vetoed a separate bill."),
    ("Ellison signed the letter.", "Ellison vetoed the bill."),
    ("The judge granted the motion to dismiss.", "The judge denied the motion for a mistrial."),
    ("The EU imposed sanctions on Russia.", "The US lifted sanctions on Venezuela."),
    # two named actors, two roles, a role and another body, or two acts of two actors on one
    # bill
    ("Governor Ellison vetoed the bill.", "Governor Adams signed the bill."),
    ("The governor signed the bill.", "The president vetoed the bill."),
    ("The judge granted the motion for a mistrial.",
     "The appeals court rejected the motion for a mistrial."),
    ("The council lifted the curfew.", "Mayor Bakker imposed the curfew."),
    ("The Senate passed the bill.", "The governor vetoed the bill."),
    ("The governor vetoed the bill.", "Lawmakers overrode the veto and enacted the bill."),
    # what the thing is said to be done to: an appeal upheld is no conviction upheld
    ("The court dismissed the appeal.", "The court upheld the conviction."),
    ("The judge denied bail.", "The judge granted the motion for a mistrial."),
    # what is declared of an old thing, and a thing asked for an appeal, are not the act
    ("The court declared the ban unconstitutional.", "The court lifted the ban."),
    ("The judge granted an extension for the appeal.", "The judge dismissed the appeal."),
    ("Senators signed a letter urging the governor to veto the bill.",
     "The governor vetoed the bill."),
    # what a thing is on or against is part of it
    ("The Security Council imposed new sanctions against North Korea.",
     "The Security Council lifted economic sanctions on Iran."),
    # a word that only begins like the thing ("appears" / "appeal")
    ("So it appears McCabe is allowed to testify.", "The court dismissed the appeal."),
    # another thing lifted than the one still in force
    ("The mayor lifted the curfew.", "The ban remains in force."),
    ("The EU lifted sanctions on Iran.", "Sanctions on Russia remain in force."),
])
def test_one_act_in_other_words_or_acts_on_two_things_are_no_dispute(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "agree", (a, b)


def test_a_curfew_imposed_and_lifted_on_two_days_is_a_story_that_moved_on() -> None:
    result = contrast(claim("wire", "The city imposed a curfew on Monday."),
                      claim("site", "The city lifted the curfew on Thursday."))
    assert kinds(result) == ["state_changed"], result.differences


@pytest.mark.parametrize(("a", "b", "kind"), [
    # "imposed a curfew on Monday" in Monday's paper, "ended the curfew on Monday" in
    # Tuesday's: one day told two ways, not a story that moved on
    ("The mayor imposed a curfew in Harlow on Monday.",
     "The mayor ended the Harlow curfew on Monday.", "contradiction"),
    ("The border crossing remained closed on Monday.", "The border crossing reopened on Monday.",
     "contradiction"),
    # two days named, or one side naming none: the story moved on
    ("The border crossing remained closed on Monday.", "The border crossing reopened on Tuesday.",
     "state_changed"),
    ("The border crossing remained closed on Monday.", "The border crossing reopened.",
     "state_changed"),
])
def test_a_state_told_of_one_weekday_in_two_days_papers(a: str, b: str, kind: str) -> None:
    result = contrast(dated("wire", a, "2026-07-20"), dated("site", b, "2026-07-21"))
    assert kinds(result) == [kind], result.differences


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a plea against a plea, or an admission, of one defendant
    ("Daniel Reyes pleaded not guilty to all charges.",
     "Daniel Reyes pleaded guilty to all charges.", "conflict"),
    ("Daniel Reyes pleaded not guilty to all charges.", "Daniel Reyes admitted the charges.",
     "conflict"),
    ("Reyes pleaded guilty.", "Reyes admitted the charges.", "agree"),
    # a plea is the defendant's word, a verdict the court's: a trial, not a dispute
    ("Reyes pleaded not guilty.", "Reyes was convicted of murder.", "agree"),
    ("Reyes pleaded not guilty to murder.", "A jury found Reyes guilty of murder.", "agree"),
    # two defendants
    ("Reyes pleaded not guilty.", "His co-defendant Lopez pleaded guilty.", "agree"),
    # a verdict against a verdict
    ("The jury acquitted Reyes of murder.", "The jury convicted Reyes of murder.", "conflict"),
    ("Reyes was found guilty of murder.", "A jury convicted Reyes of murder.", "agree"),
])
def test_a_plea_is_compared_with_pleas_and_a_verdict_with_verdicts(a: str, b: str,
                                                                   relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # an act told of a month before its paper's: an earlier act, however the thing is named
    ("Bakker vetoed the council's parking ordinance in May.",
     "The ordinance was signed into law by Mayor Bakker.", "agree"),
    # of the paper's month: the story's own act
    ("Bakker vetoed the council's ordinance in July.",
     "The ordinance was signed into law by Mayor Bakker.", "conflict"),
])
def test_an_act_of_an_earlier_month_is_another_act(a: str, b: str, relation: str) -> None:
    result = contrast(dated("wire", a, "2026-07-20"), dated("site", b, "2026-07-21"))
    assert result.relation == relation, result.summary


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a case goes from court to court: a bare "the court" beside a named higher one may be
    # the court below it
    ("The Supreme Court upheld the appeal.", "The court dismissed the appeal.", "agree"),
    ("The Supreme Court upheld the appeal.", "The Supreme Court dismissed the appeal.",
     "conflict"),
    ("The court upheld the appeal.", "The court dismissed the appeal.", "conflict"),
    ("The appeals court upheld the appeal.", "The court of appeals dismissed the appeal.",
     "conflict"),
    # a body named with a word more is still one body where it is no court
    ("The city council lifted the curfew.", "The council imposed the curfew.", "conflict"),
])
def test_a_bare_court_beside_a_named_higher_court_may_be_another(a: str, b: str,
                                                                  relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # one kind of thing in two places is two things
    ("The strike at the port ended on Friday.", "The strike at the airport continues.",
     "agree"),
    ("The protest in Paris was peaceful.", "The protest in Lyon turned violent.", "agree"),
    # in one place, or placed on one side only, it is one
    ("The strike at the port ended on Friday.", "The strike at the port continues.",
     "conflict"),
    ("The strike at the port ended on Friday.", "The strike continues.", "conflict"),
])
def test_a_state_of_one_kind_of_thing_in_two_places_is_no_dispute(a: str, b: str,
                                                                  relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b"), [
    # a part of the day tells the two states apart, by the event's name or as when it held
    ("The morning protest was peaceful.", "The protest turned violent in the evening."),
    ("The protest was peaceful in the morning.", "The protest turned violent at night."),
    ("The march was peaceful in the afternoon.", "The march turned violent late at night."),
])
def test_opposite_states_of_two_parts_of_a_day_are_a_change(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "agree", result.summary
    assert "state_changed" in kinds(result), result.summary


@pytest.mark.parametrize(("a", "b"), [
    # no part of the day named, one part, or one named on one side only: one state disputed
    ("The protest was peaceful.", "The protest turned violent."),
    ("The evening protest was peaceful.", "The evening protest turned violent."),
    ("The protest was peaceful in the evening.", "The protest turned violent in the evening."),
    ("The protest was peaceful.", "The protest turned violent in the evening."),
    # "the Evening Standard" is a paper, not a time
    ("The protest was peaceful, the Evening Standard reported.",
     "The protest turned violent in the morning."),
])
def test_opposite_states_of_one_part_of_a_day_still_conflict(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", result.summary


@pytest.mark.parametrize(("a", "b"), [
    # an event whose noun ends like an adverb ("rally", "assembly") is still the subject
    ("The rally was peaceful.", "The rally turned violent."),
    ("The student rally remained peaceful.", "The rally became violent."),
    ("The family said the rally was peaceful.", "Police said the rally turned violent."),
    ("The tally was fair.", "The tally was rigged."),
    # before another noun it is the noun's, as before; and every other event noun
    ("The assembly building was still standing.", "The assembly building collapsed."),
    ("The supply depot is intact.", "The supply depot was destroyed."),
    ("The march was peaceful.", "The march turned violent."),
    ("The vigil was peaceful.", "The vigil turned violent."),
    ("The sit-in was peaceful.", "The sit-in turned violent."),
])
def test_one_event_told_in_opposite_states_conflicts_whatever_its_noun(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", result.summary


@pytest.mark.parametrize(("a", "b"), [
    # a time or how-often word after the state is no object it is said of
    ("The protest remained peaceful overnight.", "The protest turned violent late on Saturday."),
    ("The vigil stayed peaceful throughout.", "The vigil turned violent overnight."),
    ("The march was peaceful.", "The march turned violent overnight."),
    ("The rally was peaceful early.", "The rally turned violent again."),
    ("The demonstration remained peaceful overnight.", "The demonstration turned violent."),
    ("The bridge remained intact overnight.", "The bridge collapsed late on Sunday."),
    ("The embassy remained open throughout.", "The embassy was closed overnight."),
])
def test_a_time_word_after_a_state_does_not_hide_it(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", result.summary


@pytest.mark.parametrize(("a", "b"), [
    # two events, two places, two named times, or two things: no dispute
    ("The rally in Paris was peaceful.", "The rally in Lyon turned violent overnight."),
    ("The morning rally was peaceful.", "The evening rally turned violent."),
    ("The rally was peaceful on Friday.", "The rally turned violent overnight on Saturday."),
    ("The opposition rally was peaceful.", "The government rally turned violent."),
    ("The rally was peaceful.", "The counter-protest turned violent."),
    ("The shops were open late.", "The schools were closed."),
    ("The assembly hall remained open.", "The schools were closed overnight."),
    ("The bridge remained intact.", "The tunnel collapsed overnight."),
    # a hope: not the opposite state
    ("Organisers hoped the rally would stay peaceful.", "The rally turned violent overnight."),
    # a won and a lost thing are two things still ("its captain" is an object)
    ("The ally won the vote.", "The ally lost its captain."),
])
def test_opposite_states_of_two_events_or_things_stay_apart(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "agree", result.summary


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a state in its plural and past forms is the state: "were open", "stayed in office"
    ("The shops were open.", "The shops were closed.", "conflict"),
    ("The schools are open.", "The schools were closed overnight.", "conflict"),
    ("The embassy stayed open.", "The embassy was closed.", "conflict"),
    ("Officials said the schools were open.", "The schools were shut.", "conflict"),
    ("The minister remained in office.", "The minister resigned.", "conflict"),
    ("The minister stayed in office.", "The minister stepped down.", "conflict"),
    # of two things, two parts of a day, or open to something: no dispute
    ("The shops were open.", "The schools were closed.", "agree"),
    ("The airports stayed open.", "The border crossings were closed.", "agree"),
    ("The shops were open in the morning.", "The shops were closed in the evening.", "agree"),
    ("The government was open to talks.", "The government closed the border.", "agree"),
    ("The finance minister stayed in office.", "The health minister resigned.", "agree"),
])
def test_a_state_told_in_another_form_is_the_state(a: str, b: str, relation: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == relation, result.summary


@pytest.mark.parametrize(("a", "b"), [
    # "largely", "mostly" say how far the state held, not of which part: an event told
    # "largely peaceful" and "turned violent" is told two ways, as "peaceful" / "violent"
    ("The rally was largely peaceful.", "The rally turned violent."),
    ("The protest was largely peaceful.", "The protest turned violent."),
    ("The march remained mostly peaceful.", "The march turned violent."),
    ("The protest was largely peaceful.", "The protest was largely violent."),
    ("The demonstration was broadly peaceful.", "The demonstration was mostly violent."),
    ("The vigil was mostly peaceful.", "The vigil was violent."),
])
def test_a_state_held_largely_opposes_its_opposite(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", result.summary
    assert "contradiction" in kinds(result), result.summary


@pytest.mark.parametrize(("a", "b"), [
    # one state told largely and plainly; a part of a group; a part and the rest
    ("The protest was largely peaceful.", "The protest was peaceful."),
    ("Most protesters were peaceful.", "The protesters turned violent."),
    ("The protest was partly violent.", "The protest was largely peaceful."),
    # "largely" of two events is still of two
    ("The protest in Paris was largely peaceful.", "The protest in Lyon turned violent."),
])
def test_a_state_held_largely_leaves_parts_and_its_own_state_alone(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "agree", result.summary


@pytest.mark.parametrize(("a", "b"), [
    # the start and the end of one event tell two times, as two parts of the day do
    ("The march was peaceful early on.", "The march turned violent later."),
    ("The protest was peaceful at first.", "The protest turned violent by nightfall."),
    ("The rally was peaceful at the outset.", "The rally turned violent afterwards."),
    ("The protest was peaceful in the morning.", "The protest eventually turned violent."),
    ("The vigil was peaceful early on.", "The vigil turned violent in the evening."),
])
def test_opposite_states_of_the_start_and_end_of_an_event_are_a_change(a: str,
                                                                      b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "agree", result.summary
    assert "state_changed" in kinds(result), result.summary


@pytest.mark.parametrize(("a", "b"), [
    # one time on both sides, a time on one side only, a time of the telling ("police
    # later said"), "at first glance", "early on Sunday": one state disputed
    ("The march was peaceful later.", "The march turned violent later."),
    ("The protest was peaceful.", "The protest turned violent later."),
    ("Police later said the protest was peaceful.", "The protest turned violent at first."),
    ("The protest was peaceful, at first glance.", "The protest turned violent afterwards."),
    ("The bridge remained intact early on Sunday.", "The bridge collapsed later."),
])
def test_one_time_of_an_event_or_a_time_of_telling_still_conflicts(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", result.summary


@pytest.mark.parametrize(("a", "b"), [
    # the people of an event and the event are one subject of its violence
    ("Demonstrators clashed with police.", "The demonstration was peaceful."),
    ("Protesters turned violent.", "The protest was peaceful."),
    ("The marchers turned violent.", "The march remained peaceful."),
    ("Fans clashed with police during the match.", "The match was peaceful."),
    ("Strikers clashed with police.", "The strike was peaceful."),
])
def test_the_people_of_an_event_and_the_event_are_one_subject(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", result.summary


@pytest.mark.parametrize(("a", "b"), [
    # other people, the people of another event, or before or after the event: apart
    ("Police were peaceful.", "Protesters turned violent."),
    ("Police clashed with reporters.", "The protest was peaceful."),
    ("Fans clashed with police.", "The protest was peaceful."),
    ("Fans clashed with police after the match.", "The match was peaceful."),
    ("Protesters clashed with police ahead of the march.", "The march was peaceful."),
])
def test_other_people_or_a_time_around_the_event_stay_apart(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "agree", result.summary


@pytest.mark.parametrize(("a", "b"), [
    # a state told of the event's start on one side only leaves the rest of it open
    ("The protest was peaceful early on.", "The protest turned violent."),
    ("The march was peaceful at first.", "The march was violent."),
    ("The protest began peacefully.", "The protest turned violent."),
    ("The rally began peacefully.", "Police said the rally was violent."),
    ("The protest was peaceful early on.", "The protest turned violent after dark."),
    ("The ceasefire was holding early on.", "The ceasefire has broken down."),
    # a change told on the untimed side has a before, which the other's moment may be
    ("The protest was peaceful in the morning.", "The protest turned violent."),
    ("The vigil was peaceful in the afternoon.", "The vigil became violent."),
    ("The march was peaceful in the afternoon.", "The march turned increasingly violent."),
    ("The march started out peaceful.", "The march descended into violence."),
    ("The rally was peaceful in the morning.", "The rally erupted into violence."),
])
def test_a_state_of_one_moment_on_one_side_is_a_change(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "agree", result.summary
    assert "state_changed" in kinds(result), result.summary


@pytest.mark.parametrize(("a", "b"), [
    # a state with no time is said of the whole event: a later time on the other side, a
    # start told as a change ("turned violent early on"), "overnight" (as of the report),
    # "throughout", "again" or a named day on the other side keep the dispute
    ("The protest was peaceful.", "The protest turned violent after dark."),
    ("The protest was peaceful.", "The protest turned violent by nightfall."),
    ("The protest turned violent early on.", "The protest was peaceful."),
    ("The protest was largely peaceful.", "The protest turned violent."),
    ("The protest was peaceful.", "The protest descended into violence."),
    ("The vigil was peaceful.", "The vigil erupted in violence."),
    ("The demonstration remained peaceful overnight.", "The demonstration turned violent."),
    ("The march was peaceful at first.", "The march remained violent throughout."),
    ("The protest was peaceful early on.", "The protest turned violent again."),
    ("The protest was peaceful early on.", "The protest turned violent on Saturday."),
    # "began shortly after noon" tells a time, not how it began
    ("The protest began shortly after noon and was peaceful.", "The protest turned violent."),
])
def test_a_state_of_the_whole_event_against_a_moment_still_conflicts(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", result.summary


@pytest.mark.parametrize(("a", "b"), [
    # a state inside the object's noun phrase is the object's, not the subject's
    ("Police broke up a largely peaceful protest.", "The protest turned violent."),
    ("Riot police dispersed the peaceful demonstration.",
     "Demonstrators clashed with police."),
    ("Officers stormed a violent protest.", "The protest was peaceful."),
    ("Police attacked a peaceful march on Sunday.", "The march turned violent on Sunday."),
    ("Witnesses described a mostly peaceful student protest.", "The protest turned violent."),
    ("Peaceful protesters were attacked by police.", "Protesters turned violent."),
    ("Police shot an unarmed black man.", "The man was armed."),
])
def test_a_state_in_a_noun_phrase_is_the_nouns(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", result.summary
    assert "contradiction" in kinds(result), result.summary


@pytest.mark.parametrize(("a", "b"), [
    # the subject keeps a state said of it; a noun phrase's state is not the subject's
    ("Police broke up a largely peaceful protest.", "Police turned violent."),
    ("Officers stormed a violent protest.", "Officers were peaceful."),
    ("Police were peaceful.", "Protesters turned violent."),
    ("Police broke up a peaceful protest.", "The counter-protest turned violent."),
    ("Police said it was a peaceful night.", "The protest turned violent."),
])
def test_a_state_of_the_subject_or_of_a_noun_phrase_stays_apart(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "agree", result.summary
