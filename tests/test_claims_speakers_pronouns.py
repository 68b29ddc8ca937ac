"""The claims stage: "he" with a verb of notice ("He highlighted ...", "She points out that
...") goes on with the speaker named before it, as "He added that" does."""

from __future__ import annotations

import pytest
from claimkit import article

from embeddings.claims import SentenceClaimExtractor

_HAJIZADA = ("Aykhan Hajizada, spokesman of the Foreign Ministry, labeled the statement as "
             "biased. ")
_ZAKHAROVA = "Maria Zakharova, the ministry's spokeswoman, criticised the report. "


def _last(text: str) -> tuple[str | None, str]:
    claim = SentenceClaimExtractor().extract(article(text))[-1]
    return claim.speaker, claim.core


@pytest.mark.parametrize("sentence", [
    "He highlighted the discrepancy in Power's engagement with migrants.",
    "He has highlighted the plight of the displaced.",
    "He highlights that the figures were never published.",
    "He pointed out that the figures were wrong.",
    "He points out the discrepancy in the figures.",
    "He has pointed out the gaps in the report.",
    "He underlines that the talks must go on.",
    "He underscores that the border stays closed.",
    "He emphasises that the ministry was never consulted.",
    "He reiterates that Baku wants peace.",
    "He recalls that the ceasefire was signed in November.",
])
def test_a_pronoun_with_a_verb_of_notice_goes_on_with_the_speaker(sentence: str) -> None:
    speaker, _ = _last(_HAJIZADA + sentence)
    assert speaker == "Aykhan Hajizada"


def test_what_he_pointed_out_is_the_claim() -> None:
    speaker, core = _last(_HAJIZADA + "He pointed out that the report ignored the refugees.")
    assert (speaker, core) == ("Aykhan Hajizada", "the report ignored the refugees.")
    speaker, core = _last(_ZAKHAROVA + "She pointed out that the figures were wrong.")
    assert (speaker, core) == ("Maria Zakharova", "the figures were wrong.")


def test_a_named_subject_with_a_verb_of_notice_speaks_too() -> None:
    speaker, _ = _last("Elizabeth Banks pointed out that pay must be equitable.")
    assert speaker == "Elizabeth Banks"
    speaker, core = _last("Wealth-building has not followed, economist Ann McBride pointed out.")
    assert (speaker, core) == ("Ann McBride", "Wealth-building has not followed")


@pytest.mark.parametrize("text", [
    # no one named before: "he" stays no one, as "He said" does
    "The storm hit the coast on Tuesday. He highlighted the discrepancy in the figures.",
    # the woman named before is no "he"
    _ZAKHAROVA + "He highlighted the discrepancy in the figures.",
    # "he" is what was highlighted, or does something else than tell
    _HAJIZADA + "He was highlighted in a report last week.",
    _HAJIZADA + "He visited Baku last week.",
    _HAJIZADA + "He pointed out of the window at the smoke.",
    _HAJIZADA + "He pointed at the map.",
    # no speaker's word: things highlight, cars are recalled, a match has highlights
    "The crisis highlighted the need for reform.",
    "Toyota recalls 1.2 million cars over faulty airbags.",
    "Match highlights: Arsenal 2-1 Chelsea.",
])
def test_no_speaker_where_no_one_named_points_anything_out(text: str) -> None:
    speaker, _ = _last(text)
    assert speaker is None
