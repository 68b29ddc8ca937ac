"""False conflicts of a state or an act bound to the wrong subject: a fate told of someone
of X's ("the singer's mother", "his wife", "the wife of the senator") is not told of X, and
"X is not the one who did it" denies who did it, not that it was done."""

from __future__ import annotations

import pytest
from contrastkit import claim, contrast


@pytest.mark.parametrize(("a", "b"), [
    ("The singer's mother died on Sunday.", "The singer is alive and well."),
    ("Smith's father was killed in the crash.", "Smith survived the crash."),
    ("His wife died in the crash.", "He survived the crash."),
    ("Police said the wife of the senator was killed.", "The senator is alive."),
    ("The wife and son of the senator were killed.", "The senator survived."),
    ("Smith's lawyer was arrested on Monday.", "Smith remains at large."),
    ("Her husband was arrested on Monday.", "She is still at large."),
    ("The minister's son was detained by police.", "The minister remains at large."),
    # a negated fate of the relative, against the owner's
    ("The singer's mother did not survive the crash.", "The singer survived the crash."),
])
def test_a_fate_of_someone_of_x_is_not_told_of_x(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation != "conflict", result.summary


@pytest.mark.parametrize(("a", "b", "one", "other"), [
    ("The singer died on Sunday.", "The singer is alive.", "died", "alive"),
    # the relative on both sides, or named by a word for the person: may be one person
    ("The singer's mother died on Sunday.", "The singer's mother is alive.", "died", "alive"),
    ("The singer's mother died on Sunday.", "His mother is alive.", "died", "alive"),
    ("The senator's wife was killed.", "The senator's wife survived.", "killed", "survived"),
    # the relative only says it: the fate is still the owner's
    ("Smith's wife said he died.", "Smith is alive.", "died", "alive"),
    ("Police said the singer died.", "The singer is alive.", "died", "alive"),
    # the owner is of the subject too, or one of the people is named
    ("Smith and his wife were killed.", "Smith survived.", "killed", "survived"),
    ("A wife and child of the rebel leader were killed.", "The leader's wife survived.",
     "killed", "survived"),
])
def test_a_fate_of_one_person_told_two_ways_is_still_a_dispute(
        a: str, b: str, one: str, other: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", result.summary
    assert f"“{one}”" in result.summary and f"“{other}”" in result.summary, result.summary


def test_a_lawyers_word_against_the_clients_guilt_is_still_a_dispute() -> None:
    result = contrast(claim("wire", "Smith's lawyer said he was innocent."),
                      claim("site", "Smith is guilty."))
    assert result.relation == "conflict", result.summary
    assert "“innocent”" in result.summary, result.summary


@pytest.mark.parametrize(("a", "b"), [
    ("Smith is not the gunman who opened fire.", "A gunman opened fire at the mall."),
    ("Smith is not the gunman who opened fire at the mall.",
     "A gunman opened fire at the mall."),
    ("The actor was not the man who rescued the child.",
     "A man rescued the child from the river."),
    ("Jones is not the driver who hit the cyclist.", "A driver hit a cyclist on Main Street."),
    ("The senator was not the one who leaked the memo.", "Someone leaked the memo to reporters."),
])
def test_a_denied_doer_does_not_deny_the_act(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation != "conflict", result.summary


@pytest.mark.parametrize(("a", "b", "subject"), [
    ("Smith is not the gunman who opened fire.", "Smith opened fire at the mall.", "Smith"),
    ("The actor was not the man who rescued the child.",
     "The actor rescued the child from the river.", "The actor"),
    ("Jones is not the driver who hit the cyclist.", "Jones hit a cyclist on Main Street.",
     "Jones"),
])
def test_a_denied_doer_against_the_side_that_names_him_is_a_dispute(
        a: str, b: str, subject: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", result.summary
    assert subject in result.summary, result.summary
