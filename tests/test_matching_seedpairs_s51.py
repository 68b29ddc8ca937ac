"""Pairs of the seeds that shared only the topic, parted by general readings of news.

Figures of one measure are one claim only if they can be of one time: two counts of one
kind that differ, from reports years apart (or naming years that cannot meet), are two
facts (``embeddings.figure_times``), and lose the figure bonus and ``two_times_malus``.
A claim that only says its content is an open question ("It's not clear whether ...")
asserts none of it, and does not join a claim that asserts on the topic they share
(``embeddings.open_questions``, ``question_malus``).  Claims come from the real extractor."""

from __future__ import annotations

from dataclasses import replace
from itertools import count

import pytest
from clusterkit import pair_margin

from embeddings.clustering import ClusterConfig
from embeddings.figure_times import figures_of_two_times, time_of
from embeddings.open_questions import open_question
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


@pytest.mark.parametrize("text", [
    "It is not clear whether the ministry will accept the offer.",
    "It remains to be seen if the truce will hold.",
    "And despite the warnings, it's still unclear how the city will pay for the repairs.",
    "It was not immediately known why the convoy had turned back.",
    "Whether the plan survives the vote remains to be seen.",
    "No one knows whether the talks will resume next month.",
])
def test_an_open_question_is_read(pipe_reader, text: str) -> None:
    assert open_question(_claim(pipe_reader, text, None).core)


@pytest.mark.parametrize("text", [
    "The ministry will accept the offer.",
    "It is clear that the truce will hold.",
    "The committee decided to sue, and it was unclear when the inquiry would end.",
    "The files included data on previously unknown sites.",
    "The minister asked whether the talks would resume.",
])
def test_an_assertion_is_no_open_question(pipe_reader, text: str) -> None:
    assert not open_question(_claim(pipe_reader, text, None).core)


def test_a_question_and_an_assertion_take_the_malus_two_questions_do_not(pipe_reader) -> None:
    config = ClusterConfig()
    asks = _claim(pipe_reader, "It is not clear whether the ministry will accept the "
                  "reconstruction of the bridge.", None)
    asserts = _claim(pipe_reader, "The ministry has regained control over the bridge.", None)
    also_asks = _claim(pipe_reader, "It remains to be seen if the ministry will accept the "
                       "reconstruction of the bridge.", None)
    off = replace(config, question_malus=0.0)
    assert pair_margin(asks, asserts, config) == pytest.approx(
        pair_margin(asks, asserts, off) - config.question_malus, abs=1e-6)
    assert pair_margin(asks, also_asks, config) == pytest.approx(
        pair_margin(asks, also_asks, off), abs=1e-6)
    # a headline (compared raw) keeps its score: the malus is of centred vectors
    assert pair_margin(asks, asserts, config, headline=True) == pytest.approx(
        pair_margin(asks, asserts, off, headline=True), abs=1e-6)


def test_the_seed_open_question_is_not_with_a_claim_of_strength(seeded) -> None:  # type: ignore[no-untyped-def]
    """On the seeds, "It's not clear whether they cannot accept Azerbaijan's territorial
    integrity ..." shared a cluster with "Azerbaijan, having regained sovereignty over its
    territories, is in a position of strength" on "territorial" / "territories"."""
    label = {c.text: lab for c, lab in seeded.store.iter_claims()}
    asks = [lab for t, lab in label.items() if "not clear whether they cannot accept" in t]
    strong = [lab for t, lab in label.items() if "is in a position of strength" in t]
    assert len(asks) == 1 and len(strong) == 1
    assert asks[0] != strong[0]


@pytest.fixture(scope="module")
def pipe_reader(seeded):  # type: ignore[no-untyped-def]
    """The real extractor (the seeded pipeline's; read only)."""
    return seeded
