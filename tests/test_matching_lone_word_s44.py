"""One shared common word is the topic, not the claim: on article-centred vectors a
sentence is reduced to its point, often a clause of a few words, and one word both sides
use ("problem", "meeting", "effort") made a word overlap of 0.3-0.7 that carried two
unrelated sentences of one story into one cluster.  The overlap a lone shared word adds
there is bounded (``lone_word_cap``); two shared words, a headline compared raw and the
pair comparison (``match_score``'s default) are as they were.

With the bound, a claim's denial tied just over the threshold ("had not paid the ransom" /
"paid the hackers a ransom", 0.001) lost the claim to a topic pair ("asked for a ransom",
0.045), while a denial just under it got the dispute or negation bonus: a pair the contrast
reads as a dispute now gets that bonus wherever it matches, not only where it lifts it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from clusterkit import pair_margin
from contrastkit import parsed

from embeddings.clustering import ClusterConfig, Disputed
from embeddings.matching import MatchConfig, match_score
from embeddings.types import Claim

COSINE = 0.3  # the centred cosine of every facet pair: what moves the margin is the words






def _margin(a: str, b: str, cap: float | None = 0.25, headline: bool = False,
            cosine: float = COSINE, disputed: Disputed | None = None) -> float:
    """The clusterer's margin of two claims of two outlets whose facets all have
    ``cosine``."""
    ca, cb = replace(parsed("x", a), id=1), replace(parsed("y", b), id=2)
    # ``cap=None`` is the clusterer before the bound, when a lone word could also carry a
    # pair over the threshold (``lone_word_lifts``, fiftieth session)
    config = ClusterConfig(lone_word_cap=cap, lone_word_lifts=cap is None)
    return pair_margin(ca, cb, config, cosine, headline, disputed=disputed)


@pytest.mark.parametrize(("a", "b"), [
    ("This is not a problem.", "We have a big problem with that deal."),
    ("She declined to discuss it.", "Officials did not expect it to dominate their discussions."),
    ("The effort was meant to help him.", "His comments backed that effort."),
    # a rare word alone is no more one claim: welcoming a waiver is not declining one
    ("We welcome this waiver.", "We do not anticipate submitting a waiver."),
])
def test_one_shared_word_no_longer_joins_two_points(a: str, b: str) -> None:
    assert _margin(a, b, cap=None) >= 0  # joined before
    assert _margin(a, b) < 0


@pytest.mark.parametrize(("a", "b"), [
    # two shared words: more than the topic
    ("Blinken urged Aliyev to cease hostilities.",
     "The secretary urged the president to cease fire."),
    ("The rebels shelled the town.", "The town was shelled by rebels overnight."),
    # one shared word that was a small part of long clauses already weighs under the bound
    ("Mr. Trump projected optimism in his meeting.", "The agents held multiple meetings."),
    ("Azerbaijan maintains that its victory in the war put an end to the Karabakh conflict.",
     "The US and France say that the conflict remains unresolved."),
])
def test_two_shared_words_or_a_small_overlap_are_unchanged(a: str, b: str) -> None:
    assert _margin(a, b) == pytest.approx(_margin(a, b, cap=None), abs=1e-6)


@pytest.mark.parametrize(("a", "b"), [
    ("This is not a problem.", "We have a big problem with that deal."),
    ("We welcome this waiver.", "We do not anticipate submitting a waiver."),
])
def test_a_headline_compared_raw_keeps_its_word(a: str, b: str) -> None:
    """One-sentence items keep their story in their vectors and share few words: the bound
    is read only on article-centred vectors."""
    raw = _margin(a, b, headline=True, cosine=0.6)
    assert raw == pytest.approx(_margin(a, b, cap=None, headline=True, cosine=0.6), abs=1e-6)
    assert raw >= 0


def test_the_pair_comparison_reads_no_bound() -> None:
    """``match_score`` (``crossclaim compare``, the pair tasks) is unbounded unless asked."""
    a, b = parsed("x", "This is not a problem."), parsed("y", "We have a big problem.")
    _, free = match_score(a, b, COSINE)
    _, bounded = match_score(a, b, COSINE, MatchConfig(lone_word_cap=0.25))
    assert float(free["lexical"]) > 0.5  # type: ignore[arg-type]
    assert float(bounded["lexical"]) == pytest.approx(0.25)  # type: ignore[arg-type]
    assert MatchConfig().lone_word_cap is None
    assert ClusterConfig().lone_word_cap == 0.25


def _negates(a: Claim, b: Claim, negations: bool = False) -> bool:
    """The contrast's reading where one claim negates the other (not an opposite word)."""
    return negations


def _opposes(a: Claim, b: Claim, negations: bool = False) -> bool:
    return True


def _apart(a: Claim, b: Claim, negations: bool = False) -> bool:
    return False


DENIALS = [
    ("Meridian said it had not paid the ransom.", "Meridian Health paid the hackers a ransom."),
    ("The minister did not resign on Friday.", "The minister resigned on Friday."),
    ("Police said no shots were fired at the crowd.", "Officers fired shots at the crowd."),
]


@pytest.mark.parametrize(("a", "b"), DENIALS)
def test_a_denial_that_matches_already_gets_its_bonus(a: str, b: str) -> None:
    """Over the threshold on their own (a near raw cosine, as a negation keeps the words),
    the denial and the claim get the negation bonus as a pair just under it does; an
    opposite reading gets the dispute bonus."""
    config = ClusterConfig()
    plain = _margin(a, b, cosine=0.8)
    assert plain >= 0
    assert _margin(a, b, cosine=0.8, disputed=_negates) == pytest.approx(
        plain + config.negation_bonus, abs=1e-6)
    assert _margin(a, b, cosine=0.8, disputed=_opposes) == pytest.approx(
        plain + config.dispute_bonus, abs=1e-6)


@pytest.mark.parametrize(("a", "b"), DENIALS)
def test_no_reading_far_apart_or_headlines_get_no_bonus(a: str, b: str) -> None:
    # not read as a dispute: as before
    assert _margin(a, b, cosine=0.8, disputed=_apart) == pytest.approx(
        _margin(a, b, cosine=0.8), abs=1e-6)
    # further below the threshold than the bonus: a dispute does not make one claim
    far = _margin(a, b, cosine=-0.5)
    assert far < -ClusterConfig().dispute_bonus
    assert _margin(a, b, cosine=-0.5, disputed=_opposes) == pytest.approx(far, abs=1e-6)
    # one-sentence items compared raw: no bonus at all
    raw = _margin(a, b, headline=True, cosine=0.8)
    assert _margin(a, b, headline=True, cosine=0.8, disputed=_opposes) == pytest.approx(
        raw, abs=1e-6)


def test_a_negation_whose_own_words_are_apart_gets_no_bonus() -> None:
    """The negation bonus asks for near raw words, matched or not: here the centred and raw
    cosine are one, 0.5, under the raw threshold and its gap."""
    a, b = "The minister did not resign.", "Ministers met the unions on Friday."
    assert _margin(a, b, cosine=0.5, disputed=_negates) == pytest.approx(
        _margin(a, b, cosine=0.5), abs=1e-6)
