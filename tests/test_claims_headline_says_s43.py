"""A Title Case or all-caps headline's leading frame ("Noyer Says ECB Could Cut Rates"):
its speaker is who says, and its claim what follows the verb, as "Noyer says ECB could cut
rates" reads in lower case.  Where the words after the verb are no claim of the speaker's
("Claims Responsibility For Attack", "Warns People To Stop ...", "Says No To ..."), where
the subject is no speaker ("Man Who Says ...", "What Obama Says ...") or a document ("Study
Says ..."), the headline stays whole, as it did."""

from __future__ import annotations

import pytest
from claimkit import article

from embeddings.claims import SentenceClaimExtractor
from embeddings.claims.speakers import find_speaker


def _one(text: str) -> tuple[str | None, str]:
    claims = SentenceClaimExtractor().extract(article(text))
    assert len(claims) == 1
    return claims[0].speaker, claims[0].core


@pytest.mark.parametrize(("headline", "speaker", "core"), [
    ("Noyer Says ECB Could Cut Rates", "Noyer", "ECB Could Cut Rates"),
    ("Obama Says US Will Not Send Troops", "Obama", "US Will Not Send Troops"),
    ("Noyer Says Stronger Euro Creates Unwarranted Pressure on Economy", "Noyer",
     "Stronger Euro Creates Unwarranted Pressure on Economy"),
    ("Iraq Says Arrested Woman Is Not The Wife of ISIS Leader al-Baghdadi", "Iraq",
     "Arrested Woman Is Not The Wife of ISIS Leader al-Baghdadi"),
    ("Catholic Priest Claims God Is Female After Clinically Dead Experience",
     "Catholic Priest", "God Is Female After Clinically Dead Experience"),
    ("Noyer Says That ECB Could Cut Rates", "Noyer", "ECB Could Cut Rates"),
    ("Putin Warns Russia Will Respond", "Putin", "Russia Will Respond"),
    ("Putin Tells Obama Russia Will Respond", "Putin", "Russia Will Respond"),
    ("GOP Rep. Duncan Hunter Claims At Least 10 ISIS Fighters Apprehended On Texas Border",
     "Duncan Hunter", "At Least 10 ISIS Fighters Apprehended On Texas Border"),
])
def test_a_title_case_leading_frame_is_cut(headline: str, speaker: str, core: str) -> None:
    assert _one(headline) == (speaker, core)


def test_an_all_caps_leading_frame_is_cut_and_its_speaker_written_as_a_name() -> None:
    assert _one("OBAMA SAYS US WILL NOT SEND TROOPS") == ("Obama", "US WILL NOT SEND TROOPS")
    assert _one("RICH JOHNSTON SAYS THE BATMOBILE HAS BEEN STOLEN IN DETROIT") == (
        "Rich Johnston", "THE BATMOBILE HAS BEEN STOLEN IN DETROIT")


def test_the_claim_starts_where_the_frame_ends() -> None:
    found = find_speaker("Apple Says iPhone Sales Rose 20% In Quarter")
    assert found.speaker == "Apple"
    assert found.core == "iPhone Sales Rose 20% In Quarter"
    assert found.core_start == len("Apple Says ")


def test_she_after_the_frame_is_the_speaker_as_in_prose() -> None:
    # "Woman says she gave ..." names the woman in the core; so does its Title Case
    assert _one("Woman Says She Gave Her Cheating Man a Printout of His DMs for Christmas") \
        == ("Woman", "Woman Gave Her Cheating Man a Printout of His DMs for Christmas")


def test_one_witness_names_no_one_as_the_trailing_frame_reads_it() -> None:
    assert _one("Witness Says Gunman Fired Twice") == (None, "Gunman Fired Twice")
    assert _one("Gunman Fired Twice, Witness Says") == (None, "Gunman Fired Twice")


@pytest.mark.parametrize("headline", [
    # what follows the verb is its object, no claim
    "ISIS Claims Responsibility For Attack",
    "Putin Warns West Against Arming Ukraine",
    "Chinese State Media Warns People To Stop Calling Themselves Dumbledore",
    "Obama Says No To Troops",
    "Obama Says Goodbye To Staff",
    "ISIS Claims to Have Captured U.S. Airdropped Weapons",
    # the subject is no speaker
    "Man Who Says He Was Abducted By Aliens Returns",
    "What Obama Says About Syria",
    "Man Mauled By Bear Says He's Only Alive Thanks to Justin Bieber",
    # a document: whole, as "..., Study Says" is
    "Study Says Coffee Is Good For You",
    "Report Says Apple Will Launch Watch",
    "Hoax Report Claims 250,000 Texas Turkeys Infected With Ebola",
    "Satirical Site Claims Boston Marathon Bombing Suspect Blinded And Paralyzed",
])
def test_no_claim_after_the_verb_or_no_speaker_before_it_stays_whole(headline: str) -> None:
    assert _one(headline) == (None, headline)


def test_says_who_is_no_frame() -> None:
    assert find_speaker("Says Who?") == (None, "Says Who?", 0)


@pytest.mark.parametrize(("text", "speaker", "core"), [
    # lower case and prose read as they did
    ("Apple says iPhone sales rose", "Apple", "iPhone sales rose"),
    ("Kerry says talks with Iran were useful", "Kerry", "talks with Iran were useful"),
    ("Noyer says ECB could cut rates.", "Noyer", "ECB could cut rates."),
    ("Kerry says talks with Iran 'useful'", "Kerry", "Kerry says talks with Iran “useful”"),
    # the trailing frame, as it was
    ("Track Worker Killed by Train, MTA Says", "MTA", "Track Worker Killed by Train"),
])
def test_lower_case_and_trailing_frames_read_as_before(text: str, speaker: str,
                                                       core: str) -> None:
    assert _one(text) == (speaker, core)


def test_prose_that_capitalises_is_no_headline() -> None:
    # a full stop ends prose, not a headline: left to the prose frames (which read no
    # capitalised "Says")
    text = "Noyer Says ECB Could Cut Rates."
    assert find_speaker(text) == (None, text, 0)
