"""The claims stage, session 48: who speaks where a verb of saying stands in a clause that is
not the sentence's main one, or where an object and a participle follow it.

"Thousands fled after the president said the border would close" tells what happened and
when: the president's words frame nothing of it, so the sentence is the outlet's, whole (it
read as the president's claim "the border would close", and "Thousands fled" was lost).  A
sentence's own subject in that clause ("Omar sparked outrage when she said ...") and a
frame that opens the sentence ("After the meeting, Lind said ...") are read as before.

"The ministry denied the report, saying the troops had never crossed" has an object after its
verb, not a reported clause: the denial with its object is the claim (it read as "the report,
saying the troops ...").

"Roger J. Stone Jr." is the formal full name of the man other outlets call "Roger Stone" and
the story "Mr. Stone": a suffix given with a middle initial makes no other person.  A suffix
alone ("Donald Trump Jr.") is the name its bearer goes by, and the bare name another's.
"""

from __future__ import annotations

import pytest
from claimkit import speaker_and_core, speakers_and_cores

from service.contrast.voices import named_alike, one_voice


@pytest.mark.parametrize("sentence", [
    "Thousands fled after the president said the border would close.",
    "Prices have risen since the governor announced that taxes would go up.",
    "U.S. stocks fell, led by technology shares, after Cisco Systems Inc. said sales would be "
    "flat this quarter.",
    "He got into a row with his neighbours because the council said the fence was illegal.",
    "The vote was delayed until the committee chairman said the report was ready.",
    # after a connective, a clause opening the sentence is still an opening clause
    "Now when Senator Green wrote to the President, he received a reply within a week.",
])
def test_a_saying_in_a_clause_of_time_or_cause_frames_nothing(sentence: str) -> None:
    assert speaker_and_core(sentence) == (None, sentence)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # the frame is the main clause's; a later clause of another voice stays in its claim
    ("Smith said prices rose after the company said demand fell.", "Smith",
     "prices rose after the company said demand fell."),
    # a frame after an opening phrase of time is the sentence's own
    ("After the attack, Lind said, agents searched the town.", "Lind",
     "agents searched the town."),
    ("And as President Kennedy said in 1960, “I am not running to be a Catholic president.”",
     "Kennedy", "I am not running to be a Catholic president."),
])
def test_a_frame_of_the_main_clause_is_read_as_before(sentence: str, speaker: str,
                                                      core: str) -> None:
    assert speaker_and_core(sentence) == (speaker, core)


def test_the_sentences_own_subject_in_a_when_clause_still_speaks() -> None:
    text = ("Ilhan Omar drew criticism in February. Omar sparked outrage when she said Israel "
            "had hypnotized the world.")
    assert speakers_and_cores(text)[-1] == ("Ilhan Omar", "Israel had hypnotized the world.")


@pytest.mark.parametrize("sentence", [
    "The ministry denied the report, saying the troops had never crossed the border.",
    "The ministry denied the report, saying that no troops had crossed.",
    "The company confirmed the layoffs, saying 200 jobs would go by June.",
    "Moscow rejected the accusations on Tuesday, adding that its troops were at their bases.",
])
def test_an_object_then_a_participle_keeps_the_act_with_its_object(sentence: str) -> None:
    speaker, core = speaker_and_core(sentence)
    assert speaker is not None and speaker in sentence.split(",")[0]
    assert core == sentence


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # a reported clause right after the verb, and the participle after it, as before
    ("The ministry said the troops had left, adding that talks would go on.", "ministry",
     "the troops had left, adding that talks would go on."),
    ("The company confirmed that 200 jobs would go, saying demand had fallen.", "company",
     "200 jobs would go, saying demand had fallen."),
])
def test_a_clause_before_the_participle_is_still_the_claim(sentence: str, speaker: str,
                                                           core: str) -> None:
    assert speaker_and_core(sentence) == (speaker, core)


# --- one person by a formal full name and by the name they go by ---------------------------

def test_a_formal_full_names_bearer_is_called_by_the_surname_after_it() -> None:
    text = ("Roger J. Stone Jr. said he would not testify. Mr. Stone said the inquiry was a "
            "witch hunt. Stone added that he was innocent.")
    assert [speaker for speaker, _ in speakers_and_cores(text)] == ["Roger J. Stone Jr"] * 3


def test_a_suffix_the_person_goes_by_keeps_the_bare_surname_another_persons() -> None:
    # "Donald Trump Jr." is the name he goes by, for "Donald Trump" is his father's
    text = "Donald Trump Jr. said he met the lawyer. Trump said the meeting was short."
    assert [speaker for speaker, _ in speakers_and_cores(text)] == ["Donald Trump Jr", "Trump"]


@pytest.mark.parametrize(("a", "b"), [
    ("Roger Stone", "Roger J. Stone Jr"),
    ("Stone", "Roger J. Stone Jr"),
    ("Roger J. Stone", "Roger J. Stone Jr."),
    ("Kevin Ortiz", "Kevin A. Ortiz III"),
])
def test_a_middle_initial_and_a_suffix_make_no_other_voice(a: str, b: str) -> None:
    assert one_voice(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Donald Trump", "Donald Trump Jr"),
    ("Trump", "Donald Trump Jr"),
    ("George H.W. Bush", "George W. Bush"),
])
def test_a_suffix_or_initial_of_its_own_is_another_voice(a: str, b: str) -> None:
    assert not one_voice(a, b)


def test_a_surname_beside_two_names_of_one_person_is_that_person() -> None:
    voices = named_alike(["Stone", "Roger Stone", "Roger J. Stone Jr"])
    assert voices == {"Stone": "Roger J. Stone Jr", "Roger Stone": "Roger J. Stone Jr"}
    assert named_alike(["Trump", "Donald Trump", "Melania Trump"]) == {}


# --- a headline credited across a colon ------------------------------------------------------

@pytest.mark.parametrize(("headline", "speaker", "claim"), [
    ("Rebels seize second town in the north: SITE", "SITE",
     "Rebels seize second town in the north"),
    ("Train strikes worker near Harlem station: MTA", "MTA",
     "Train strikes worker near Harlem station"),
    ("Report of league expansion is complete fabrication: Bettman", "Bettman",
     "Report of league expansion is complete fabrication"),
    # a bare group names no one; the police are the force of the story
    ("Drone strike kills four in the valley: officials", None,
     "Drone strike kills four in the valley"),
    ("Singer had ankle surgery last week: source", None, "Singer had ankle surgery last week"),
    ("Roadside bomb kills 10 civilians: police", "police", "Roadside bomb kills 10 civilians"),
    ("Activists: Troops kill dozens near the capital", None,
     "Troops kill dozens near the capital"),
])
def test_a_headlines_credit_after_a_colon_is_its_speaker(headline: str, speaker: str | None,
                                                        claim: str) -> None:
    assert speaker_and_core(headline) == (speaker, claim)


@pytest.mark.parametrize("headline", [
    # a topic before the colon, a document credited, a common word after it: no credit
    "Jihadi John: Isis fighter named as man from west London",
    "Tech giant plans to split into two companies: Report",
    "Vogue's rat infestation: Disturbing New Details",
    "The plan has three parts: tax, spending and debt.",
])
def test_a_colon_that_credits_no_one_leaves_the_headline_whole(headline: str) -> None:
    assert speaker_and_core(headline) == (None, headline)


def test_indicated_that_reports_a_clause() -> None:
    assert speaker_and_core("Mr. Nixon earlier indicated that he would defend the islands.") \
        == ("Nixon", "Nixon would defend the islands.")
    sentence = "The figures indicated a turn to the left in the suburbs."
    assert speaker_and_core(sentence) == (None, sentence)


@pytest.mark.parametrize(("sentence", "claim"), [
    ("The hospital has been guarded by undercover police, said officials.",
     "The hospital has been guarded by undercover police"),
    ("The bridge was closed before the storm, said witnesses on Tuesday.",
     "The bridge was closed before the storm"),
])
def test_a_bare_group_after_its_verb_is_cut_as_before_it(sentence: str, claim: str) -> None:
    assert speaker_and_core(sentence) == (None, claim)
    assert speaker_and_core(sentence.replace(", said officials.", ", officials said.")
                            .replace(", said witnesses on Tuesday.",
                                     ", witnesses said on Tuesday.")) == (None, claim)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Business Week's online edition reported on Friday that the two could settle.",
     "Business Week"),
    ("Der Spiegel's website said the minister would resign.", "Der Spiegel"),
])
def test_an_outlets_edition_or_website_is_the_outlet(sentence: str, speaker: str) -> None:
    assert speaker_and_core(sentence)[0] == speaker
