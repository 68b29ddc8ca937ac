"""The seed articles against the hand-made gold file (../shared/gold/seed_contrasts.json).

Issue 2's targets must hold; issue 4's stricter ones are separate tests, marked xfail
(non-strict) while the method does not reach them yet: they turn into passes on their own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.evaluation.seeds import SeedReport, score_seeds
from tests.conftest import shared_path

ROOT = Path(__file__).resolve().parents[1]
JUDGEMENTS = ROOT / "tests" / "data" / "seed_pair_judgements.jsonl"


@pytest.fixture(scope="module")
def report(seeded) -> SeedReport:
    return score_seeds(seeded.store, shared_path("gold", "seed_contrasts.json"), JUDGEMENTS)


def test_every_gold_quote_is_found(report: SeedReport) -> None:
    assert report.missing_quotes == []
    assert report.groups == 17 and report.agreement_groups == 5 and report.contrast_groups == 12


def test_issue2_groups_recovered(report: SeedReport) -> None:
    assert len(report.recovered) >= 11, report.recovered


def test_clusters_stay_tighter_than_before_article_context(report: SeedReport) -> None:
    """Regression guard: judged pair precision was 0.246 before article context, 0.441 with
    it; falling back under 0.35 means topic-only pairs are back in the clusters."""
    assert report.precision is not None and report.precision >= 0.35, report.precision


def test_issue2_no_noise_line_kept(report: SeedReport) -> None:
    assert report.noise_kept == []


def test_issue2_no_false_conflict_on_agreement_groups(report: SeedReport) -> None:
    assert report.false_conflicts == []


def test_issue2_no_cluster_joins_claims_that_share_only_the_topic(report: SeedReport) -> None:
    # pairs a reader judged to share nothing more particular than the story
    # (tests/data/seed_pair_judgements.jsonl, ``shares: "topic"``); the seeds in their file's
    # order, as ``make run`` ingests them (other orders: ``eval-seeds --orders 5``)
    assert report.topic_only == [], report.topic_only


@pytest.mark.xfail(strict=False, reason="issue 4 target, not met yet")
def test_issue4_groups_recovered(report: SeedReport) -> None:
    assert len(report.recovered) >= 14, report.recovered


@pytest.mark.xfail(strict=False, reason="issue 4 target, not met yet")
def test_issue4_no_cluster_mixes_gold_groups(report: SeedReport) -> None:
    assert report.mixed_clusters == []


@pytest.mark.xfail(strict=False, reason="issue 4 target, not met yet")
def test_issue4_conflict_flagged_in_contrast_groups(report: SeedReport) -> None:
    assert len(report.conflict_flagged) >= 8, report.conflict_flagged


def test_every_cross_voice_pair_is_judged(report: SeedReport) -> None:
    """The judgements must keep up with the clustering, or pair precision covers less: a
    change that makes new cross-voice pairs fails here until they are judged in
    tests/data/seed_pair_judgements.jsonl (`crossclaim eval-seeds --json` lists them)."""
    assert report.unjudged == [], f"{len(report.unjudged)} pair(s) to judge: {report.unjudged}"
