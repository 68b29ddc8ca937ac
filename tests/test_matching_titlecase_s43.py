"""Title Case headlines matched by their words: where every word of a headline is
capitalised, capitals do not tell its names apart ("Obama To Visit Kenya" was read as one
name), so only what is a name elsewhere stays one (an acronym, a known place or
nationality, a name the other claim capitalises in ordinary text); the rest are weighed as
words in the overlap two reports of one story share."""

from __future__ import annotations

import pytest
from claimkit import article

from embeddings.claims import SentenceClaimExtractor
from embeddings.matching import entity_key, match_score, names_for_matching
from embeddings.types import Claim

COSINE = 0.55  # one cosine for every pair: what moves the score is the words and names


def _claim(text: str) -> Claim:
    claims = SentenceClaimExtractor().extract(article(text))
    assert len(claims) == 1
    return claims[0]


def _signals(a: str, b: str) -> tuple[float, dict[str, object]]:
    return match_score(_claim(a), _claim(b), COSINE)


@pytest.mark.parametrize(("a", "b", "words"), [
    ("Obama To Visit Kenya, White House Says", "Obama Will Visit Kenya And Ethiopia In July",
     {"obama", "visit"}),
    ("Track Worker Killed By Metro-North Train, MTA Says",
     "Metro-North Train Kills Track Worker Near Bronx Station", {"track", "worker", "train"}),
    ("Apple Unveils Larger Phone Screens At September Event",
     "Apple Shows Off Larger Screens For New Phones", {"larger", "screen"}),
])
def test_two_title_case_headlines_share_their_words(a: str, b: str, words: set[str]) -> None:
    score, signals = _signals(a, b)
    shared = set(signals["shared_words"])  # type: ignore[call-overload]
    assert {w for w in shared if any(w.startswith(x[:5]) for x in words)}, shared
    assert float(signals["lexical"]) > 0.2  # type: ignore[arg-type]
    assert score > COSINE + 0.1


@pytest.mark.parametrize(("a", "b", "name"), [
    # a known place, a nationality and an acronym stay names in a headline
    ("Obama To Visit Kenya, White House Says", "Obama Will Visit Kenya And Ethiopia In July",
     "Kenya"),
    ("Chinese Buyers Retreat As Home Prices Fall", "Home Prices Fall As Chinese Demand Cools",
     "Chinese"),
    ("MTA Raises Subway Fares By Four Percent", "Subway Fares Go Up Again, MTA Board Votes",
     "MTA"),
    # a word English has no other use for
    ("Noyer Says Strong Euro Creates Unwarranted Economic Pressure",
     "Noyer Says French Banks Are Ready For Stress Tests", "Noyer"),
    ("Bergdahl Faces Desertion Charges After Army Review",
     "Army Charges Bergdahl With Desertion", "Bergdahl"),
])
def test_a_name_that_is_one_anywhere_stays_a_name(a: str, b: str, name: str) -> None:
    _, signals = _signals(a, b)
    assert entity_key(name) in signals["shared_entities"]  # type: ignore[operator]
    assert not any(w.startswith(name.lower()[:4])
                   for w in signals["shared_words"])  # type: ignore[attr-defined]


def test_a_name_the_other_claim_capitalises_in_prose_stays_a_name() -> None:
    headline = _claim("Obama To Visit Kenya, White House Says")
    prose = _claim("President Barack Obama will travel to Kenya in July, the White House said.")
    assert "Obama" in names_for_matching(headline, prose)
    assert "Visit" not in names_for_matching(headline, prose)
    _, signals = match_score(headline, prose, COSINE)
    assert entity_key("Obama") in signals["shared_entities"]  # type: ignore[operator]


@pytest.mark.parametrize("text", [
    # ordinary sentences: capitals tell names, and every name stays one
    "President Barack Obama will visit Kenya in July, the White House said.",
    "Foreign Minister David Babayan praised the decision of the Security Council.",
    "Apple said the new iPhone would go on sale in September.",
])
def test_names_of_ordinary_sentences_are_all_kept(text: str) -> None:
    claim = _claim(text)
    other = _claim("Obama To Visit Kenya, White House Says")
    assert names_for_matching(claim, other) == tuple(e.text for e in claim.entities)


def test_two_prose_sentences_still_skip_their_names_in_the_word_overlap() -> None:
    _, signals = _signals("Barack Obama will visit Kenya in July, officials said.",
                          "Obama is expected to travel to Kenya this summer.")
    assert entity_key("Obama") in signals["shared_entities"]  # type: ignore[operator]
    assert "obama" not in signals["shared_words"]  # type: ignore[operator]


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("Track Worker Killed by Metro-North Train, MTA Says", "MTA",
     "Track Worker Killed by Metro-North Train"),
    ("Leader of Qaeda-Linked Somali Group Is Dead, U.S. Says", "U.S.",
     "Leader of Qaeda-Linked Somali Group Is Dead"),
    ("Strong Euro Creates Unwarranted Economic Pressure, Noyer Insists", "Noyer",
     "Strong Euro Creates Unwarranted Economic Pressure"),
    # a bare group names no one, and its frame is still no part of the claim
    ("Islamic State Training Pilots in Military Jets, Monitors Say", None,
     "Islamic State Training Pilots in Military Jets"),
])
def test_a_title_case_headlines_trailing_frame_is_cut(sentence: str, speaker: str | None,
                                                       core: str) -> None:
    claim = _claim(sentence)
    assert (claim.speaker, claim.core) == (speaker, core)


@pytest.mark.parametrize("sentence", [
    # a document with no author: the claim is left whole, as "a report claims" is
    "Kim Jong-un Broke Both Ankles and Is Hospitalized, Report Claims",
    "Coffee Drinkers Live Longer Than Others, New Study Says",
    # a phrase that goes on past its head names no one
    "Bear Attacks Are Rising Across The State, Man Mauled By Bear Says",
    "Priest Dies, Wakes Up, Claims God Is a Woman.",
    # too short a claim before the frame to tell it from a list
    "Sales Fell, Company Says",
])
def test_a_title_case_headline_without_a_trailing_speaker_stays_whole(sentence: str) -> None:
    claim = _claim(sentence)
    assert (claim.speaker, claim.core) == (None, sentence)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # ordinary sentences keep their own frames' readings
    ("Fares will rise next year, the MTA says.", "MTA", "Fares will rise next year"),
    ("The group's leader is dead, U.S. officials said.", "U.S. officials",
     "The group's leader is dead"),
])
def test_a_sentences_own_frame_is_read_as_before(sentence: str, speaker: str,
                                                 core: str) -> None:
    claim = _claim(sentence)
    assert (claim.speaker, claim.core) == (speaker, core)


def test_a_headline_and_a_sentence_of_one_statement_share_its_speaker() -> None:
    headline = _claim("Track Worker Killed by Metro-North Train, MTA Says")
    prose = _claim("A track worker was killed by a Metro-North train, the MTA said.")
    _, signals = match_score(headline, prose, COSINE)
    assert signals["shared_speaker"] is not None
    assert {"track", "worker"} <= set(signals["shared_words"])  # type: ignore[call-overload]
