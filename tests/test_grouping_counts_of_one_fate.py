"""Cross-source grouping: a count of people ("100k people") and a count of a named group
("120,000 Armenians") that say one thing befell them and are of a size are one measure,
which the clusterer reads as a sign of one claim (the figure bonus); two claims whose counts
are many times apart and of no one measure are two facts (a malus on their match)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from clusterkit import pair_margin
from contrastkit import contrast, kinds, parsed


@pytest.mark.parametrize(("a", "b"), [
    ("Ramaswamy claimed that 100,000-120,000 Armenians had moved to Armenia from their homes.",
     "The military operation forced more than 100k people to leave their homes."),
    ("About 2,000 Syrians fled the shelling overnight.",
     "Some 2,000 people have fled the town since Sunday."),
    ("At least 30 Palestinians were killed in the strikes.",
     "The strikes killed 32 people, the ministry said."),
    ("Police arrested 45 people after the match.",
     "Around 45 Britons were detained after the match."),
])
def test_group_and_people_of_one_fate_and_size_are_one_measure(a: str, b: str) -> None:
    from service.contrast.numbers import one_measure

    assert one_measure(parsed("x", a), parsed("y", b))
    assert one_measure(parsed("y", b), parsed("x", a))


@pytest.mark.parametrize(("a", "b"), [
    # the group may be a small part of the people: "5 Americans" among "29 people"
    ("At least 29 people have died in the offensive.", "Five Americans died in the offensive."),
    ("The quake killed 2,000 people.", "Among the dead were 40 Italians."),
    # open figures far apart: "more than 100k" is no answer to "3 million Syrians"
    ("The war forced more than 100k people to leave their homes.",
     "More than 3 million Syrians have fled their homes."),
    # one fate on one side only, or two fates
    ("100,000 Armenians live in the region.", "More than 100k people fled the region."),
    ("About 40 Palestinians were wounded in the raid.", "The raid killed 40 people."),
])
def test_group_and_people_of_other_fates_or_sizes_are_not(a: str, b: str) -> None:
    from service.contrast.numbers import one_measure

    assert not one_measure(parsed("x", a), parsed("y", b))


@pytest.mark.parametrize(("a", "b", "kind"), [
    # overlapping figures agree, as they did: the new reading adds no dispute
    ("Ramaswamy claimed that 100,000-120,000 Armenians had moved to Armenia from their homes.",
     "The military operation forced more than 100k people to leave their homes.",
     "numbers_agree"),
    # figures apart: a group and people of any name stay no dispute ("5 Americans" may be
    # among "29 people")
    ("At least 29 people have died in the offensive.", "Five Americans died in the offensive.",
     None),
])
def test_the_contrast_of_group_and_people_counts_is_unchanged(a: str, b: str,
                                                              kind: str | None) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert "numbers" not in kinds(result), result.summary
    if kind is not None:
        assert kind in kinds(result), result.summary


# -- counts far apart ---------------------------------------------------------------------------




def _margin(a: str, b: str) -> float:
    """The clusterer's margin of two claims of two outlets whose centred vectors are one."""
    from embeddings.clustering import ClusterConfig
    from embeddings.matching import MatchConfig
    from service.contrast.numbers import one_measure

    # the figure rules alone: pairs that share no word would also lose the bare-pair malus
    config = ClusterConfig(match=MatchConfig(lexical_weight=0.0, entity_bonus=0.0,
                                             entity_penalty=0.0), bare_malus=0.0)
    return pair_margin(replace(parsed("x", a), id=1), replace(parsed("y", b), id=2), config,
                       one_measure=one_measure)


@pytest.mark.parametrize(("a", "b"), [
    ("At least 29 people have died in the offensive.",
     "Over 330 civilians have fallen victim to landmines in the past three years."),
    ("The storm destroyed 40 houses in the village.",
     "More than 2,000 homes have been built in the region since the war."),
    ("Police detained 12 protesters on Sunday.", "About 5,000 people marched through the city."),
])
def test_counts_far_apart_of_no_one_measure_lower_the_match(a: str, b: str) -> None:
    """Article context leaves each claim its lead figure, which alone looks alike: two
    counts of no one measure, many times apart, are two facts."""
    assert _margin(a, b) == pytest.approx(1.0 - 0.44 - 0.1, abs=1e-6)


@pytest.mark.parametrize(("a", "b", "bonus"), [
    # one toll disputed: near figures, one measure
    ("At least 29 people have died in the offensive.", "The offensive killed 40 people.", 0.1),
    # near figures of no one measure: no evidence either way
    ("Police detained 12 protesters on Sunday.", "About 20 people marched on Sunday.", 0.0),
    # far apart, but one measure: a toll that rose
    ("The quake killed 20 people on Monday.", "The quake's death toll rose to 300.", 0.1),
    # one side gives no count
    ("At least 29 people have died in the offensive.", "The offensive was launched in 2023.",
     0.0),
])
def test_near_counts_or_one_measure_are_not_lowered(a: str, b: str, bonus: float) -> None:
    assert _margin(a, b) == pytest.approx(1.0 - 0.44 + bonus, abs=1e-6)
