"""Fifty-third-session readout: who is speaking where the fifty-second session left the
outlet's own voice, and a denial narrower than the act it is set against (docs/quality.md,
"Who is speaking, the gaps left (fifty-third session)").  Sentences written for the tests,
in the shapes the tuning stories showed."""

from __future__ import annotations

import pytest
from contrastkit import contrast, parsed
from speakerkit import _claims

from embeddings.claims.speakers import find_speaker


def _speaker_of(text: str, fragment: str) -> str | None:
    return next(speaker for sentence, speaker in _claims(text) if fragment in sentence)


# -- a document's words are its author's ------------------------------------------------------
@pytest.mark.parametrize(("sentence", "speaker"), [
    ("“We will enforce the law as written,” Ortiz's statement read.", "Ortiz"),
    ("“We will enforce the law as written,” a statement from the ministry read.", "ministry"),
    ("“We will enforce the law as written,” a statement from the ministry said.", "ministry"),
    ("“We will enforce the law as written,” the ministry's statement said.", "ministry"),
    ("The ministry's statement said the dam inspections had been cut.", "ministry"),
])
def test_a_documents_quotation_is_its_authors(sentence: str, speaker: str) -> None:
    found = find_speaker(sentence)
    assert found.speaker == speaker
    # the frame is no part of the claim
    assert "statement" not in found.core
    assert "enforce the law" in found.core or found.core.startswith("the dam inspections")


def test_a_statement_read_in_an_article_is_the_person_it_names() -> None:
    """"“…,” Ortiz's statement read." after the article named Lena Ortiz is hers, and so is
    the quotation that goes on in the next sentence; "read like" frames nothing."""
    text = ("Committee chair Lena Ortiz spoke on Tuesday.\n\n“Let me be clear,” Ortiz's "
            "statement read. “The dam inspections were cut to save money.”")
    assert _speaker_of(text, "Let me be clear") == "Lena Ortiz"
    assert _speaker_of(text, "inspections were cut") == "Lena Ortiz"
    assert find_speaker("Her statement read like a threat to the union.").speaker is None


# -- an outlet written as its web address ------------------------------------------------------
@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("As FoxNews.com reported: the senator resigned on Monday.", "Fox News",
     "the senator resigned on Monday."),
    ("CNN.com reported that the senator resigned.", "CNN", "the senator resigned."),
    ("The senator resigned, HuffingtonPost.com reported.", "Huffington Post",
     "The senator resigned"),
])
def test_an_outlet_written_as_its_domain_is_the_outlet(sentence: str, speaker: str,
                                                       core: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == (speaker, core)


def test_a_domain_that_frames_nothing_is_no_speaker() -> None:
    assert find_speaker("Read the full story at FoxNews.com.").speaker is None


# -- frames that leave out their verb ----------------------------------------------------------
def test_a_quotation_then_who_and_where_they_said_it_is_theirs() -> None:
    found = find_speaker("“The plan was always a fraud,” Mayor Lena Ortiz during a "
                         "televised address carried by local networks.")
    assert found.speaker == "Lena Ortiz"
    assert found.core == "The plan was always a fraud"


# -- a one-line "Surname: clause" --------------------------------------------------------------
def test_a_one_line_surname_credit_is_read_where_the_word_is_no_word() -> None:
    """A wire headline alone: "Kocherlakota: Rates should stay low for years" is his; a word
    ("Rumor:", "Eyewitness:"), a place, a clause with a frame of its own or one telling of
    the person is not."""
    assert _speaker_of("Kocherlakota: Rates should stay low for years",
                       "Rates") == "Kocherlakota"
    for line in ("Rumor: Rates should stay low for years",
                 "Eyewitness: The video was staged from the start",
                 "Rajasthan: Rates should stay low for years",
                 "Kocherlakota: Senator Says Rates Should Stay Low",
                 "Kocherlakota: Everything you need to know about rates",
                 "Kocherlakota: He was held in a cage for years"):
        # (the senator's frame is read as before: only the lone word is never the speaker)
        assert _speaker_of(line, line[-12:]) != line.split(":")[0], line


# -- a denial narrower than the act it is set against ------------------------------------------
@pytest.mark.parametrize(("a", "b"), [
    ("This Selfless Homeless Man Receives 100 Doesn't Spend A Dime On Himself",
     "Homeless man receives 100... then shocks everyone with how he spends it"),
    ("The man does not spend the money on himself", "The man spends the money"),
    ("The senator did not vote for the bill", "The senator voted"),
])
def test_a_denial_of_the_act_for_one_person_leaves_the_act(a: str, b: str) -> None:
    assert contrast(parsed("left", a), parsed("right", b)).relation != "conflict"


@pytest.mark.parametrize(("a", "b"), [
    ("There is no man playing a flute", "A man is playing"),
    ("The man does not spend the money on himself", "The man spends the money on himself"),
    ("The man did not spend the money", "The man spent the money on himself"),
])
def test_a_denial_that_covers_the_act_still_conflicts(a: str, b: str) -> None:
    assert contrast(parsed("left", a), parsed("right", b)).relation == "conflict"


# -- a titled person's credit after a colon ----------------------------------------------------
@pytest.mark.parametrize("headline", [
    "Dam inspections cut to save money:Committee Chair Mary Ortiz",
    "Dam inspections cut to save money: Committee Chair Mary Ortiz",
])
def test_a_title_and_name_after_a_colon_credits_the_person(headline: str) -> None:
    found = find_speaker(headline)
    assert found.speaker == "Mary Ortiz"
    assert found.core == "Dam inspections cut to save money"


def test_a_bodys_name_after_a_colon_is_no_person() -> None:
    assert find_speaker("Dam inspections cut to save money: White House Press Office") \
        .speaker is None


def test_an_outlets_leading_frame_relays_a_speakers_own_frame() -> None:
    """"As the Herald reported, Mayor Ann Cole said A" is the mayor's, as "Mayor Ann Cole
    said A, the Herald reported." is; what the outlet tells itself stays the outlet's."""
    found = find_speaker("As the Riverton Herald reported, Mayor Ann Cole said the plan "
                         "was dead.")
    assert (found.speaker, found.core) == ("Ann Cole", "the plan was dead.")
    assert find_speaker("As the Riverton Herald reported, the mayor met the developers "
                        "twice in March.").speaker == "Riverton Herald"
