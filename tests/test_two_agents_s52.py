"""One act, two agents: "Pompeo met Kim" and "Trump met Kim" are two meetings, and a store
keeps them in two clusters.  One meeting told with its people in another order, with fewer
of them, or with no named agent ("the two leaders met", "he met Kim") is not read as two.
Claims come from the real extractor; the store test uses the real model and SQLite."""

from __future__ import annotations

from dataclasses import replace
from itertools import count

import pytest
from clusterkit import pair_margin
from conftest import make_settings

from embeddings.clustering import ClusterConfig
from embeddings.two_agents import doings_of, one_act_two_agents
from embeddings.types import Article, Claim

_IDS = count(1)


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A real pipeline (its extractor only: nothing is written)."""
    from service.pipeline import build_pipeline

    pipe = build_pipeline(make_settings(tmp_path_factory.mktemp("agents") / "data"))
    yield pipe
    pipe.store.close()


def _claim(pipe, text: str) -> Claim:  # type: ignore[no-untyped-def]
    n = next(_IDS)
    claims = pipe.extractor.extract(Article(id=f"agt-{n}", source=f"outlet-{n}", text=text))
    assert len(claims) == 1, claims
    return replace(claims[0], id=n)


@pytest.mark.parametrize(("a", "b"), [
    # one person met by two others
    ("CIA Director Mike Pompeo met with North Korean leader Kim Jong Un over Easter weekend.",
     "President Donald Trump met with North Korean leader Kim Jong Un in Singapore."),
    # the person met is the subject of one, the object of the other
    ("Kim Jong Un also met in secret with China's Xi Jinping last month.",
     "Mike Pompeo met with Kim Jong Un in North Korea last week."),
    # two visitors of one capital
    ("South Korean President Moon Jae-in visited Pyongyang to discuss the summit.",
     "Secretary of State Mike Pompeo visited Pyongyang to discuss the summit."),
    # a noun with its owner
    ("Pompeo's meeting with Kim Jong Un was kept secret from the allies.",
     "Donald Trump's meeting with Kim Jong Un was kept secret from the allies."),
])
def test_one_act_of_two_agents_is_read_as_two(reader, a: str, b: str) -> None:
    ca, cb = _claim(reader, a), _claim(reader, b)
    assert one_act_two_agents(ca, cb) and one_act_two_agents(cb, ca), (doings_of(ca),
                                                                      doings_of(cb))


@pytest.mark.parametrize(("a", "b"), [
    # the people in another order
    ("Donald Trump met Kim Jong Un in Singapore.", "Kim Jong Un met Donald Trump in Singapore."),
    # one side names fewer of the people
    ("Donald Trump and Kim Jong Un met in Singapore.", "Kim Jong Un met reporters in Singapore."),
    ("Donald Trump and Kim Jong Un met in Singapore.", "Kim Jong Un met in Singapore."),
    # no named agent: a description, a pronoun
    ("Donald Trump met Kim Jong Un in Singapore.", "The two leaders met in Singapore."),
    ("Donald Trump met Kim Jong Un in Singapore.", "He met Kim Jong Un in Singapore."),
    # a name and its title or its surname alone
    ("Mike Pompeo met with Kim Jong Un over Easter.", "Secretary Pompeo met with Kim over Easter."),
    # the other agent is named in the other claim: not two people unknown to each other
    ("Mike Pompeo met Kim Jong Un to prepare a summit between Kim and Donald Trump.",
     "Donald Trump met Kim Jong Un."),
    # a reception is no meeting
    ("The plan was met with criticism from Nancy Pelosi.",
     "The plan was met with criticism from Chuck Schumer."),
])
def test_one_act_of_the_same_people_is_not_read_as_two(reader, a: str, b: str) -> None:
    ca, cb = _claim(reader, a), _claim(reader, b)
    assert not one_act_two_agents(ca, cb) and not one_act_two_agents(cb, ca), (
        doings_of(ca), doings_of(cb))


@pytest.mark.parametrize("headline", [False, True])
def test_two_agents_lose_the_malus_on_their_match(reader, headline: bool) -> None:
    on, off = ClusterConfig(), ClusterConfig(two_agents_malus=0.0)
    two = (_claim(reader, "Mike Pompeo met with Kim Jong Un."),
           _claim(reader, "Donald Trump met with Kim Jong Un."))
    assert pair_margin(*two, on, headline=headline) == pytest.approx(
        pair_margin(*two, off, headline=headline) - on.two_agents_malus, abs=1e-6)
    one = (_claim(reader, "Donald Trump met with Kim Jong Un."),
           _claim(reader, "Kim Jong Un met with Donald Trump."))
    assert pair_margin(*one, on, headline=headline) == pytest.approx(
        pair_margin(*one, off, headline=headline), abs=1e-6)


_POMPEO = ("CIA Director Mike Pompeo met with North Korean leader Kim Jong Un over Easter weekend. "
           "The trip was kept secret from allies. Officials said the talks covered the nuclear "
           "programme. Lawmakers asked for a briefing on the visit.")
_TRUMP = ("President Donald Trump met with North Korean leader Kim Jong Un in Singapore. "
          "The two men shook hands in front of cameras. Analysts said the summit produced few "
          "details. Critics called the statement vague.")
_POMPEO_AGAIN = ("Kim Jong Un and Mike Pompeo met in Pyongyang at Easter, a report said. "
                 "The meeting was arranged by intelligence officials. Allies were not told in "
                 "advance. The White House declined to comment on the report.")


@pytest.mark.parametrize("malus", [None, 0.0])
def test_a_store_keeps_two_meetings_apart(tmp_path, malus: float | None) -> None:
    """Three outlets: Pompeo's meeting twice, Trump's once.  Pompeo's two reports share a
    cluster; Trump's joins them only with the reading off (as before it)."""
    from service.pipeline import build_pipeline

    extra = {} if malus is None else {"two_agents_malus": malus}
    pipe = build_pipeline(make_settings(tmp_path / "data", **extra))
    try:
        pipe.ingest([Article(id="p", source="outlet-p", text=_POMPEO),
                     Article(id="t", source="outlet-t", text=_TRUMP),
                     Article(id="q", source="outlet-q", text=_POMPEO_AGAIN)])
        cluster = {c.core.split(" met ")[0]: label for c, label in pipe.store.iter_claims()
                   if " met " in c.core}
    finally:
        pipe.store.close()
    pompeo, trump = cluster["CIA Director Mike Pompeo"], cluster["President Donald Trump"]
    assert cluster["Kim Jong Un and Mike Pompeo"] == pompeo
    assert (trump == pompeo) == (malus == 0.0)


@pytest.mark.parametrize(("a", "b"), [
    # an aside between the agent and its verb
    ("Mike Pompeo, the secretary of State pick, made a secret visit to Pyongyang last month.",
     "Moon Jae-in, the South Korean president, made a secret visit to Pyongyang last month."),
    # two leaders' names before the noun
    ("The Trump-Abe summit at Mar-a-Lago covered tariffs and missiles.",
     "The Trump-Moon summit at Mar-a-Lago covered tariffs and missiles."),
])
def test_asides_and_paired_names_are_read(reader, a: str, b: str) -> None:
    ca, cb = _claim(reader, a), _claim(reader, b)
    assert one_act_two_agents(ca, cb), (doings_of(ca), doings_of(cb))
