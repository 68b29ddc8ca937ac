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


def _figures(sentence: str) -> list[tuple[str, float | None, str | None]]:
    return [(q.text, q.low, q.unit) for q in _claim(sentence).numbers]


@pytest.mark.parametrize("sentence", [
    "“We recognize that we have a problem,” one former Israeli official said.",
    "Two senior aides told reporters the vote was delayed.",
    "The plant will close, two company sources said.",
    "According to three diplomats, the talks stalled.",
    "Three senior officials said the talks had stalled.",
])
def test_a_count_of_who_speaks_is_no_figure_of_the_claim(sentence: str) -> None:
    assert _figures(sentence) == []


@pytest.mark.parametrize(("sentence", "figures"), [
    # a figure of the claimed clause stays, the speakers' count goes
    ("Two officials said 30 people died.", [("30", 30.0, "people")]),
    ("Two officials said two soldiers died.", [("two", 2.0, "soldier")]),
    ("Three soldiers were wounded, two officials said.", [("Three", 3.0, "soldier")]),
    # no speaker's frame: the count is the claim's own
    ("Five people died, officials said.", [("Five", 5.0, "people")]),
    ("Two senior aides resigned on Friday.", [("Two", 2.0, "aide")]),
])
def test_a_figure_of_the_claimed_clause_stays(
        sentence: str, figures: list[tuple[str, float | None, str | None]]) -> None:
    assert _figures(sentence) == figures
