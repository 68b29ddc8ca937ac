"""Cross-source grouping: a count of people ("100k people") and a count of a named group
("120,000 Armenians") that say one thing befell them and are of a size are one measure,
which the clusterer reads as a sign of one claim (the figure bonus)."""

from __future__ import annotations

import pytest
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
