"""Rival names: two otherwise matching claims that put two different names in one slot
("Smith won the vote in Ohio" / "Jones won the vote in Ohio") are two claims.  Names are
left out of the word overlap, so those two overlapped fully; a name alone in its slot on
each side now counts as a differing word.  Two names of one thing (an initialism, a
spelling, a part of the name, a country and its capital, a title) are aliases and still
overlap fully."""

from __future__ import annotations

from dataclasses import replace

import pytest
from clusterkit import pair_margin
from contrastkit import parsed

from embeddings.claims import find_entities
from embeddings.clustering import ClusterConfig
from embeddings.matching import MatchConfig, match_score
from embeddings.name_aliases import aliases
from embeddings.types import Claim

COSINE = 0.3  # a centred cosine; what moves the margin here is the words






def _read(source: str, text: str, cid: int) -> Claim:
    """The claim with the names the entity reader finds in it."""
    return replace(parsed(source, text), entities=tuple(find_entities(text)), id=cid)


def _margin(a: str, b: str, rivals: bool = True, cosine: float = COSINE) -> float:
    """The clusterer's margin of two claims of two articles whose facets all have
    ``cosine`` (article-centred)."""
    config = ClusterConfig(match=MatchConfig(rival_names_differ=rivals))
    return pair_margin(_read("x", a, 1), _read("y", b, 2), config, cosine)


def _overlap(a: str, b: str, rivals: bool = True) -> float:
    _, signals = match_score(_read("x", a, 1), _read("y", b, 2), COSINE,
                             MatchConfig(rival_names_differ=rivals))
    return float(signals["lexical"])  # type: ignore[arg-type]


RIVALS = [
    ("Smith won the vote in Ohio.", "Jones won the vote in Ohio."),
    ("Five people were killed in a blast in Peshawar on Monday.",
     "Five people were killed in a blast in Boston on Monday."),
    ("Raul Castro met the envoy in Havana.", "Fidel Castro met the envoy in Havana."),
    ("North Korea fired a missile on Sunday.", "South Korea fired a missile on Sunday."),
]


@pytest.mark.parametrize(("a", "b"), RIVALS)
def test_rival_names_in_one_slot_differ(a: str, b: str) -> None:
    assert _overlap(a, b, rivals=False) == pytest.approx(1.0)
    assert _overlap(a, b) < 0.9  # ("north"/"south" are common words: they weigh little)


def test_rival_names_keep_two_claims_apart_in_a_cluster() -> None:
    """Rare names weigh much against the few words a clause shares: apart."""
    a = "Babayan won the vote in Stepanakert."
    b = "Harutyunyan won the vote in Stepanakert."
    assert _margin(a, b, rivals=False) >= 0
    assert _margin(a, b) < 0


def test_common_names_weigh_as_the_words_they_are() -> None:
    """"Smith" and "Jones" are common English words: the margin falls, the pair may stay."""
    a, b = "Smith won the vote in Ohio.", "Jones won the vote in Ohio."
    assert _margin(a, b) < _margin(a, b, rivals=False) - 0.15


ALIASES = [
    ("The UN condemned the attack on the convoy.",
     "The United Nations condemned the attack on the convoy."),
    ("Russia said its forces shot down 20 drones.",
     "The Kremlin said its forces shot down 20 drones."),
    ("Moscow said its forces shot down 20 drones.",
     "Russian officials said its forces shot down 20 drones."),
    ("Azerbaijani forces captured Shushi on Sunday.",
     "Azerbaijani forces captured Shusha on Sunday."),
    ("Gaddafi's forces shelled the city of Misrata.",
     "Qaddafi's forces shelled the city of Misrata."),
    ("Joe Biden will visit Kyiv next week.", "Biden will visit Kyiv next week."),
    ("President Obama will visit Kenya in July.", "The President will visit Kenya in July."),
    ("The U.S. sent more troops to Poland.", "The Pentagon sent more troops to Poland."),
    ("ISIS claimed the attack in Kabul.", "Islamic State claimed the attack in Kabul."),
    ("Officials said the bridge in Ohio would close.",
     "Smith said the bridge in Ohio would close."),
    # a place that says where a person is from is no rival for the person's place
    ("A Venango County man was arrested after the robbery.",
     "An Allegheny County man was arrested after the robbery."),
]


@pytest.mark.parametrize(("a", "b"), ALIASES)
def test_two_names_of_one_thing_still_overlap(a: str, b: str) -> None:
    assert _overlap(a, b) == pytest.approx(_overlap(a, b, rivals=False))


def test_a_title_case_headline_has_no_rivals() -> None:
    a, b = "Police In Texas Arrest Man After Robbery", "Police In Ohio Arrest Man After Robbery"
    assert _overlap(a, b) == pytest.approx(_overlap(a, b, rivals=False))


@pytest.mark.parametrize(("a", "b"), [
    # a headline's words the claim also uses are shared, whatever is a name where
    ("A ghost ship filled with rats is heading towards Florida.", "Ghost Ship"),
    # names that only end both sentences stand in no one slot
    ("ISIS beheads Steve Sotloff", "Islamic state issues video of beheading of U.S. hostage: SITE"),
])
def test_shared_words_and_sentence_ends_are_no_rivals(a: str, b: str) -> None:
    assert _overlap(a, b) == pytest.approx(_overlap(a, b, rivals=False))


def test_names_in_other_slots_are_no_rivals() -> None:
    """Names that stand in different places of the two sentences are not one slot's two
    fillers: they are what each side adds, weighed as before."""
    a = "Smith praised the deal on Tuesday."
    b = "The deal was signed in Geneva on Tuesday."
    assert _overlap(a, b) == pytest.approx(_overlap(a, b, rivals=False))


@pytest.mark.parametrize(("a", "b", "same"), [
    ("UN", "United Nations", True), ("NOLA", "New Orleans", True),
    ("US", "Ohio", True), ("Kremlin", "Russian", True), ("UK", "Downing Street", True),
    ("Ohio", "Texas", False), ("Moscow", "Washington", False), ("Iran", "Iraq", False),
    ("Smith", "Jones", False),
])
def test_aliases(a: str, b: str, same: bool) -> None:
    assert aliases(a, b) is same
    assert aliases(b, a) is same


def test_the_flag_is_on_by_default() -> None:
    assert MatchConfig().rival_names_differ
