"""Two reports of one-off acts at different towns or times are two acts, not one claim: the
clusterer takes ``apart_act_malus`` off their match.  A stance or a state repeated years
apart ("Turkey backs Azerbaijan"), a town spelt two ways, a country and a town that may lie
in it, and reports days apart are not read apart.  Claims come from the real extractor."""

from __future__ import annotations

from dataclasses import replace
from itertools import count

import pytest
from clusterkit import pair_margin

from embeddings.clustering import ClusterConfig
from embeddings.events import act_of, acts_apart
from embeddings.types import Article, Claim

_IDS = count(1)


def _claim(pipe, text: str, published: str | None) -> Claim:  # type: ignore[no-untyped-def]
    """The one claim the real extractor reads from a one-sentence report."""
    n = next(_IDS)
    article = Article(id=f"events-{n}", source=f"outlet-{n}", text=text, published=published)
    claims = pipe.extractor.extract(article)
    assert len(claims) == 1, claims
    return replace(claims[0], id=n, published=published)


@pytest.mark.parametrize(("a", "day_a", "b", "day_b"), [
    # two towns, one week: two meetings
    ("The foreign ministers met in Vienna on Monday to discuss the ceasefire.", "2023-05-09",
     "The foreign ministers met in Ankara on Monday to discuss the ceasefire.", "2023-05-09"),
    # the seeds' shape: two trips of diplomats to two towns, two years apart
    ("The senior diplomats traveled to Tbilisi over the weekend to attend a conference.",
     "2022-08-30",
     "Putin invited to Moscow this Friday the heads of the Armenian and Azerbaijani "
     "diplomats.", "2020-10-09"),
    # one town, relative days anchored to reports a year apart
    ("Protesters rallied in Nairobi on Tuesday against the new tax.", "2023-06-21",
     "Protesters rallied in Nairobi on Tuesday against the new tax.", "2024-06-26"),
    # explicit years
    ("The two leaders met in 2019 to sign the accord.", None,
     "The two leaders met in 2022 to sign the accord.", None),
])
def test_acts_at_two_towns_or_times_are_read_apart(pipe_reader, a: str, day_a: str | None,
                                                   b: str, day_b: str | None) -> None:
    ca, cb = _claim(pipe_reader, a, day_a), _claim(pipe_reader, b, day_b)
    assert acts_apart(ca, cb) and acts_apart(cb, ca), (act_of(ca), act_of(cb))


@pytest.mark.parametrize(("a", "day_a", "b", "day_b"), [
    # stances and states, years apart: one claim repeated
    ("Turkey backs Azerbaijan in the conflict over Nagorno-Karabakh.", "2020-10-01",
     "Turkey supports Azerbaijan in the conflict over Nagorno-Karabakh.", "2023-09-20"),
    ("France called for the Security Council to meet urgently on the crisis, which came just "
     "as world leaders gathered in New York.", "2023-09-19",
     "Macron pledged to raise the issue of Azerbaijan's attack at the United Nations.",
     "2022-09-14"),
    # a reception is no meeting
    ("The statement was met with criticism in Moscow on Monday.", "2021-03-02",
     "The statement was met with criticism in Paris on Monday.", "2023-03-07"),
    # one town spelt two ways
    ("The delegation travelled to Kiev on Tuesday.", "2022-05-04",
     "The delegation travelled to Kyiv on Tuesday.", "2022-05-05"),
    # a country and a town that may lie in it: the gazetteer cannot tell
    ("Pompeo met with Kim Jong Un in North Korea last week.", "2018-04-17",
     "Pompeo met with Kim Jong Un in Pyongyang over Easter weekend.", "2018-04-18"),
    # the same days told from reports three days apart
    ("The ministers met in Paris on Tuesday.", "2023-05-03",
     "The ministers met in Paris on Tuesday and agreed on a plan.", "2023-05-06"),
    # a town on one side only
    ("The ministers met in Paris on Tuesday.", "2023-05-03",
     "The ministers met and agreed on a plan.", "2023-05-06"),
])
def test_stances_variants_and_one_act_are_not_read_apart(pipe_reader, a: str,
                                                         day_a: str | None, b: str,
                                                         day_b: str | None) -> None:
    ca, cb = _claim(pipe_reader, a, day_a), _claim(pipe_reader, b, day_b)
    assert not acts_apart(ca, cb) and not acts_apart(cb, ca), (act_of(ca), act_of(cb))


@pytest.mark.parametrize("headline", [False, True])
def test_two_acts_lose_the_malus_on_their_match(pipe_reader, headline: bool) -> None:
    """The clash comes off the pair's margin on either scale; a pair that is not two acts
    keeps its margin."""
    on, off = ClusterConfig(), ClusterConfig(apart_act_malus=0.0)
    trips = (_claim(pipe_reader, "The ministers met in Vienna on Monday.", "2023-05-09"),
             _claim(pipe_reader, "The ministers met in Ankara on Monday.", "2023-05-09"))
    assert pair_margin(*trips, on, headline=headline) == pytest.approx(
        pair_margin(*trips, off, headline=headline) - on.apart_act_malus, abs=1e-6)
    stance = (_claim(pipe_reader, "Turkey backs Azerbaijan in the conflict over the region.",
                     "2020-10-01"),
              _claim(pipe_reader, "Turkey supports Azerbaijan in the conflict over the region.",
                     "2023-09-20"))
    assert pair_margin(*stance, on, headline=headline) == pytest.approx(
        pair_margin(*stance, off, headline=headline), abs=1e-6)


def test_the_seed_trips_to_two_towns_two_years_apart_are_two_clusters(seeded) -> None:  # type: ignore[no-untyped-def]
    """On the seeds, the weekend trip to Shushi (2022) and the Friday invitation to Moscow
    (2020) shared one cluster on the word "diplomats"; they are two events."""
    label = {c.text: lab for c, lab in seeded.store.iter_claims()}
    shushi = [t for t in label if "traveled to Shushi" in t]
    moscow = [t for t in label if "invited to Moscow this Friday" in t]
    assert shushi and moscow
    assert label[shushi[0]] != label[moscow[0]]


@pytest.fixture(scope="module")
def pipe_reader(seeded):  # type: ignore[no-untyped-def]
    """The real extractor (the seeded pipeline's; read only)."""
    return seeded
