"""An act pointer opening a claim ("This indirect endorsement ...", "The move ...") is read as
the act of the sentence before it, and its agent as that sentence's named subject: against
another named agent doing another thing it is two agents' acts on one topic, and the pair
loses the subject malus.  One act told twice (the pointer's act is the other claim's verb),
a claim naming the other's agent, a pointer whose noun names its agent ("the decision by
...") and a sentence before it with no named agent of an act are not read so.  Claims come
from the real extractor; the margin is the clusterer's own scorer's."""

from __future__ import annotations

from dataclasses import replace
from itertools import count

import numpy as np
import pytest
from clusterkit import CentredContext, NoNeighbours

from embeddings.act_agents import act_agents_apart, act_pointer
from embeddings.claims.extractor import SentenceClaimExtractor
from embeddings.clustering import ClusterConfig, PairScorer
from embeddings.facets import facet_id, facets
from embeddings.lexical import general_rarity
from embeddings.types import Article, Claim

_IDS = count(1)
_EXTRACTOR = SentenceClaimExtractor()


def _last(text: str) -> tuple[Claim, dict[str, list[Claim]]]:
    """The article's last claim and its article's claims."""
    n = next(_IDS)
    claims = _EXTRACTOR.extract(Article(id=f"acts-{n}", source=f"outlet-{n}", text=text))
    claims = [replace(c, id=n * 100 + k) for k, c in enumerate(claims)]
    return claims[-1], {claims[-1].article_id: claims}


def _one_voice(x: str, y: str) -> bool:
    return x == y


def _apart(a: str, b: str) -> bool:
    ca, arts_a = _last(a)
    cb, arts_b = _last(b)
    arts = {**arts_a, **arts_b}
    return act_agents_apart(ca, cb, ca.core, cb.core, _one_voice, arts.__getitem__) \
        and act_agents_apart(cb, ca, cb.core, ca.core, _one_voice, arts.__getitem__)


_ENDORSEMENT = ("The talks in Geneva ended without a result on Monday. France has long been a "
                "supporter of the rebels and has taken extra measures to win them support "
                "abroad. This indirect endorsement of the rebels' occupation of the northern "
                "towns is concerning.")
_OTHER_AGENT = "Norway has failed to urge the rebels to end their occupation of the towns."


@pytest.mark.parametrize(("core", "noun"), [
    ("This indirect endorsement of the occupation is concerning.", "endorsement"),
    ("Moreover, such pressure on the courts must stop.", "pressure"),
    ("The move drew criticism from the opposition.", "move"),
    ("This is concerning.", None),  # no noun
    ("This week the talks resumed.", None),  # a time, no act
    ("The decision by Paris drew criticism.", None),  # the noun names its agent
    ("These statements are baseless.", None),  # a statement: claims/references.py's
    ("This government has failed.", None),  # a body, not an act
])
def test_an_act_pointer_is_read_only_where_a_subject_opens_with_an_act_noun(
        core: str, noun: str | None) -> None:
    assert act_pointer(core) == noun


def test_a_pointed_act_and_another_agents_act_are_two_agents() -> None:
    assert _apart(_ENDORSEMENT, _OTHER_AGENT)


@pytest.mark.parametrize("other", [
    # the other claim names the pointer's agent: a claim and its reply, or one act of both
    "Norway has failed to urge France to stop backing the rebels' occupation of the towns.",
    # one act told twice: the other's verb is the act the pointer stands for
    "Norway has taken extra measures to win the rebels support abroad.",
])
def test_one_act_or_a_reply_is_not_two_agents(other: str) -> None:
    assert not _apart(_ENDORSEMENT, other)


def test_a_sentence_before_with_no_named_agent_lends_none() -> None:
    passive = ("The talks in Geneva ended without a result on Monday. The rebels were "
               "supported by foreign funds for years. This indirect endorsement of the "
               "rebels' occupation of the northern towns is concerning.")
    assert not _apart(passive, _OTHER_AGENT)


class _ArticleContext(CentredContext):
    """Centred vectors, and each claim's article as the store hands it to the scorer."""

    def __init__(self, articles: dict[str, list[Claim]]):
        super().__init__()
        self.articles = articles

    def article_claims(self, article_id: str) -> list[Claim]:
        return self.articles[article_id]


@pytest.mark.parametrize("on", [True, False])
def test_the_pair_loses_the_subject_malus_only_with_the_reading_on(on: bool) -> None:
    a, arts_a = _last(_ENDORSEMENT)
    b, arts_b = _last(_OTHER_AGENT)
    here = np.array([1.0, 0.0], dtype=np.float32)
    vectors = {facet_id(c.id or 0, n): here for c in (a, b) for n in range(len(facets(c.core)))}

    def margin(config: ClusterConfig) -> float:
        return PairScorer(NoNeighbours(vectors), config, general_rarity,
                          _ArticleContext({**arts_a, **arts_b})).margin(a, b)

    config = ClusterConfig(act_pointer_agents=on, bare_malus=0.0)
    without = replace(config, subject_malus=0.0)
    assert margin(config) == pytest.approx(margin(without) - (0.2 if on else 0.0), abs=1e-6)


def test_the_setting_turns_the_reading_off(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from service.pipeline import build_pipeline
    from service.settings import Settings

    assert ClusterConfig().act_pointer_agents
    monkeypatch.setenv("CROSSCLAIM_ACT_POINTER_AGENTS", "false")
    pipe = build_pipeline(Settings(data_dir=tmp_path, database_url=None))
    assert not pipe.clustering.act_pointer_agents
