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
"""

from __future__ import annotations

import pytest
from claimkit import speaker_and_core, speakers_and_cores


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
