"""The claims stage: a speaker's words an outlet relays, and a frame after a connective.

"X called the evidence "fake," the Associated Press reported." is X's claim: the agency at
the end only relays what the sentence's own subject said, so the speaker is that subject
and the relay is no part of the claim ("X said A, Reuters reported." is X's A).  Where no
one speaks in the sentence ("Prices rose 3%, Reuters reported.") or the speaker is a
subordinate clause's, the claim stays the agency's.

"However, Smith said, the deal holds." is read as "However, Smith said the deal holds.":
the frame's speaker (nobody for a bare group), the claim what follows the frame.
"""

from __future__ import annotations

import pytest
from claimkit import speaker_and_core as _read


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ('Iran\'s deputy foreign minister, Abbas Araghchi, called the presentation "childish and '
     'ridiculous," and said the evidence was "fake and fabricated," the Associated Press '
     'reported.', "Abbas Araghchi",
     'Iran\'s deputy foreign minister, Abbas Araghchi, called the presentation "childish and '
     'ridiculous," and said the evidence was "fake and fabricated"'),
    ("The minister denied the claims, according to Reuters.", "minister",
     "The minister denied the claims"),
    ("Smith accused Jones of lying, Reuters reported.", "Smith", "Jones lying"),
    ('However, Maria Lopez called the report "a lie," Reuters reported on Monday.',
     "Maria Lopez", 'Maria Lopez called the report "a lie"'),
    ("In a statement, the ministry rejected the accusations, Interfax reported.", "ministry",
     "the ministry rejected the accusations"),
])
def test_a_speaker_an_outlet_relays_is_the_speaker(sentence: str, speaker: str,
                                                   core: str) -> None:
    assert _read(sentence) == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("John Smith said the deal would hold, Reuters reported.", "John Smith",
     "the deal would hold"),
    ("Abbas Araghchi told reporters the evidence was fake, the AP reported on Tuesday.",
     "Abbas Araghchi", "the evidence was fake"),
    ("The company said profits rose, Bloomberg News reported.", "company", "profits rose"),
    ("Smith said the plan was dead, according to CNN.", "Smith", "the plan was dead"),
])
def test_the_relay_is_no_part_of_a_leading_frames_claim(sentence: str, speaker: str,
                                                        core: str) -> None:
    assert _read(sentence) == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # no one speaks in the sentence: the agency's
    ("Prices rose 3%, Reuters reported.", "Reuters", "Prices rose 3%"),
    ("The bridge collapsed on Monday, the Associated Press reported.", "Associated Press",
     "The bridge collapsed on Monday"),
    # the agency's own leading frame
    ("The Associated Press reported that the deal would hold.", "Associated Press",
     "the deal would hold."),
    # the frame itself is the agency's hearsay
    ('Trump reportedly told advisers during a "contentious" meeting on Monday that he wanted '
     "to deploy 10,000 troops to D.C., Reuters reported.", "Reuters",
     'Trump reportedly told advisers during a "contentious" meeting on Monday that he wanted '
     "to deploy 10,000 troops to D.C."),
    # a frame that is not the outlet's relay: "according to his lawyer"
    ("Smith denied the claims, according to his lawyer.", "Smith",
     "Smith denied the claims, according to his lawyer."),
])
def test_a_sentence_without_a_speaking_subject_stays_the_agencys(sentence: str,
                                                                 speaker: str | None,
                                                                 core: str) -> None:
    assert _read(sentence) == (speaker, core)


@pytest.mark.parametrize(("text", "speaker", "core"), [
    ("However, John Smith said, the deal holds.", "John Smith", "the deal holds."),
    ("But, the ministry said, the deal holds.", "ministry", "the deal holds."),
    ("Still, John Smith said, Russia holds the line.", "John Smith", "Russia holds the line."),
    ("However, Smith told reporters, the deal would hold.", "Smith", "the deal would hold."),
    ("Meanwhile, Maria Lopez said on Tuesday, the talks had stalled.", "Maria Lopez",
     "the talks had stalled."),
    # a bare group's frame after a connective: nobody, the frame still cut
    ("But, officials said, the deal would hold.", None, "the deal would hold."),
    ("But officials said, the deal would hold.", None, "the deal would hold."),
    # a pronoun: the one person who spoke before
    ("President Emmanuel Macron said the talks were hard. Still, he said, the U.S. and "
     "France were beginning to understand each other.", "Emmanuel Macron",
     "the U.S. and France were beginning to understand each other."),
])
def test_a_frame_after_a_connective_is_cut_from_the_claim(text: str, speaker: str | None,
                                                          core: str) -> None:
    assert _read(text) == (speaker, core)


@pytest.mark.parametrize(("text", "speaker", "core"), [
    ("However, the deal holds, Smith said.", "Smith", "However, the deal holds"),
    ("Still, he said he would go.", None, "Still, he said he would go."),
    ("John Smith spoke first. Still, he said he would go.", "John Smith", "John Smith would go."),
    ("The plan, officials said, would cost $5 billion.", None, "The plan would cost $5 billion."),
    ("Separately, Smith said, the plan was dead.", "Smith", "the plan was dead."),
])
def test_near_frames_keep_their_readings(text: str, speaker: str | None, core: str) -> None:
    assert _read(text) == (speaker, core)
