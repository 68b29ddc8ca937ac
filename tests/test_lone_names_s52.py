"""One shared name and nothing else (embeddings/lone_names.py, ``lone_name_malus``, off by
default: it lost a seed group, docs/quality.md, fifty-second session).  Two claims about one
person that say two different things of her meet, on article-centred vectors, on the name;
with the malus set they lose it, and a pair that shares a word besides the name does not."""

from __future__ import annotations

from dataclasses import replace

import pytest

from embeddings.clustering import ClusterConfig, PairScorer
from embeddings.lone_names import lone_name
from embeddings.types import Article
from service.pipeline import build_pipeline
from service.settings import Settings

COMMON = ["Flood waters reached 300 homes in the river town of Ferrow on Saturday.",
          "Officials said the water would recede by Tuesday."]
BRAVE = "Mayor Roslyn Adeyemi put on a surprisingly brave face."
WORRIES = "Roslyn Adeyemi also has personal worries about the town's budget."
REPAIRS = "Roslyn Adeyemi promised the bridge repairs would start in May."
REPAIRS_AGAIN = "The bridge repairs will start in May, Roslyn Adeyemi promised."


def test_the_reading_asks_for_one_name_and_nothing_else() -> None:
    one_name = {"shared_words": [], "shared_entities": ["adeyemi"], "shared_speaker": None}
    assert lone_name(one_name)
    assert not lone_name({**one_name, "shared_words": ["budget"]})
    assert not lone_name({**one_name, "shared_entities": ["adeyemi", "ferrow"]})
    assert not lone_name({**one_name, "shared_speaker": "Roslyn Adeyemi"})


def test_the_setting_reaches_the_clusterer(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CROSSCLAIM_LONE_NAME_MALUS", "0.2")
    assert build_pipeline(Settings(data_dir=tmp_path)).clustering.lone_name_malus == 0.2
    assert ClusterConfig().lone_name_malus == 0.0  # off unless asked for


def _claims(tmp_path, first: str, second: str):  # type: ignore[no-untyped-def]
    pipe = build_pipeline(Settings(data_dir=tmp_path))
    pipe.ingest([Article(id="a", source="Daily Ledger", text=" ".join([*COMMON, first])),
                 Article(id="b", source="Evening Post", text=" ".join([*COMMON, second]))])
    claims = {c.text: c for c, _ in pipe.store.iter_claims()}
    return pipe, claims[first], claims[second]


def _margin(pipe, malus: float, a, b) -> float:  # type: ignore[no-untyped-def]
    scorer = PairScorer(pipe.keeper.index, replace(pipe.clustering, lone_name_malus=malus),
                        pipe.weigher(), pipe.context, pipe.one_measure, pipe.disputed,
                        pipe.one_voice)
    return scorer.margin(a, b)


def test_two_things_said_of_one_person_lose_the_malus(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pipe, a, b = _claims(tmp_path, BRAVE, WORRIES)
    assert _margin(pipe, 0.2, a, b) == pytest.approx(_margin(pipe, 0.0, a, b) - 0.2)


def test_one_thing_said_twice_keeps_its_margin(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pipe, a, b = _claims(tmp_path, REPAIRS, REPAIRS_AGAIN)
    assert _margin(pipe, 0.0, a, b) >= 0  # they meet ...
    assert _margin(pipe, 0.2, a, b) == pytest.approx(_margin(pipe, 0.0, a, b))  # ... still
