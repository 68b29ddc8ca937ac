"""Figures of one measure under other words, and figures that are no count: jobs cut told as
workers laid off, staff dismissed (no denial), years before 1800, an age after "liberal at",
and the "one" of "one way to"."""

from __future__ import annotations

import pytest
from contrastkit import contrast, kinds, number_kinds, parsed

from embeddings.claims import find_numbers
from embeddings.claims.extractor import SentenceClaimExtractor
from embeddings.types import Article, Claim
from service.contrast import RuleContraster

# --- a job cut is a worker laid off ---------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("HP will lay off 5,000 workers.", "HP will cut 5,000 jobs."),
    ("The bank will shed 3,000 staff.", "The bank will cut 3,000 roles."),
    ("The company will reduce headcount by 5,000.", "The company will lay off 5,000 workers."),
    ("200 staff were let go on Monday.", "The firm eliminated 200 positions on Monday."),
    ("About 5,000 workers will lose their jobs.", "HP will cut 5,000 jobs."),
])
def test_workers_laid_off_agree_with_jobs_cut(a: str, b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert number_kinds(result) == ["numbers_agree"]
    assert "the number of jobs" in result.differences[0].summary


@pytest.mark.parametrize(("a", "b"), [
    ("HP will lay off 5,000 workers.", "HP will cut 27,000 jobs."),
    ("HP will lay off 5,000 people.", "HP will eliminate 27,000 positions."),
    ("The firm fired 200 staff.", "The firm cut 350 jobs."),
])
def test_workers_laid_off_dispute_jobs_cut(a: str, b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert result.relation == "conflict"
    assert number_kinds(result) == ["numbers"]
    assert "the number of jobs" in result.differences[0].summary


@pytest.mark.parametrize(("a", "b"), [
    ("5,000 workers went on strike.", "HP will cut 3,000 jobs."),  # striking, not laid off
    ("HP employs 40,000 workers.", "HP will cut 3,000 jobs."),  # the staff, not the cut
    ("20 workers were killed in the blast.", "The plant will cut 30 jobs."),
    ("HP hired 300 workers.", "HP cut 300 jobs."),  # hired and cut: neither agree nor differ
    ("HP will lay off 5,000 workers.", "HP has 300,000 employees."),
])
def test_other_counts_of_workers_are_no_jobs_cut(a: str, b: str) -> None:
    assert number_kinds(contrast(parsed("x", a), parsed("y", b))) == []


def _extracted(source: str, text: str) -> Claim:
    return SentenceClaimExtractor().extract(Article(id=f"art-{source}", source=source,
                                                    text=text))[0]


@pytest.mark.parametrize(("a", "b"), [
    ("Tesla laid off 40 workers in Berlin.", "No, Tesla has not cut 50 jobs at its Munich plant"),
    ("Tesla cut 40 jobs in Berlin.", "Tesla cut 50 jobs at its Munich plant."),
])
def test_jobs_of_two_places_are_no_dispute(a: str, b: str) -> None:
    result = RuleContraster().contrast([_extracted("x", a), _extracted("y", b)])
    assert result.relation == "agree"


def test_jobs_of_one_place_are_disputed() -> None:
    result = RuleContraster().contrast([
        _extracted("x", "Amazon will cut 500 jobs at its Seattle headquarters."),
        _extracted("y", "Amazon will lay off 800 workers at its Seattle headquarters.")])
    assert number_kinds(result) == ["numbers"]


@pytest.mark.parametrize(("a", "b"), [
    ("The company dismissed 200 workers.", "The company hired 200 workers."),
    ("HP will cut 300 jobs.", "HP will create 300 jobs."),
])
def test_people_hired_and_laid_off_are_no_agreement(a: str, b: str) -> None:
    assert number_kinds(contrast(parsed("x", a), parsed("y", b))) == []


def test_people_laid_off_in_two_words_still_agree() -> None:
    result = contrast(parsed("x", "The company dismissed 200 workers."),
                      parsed("y", "The company fired 200 workers."))
    assert number_kinds(result) == ["numbers_agree"]


# --- staff dismissed deny nothing ----------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("Fifty workers were hired last year.",
     "The company hired 50 workers and dismissed them in May."),
    ("Three employees complained about safety.", "The company dismissed them from their jobs."),
    ("The guards were found asleep on duty.",
     "After the guards were found asleep, the warden dismissed them."),
])
def test_staff_dismissed_is_no_denial(a: str, b: str) -> None:
    assert "contradiction" not in kinds(contrast(parsed("x", a), parsed("y", b)))


@pytest.mark.parametrize(("a", "b"), [
    ("The report said sales fell.", "The company dismissed the report."),
    ("Officials said the reports of a cover-up were true.",
     "Asked about the reports, the minister dismissed them."),
    ("The allegations of bribery were made by two aides.",
     "Officials were asked about the allegations and dismissed them."),
])
def test_statements_dismissed_stay_denials(a: str, b: str) -> None:
    assert contrast(parsed("x", a), parsed("y", b)).relation == "conflict"


# --- years before 1800 -----------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "year"), [
    ("The Ottomans besieged Vienna in 1683.", 1683),
    ("The city fell in the 1453 conquest.", 1453),
    ("The border has stood since 1648.", 1648),
    ("The 1648 Peace of Westphalia ended the war.", 1648),
    ("The town, founded in 1147, grew fast.", 1147),
    ("Pompeii was buried in AD 79.", 79),
])
def test_years_before_1800_are_years(sentence: str, year: int) -> None:
    assert [(q.kind, q.low) for q in find_numbers(sentence)] == [("year", year)]


@pytest.mark.parametrize(("sentence", "unit"), [
    ("Floods reached 1500 homes.", "home"),
    ("The club has 1500 members.", "member"),
    ("Shares fell by 1500 points.", "point"),
    ("Police counted a total of 1200.", None),
    ("The index passed the 1500 mark.", "mark"),
    ("The reform reached 1500 of the 2000 schools.", None),
    ("This is just one of 1500.", None),
    ("Shares were down 1.5 percent by 1420 GMT.", "gmt"),
])
def test_early_figures_that_count_stay_counts(sentence: str, unit: str | None) -> None:
    assert next((q.kind, q.unit) for q in find_numbers(sentence)
                if q.kind != "percent") == ("count", unit)


def test_two_dates_of_two_sieges_are_no_count_dispute() -> None:
    result = contrast(parsed("x", "The Ottomans besieged Vienna in 1683."),
                      parsed("y", "The Ottomans first besieged Vienna in 1529."))
    assert not any("number of" in d.summary or "the figure" in d.summary
                   for d in result.differences)


# --- an age after "at", and "one way" -------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "If you are not a liberal at 20, you have no heart.",
    "She married at 19.",
    "He became a millionaire at 25.",
    "He retired at 65 in 2010.",
])
def test_what_someone_was_at_a_figure_is_an_age(sentence: str) -> None:
    assert [q.kind for q in find_numbers(sentence) if q.kind != "year"] == ["age"]


@pytest.mark.parametrize("sentence", [
    "Shares were trading at 20.", "The rate was capped at 20.", "Turnout stood at 20."])
def test_a_level_at_a_figure_is_no_age(sentence: str) -> None:
    assert [q.kind for q in find_numbers(sentence)] == ["count"]


def test_an_age_at_20_is_no_count_of_20() -> None:
    result = contrast(parsed("x", "Smith was a liberal at 20."),
                      parsed("y", "Smith backed 20 candidates."))
    assert number_kinds(result) == []


@pytest.mark.parametrize("sentence", [
    "One way to cut costs is to merge.", "There is only one way out.",
    "The deal will go through one way or another.", "The best one way to win is to score."])
def test_one_way_counts_no_ways(sentence: str) -> None:
    assert find_numbers(sentence) == []


def test_ways_in_the_plural_stay_counted() -> None:
    assert [(q.low, q.unit) for q in find_numbers("There are two ways to do it.")] == [
        (2, "way")]
    result = contrast(parsed("x", "One way to cut costs is to merge."),
                      parsed("y", "Two ways to cut costs were proposed."))
    assert number_kinds(result) == []
