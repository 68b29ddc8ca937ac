"""The contrast stage on figures over time: days, years, periods, ages, the story moving on."""

from __future__ import annotations

import pytest
from contrastkit import claim, contrast, kinds, number_kinds, parsed, qty, reported
from figurekit import _figures

from embeddings.types import Claim


def test_figures_of_reports_of_different_days_are_the_story_moving_on() -> None:
    result = contrast(
        reported("Ledger", "Thirty-one people died when the ferry sank.", "2026-03-03", cid=1),
        reported("Herald", "Fourteen people died when the ferry sank.", "2026-03-02T08:00:00Z",
                 cid=2))
    assert result.relation == "agree"
    (changed,) = [d for d in result.differences if d.kind.startswith("numbers")]
    assert changed.kind == "numbers_changed" and not changed.conflict
    # told in the order of the days, each figure with its date
    assert changed.summary.index("fourteen") < changed.summary.index("thirty-one")
    assert "2026-03-02" in changed.summary and "2026-03-03" in changed.summary
    assert {e["published"] for e in changed.evidence} == {"2026-03-02", "2026-03-03"}
    assert result.summary == changed.summary  # not "sources agree on the facts"
    assert changed.summary.startswith("Reports of different days give")


@pytest.mark.parametrize(("a", "b", "times"), [
    ("The death toll from the floods rose to 45 on Tuesday.",
     "The death toll from the floods was 30 on Monday.", ("on Monday", "on Tuesday")),
    ("Inflation in the euro zone hit 9.1% in October 2022.",
     "Inflation in the euro zone was 2.9% in 2023.", ("in 2022", "in 2023")),
    ("About 50,000 people marched against the reform on Saturday.",
     "Police said 20,000 people marched against the reform on Sunday.",
     ("on Saturday", "on Sunday")),
])
def test_figures_of_two_times_the_claims_name_are_no_dispute(a: str, b: str,
                                                             times: tuple[str, str]) -> None:
    # undated reports, but each claim names its time: a toll, a rate, a crowd at two times
    result = contrast(parsed("Ledger", a), parsed("Herald", b))
    assert result.relation == "agree", result.summary
    (changed,) = [d for d in result.differences if d.kind.startswith("numbers")]
    assert changed.kind == "numbers_changed" and not changed.conflict
    summary = changed.summary
    assert summary.index(times[0]) < summary.index(times[1]), summary  # in the order of times


@pytest.mark.parametrize(("a", "b"), [
    # a time both name: the figures are of one time
    ("On Tuesday, officials said 29 people died in Saturday's attack.",
     "Saturday's attack killed 35 people, the ministry said."),
    ("Inflation in the euro zone hit 9.1% in 2022.", "Inflation in the euro zone hit 8% in 2022."),
    # a year is itself the figure: two years for one start are a dispute
    ("The war in the region began in 2020.", "The war in the region began in 2021."),
])
def test_figures_of_one_time_still_disagree(a: str, b: str) -> None:
    result = contrast(parsed("Ledger", a), parsed("Herald", b))
    assert result.relation == "conflict", result.summary
    assert "numbers" in kinds(result)


def test_one_rate_of_two_times_is_no_agreement() -> None:
    # 3% in March and 3% in April are two figures, not two outlets agreeing on one
    result = contrast(parsed("Ledger", "Consumer prices rose 3% in March."),
                      parsed("Herald", "Consumer prices rose 3% in April."))
    assert not any(d.kind == "numbers_agree" for d in result.differences), result.summary
    # a count of one event agrees whatever else each sentence dates
    result = contrast(
        parsed("Ledger", "Trump pledged the ban after a gunman killed 58 people at a festival "
                         "in October 2017."),
        parsed("Herald", "The ban took effect in March 2019, after a gunman killed 58 people "
                         "at a festival."))
    assert any(d.kind == "numbers_agree" for d in result.differences), result.summary


@pytest.mark.parametrize("later", [
    "No deaths have been reported in the ferry sinking, the coast guard said.",
    "Nine people died when the ferry sank.",
])
def test_fewer_dead_in_a_later_report_is_a_dispute_not_the_story_moving_on(later: str) -> None:
    # a toll rises as a story goes on; the dead do not come back ("no deaths" counts them)
    result = contrast(
        reported("Herald", "At least 14 people died when the ferry sank.", "2026-03-02", cid=1),
        reported("Ledger", later, "2026-03-03", cid=2))
    assert result.relation == "conflict", result.summary
    (dispute,) = [d for d in result.differences if d.kind.startswith("numbers")]
    assert dispute.kind == "numbers" and "who died" in dispute.summary, dispute.summary


def test_figures_of_reports_years_apart_say_how_far_apart() -> None:
    # half of 140,000 displaced in 2020, more than 100k in 2023: two wars, not one count
    result = contrast(
        reported("Paper", "Half of the 140,000 inhabitants have been displaced.", "2020-10-09",
                 cid=1),
        reported("Blog", "More than 100k inhabitants have been displaced.", "2023-11-30", cid=2))
    (changed,) = [d for d in result.differences if d.kind == "numbers_changed"]
    assert changed.summary.startswith("Reports 3 years apart give"), changed.summary


@pytest.mark.parametrize(("day_a", "day_b"), [
    ("2026-03-03", "2026-03-03"),  # one day: a dispute
    ("2026-03-03", None),  # one report without a date: it may be the same day
])
def test_figures_of_one_day_or_of_an_unknown_day_still_disagree(day_a: str,
                                                                day_b: str | None) -> None:
    result = contrast(
        reported("Ledger", "Thirty-one people died when the ferry sank.", day_a, cid=1),
        reported("Post", "Twenty people died when the ferry sank.", day_b, cid=2))
    assert result.relation == "conflict"
    assert number_kinds(result) == ["numbers"]


def test_an_age_does_not_move_between_reports() -> None:
    result = contrast(
        reported("Ledger", "The reform raises the retirement age from 62 to 64.", "2026-05-02",
               cid=1),
        reported("Post", "The reform raises the retirement age to 65.", "2026-05-03", cid=2))
    assert result.relation == "conflict"
    assert result.summary.startswith("Sources disagree on the age:"), result.summary


def test_a_year_does_not_move_between_reports() -> None:
    result = contrast(
        reported("Ledger", "The ferry was built in 1998.", "2026-03-03", cid=1),
        reported("Post", "The ferry was built in 2004.", "2026-03-05", cid=2))
    assert result.relation == "conflict"


def test_one_voice_whose_figure_moved_between_days_is_shown() -> None:
    result = contrast(
        reported("Herald", "Fourteen people died, the coast guard said.", "2026-03-02",
               speaker="coast guard", cid=1),
        reported("Herald", "Thirty-one people died, the coast guard said.", "2026-03-03",
               speaker="coast guard", cid=2))
    assert result.relation == "agree"
    assert [d.kind for d in result.differences] == ["numbers_changed"]
    # the same words on two days repeat the claim: nothing to show
    same = contrast(
        reported("Herald", "Fourteen people died, the coast guard said.", "2026-03-02",
               speaker="coast guard", cid=1),
        reported("Herald", "Fourteen people died, the coast guard said.", "2026-03-03",
               speaker="coast guard", cid=2))
    assert same.differences == ()


def test_years_and_counts_are_never_compared() -> None:
    a = "The 2020 war displaced thousands."
    b = "29 people were displaced in the war."
    result = contrast(
        claim("outlet-a", a, numbers=(qty(a, "2020", 2020, 2020, kind="year"),)),
        claim("outlet-b", b, numbers=(qty(b, "29", 29, 29, "people"),)))
    assert not [k for k in kinds(result) if k.startswith("numbers")]
    assert result.relation == "agree"


def test_different_years_of_the_same_kind_disagree() -> None:
    a = "The ceasefire was signed in 2020."
    b = "The ceasefire was signed in 2022."
    result = contrast(claim("outlet-a", a, numbers=(qty(a, "2020", 2020, 2020, kind="year"),)),
                      claim("outlet-b", b, numbers=(qty(b, "2022", 2022, 2022, kind="year"),)))
    assert result.relation == "conflict"
    assert "numbers" in kinds(result)


@pytest.mark.parametrize(("a", "b"), [
    ("Flynn was fired on Feb. 13, 2017.", "Flynn was ousted in February 2017."),
    ("The dinner took place on Jan. 27.", "The dinner took place on Jan. 27, 2017."),
])
def test_a_date_is_compared_at_the_precision_both_sides_give(a: str, b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert result.relation == "agree"
    assert "numbers_agree" in kinds(result)


def test_ages_are_compared_with_ages_not_with_counts() -> None:
    from embeddings.claims.numbers import find_numbers

    def numbered(source: str, text: str) -> Claim:
        return claim(source, text, numbers=tuple(find_numbers(text)))

    age_and_count = contrast(
        numbered("x", "People 65 and over should get the high-dose flu vaccine, the clinic said."),
        numbered("y", "About 35,000 people die from the flu each year, the clinic said."))
    assert "numbers" not in kinds(age_and_count)
    two_ages = contrast(numbered("x", "Police arrested a 35-year-old man near the station."),
                        numbered("y", "A 36-year-old man was arrested near the station."))
    clash = next(d for d in two_ages.differences if d.kind == "numbers")
    assert "age" in clash.summary


def test_a_rounded_count_reported_on_two_days_is_not_a_change() -> None:
    result = contrast(reported("wire", "Holm won 54.2% of the vote, the commission said.",
                               "2026-05-11"),
                      reported("site", "The commission said Holm had won 54% of the votes.",
                               "2026-05-12"))
    assert result.relation == "agree", result.summary
    assert "numbers_changed" not in kinds(result), result.summary


@pytest.mark.parametrize("later", [
    "Tens of thousands of people protested against the pension reform on Saturday.",
    "About 40,000 people demonstrated against the pension reform.",
])
def test_a_crowd_counted_again_the_next_day_is_a_dispute_not_a_change(later: str) -> None:
    # how many came to a march that is over does not move as the story goes on, whether
    # the outlet says they marched, protested or demonstrated
    result = contrast(
        reported("Herald", "About 8,000 people marched against the pension reform on Saturday, "
                           "police said.", "2026-11-14"),
        reported("Wire", later, "2026-11-15"))
    assert "numbers_changed" not in kinds(result), result.summary
    assert result.relation == "conflict" and "numbers" in kinds(result), result.summary
    # the people arrested at a protest are no count of those who came
    result = contrast(
        reported("Herald", "About 8,000 people protested against the reform.", "2026-11-14"),
        reported("Wire", "Police arrested 12 protesters at the protest.", "2026-11-15"))
    assert not any(d.kind.startswith("numbers") for d in result.differences), result.summary


@pytest.mark.parametrize(("first", "then", "kind"), [
    # the injured only grow in number: fewer a day later is a dispute, not news
    ("Eleven people were treated for minor injuries.", "No one was injured, the airline said.",
     "numbers"),
    ("Twelve people were injured in the blast.", "Four people were injured in the blast.",
     "numbers"),
    ("Twelve people were injured in the blast.", "Fifteen people were injured in the blast.",
     "numbers_changed"),
    # those in hospital leave it
    ("Twelve people were in hospital on Monday.", "Four people were in hospital on Tuesday.",
     "numbers_changed"),
])
def test_a_count_of_injured_that_falls_a_day_later_is_disputed(first: str, then: str,
                                                                kind: str) -> None:
    result = contrast(reported("Ledger", first, "2026-03-02", cid=1),
                      reported("Herald", then, "2026-03-03", cid=2))
    assert kind in kinds(result), result.summary


@pytest.mark.parametrize(("a", "b", "relation", "kind"), [
    # a change over one span is no answer to a change over another
    ("Sales rose 5% year on year.", "Sales rose 2% quarter on quarter.", "agree", None),
    ("Shares fell 3% on Monday.", "Shares have fallen 20% this year.", "agree", None),
    ("The stock is up 50% since January.", "The stock is up 12% in the past month.", "agree",
     None),
    # over one span, or where a side names none, the figures are still compared
    ("Sales rose 5% year on year.", "Sales rose 8% from a year earlier.", "conflict",
     "numbers"),
    ("So far this year, shares have lost 20%.", "Shares are down 25% this year.", "conflict",
     "numbers"),
    # "next year" counts nothing: the second figure counts the first one's people
    ("The firm will hire 300 people this year and 500 next year.",
     "The firm will hire 500 people next year.", "agree", "numbers_agree"),
])
def test_changes_over_other_spans_and_counts_of_other_times(a: str, b: str, relation: str,
                                                            kind: str | None) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert result.relation == relation
    assert number_kinds(result) == ([kind] if kind else [])


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # figures of two quarters, and the years that date two years' sales
    ("Sales rose 4% in the first quarter.", "Sales rose 9% in the second quarter.", False),
    ("Orvell posted a first-quarter profit of $2 billion.",
     "Orvell posted a second-quarter profit of $3 billion.", False),
    ("The company sold 2 million cars in 2022.", "The company sold 3 million cars in 2023.",
     False),
    # one period, and a year that dates nothing else, are still disputed
    ("Sales rose 4% in the first quarter.", "Sales rose 9% in the first quarter.", True),
    ("The plant opened in 1998.", "The plant opened in 2004.", True),
])
def test_figures_of_two_periods_are_no_dispute(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


@pytest.mark.parametrize(("early", "late", "kind"), [
    # a figure of a period both name is settled: the next day's other figure disputes it
    ("The shares dropped more than 10 percent on Tuesday.", "Its stock lost 9% on Tuesday.",
     "numbers"),
    ("Annual inflation eased to 3.2% in October from 3.5% in September.",
     "Inflation fell to 3.4% in October.", "numbers"),
    ("Norvik reported revenue of $1.2bn for the third quarter.",
     "Norvik posted revenue of $1.5bn in the third quarter.", "numbers"),
    # a toll of a day both name still rises as the dead are found, and a figure of no named
    # time may have moved
    ("29 people died in Saturday's attack.", "35 people died in Saturday's attack.",
     "numbers_changed"),
    ("Inflation stands at 3.2%.", "Inflation stands at 3.4%.", "numbers_changed"),
])
def test_a_figure_of_a_named_period_does_not_change_from_day_to_day(early: str, late: str,
                                                                   kind: str) -> None:
    result = contrast(reported("Econ Wire", early, "2026-11-12", cid=1),
                      reported("Money Post", late, "2026-11-13", cid=2))
    assert kind in kinds(result), result.summary
    assert {"numbers", "numbers_changed"} - {kind} - set(kinds(result)), result.summary


def test_a_figure_already_told_the_day_before_is_the_dispute_going_on() -> None:
    """40% and "nearly half" on one day, "about 40 percent" the next: one dispute, no
    change from "nearly half" to 40%."""
    result = contrast(
        reported("Health News", "The drug reduced the risk of death by 40%.", "2026-09-03", cid=1),
        reported("Science Daily", "The drug cut deaths by nearly half.", "2026-09-03", cid=2),
        reported("City Post", "The drug lowered the risk of dying by about 40 percent.",
                 "2026-09-04", cid=3))
    assert kinds(result).count("numbers") == 1 and "numbers_changed" not in kinds(result), \
        result.summary
    clash = next(d for d in result.differences if d.kind == "numbers")
    assert {e["source"] for e in clash.evidence} == {"Health News", "Science Daily", "City Post"}


def test_a_toll_told_higher_the_next_day_is_still_a_change() -> None:
    result = contrast(
        reported("A", "29 people died in the fire.", "2026-09-03", cid=1),
        reported("B", "Twenty-nine people died in the fire.", "2026-09-03", cid=2),
        reported("C", "Thirty-five people died in the fire.", "2026-09-04", cid=3))
    assert "numbers_changed" in kinds(result) and "numbers" not in kinds(result), result.summary


def test_a_count_disputed_on_its_day_is_one_dispute_the_next_day() -> None:
    """45 in hospital in one outlet, 60 in another on Monday, 45 again on Tuesday: the
    dispute going on, told once with its three voices, not also a count that fell."""
    result = contrast(
        reported("Health News", "Hospitals have admitted 45 patients.", "2026-09-03", cid=1),
        reported("Science Daily", "Some 60 people have been hospitalised.", "2026-09-03",
                 cid=2),
        reported("City Post", "Forty-five people are in hospital, officials said.",
                 "2026-09-04", cid=3))
    found = _figures(result)
    assert list(found) == ["numbers"], found
    assert "City Post" in found["numbers"] and "60" in found["numbers"], found


@pytest.mark.parametrize(("texts", "kinds_found"), [
    # no voice gave Tuesday's figure on Monday: the count moved
    ((("A", "Some 60 people are in hospital.", "2026-03-02"),
      ("B", "Forty-five people are in hospital.", "2026-03-03")), ["numbers_changed"]),
    # Monday's two figures agreed (a bound holds the later one): the toll rose
    ((("A", "At least 29 people were killed in the blast.", "2026-03-02"),
      ("B", "The blast killed 35 people.", "2026-03-02"),
      ("C", "The blast killed 41 people, officials said.", "2026-03-03")),
     ["numbers_changed", "numbers_agree"]),
    # told on Monday, lower on Tuesday, as on Monday again on Wednesday: it moved each day
    ((("A", "Some 60 people are in hospital.", "2026-03-01"),
      ("B", "Forty-five people are in hospital.", "2026-03-02"),
      ("C", "Some 60 people are in hospital.", "2026-03-03")),
     ["numbers_changed", "numbers_agree"]),
])
def test_a_count_that_moved_is_still_a_change(texts: tuple[tuple[str, str, str], ...],
                                              kinds_found: list[str]) -> None:
    result = contrast(*(reported(src, text, day, cid=i) for i, (src, text, day)
                        in enumerate(texts, 1)))
    assert list(_figures(result)) == kinds_found, _figures(result)


def test_a_result_told_on_two_days_is_disputed_not_changed() -> None:
    """A quarter's result is reported once the quarter is over: a loss one day and a profit
    the next is a dispute, and the year-earlier profit beside the loss is no answer."""
    found = _figures(contrast(
        reported("Market Wire", "The carmaker swung to a net loss of $85 million, compared "
                 "with a profit of $40 million a year earlier.", "2026-10-21", cid=1),
        reported("The Ledger", "The carmaker reported a profit of $20 million for the "
                 "quarter.", "2026-10-22", cid=2)))
    assert list(found) == ["numbers"], found
    assert "$40 million" not in found["numbers"], found


@pytest.mark.parametrize(("a", "b"), [
    # a time word in the subject names which of two events of one kind each counts
    ("The morning protest drew 5,000 people.", "The evening protest drew 20,000 people."),
    ("The afternoon rally drew 3,000 people.", "The evening rally drew 8,000 people."),
    ("Evening protests drew 400 people, police said.",
     "Morning protests drew 900 people, police said."),
    ("Last year's march drew 5,000 people.", "This year's march drew 20,000 people."),
    ("Saturday night's concert drew 5,000 fans.", "Sunday night's concert drew 9,000 fans."),
    ("Saturday's protest drew 5,000 people.", "Sunday's protest drew 20,000 people."),
    ("The first protest drew 5,000 people.", "The second protest drew 20,000 people."),
    ("A Wednesday morning rally drew 300 people.", "A Wednesday evening rally drew 900 people."),
])
def test_counts_of_two_events_a_time_word_names_are_no_dispute(a: str, b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert "numbers" not in kinds(result), result.summary
    assert result.relation != "conflict", result.summary


@pytest.mark.parametrize(("a", "b", "what"), [
    # one event (the time told after the count, or the same in both) still disputed
    ("Police said 5,000 joined the march on Saturday.",
     "Organisers said 20,000 joined the march on Saturday.", "the number of people who took part"),
    ("The Saturday protest drew 5,000 people.", "Saturday's protest drew 20,000 people.",
     "the number of people who took part"),
    ("The evening protest drew 5,000 people, police said.",
     "Organisers said 20,000 people joined the evening protest.",
     "the number of people who took part"),
    # a time word on one side only may name the other's event
    ("The protest drew 5,000 people.", "The evening protest drew 20,000 people.",
     "the number of people who took part"),
    # when each voice spoke, not which march it counted
    ("Police said on Saturday morning that 5,000 people joined the march.",
     "Organisers said on Saturday evening that 20,000 people joined the march.",
     "the number of people who took part"),
    # a paper's name, a time told as when, a report of the event: no two events
    ("The Evening Standard said 5 people died.", "The Morning Star said 8 people died.",
     "the number of people who died"),
    ("The morning report said 5 people died.", "The evening report said 8 people died.",
     "the number of people who died"),
])
def test_counts_of_one_event_with_time_words_still_disagree(a: str, b: str, what: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert result.relation == "conflict", result.summary
    numbers = next(d for d in result.differences if d.kind == "numbers")
    assert f"disagree on {what}" in numbers.summary, numbers.summary
