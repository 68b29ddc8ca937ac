"""The contrast stage on opposites: opposite states and verbs, reversals, prefixes, shortfalls."""

from __future__ import annotations

import pytest
from contrastkit import claim, contrast, kinds


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
