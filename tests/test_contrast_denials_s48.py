"""Lay-offs and a time said with a demonstrative are no denials (forty-eighth session).

"HP will lay off 5,000 this year" was read as a denial of "HP will cut 27,000 jobs this
year": "lay off" is read as the one word "dismiss", which as a denial verb took "this"
(of "this year") for the statement dismissed.  A phrasal verb's stand-in keeps the
phrasal's sense, and a demonstrative that picks out a time or a thing ("this year", "this
offer") is not the pronoun of a statement ("dismissed this as nonsense")."""

from __future__ import annotations

import pytest

from tests.contrastkit import contrast, parsed


def _conflicts(a: str, b: str) -> list[str]:
    result = contrast(parsed("wire", a), parsed("site", b))
    return [d.kind for d in result.differences if d.conflict]


@pytest.mark.parametrize(("a", "b"), [
    ("HP will lay off 5,000 this year", "HP will cut 27,000 jobs this year"),
    ("Microsoft will shed 18,000 jobs this year", "Microsoft will lay off 12,500 this year"),
    ("Microsoft will reduce staff by 18,000 this year", "Microsoft laid off 12,500 this year"),
    ("The carmaker is laying off 800 this month", "The carmaker will slash 2,000 jobs"),
    ("The airline dismissed 300 this week", "The airline will axe 1,200 jobs"),
    ("The bank will trim 400 jobs this year", "The bank is laying off 900 this year"),
])
def test_two_figures_of_job_cuts_are_a_number_difference_not_a_denial(a: str, b: str) -> None:
    kinds = _conflicts(a, b)
    assert "contradiction" not in kinds, (a, b)
    assert "numbers" in kinds, (a, b)  # the figures of one measure still differ


@pytest.mark.parametrize(("a", "b"), [
    ("The club will lay off its coach this season", "The club will keep its coach"),
    ("The union rejected this offer", "The company made an offer to the union"),
    ("Police dismissed 40 officers this year", "Police hired 40 officers this year"),
])
def test_a_thing_or_time_picked_by_this_is_no_statement_denied(a: str, b: str) -> None:
    summaries = [d.summary for d in contrast(parsed("wire", a), parsed("site", b)).differences
                 if d.conflict]
    assert not any("denies what" in s for s in summaries), summaries


@pytest.mark.parametrize(("a", "b"), [
    ("The minister dismissed this as nonsense", "The minister took a bribe"),
    ("The minister dismissed this claim as nonsense", "The minister took a bribe, the claim says"),
    ("Iran rejected this week the report that it enriched uranium",
     "Iran enriched uranium, the report said"),
    ("The ministry denied this morning that troops had crossed the border",
     "Troops crossed the border"),
    ("The ministry rejected these allegations",
     "The ministry took bribes, according to allegations"),
    ("HP dismissed the claim that it will cut 27,000 jobs", "HP will cut 27,000 jobs this year"),
])
def test_a_statement_dismissed_or_denied_is_still_a_denial(a: str, b: str) -> None:
    result = contrast(parsed("wire", a), parsed("site", b))
    assert result.relation == "conflict", (a, b)
    assert any("denies what" in d.summary for d in result.differences if d.conflict), (a, b)
