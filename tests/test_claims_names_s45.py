"""The claims stage's names: a contraction opening a sentence or a quote is no name ("We're",
"It's"), and a name ending in a generic head ("... Index", "... Party") is keyed on its own
words, not on the head every such name shares."""

from __future__ import annotations

import pytest
from claimkit import article

from embeddings.claims import SentenceClaimExtractor
from embeddings.claims.entities import find_entities
from embeddings.matching import entity_key, entity_keys, match_score
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
    ("WHO's chief warned of a second wave.", ["WHO"]),
    ("Officials said WHO’s advice had changed.", ["WHO"]),
])
def test_apostrophes_of_names_stay_names(sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names


def test_two_quotes_opening_with_contractions_share_no_name() -> None:
    a = _claim("\"We're not going to raise taxes,\" Bush said on Tuesday.")
    b = _claim("\"We're confident about the economy,\" Kerry told voters.")
    assert not entity_keys(a) & entity_keys(b)
    _, signals = match_score(a, b, COSINE)
    assert not signals["shared_entities"]


@pytest.mark.parametrize(("a", "b"), [
    ("S&P 500 Index", "Nasdaq Composite Index"),
    ("Democratic Party", "Labour Party"),
    ("IBM Corp", "Intel Corp."),
    ("Harvard University", "Stanford University"),
    ("Carlyle Group", "Blackstone Group"),
    ("American Medical Association", "National Rifle Association"),
    ("Senate Commerce Committee", "Senate Judiciary Committee"),
    ("State Department", "Commerce Department"),
    ("Ford Motor Company", "Walt Disney Company"),
])
def test_two_bodies_of_one_generic_head_share_no_key(a: str, b: str) -> None:
    assert entity_key(a) != entity_key(b)


@pytest.mark.parametrize(("a", "b"), [
    # one body written with and without its prefix, or its legal form spelt two ways
    ("U.S. Commodity Futures Trading Commission", "Commodity Futures Trading Commission"),
    ("Federal Open Market Committee", "Open Market Committee"),
    ("Intel Corp.", "Intel Corporation"),
    ("Ford Motor Co.", "Ford Motor Company"),
    ("the Nasdaq Composite Index", "Nasdaq Composite Index"),
    # a person's or a place's last word keys it as before
    ("President Ilham Aliyev", "Aliyev"),
    ("Muammar Gaddafi", "Moammar Gadafi"),
    ("Armenia's", "Armenian"),
])
def test_one_name_keeps_one_key(a: str, b: str) -> None:
    assert entity_key(a) == entity_key(b)


@pytest.mark.parametrize("name", ["Index", "Party", "University of Michigan", "Bank of England"])
def test_a_head_alone_or_before_of_keys_as_before(name: str) -> None:
    assert entity_key(name) == entity_key(name.split()[-1])


def test_a_body_does_not_meet_the_word_before_its_head() -> None:
    # "State Department" is no "United States"; "Democratic Party" no "Democratic" vote
    assert entity_key("State Department") != entity_key("United States")
    assert entity_key("Democratic Party") != entity_key("Democratic")


def test_two_indexes_share_no_name_in_a_match() -> None:
    a = _claim("The Nasdaq Composite Index fell 12.3 points on Tuesday, Reuters reported.")
    b = _claim("The Dow Jones Industrial Index rose 40 points, Bloomberg reported.")
    assert not entity_keys(a) & entity_keys(b)
    _, signals = match_score(a, b, COSINE)
    assert not signals["shared_entities"]


def test_one_index_written_twice_still_shares_its_name() -> None:
    a = _claim("The Nasdaq Composite Index fell 12.3 points on Tuesday, Reuters reported.")
    b = _claim("The Nasdaq Composite Index lost 0.7 percent, Bloomberg reported.")
    _, signals = match_score(a, b, COSINE)
    assert entity_key("Nasdaq Composite Index") in signals["shared_entities"]  # type: ignore[operator]
