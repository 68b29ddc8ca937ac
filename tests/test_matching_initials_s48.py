"""Initialisms read from the names ("CSTO" / "Collective Security Treaty Organization"), and
names the reader cut short ("Islamic State" read as "Islamic", a Title Case headline's
place lost in its verbs).

Two reports of one claim that name a body, one by its initials and one written out, share
that name: the match counts it as one entity, the story test sees one name, and the
contrast reads them as one thing.  Names too short to tell ("US" / "Upper School") never
meet so."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from claimkit import article

from embeddings.claims import SentenceClaimExtractor
from embeddings.claims.entities import find_entities
from embeddings.context import ArticleContext
from embeddings.matching import entity_key, match_score
from embeddings.types import Claim

COSINE = 0.55  # one cosine for every pair: what moves the score is the names


def _claim(text: str, article_id: str = "a1") -> Claim:
    claims = SentenceClaimExtractor().extract(article(text))
    assert len(claims) == 1
    return replace(claims[0], article_id=article_id)


def _shared(a: str, b: str) -> list[str]:
    _, signals = match_score(_claim(a), _claim(b), COSINE)
    shared = signals["shared_entities"]
    assert isinstance(shared, list)
    return shared


@pytest.mark.parametrize(("a", "b"), [
    ("Armenia froze its participation in the Collective Security Treaty Organization.",
     "Armenia has frozen its participation in the CSTO, Pashinyan said."),
    ("Monitors from the Organization for Security and Co-operation in Europe arrived on "
     "Monday.", "OSCE monitors arrived in the region on Monday."),
    ("The Democratic National Committee sued the campaign in April.",
     "The DNC filed a lawsuit against the campaign in April."),
    ("Inspectors of the International Atomic Energy Agency visited the plant.",
     "IAEA inspectors visited the plant on Tuesday."),
    ("The U.S. Securities and Exchange Commission fined the bank $5 million.",
     "The SEC fined the bank $5 million on Friday."),
    ("The UN Security Council met on Friday to discuss the crisis.",
     "The UNSC met on Friday to discuss the crisis."),
])
def test_a_body_and_its_initials_are_one_shared_name(a: str, b: str) -> None:
    assert _shared(a, b), "the body named both ways is one entity"
    assert _shared(b, a)


def test_initials_raise_the_score_as_the_written_name_does() -> None:
    a = _claim("Armenia froze its participation in the Collective Security Treaty "
               "Organization, Pashinyan said.")
    same = _claim("Armenia froze its participation in the CSTO, Pashinyan said.")
    other = _claim("Armenia froze its participation in the EAEU, Pashinyan said.")
    assert match_score(a, same, COSINE)[0] > match_score(a, other, COSINE)[0]


@pytest.mark.parametrize(("a", "b"), [
    # too short to be sure: two letters, or a name of two words
    ("Officials in the US said the school would close.",
     "Officials at Upper School said the school would close."),
    ("AP reported the fire on Monday.", "Associated Press reported the fire on Monday."),
    # a country's own initials are its country, not any three words
    ("The USA sent aid to the region.", "The Upper School Association sent aid to the region."),
    # letters that are not the name's initials
    ("The CSTO met on Monday.", "The Collective Security Council met on Monday."),
])
def test_names_that_only_share_letters_do_not_meet(a: str, b: str) -> None:
    assert not _shared(a, b)
    assert not _shared(b, a)


def test_a_name_written_in_part_still_meets_it_in_full() -> None:
    # the initials are no key: "the Trading Commission" keeps its key in common with the
    # name in full
    assert entity_key("Commodity Futures Trading Commission") == \
        entity_key("the Trading Commission")
    assert _shared("The Commodity Futures Trading Commission fined the bank.",
                   "The Trading Commission fined the bank on Friday.")


def test_two_articles_naming_one_body_two_ways_are_one_story() -> None:
    context = ArticleContext(load=lambda ids: {})
    a, b, c = (np.eye(4, dtype=np.float32)[i:i + 2] for i in (0, 1, 2))
    context.remember("full", a, ["Collective Security Treaty Organization", "Yerevan"])
    context.remember("short", b, ["CSTO", "Moscow"])
    context.remember("other", c, ["Lisbon", "Porto"])
    full, short, other = (_claim("A sentence of no name.", i) for i in ("full", "short", "other"))
    assert context.same_story(full, short)
    assert not context.same_story(full, other)  # (the vectors are apart: names decide)


@pytest.mark.parametrize(("sentence", "name"), [
    ("The Islamic State claimed responsibility for the attack.", "Islamic State"),
    ("Islamic State militants seized the town.", "Islamic State"),
    ("Homeland Security said the threat was credible.", "Homeland Security"),
    ("The Golden State Warriors won the title.", "Golden State Warriors"),
    ("The Empire State Building was lit in blue.", "Empire State Building"),
])
def test_a_name_keeps_its_head_noun(sentence: str, name: str) -> None:
    assert name in [e.text for e in find_entities(sentence)]


@pytest.mark.parametrize(("sentence", "person"), [
    ("Secretary of State Antony Blinken said the talks would resume.", "Antony Blinken"),
    ("Homeland Security Secretary Kirstjen Nielsen said the wall would be built.",
     "Kirstjen Nielsen"),
    ("Finance Minister Olaf Scholz said the budget was balanced.", "Olaf Scholz"),
])
def test_a_title_with_such_a_word_still_names_its_holder(sentence: str, person: str) -> None:
    names = [e.text for e in find_entities(sentence)]
    assert person in names
    assert not {"State", "Security", "Finance"} & set(names)


def test_a_lone_title_word_is_still_no_name() -> None:
    assert [e.text for e in find_entities("The State said it would appeal the ruling.")] == []


@pytest.mark.parametrize(("headline", "places"), [
    ("Prime Minister of Armenia Resigns", ["Armenia"]),
    ("President of South Korea Visits Japan", ["South Korea", "Japan"]),
])
def test_a_title_case_headline_gives_the_place_its_title_is_of(
        headline: str, places: list[str]) -> None:
    assert [e.text for e in find_entities(headline)] == places


def test_headline_and_running_text_share_the_place() -> None:
    assert _shared("Prime Minister of Armenia Resigns",
                   "Prime Minister of Armenia Nikol Pashinyan resigned on Monday.")
