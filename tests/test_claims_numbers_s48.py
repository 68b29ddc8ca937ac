"""The claims stage, forty-eighth session: a group's ages told as two decades of life ("in
their 50s and 60s") are one span of ages; an address whose street holds an abbreviation
("12 St. James Street") and a designation ("Room 101", "H.R. 8", "401(k)") are no count; a
span of years whose end is told in two figures ("the 1950-53 war") is years; a wire
headline's update number ("... for Premier (2)") counts nothing; "lay off 5,000" counts
jobs; a tokeniser's spaced hyphen ("a 66 - page complaint") counts pages.  And the near
readings that stay as they were."""

from __future__ import annotations

import pytest
from contrastkit import contrast, parsed

from embeddings.claims import find_numbers
from tests.numberkit import only


def read(sentence: str) -> list[tuple[str, float | None, float | None, str | None, str]]:
    return [(q.text, q.low, q.high, q.unit, q.kind) for q in find_numbers(sentence)]


# --- ages of a group told as decades of life ------------------------------------------------


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("The victims, in their 50s and 60s, were found at home.", 50, 69),
    ("The suspects, in their 20s or 30s, fled on foot.", 20, 39),
    ("Most of the marchers were in their late 50s to early 60s.", 57, 63),
    ("Witnesses described a man in his 40s-50s.", 40, 59),
    ("Two women in their 70s were hurt.", 70, 79),  # one decade, as before
])
def test_two_decades_of_life_are_one_span_of_ages(sentence: str, low: int, high: int) -> None:
    age = next(q for q in find_numbers(sentence) if q.kind == "age")
    assert (age.low, age.high, age.unit) == (low, high, "year")
    # the second decade is no count of anything (the only count is "Two women"'s)
    assert all(q.kind != "count" or q.low == 2 for q in find_numbers(sentence))


def test_a_group_in_their_50s_and_60s_meets_an_age_within_and_disputes_one_outside() -> None:
    group = parsed("wire", "The two victims, in their 50s and 60s, were found at home.")
    within = parsed("site", "The victims, aged 58 and 64, were found at home.")
    outside = parsed("blog", "The victims, in their 30s, were found at home.")
    agreed = contrast(group, within)
    assert agreed.relation == "agree"
    # both ages told fall within the group's span, the 64 as well as the 58
    said = {e["text"] for d in agreed.differences if d.kind == "numbers_agree"
            for e in d.evidence}
    assert {"50s and 60s", "58", "64"} <= said
    assert contrast(group, outside).relation == "conflict"


# --- addresses and designations ----------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "He lived at 12 St. James Street for years.",
    "The office at 400 N. Michigan Avenue was evacuated.",
    "Marchers gathered at 100 Martin Luther King Jr. Boulevard on Sunday.",
    "The president lives at 1600 Pennsylvania Avenue.",
    "Room 101 is where the worst things happen.",
    "Exit 12 was closed after the crash.",
    "H.R. 8 passed the House on Wednesday.",
    "Workers can invest in 401(k) plans.",
    "The group is a 501(c)(3) charity.",
    "The crash closed Route 66 near Flagstaff.",
    "NATO invoked Article 5 after the attacks.",
    "The company filed for Chapter 11 bankruptcy protection.",
    "The Apollo 11 astronauts returned safely.",
])
def test_an_address_or_a_designation_is_no_count(sentence: str) -> None:
    assert [q for q in find_numbers(sentence) if q.kind == "count"] == []


def test_a_count_before_an_address_is_still_read() -> None:
    q = only("About 200 people gathered at 500 St. Paul Street to protest.")
    assert (q.low, q.unit) == (200, "people")
    q = only("Police arrested 12 St. Louis residents.")  # no street: a count of residents
    assert (q.low, q.unit) == (12, "resident")


# --- a span of years told with two figures at its end -------------------------------------


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("North Korea sought a treaty to formally end the 1950 - 53 Korean War.", 1950, 1953),
    ("He starred for the club in the 2019-20 season.", 2019, 2020),
    ("Sales fell in the 1999-00 fiscal year.", 1999, 2000),
])
def test_a_span_of_years_told_short_is_years(sentence: str, low: int, high: int) -> None:
    q = only(sentence)
    assert (q.low, q.high, q.kind) == (low, high, "year")


def test_a_later_figure_below_a_year_stays_no_span() -> None:
    # "2019-15" ends before it starts: no span of years, and no count either
    assert [q for q in find_numbers("The ratio moved 2019-15.") if q.kind == "year"] == []


# --- headlines, lay-offs, tokeniser hyphens -----------------------------------------------


def test_a_wire_headlines_update_number_counts_nothing() -> None:
    assert find_numbers("China Export Decline Shows Growth-Goal Challenge for Premier (2)") == []
    assert read("Goldman Sees 24% China Stocks Rally on Decade-Low Valuations (1)") == [
        ("24%", 24, 24, "percent", "percent")]


@pytest.mark.parametrize("sentence", [
    "Hewlett-Packard to split into two public companies, lay off 5,000",
    "The carmaker laid off about 5,000 last year.",
])
def test_a_lay_off_counts_jobs(sentence: str) -> None:
    q = next(q for q in find_numbers(sentence) if q.low == 5000)
    assert (q.unit, q.kind) == ("job", "count")


def test_a_lay_off_meets_jobs_cut() -> None:
    result = contrast(parsed("wire", "HP will lay off 5,000 this year."),
                      parsed("site", "HP will cut 27,000 jobs this year."))
    clash = next(d for d in result.differences if d.kind == "numbers")
    assert {e["text"] for e in clash.evidence} == {"5,000", "27,000"}
    assert "jobs" in clash.summary


def test_a_laid_off_worker_and_a_counted_noun_keep_their_readings() -> None:
    assert read("HP will lay off 5,000 workers.")[0][3] == "worker"
    assert read("He was laid off 10 days ago.")[0][4] == "duration"


@pytest.mark.parametrize(("sentence", "unit"), [
    ("The 66 - page complaint was filed in New York.", "page"),
    ("A 15 - member panel will review the case.", "member"),
])
def test_a_spaced_hyphen_before_a_counted_noun_is_read_as_a_hyphen(sentence: str,
                                                                   unit: str) -> None:
    q = only(sentence)
    assert (q.low, q.unit, q.kind) == (int(q.text.split()[0]), unit, "count")
