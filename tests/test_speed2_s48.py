"""Speed without a changed answer, second pass (forty-eighth session): a pair's reading of
names is remembered across articles, a facet's norm is kept with its term vector, and two
words' spellings are told apart by difflib's upper bounds before its full ratio.  Each gives
what the plain reading gave, on the seeds' own claims and names."""

from __future__ import annotations

from dataclasses import replace
from difflib import SequenceMatcher
from itertools import pairwise

import pytest

from embeddings.claims import SentenceClaimExtractor
from embeddings.facets import facets
from embeddings.lexical import corpus_weigher, term_vector, term_vector_norm, vector_norm
from embeddings.matching import match_score
from embeddings.name_aliases import NEAR_SPELLING, _near, _words
from embeddings.types import Claim
from service.contrast.voices import one_voice


@pytest.fixture(scope="module")
def seed_claims(seed_articles) -> list[Claim]:  # type: ignore[no-untyped-def]
    extractor = SentenceClaimExtractor()
    return [c for a in seed_articles for c in extractor.extract(a)]


def test_two_spellings_are_near_as_difflib_reads_them(seed_claims: list[Claim]) -> None:
    words = sorted({w for c in seed_claims for e in c.entities for w in _words(e.text)})
    assert len(words) > 30
    near = 0
    for a in words:
        for b in words:
            plain = min(len(a), len(b)) >= 4 and \
                SequenceMatcher(None, a, b).ratio() >= NEAR_SPELLING
            assert _near.__wrapped__(a, b) == plain, (a, b)  # type: ignore[attr-defined]
            near += plain and a != b
    assert near  # some seed names are spelt two ways, or two names look alike


def test_a_facet_norm_is_its_vector_norm_with_and_without_names(
        seed_claims: list[Claim]) -> None:
    weigh = corpus_weigher({}, 0)
    for claim in seed_claims[:80]:
        names = frozenset(w.lower() for e in claim.entities for w in e.text.split())
        for facet in facets(claim.core):
            for ignore in (frozenset(), names):
                vec, norm = term_vector_norm(facet, weigh, ignore)
                assert vec == term_vector(facet, weigh, ignore)
                assert norm == vector_norm(vec)  # exactly, not nearly: a tie breaks alike


def test_a_pair_scored_again_under_new_weights_scores_as_a_first_reading(
        seed_claims: list[Claim]) -> None:
    # each article's clustering asks the same stored pairs again, under its own word weights
    pairs = [(a, b) for a, b in pairwise(seed_claims)
             if a.entities and b.entities][:40]
    assert len(pairs) >= 20
    for round_ in range(2):
        weigh = corpus_weigher({"the": 5 + round_}, 10 + round_)
        for a, b in pairs:
            got = match_score(a, b, 0.6, weigh=weigh, one_voice=one_voice)
            # a copy is another object with every field equal: read as the same pair
            again = match_score(replace(a), replace(b), 0.6, weigh=weigh, one_voice=one_voice)
            assert got == again


def test_a_claim_read_with_other_names_is_not_scored_with_its_old_ones(
        seed_claims: list[Claim]) -> None:
    # the remembered reading is keyed on the whole claim: a claim re-extracted with other
    # entities (a replaced article, a new reading) is read afresh
    a = next(c for c in seed_claims if len(c.entities) >= 2)
    b = next(c for c in seed_claims if c.article_id != a.article_id
             and {e.text for e in c.entities} & {e.text for e in a.entities})
    named = match_score(a, b, 0.6)[1]
    unnamed = match_score(replace(a, entities=()), b, 0.6)[1]
    assert named["shared_entities"]
    assert unnamed["shared_entities"] == []
    assert match_score(a, b, 0.6)[1] == named
