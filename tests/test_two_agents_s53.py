"""One act, two agents, when an agent is told by title or pronoun: "The CIA director met with
the North Korean leader" is Mike Pompeo's meeting with Kim Jong Un where the article titles
them so, and is two meetings with "Donald Trump met Kim Jong Un"; one meeting told by name in
one claim and by title in the other is one.  A title the article gives no one, or a pronoun
it gives no one, is read as no one.  Claims come from the real extractor; the margin is
the clusterer's own scorer's, with the article handed to it as the store hands it."""

from __future__ import annotations

from dataclasses import replace
from itertools import count

import numpy as np
import pytest
from clusterkit import CentredContext, NoNeighbours

from embeddings.claims.extractor import SentenceClaimExtractor
from embeddings.clustering import ClusterConfig, PairScorer
from embeddings.facets import facet_id, facets
from embeddings.lexical import general_rarity
from embeddings.two_agents import doings_of, one_act_two_agents
from embeddings.types import Article, Claim

_IDS = count(1)
_EXTRACTOR = SentenceClaimExtractor()


def _article(text: str) -> list[Claim]:
    n = next(_IDS)
    claims = _EXTRACTOR.extract(Article(id=f"told-{n}", source=f"outlet-{n}", text=text))
    return [replace(c, id=n * 100 + k) for k, c in enumerate(claims)]


def _last(text: str) -> tuple[Claim, dict[str, list[Claim]]]:
    """The article's last claim and a reader of its article's claims."""
    claims = _article(text)
    return claims[-1], {claims[-1].article_id: claims}


def _two(a: str, b: str, article: bool = True) -> bool:
    ca, arts_a = _last(a)
    cb, arts_b = _last(b)
    arts = {**arts_a, **arts_b}
    reader = arts.__getitem__ if article else None
    return one_act_two_agents(ca, cb, reader) and one_act_two_agents(cb, ca, reader)


_TITLED_POMPEO = ("North Korean leader Kim Jong Un has asked for talks with Washington. "
                  "CIA Director Mike Pompeo was sent to prepare them. "
                  "The CIA director met with the North Korean leader over Easter.")
_PRONOUN_TRUMP = ("President Donald Trump spoke to reporters at the White House on Tuesday. "
                  "He met Kim Jong Un in Singapore last June.")


@pytest.mark.parametrize(("a", "b"), [
    # an agent and its partner told by title, read through the article's "CIA Director X"
    (_TITLED_POMPEO, "President Donald Trump met with Kim Jong Un in Singapore."),
    # an agent told by pronoun: the person the article was speaking of
    (_PRONOUN_TRUMP, "Mike Pompeo met with Kim Jong Un in Pyongyang at Easter."),
])
def test_an_agent_told_by_title_or_pronoun_is_read_through_the_article(a: str, b: str) -> None:
    assert _two(a, b)
    assert not _two(a, b, article=False)  # the claim alone names no agent


def test_a_pronoun_after_a_frame_is_its_speaker() -> None:
    assert _two("Donald Trump spoke at a rally in Ohio. Trump repeated that he plans to meet "
                "with Kim Jong Un in June.",
                "Mike Pompeo met with Kim Jong Un in Pyongyang at Easter.")


@pytest.mark.parametrize(("a", "b"), [
    # one meeting: by title in one report, by name in the other
    (_TITLED_POMPEO, "Mike Pompeo met with Kim Jong Un over Easter."),
    (_PRONOUN_TRUMP, "Donald Trump met Kim Jong Un in Singapore last June."),
    # a title the article gives no one is no one ("the ambassador")
    ("Kim Jong Un has asked for talks with Washington. The ambassador met Kim Jong Un on "
     "Sunday.", "Mike Pompeo met with Kim Jong Un over Easter."),
    # "whom he first visited": "he" is not the person the relative pronoun stands for
    ("Japanese Prime Minister Shinzo Abe arrived in Florida. Mr. Abe has invested in his ties "
     "with Mr. Trump, whom he first met at Trump Tower.",
     "Shinzo Abe met Donald Trump at Trump Tower."),
])
def test_one_meeting_told_by_title_or_name_is_not_two(a: str, b: str) -> None:
    assert not _two(a, b)


def test_the_title_is_read_as_the_article_titles_its_holder() -> None:
    """Two people titled "leader": "the North Korean leader" is the one so described."""
    claim, arts = _last("Japanese leader Shinzo Abe flew to Florida. North Korean leader Kim "
                        "Jong Un asked for talks. Donald Trump will meet with the North "
                        "Korean leader in June.")
    people = {p for d in doings_of(claim, arts[claim.article_id]) for p in d.people}
    assert people == {"Donald Trump", "Kim Jong Un"}


class _ArticleContext(CentredContext):
    """Centred vectors, and each claim's article as the store hands it to the scorer."""

    def __init__(self, articles: dict[str, list[Claim]]):
        super().__init__()
        self.articles = articles

    def article_claims(self, article_id: str) -> list[Claim]:
        return self.articles[article_id]


@pytest.mark.parametrize("article", [True, False])
def test_the_titled_meeting_loses_the_malus_when_the_article_is_read(article: bool) -> None:
    a, arts_a = _last(_TITLED_POMPEO)
    b, arts_b = _last("President Donald Trump met with Kim Jong Un in Singapore.")
    here = np.array([1.0, 0.0], dtype=np.float32)
    vectors = {facet_id(c.id or 0, n): here for c in (a, b) for n in range(len(facets(c.core)))}

    def margin(config: ClusterConfig) -> float:
        return PairScorer(NoNeighbours(vectors), config, general_rarity,
                          _ArticleContext({**arts_a, **arts_b})).margin(a, b)

    on = ClusterConfig(two_agents_article=article)
    off = replace(on, two_agents_malus=0.0)
    assert margin(on) == pytest.approx(margin(off) - (0.1 if article else 0.0), abs=1e-6)
