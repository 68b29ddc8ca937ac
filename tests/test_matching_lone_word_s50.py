"""A lone shared word adds to a match; it does not make one (fiftieth session).

Read on NewsWCL50's tuning stories (one event told by five outlets), a third of the pairs in
clusters that share only the topic were two sentences whose article-centred cosine was under
the threshold and whose one shared word, a word of the story ("asylum", "caravan", "fear"),
carried them over it: "Adult men are likely to be detained ..." / "families ... can't be
detained for long".  Where the two share nothing else (no name, no speaker), the word's
overlap now counts only if the pair clears the threshold without it.  A pair the sentences
match on their own keeps the word's weight, a pair that also shares a name is as it was, and
the bonus of a figure of one measure or of a dispute still comes after."""

from __future__ import annotations

from dataclasses import replace

import pytest
from clusterkit import pair_margin
from contrastkit import claim, ent, parsed

from embeddings.clustering import ClusterConfig, Disputed
from embeddings.types import Claim

UNDER = 0.38  # an article-centred cosine under the threshold (0.44)
OVER = 0.5  # one over it


def _margin(a: Claim, b: Claim, cosine: float, lifts: bool = False,
            disputed: Disputed | None = None) -> float:
    # the general-statement malus (fifty-fourth session) reads "Local officials fear a second
    # flood", a present-tense report naming no one, as a maxim; off here, where the lone
    # word's own lift is measured
    return pair_margin(replace(a, id=1), replace(b, id=2),
                       ClusterConfig(lone_word_lifts=lifts, generic_malus=0.0), cosine,
                       disputed=disputed)


# invented sentences of one story, each pair sharing one word and nothing else
LONE = [
    ("Volunteers handed out blankets at the shelter.",
     "The shelter closed its doors after midnight."),
    ("She urged the migrants to wait in the city.",
     "He defended the migrants in a speech."),
    ("Local officials fear a second flood.", "Residents said the fear was everywhere."),
]


@pytest.mark.parametrize(("a", "b"), LONE)
def test_a_lone_word_no_longer_carries_a_pair_over_the_threshold(a: str, b: str) -> None:
    ca, cb = parsed("x", a), parsed("y", b)
    assert _margin(ca, cb, UNDER, lifts=True) >= 0  # the word carried it before
    assert _margin(ca, cb, UNDER) < 0


@pytest.mark.parametrize(("a", "b"), LONE)
def test_a_pair_the_sentences_match_keeps_the_word(a: str, b: str) -> None:
    ca, cb = parsed("x", a), parsed("y", b)
    assert _margin(ca, cb, OVER) == pytest.approx(_margin(ca, cb, OVER, lifts=True), abs=1e-6)
    assert _margin(ca, cb, OVER) > OVER - ClusterConfig().context_threshold  # word counted


def test_a_shared_name_keeps_the_word() -> None:
    """A pair that names one place (or has one speaker) shares more than the word."""
    a = "Flood waters closed the bridge in Dunmore on Monday."
    b = "Engineers said the bridge at Dunmore would reopen."
    ca = claim("x", a, entities=(ent(a, "Dunmore"),))
    cb = claim("y", b, entities=(ent(b, "Dunmore"),))
    assert _margin(ca, cb, UNDER) == pytest.approx(_margin(ca, cb, UNDER, lifts=True), abs=1e-6)
    assert _margin(ca, cb, UNDER) >= 0


def test_two_shared_words_are_as_they_were() -> None:
    ca = parsed("x", "Rebels shelled the market overnight.")
    cb = parsed("y", "The market was shelled, witnesses said.")
    assert _margin(ca, cb, UNDER) == pytest.approx(_margin(ca, cb, UNDER, lifts=True), abs=1e-6)


def _opposes(a: Claim, b: Claim, negations: bool = False) -> bool:
    return not negations


def test_a_dispute_over_one_word_still_meets() -> None:
    """"The war is over" / "the war goes on": the contrast reads a dispute of one statement,
    and its bonus is given after the word is taken out, so the two are shown side by side."""
    ca = parsed("x", "Its victory put an end to the conflict.")
    cb = parsed("y", "The conflict remains unresolved.")
    assert _margin(ca, cb, UNDER) < 0
    assert _margin(ca, cb, UNDER, disputed=_opposes) >= 0


def test_the_rule_is_read_on_article_centred_vectors_only() -> None:
    """A headline or one-line item is compared raw against the raw threshold, as before."""
    a, b = LONE[0]
    ca, cb = replace(parsed("x", a), id=1), replace(parsed("y", b), id=2)
    raw = 0.58  # under the raw threshold (0.62): the word carries the pair there
    on = pair_margin(ca, cb, ClusterConfig(), raw, headline=True)
    off = pair_margin(ca, cb, ClusterConfig(lone_word_lifts=True), raw, headline=True)
    assert on == pytest.approx(off, abs=1e-6)
    assert on >= 0
