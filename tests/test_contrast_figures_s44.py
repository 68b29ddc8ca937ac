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
