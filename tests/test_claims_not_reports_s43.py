"""The claims stage: verbs of saying that report no claim.

"Trump and Kim argued over which side would move first" is a dispute, "said a prayer",
"told a joke" and "told the story of" say nothing that is claimed, and "Smith reportedly
said A" is the outlet's hearsay (as "is said to have told" and "X reportedly told ...,
Reuters reported" are read): in each the sentence is the outlet's, with no speaker and no
frame cut from it.  "argued that A", "said the mass shooting was ..." stay frames.
"""

from __future__ import annotations

import pytest
from claimkit import speaker_and_core as _read


@pytest.mark.parametrize("sentence", [
    "The threats continued as Trump and Kim argued over which side would move first.",
    "The two leaders argued about trade for an hour.",
    "Lawmakers argue over whether the plan would work.",
    "Smith and Jones argued with each other over the budget.",
])
def test_a_dispute_is_no_frame(sentence: str) -> None:
    assert _read(sentence) == (None, sentence)


@pytest.mark.parametrize("sentence", [
    "Pope Francis said a prayer for the victims of the earthquake.",
    "Relatives said their final farewells to the soldiers who died.",
    "Biden said grace before the Thanksgiving meal.",
    "Trump said hello to reporters before boarding the plane.",
    "Smith said goodbye to his staff on Friday.",
    "The board said no to the merger.",
    "Obama told a joke about the senator at the dinner.",
    "Maria Lopez told the story of her escape from Syria.",
    "Trump told the story of how he met Kim.",
    "Hillary Clinton tells this story to struggling students.",
])
def test_a_thing_said_that_states_nothing_is_no_frame(sentence: str) -> None:
    assert _read(sentence) == (None, sentence)


@pytest.mark.parametrize("sentence", [
    "Smith reportedly said the deal was dead.",
    "Kim reportedly told South Korean officials in a March meeting that denuclearization "
    "was his father's dying wish.",
    "Smith allegedly told investigators he had destroyed the files.",
    "Leaders from the United Methodist Church reportedly announced a tentative plan Friday "
    "to split the church.",
])
def test_a_hearsay_frame_is_the_outlets(sentence: str) -> None:
    assert _read(sentence) == (None, sentence)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # an argument for a claim, not a dispute
    ("Trump and Kim argued that neither side would move first.", "Trump and Kim",
     "neither side would move first."),
    ("Smith argued in court that the law was unconstitutional.", "Smith",
     "the law was unconstitutional."),
    ("Trump argued with reporters that the deal was fair.", "Trump", "the deal was fair."),
    # a noun the word describes, or a clause's subject: a reported clause
    ("Smith said the mass shooting was an act of terror.", "Smith",
     "the mass shooting was an act of terror."),
    ("Smith said the grace period would end in May.", "Smith",
     "the grace period would end in May."),
    ("Smith said their prayers would be answered.", "Smith",
     "their prayers would be answered."),
    ("Smith said no deal had been reached.", "Smith", "no deal had been reached."),
    ("Smith told reporters the story was false.", "Smith", "the story was false."),
    # a frame with no hearsay word before it
    ("Smith said the deal was dead.", "Smith", "the deal was dead."),
])
def test_a_frame_near_these_stays_a_frame(sentence: str, speaker: str, core: str) -> None:
    assert _read(sentence) == (speaker, core)


def test_the_agencys_relay_of_hearsay_stays_the_agencys() -> None:
    sentence = ("Trump reportedly told advisers on Monday that he wanted to deploy troops, "
                "Reuters reported.")
    assert _read(sentence) == (
        "Reuters", "Trump reportedly told advisers on Monday that he wanted to deploy troops")
