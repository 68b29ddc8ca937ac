"""The claims stage: a speaker's words an outlet relays.

"X called the evidence "fake," the Associated Press reported." is X's claim: the agency at
the end only relays what the sentence's own subject said, so the speaker is that subject
and the relay is no part of the claim ("X said A, Reuters reported." is X's A).  Where no
one speaks in the sentence ("Prices rose 3%, Reuters reported.") or the speaker is a
subordinate clause's, the claim stays the agency's.
"""

from __future__ import annotations

import pytest
from claimkit import article

from embeddings.claims import SentenceClaimExtractor


def _read(text: str) -> tuple[str | None, str]:
    claim = SentenceClaimExtractor().extract(article(text))[-1]
    return claim.speaker, claim.core


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
