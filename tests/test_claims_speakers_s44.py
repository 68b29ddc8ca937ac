"""The claims stage, forty-fourth session: three readings of who speaks and the core left.

A verb of saying in a relative clause whose subject is the relative word ("displayed what he
said was a copy") frames nothing of the sentence; a lower-case headline's frame that drops its
article ("Fed official says A", "A, Iraqi diplomat says") or its clause's verb ("Bettman says
NHL expansion not imminent") is cut as prose's or a Title Case headline's is; a time after
the verb ("said on Wednesday A") is skipped as far into the clause as the verb reaches.
"""

from __future__ import annotations

import pytest
from claimkit import speaker_and_core as _read

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


# --- a lower-case headline's frame without its article ----------------------------------------


@pytest.mark.parametrize(("headline", "speaker", "core"), [
    ("Fed official says weak data caused by weather, should not slow taper", "Fed official",
     "weak data caused by weather, should not slow taper"),
    ("Senior official says talks will resume next week", "senior official",
     "talks will resume next week"),
    ("Police chief says officers will be fired", "police chief", "officers will be fired"),
    ("Iraqi diplomat says ISIS might be harvesting organs", "Iraqi diplomat",
     "ISIS might be harvesting organs"),
    # its frame after the claim, the head after a people's word, or "claims"
    ("ISIS might be harvesting organs, Iraqi diplomat says", "Iraqi diplomat",
     "ISIS might be harvesting organs"),
    ("Apple Watch to go on sale in March, claims analyst", "analyst",
     "Apple Watch to go on sale in March"),
])
def test_a_headline_frame_without_its_article_is_cut(headline: str, speaker: str,
                                                      core: str) -> None:
    assert _read(headline) == (speaker, core)


@pytest.mark.parametrize(("headline", "speaker"), [
    # a clause that dropped its subject says nothing of whom: whole, as before
    ("Foley family says was threatened by U.S. official over ransom: ABC", None),
    # a determiner is there, no article dropped: read as before
    ("This official says talks will resume", None),
    # what the verb reports is an act, no clause
    ("Russian envoy claims responsibility for the attack", None),
    # a sentence, with its full stop, is prose's to read
    ("Senior official says talks will resume.", None),
])
def test_a_headline_without_a_frame_to_cut_stays_whole(headline: str,
                                                       speaker: str | None) -> None:
    assert _read(headline) == (speaker, headline)


@pytest.mark.parametrize(("headline", "core"), [
    ("Bettman says NHL expansion not imminent", "NHL expansion not imminent"),
    ("Japan says Bitcoin not a currency, but taxable", "Bitcoin not a currency, but taxable"),
    ("Obama says Plan B no longer an option", "Plan B no longer an option"),
])
def test_a_lower_case_headline_frame_before_a_verbless_clause_is_cut(headline: str,
                                                                     core: str) -> None:
    speaker, read = _read(headline)
    assert speaker is not None and headline.startswith(speaker)
    assert read == core


@pytest.mark.parametrize("headline", [
    "Bettman says no to expansion",  # "says no": no clause
    "Bettman says not guilty",
    # prose, with its full stop, reads a clause only with its verb
    "Bettman says NHL expansion not imminent.",
])
def test_a_frame_before_no_verbless_clause_stays_whole(headline: str) -> None:
    assert _read(headline)[1] == headline


# --- a time after the verb, before a long subject ---------------------------------------------


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("U.S. President Donald Trump said on Wednesday a tax cut for the middle class would be "
     "announced over the next 90 days.", "Donald Trump",
     "a tax cut for the middle class would be announced over the next 90 days."),
    ("Hungarian Prime Minister Viktor Orban said on Wednesday a new wave of migrants trying "
     "to cross the border must be stopped.", "Viktor Orban",
     "a new wave of migrants trying to cross the border must be stopped."),
    ("Jane Smith said Tuesday the new plant for the region's largest employer would close.",
     "Jane Smith", "the new plant for the region's largest employer would close."),
])
def test_a_time_after_said_is_no_part_of_a_long_clause(sentence: str, speaker: str,
                                                       core: str) -> None:
    assert _read(sentence) == (speaker, core)


@pytest.mark.parametrize("sentence", [
    # an act announced, or a thing said that states nothing: no clause after the time
    "Jane Smith announced on Tuesday a plan for building new schools.",
    "Jane Smith said on Tuesday a prayer for the victims of the fire.",
])
def test_a_time_before_no_clause_leaves_the_sentence_whole(sentence: str) -> None:
    assert _read(sentence) == ("Jane Smith", sentence)
