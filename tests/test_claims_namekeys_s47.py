"""Name keys: two mentions of one name meet, two names that only look alike stay apart.

A body's generic modifier ("National") tells no body apart, a country written any of its
ways is one name, a designation keeps its number, an index is its own word."""

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


@pytest.mark.parametrize(("a", "b"), [
    ("Democratic National Committee", "Republican National Committee"),
    ("Democratic National Committee", "National Committee"),
    ("G7", "G20"),
    ("Group of Seven", "Group of 20"),
    ("F-16", "F-35"),
    ("F-22", "F-23"),
    ("MH17", "MH370"),
    ("H5N1", "H1N1"),
    ("United Airlines", "American Airlines"),
    ("West Bank", "Bank of England"),
    ("West Bank", "World Bank"),
    ("United States", "United Nations"),
    ("United States", "United Kingdom"),
    ("America", "Latin America"),
    ("S&P 500 Index", "FTSE 100"),
    ("Kingston Crown Court", "Supreme Court"),
    # a court's place is its jurisdiction: a state's or a country's is not the U.S. one
    ("Kenya Supreme Court", "U.S. Supreme Court"),
    ("Alabama Supreme Court", "Supreme Court"),
])
def test_two_names_keep_two_keys(a: str, b: str) -> None:
    assert entity_key(a) != entity_key(b)


@pytest.mark.parametrize("forms", [
    ("United States", "the United States", "U.S.", "US", "USA", "U.S.A.", "America",
     "American", "United States of America"),
    ("United Nations", "UN", "U.N."),
    ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    ("European Union", "EU", "the European Union"),
    ("United Arab Emirates", "UAE"),
    ("Soviet Union", "USSR", "the Soviet Union"),
    ("Group of Seven", "G7", "G-7"),
    ("Group of 20", "Group of Twenty", "G20", "G-20"),
    ("S&P 500 Index", "S&P 500", "S&P", "Standard & Poor's 500 Index"),
    ("FTSE 100", "FTSE"),
    ("U.S. Supreme Court", "Supreme Court"),
    ("Nasdaq Composite Index", "Nasdaq Composite"),
    ("Democratic National Committee", "the Democratic National Committee"),
])
def test_the_forms_of_one_name_share_one_key(forms: tuple[str, ...]) -> None:
    assert len({entity_key(f) for f in forms}) == 1


def test_a_keyed_designation_or_country_is_kept_as_a_name() -> None:
    # keys of fewer than two letters are dropped from matching: none of these is
    for name in ("G7", "F-16", "US", "UN", "EU", "UK", "S&P 500 Index"):
        assert len(entity_key(name)) >= 2


def test_an_index_and_its_figure_are_one_name_in_a_sentence() -> None:
    names = [e.text for e in find_entities("The S&P 500 Index fell 2% on Tuesday.")]
    assert names == ["S&P 500 Index"]
    names = [e.text for e in find_entities("Japan's Nikkei 225 Index rose 1% on Friday.")]
    assert "Nikkei 225 Index" in names


def test_an_index_written_two_ways_shares_its_name_in_a_match() -> None:
    a = _claim("The S&P 500 Index fell 1.2 percent on Tuesday, Reuters reported.")
    b = _claim("The S&P 500 lost 1.2 percent, Bloomberg reported.")
    _, signals = match_score(a, b, COSINE)
    assert entity_key("S&P") in signals["shared_entities"]  # type: ignore[operator]


def test_two_party_committees_share_no_name_in_a_match() -> None:
    a = _claim("The Democratic National Committee raised $10 million in May, it said.")
    b = _claim("The Republican National Committee raised $12 million in May, it said.")
    assert not entity_keys(a) & entity_keys(b)


def test_one_country_written_two_ways_shares_its_name_in_a_match() -> None:
    a = _claim("The United States imposed new sanctions on Iran on Monday.")
    b = _claim("The U.S. imposed fresh sanctions on Iran, officials said.")
    _, signals = match_score(a, b, COSINE)
    assert entity_key("U.S.") in signals["shared_entities"]  # type: ignore[operator]


def test_two_summits_of_different_groups_share_only_the_place() -> None:
    a = _claim("Leaders met at the G7 summit in Osaka on Friday.")
    b = _claim("Leaders met at the G20 summit in Osaka on Friday.")
    assert entity_keys(a) & entity_keys(b) == {entity_key("Osaka")}


@pytest.mark.parametrize(("sentence", "name"), [
    ("Leaders of the G20 met in Osaka on Saturday.", "G20"),
    ("The President of Brazil said the deal was fair.", "Brazil"),
])
def test_the_body_or_place_a_title_is_of_is_a_name(sentence: str, name: str) -> None:
    assert name in [e.text for e in find_entities(sentence)]


@pytest.mark.parametrize("sentence", [
    "The Minister of Health resigned on Monday.",
    "The Secretary of State flew to Paris.",
])
def test_a_titles_common_noun_after_of_is_no_name(sentence: str) -> None:
    names = [e.text for e in find_entities(sentence)]
    assert not {"Health", "State"} & set(names)


def test_leaders_of_a_group_meet_the_group() -> None:
    assert entity_key("Leaders of the Group of Seven") == entity_key("G7")


# (a body whose initials are its name's meets them where two claims are compared:
# tests/test_matching_initials_s48.py)
@pytest.mark.parametrize("forms", [
    ("Federal Reserve", "U.S. Federal Reserve", "Fed"),
    ("World Health Organization", "WHO"),
])
def test_a_body_known_by_its_initials_meets_them(forms: tuple[str, ...]) -> None:
    assert len({entity_key(f) for f in forms}) == 1


def test_two_committees_known_by_initials_stay_apart() -> None:
    assert entity_key("DNC") != entity_key("Republican National Committee")
    assert entity_key("RNC") != entity_key("Democratic National Committee")
