"""Who does what: two claims of one story whose main acts differ, by agents that are not one,
and that share nothing particular are two acts of the story, not one claim
(embeddings/acts.py; ``ClusterConfig.act_malus``, off by default: docs/matching.md)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from embeddings.acts import acts_differ, main_verb
from embeddings.clustering import ClusterConfig, PairScorer
from embeddings.lexical import general_rarity
from embeddings.types import Article, Claim, Entity
from service.pipeline import build_pipeline
from service.settings import Settings

VERBS = [
    ("the senator blocked the bill", "blocked"),
    ("Officials have been trying to reach the families", "trying"),
    ("Hundreds of volunteers will help the families", "help"),
    ("France supports Armenia", "supports"),
    # the verb of a relative clause left without its "that" is not the sentence's act
    ("the atrocities he referred to were the shelling of towns", "were"),
    ("the money they raised went to the shelter", "went"),
]


@pytest.mark.parametrize(("piece", "verb"), VERBS)
def test_a_facets_main_act_is_read(piece: str, verb: str) -> None:
    found = main_verb(piece)
    assert found is not None and found[1] == verb


def test_a_piece_without_a_finite_verb_has_no_act() -> None:
    assert main_verb("the long march of the families to the border") is None


def _claim(text: str, source: str, names: tuple[str, ...] = ()) -> Claim:
    entities = tuple(Entity(n, text.find(n), text.find(n) + len(n), "PERSON") for n in names)
    return Claim(article_id=source, source=source, text=text, start=0, end=len(text),
                 core=text, entities=entities)


def _differ(first: str, second: str, names: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
            ) -> bool:
    a, b = _claim(first, "Ledger", names[0]), _claim(second, "Post", names[1])
    return acts_differ(a, b, a.core, b.core, general_rarity)


def test_two_acts_by_two_agents_sharing_nothing_particular_differ() -> None:
    assert _differ("Volunteers handed out water to the families",
                   "Police closed the road to the families")
    assert _differ("The mayor praised the families", "The governor warned the families")


def test_one_act_or_one_agent_or_something_particular_is_not_two_acts() -> None:
    # one act, told actively and passively
    assert not _differ("The senator blocked the bill", "The bill was blocked by the senator")
    # one agent named in both subjects, whatever the verbs
    assert not _differ("Senator Vance blocked the bill", "Senator Vance stopped the bill",
                       (("Vance",), ("Vance",)))
    # a claim and its reply: one side's agent is named in the other
    assert not _differ("The mayor praised the families",
                       "The governor warned the mayor about the families")
    # something particular shared: one thing the two acts are about
    assert not _differ("Volunteers handed out blankets to the families",
                       "Police confiscated blankets from the families")
    # a light verb says no act: nothing is read
    assert not _differ("Migrants have a right to cross", "Police closed the road")


COMMON = ["Hundreds of families reached the northern border of Veldoria on Sunday after a "
          "month-long march from the south.",
          "Officials said the crossing would stay open through the week."]


def _scorer(pipe, malus: float) -> PairScorer:  # type: ignore[no-untyped-def]
    return PairScorer(pipe.keeper.index, replace(pipe.clustering, act_malus=malus),
                      pipe.weigher(), pipe.context, pipe.one_measure, pipe.disputed,
                      pipe.one_voice)


def _ingest(pipe, first: str, second: str):  # type: ignore[no-untyped-def]
    pipe.ingest([Article(id="a", source="Daily Ledger", text=" ".join([*COMMON, first])),
                 Article(id="b", source="Evening Post", text=" ".join([*COMMON, second]))])
    claims = {c.text: (c, label) for c, label in pipe.store.iter_claims()}
    return claims[first], claims[second]


def test_the_setting_reaches_the_clusterer(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CROSSCLAIM_ACT_MALUS", "0.1")
    assert build_pipeline(Settings(data_dir=tmp_path)).clustering.act_malus == 0.1
    assert ClusterConfig().act_malus == 0.0  # off unless asked for


# the shape read on NewsWCL50's border story: two things done by two sets of people, which
# meet on the story's words ("the border") on article-centred vectors
PLAN = "They planned to apply for asylum at the border crossing on Monday."
SPONSOR = ("About 80 local families have offered to sponsor the migrants at the border, said "
           "Dana Ruiz of a church group.")
PLAN_AGAIN = "The migrants planned to seek asylum at the crossing on Monday, organizers said."


def test_two_acts_by_two_agents_stay_apart_when_asked(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CROSSCLAIM_ACT_MALUS", "0.1")
    pipe = build_pipeline(Settings(data_dir=tmp_path))
    (a, label_a), (b, label_b) = _ingest(pipe, PLAN, SPONSOR)
    assert label_a != label_b
    # what keeps them apart is the reading of who does what
    off, on = _scorer(pipe, 0.0), _scorer(pipe, 0.1)
    assert on.margin(a, b) == pytest.approx(off.margin(a, b) - 0.1)


def test_one_act_told_twice_still_meets(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CROSSCLAIM_ACT_MALUS", "0.1")
    pipe = build_pipeline(Settings(data_dir=tmp_path))
    (a, label_a), (b, label_b) = _ingest(pipe, PLAN, PLAN_AGAIN)
    assert label_a == label_b
    assert _scorer(pipe, 0.1).margin(a, b) == pytest.approx(_scorer(pipe, 0.0).margin(a, b))
