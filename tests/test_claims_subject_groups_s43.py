"""The claims stage: a group named by whom it belongs to, and a frame inside a subordinate
clause.

"Members of President Trump's task force warned that ...", "Supporters of the senator
said ...", "Aides to the governor said ...": a group described, not the body or person it
is named by, and no one named (as "Critics of the policy said" is read).  A speaker named
by a plural head ("Analysts at Deutsche Bank", "Trump's aides") is many, so "it" or "he"
in what they said is not them (as "Russia said it had hit" makes "it" Russia).  "Friends
of the Earth" stays a body's name.  And an
act in a clause set after the main one ("The memos were released days after Goodlatte
threatened to subpoena ...") frames nothing of the sentence, while a clause reported there
("came hours after Trump told reporters that A") is still the speaker's A.
"""

from __future__ import annotations

import pytest
from claimkit import speaker_and_core as _read

# --- a group named by whom it belongs to ------------------------------------------------------


@pytest.mark.parametrize(("sentence", "core"), [
    ("Critics of the federal refugee resettlement program warn that the country cannot vet "
     "every arrival.", "the country cannot vet every arrival."),
    ("Supporters of the senator said the vote had been rigged.", "the vote had been rigged."),
    ("Aides to the governor said the bill would be signed on Friday.",
     "the bill would be signed on Friday."),
    ("Allies of Prime Minister Boris Johnson said the rebellion had fizzled out.",
     "the rebellion had fizzled out."),
    ("Opponents of the dam told reporters the river would run dry.",
     "the river would run dry."),
    ("Supporters of Trump said the vote had been rigged.", "the vote had been rigged."),
    ("The vote was rigged, supporters of the senator said.", "The vote was rigged"),
])
def test_members_of_a_group_name_no_one(sentence: str, core: str) -> None:
    # a group described, as "Critics of the policy said" is: not the senator, the task force
    # or Boris Johnson, and no one named, so the claim stays the outlet's with the frame cut
    assert _read(sentence) == (None, core)


def test_members_of_a_task_force_are_not_the_task_force() -> None:
    sentence = ("Members of President Donald Trump’s coronavirus task force briefed reporters "
                "Tuesday on the successful efforts toward containing the coronavirus but "
                "warned that it would likely become a global pandemic.")
    # the task force said nothing itself, and "it" is the virus, not the task force
    assert _read(sentence) == (None, sentence)


@pytest.mark.parametrize(("sentence", "core"), [
    ("Critics of the plan said it would cost billions of dollars.",
     "it would cost billions of dollars."),
    ("Opponents of Brexit said it would hurt trade with Ireland.",
     "it would hurt trade with Ireland."),
    ("Friends of the victim told reporters she had been afraid for weeks.",
     "she had been afraid for weeks."),
    # groups read so before: "it" and "he" were put in their place
    ("Analysts at Deutsche Bank said it would take years to recover.",
     "it would take years to recover."),
    ("Azerbaijani officials said it had been shelled overnight.",
     "it had been shelled overnight."),
    ("Trump's aides said he would sign the bill.", "he would sign the bill."),
])
def test_a_pronoun_is_not_a_plural_speaker(sentence: str, core: str) -> None:
    # many speakers are "they": "it" or "she" in what they said is someone else
    assert _read(sentence)[1] == core


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # a body that said so is "it", as before
    ("Russia said it had hit a command post.", "Russia", "Russia had hit a command post."),
    ("The ministry of defence said it had shot down two drones overnight.",
     "ministry of defence", "ministry of defence had shot down two drones overnight."),
    # a person's own frame: "he" is that person
    ("Donald Trump said he would sign the order on Monday.",
     "Donald Trump", "Donald Trump would sign the order on Monday."),
    # "Friends of the Earth" is a body's name, not friends of the planet
    ("Friends of the Earth said it would sue the government.",
     "Friends of the Earth", "it would sue the government."),
])
def test_a_body_or_person_still_names_its_pronoun(sentence: str, speaker: str,
                                                  core: str) -> None:
    assert _read(sentence) == (speaker, core)


@pytest.mark.parametrize("sentence", [
    # a clause of its own after "members of the party": no group speaks
    "Members of the German Green Party have proposed that so-called “climate refugees” "
    "should be allowed to move to the country.",
    "This comes in response to Biden and members of his so-called coronavirus task force "
    "suggesting another shutdown may be necessary.",
])
def test_members_before_a_clause_of_their_own_name_no_speaker(sentence: str) -> None:
    assert _read(sentence) == (None, sentence)


# --- an act in a subordinate clause ---------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "The memos were released just days after House Judiciary Chairman Bob Goodlatte "
    "(R - Va.) threatened to subpoena the DOJ to obtain them.",
    "The memos were released just days after House Judiciary Chairman Bob Goodlatte "
    "threatened to subpoena the DOJ to obtain them.",
    "Lawyers for Bill Cosby asked the court to hear his appeal, a month after a lower court "
    "rejected their argument that he did not get a fair trial.",
    "The journalist was shot dead Wednesday, months after a Ghana politician called for "
    "retribution against him.",
    "Dozens of jurors were excused on Wednesday as the producer’s lawyers accused the judge "
    "of bias.",
    "Harvey Weinstein’s trial took a dramatic turn on Tuesday as the judge threatened to "
    "revoke his bail.",
    # a clause reported inside the subordinate one is told as the main clause's time, not
    # said by its speaker as the sentence's claim (forty-eighth session; tests/
    # test_claims_speakers_s48.py: "Thousands fled after the president said ...")
    "Pompeo’s trip came to light hours after Trump told reporters that the two countries "
    "are holding direct talks.",
    "News of the meeting comes just days after the CIA chief told senators that such talks "
    "would be productive.",
])
def test_an_act_in_a_subordinate_clause_frames_nothing(sentence: str) -> None:
    assert _read(sentence) == (None, sentence)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # the main clause's own frame and act are read as before
    ("Goodlatte threatened to subpoena the DOJ after the memos were withheld.",
     "Goodlatte", "Goodlatte threatened to subpoena the DOJ after the memos were withheld."),
    ("When the ministry said the plan was dead, nobody believed it.",
     None, "When the ministry said the plan was dead, nobody believed it."),
    ("Groups such as Amnesty said the law was unjust.", "Amnesty", "the law was unjust."),
    # the subordinate clause's act is the main subject's own ("she" is Omar)
    ("Rep. Ilhan Omar recently sparked a major controversy when she criticized U.S. support "
     "for Israel.", "Ilhan Omar", "Rep. Ilhan Omar recently sparked a major controversy when "
     "she criticized U.S. support for Israel."),
])
def test_a_frame_of_the_main_clause_or_a_reported_clause_stays(sentence: str,
                                                               speaker: str | None,
                                                               core: str) -> None:
    assert _read(sentence) == (speaker, core)
