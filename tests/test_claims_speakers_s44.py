"""The claims stage, forty-fourth session: three readings of who speaks and the core left.

A verb of saying in a relative clause whose subject is the relative word ("displayed what he
said was a copy") frames nothing of the sentence; a lower-case headline's frame that drops its
article ("Fed official says A", "A, Iraqi diplomat says") or its clause's verb ("Bettman says
NHL expansion not imminent") is cut as prose's or a Title Case headline's is; a time after
the verb ("said on Wednesday A") is skipped as far into the clause as the verb reaches.
"""

from __future__ import annotations

import pytest
from claimkit import article

from embeddings.claims import SentenceClaimExtractor


def _read(text: str) -> tuple[str | None, str]:
    claim = SentenceClaimExtractor().extract(article(text))[-1]
    return claim.speaker, claim.core


# --- a frame in a relative clause that lost its subject ---------------------------------------


@pytest.mark.parametrize("text", [
    "Benjamin Netanyahu spoke on Monday. Netanyahu displayed what he said was an exact copy "
    "of the original materials, which are now in a safe place.",
    "Emmanuel Macron visited the White House. Mr. Trump even brushed what he said was "
    "dandruff off Mr. Macron's jacket.",
    "Benjamin Netanyahu spoke on Monday. Israel presented on Monday what it said was "
    "evidence that Iran had continued gathering nuclear knowledge.",
    "Jane Porter spoke on Monday. The senator attacked the deal that she said would cost "
    "thousands of jobs.",
])
def test_a_frame_whose_subject_is_the_relative_word_frames_nothing(text: str) -> None:
    sentence = text.split(". ", 1)[1]
    assert _read(text) == (None, sentence)


@pytest.mark.parametrize(("text", "speaker", "core"), [
    # the clause said has a subject of its own: the frame is the sentence's, as before
    ("Benjamin Netanyahu spoke on Monday. He said Iran was lying.", "Benjamin Netanyahu",
     "Iran was lying."),
    ("Benjamin Netanyahu spoke on Monday. He said what Iran built was a weapons program.",
     "Benjamin Netanyahu", "what Iran built was a weapons program."),
    ("Dermer ripped Iranian diplomat Mohammad Javad Zarif, who said Trump is being "
     "impetuous.", "Mohammad Javad Zarif", "Trump is being impetuous."),
])
def test_a_frame_with_a_clause_of_its_own_still_reads(text: str, speaker: str,
                                                      core: str) -> None:
    assert _read(text) == (speaker, core)
