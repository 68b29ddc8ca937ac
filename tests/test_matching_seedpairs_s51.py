"""Pairs of the seeds that shared only the topic, parted by general readings of news.

Figures of one measure are one claim only if they can be of one time: two counts of one
kind that differ, from reports years apart (or naming years that cannot meet), are two
facts (``embeddings.figure_times``), and lose the figure bonus and ``two_times_malus``.
Claims come from the real extractor."""

from __future__ import annotations

from dataclasses import replace
from itertools import count

import pytest
from clusterkit import pair_margin

from embeddings.clustering import ClusterConfig
from embeddings.figure_times import figures_of_two_times, time_of
from embeddings.types import Article, Claim
from service.contrast.numbers import one_measure

_IDS = count(1)


def _claim(pipe, text: str, published: str | None) -> Claim:  # type: ignore[no-untyped-def]
    """The one claim the real extractor reads from a one-sentence report."""
    n = next(_IDS)
    article = Article(id=f"seedpairs-{n}", source=f"outlet-{n}", text=text, published=published)
    claims = pipe.extractor.extract(article)
    assert len(claims) == 1, claims
    return replace(claims[0], id=n, published=published)


_FLED = "The fighting in the valley forced more than 80,000 people to flee their homes."
_HALF = "Half of the 60,000 residents of the valley have been displaced by the fighting."


@pytest.mark.parametrize(("a", "day_a", "b", "day_b"), [
    # the seeds' shape: two exoduses told by reports four years apart
    (_FLED, "2023-06-01", _HALF, "2019-03-01"),
    # years the claims name, whatever the reports' dates
    ("In 2015, about 3,700 migrants drowned trying to cross the sea.", None,
     "In 2018, some 2,300 migrants drowned trying to cross the sea.", None),
    ("The storm of 2005 cut power to 2.6 million homes.", "2021-08-30",
     "The storm cut power to more than 900,000 homes.", "2021-08-30"),
])
def test_differing_figures_of_times_that_cannot_meet_are_two_facts(
        pipe_reader, a: str, day_a: str | None, b: str, day_b: str | None) -> None:
    ca, cb = _claim(pipe_reader, a, day_a), _claim(pipe_reader, b, day_b)
    assert figures_of_two_times(ca, cb) and figures_of_two_times(cb, ca), \
        (time_of(ca), time_of(cb), ca.numbers, cb.numbers)


@pytest.mark.parametrize(("a", "day_a", "b", "day_b"), [
    # one exodus told by reports a week apart: the figures differ, the times meet
    (_FLED, "2023-06-01", _HALF, "2023-06-08"),
    # a standing number told again years later is one fact repeated
    ("More than a million refugees remain displaced by the war.", "2020-10-09",
     "Over a million refugees remain displaced by the war.", "2023-11-30"),
    # "since 2014" runs to the report: a toll that grew is one toll
    ("Since 2014, more than 14,000 people have been killed in the conflict.", "2022-02-20",
     "About 13,000 people have been killed in the conflict.", "2021-04-02"),
    # a duration measures a war that is over: told alike years later
    ("The six-week war ended with a ceasefire brokered by Moscow.", "2021-08-30",
     "The 44-day war ended with a ceasefire brokered by Moscow.", "2023-11-30"),
    # no date on one side: nothing is read
    (_FLED, "2023-06-01", _HALF, None),
])
def test_one_time_a_standing_figure_and_undated_reports_are_not_read_apart(
        pipe_reader, a: str, day_a: str | None, b: str, day_b: str | None) -> None:
    ca, cb = _claim(pipe_reader, a, day_a), _claim(pipe_reader, b, day_b)
    assert not figures_of_two_times(ca, cb) and not figures_of_two_times(cb, ca), \
        (time_of(ca), time_of(cb))


def test_two_times_lose_the_figure_bonus_and_take_the_malus(pipe_reader) -> None:
    """Told a week apart the two counts are one measure and meet by the figure bonus; told
    years apart they are two exoduses: no bonus, and ``two_times_malus`` off."""
    config = ClusterConfig()
    fled = _claim(pipe_reader, _FLED, "2023-06-01")
    week = _claim(pipe_reader, _HALF, "2023-06-08")
    years = replace(week, id=next(_IDS), published="2019-03-01")
    assert one_measure(fled, week) and one_measure(fled, years)
    close = pair_margin(fled, week, config, cosine=0.5, one_measure=one_measure)
    apart = pair_margin(fled, years, config, cosine=0.5, one_measure=one_measure)
    assert apart == pytest.approx(close - config.figure_bonus - config.two_times_malus,
                                  abs=1e-6)
    assert close >= 0 > apart


def test_the_seed_exoduses_of_2020_and_2023_are_two_clusters(seeded) -> None:  # type: ignore[no-untyped-def]
    """On the seeds, "half of the 140,000 inhabitants ... displaced" (2020) took Power's
    "forced more than 100k people to leave their homes" (2023) by the figure bonus; Power's
    count is one with Ramaswamy's "100,000-120,000 Armenians had moved" (2023)."""
    label = {c.text: lab for c, lab in seeded.store.iter_claims()}

    def find(words: str) -> int:
        hits = [lab for text, lab in label.items() if words in text]
        assert len(hits) == 1, words
        return hits[0]

    power = find("forced more than 100k people")
    assert find("half of the 140,000 inhabitants") != power
    assert find("100,000–120,000 Armenians") == power


@pytest.fixture(scope="module")
def pipe_reader(seeded):  # type: ignore[no-untyped-def]
    """The real extractor (the seeded pipeline's; read only)."""
    return seeded
