"""The contrast on figures: a vague figure that agrees with two precise ones neither joins
them in one agreement nor hides their dispute, and open bounds of two sizes are paired by
size (session 45)."""

from __future__ import annotations

import pytest
from contrastkit import contrast, parsed

from embeddings.types import Contrast


def _run(*texts: str) -> Contrast:
    return contrast(*(parsed(f"outlet-{chr(97 + i)}", t) for i, t in enumerate(texts)))


def _groups(result: Contrast, kind: str) -> list[set[str]]:
    return [{str(e["text"]) for e in d.evidence} for d in result.differences if d.kind == kind]


@pytest.mark.parametrize(("texts", "apart"), [
    # NewsWCL50 tune: the parts listed (55,000 files) and the whole under one part's name
    # (100,000 files) are no dispute, and agree only with "tens of thousands"
    (("Netanyahu said the files contained materials spread over 55,000 pages and 55,000 "
      "files on 183 CD's.",
      "100,000 secret files prove it did.",
      "Tens of thousands of secret files and other evidence proves the deal is based on "
      "lies."), ("100,000", "55,000")),
    (("Tens of thousands of people protested.", "About 20,000 demonstrators rallied.",
      "Some 90,000 protesters rallied."), ("About 20,000", "Some 90,000")),
])
def test_a_vague_figure_does_not_join_two_that_do_not_agree(
        texts: tuple[str, ...], apart: tuple[str, str]) -> None:
    result = _run(*texts)
    groups = _groups(result, "numbers_agree")
    assert not any(set(apart) <= g for g in groups)
    # each still agrees with the vague figure
    assert all(any(figure in g and len(g) > 1 for g in groups) for figure in apart)


@pytest.mark.parametrize(("texts", "figures"), [
    # the figures meet at a point: one agreement still
    (("Hundreds of people were injured.", "At least 300 people were hurt.",
      "Some 900 people were hurt."), {"Hundreds", "At least 300", "Some 900"}),
    (("Thousands of people fled the region.", "About 5,000 people fled the region.",
      "Some 5,200 people fled the region."), {"Thousands", "About 5,000", "Some 5,200"}),
])
def test_figures_that_all_agree_stay_one_agreement(texts: tuple[str, ...],
                                                    figures: set[str]) -> None:
    assert figures in _groups(_run(*texts), "numbers_agree")


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("Tens of thousands of people marched in Paris, and police put the crowd at 20,000.",
     "Some 90,000 people marched in Paris, organisers said.", {"20,000", "Some 90,000"}),
    ("Hundreds of people were killed in the quake, with officials counting 250 people "
     "killed.", "At least 800 people were killed in the quake.", {"250", "At least 800"}),
    ("Dozens of migrants drowned off Libya, and the coastguard said 24 migrants drowned.",
     "Some 70 migrants drowned off Libya.", {"24", "Some 70"}),
])
def test_a_vague_figure_beside_a_precise_one_hides_no_dispute(
        a: str, b: str, disputed: set[str]) -> None:
    """The claim tells one figure twice, vaguely and exactly: the exact one answers the
    other claim's, and disputes it."""
    result = _run(a, b)
    assert result.relation == "conflict"
    assert disputed in _groups(result, "numbers")


def test_two_precise_figures_of_one_measure_stay_disputed_beside_a_vague_one() -> None:
    """"Hundreds" agrees with both, which dispute each other: the dispute is told."""
    result = _run("Hundreds of homes were flooded.",
                  "About 200 homes were flooded, the council said.",
                  "Some 900 houses were flooded, residents said.")
    assert result.relation == "conflict"
    assert {"About 200", "Some 900"} in _groups(result, "numbers")
    assert not any({"About 200", "Some 900"} <= g for g in _groups(result, "numbers_agree"))


@pytest.mark.parametrize(("a", "b"), [
    # a part of the vague count ("including"), not the count told again
    ("Thousands of people fled the fighting, including 2,000 children.",
     "About 9,000 people fled the fighting."),
    ("Tens of thousands of people marched, among them 20,000 people from the suburbs.",
     "Some 90,000 people marched."),
    # no vague figure: two figures of one claim still answer two questions
    ("Global sales fell 0.3 percent, U.S. sales 1.4 percent.", "Sales fell 1.4 percent."),
])
def test_a_part_or_a_second_measure_is_still_no_dispute(a: str, b: str) -> None:
    result = _run(a, b)
    assert "numbers" not in [d.kind for d in result.differences]
    assert result.relation != "conflict"


@pytest.mark.parametrize(("a", "b", "small", "large"), [
    ("The city will give $1,000 rebates to households earning under $60,000.",
     "Households earning less than $60,000 will get rebates of up to $1,000.",
     {"$1,000", "up to $1,000"}, {"under $60,000", "less than $60,000"}),
    ("Under $60,000 a year, families get up to $1,000 back.",
     "Families that earn below $60,000 receive $1,000 back.",
     {"up to $1,000", "$1,000"}, {"Under $60,000", "below $60,000"}),
    ("Rents may rise by up to 3% for tenants paying under 30% of their income.",
     "Tenants paying less than 30% of their income face rises of at most 3%.",
     {"up to 3%", "at most 3%"}, {"under 30%", "less than 30%"}),
    ("Loans of up to $5,000 go to students from families earning below $80,000.",
     "Students whose families make under $80,000 can borrow $5,000.",
     {"up to $5,000", "$5,000"}, {"below $80,000", "under $80,000"}),
])
def test_open_bounds_of_two_sizes_are_paired_by_size(
        a: str, b: str, small: set[str], large: set[str]) -> None:
    result = _run(a, b)
    assert result.relation == "agree"
    groups = _groups(result, "numbers_agree")
    assert small in groups
    assert large in groups


@pytest.mark.parametrize(("a", "b"), [
    # figures of a size on one side: no telling which answers which
    ("Grants of up to $40,000 go to firms with revenue below $50,000.",
     "Firms under $50,000 in revenue get $40,000 grants."),
    # one figure a side of another size: not paired, so not agreeing
    ("Rebates of up to $1,000 are planned.", "Households under $60,000 qualify."),
])
def test_figures_of_one_size_or_alone_are_not_paired_by_size(a: str, b: str) -> None:
    result = _run(a, b)
    for g in _groups(result, "numbers_agree"):
        assert not ({"$40,000", "up to $40,000"} & g and {"below $50,000",
                                                          "under $50,000"} & g)
        assert not ("up to $1,000" in g and "under $60,000" in g)
