"""Two people of one family name: "Raul Castro" and "Fidel Castro" share no entity, and a
hoax told of one does not deny what is told of the other.  The family name alone
("Castro", "President Castro") or the same full name still names the one person."""

from __future__ import annotations

import dataclasses

import pytest
from contrastkit import contrast, parsed

from embeddings.claims.entities import find_entities
from embeddings.claims.namesakes import two_people
from embeddings.matching import match_score
from embeddings.types import Claim


def named(source: str, text: str) -> Claim:
    """A hand-made claim with the names the claim stage finds in it."""
    return dataclasses.replace(parsed(source, text), entities=tuple(find_entities(text)))


def relation(story: str, other: str) -> str:
    return contrast(named("wire", story), named("site", other)).relation


def shared_entities(a: str, b: str) -> list[str]:
    _, signals = match_score(named("a", a), named("b", b), 0.7)
    return signals["shared_entities"]  # type: ignore[return-value]


@pytest.mark.parametrize(("story", "headline"), [
    ("Fidel Castro has died.", "Raul Castro death hoax"),
    ("Fidel Castro died on Friday, state television said.",
     "Reports that Raul Castro has died are a hoax."),
    ("George W. Bush was arrested in Texas.", "Jeb Bush arrest rumours are false."),
    ("Melania Trump has filed for divorce.", "Ivanka Trump divorce story is fake."),
])
def test_a_hoax_of_one_namesake_does_not_deny_the_other(story: str, headline: str) -> None:
    assert relation(story, headline) == "agree"


@pytest.mark.parametrize(("story", "headline"), [
    ("Fidel Castro has died.", "Fidel Castro death hoax"),
    ("Fidel Castro has died.", "Castro death hoax"),
    ("Fidel Castro has died.", "Former President Fidel Castro death hoax"),
    ("George W. Bush was arrested in Texas.", "George Bush arrest rumours are false."),
    # who denies is not whom the story is of: Raul may deny what is told of Fidel
    ("Fidel Castro has died.", "Raul Castro dismissed reports of the death as a hoax."),
])
def test_a_hoax_of_the_same_person_still_denies(story: str, headline: str) -> None:
    assert relation(story, headline) == "conflict"


@pytest.mark.parametrize(("a", "b"), [
    ("Raul Castro death hoax", "Fidel Castro has died."),
    ("Jeb Bush said he would run.", "George W. Bush said he would run."),
    ("Bill Clinton spoke on Monday.", "Chelsea Clinton spoke on Monday."),
])
def test_two_full_names_of_one_family_name_share_no_entity(a: str, b: str) -> None:
    assert shared_entities(a, b) == []


def test_namesakes_apart_leave_the_other_shared_names() -> None:
    assert shared_entities("Bill Clinton spoke in Iowa on Monday.",
                           "Chelsea Clinton spoke in Iowa on Monday.") == ["iowa"]


@pytest.mark.parametrize(("a", "b"), [
    ("Hillary Clinton said she would run.", "Clinton said she would run."),
    ("Fidel Castro has died.", "President Castro has died."),
    ("Fidel Castro death hoax", "Fidel Castro has died."),
    ("George W. Bush spoke in Texas.", "George Bush spoke in Texas."),
    ("H. Clinton spoke in Iowa.", "Hillary Clinton spoke in Iowa."),
])
def test_one_person_named_twice_is_a_shared_entity(a: str, b: str) -> None:
    assert shared_entities(a, b) != []


@pytest.mark.parametrize(("a", "b", "two"), [
    ("Raul Castro", "Fidel Castro", True),
    ("Cuban leader Raul Castro", "Fidel Castro", True),
    ("Former President Fidel Castro", "Fidel Castro", False),
    ("President Castro", "Fidel Castro", False),
    ("North Korea", "South Korea", False),  # places, not people
])
def test_two_people_reads_given_names(a: str, b: str, two: bool) -> None:
    assert two_people(a, b) is two
