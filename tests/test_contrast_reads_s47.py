"""Readings from NewsWCL50's tuning events as a store, forty-seventh session: two voices
that call one thing untrue in the same word agree, whoever else the claims share words with."""

from __future__ import annotations

import pytest

from embeddings.claims import SentenceClaimExtractor
from embeddings.types import Article, Claim
from tests.contrastkit import contrast

_EXTRACT = SentenceClaimExtractor()


def told(source: str, text: str) -> Claim:
    return _EXTRACT.extract(Article(id=f"art-{source}", source=source, text=text))[-1]


@pytest.mark.parametrize(("a", "b"), [
    # the store's case: one man, named two ways, calls the suit a conspiracy theory twice
    ("Roger J. Stone Jr., a former campaign adviser named as a defendant in the suit, "
     "dismissed it in an email as \"a left-wing conspiracy theory dressed up as a lawsuit.\"",
     "Stone said the lawsuit was based on \"a left-wing conspiracy theory.\""),
    ("The governor called the report a smear.",
     "The senator said the report was a smear campaign."),
    ("The minister called the lawsuit a conspiracy theory.",
     "The lawsuit is based on a conspiracy theory, the senator said."),
])
def test_two_voices_calling_one_thing_untrue_alike_agree(a: str, b: str) -> None:
    result = contrast(told("Times", a), told("Post", b))
    assert result.relation == "agree", result.summary


@pytest.mark.parametrize(("a", "b"), [
    # the other side says what is called untrue, without the verdict: still denied
    ("The governor called the report a smear.",
     "The senator said the report was accurate."),
    ("\"This is a sham lawsuit about a bogus Russian collusion claim,\" Parscale said.",
     "The DNC filed a lawsuit against the Trump campaign for collusion with Russia."),
])
def test_a_verdict_the_other_side_does_not_share_still_denies(a: str, b: str) -> None:
    result = contrast(told("Times", a), told("Post", b))
    assert result.relation == "conflict", result.summary
