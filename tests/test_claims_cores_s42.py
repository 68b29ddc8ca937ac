"""The claims stage: what a claim's core is (a participle used as an adjective is no verb of
a reported clause) and which figures it holds (not the count of those who speak)."""

from __future__ import annotations

import pytest
from claimkit import article

from embeddings.claims import SentenceClaimExtractor
from embeddings.types import Claim


def _claim(sentence: str) -> Claim:
    claims = SentenceClaimExtractor().extract(article(sentence))
    assert len(claims) == 1
    return claims[0]


@pytest.mark.parametrize("sentence", [
    "Peter Stano has highlighted certain alleged crimes of Azerbaijan against Armenians.",
    "Peter Stano has stressed alleged crimes against civilians.",
    "Amnesty highlighted the reported killings of protesters in the region.",
    "Amnesty highlighted Baku's widely reported shelling of Stepanakert.",
    "The ministry highlighted the so-called referendum in occupied Crimea.",
    "The envoy noted its purported attacks on civilians in Donetsk.",
    "Human Rights Watch stressed the detained journalists' plight.",
    "Peter Stano denied reported plans to close the base.",
])
def test_a_participle_before_its_noun_is_no_reported_clause(sentence: str) -> None:
    # the act of highlighting or condemning is the claim, not its object
    assert _claim(sentence).core == sentence


@pytest.mark.parametrize(("sentence", "core"), [
    # after "said" a bare clause follows, whose subject the participle describes
    ("Peter Stano said alleged crimes were committed.", "alleged crimes were committed."),
    ("The spokesman said suspected militants attacked a checkpoint.",
     "suspected militants attacked a checkpoint."),
    # the participle is the reported clause's own verb
    ("Officials alleged that the troops fired.", "the troops fired."),
    ("Peter Stano highlighted that Baku had occupied the town.", "Baku had occupied the town."),
    ("Peter Stano stressed alleged crimes had been committed.",
     "alleged crimes had been committed."),
    ("Peter Stano stressed the occupied town had been shelled.",
     "the occupied town had been shelled."),
    ("The minister warned the detained were being tortured.", "the detained were being tortured."),
    ("The ministry stressed the role of detained activists had grown.",
     "the role of detained activists had grown."),
    # a denied act keeps its reading: the speaker is given to it ("cores")
    ("Leo Vance denied taking a banned substance.", "Leo Vance taking a banned substance."),
])
def test_a_participle_in_a_reported_clause_still_reads_as_one(sentence: str, core: str) -> None:
    assert _claim(sentence).core == core
