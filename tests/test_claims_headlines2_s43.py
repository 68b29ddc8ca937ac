"""Two headline forms a Title Case leading frame sits in.  A topic label before a colon
("Bergdahl: Senator Says ...", "LOL: RICH JOHNSTON SAYS ...") is no part of the frame: the
rest reads as a headline with its frame.  A reported clause without its verb ("Mexico Says
Students Not Among Dead", "Kerry Says Talks With Iran 'Useful'") is the speaker's claim, as
one with its verb is.  A label that weighs the report ("Unconfirmed:", "Rumor:"), a label
before no frame ("Tim Cook: ..."), and the frames that read no claim ("Says No To ...",
"What Obama Says ...", "Study Says ...") stay as they were."""

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
    ("Bergdahl: Senator Says Jihadists Swapped For U.S. Troop In Touch With Al-Qaida",
     "Senator", "Jihadists Swapped For U.S. Troop In Touch With Al-Qaida"),
    ("LOL: RICH JOHNSTON SAYS THE BATMOBILE HAS BEEN STOLEN IN DETROIT", "Rich Johnston",
     "THE BATMOBILE HAS BEEN STOLEN IN DETROIT"),
    ("Syria: Obama Says US Will Strike Within Days", "Obama", "US Will Strike Within Days"),
    ("Exclusive: Putin Tells Obama Russia Will Respond", "Putin", "Russia Will Respond"),
    ("Ukraine Crisis: Merkel Warns Sanctions Could Follow", "Merkel",
     "Sanctions Could Follow"),
])
def test_a_topic_label_is_no_part_of_the_frame(headline: str, speaker: str,
                                               core: str) -> None:
    assert _one(headline) == (speaker, core)


def test_a_labelled_frame_in_lower_case_reads_as_it_did() -> None:
    assert _one("Ukraine crisis: Russia says troops will stay") == ("Russia",
                                                                      "troops will stay")


@pytest.mark.parametrize("headline", [
    # a label that weighs the report stays with it: the outlet's hedge on the whole
    "Unconfirmed: ISIS Claims Kayla Mueller, American Female Hostage, Is Dead",
    "Rumor: Apple Says Watch Will Ship In March",
    # a label before no frame: the rest is no one's report
    "Tim Cook: Apple Watch Will Be Showerproof",
    # a label before a document's frame: the document stays whole, as without the label
    "Health: Study Says Coffee Is Good For You",
])
def test_a_label_before_no_speakers_frame_leaves_the_headline_whole(headline: str) -> None:
    assert _one(headline) == (None, headline)


def test_a_bare_group_before_a_colon_credits_the_headline() -> None:
    # (changed in session 48: a bare group's label is its credit, as "Sources:" is; it was
    # left whole, with "Officials:" in the claim)
    headline = "Officials: Report That Area Town Is Under Ebola Quarantine Is False"
    assert _one(headline) == (None, headline.removeprefix("Officials: "))


@pytest.mark.parametrize(("headline", "speaker", "core"), [
    ("Mexico Says Students Not Among Dead in Mass Grave", "Mexico",
     "Students Not Among Dead in Mass Grave"),
    ("Japan Says Bitcoin Not Currency Amid Calls for Regulation", "Japan",
     "Bitcoin Not Currency Amid Calls for Regulation"),
    ("Obama Says Iran Deal No Longer Possible", "Obama", "Iran Deal No Longer Possible"),
    ("MEXICO SAYS STUDENTS NOT AMONG DEAD", "Mexico", "STUDENTS NOT AMONG DEAD"),
    ("ISIS Border Crisis: DHS Chief Says Terrorists Not Entering US Through Mexico",
     "DHS Chief", "Terrorists Not Entering US Through Mexico"),
])
def test_a_verbless_reported_clause_is_the_speakers(headline: str, speaker: str,
                                                    core: str) -> None:
    assert _one(headline) == (speaker, core)


def test_a_quoted_predicate_is_a_verbless_clause() -> None:
    found = find_speaker("Kerry Says Talks With Iran 'Useful'")
    assert (found.speaker, found.core) == ("Kerry", "Talks With Iran 'Useful'")
    found = find_speaker("Lagarde Says Euro Recovery ‘Fragile’")
    assert (found.speaker, found.core) == ("Lagarde", "Euro Recovery ‘Fragile’")


@pytest.mark.parametrize("headline", [
    "Obama Says No To Troops In Syria",       # an answer, no clause
    "Says No To Troops",
    "Obama Says Not Guilty",                  # no subject before the negation
    "Trump Says Why Not",
    "What Obama Says About Iraq Is Not True",
    "Man Who Says He Was Not Abducted By Aliens",
    "Study Says Coffee Not Harmful",          # a document, as "Study Says ..." is
    "Report Says Apple Not Planning Watch",
])
def test_near_verbless_headlines_stay_whole(headline: str) -> None:
    assert _one(headline) == (None, headline)


def test_a_quoted_object_is_no_predicate() -> None:
    found = find_speaker("Putin Says Goodbye To 'Friend'")
    assert found.core_start == 0 and found.speaker is None
