"""Names in all-caps headlines and Title Case credits, fifty-first session.

An all-caps headline capitalises every letter, so no run of capitals is a name by its case;
it keeps those that are names whatever their case (a known place or nationality, initials
that spell no word, a word English has no other use for), and matching keeps a run the other
claim writes as a name in mixed case ("APPLE WATCH" / "the Apple Watch").  A person's two or
three names in Title Case before a colon credit the headline ("Janet Yellen: Rates Will Stay
Low"), as the possessive title and the all-caps name did; labels and topics do not."""

from __future__ import annotations

import pytest
from claimkit import article

from embeddings.claims import SentenceClaimExtractor
from embeddings.matching import entity_key, names_for_matching
from embeddings.types import Claim


def _claims(text: str, source: str = "Test Wire") -> list[Claim]:
    return SentenceClaimExtractor().extract(article(text, source))


def _names(headline: str) -> list[str]:
    return [e.text for c in _claims(headline) for e in c.entities]


@pytest.mark.parametrize(("headline", "names"), [
    ("FLOODS CUT OFF VILLAGES ACROSS BANGLADESH AFTER DAYS OF RAIN", ["BANGLADESH"]),
    ("NEW YORK TO RAISE SUBWAY FARES NEXT YEAR", ["NEW YORK"]),
    ("EGYPTIAN COURT JAILS THREE JOURNALISTS FOR SEVEN YEARS", ["EGYPTIAN"]),
    ("NTSB OPENS PROBE INTO TRAIN CRASH NEAR THE CAPITAL", ["NTSB"]),
    ("POLICE QUESTION ZUCKERBERG OVER LEAKED PROFILES", ["ZUCKERBERG"]),
    ("JANET YELLEN WARNS OF BUBBLES IN STOCKS", ["JANET YELLEN"]),
    ("TROOPS TO LEAVE, U.S. OFFICIALS SAY", ["U.S."]),
])
def test_all_caps_headline_keeps_names_any_case_would_show(headline: str,
                                                           names: list[str]) -> None:
    assert _names(headline) == names


@pytest.mark.parametrize("headline", [
    "SHARES TO FALL, GOVERNMENT SAYS",
    "PRICES WILL RISE SHARPLY AS WINTER STARTS",
    "HACKERS TELL US TO PULL THE FILM",
    "REBELS SEIZE TOWN AFTER WEEKS OF FIGHTING",
])
def test_all_caps_words_stay_words(headline: str) -> None:
    # "GOVERNMENT", "SAYS", "RISE", "SEIZE", "FIGHTING", the pronoun "US": words every
    # headline has, which would match it to others by a name no one has
    assert _names(headline) == []


def test_all_caps_headline_shares_a_name_the_other_report_writes_in_mixed_case() -> None:
    caps = _claims("APPLE WATCH TO GO ON SALE IN MARCH, ANALYST SAYS")[0]
    prose = _claims("The Apple Watch will go on sale in March, an analyst said.", "Other")[0]
    names = names_for_matching(caps, prose)
    assert {entity_key(n) for n in names} & {entity_key(n) for n in
                                             names_for_matching(prose, caps)}
    # (and only there: two all-caps headlines say nothing of which of their words are names)
    other_caps = _claims("APPLE WATCH SALES TO START IN MARCH", "Other")[0]
    assert names_for_matching(caps, other_caps) == ()


@pytest.mark.parametrize(("headline", "speaker", "core"), [
    ("Janet Yellen: Rates Will Stay Low For A Considerable Time", "Janet Yellen",
     "Rates Will Stay Low For A Considerable Time"),
    ("Angela Merkel: Greece must stay in the euro", "Angela Merkel",
     "Greece must stay in the euro"),
    ("Carl Icahn: Bad Management Cost Shareholders Billions", "Carl Icahn",
     "Bad Management Cost Shareholders Billions"),
])
def test_title_case_name_before_a_colon_credits_the_headline(headline: str, speaker: str,
                                                             core: str) -> None:
    claims = _claims(headline)
    assert [(c.speaker, c.core) for c in claims] == [(speaker, core)]


@pytest.mark.parametrize("headline", [
    "Breaking News: Markets Will Open Late Today",
    "Exclusive Interview: Rates Will Rise Next Year",
    "Jihadi John: Militant was identified by British police",
    "Taylor Swift: Everything you need to know about the new tour",
    "Kim Jong-un: North Korean leader is recovering from surgery",
    "South Korea: Kim Jong Un had ankle surgery",
    "Charles Manson Wedding Off: Fiancee's Plan Emerges",
    "Mohammed Emwazi: Man identified as killer was stopped in 2010",
])
def test_title_case_labels_and_topics_credit_no_one(headline: str) -> None:
    claims = _claims(headline)
    assert [c.speaker for c in claims] == [None]
    assert claims[0].core == headline


def test_a_word_capitalised_by_its_place_or_shouted_is_no_name_to_share() -> None:
    caps = _claims("SMALL SHOPS FEAR THE SNEEZING SEASON, RETAILERS SAY")[0]
    opening = _claims("Small shops fear the coming flu season.", "Other")[0]
    shouted = _claims("Retailers worry about shoppers SNEEZING in the aisles.", "Other")[0]
    # "Small" is capitalised for opening its sentence, "SNEEZING" for emphasis: neither is
    # a name the other report writes, so neither is taken for a name the two share
    assert names_for_matching(caps, opening) == ()
    assert names_for_matching(caps, shouted) == ()
