"""A general statement against a report of a particular (embeddings/generic_claims.py,
``generic_malus``, 0.1 by default: docs/matching.md, fifty-fourth session).  A maxim on the
story's theme ("Rebuilding trust is impossible when ...") and a report of one act lose the
malus on their article-centred score; two maxims, one of them a speaker's ("The council
stressed the need for ..."), and two reports keep theirs."""

from __future__ import annotations

from dataclasses import replace

import pytest

from embeddings.clustering import ClusterConfig, PairScorer
from embeddings.generic_claims import general_statement
from embeddings.types import Article
from service.pipeline import build_pipeline
from service.settings import Settings

COMMON = ["The river council of Ferrow met on Saturday after weeks of dispute over the dam.",
          "Farmers downstream say the dam has cut their water by a third."]
MAXIM = "Rebuilding trust between two neighbours is impossible when one side is heard while " \
        "the other's losses are ignored."
MAXIM_SAID = "The council stressed the need for hearing both sides to rebuild trust between " \
             "neighbours."
REPORT = "Officials in Ferrow and Dallin called out the dam's operator on Saturday, in " \
         "statements that for the most part urged both sides to keep talking."
REPORT_AGAIN = "On Saturday officials of Ferrow and Dallin blamed the dam's operator, urging " \
               "both sides to keep talking."


def _claims(tmp_path, first: str, second: str):  # type: ignore[no-untyped-def]
    pipe = build_pipeline(Settings(data_dir=tmp_path))
    pipe.ingest([Article(id="a", source="Daily Ledger", text=" ".join([*COMMON, first])),
                 Article(id="b", source="Evening Post", text=" ".join([*COMMON, second]))])
    claims = {c.text: c for c, _ in pipe.store.iter_claims()}
    return pipe, claims[first], claims[second]


def _margin(pipe, a, b, malus: float) -> float:  # type: ignore[no-untyped-def]
    config = replace(pipe.clustering, generic_malus=malus)
    scorer = PairScorer(pipe.keeper.index, config, pipe.weigher(), pipe.context,
                        pipe.one_measure, pipe.disputed, pipe.one_voice)
    return scorer.margin(a, b)


def test_the_setting_reaches_the_clusterer(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CROSSCLAIM_GENERIC_MALUS", "0.1")
    monkeypatch.setenv("CROSSCLAIM_GENERIC_DEFINITE", "true")
    clustering = build_pipeline(Settings(data_dir=tmp_path)).clustering
    assert (clustering.generic_malus, clustering.generic_definite) == (0.1, True)
    monkeypatch.setenv("CROSSCLAIM_GENERIC_MALUS", "0")
    assert build_pipeline(Settings(data_dir=tmp_path)).clustering.generic_malus == 0.0
    assert (ClusterConfig().generic_malus, ClusterConfig().generic_definite) == (0.1, False)


def test_a_maxim_is_general_and_a_report_is_not(tmp_path) -> None:  # type: ignore[no-untyped-def]
    _, maxim, report = _claims(tmp_path, MAXIM, REPORT)
    assert general_statement(maxim)  # "Rebuilding" opens the sentence; "two" counts a kind
    assert not general_statement(report)  # names, a day, a past verb


def test_the_speakers_frame_is_no_particular(tmp_path) -> None:  # type: ignore[no-untyped-def]
    _, said, _ = _claims(tmp_path, MAXIM_SAID, REPORT)
    # what the council says is general; that it said it is its act, not a particular of it
    assert general_statement(said)
    # ... unless a thing taken as known counts ("the need"): the stricter variant
    assert not general_statement(said, definite=True)


@pytest.mark.parametrize("text", [
    "The levee broke in 2019 and flooded the valley.",  # a year, a past verb
    "He thinks peace is impossible when one side is ignored.",  # a person pointed at
    "Peace is impossible when 40 percent of the valley is ignored.",  # a figure
    "This decision makes peace impossible.",  # a thing pointed at
])
def test_a_particular_makes_a_claim_particular(tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    _, claim, _ = _claims(tmp_path, text, REPORT)
    assert not general_statement(claim)


def test_a_maxim_and_a_report_lose_the_malus(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pipe, maxim, report = _claims(tmp_path, MAXIM, REPORT)
    before = _margin(pipe, maxim, report, 0.0)
    assert _margin(pipe, maxim, report, 0.1) == pytest.approx(before - 0.1)


def test_two_maxims_and_two_reports_keep_their_margin(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pipe, maxim, said = _claims(tmp_path, MAXIM, MAXIM_SAID)
    assert _margin(pipe, maxim, said, 0.1) == pytest.approx(_margin(pipe, maxim, said, 0.0))
    pipe, report, again = _claims(tmp_path / "reports", REPORT, REPORT_AGAIN)
    before = _margin(pipe, report, again, 0.0)
    assert before > 0  # one report told twice ...
    assert _margin(pipe, report, again, 0.1) == pytest.approx(before)  # ... still meets
