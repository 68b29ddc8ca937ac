"""Session 52's clause-share discount (``clause_share_malus``, off by default): a claim met
through one clause of a long sentence of several speaks for that clause, not for the
sentence's claim, so the pair's score through that clause is lowered by the share of the
sentence the clause leaves out.  A pair met through whole sentences keeps its score, and with
the setting at its default nothing changes.  Real model; claims from the real extractor."""

from __future__ import annotations

from dataclasses import replace
from itertools import count

import pytest
from conftest import make_settings

from embeddings.facets import facets
from embeddings.matching import MatchConfig, match_score
from embeddings.types import Article, Claim

# a sentence of four facets: the core and three clauses, the protest a fifth of its words
LONG = ("During the minister's visit to Yerevan, which lasted three days, the two governments "
        "signed a trade deal, while protesters gathered outside the parliament building, and "
        "the police arrested twelve people near the main square.")
PROTEST = "Hundreds of protesters gathered outside the parliament building on Tuesday."
DEAL = "The two governments signed a trade deal during the minister's three-day visit."
# a sentence of two clauses, each half of it
SHORT = ("The two governments signed a trade deal, while protesters gathered outside the "
         "parliament building.")
_IDS = count(1)


@pytest.fixture(scope="module")
def pipe(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from service.pipeline import build_pipeline

    pipe = build_pipeline(make_settings(tmp_path_factory.mktemp("share") / "data"))
    yield pipe
    pipe.store.close()


def _claim(pipe, text: str) -> Claim:  # type: ignore[no-untyped-def]
    n = next(_IDS)
    claims = pipe.extractor.extract(Article(id=f"share-{n}", source=f"outlet-{n}", text=text))
    assert len(claims) == 1, claims
    return replace(claims[0], id=n)


def _score(pipe, a: Claim, b: Claim, **config: float) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    va = pipe.encoder.encode(list(facets(a.core)))
    vb = pipe.encoder.encode(list(facets(b.core)))
    score, signals = match_score(a, b, va @ vb.T, MatchConfig(**config))  # type: ignore[arg-type]
    return score, signals["facets"]


def test_a_match_through_a_small_clause_of_many_counts_less(pipe) -> None:  # type: ignore[no-untyped-def]
    long_, protest = _claim(pipe, LONG), _claim(pipe, PROTEST)
    assert len(facets(long_.core)) == 4
    plain, carried = _score(pipe, long_, protest)
    assert carried[0] != long_.core  # one clause carries the match
    discounted, _ = _score(pipe, long_, protest, clause_share_malus=0.15)
    # the protest clause is about a fifth of the sentence: most of the 0.15 comes off
    assert plain - discounted > 0.08
    # unless the sentence has more facets than the setting asks
    kept, _ = _score(pipe, long_, protest, clause_share_malus=0.15, clause_share_facets=5)
    assert kept == pytest.approx(plain)


def test_a_match_through_whole_sentences_keeps_its_score(pipe) -> None:  # type: ignore[no-untyped-def]
    protest, deal = _claim(pipe, PROTEST), _claim(pipe, DEAL)
    assert len(facets(protest.core)) == len(facets(deal.core)) == 1
    plain, _ = _score(pipe, protest, deal)
    assert _score(pipe, protest, deal, clause_share_malus=0.15)[0] == pytest.approx(plain)


def test_a_large_clause_loses_less_than_a_small_one(pipe) -> None:  # type: ignore[no-untyped-def]
    """Read in every cut sentence: half a sentence of two clauses loses half the malus at
    most; a fifth of a sentence of three clauses loses more."""
    short, long_, protest = _claim(pipe, SHORT), _claim(pipe, LONG), _claim(pipe, PROTEST)
    assert len(facets(short.core)) == 3
    loss_short = _score(pipe, short, protest)[0] - \
        _score(pipe, short, protest, clause_share_malus=0.15, clause_share_facets=3)[0]
    loss_long = _score(pipe, long_, protest)[0] - \
        _score(pipe, long_, protest, clause_share_malus=0.15, clause_share_facets=3)[0]
    assert 0.0 <= loss_short < loss_long


def test_off_by_default(pipe) -> None:  # type: ignore[no-untyped-def]
    """The stored pipeline's clusterer reads no discount unless the setting asks for one."""
    long_, protest = _claim(pipe, LONG), _claim(pipe, PROTEST)
    default, _ = _score(pipe, long_, protest)
    assert _score(pipe, long_, protest, clause_share_malus=pipe.clustering.clause_share_malus,
                  clause_share_facets=pipe.clustering.clause_share_facets)[0] == \
        pytest.approx(default)
