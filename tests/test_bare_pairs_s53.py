"""Two claims joined by their article-centred cosine alone (embeddings/bare_pairs.py,
``bare_malus``, 0.1 by default: docs/matching.md, fifty-third session).  A pair that shares
no word, no name and no speaker loses it; a pair that shares a word keeps its margin, and one
person's name alone counts as nothing only with ``bare_person`` (off by default)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from embeddings.bare_pairs import shares_nothing
from embeddings.clustering import ClusterConfig, PairScorer
from embeddings.matching import entity_key
from embeddings.types import Article
from service.pipeline import build_pipeline
from service.settings import Settings

COMMON = ["Flood waters reached 300 homes in the river town of Ferrow on Saturday.",
          "Officials said the water would recede by Tuesday."]
CREWS = "The rescue crews worked through the night to reach stranded families."
VOLUNTEERS = "Volunteers labored until dawn to get to residents cut off by the water."
BRAVE = "Mayor Roslyn Adeyemi put on a surprisingly brave face."
WORRIES = "Roslyn Adeyemi also has personal worries about the town's budget."
REPAIRS = "Roslyn Adeyemi promised the bridge repairs would start in May."
REPAIRS_AGAIN = "The bridge repairs will start in May, Roslyn Adeyemi promised."


def _claims(tmp_path, first: str, second: str):  # type: ignore[no-untyped-def]
    pipe = build_pipeline(Settings(data_dir=tmp_path))
    pipe.ingest([Article(id="a", source="Daily Ledger", text=" ".join([*COMMON, first])),
                 Article(id="b", source="Evening Post", text=" ".join([*COMMON, second]))])
    claims = {c.text: c for c, _ in pipe.store.iter_claims()}
    return pipe, claims[first], claims[second]


def _margin(pipe, a, b, malus: float, person: bool = False) -> float:  # type: ignore[no-untyped-def]
    config = replace(pipe.clustering, bare_malus=malus, bare_person=person)
    scorer = PairScorer(pipe.keeper.index, config, pipe.weigher(), pipe.context,
                        pipe.one_measure, pipe.disputed, pipe.one_voice)
    return scorer.margin(a, b)


def test_the_setting_reaches_the_clusterer(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CROSSCLAIM_BARE_MALUS", "0.1")
    monkeypatch.setenv("CROSSCLAIM_BARE_PERSON", "true")
    clustering = build_pipeline(Settings(data_dir=tmp_path)).clustering
    assert (clustering.bare_malus, clustering.bare_person) == (0.1, True)
    monkeypatch.setenv("CROSSCLAIM_BARE_MALUS", "0")
    assert build_pipeline(Settings(data_dir=tmp_path)).clustering.bare_malus == 0.0
    assert (ClusterConfig().bare_malus, ClusterConfig().bare_person) == (0.1, False)


def test_a_pair_sharing_nothing_loses_the_malus(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pipe, a, b = _claims(tmp_path, CREWS, VOLUNTEERS)
    before = _margin(pipe, a, b, 0.0)
    assert before > 0  # the cosine alone joins them ...
    assert _margin(pipe, a, b, 0.1) == pytest.approx(before - 0.1)  # ... and pays for it


def test_one_persons_name_alone_counts_only_when_asked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pipe, a, b = _claims(tmp_path, BRAVE, WORRIES)
    before = _margin(pipe, a, b, 0.0)
    assert _margin(pipe, a, b, 0.1) == pytest.approx(before)  # a shared name is shared
    assert _margin(pipe, a, b, 0.1, person=True) == pytest.approx(before - 0.1)


def test_one_thing_said_twice_keeps_its_margin(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pipe, a, b = _claims(tmp_path, REPAIRS, REPAIRS_AGAIN)
    before = _margin(pipe, a, b, 0.0)
    assert before >= 0
    assert _margin(pipe, a, b, 0.1, person=True) == pytest.approx(before)


def test_the_reading_asks_for_nothing_shared(tmp_path) -> None:  # type: ignore[no-untyped-def]
    _, a, b = _claims(tmp_path, BRAVE, WORRIES)
    nothing = {"shared_words": [], "shared_entities": [], "shared_speaker": None}
    assert shares_nothing(a, b, nothing)
    assert not shares_nothing(a, b, {**nothing, "shared_words": ["budget"]})
    assert not shares_nothing(a, b, {**nothing, "shared_speaker": "Roslyn Adeyemi"})
    one_name = {**nothing, "shared_entities": [entity_key("Adeyemi")]}
    assert not shares_nothing(a, b, one_name)
    assert shares_nothing(a, b, one_name, person=True)  # she is a person in both
    a_town = {**nothing, "shared_entities": [entity_key("Ferrow")]}  # named by neither claim
    assert not shares_nothing(a, b, a_town, person=True)
