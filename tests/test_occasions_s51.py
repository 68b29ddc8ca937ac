"""Two occasions of one kind are two claims: two summits, the second test and the first, a
past meeting and a planned one, this year's protest and an earlier one, the class ("state
visits usually ...") and one visit.  The clusterer takes ``apart_act_malus`` off their
match.  One occasion told twice (other words, one side undated, two planned mentions of one
summit), and claims that name other occasions only in passing, are not read apart.  Claims
come from the real extractor."""

from __future__ import annotations

from dataclasses import replace
from itertools import count

import pytest
from clusterkit import pair_margin
from conftest import make_settings

from embeddings.clustering import ClusterConfig
from embeddings.occasions import occasions_apart, occasions_of
from embeddings.types import Article, Claim

_IDS = count(1)


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A real pipeline (its extractor only: nothing is written)."""
    from service.pipeline import build_pipeline

    pipe = build_pipeline(make_settings(tmp_path_factory.mktemp("occasions") / "data"))
    yield pipe
    pipe.store.close()


def _claim(pipe, text: str, published: str | None = None) -> Claim:  # type: ignore[no-untyped-def]
    n = next(_IDS)
    article = Article(id=f"occ-{n}", source=f"outlet-{n}", text=text, published=published)
    claims = pipe.extractor.extract(article)
    assert len(claims) == 1, claims
    return replace(claims[0], id=n, published=published)


@pytest.mark.parametrize(("a", "b"), [
    # two orders of one kind of thing
    ("North Korea's second missile test drew condemnation from Seoul and Tokyo.",
     "North Korea's first missile test drew condemnation from Seoul and Tokyo."),
    ("The senators questioned the nominee again at a hearing on his finances.",
     "The senators questioned the nominee at a first hearing on his finances."),
    # a planned occasion and a past one
    ("The two leaders will hold a summit to discuss the nuclear programme.",
     "The two leaders held a summit to discuss the nuclear programme."),
    # two years; a year ago and this week, told on one day
    ("Thousands joined a protest against the new pipeline in 2016.",
     "Thousands joined a protest against the new pipeline in 2019."),
    ("The election held a year ago returned the ruling party to power.",
     "The election on Sunday returned the ruling party to power."),
    # two towns, the place told with the noun only
    ("The rally in Detroit drew thousands of workers angry about the tariffs.",
     "The rally in Chicago drew thousands of workers angry about the tariffs."),
    # the class and one occasion of it
    ("State visits usually involve a banquet hosted by the monarch.",
     "The state visit next week will involve a banquet hosted by the monarch."),
])
def test_two_occasions_of_one_kind_are_read_apart(reader, a: str, b: str) -> None:
    ca, cb = _claim(reader, a), _claim(reader, b)
    assert occasions_apart(ca, cb) and occasions_apart(cb, ca), (occasions_of(ca),
                                                                  occasions_of(cb))


@pytest.mark.parametrize(("a", "day_a", "b", "day_b"), [
    # one meeting told twice: both past, the days may meet
    ("Pompeo held talks with Kim over Easter weekend.", "2018-04-18",
     "Pompeo met Kim last week to prepare the summit.", "2018-04-17"),
    # one planned summit, one side with a date and a town
    ("The summit planned for June will take place in Singapore.", None,
     "The upcoming summit between the two leaders will be in Singapore.", None),
    # an infinitive of purpose tells what a past trip was for, not a plan
    ("The envoy traveled to the capital to meet the president.", None,
     "The envoy met the president.", None),
    # a past form after "before" is still to come
    ("He suggested that the two Koreas might announce a deal before he met Mr. Kim.", None,
     "Trump said he plans to meet Mr. Kim in the coming months.", None),
    # the year belongs to the election, named in passing; the lawsuit is one
    ("The campaign called the lawsuit a sham ahead of the 2020 election.", None,
     "The party sued the campaign over the 2016 election.", None),
    # "was met with" is a reception, "are met" a condition: no meeting
    ("The plan was met with criticism from the opposition.", None,
     "The leaders will meet to discuss the plan.", None),
    # days anchored to reports a year apart, but one day each: one report's "Monday" is
    # no other day than the same claim's "this week" from a report two days later
    ("The ministers spoke during their phone conversation on Monday.", "2023-05-09",
     "The ministers spoke in a conversation this week.", "2023-05-11"),
])
def test_one_occasion_told_twice_is_not_read_apart(reader, a: str, day_a: str | None,
                                                   b: str, day_b: str | None) -> None:
    ca, cb = _claim(reader, a, day_a), _claim(reader, b, day_b)
    assert not occasions_apart(ca, cb) and not occasions_apart(cb, ca), (
        occasions_of(ca), occasions_of(cb))


def test_days_told_from_reports_a_year_apart_are_two_occasions(reader) -> None:
    """"On Sunday" of two reports a year apart: the same words, two elections."""
    a = _claim(reader, "The election on Sunday returned the ruling party to power.",
               "2022-10-03")
    b = _claim(reader, "The election on Sunday returned the ruling party to power.",
               "2023-10-02")
    assert occasions_apart(a, b)
    same_day = replace(b, published="2022-10-04")
    assert not occasions_apart(a, same_day)


@pytest.mark.parametrize("headline", [False, True])
def test_two_occasions_lose_the_malus_on_their_match(reader, headline: bool) -> None:
    """The clash comes off the pair's margin on either scale; one occasion told twice keeps
    its margin."""
    on, off = ClusterConfig(), ClusterConfig(apart_act_malus=0.0)
    tests = (_claim(reader, "North Korea's second missile test alarmed Japan."),
             _claim(reader, "North Korea's first missile test alarmed Japan."))
    assert pair_margin(*tests, on, headline=headline) == pytest.approx(
        pair_margin(*tests, off, headline=headline) - on.apart_act_malus, abs=1e-6)
    summit = (_claim(reader, "The upcoming summit will take place in Singapore."),
              _claim(reader, "The planned summit will be held in Singapore."))
    assert pair_margin(*summit, on, headline=headline) == pytest.approx(
        pair_margin(*summit, off, headline=headline), abs=1e-6)
