"""The contrast stage on figures: intervals, units, counts of what befell whom, tolls, days."""

from __future__ import annotations

import re

import pytest
from contrastkit import claim, contrast, ent, kinds, parsed, qty, reported

from embeddings.types import Claim, Contrast, Quantity
from service.contrast.intervals import overlap


def test_overlapping_intervals_are_said_as_agreement() -> None:
    a = "More than 100k people had to leave their homes."
    b = "Between 100,000 and 120,000 residents moved away from the region."
    result = contrast(
        claim("outlet-a", a, cid=1, numbers=(qty(a, "More than 100k", 100_000, None, "people"),)),
        claim("outlet-b", b, cid=2, numbers=(qty(b, "100,000 and 120,000", 100_000, 120_000),)))
    assert result.relation == "agree"
    agree = next(d for d in result.differences if d.kind == "numbers_agree")
    assert not agree.conflict
    assert "agree" in agree.summary.lower()
    assert {e["text"] for e in agree.evidence} == {"More than 100k", "100,000 and 120,000"}
    # the summary is running text; the evidence keeps the claim's own characters
    assert "says more than 100k" in agree.summary


def test_disagreeing_numbers_are_a_conflict_with_both_values() -> None:
    a = "The fire killed 29 people, officials said."
    b = "Forty people died in the fire."
    result = contrast(
        claim("outlet-a", a, cid=1, offset=100,
              numbers=(qty(a, "29", 29, 29, "people", offset=100),)),
        claim("outlet-b", b, cid=2, numbers=(qty(b, "Forty", 40, 40, "people"),)))
    assert result.relation == "conflict"
    clash = next(d for d in result.differences if d.kind == "numbers")
    assert clash.conflict
    rows = {(e["source"], e["text"]) for e in clash.evidence}
    assert rows == {("outlet-a", "29"), ("outlet-b", "Forty")}
    assert "says 29" in clash.summary and "says forty" in clash.summary  # running text
    row = next(e for e in clash.evidence if e["source"] == "outlet-a")
    assert (row["start"], row["end"]) == (100 + a.index("29"), 100 + a.index("29") + 2)


def test_people_counted_under_other_nouns_are_compared() -> None:
    """"people", "inhabitants", "residents" all count people: 70,000 is not "more than 100k"."""
    a = "The operation forced more than 100k people to leave their homes."
    b = "Half of the 140,000 inhabitants of the region have been displaced."
    result = contrast(
        claim("outlet-a", a, cid=1, numbers=(qty(a, "more than 100k", 100_000, None, "people"),)),
        claim("outlet-b", b, cid=2,
              numbers=(qty(b, "Half of the 140,000", 70_000, 70_000, "inhabitant"),)))
    assert result.relation == "conflict"
    clash = next(d for d in result.differences if d.kind == "numbers")
    assert "number of people" in clash.summary
    assert {e["text"] for e in clash.evidence} == {"more than 100k", "Half of the 140,000"}


@pytest.mark.parametrize(("figure", "low", "high", "relation", "kind"), [
    ("100,000-120,000", 100_000, 120_000, "agree", "numbers_agree"),
    ("5", 5, 5, "agree", None),  # the five may be among the hundred thousand: no dispute
])
def test_a_named_people_may_agree_with_people_but_never_disputes_them(
        figure: str, low: float, high: float, relation: str, kind: str | None) -> None:
    a = "More than 100k people had to leave their homes."
    b = f"Ramaswamy said {figure} Armenians had to leave their homes."
    result = contrast(
        claim("outlet-a", a, cid=1, numbers=(qty(a, "More than 100k", 100_000, None, "people"),)),
        claim("outlet-b", b, cid=2, numbers=(qty(b, figure, low, high, "armenian"),)))
    assert result.relation == relation
    found = [d.kind for d in result.differences if d.kind.startswith("numbers")]
    assert found == ([kind] if kind else [])


@pytest.mark.parametrize(("a", "b", "relation", "kind"), [
    # people counted by role: they may be the people counted, but need not be all of them
    ("At least 20 people were detained.", "Police detained 20 rioters.", "agree",
     "numbers_agree"),
    ("Police detained 20 people.", "More than 60 protesters were arrested.", "agree", None),
    # one role against itself is one count
    ("Police detained 20 rioters.", "Police detained 60 rioters.", "conflict", "numbers"),
])
def test_people_counted_by_role(a: str, b: str, relation: str, kind: str | None) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert result.relation == relation
    assert [d.kind for d in result.differences if d.kind.startswith("numbers")] == \
        ([kind] if kind else [])


def test_one_voice_quoted_with_two_figures_by_two_outlets_is_shown() -> None:
    from embeddings.claims.numbers import find_numbers

    def said(source: str, text: str) -> Claim:
        return claim(source, text, speaker="health ministry", numbers=tuple(find_numbers(text)))

    result = contrast(said("Daily", "At least 12 people have died, the health ministry said."),
                      said("Tribune", "The health ministry said nine people had died."))
    numbers = [d for d in result.differences if d.kind == "numbers"]
    assert result.relation == "conflict" and len(numbers) == 1
    assert "(in Daily)" in numbers[0].summary and "(in Tribune)" in numbers[0].summary


def test_one_voice_reported_alike_by_two_outlets_is_told_as_such() -> None:
    from embeddings.claims.numbers import find_numbers

    def said(source: str, text: str) -> Claim:
        return claim(source, text, speaker="police", numbers=tuple(find_numbers(text)))

    result = contrast(said("Tribune", "Police said the march was peaceful."),
                      said("Post", "The march was peaceful, according to police."))
    assert result.relation == "agree" and result.differences == ()
    assert result.summary == "Only the police make this claim, as Post and Tribune report it."
    # figures that are not one figure, as each outlet gives them; one figure twice is nothing
    result = contrast(said("Tribune", "Police said 38,000 people took part in the march."),
                      said("Post", "Around 40,000 people took part, according to police."))
    assert result.relation == "agree"
    assert [d.kind for d in result.differences] == ["numbers_agree"]
    assert "(in Tribune)" in result.summary and "(in Post)" in result.summary
    result = contrast(said("Tribune", "Police said 35,000 people took part in the march."),
                      said("Post", "About 35,000 people took part, according to police."))
    assert result.differences == ()


def test_voices_giving_one_figure_are_named_together() -> None:
    result = contrast(parsed("Ledger", "The reform raises the retirement age to 64."),
                      parsed("Herald", "The bill lifts the retirement age to 64."),
                      parsed("Post", "The reform raises the retirement age to 65."))
    assert result.relation == "conflict"
    assert "Herald and Ledger say 64, Post says 65" in result.summary, result.summary


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


@pytest.mark.parametrize(("other", "relation"), [
    ("Violent crime in the city rose 4% last year, not 40%.", "conflict"),
    ("Violent crime in the city rose 4% last year, rather than 40%.", "conflict"),
    # "not" of the verb, the figure stated: the negation is read, not the figure dropped
    ("Violent crime in the city rose nearly 40% last year.", "agree"),
])
def test_a_figure_named_to_be_denied_is_not_stated(other: str, relation: str) -> None:
    result = contrast(
        reported("Post", "Violent crime rose 40% in the city last year.", None, cid=1),
        reported("Checker", other, None, cid=2))
    assert result.relation == relation, result.summary
    if relation == "conflict":  # 4% against 40%, and no "agree on 40%"
        assert result.summary.startswith("Sources disagree"), result.summary
        assert not any(d.kind == "numbers_agree" for d in result.differences)


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
    assert [d.kind for d in result.differences if d.kind.startswith("numbers")] == ["numbers"]


def test_a_figure_with_no_noun_is_called_the_figure() -> None:
    result = contrast(reported("Ledger", "The index closed the week at 4,120.", None, cid=1),
                      reported("Post", "The index closed the week at 4,310.", None, cid=2))
    assert result.relation == "conflict"
    assert result.summary.startswith("Sources disagree on the figure:"), result.summary
    # a magnitude is named as one
    result = contrast(reported("Ledger", "The quake had a magnitude of 6.8.", None, cid=1),
                      reported("Post", "The quake had a magnitude of 6.1.", None, cid=2))
    assert result.summary.startswith("Sources disagree on the magnitude:"), result.summary


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


@pytest.mark.parametrize(("a", "b", "kind"), [
    ("Health authorities attributed 12 deaths to the heat.", "Nine people died in the heat.",
     "numbers"),  # deaths count people
    ("Temperatures reached 46C in Seville.", "Seville recorded 46.2 degrees Celsius.",
     "numbers_agree"),  # "46" is 45.5 to 46.5
    ("Temperatures reached 46C in Seville.", "Seville recorded 44 degrees Celsius.",
     "numbers"),
    # a figure before a scale word is as precise as its digits: "290 million" is no round
    # "290,000,000" and does not meet "310 million"; "300 million" is round and does
    ("The company lost 290 million euros in the quarter.",
     "The company posted a quarterly loss of 310 million euros.", "numbers"),
    ("The company lost 300 million euros in the quarter.",
     "The company posted a quarterly loss of 310 million euros.", "numbers_agree"),
])
def test_figures_as_written(a: str, b: str, kind: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert [d.kind for d in result.differences if d.kind.startswith("numbers")] == [kind]


@pytest.mark.parametrize(("a", "b", "relation", "kind"), [
    # what befell the counted: the evacuated and the injured are two groups, not two answers
    ("All 182 passengers were evacuated safely, the airport said.",
     "Three passengers were taken to hospital with minor injuries.", "agree", None),
    ("Twelve people were injured in the blast.", "Twelve people died in the blast.", "agree",
     None),
    # the fate nearest the figure is its own: 12 were killed, 40 injured
    ("The storm killed 12 people and injured 40.", "The storm left 15 people dead.",
     "conflict", "numbers"),
    ("At least 29 people died in the attack.", "35 people were killed in the attack.", "agree",
     "numbers_agree"),
    # those who came and those arrested or killed there are other people
    ("Police said 35,000 people took part in the march.",
     "Police arrested 120 people during the march.", "agree", None),
    ("Organisers put the turnout at 250,000.", "The interior ministry estimated the crowd at "
     "35,000.", "conflict", "numbers"),
    ("About 250,000 people joined the march.", "Police said 35,000 people took part in the "
     "march.", "conflict", "numbers"),
    # cases are not deaths: "at least 25" is not met by "480 cases"
    ("At least 25 people have died of cholera in Marava.",
     "Cholera cases in Marava have risen to 480.", "agree", None),
    # who fled and who was evacuated were made to leave: one count; who was rescued another
    ("A wildfire forced about 12,000 residents to flee their homes near Marvella.",
     "Some 15,000 people were evacuated as the wildfire near Marvella raged.", "conflict",
     "numbers"),
    ("The flood displaced 3,000 families in the valley.",
     "About 3,000 families were evacuated from the valley.", "agree", "numbers_agree"),
    ("Rescuers saved 40 people from the flood in the valley.",
     "5,000 people were evacuated from the valley ahead of the flood.", "agree", None),
])
def test_counts_of_what_befell_whom(a: str, b: str, relation: str, kind: str | None) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert result.relation == relation
    assert [d.kind for d in result.differences if d.kind.startswith("numbers")] == \
        ([kind] if kind else [])


@pytest.mark.parametrize(("a", "b", "relation", "kind"), [
    # a death toll counts the dead, with dozens more missing
    ("The death toll rose to 47, with dozens still missing.", "At least 41 people died.",
     "agree", "numbers_agree"),
    ("The death toll rose to 47.", "29 people died in the floods.", "conflict", "numbers"),
    # however far the toll's complements push it from its figure: the dead are no count of
    # the hurt or the rescued
    ("The death toll from the collapse of the eight-storey building in Lagos rose to 31.",
     "At least 40 people were rescued from the building.", "agree", None),
    ("The death toll from Thursday's garment factory fire in Dhaka rose to 19.",
     "The fire injured 19 workers.", "agree", None),
    ("The death toll from Thursday's garment factory fire in Dhaka rose to 19.",
     "Twelve people died in the garment factory fire.", "conflict", "numbers"),
])
def test_a_death_toll_counts_people(a: str, b: str, relation: str, kind: str | None) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert result.relation == relation
    assert [d.kind for d in result.differences if d.kind.startswith("numbers")] == \
        ([kind] if kind else [])


def test_copies_of_one_voice_change_nothing() -> None:
    """A wire sentence republished under one byline many times: the contrast is the one of
    a single copy (same relation, differences and summary)."""
    a = "The fire killed 29 people, officials said."
    b = "Forty people died in the fire."
    one = claim("outlet-a", a, cid=1, numbers=(qty(a, "29", 29, 29, "people"),))
    other = claim("outlet-b", b, cid=2, numbers=(qty(b, "Forty", 40, 40, "people"),))
    copies = [Claim(article_id=f"copy-{k}", source="outlet-a", text=a, start=0, end=len(a),
                    core=a, numbers=one.numbers, id=100 + k) for k in range(300)]
    single, many = contrast(one, other), contrast(one, other, *copies)
    assert many.relation == single.relation == "conflict"
    assert many.summary == single.summary
    assert [d.kind for d in many.differences] == [d.kind for d in single.differences]
    assert many.differences[0].evidence == single.differences[0].evidence


@pytest.mark.parametrize(("a", "b", "agree"), [
    (Quantity("at least 29", 0, 1, 29, None), Quantity("29", 0, 1, 29, 29), True),
    (Quantity("six-week", 0, 1, 6, 6, "week", "duration", True),
     Quantity("44-day", 0, 1, 44, 44, "day", "duration"), True),
    (Quantity("about 40", 0, 1, 40, 40, approximate=True), Quantity("43", 0, 1, 43, 43), True),
    (Quantity("2,000", 0, 1, 2000, 2000), Quantity("1,950", 0, 1, 1950, 1950), True),
    (Quantity("29", 0, 1, 29, 29), Quantity("40", 0, 1, 40, 40), False),
    (Quantity("more than 100", 0, 1, 100, None), Quantity("50", 0, 1, 50, 50), False),
    (Quantity("2020", 0, 1, 2020, 2020, kind="year"), Quantity("2022", 0, 1, 2022, 2022,
                                                                kind="year"), False),
    # "as many as" / "up to" hedge an estimate upwards: it reaches down as "about" does,
    # while "fewer than" only bounds
    (Quantity("as many as 5 million", 0, 1, None, 5e6), Quantity("2.3 million", 0, 1, 2.3e6,
                                                                   2.3e6), False),
    (Quantity("up to 6,000", 0, 1, None, 6000), Quantity("4,000", 0, 1, 4000, 4000), False),
    (Quantity("up to 6,000", 0, 1, None, 6000), Quantity("5,800", 0, 1, 5800, 5800), True),
    (Quantity("fewer than 6,000", 0, 1, None, 6000), Quantity("4,000", 0, 1, 4000, 4000), True),
])
def test_interval_overlap_with_tolerance(a: Quantity, b: Quantity, agree: bool) -> None:
    assert overlap(a, b) is agree


@pytest.mark.parametrize(("a", "b"), [
    ("Over 330 people were hurt by landmines in the past three years.",
     "At least 29 people were hurt in the offensive."),
    ("Up to 5 million customers were affected by the breach.",
     "As many as 2 million customers were affected by the breach."),
])
def test_bounds_on_one_side_far_apart_neither_agree_nor_clash(a: str, b: str) -> None:
    # "over 330" and "at least 29" always overlap; that they do is no agreement
    result = contrast(parsed("x", a), parsed("y", b))
    assert not [d for d in result.differences if d.kind.startswith("numbers")], a


def test_what_befell_a_count_is_told_in_its_own_clause() -> None:
    # "35 officers were injured and 120 people were arrested": 120 were arrested, not hurt
    result = contrast(
        parsed("x", "Police said 35 officers were injured and 120 people were arrested."),
        parsed("y", "Police said 118 people were arrested and 35 officers hurt."))
    summaries = [d.summary for d in result.differences if d.kind.startswith("numbers")]
    assert any("people held: x says 120, y says 118" in t for t in summaries), summaries
    assert any("officers hurt" in t and "35" in t for t in summaries), summaries


def test_doubling_and_a_fifth_more_disagree() -> None:
    # "doubles the risk" told of a study that found a 20% higher risk
    result = contrast(
        parsed("x", "The sweetener erythritol doubles the risk of heart attack, a study shows."),
        parsed("y", "People who consume erythritol daily have a 20% higher risk of heart "
                    "attack, researchers reported."))
    assert "numbers" in kinds(result)
    assert result.summary.startswith("Sources disagree on the change: x says doubles, y says "
                                     "20%"), result.summary
    result = contrast(parsed("x", "The sweetener doubles the risk of heart attack."),
                      parsed("y", "The sweetener raises the risk of heart attack by 100%."))
    assert "numbers_agree" in kinds(result)


def test_a_far_off_toll_is_said_as_the_number_who_died() -> None:
    # a reader is told what the figures count: the toll's dead, as the other side says them
    result = contrast(
        parsed("x", "The death toll from Thursday's garment factory fire in Dhaka rose to 19."),
        parsed("y", "At least 12 people died in the garment factory fire."))
    agree = [d for d in result.differences if d.kind == "numbers_agree"]
    assert len(agree) == 1 and "people who died" in agree[0].summary


def test_nobody_hurt_is_a_count_that_a_toll_disputes() -> None:
    result = contrast(parsed("x", "Nobody was injured in the fire, the company said."),
                      parsed("y", "Two people were injured in the fire, medics said."))
    numbers = next(d for d in result.differences if d.kind == "numbers")
    assert "hurt: x says nobody, y says two" in numbers.summary, numbers.summary
    result = contrast(parsed("x", "No one was hurt in the fire, the company said."),
                      parsed("y", "The company said nobody was hurt in the fire."))
    assert result.relation == "agree"


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


@pytest.mark.parametrize(("a", "b", "kind"), [
    # one measure in two units: converted, with the rounding a conversion leaves
    ("Temperatures reached 40C in Madrid.", "Temperatures hit 104F in Madrid.", "numbers_agree"),
    ("Temperatures reached 40C in Madrid.", "Temperatures hit 110F in Madrid.", "numbers"),
    ("The fire burned 10,000 hectares.", "The fire burned 25,000 acres.", "numbers_agree"),
    ("The fire burned 10,000 hectares.", "The fire burned 60,000 acres.", "numbers"),
    ("The river rose 2 metres.", "The river rose six feet.", "numbers_agree"),
    ("The convoy stretched 20 kilometres.", "The convoy stretched 12 miles.", "numbers_agree"),
    # speeds: "240 km/h" is no length of 240 km
    ("The storm made landfall with winds of 150 mph.",
     "The storm hit the coast with winds of 240 km/h.", "numbers_agree"),
    ("The storm made landfall with winds of 150 mph.",
     "The storm hit the coast with winds of 200 km/h.", "numbers"),
    ("Winds reached 130 knots.", "Winds reached 150 miles per hour.", "numbers_agree"),
])
def test_measures_in_other_units_are_compared(a: str, b: str, kind: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert [d.kind for d in result.differences if d.kind.startswith("numbers")] == [kind]


@pytest.mark.parametrize(("a", "b", "kind"), [
    # figures one unit of their wording apart are two figures
    ("He was sentenced to 10 years in prison.", "He was jailed for 12 years.", "numbers"),
    ("She was sentenced to three months.", "She received a four-month prison sentence.",
     "numbers"),
    ("The company will cut 12,000 jobs.", "The company is cutting 11,000 jobs.", "numbers"),
    ("Temperatures hit 46C in Seville.", "Temperatures reached 47C in Seville.", "numbers"),
    # what a figure's wording leaves unsaid still meets the other
    ("The siege lasted six weeks.", "The 44-day siege ended.", "numbers_agree"),
    ("The company will cut 12,000 jobs.", "The company is cutting 11,600 jobs.", "numbers_agree"),
    ("100,000 people fled the region.", "98,500 people fled the region.", "numbers_agree"),
])
def test_figures_one_unit_apart_differ(a: str, b: str, kind: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert [d.kind for d in result.differences if d.kind.startswith("numbers")] == [kind], (a, b)


def test_one_amount_in_two_currencies_is_told_not_compared() -> None:
    # no rate of exchange is known here: "£100m" / "$120m" is neither a dispute nor agreement
    result = contrast(parsed("x", "United paid £100m for the striker."),
                      parsed("y", "United paid $120m for the striker."))
    assert kinds(result) == ["numbers_units"] and result.relation == "agree"
    assert result.summary == ("Sources give the amount in different currencies, not compared: "
                              "x says £100m, y says $120m.")
    # one currency is compared as ever; two amounts a side are not paired up by guess
    assert kinds(contrast(parsed("x", "United paid £100m for the striker."),
                          parsed("y", "United paid £85m for the striker."))) == ["numbers"]
    result = contrast(parsed("x", "United paid £100m for the striker and €5m in fees."),
                      parsed("y", "United paid $120m for the striker."))
    assert "numbers_units" not in kinds(result)


def test_jobs_cut_are_counted_however_they_are_named() -> None:
    # "12,000 job cuts" counts jobs, not cuts; a company cuts jobs or lays off employees
    result = contrast(parsed("x", "Quorra will cut 12,000 jobs."),
                      parsed("y", "Quorra is laying off 11,000 employees."))
    assert result.relation == "conflict" and "the number of jobs" in result.summary
    result = contrast(parsed("x", "Quorra will cut 12,000 jobs."),
                      parsed("y", "Quorra announced 12,000 job cuts on Monday."))
    assert kinds(result) == ["numbers_agree"]


def test_rate_changes_in_points_are_told_from_levels() -> None:
    # "a quarter point" is a change of 0.25 percentage points, not a share of 25 %
    result = contrast(parsed("x", "The bank raised its key rate by a quarter point to 5.25%."),
                      parsed("y", "The bank raised its key rate by half a point to 5.5%."))
    assert result.relation == "conflict"
    assert ("the change in percentage points: x says a quarter point, y says half a point"
            in result.summary), result.summary
    assert "the percentage: x says 5.25%, y says 5.5%" in result.summary
    result = contrast(parsed("x", "The Fed raised rates by 25 basis points."),
                      parsed("y", "The Fed raised rates by a quarter of a percentage point."))
    assert kinds(result) == ["numbers_agree"] and result.relation == "agree"
    # a change in points and a level in percent are two measures
    result = contrast(parsed("x", "The Fed raised rates by a quarter point."),
                      parsed("y", "The Fed raised rates to 5.25 percent."))
    assert "numbers" not in kinds(result)


@pytest.mark.parametrize(("a", "b", "relation"), [
    ("The match ended 2-1 to Madrid.", "The match ended 2-2.", "conflict"),
    ("The bill passed 52-48 in the Senate.", "The Senate passed the bill 51-49.", "conflict"),
    ("Madrid won 3-0 on Sunday.", "Madrid won the final 3-0.", "agree"),
    # a result is exact: 3-0 is no 3-1, however round 3,000 looks
    ("Madrid beat Chelsea 3-0.", "Madrid won 3-1.", "conflict"),
])
def test_scores_of_one_match_are_compared_exactly(a: str, b: str, relation: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert result.relation == relation, (a, b)
    assert ("numbers" if relation == "conflict" else "numbers_agree") in kinds(result)


@pytest.mark.parametrize(("a", "b", "clash"), [
    ("Five soldiers were killed.", "Seven soldiers were killed.", True),
    ("Cases rose to 1,240.", "More than 2,000 cases were recorded.", True),
    # a word narrowing the count on one side: both may be true
    ("Ruiz netted 28 league goals last season.", "Ruiz scored 31 goals last season.", False),
    ("Five Armenian soldiers were killed.", "Seven soldiers were killed.", False),
])
def test_a_count_narrowed_on_one_side_only_is_no_dispute(a: str, b: str, clash: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) is clash, (a, b)


@pytest.mark.parametrize(("a", "b", "clash"), [
    ("The Brussels summit opens on July 11.", "The Brussels summit opens on July 12.", True),
    # two dates of two events on one story
    ("The Brussels summit opens on July 11.",
     "A decision on the nuclear deal is expected on May 12.", False),
    ("The tariff on steel is 25 percent.", "The tariff on steel is 10 percent.", True),
    # a tariff rate and a rise in imports: two percentages of different things
    ("China will face a 25 percent tariff on steel.", "Imports rose by 15 percent last year.",
     False),
    ("Eleven nations signed the trade pact.", "Two nations signed the trade pact.", True),
    # two years of two events of one story: only who is shared, not what happened
    ("After signing the trade deal in 2015, Brno hid its files.",
     "In 2017 Brno moved its files to a secret site.", False),
    # "the two nations" refers to two known parties; it does not count the pact's members
    ("We have deals with six of the eleven nations in the trade pact.",
     "A trade war would hurt trade between the two nations.", False),
])
def test_figures_disagree_only_where_they_measure_the_same_thing(a: str, b: str,
                                                                 clash: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) is clash, (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Flynn was fired on Feb. 13, 2017.", "Flynn was ousted in February 2017."),
    ("The dinner took place on Jan. 27.", "The dinner took place on Jan. 27, 2017."),
])
def test_a_date_is_compared_at_the_precision_both_sides_give(a: str, b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert result.relation == "agree"
    assert "numbers_agree" in kinds(result)


def test_a_street_address_is_not_a_count() -> None:
    from embeddings.claims.numbers import find_numbers

    assert find_numbers("He will hold talks with the prime minister, 10 Downing Street said.") == []
    assert [q.low for q in find_numbers("Police said 10 protesters were held on Main Street.")] \
        == [10]


def test_a_figure_is_answered_by_the_one_named_like_it() -> None:
    # "the 2% target" beside "inflation, at 6.7%" is no answer to "inflation fell to 6.3%"
    a = "The governor said inflation, at 6.7% in August, was still far above the 2% target."
    b = "Inflation fell to 6.3% in August, official figures showed."
    result = contrast(parsed("x", a), parsed("y", b))
    assert [d.kind for d in result.differences if d.kind.startswith("numbers")] == ["numbers"]
    assert "6.7%" in result.summary and "2%" not in result.summary


def test_ambiguous_pairing_is_not_reported_as_conflict() -> None:
    # two counts on one side: no telling which one the other side's number answers
    a = "Twelve soldiers and 30 civilians were killed."
    b = "The attack killed 40."
    result = contrast(
        claim("outlet-a", a, numbers=(qty(a, "Twelve", 12, 12), qty(a, "30", 30, 30))),
        claim("outlet-b", b, numbers=(qty(b, "40", 40, 40),)))
    assert result.relation == "agree"


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


@pytest.mark.parametrize(("a", "b"), [
    # a rate of a tariff and a share of imports are two measures
    ("Countries without exemptions will face a 25 percent tariff on steel imports.",
     "The steel tariff covered just 30 percent of all imports."),
    # how long a delay lasts and how long before a deadline it came
    ("The steel tariffs were delayed for 30 days.",
     "The steel tariffs were delayed less than four hours before the deadline."),
    # two offsets from two events
    ("It will wait another 30 days before deciding on the steel tariffs.",
     "The steel tariffs were delayed four hours before the midnight deadline."),
    # how much support fell and what it fell to
    ("Support for the Labour Party fell to 19%, its lowest since 2011.",
     "Support for the Labour Party fell by 20% compared with the year before."),
    ("Support for the Labour Party stands at 19%.",
     "The poll shows a 20% drop in support for the Labour Party."),
])
def test_figures_of_different_things_do_not_disagree(a: str, b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert "numbers" not in {d.kind for d in result.differences}, b


@pytest.mark.parametrize(("a", "b"), [
    ("The government imposed a 25 percent tariff on steel.",
     "The government imposed a 30 percent tariff on steel."),
    ("The strike came four hours before the midnight deadline.",
     "The strike came ten hours before the midnight deadline."),
    ("The siege of the town lasted six weeks.", "The siege of the town lasted 90 days."),
    ("Support for the Labour Party fell 12% in a year.",
     "Support for the Labour Party fell by 20% compared with the year before."),
    # "quake" is the headline word for an earthquake
    ("The earthquake had a magnitude of 6.8.", "The quake measured 7.1 on the Richter scale."),
])
def test_figures_of_one_thing_still_disagree(a: str, b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert "numbers" in {d.kind for d in result.differences if d.conflict}, b


@pytest.mark.parametrize(("a", "b"), [
    # the size of a tariff, said after its noun ("tariffs of 25 percent"), and a share of
    # all imports (NewsWCL50)
    ("The confrontation stems from the president's decision in March to slap tariffs of 25 "
     "percent on imported steel and 10 percent on imported aluminum.",
     "That meant the steel tariff covered just 30 percent of all imports, according to Oxford "
     "Economics."),
    ("Canada faces a tariff rate of 25 percent on steel.",
     "Canada supplies 16 percent of US steel imports."),
    ("Workers at the plant were offered a raise of 3% this year.",
     "Only 40% of workers at the plant are union members."),
    # a share of the staff and a change in something else
    ("The bank will cut 8% of its workforce this year.", "The bank's loans grew 10% this year."),
    ("Only 20 percent of the region's exports go to China.",
     "Shipments of the region's steel to China grew 12 percent last year."),
])
def test_a_share_and_a_rate_or_change_of_another_thing_are_two_measures(a: str, b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert "numbers" not in {d.kind for d in result.differences if d.conflict}, b
    assert result.relation != "conflict", b


@pytest.mark.parametrize(("a", "b", "told"), [
    # the same measure on both sides is still disputed, however the size is said
    ("The tariff on steel is 25 percent, the official said.",
     "The tariff on steel is 30 percent, the official said.", "the percentage"),
    ("Tariffs of 25 percent were imposed on steel.", "A 30 percent tariff was imposed on steel.",
     "the percentage"),
    ("The Fed set an interest rate of 5 percent.", "The Fed set an interest rate of 5.5 percent.",
     "the percentage"),
    ("The steel tariff covered 30 percent of imports, analysts said.",
     "The steel tariff covered 40 percent of imports, analysts said.", "the percentage"),
    ("China accounts for 30 percent of US steel imports.",
     "China accounts for 2 percent of US steel imports.", "the percentage"),
    ("The party won a majority of 52 percent in the vote.", "The party won 48 percent of the vote.",
     "the percentage"),
    # a share of the staff, and the staff cut by a share
    ("The bank will cut its workforce by 10% this year.",
     "The bank will cut 8% of its workforce this year.", "the change"),
    # "a rise of 25 percent" is the change "rose 30 percent" is
    ("Sales saw a rise of 25 percent in March.", "Sales rose 30 percent in March.", "the change"),
    ("The company reported an increase of about 12 percent in profit.",
     "Profit rose 15 percent, the company reported.", "the change"),
])
def test_one_measure_said_as_a_size_or_a_share_is_still_disputed(a: str, b: str,
                                                                 told: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    clash = [d for d in result.differences if d.kind == "numbers" and d.conflict]
    assert clash and f"disagree on {told}:" in clash[0].summary, (b, result.summary)


@pytest.mark.parametrize(("a", "b"), [
    # shares of one whole that say two things of it: two groups in it, no dispute
    ("Nearly 70 percent of Americans, including a majority of Republicans, want the United "
     "States to take aggressive action to combat climate change.",
     "52% of American adults say they are sympathetic to those still gathering to protest."),
    ("Anti-vaxxers represent only about 2 percent of American families.",
     "Some 81% of Americans say they favor requiring background checks for gun buyers."),
    # "U.S." before the whole is no word of it: a share of steel imports, no tariff's size
    ("Countries without exemptions will face a 25 percent tariff on steel imports to the U.S.",
     "Germany accounted for about 5 percent of U.S. steel imports last year."),
])
def test_shares_of_one_whole_that_say_two_things_of_it_do_not_disagree(a: str, b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert "numbers" not in {d.kind for d in result.differences if d.conflict}, b


@pytest.mark.parametrize(("a", "b"), [
    ("Seventy percent of Americans want action on climate change, the poll found.",
     "Some 55 percent of Americans want action on climate change, the poll found."),
    ("Germany accounted for 5 percent of U.S. steel imports last year.",
     "Germany accounted for 8 percent of US steel imports last year."),
    ("The bank will cut 8% of its workforce.", "The bank will cut 10% of its staff."),
])
def test_shares_of_one_whole_that_say_one_thing_of_it_still_disagree(a: str, b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert "numbers" in {d.kind for d in result.differences if d.conflict}, b


@pytest.mark.parametrize(("a", "b"), [
    # a change said as a noun is no level: "a drop of 20%" / "stands at 19%"
    ("Support for the party saw a drop of 20% this year.",
     "Support for the party stands at 19% this year."),
    # a share of the vote and the size of a turnout
    ("The party took 41 percent of the vote.", "A 45 percent turnout favoured the party."),
])
def test_a_change_said_as_a_noun_and_a_share_of_another_whole_do_not_disagree(a: str,
                                                                              b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert "numbers" not in {d.kind for d in result.differences if d.conflict}, b


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Orvell reported a first-quarter net loss of 310 million euros.",
     "The company lost 290 million euros in the first quarter, it said.", True),
    ("The death toll from the earthquake rose to 118 on Wednesday, officials said.",
     "The number of people killed in the earthquake has risen to 156, AFAD said.", True),
    # a count of jobs and a share price; the dead and the injured; two years; two counts of
    # participants with nothing else around them in common
    ("But hundreds of participants in the caravan made their way to the border.",
     "Still, caravan organizers escorted some 50 participants along the walkway.", False),
    ("Carmaker Orvell will cut 4,000 jobs in Europe.",
     "Orvell shares fell another 3% after the carmaker announced the cuts.", False),
    ("At least 42 people were killed in the quake.", "More than 900 people were injured.",
     False),
    ("The plant opened in 1998.", "The plant closed in 2004.", False),
])
def test_figures_of_one_measure(a: str, b: str, same: bool) -> None:
    from service.contrast.numbers import one_measure

    assert one_measure(parsed("x", a), parsed("y", b)) is same


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # one thing named with another word on each side: two things, two figures
    ("The basic model of the electric car will sell for $35,000.",
     "The premium model of the electric car will sell for $60,000.", False),
    ("Gold prices rose 5% on Monday.", "Silver prices rose 8% on Monday.", False),
    ("First-quarter profit rose to $5 million.", "Second-quarter profit rose to $7 million.",
     False),
    # the same thing, or a name on one side only, or a voice: still a dispute
    ("Oil prices rose 5% on Monday.", "Oil prices rose 8% on Monday.", True),
    ("The Tesla Model 3 will sell for $35,000.", "Tesla's cheapest car will sell for $30,000.",
     True),
    ("Tickets for the final cost 200 euros.", "VIP tickets for the final cost 900 euros.", True),
    ("Local officials said 29 people died in the floods.",
     "Health officials said 32 people died in the floods.", True),
    ("Interior ministry figures show 29 dead in the clashes.",
     "Opposition figures show 40 dead in the clashes.", True),
    ("The sweetener erythritol doubles the risk of heart attack.",
     "People who consume erythritol daily have a 20% higher risk of heart attack.", True),
])
def test_figures_of_two_things_named_alike_are_no_dispute(a: str, b: str,
                                                          disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


def test_a_count_of_the_dead_is_told_as_people_who_died() -> None:
    result = contrast(parsed("x", "Interior ministry figures show 29 dead in the clashes."),
                      parsed("y", "The opposition says 40 dead in the clashes."))
    assert "the number of people who died" in result.summary, result.summary


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # each figure answers its own question: the dead, the hurt
    ("Two people died and five were injured.", "Five people died and two were injured.", True),
    ("Two people died and five were injured.", "Two people were killed and five hurt.", False),
    # one claim giving two measures of one kind still makes them two measures
    ("Global sales fell 0.3 percent, U.S. sales 1.4 percent.", "Global sales fell 1.4 percent.",
     False),
    # shares of one whole, whether cut or lost: "10% of its staff" / "a third of the staff"
    ("A third of the staff will lose their jobs.", "The company will cut 10% of its staff.", True),
    ("Exports fell 5% in May.", "Exports made up 30% of output in May.", False),
])
def test_counts_of_two_fates_in_one_claim(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


def test_a_question_states_no_figure() -> None:
    question = contrast(parsed("Journal", "Will the bull market make it to six?"),
                        parsed("Wire", "The bull market turns five this week."))
    assert question.relation == "agree", question.summary
    assert "numbers" not in kinds(question)
    said = contrast(parsed("Journal", "The bull market turns six this week."),
                    parsed("Wire", "The bull market turns five this week."))
    assert said.relation == "conflict", said.summary



@pytest.mark.parametrize(("a", "b", "disputed"), [
    # a figure covers what rounds to it at its last digit: one result told twice
    ("Holm won 54% of the vote.", "Holm won 54.2% of the vote.", False),
    ("Turnout was 62%.", "Turnout was reported at 61.7%.", False),
    ("The company lost $1.1 billion last year.", "The company lost $1.07 billion last year.",
     False),
    ("The population is 8 million.", "The population is 8.4 million.", False),
    # one more unit at the last digit is another figure
    ("Unemployment rose to 4.1%.", "Unemployment rose to 4.2%.", True),
    ("The city has 2 million residents.", "The city has 2.6 million residents.", True),
    ("The company cut 12,000 jobs.", "The company cut 11,000 jobs.", True),
    ("Inflation was 3%.", "Inflation was 3.5%.", True),
    ("The company lost $1.2 billion last year.", "The company lost $1.07 billion last year.",
     True),
    ("The deal is worth $50 million.", "The deal is worth $52 million.", True),
])
def test_a_rounded_figure_agrees_with_the_figure_it_rounds(a: str, b: str,
                                                          disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary
    if not disputed:
        assert result.relation == "agree" and "numbers_agree" in kinds(result), result.summary
        assert "(within rounding)" in result.summary, result.summary


def test_an_agreement_says_why_figures_that_read_differently_agree() -> None:
    def agreement(a: str, b: str) -> str:
        result = contrast(parsed("x", a), parsed("y", b))
        return next(d.summary for d in result.differences if d.kind == "numbers_agree")

    assert agreement("The economy added 147,000 jobs.", "Employers added 147,000 jobs.") \
        .endswith("x and y say 147,000.")
    assert agreement("At least 31 migrants drowned.", "Thirty-four migrants drowned.") \
        .endswith("(the figures overlap).")
    assert agreement("About 1.2 million people were displaced.",
                     "The UN said 1,180,000 people had been displaced.") \
        .endswith("(the figures overlap).")


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # a magnitude is the quake's, however the unit is written
    ("The 6.9-magnitude quake struck shortly after 4 a.m.",
     "The quake, which the US Geological Survey measured at magnitude 7.0, killed 61 people.",
     True),
    ("The 6.9-magnitude quake struck the province.",
     "A magnitude 6.9 earthquake struck the province.", False),
    # an aftershock is another quake
    ("A 5.2-magnitude aftershock hit the region on Tuesday.",
     "A magnitude 7.1 earthquake struck the region on Monday.", False),
    # how a count is known does not narrow what it counts; what it counts does
    ("The outbreak has grown to 124 confirmed cases.",
     "Health officials reported 132 cases of measles.", True),
    ("The outbreak has grown to 124 suspected cases.",
     "Health officials reported 132 cases of measles.", False),
    # "a few hours" is a span of time
    ("The jury deliberated for two days.", "The jury took only a few hours to reach its verdict.",
     True),
    ("The verdict came after less than two days of deliberations.",
     "The jury took only a few hours to reach its verdict.", False),
])
def test_one_measure_told_in_other_words(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


def test_a_rounded_count_reported_on_two_days_is_not_a_change() -> None:
    result = contrast(reported("wire", "Holm won 54.2% of the vote, the commission said.",
                               "2026-05-11"),
                      reported("site", "The commission said Holm had won 54% of the votes.",
                               "2026-05-12"))
    assert result.relation == "agree", result.summary
    assert "numbers_changed" not in kinds(result), result.summary


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # one count of people crossing a border, whatever each outlet calls them
    ("31 migrants drowned off Lampedusa.", "34 asylum seekers drowned off Lampedusa.", True),
    ("Authorities rescued 52 illegal aliens from the water.",
     "The coast guard rescued 48 migrants.", True),
    ("At least 31 migrants drowned off Lampedusa.",
     "Thirty-four asylum seekers drowned off Lampedusa.", False),
    # a group of them is another count
    ("31 migrants drowned off Lampedusa.", "34 children drowned off Lampedusa.", False),
    ("The coast guard rescued 52 people.", "Authorities rescued 40 asylum seekers.", False),
])
def test_a_count_under_each_outlets_label(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary
    if disputed:  # named as people, not in one side's label
        assert "disagree on the number of people" in result.summary, result.summary


def test_people_and_people_under_a_label_agree_on_one_count() -> None:
    result = contrast(parsed("x", "The coast guard rescued 52 people."),
                      parsed("y", "Authorities rescued 52 illegal aliens from the water."))
    assert result.relation == "agree" and "numbers_agree" in kinds(result), result.summary


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


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("Leo Vance was handed a 24-month suspension by the anti-doping agency.",
     "Sprinter Leo Vance has been banned for two years after testing positive.", False),
    ("Leo Vance was handed a four-year suspension by the anti-doping agency.",
     "Sprinter Leo Vance has been banned for two years after testing positive.", True),
    ("The club was suspended for 18 months.", "The club received a two-year ban.", True),
])
def test_a_ban_told_as_a_suspension_is_one_duration(a: str, b: str, disputed: bool) -> None:
    # "for two years after testing positive" is how long (and why), not a time after an
    # event; and 24 months are two years, not two years less ten days
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary
    if not disputed:
        (agreed,) = [d for d in result.differences if d.kind == "numbers_agree"]
        assert "duration" in agreed.summary and "overlap" not in agreed.summary, agreed.summary


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("Four passengers were killed and 37 injured.", "Twenty passengers were injured.", True),
    ("Twelve people died and 40 were injured.", "Sixty people were injured.", True),
    ("The blast killed 12 people and wounded 40.", "The blast wounded 40 people.", False),
])
def test_the_hurt_counted_after_the_dead_are_compared(a: str, b: str, disputed: bool) -> None:
    # "... killed and 37 injured": 37 passengers hurt, which twenty hurt disputes
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary
    assert ("numbers_agree" in kinds(result)) != disputed, result.summary
    assert "hurt" in result.summary, result.summary


@pytest.mark.parametrize(("a", "b", "fate"), [
    ("The storm left 12 dead and dozens injured.", "Twenty people were killed in the storm.",
     "who died"),
    ("The fire killed three and injured 20.", "The fire killed three people and injured 14.",
     "hurt"),
    ("At least 18 people died and 40 are missing.",
     "The death toll rose to 26, with 31 still missing.", "missing"),
    ("The virus has infected 1,200 and killed 31.", "The virus has killed 27 people.",
     "who died"),
])
def test_counts_that_leave_out_the_people_are_disputed(a: str, b: str, fate: str) -> None:
    # "left 12 dead" counts people as surely as "12 people died" does
    result = contrast(parsed("x", a), parsed("y", b))
    assert f"number of people {fate}" in " ".join(
        d.summary for d in result.differences if d.kind == "numbers"), result.summary


@pytest.mark.parametrize(("a", "b"), [
    ("The virus has infected 1,200 and killed 31.", "Health officials have confirmed 1,240 cases."),
    ("Police arrested 40 at the rally.", "About 5,000 people attended the rally."),
    ("Gunmen killed two and wounded five.", "Two people were killed and five wounded."),
])
def test_counts_of_other_fates_are_not_disputed(a: str, b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert "numbers" not in kinds(result), result.summary


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("More than 20,000 homes were damaged.", "Around 12,000 houses were damaged.", True),
    ("More than 20,000 homes were damaged.", "Around 21,000 houses were damaged.", False),
    # households are the people in them: another count
    ("More than 20,000 homes were damaged.", "Around 12,000 households were affected.", False),
])
def test_homes_and_houses_are_one_count(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary
    if "households" not in b:
        assert "number of homes" in result.summary, result.summary


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("Israel released 90 Palestinian detainees.", "Israel freed 95 Palestinian prisoners.",
     True),
    ("Israel released 90 Palestinian detainees.", "Israel freed 90 Palestinian prisoners.",
     False),
    ("Two dozen hostages were released on Sunday.", "Twenty-four hostages were freed on Sunday.",
     False),
])
def test_prisoners_and_detainees_are_one_count(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary
    assert ("numbers_agree" in kinds(result)) != disputed, result.summary


@pytest.mark.parametrize(("a", "b", "disputed"), [
    ("Vantec will cut 3,000 jobs.", "Vantec will eliminate 2,500 positions.", True),
    ("Vantec will cut 3,000 jobs.", "Vantec will eliminate 3,000 posts.", False),
    # the people are another count than the posts
    ("The plant employs 2,000 workers.", "The company will cut 500 jobs at the plant.", False),
])
def test_jobs_and_positions_are_one_count(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary
    if "employs" not in a:
        assert "number of jobs" in result.summary, result.summary


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # a part of the whole the other side counts, with something else said of it
    ("Three of the hospitals were closed.", "The company runs 14 hospitals.", False),
    ("Three of Meridian's hospitals were closed.", "Meridian runs 14 hospitals.", False),
    # the same said of both counts; two parts; "all 12 of" is the whole
    ("Three of the hospitals were closed.", "Five hospitals were closed.", True),
    ("Three of the hospitals were closed.", "Five of the hospitals were closed.", True),
    ("Police arrested 12 of the protesters.", "Police arrested 40 protesters.", True),
    ("All 12 of Meridian's hospitals remained open.", "All 14 of Meridian's hospitals remained "
     "open.", True),
])
def test_a_count_of_a_part_is_set_only_against_a_count_of_the_same(a: str, b: str,
                                                                   disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


def test_a_count_of_hospitals_is_no_count_of_people_taken_to_hospital() -> None:
    result = contrast(parsed("x", "Five of the region's hospitals were closed."),
                      parsed("y", "Seven of the region's hospitals were closed."))
    assert "number of hospitals" in result.summary and "hurt" not in result.summary, \
        result.summary
    hurt = contrast(parsed("x", "Five people were taken to hospital."),
                    parsed("y", "Seven people were taken to hospital."))
    assert "hurt" in hurt.summary, hurt.summary


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # "all 178 passengers" counts the passengers, whatever befell them
    ("All 178 passengers and six crew were evacuated safely.",
     "The plane was carrying 172 passengers.", True),
    ("All 178 passengers and six crew were evacuated safely.",
     "The plane was carrying 178 passengers.", False),
    # a part of them to whom something else befell is another count
    ("All 178 passengers and six crew were evacuated safely.",
     "Eleven passengers were treated for minor injuries.", False),
])
def test_all_of_a_count_is_the_whole_count(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary
    assert ("numbers_agree" in kinds(result)) == ("178 passengers" in b), result.summary


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


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # none fell ill: a count of the ill, however it is said
    ("No one has fallen ill.", "The outbreak has sickened 30 people.", True),
    ("No illnesses have been reported.", "Twelve people fell ill after the meal.", True),
    # none of anyone is none of any group ("four infants")
    ("The company said no illnesses had been linked to the product.",
     "Four infants fell ill after drinking the formula, the FDA said.", True),
    ("No one was killed in the attack.", "Five soldiers were killed in the attack.", True),
    # some of anyone may be others than the group; another fate is another count
    ("Two people were killed.", "Five soldiers were killed.", False),
    ("No one has fallen ill.", "Thirty people were killed.", False),
])
def test_none_of_a_fate_is_disputed_by_any_count_of_it(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # what one side asks for and what the other offers are two positions
    ("The union is demanding a 10% pay rise.",
     "The government has offered a 4% pay increase, which the union rejected.", False),
    ("Hamas demanded the release of 1,000 prisoners.", "Israel offered to release 300 "
     "prisoners.", False),
    ("The union is demanding a 10% pay rise.", "Teachers will get a 4% pay rise.", False),
    # two reports of one side's position
    ("The union is demanding a 10% pay rise.", "The union wants a 12% pay rise.", True),
    ("The government has offered a 4% pay increase.", "The government offered a 5% pay rise.",
     True),
    # an offer told without the word is the same offer (an Emergent tuning row)
    ("Robert Plant ripped up an 800 million contract offer to reunite Led Zeppelin.",
     "Robert Plant rips up 300 million contract, refuses to rejoin the band.", True),
])
def test_a_demand_and_an_offer_are_two_figures(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


@pytest.mark.parametrize(("a", "b", "kind"), [
    # "no firefighters had been hurt": none of them, a count a toll of them disputes
    ("The governor said no firefighters had been hurt.", "Two firefighters were injured.",
     "numbers"),
    ("No passengers were injured.", "Three passengers were injured.", "numbers"),
    # those sent home are no count of those who had to leave
    ("Around 5,000 residents were evacuated.",
     "Evacuation orders for 2,000 residents were lifted.", None),
])
def test_none_of_a_group_and_those_sent_home(a: str, b: str, kind: str | None) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    found = [k for k in kinds(result) if k.startswith("numbers")]
    assert found == ([kind] if kind else []), result.summary


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # living somewhere is no loss of life; those in shelters or tents are the displaced
    ("Some 7,500 people are living in temporary shelters.",
     "The death toll from Monday's earthquake rose to 67 on Tuesday.", False),
    ("The quake killed 61 people.", "Some 7,500 people are living in temporary shelters.", False),
    ("Forty people lost their lives in the storm.", "The storm killed 25 people.", True),
    ("Some 7,500 people are living in temporary shelters.",
     "At least 20,000 people have been made homeless.", True),
])
def test_people_living_somewhere_are_not_counted_as_dead(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary
    assert "who died" not in result.summary or disputed, result.summary


def test_a_figure_naming_the_sources_is_not_what_they_tell() -> None:
    """"according to three employees" counts who told it, not the jobs cut."""
    cut = reported("x", "Novix is laying off 1,200 employees.", "2026-10-02")
    told = reported("y", "Novix's layoffs are hitting engineering teams, according to three "
                    "employees.", "2026-10-02", speaker="three employees")
    assert "numbers" not in kinds(contrast(cut, told))
    # a figure of what they tell is still compared
    more = reported("y", "Novix is cutting 1,500 jobs, according to three employees.",
                    "2026-10-02", speaker="three employees")
    assert "numbers" in kinds(contrast(cut, more))


def test_a_claim_giving_figures_of_other_things_does_not_hide_a_dispute() -> None:
    """"Reform won 88 of 200 seats" gives no count of polling stations, though its figures
    fall where "dozens" and "at least 200" stations do."""
    from service.contrast.numbers import number_differences
    from service.contrast.said import Said

    claims = [reported("Free Voice", text, "2026-05-11", cid=i) for i, text in enumerate((
        "Varga cited ballot stuffing in at least 200 polling stations.",
        "Independent monitors documented irregularities in dozens of polling stations.",
        "Reform won 41.3% and 88 of 200 seats."))]
    said = [Said(c, f"voice {c.id}") for c in claims]
    found = number_differences(said, questions_only=True)
    assert any("stations" in d.summary for d in found if d.kind == "numbers"), found


def named(source: str, text: str, *names: str) -> Claim:
    """A claim with its figures and the names the extractor would find in an article."""
    from embeddings.claims import find_numbers
    from embeddings.types import Entity

    entities = tuple(Entity(n, text.index(n), text.index(n) + len(n), "NAME") for n in names)
    return claim(source, text, numbers=tuple(find_numbers(text)), entities=entities)


@pytest.mark.parametrize(("a", "names_a", "b", "names_b", "disputed"), [
    # each figure's clause names what it is of, and neither claim names the other's
    ("The Greens won 14%.", ("Greens",), "Reform won 30.8% of the vote.", ("Reform",), False),
    ("Novix shares rose 6% on Monday.", ("Novix",), "Vantec shares rose 2% on Monday.",
     ("Vantec",), False),
    ("Kessin lost 40 homes in the floods.", ("Kessin",), "Valdora lost 25 homes in the floods.",
     ("Valdora",), False),
    # one thing named on both sides, or in both claims: a dispute
    ("Reform won 31% of the vote.", ("Reform",), "Reform won 28% of the vote.", ("Reform",),
     True),
    ("The Greens won 14%, far behind Reform.", ("Greens", "Reform"),
     "Reform won 9% of the vote, ahead of the Greens.", ("Reform", "Greens"), True),
    # the two sides of one deal, said otherwise: its price is disputed
    ("The deal values Helix at $48 per share.", ("Helix",), "Orion will pay $46 a share.",
     ("Orion",), True),
    # who gives a figure is no name of what it is of
    ("Kessler said 12 people were arrested.", ("Kessler",),
     "Holm said 30 people were arrested.", ("Holm",), True),
    ("Varga cited ballot stuffing in at least 200 polling stations.", ("Varga",),
     "Monitors documented irregularities in dozens of polling stations.", (), True),
])
def test_figures_of_two_named_things_are_no_dispute(a: str, names_a: tuple[str, ...], b: str,
                                                    names_b: tuple[str, ...],
                                                    disputed: bool) -> None:
    result = contrast(named("x", a, *names_a), named("y", b, *names_b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


def test_a_name_the_other_claim_also_says_narrows_no_count() -> None:
    """"12 million Linkway customers" / "9 million customers of telecom operator Linkway":
    one count of customers, disputed ("28 league goals" / "31 goals" stay two counts)."""
    result = contrast(named("x", "Data of around 12 million Linkway customers has been put up "
                            "for sale.", "Linkway"),
                      named("y", "Hackers stole the data of 9 million customers of telecom "
                            "operator Linkway.", "Linkway"))
    assert "numbers" in kinds(result), result.summary
    apart = contrast(parsed("x", "Silva scored 28 league goals."),
                     parsed("y", "Silva scored 31 goals."))
    assert "numbers" not in kinds(apart), apart.summary


@pytest.mark.parametrize(("a", "b", "asked"), [
    # a level of one thing, the clause's subject, is one question across a story's clusters
    ("Turnout was 41%, the election commission said.", "Turnout was 38%.", True),
    ("According to the commission, turnout was 41%.", "Voter turnout was 38% on Sunday.", True),
    ("The jobless rate rose to 5.2 percent in May.",
     "The jobless rate rose to 5.4 percent in May, officials said.", True),
    # of two months, of two things, a change, no subject of its own
    ("The jobless rate rose to 5.2 percent in May.",
     "The jobless rate rose to 5.4 percent in June.", False),
    ("Turnout was 41%.", "Halden won 54% of the vote.", False),
    ("Shares rose 5% on Monday.", "Shares rose 3% on Monday.", False),
    ("It was 41% last year.", "It was 38% last year.", False),
    ("Support for the party was 30% in the poll.",
     "Support for the president was 41% in the poll.", False),
])
def test_levels_of_one_thing_answer_one_question(a: str, b: str, asked: bool) -> None:
    """The story view compares figures of claims the clusterer kept apart only where they
    answer one question: "Turnout was 41%" and "Turnout was 38%" do."""
    from service.contrast.numbers import number_differences
    from service.contrast.said import Said

    claims = [reported(source, text, "2026-06-08", cid=i)
              for i, (source, text) in enumerate((("x", a), ("y", b)))]
    found = number_differences([Said(c, c.source) for c in claims], questions_only=True)
    assert any(d.kind == "numbers" for d in found) == asked, found


@pytest.mark.parametrize(("a", "b", "relation"), [
    # an amount a range holds, told with a currency on each end, is no dispute
    ("The repairs will cost between $2bn and $3bn.", "The repairs will cost $2.5bn.", "agree"),
    ("The repairs will cost between $2bn and $3bn.", "The repairs will cost $5bn.", "conflict"),
    # a lower bound told after the figure
    ("The storm killed 29 or more people.", "The storm killed 35 people.", "agree"),
    ("The storm killed 29 or more people.", "The storm killed 20 people.", "conflict"),
    # thousands grouped by a space meet the same figure grouped by a comma
    ("About 100 000 people fled the region.", "More than 100k people fled the region.", "agree"),
])
def test_figures_told_in_other_shapes_are_compared_whole(a: str, b: str, relation: str) -> None:
    assert contrast(parsed("outlet-a", a), parsed("outlet-b", b)).relation == relation


@pytest.mark.parametrize(("a", "b", "relation", "kind"), [
    # one amount written two ways is no dispute
    ("The startup raised $30 mn in new funding.",
     "The startup raised $30 million in new funding.", "agree", "numbers_agree"),
    ("The fund is worth Rs 1.2 lakh crore.", "The fund is worth Rs 1.2 trillion.", "agree",
     "numbers_agree"),
    ("The chipmaker earned ¥120 billion last year.",
     "The chipmaker earned 120 billion yen last year.", "agree", "numbers_agree"),
    ("The ship carried 5,000 tonnes of grain.", "The ship carried 5,000 metric tons of grain.",
     "agree", "numbers_agree"),
    # Australian dollars are told apart from US ones, neither agreeing nor disputed
    ("The miner paid A$50 million for the mine.", "The miner paid US$33 million for the mine.",
     "agree", "numbers_units"),
    # below zero is no above it
    ("The temperature fell to -5C overnight.", "The temperature fell to 5C overnight.",
     "conflict", "numbers"),
    ("The temperature fell to -5C overnight.",
     "The temperature fell to minus 5 degrees Celsius overnight.", "agree", "numbers_agree"),
    # a model's number is no count
    ("The recall covers the Boeing 737 Max 8.",
     "The recall covers the Boeing 737 Max 9 jets, 40 of them.", "agree", None),
])
def test_figures_in_other_currencies_scales_and_names(a: str, b: str, relation: str,
                                                      kind: str | None) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert result.relation == relation
    assert [d.kind for d in result.differences if d.kind.startswith("numbers")] == \
        ([kind] if kind else [])


@pytest.mark.parametrize(("a", "b", "relation", "kind"), [
    # a span or a height in two units is one figure, not its larger part
    ("The runner finished in 2 hours 3 minutes.", "The runner finished in 123 minutes.",
     "agree", "numbers_agree"),
    # a round "2 hours" covers what rounds to it, but not the next hour
    ("The runner finished in 2 hours 3 minutes.", "The runner finished in 2 hours.", "agree",
     "numbers_agree"),
    ("The standoff lasted 12 hours.", "The standoff lasted 13 hours.", "conflict", "numbers"),
    ("The centre is 6ft 11in tall.", "The centre is 211cm tall.", "agree", "numbers_agree"),
    ("He was jailed for three years and six months.", "He was jailed for 42 months.",
     "agree", "numbers_agree"),
    # a crowd's strength counts its people
    ("A 3,000-strong crowd gathered outside parliament.",
     "About 10,000 people gathered outside parliament.", "conflict", "numbers"),
    ("A 3,000-strong crowd gathered outside parliament.",
     "Some 3,000 people gathered outside parliament.", "agree", "numbers_agree"),
    # a unit stuck on the figure is compared as well
    ("The rocket reached an altitude of 100km.", "The rocket reached 150 miles.", "conflict",
     "numbers"),
])
def test_figures_in_two_units_or_with_units_stuck_on(a: str, b: str, relation: str,
                                                     kind: str | None) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert result.relation == relation
    assert [d.kind for d in result.differences if d.kind.startswith("numbers")] == \
        ([kind] if kind else [])


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
    assert [d.kind for d in result.differences if d.kind.startswith("numbers")] == \
        ([kind] if kind else [])


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # what two verbs did to people or things of one noun: two measures
    ("The company employs 5,000 people.", "The company laid off 500 people.", False),
    ("The firm hired 200 workers last year.", "The firm fired 50 workers last year.", False),
    ("The bank employs 40,000 staff.", "The bank will cut 4,000 staff.", False),
    ("The company has 120 stores.", "The company will close 30 stores.", False),
    ("The fire destroyed 40 homes.", "The fire damaged 120 homes.", False),
    ("The storm left 200,000 homes without power.", "The storm destroyed 300 homes.", False),
    ("Police arrested 12 people.", "Police questioned 40 people.", False),
    # one verb, a verb of one measure, or one fate told by two verbs: still a dispute
    ("The company laid off 500 people.", "The company laid off 800 people.", True),
    ("The chain operates 500 restaurants.", "The chain runs 650 restaurants.", True),
    ("The chain will close 80 restaurants.", "The chain will shut 120 restaurants.", True),
    ("The earthquake killed 120 people.", "The quake left 300 people dead.", True),
    ("Some 2,000 people were evacuated from villages around Monchique.",
     "The fire forced about 1,500 people from their homes near Monchique.", True),
])
def test_counts_of_what_two_verbs_did_are_two_measures(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


@pytest.mark.parametrize(("a", "b"), [
    # what the counted do describes one group, however it is worded: still one count
    ("More than 1,200 firefighters were deployed, the agency said.",
     "Around 1,000 firefighters are fighting the blaze."),
    ("About 5,000 people attended the rally, police said.",
     "Organisers said 10,000 people marched."),
])
def test_a_group_told_by_what_it_does_is_one_count(a: str, b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert "numbers" in kinds(result), result.summary


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # a rate per day is no total
    ("The virus is infecting 2,000 people a day.", "The virus has infected 45,000 people.",
     False),
    ("The hospital treats 200 patients a day.", "The hospital treated 5,000 patients last month.",
     False),
    ("About 1,000 migrants arrive on the islands every day.",
     "More than 50,000 migrants have arrived on the islands this year.", False),
    # two rates, or two totals, are compared; "a day after" dates a count
    ("About 1,000 migrants arrive on the islands every day.",
     "Some 3,000 migrants arrive on the islands every day.", True),
    ("The virus has infected 45,000 people.", "The virus has infected 60,000 people.", True),
    ("The quake killed 30 people a day after the storm.", "The quake killed 80 people.", True),
    ("The militia killed 300 people in a week.", "The militia killed 450 people.", True),
])
def test_a_rate_per_day_is_no_total(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


def placed(source: str, text: str, *places: str) -> Claim:
    from dataclasses import replace

    return replace(parsed(source, text), entities=tuple(ent(text, p) for p in places))


@pytest.mark.parametrize(("a", "places_a", "b", "places_b", "disputed"), [
    # each figure of its own place, and neither claim names the other's
    ("The storm killed 12 people in Texas.", ("Texas",),
     "The storm killed 30 people in Louisiana.", ("Louisiana",), False),
    ("Unemployment rose to 5.1% in France.", ("France",),
     "Unemployment rose to 7.8% in Spain.", ("Spain",), False),
    ("In Gaza, 40 people were killed on Tuesday.", ("Gaza",),
     "In the West Bank, 3 people were killed on Tuesday.", ("West Bank",), False),
    # one place, or a place that says who gives the figure: still a dispute
    ("The storm killed 12 people in Texas.", ("Texas",),
     "The storm killed 30 people in Texas.", ("Texas",), True),
    ("Unemployment rose to 5.1% in France.", ("France",),
     "Unemployment in France rose to 5.8%.", ("France",), True),
    ("Officials in Texas said 30 people died in the storm.", ("Texas",),
     "Officials in Louisiana said 12 people died in the storm.", ("Louisiana",), True),
])
def test_figures_of_two_places_are_no_dispute(a: str, places_a: tuple[str, ...], b: str,
                                              places_b: tuple[str, ...], disputed: bool) -> None:
    result = contrast(placed("x", a, *places_a), placed("y", b, *places_b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


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


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # "civilian deaths" count civilians: a dispute with a count of civilians killed, none
    # with a count of all deaths
    ("Ukrainian officials say 10,000 civilians have been killed.",
     "The UN has verified 6,000 civilian deaths.", True),
    ("The war has caused 6,000 civilian deaths.", "The war has caused 30,000 deaths.", False),
    ("The war has caused 6,000 civilian deaths.", "The war has caused 9,000 civilian deaths.",
     True),
])
def test_deaths_of_a_group_count_the_group(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


@pytest.mark.parametrize(("a", "b", "same"), [
    # one fate however it is told: evacuated / forced from their homes, treated / hospital
    # treatment, civilians killed / civilian deaths
    ("Some 2,000 people were evacuated from villages around Monchique.",
     "The fire forced about 1,500 people from their homes near Monchique.", True),
    ("At least 14 people were treated for smoke inhalation.",
     "At least 14 people needed hospital treatment.", True),
    ("Ukrainian officials say more than 10,000 civilians have been killed.",
     "The UN has verified at least 10,582 civilian deaths.", True),
    # what two verbs did: two measures
    ("The company employs 5,000 people.", "The company laid off 500 people.", False),
    ("The firm hired 200 workers last year.", "The firm fired 50 workers last year.", False),
])
def test_one_measure_of_one_fate_told_in_other_words(a: str, b: str, same: bool) -> None:
    from service.contrast.numbers import one_measure

    assert one_measure(parsed("x", a), parsed("y", b)) is same


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


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # one rate under two outlets' names
    ("The unemployment rate held at 4.1%.", "The jobless rate rose to 4.3%.", True),
    ("The central bank raised its benchmark rate to 5.25%.",
     "The bank raised its key rate to 5.5%.", True),
    ("The unemployment rate held at 4.1%.", "The jobless rate held at 4.1 percent.", False),
    # two measures still
    ("Core inflation was 2.8%.", "Headline inflation was 3.2%.", False),
    ("The economy grew 0.4% in the third quarter.",
     "The economy grew at an annualised rate of 1.6% in the third quarter.", False),
])
def test_one_rate_under_two_names(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


@pytest.mark.parametrize(("a", "b", "kind"), [
    # "reduce headcount by 1,150" cuts 1,150 jobs
    ("Norvik plans to shed 1,500 jobs.", "Norvik will reduce headcount by 1,150.", "numbers"),
    ("Norvik plans to shed about 1,200 jobs.", "Norvik will reduce headcount by 1,150.",
     "numbers_agree"),
    ("Norvik plans to hire 1,500 workers.", "Norvik will reduce headcount by 1,150.", None),
    # rates per so many people: per 100,000 however each says it, and no count of cases
    ("The infection rate stands at 14 cases per 100,000 people.",
     "The infection rate has reached 21 cases per 100,000 people.", "numbers"),
    ("The infection rate stands at 14 cases per 100,000 people.",
     "The infection rate is 140 cases per million people.", "numbers_agree"),
    ("The infection rate stands at 14 cases per 100,000 people.",
     "Officials have confirmed 124 cases, a rate of 14 per 100,000 residents.",
     "numbers_agree"),
    ("The region has recorded 14 cases per 100,000 people.",
     "The region has recorded 124 cases.", None),
])
def test_jobs_cut_and_rates_per_people(a: str, b: str, kind: str | None) -> None:
    found = [k for k in kinds(contrast(parsed("x", a), parsed("y", b)))
             if k in ("numbers", "numbers_agree")]
    assert found == ([kind] if kind else []), found


@pytest.mark.parametrize(("a", "b", "kind"), [
    # where a rate rose from is no figure of now: 3.4% disputes the 3.5% it rose to
    ("Inflation rose from 3.1% to 3.5% in October.", "Inflation was 3.4% in October.",
     "numbers"),
    ("Inflation rose from 3.1% to 3.5% in October.",
     "Inflation was 3.5% in October, up from 3.1% in September.", "numbers_agree"),
    ("The company posted a $1.2-billion loss.", "The company posted a loss of $1.2bn.",
     "numbers_agree"),
    ("The Fed raised rates by a quarter point to 5.25%-5.5%.",
     "The Fed lifted its benchmark rate to a range of 5.25% to 5.5%.", "numbers_agree"),
])
def test_levels_ranges_and_amounts_as_business_pages_write_them(a: str, b: str,
                                                                 kind: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert kind in kinds(result) and not ({"numbers", "numbers_agree"} - {kind}) & set(
        kinds(result)), result.summary


@pytest.mark.parametrize(("a", "b", "disputed"), [
    # the people a hospital admits are its patients: one count, however it is told
    ("Hospitals have admitted 45 patients with severe symptoms.",
     "Some 60 people have been hospitalised.", True),
    ("Forty patients are in hospital with the virus.",
     "Some 60 people have been hospitalised with the virus.", True),
    ("Hospitals have admitted 45 patients with severe symptoms.",
     "Forty-five people are in hospital, health officials said.", False),
    # patients hurt in a hospital are some of the people hurt there; a plea is no admission
    ("Twenty patients were injured when the hospital roof collapsed.",
     "Thirty people were injured when the hospital roof collapsed.", False),
    ("Hospitals have admitted 45 patients.", "Hospitals have discharged 30 patients.", False),
])
def test_patients_admitted_are_the_people_in_hospital(a: str, b: str, disputed: bool) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert ("numbers" in kinds(result)) == disputed, result.summary


@pytest.mark.parametrize(("a", "b", "kind"), [
    # a share of a company's staff, whatever the outlet calls the staff
    ("Norvik said it would cut 8% of its workforce.", "Norvik will cut 10% of its staff.",
     "numbers"),
    ("Norvik said it would cut 8% of its workforce.",
     "Norvik will cut about 8 percent of its employees.", "numbers_agree"),
    # a share of something else is no share of the staff
    ("Norvik said it would cut 8% of its workforce.", "Norvik will cut 10% of its costs.",
     None),
])
def test_a_share_of_the_staff_under_any_name(a: str, b: str, kind: str | None) -> None:
    found = [k for k in kinds(contrast(parsed("x", a), parsed("y", b)))
             if k in ("numbers", "numbers_agree")]
    assert found == ([kind] if kind else []), found


@pytest.mark.parametrize(("a", "b", "kind"), [
    # a ratio is compared with ratios only
    ("Smokers are 2.5 times more likely to die of cancer.",
     "Smokers are three times more likely to die of cancer.", "numbers"),
    ("Smokers are three times more likely to die of cancer.",
     "Smokers are nearly three times as likely to die of cancer.", "numbers_agree"),
    # "three times as many" is no count of three, nor a change in percent
    ("There were three times as many cases this year.", "Three cases were reported.", None),
    ("Cases tripled this year.", "There were three times as many cases this year.", None),
])
def test_ratios_are_compared_with_ratios(a: str, b: str, kind: str | None) -> None:
    found = [k for k in kinds(contrast(parsed("x", a), parsed("y", b)))
             if k.startswith("numbers")]
    assert found == ([kind] if kind else []), found


def test_cents_and_dollars_are_one_amount() -> None:
    result = contrast(parsed("x", "The board raised the dividend by 98 cents a share."),
                      parsed("y", "The board raised the dividend by $0.98 a share."))
    assert "numbers_agree" in kinds(result) and "numbers" not in kinds(result), result.summary


def _figures(result: Contrast) -> dict[str, str]:
    return {d.kind: d.summary for d in result.differences if d.kind.startswith("numbers")}


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


@pytest.mark.parametrize(("a", "b", "kind"), [
    # a loss and a profit of one result: a dispute over which it was, whatever the amounts
    ("The company posted a loss of $20 million for the quarter.",
     "The company posted a profit of $20 million for the quarter.", "numbers"),
    ("Norvik posted a net loss of $90 million for the quarter.",
     "The carmaker reported a profit of $20 million for the quarter.", "numbers"),
    ("The company posted a $20 million loss for the quarter.",
     "The company made a $20 million profit in the quarter.", "numbers"),
    # one loss, told two ways
    ("The company posted a $1.2-billion loss.", "The company posted a loss of $1.2bn.",
     "numbers_agree"),
    # an operating profit and a net loss are two measures of one quarter
    ("Norvik posted an operating profit of $20m in the quarter.",
     "Norvik posted a net loss of $85m in the quarter.", None),
    # an insurer's losses from a storm are what it cost: the damage another outlet tells
    ("The insurer reported $2bn in losses from the storm.", "The storm caused $2bn in damage.",
     "numbers_agree"),
])
def test_a_loss_and_a_profit_are_one_result_of_two_signs(a: str, b: str,
                                                         kind: str | None) -> None:
    found = _figures(contrast(parsed("x", a), parsed("y", b)))
    assert list(found) == ([kind] if kind else []), found


@pytest.mark.parametrize(("a", "b", "relation"), [
    # two measures of one quarter: no words of the result are opposite either
    ("Norvik posted an operating profit of $20m in the quarter.",
     "Norvik posted a net loss of $85m in the quarter.", "agree"),
    ("Acme reported a pre-tax profit for the year.", "Acme reported a net loss for the year.",
     "agree"),
    # one measure, or one unnamed: which way the result went is disputed
    ("Acme reported a profit for the quarter.", "Acme posted a net loss for the quarter.",
     "conflict"),
    ("Acme returned to a net profit in the quarter.", "Acme posted a net loss for the quarter.",
     "conflict"),
])
def test_a_result_is_opposite_only_of_one_measure(a: str, b: str, relation: str) -> None:
    assert contrast(parsed("x", a), parsed("y", b)).relation == relation


def test_a_disputed_result_says_which_side_each_is_on() -> None:
    found = _figures(contrast(parsed("x", "Norvik posted a net loss of $85m for the quarter."),
                              parsed("y", "Norvik reported a profit of $20m for the quarter.")))
    assert "a net loss of $85m" in found["numbers"] and "a profit of $20m" in found["numbers"]


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


@pytest.mark.parametrize(("said_a", "said_b", "what"), [
    # a plural the numbers reader keeps as it is: no "s" is added to it again
    ("About 50 gunmen stormed the mine, police said.",
     "More than 100 gunmen stormed the mine, residents said.", "the number of gunmen"),
    ("Twelve fishermen were missing after the storm, the coastguard said.",
     "Nine fishermen were missing after the storm, the navy said.", "the number of fishermen"),
    # the singular it keeps of an irregular plural takes that plural back
    ("Three women were arrested at the march, police said.",
     "Five women were arrested at the march, organisers said.", "the number of women"),
    ("Seven children were rescued from the flooded school, firefighters said.",
     "Nine children were rescued from the flooded school, the mayor said.",
     "the number of children"),
    # a people's word is capitalised, and one that is its own plural stays as it is
    ("Twelve Chinese were evacuated from the port, the embassy said.",
     "Fifteen Chinese were evacuated from the port, the navy said.", "the number of Chinese"),
    ("Eight Iranians were detained at the border, the agency said.",
     "Eleven Iranians were detained at the border, the ministry said.",
     "the number of Iranians"),
])
def test_what_is_counted_is_named_in_its_plural(said_a: str, said_b: str, what: str) -> None:
    result = contrast(parsed("outlet-a", said_a), parsed("outlet-b", said_b))
    numbers = next(d for d in result.differences if d.kind == "numbers")
    assert re.search(rf"disagree on {what}\b", numbers.summary), numbers.summary


@pytest.mark.parametrize(("said_a", "said_b", "what"), [
    # plurals the summary already named well stay as they are
    ("The storm destroyed 300 homes, officials said.",
     "The storm destroyed 450 homes, the governor said.", "the number of homes"),
    ("About 40 casualties were reported after the blast, police said.",
     "About 90 casualties were reported after the blast, medics said.",
     "the number of casualties"),
])
def test_plurals_already_named_well_stay(said_a: str, said_b: str, what: str) -> None:
    result = contrast(parsed("outlet-a", said_a), parsed("outlet-b", said_b))
    numbers = next(d for d in result.differences if d.kind in ("numbers", "numbers_agree"))
    assert re.search(rf"{what}\b", numbers.summary), numbers.summary


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


@pytest.mark.parametrize(("told", "voice"), [
    # a government named by its seat and by its leader, where the cluster speaks for one state
    ((("AP", "The White House said the sanctions would take effect on Monday.", "White House"),
      ("Reuters", "The Biden administration said the sanctions would take effect on Monday.",
       "Biden administration")), "the White House"),
    # ... by its place
    ((("AP", "The US administration said the tariffs would be lifted in June.",
       "US administration"),
      ("CNN", "The White House said the tariffs would be lifted in June.", "White House")),
     "the US administration"),
    # ... and by its seat's street number
    ((("Guardian", "No 10 said the pay offer to nurses was final.", "No 10"),
      ("BBC", "The British government said the pay offer to nurses was final.",
       "British government")), "the British government"),
    ((("Times", "Downing Street said the pay offer to nurses was final.", "Downing Street"),
      ("Sky", "Number 10 said the pay offer to nurses was final.", "Number 10")),
     "Downing Street"),
    ((("TASS", "The Kremlin said the talks in Istanbul had failed.", "Kremlin"),
      ("BBC", "The Russian government said the talks in Istanbul had failed.",
       "Russian government")), "the Russian government"),
])
def test_one_government_named_by_its_seat_or_leader_is_one_voice(
        told: tuple[tuple[str, str, str], ...], voice: str) -> None:
    result = contrast(*(claim(source, text, speaker=who) for source, text, who in told))
    assert "speakers" not in kinds(result), result.summary
    assert result.summary.startswith(f"Only {voice} makes this claim"), result.summary


@pytest.mark.parametrize("told", [
    # a leader's administration beside two states' executives, or beside a state named only
    # by its name, could be either's, or the other side's
    (("AP", "The White House said the sanctions would take effect on Monday.", "White House"),
     ("TASS", "The Kremlin said the sanctions would take effect on Monday.", "Kremlin"),
     ("Reuters", "The Biden administration said the sanctions would take effect on Monday.",
      "Biden administration")),
    (("TASS", "Russia said the sanctions would take effect on Monday.", "Russia"),
     ("Reuters", "The Biden administration said the sanctions would take effect on Monday.",
      "Biden administration")),
    # two leaders' administrations are two governments; an untold one says not whose it is
    (("AP", "The Trump administration said the wall would be finished by 2020.",
      "Trump administration"),
     ("CNN", "The Biden administration said the wall would be finished by 2020.",
      "Biden administration"),
     ("Fox", "The White House said the wall would be finished by 2020.", "White House")),
    (("AP", "The administration said the wall would be finished by 2020.", "administration"),
     ("Fox", "The White House said the wall would be finished by 2020.", "White House")),
    # a party's or a group's government is no state's executive
    (("Dawn", "The Pakistani government said talks would resume on Monday.",
      "Pakistani government"),
     ("Tolo", "The Taliban administration said talks would resume on Monday.",
      "Taliban administration")),
])
def test_governments_the_cluster_does_not_tie_to_one_state_stay_apart(
        told: tuple[tuple[str, str, str], ...]) -> None:
    result = contrast(*(claim(source, text, speaker=who) for source, text, who in told))
    assert "speakers" in kinds(result), result.summary


def test_one_government_named_two_ways_still_contradicts_itself_and_its_figures() -> None:
    result = contrast(
        claim("AP", "The White House said it would not impose new tariffs on Canadian steel.",
              speaker="White House"),
        claim("Reuters", "The Biden administration said it would impose new tariffs on "
                         "Canadian steel.", speaker="Biden administration"))
    assert result.relation == "conflict" and "contradiction" in kinds(result), result.summary
    a = "The White House said 40 diplomats would be expelled."
    b = "The Biden administration said 35 diplomats would be expelled."
    result = contrast(claim("AP", a, speaker="White House",
                            numbers=(qty(a, "40", 40, 40, "diplomat"),)),
                      claim("Reuters", b, speaker="Biden administration",
                            numbers=(qty(b, "35", 35, 35, "diplomat"),)))
    assert result.relation == "conflict"
    assert result.summary == ("Sources disagree on the number of diplomats: the White House "
                              "says 40 (in AP) / 35 (in Reuters)."), result.summary


def _articles(*told: tuple[str, str]) -> list[Claim]:
    """The claims the extractor reads in one-sentence articles (source, text), numbered as
    the store numbers them."""
    import dataclasses

    from embeddings.claims import SentenceClaimExtractor
    from embeddings.types import Article

    extractor = SentenceClaimExtractor()
    out: list[Claim] = []
    for i, (source, text) in enumerate(told):
        for c in extractor.extract(Article(id=f"art-{i}", source=source, text=text)):
            out.append(dataclasses.replace(c, id=len(out) + 1))
    return out


@pytest.mark.parametrize(("told", "summary"), [
    # three outlets quote one speaker: not "Sources agree ...: Melania Trump says 120", which
    # reads as several voices (NewsWCL50 had it of "our two nations", no count since: see
    # test_a_pair_named_before_is_no_agreement_on_a_count)
    ((("Fox News", "Melania Trump said 120 students sang at the ceremony."),
      ("USA Today", "\"120 students sang for us at the ceremony,\" Melania Trump said."),
      ("New York Times", "At the ceremony 120 students sang, Melania Trump said."),
      ("Le Monde", "Emmanuel Macron said the friendship between France and America was "
                   "unbreakable.")),
     "Fox News, New York Times and USA Today agree on what Melania Trump says of the number of "
     "students: 120."),
    ((("AP", "Twelve people were killed in the air strike, the health ministry said."),
      ("BBC", "The health ministry said 12 people died in the strike."),
      ("Al Jazeera", "The army said it had targeted a weapons depot.")),
     "AP and BBC agree on what the health ministry says of the number of people who died: "
     "twelve."),
    ((("Reuters", "Inflation rose to 3.1% in March, the statistics office said."),
      ("Bloomberg", "The statistics office said inflation climbed to 3.1% in March."),
      ("FT", "The finance minister said prices were stabilising.")),
     "Bloomberg and Reuters agree on what the statistics office says of the percentage: 3.1%."),
    # an outlet relays another, which says it itself: the relay alone is a second report
    ((("New York Times", "Four people were killed in the shooting."),
      ("HuffPost", "Four people were killed in the shooting, The New York Times reported."),
      ("Reuters", "The gunman opened fire in the shopping mall, police said.")),
     "HuffPost reports what New York Times says of the number of people who died: four."),
    # one voice whose figure the outlets give apart, within what they agree on
    ((("Tribune", "Police said 38,000 people took part in the march."),
      ("Post", "Around 40,000 people took part in the march, according to police.")),
     "Post and Tribune agree on what the police say of the number of people who took part: "
     "around 40,000 (in Post) / 38,000 (in Tribune) (the figures overlap)."),
])
def test_one_voice_agreed_on_by_several_outlets_names_the_outlets(
        told: tuple[tuple[str, str], ...], summary: str) -> None:
    result = contrast(*_articles(*told))
    agreed = [d.summary for d in result.differences if d.kind == "numbers_agree"]
    assert result.relation == "agree" and agreed == [summary], result.summary
    assert result.summary == summary


@pytest.mark.parametrize(("told", "summary"), [
    # two voices: "Sources agree", each voice named
    ((("Fox News", "Melania Trump said 120 students sang at the ceremony."),
      ("USA Today", "Melania Trump said 120 students sang for the guests."),
      ("Le Monde", "Emmanuel Macron said 120 students sang at the ceremony.")),
     "Sources agree on the number of students: Emmanuel Macron and Melania Trump say 120."),
    ((("Ledger", "The reform raises the retirement age to 64, the minister said."),
      ("Herald", "The minister said the bill lifts the retirement age to 64."),
      ("Post", "Marine Le Pen said the reform raises the retirement age to 64.")),
     "Sources agree on the age: Marine Le Pen and the minister say 64."),
    # one voice quoted with two figures is a dispute, told as before
    ((("AP", "Twelve people were killed in the air strike, the health ministry said."),
      ("BBC", "The health ministry said nine people died in the strike."),
      ("Al Jazeera", "The army said it had targeted a weapons depot.")),
     "Sources disagree on the number of people who died: the health ministry says twelve "
     "(in AP) / nine (in BBC)."),
])
def test_agreements_of_several_voices_and_disputes_are_told_as_before(
        told: tuple[tuple[str, str], ...], summary: str) -> None:
    assert contrast(*_articles(*told)).summary == summary


@pytest.mark.parametrize(("a", "b"), [
    ("The friendship binds our two nations.", "Trade underpins the friendship between our two "
     "great nations."),
    ("The two leaders met in Paris.", "The two leaders discussed trade."),
    ("Talks between the two countries resumed.", "Both countries' envoys said the two countries "
     "were close to a deal."),
])
def test_a_pair_named_before_is_no_agreement_on_a_count(a: str, b: str) -> None:
    """"our two nations", "the two leaders": the pair the story is about, which neither side
    counts; a reader shown "Sources agree on the number of nations: two" learns nothing."""
    result = contrast(parsed("outlet-a", a), parsed("outlet-b", b))
    assert "numbers_agree" not in kinds(result)


@pytest.mark.parametrize(("a", "b"), [
    # a count one side states, or a count that is no pair, is still an agreement
    ("Two countries signed the pact on Monday.", "The two countries signed the pact."),
    ("The 300 passengers were rescued.", "All of the 300 passengers were rescued."),
])
def test_a_stated_count_still_agrees(a: str, b: str) -> None:
    result = contrast(parsed("outlet-a", a), parsed("outlet-b", b))
    assert "numbers_agree" in kinds(result)
