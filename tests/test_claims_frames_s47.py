"""Session 47's frame readings: a relative "that" after what a verb of saying is "of" or
"about" reports nothing; a participle after the main clause ("..., arguing that A") is the
main clause's subject's frame; a headline's description that denies or confirms a plan, a
report or a deal speaks, while one that claims responsibility does not; a call that is a deed
("calls it quits", "called off") frames nothing; nor does a verb of saying in a "when" clause
that tells when something happened.  Each with the near cases that read as before."""

from __future__ import annotations

import pytest
from claimkit import speaker_and_core


@pytest.mark.parametrize("sentence", [
    "The minister warned of the dangers that climate change poses.",
    "Obama spoke about the challenges that the country faces.",
    "He warned about the dangers that could arise from the plan.",
])
def test_a_relative_that_after_the_thing_warned_of_is_no_reported_clause(sentence: str) -> None:
    # never the dangling "climate change poses."
    assert speaker_and_core(sentence)[1] == sentence


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # a noun whose clause is what is warned of, a bare "that", a "that" after a time
    ("The minister warned about the risk that prices would rise.", "minister",
     "prices would rise."),
    ("The minister warned that the plan carries risks.", "minister", "the plan carries risks."),
    ("The company said over the weekend that its rivals were stalling.", "company",
     "its rivals were stalling."),
    ("The minister warned Congress that the plan would fail.", "minister",
     "the plan would fail."),
])
def test_a_clause_the_verb_reports_is_still_cut(sentence: str, speaker: str, core: str) -> None:
    assert speaker_and_core(sentence) == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("The Trump campaign filed a motion, arguing that the case is a politically motivated "
     "lawsuit.", "Trump campaign", "the case is a politically motivated lawsuit."),
    ("The company cut 500 jobs, saying that demand had fallen.", "company",
     "demand had fallen."),
    ("The company cut 500 jobs, claiming demand had fallen.", "company", "demand had fallen."),
    ("Mr. Mills declined to comment yesterday, saying that he never discussed personnel "
     "matters.", "Mills", "Mills never discussed personnel matters."),  # "he": the speaker
])
def test_a_participle_after_the_main_clause_is_its_subjects_frame(sentence: str, speaker: str,
                                                                 core: str) -> None:
    assert speaker_and_core(sentence) == (speaker, core)


@pytest.mark.parametrize("sentence", [
    # a bare group names no one; what is said is no statement; nothing is reported
    "Consumer groups oppose the changes, saying they would hurt competition.",
    "Smith waved to the crowd, saying goodbye to his fans.",
    "Smith left the stage, warning of dangers ahead.",
])
def test_a_participle_without_a_named_subject_or_a_clause_stays_whole(sentence: str) -> None:
    assert speaker_and_core(sentence) == (None, sentence)


def test_a_verb_of_saying_in_the_main_clause_keeps_its_frame() -> None:
    assert speaker_and_core("The minister warned of dangers, saying that climate change "
                            "poses a threat.") == ("minister", "climate change poses a threat.")


@pytest.mark.parametrize(("headline", "speaker"), [
    ("Saudi airline rep denies plan to separate men and women on flights", "Saudi airline rep"),
    ("Fed official confirms deal with banks", "Fed official"),
    ("Saudi Arabian Airline Rep Denies Plan to Separate Men and Women on Flights",
     "Saudi Arabian Airline Rep"),
])
def test_a_described_voice_denying_a_plan_or_confirming_a_deal_speaks(headline: str,
                                                                      speaker: str) -> None:
    # what is denied is no clause to cut: the headline stays whole, in the voice's mouth
    assert speaker_and_core(headline) == (speaker, headline)


@pytest.mark.parametrize("headline", [
    "Russian envoy claims responsibility for the attack",
    "Army chief claims victory over rebels",
    "ISIS Claims Responsibility For Attack",
])
def test_claiming_responsibility_or_victory_is_a_deed_and_names_no_one(headline: str) -> None:
    assert speaker_and_core(headline) == (None, headline)


def test_a_headlines_reported_clause_is_still_cut() -> None:
    assert speaker_and_core("Senior official says talks will resume") == (
        "senior official", "talks will resume")


@pytest.mark.parametrize("sentence", [
    "Lance Armstrong calls it quits in fight against doping charges",
    "Lance Armstrong calls off his comeback",
    "The governor called off the search.",
    "The prime minister called a snap election for June.",
])
def test_a_call_that_is_a_deed_names_no_speaker(sentence: str) -> None:
    assert speaker_and_core(sentence) == (None, sentence)


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a label set on a thing, a demand: the voice's, as before
    ("Trump called the report a hoax.", "Trump"),
    ("Biden calls for trust in US-China relations", "Biden"),
    ("Merkel called on Russia to withdraw its troops.", "Merkel"),
])
def test_a_call_that_labels_or_demands_still_names_its_voice(sentence: str,
                                                            speaker: str) -> None:
    assert speaker_and_core(sentence)[0] == speaker


@pytest.mark.parametrize("sentence", [
    "A total of 32 soldiers have been killed in attacks since May 1, when President Bush "
    "declared the end of major hostilities in Iraq.",
    "Since May 1, when President Bush declared major combat over, 100 soldiers have died.",
    "In 2003, when Bush said the war was over, few doubted him.",
])
def test_a_verb_of_saying_in_a_when_clause_of_time_is_no_frame(sentence: str) -> None:
    assert speaker_and_core(sentence) == (None, sentence)


@pytest.mark.parametrize("sentence", [
    # a clause reported in a later "when"/"after" clause by another voice frames nothing of
    # the sentence, which tells what happened then (changed in session 48: it read as the
    # voice's claim, and "Fighting resumed" was lost from the core)
    "Fighting resumed when the president said the war was over.",
    "The law passed after Judge Ana Lind ruled last week that the fee was illegal.",
])
def test_a_clause_reported_inside_a_later_subordinate_clause_is_no_frame(sentence: str) -> None:
    assert speaker_and_core(sentence) == (None, sentence)
