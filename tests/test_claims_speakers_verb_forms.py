"""The claims stage: a plural subject's (or a headline's) present tense of a verb of saying
("Many Democrats claim that", "Trump tweets that"), and whom "he" names after an opening
clause ("As he ..., Mr. Trump repeated")."""

from __future__ import annotations

import pytest
from claimkit import article

from embeddings.claims import SentenceClaimExtractor, find_speaker


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("Many Democrats claim that Trump tried to hold up the FBI's investigation.", "Democrats",
     "Trump tried to hold up the FBI's investigation."),
    ("Hackers claim bankrupt Mt. Gox still has customers' Bitcoins", "Hackers",
     "bankrupt Mt. Gox still has customers' Bitcoins"),
    ("Trump tweets that Comey memos show no obstruction.", "Trump",
     "Comey memos show no obstruction."),
    ("John Oliver admits he's scared of everything.", "John Oliver", "he's scared of everything."),
    ("Senator Tom Reyes and Mayor Ana Lind insist that the budget was balanced.", "Ana Lind",
     "the budget was balanced."),
    ("The budget was balanced, the Democrats allege, and the audit was hidden.", "Democrats",
     "The budget was balanced, and the audit was hidden."),
    # a bare group names no one, but its frame is no part of the claim
    ("Experts warn that the extreme weather is a mark of climate change.", None,
     "the extreme weather is a mark of climate change."),
])
def test_a_plural_subjects_present_frames_the_claim(sentence: str, speaker: str | None,
                                                     core: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == (speaker, core)


@pytest.mark.parametrize("sentence", [
    "Republicans will claim that they prioritize pro-life policies.",  # a forecast
    "It is hard to argue that rich countries should not reduce their meat intake.",
    "Biden has an uphill battle trying to claim that he backs small business.",
    "Biden rejects Trump claim that COVID-19 vaccine is imminent",  # the noun
    "Priest claim of seeing God as a woman dismissed as hoax",
    "Purported ISIS claim: Jordan airstrike kills female US hostage",
    "Islamic State militants claim to have killed US journalist James Foley",
    "The White House did not assert that the files demonstrated a violation.",
    "They deny any wrongdoing.",
    "Experts warn of a long recession.",
])
def test_a_plural_present_that_frames_nothing_is_left_whole(sentence: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == (None, sentence)


@pytest.mark.parametrize(("text", "speaker"), [
    ("President Trump met Kim Jong-un last year. Kim Jong-un said talks would go well. As he "
     "held out the prospect of a deal with Mr. Kim, Mr. Trump repeated his vow to walk away. "
     "“I will leave the table,” he said.", "Trump"),
    ("Boris Johnson spoke first. When Boris Johnson arrived in Washington, Emmanuel Macron had "
     "already left. “The deal is dead,” he said.", "Emmanuel Macron"),
    ("Shinzo Abe flew in on Monday. After his long talks with Shinzo Abe, Donald Trump praised "
     "the trade deal. “It went very well,” he said.", "Donald Trump"),
    # no opening clause: the sentence's subject, as before
    ("Emmanuel Macron met Boris Johnson. Boris Johnson welcomed the offer. “We are ready,” he "
     "said.", "Boris Johnson"),
])
def test_he_is_the_main_clauses_subject_after_an_opening_clause(text: str,
                                                                speaker: str) -> None:
    claims = SentenceClaimExtractor().extract(article(text))
    assert claims[-1].speaker == speaker
