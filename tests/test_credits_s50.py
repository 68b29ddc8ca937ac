"""Headline credits, fiftieth session: an all-caps headline's credit ("SHARES TO FALL,
GOVERNMENT SAYS", "CARL ICAHN: EBAY MUST SPLIT") and a possessive title before a colon
("Fed's Plosser: Rates Could Rise Sooner") name who speaks, and the claim is the headline
without its credit.  Labels ("BREAKING:", "UPDATE 2:", "VIDEO:", "Q&A:") and topics
("Apple's iPhone: a review", "MOHAMMED EMWAZI: MAN IDENTIFIED AS ...") credit no one."""

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
    # all caps, the credit after the claim
    ("SHARES TO FALL, GOVERNMENT SAYS", "Government", "SHARES TO FALL"),
    ("US ECONOMY GREW FASTER THAN EXPECTED, WHITE HOUSE SAYS", "White House",
     "US ECONOMY GREW FASTER THAN EXPECTED"),
    ("REBELS SHELLED THE AIRPORT OVERNIGHT, KREMLIN SAYS", "Kremlin",
     "REBELS SHELLED THE AIRPORT OVERNIGHT"),
    # all caps, a person's name before a colon
    ("CARL ICAHN: EBAY MUST SPLIT", "Carl Icahn", "EBAY MUST SPLIT"),
    ("JANET YELLEN: RATES WILL STAY LOW FOR A CONSIDERABLE TIME", "Janet Yellen",
     "RATES WILL STAY LOW FOR A CONSIDERABLE TIME"),
    # a possessive title: the body one speaks for, then the one who speaks
    ("Fed's Plosser: Rates Could Rise Sooner", "Plosser", "Rates Could Rise Sooner"),
    ("ECB's Draghi: Inflation will stay low for a prolonged period", "Draghi",
     "Inflation will stay low for a prolonged period"),
    ("Omega's Leon Cooperman: eBay Should Spin Off PayPal", "Leon Cooperman",
     "eBay Should Spin Off PayPal"),
])
def test_credited_headline(headline: str, speaker: str, core: str) -> None:
    assert _one(headline) == (speaker, core)


def test_bare_group_in_caps_names_no_one_but_leaves_the_claim() -> None:
    # as "..., analysts say" in lower case: no one named, the frame no part of the claim
    found = find_speaker("OIL PRICES TO RISE NEXT YEAR, ANALYSTS SAY")
    assert (found.speaker, found.core) == (None, "OIL PRICES TO RISE NEXT YEAR")


@pytest.mark.parametrize("headline", [
    "BREAKING: Oil prices fall on weak demand",
    "UPDATE 2: Oil prices fall on weak demand",
    "EXCLUSIVE: Apple to launch new watch in spring",
    "Analysis: Fed faces tough choice on rates",
    "Apple's iPhone: a review",
    "Q&A: What the Fed's move means for you",
    "VIDEO: Man rescues dog from river",
    "BREAKING NEWS: TROOPS WILL LEAVE IRAQ BY JUNE",
    "TECH STOCKS: EBAY AND ICAHN WILL KEEP TRADING PUNCHES",
    "MOHAMMED EMWAZI: MAN IDENTIFIED AS ISIS KILLER WAS STOPPED BY MI5",
    "Vogue's Rat Infestation: Disturbing New Details",
    "Samsung's Galaxy S5: Sales Will Disappoint",
    "Fed's Board: Rates Will Rise Next Year",
    "SHARES FALL SHARPLY, REPORT SAYS",
])
def test_labels_and_topics_credit_no_one(headline: str) -> None:
    found = find_speaker(headline)
    assert (found.speaker, found.core) == (None, headline)


@pytest.mark.parametrize(("headline", "names"), [
    ("SHARES TO FALL, GOVERNMENT SAYS", []),
    ("ISIS FIGHTING JUST ONE MILE OUTSIDE BAGHDAD DESPITE AIRSTRIKES", ["BAGHDAD"]),
    ("MACAULAY CULKIN IS THE LATEST VICTIM OF A CELEBRITY DEATH HOAX", ["MACAULAY CULKIN"]),
])
def test_all_caps_words_are_no_names(headline: str, names: list[str]) -> None:
    # every word is capitalised: a run of them is no name ("SHARES TO FALL", "ISIS FIGHTING
    # JUST ONE MILE ..."), which would match the headline to others by a name no one has;
    # only a name whatever its case is one (a place, a word English has no other use for:
    # fifty-first session, tests/test_caps_s51.py)
    claims = SentenceClaimExtractor().extract(article(headline))
    assert [e.text for c in claims for e in c.entities] == names


def test_a_sentence_with_lower_case_words_keeps_its_names() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "Shares in Gazprom fell sharply in Moscow on Monday, the Kremlin said."))
    names = {e.text for c in claims for e in c.entities}
    assert {"Gazprom", "Moscow"} <= names
