"""The contrast on figures: a whole counted under one part's name, and the counts of
different things that stay apart (session 44)."""

from __future__ import annotations

import pytest
from contrastkit import contrast, parsed


def _numbers(a: str, b: str) -> tuple[str, list[str], list[str]]:
    result = contrast(parsed("outlet-a", a), parsed("outlet-b", b))
    found = [d for d in result.differences if d.kind.startswith("numbers")]
    return result.relation, [d.kind for d in found], [d.summary for d in found]


@pytest.mark.parametrize(("a", "b"), [
    # NewsWCL50 tune: Fox lists the archive's parts, HuffPost counts the whole as "files"
    ("Netanyahu said the files were moved to a secret location in Tehran and contained "
     "materials spread over 55,000 pages and 55,000 files on 183 CD's.",
     "100,000 secret files prove it did."),
    ("The archive holds 40,000 letters and 20,000 photographs.",
     "The archive holds 60,000 photographs."),
    ("The ship carried 300 cars, 150 trucks and 20 buses.",
     "The ship carried 480 trucks to the port."),
])
def test_a_whole_counted_under_one_parts_name_is_no_dispute(a: str, b: str) -> None:
    relation, kinds, _ = _numbers(a, b)
    assert "numbers" not in kinds
    assert relation != "conflict"


@pytest.mark.parametrize(("a", "b", "summary"), [
    # far from the parts' sum: the other count answers the part, and disputes it
    ("The army lost 40 tanks and 12 trucks in the battle.",
     "The army lost 20 trucks in the battle.", "number of trucks: outlet-a says 12"),
    # no list on either side: one count of files against another
    ("The leaked archive holds 55,000 files.", "The leaked archive holds 100,000 files.",
     "number of files"),
    ("29 people died in the fire.", "32 people died in the fire.", "people who died"),
    ("The deal was worth $5 million.", "The deal was worth $7 million.", "the amount"),
    # people listed by role are answered by their own counts, not summed
    ("Three soldiers and 12 civilians were killed in the attack.",
     "Fifteen civilians were killed in the attack.", "civilians"),
])
def test_counts_of_one_thing_still_disagree(a: str, b: str, summary: str) -> None:
    relation, kinds, summaries = _numbers(a, b)
    assert relation == "conflict"
    assert "numbers" in kinds
    assert any(summary in s for s in summaries)


@pytest.mark.parametrize(("a", "b"), [
    ("Investigators pored over 55,000 pages of documents.", "Iran hid 100,000 secret files."),
    ("The museum owns 3,000 paintings.", "The museum owns 9,000 sculptures."),
])
def test_counts_of_two_different_things_are_not_one_measure(a: str, b: str) -> None:
    relation, kinds, _ = _numbers(a, b)
    assert kinds == []
    assert relation != "conflict"


def test_people_and_a_people_by_name_stay_one_measure() -> None:
    """"people" and "Armenians" count people: they may agree (never made different things)."""
    relation, kinds, _ = _numbers("About 100,000 people fled the region.",
                                  "About 100,000 Armenians fled the region.")
    assert relation == "agree"
    assert kinds == ["numbers_agree"]


@pytest.mark.parametrize(("a", "b", "agreed", "not_agreed"), [
    # BABE tune: the amount cancelled and the income under which it is: two measures
    ("She rolled out a plan to cancel $50,000 in student loan debt for borrowers with "
     "household incomes below $100,000, with some relief for incomes between $100,000 and "
     "$250,000.",
     "Her proposal would eliminate up to $50,000 in student loan debt for every person with "
     "a household income of less than $100,000.",
     {"$50,000", "up to $50,000"}, {"between $100,000 and $250,000"}),
    ("The plan caps rent rises at 3% for tenants paying less than 10% of income.",
     "Rents may rise by up to 3% for tenants paying under 10% of their income.",
     {"3%", "up to 3%"}, {"less than 10%", "under 10%"}),
    ("The fund will pay out 40,000 grants to farms with fewer than 500 cows.",
     "The fund pays up to 40,000 grants to farms with fewer than 500 cows.",
     {"40,000", "up to 40,000"}, set()),
])
def test_an_open_bound_agrees_with_the_figure_it_answers_only(
        a: str, b: str, agreed: set[str], not_agreed: set[str]) -> None:
    result = contrast(parsed("outlet-a", a), parsed("outlet-b", b))
    assert result.relation == "agree"
    groups = [{str(e["text"]) for e in d.evidence} for d in result.differences
              if d.kind == "numbers_agree"]
    assert agreed in groups  # told as one agreement, not merged with the other measure
    assert not any(g & not_agreed and g & agreed for g in groups)


@pytest.mark.parametrize(("a", "b", "figures"), [
    # one figure a side: an open bound still agrees with what it holds
    ("Fewer than 100 people attended the rally.", "About 80 people attended the rally.",
     {"Fewer than 100", "About 80"}),
    ("The storm caused more than $2 billion in damage.",
     "The storm caused $2.5 billion in damage.", {"more than $2 billion", "$2.5 billion"}),
])
def test_a_lone_open_bound_still_agrees(a: str, b: str, figures: set[str]) -> None:
    result = contrast(parsed("outlet-a", a), parsed("outlet-b", b))
    assert result.relation == "agree"
    groups = [{str(e["text"]) for e in d.evidence} for d in result.differences
              if d.kind == "numbers_agree"]
    assert figures in groups


def test_open_bounds_of_two_measures_are_never_told_as_one_agreement() -> None:
    """Where the words do not say which figure answers which, nothing is told agreed,
    rather than the rebate and the income as one figure."""
    result = contrast(
        parsed("outlet-a", "The city will give $1,000 rebates to households earning under "
                           "$60,000."),
        parsed("outlet-b", "Households earning less than $60,000 will get rebates of up to "
                           "$1,000."))
    assert result.relation == "agree"
    for d in result.differences:
        texts = {str(e["text"]) for e in d.evidence}
        assert not ({"$1,000", "up to $1,000"} & texts and {"under $60,000",
                                                             "less than $60,000"} & texts)
