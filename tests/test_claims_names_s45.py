"""The claims stage's names: a contraction opening a sentence or a quote is no name ("We're",
"It's"), and a name ending in a generic head ("... Index", "... Party") is keyed on its own
words, not on the head every such name shares."""

from __future__ import annotations

import pytest
from claimkit import article

from embeddings.claims import SentenceClaimExtractor
from embeddings.claims.entities import find_entities
from embeddings.matching import entity_keys, match_score
from embeddings.types import Claim

COSINE = 0.55  # one cosine for every pair: what moves the score is the words and names


def _claim(text: str) -> Claim:
    claims = SentenceClaimExtractor().extract(article(text))
    assert len(claims) == 1
    return claims[0]


def _names(sentence: str) -> list[str]:
    return [e.text for e in find_entities(sentence)]


@pytest.mark.parametrize(("sentence", "names"), [
    ("We're going to win this election, the governor said.", []),
    ("It's a great day for Boston.", ["Boston"]),
    ("\"I'm not leaving,\" Smith said.", ["Smith"]),
    ("Don't expect miracles from the Fed.", ["Fed"]),
    ("That's what Obama told reporters.", ["Obama"]),
    ("He added: \"We’re ready to sign with Apple.\"", ["Apple"]),
    ("I'll be back, Schwarzenegger said.", ["Schwarzenegger"]),
    ("They've raised $5 million for Oxfam.", ["Oxfam"]),
    ("Here's why Microsoft lost.", ["Microsoft"]),
])
def test_a_contraction_opening_a_sentence_or_quote_is_no_name(
        sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names


def test_a_contraction_inside_a_title_case_run_ends_the_name_before_it() -> None:
    assert _names("Obama Won't Attend Summit") == ["Obama", "Attend Summit"]


@pytest.mark.parametrize(("sentence", "names"), [
    # a name's own apostrophe, a possessive, a letter's plural stay as they were
    ("Shaquille O'Neal met Tip O'Neill.", ["Shaquille O'Neal", "Tip O'Neill"]),
    ("Obama's plan failed, Boehner said.", ["Obama", "Boehner"]),
    ("The Oakland A's won again.", ["Oakland A"]),
    ("Côte d'Ivoire voted.", ["Côte d'Ivoire"]),
])
def test_apostrophes_of_names_stay_names(sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names


def test_two_quotes_opening_with_contractions_share_no_name() -> None:
    a = _claim("\"We're not going to raise taxes,\" Bush said on Tuesday.")
    b = _claim("\"We're confident about the economy,\" Kerry told voters.")
    assert not entity_keys(a) & entity_keys(b)
    _, signals = match_score(a, b, COSINE)
    assert not signals["shared_entities"]
