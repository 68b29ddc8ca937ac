"""The contrast stage on hand-made claims: what a reader of a cluster would notice."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from pathlib import Path

import pytest

from embeddings.types import Claim, Contrast, Entity, Quantity
from service.contrast import RuleContraster, pair_relation
from service.contrast.intervals import overlap
from service.contrast.names import spelling_variant
from service.contrast.wording import loaded_words, log_odds_z


def claim(source: str, text: str, speaker: str | None = None, cid: int | None = None,
          numbers: tuple[Quantity, ...] = (), entities: tuple[Entity, ...] = (),
          offset: int = 0) -> Claim:
    return Claim(article_id=f"art-{source}", source=source, text=text, start=offset,
                 end=offset + len(text), core=text, speaker=speaker, numbers=numbers,
                 entities=entities, id=cid)


def qty(sentence: str, said: str, low: float | None, high: float | None, unit: str | None = None,
        kind: str = "count", approximate: bool = False, offset: int = 0) -> Quantity:
    at = offset + sentence.index(said)
    return Quantity(said, at, at + len(said), low, high, unit, kind, approximate)


def ent(sentence: str, name: str, offset: int = 0) -> Entity:
    at = offset + sentence.index(name)
    return Entity(name, at, at + len(name), "PLACE")


def contrast(*claims: Claim) -> Contrast:
    return RuleContraster().contrast(claims)


def kinds(result: Contrast) -> list[str]:
    return [d.kind for d in result.differences]


# -- numbers ---------------------------------------------------------------------------------
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
    result = contrast(_read("x", a), _read("y", b))
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
    result = contrast(_read("Ledger", "The reform raises the retirement age to 64."),
                      _read("Herald", "The bill lifts the retirement age to 64."),
                      _read("Post", "The reform raises the retirement age to 65."))
    assert result.relation == "conflict"
    assert "Herald and Ledger say 64, Post says 65" in result.summary, result.summary


def _dated(source: str, text: str, published: str | None, speaker: str | None = None,
           cid: int | None = None) -> Claim:
    from embeddings.claims.numbers import find_numbers

    return dataclasses.replace(claim(source, text, speaker=speaker, cid=cid,
                                     numbers=tuple(find_numbers(text))), published=published)


def test_figures_of_reports_of_different_days_are_the_story_moving_on() -> None:
    result = contrast(
        _dated("Ledger", "Thirty-one people died when the ferry sank.", "2026-03-03", cid=1),
        _dated("Herald", "Fourteen people died when the ferry sank.", "2026-03-02T08:00:00Z",
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


@pytest.mark.parametrize("later", [
    "No deaths have been reported in the ferry sinking, the coast guard said.",
    "Nine people died when the ferry sank.",
])
def test_fewer_dead_in_a_later_report_is_a_dispute_not_the_story_moving_on(later: str) -> None:
    # a toll rises as a story goes on; the dead do not come back ("no deaths" counts them)
    result = contrast(
        _dated("Herald", "At least 14 people died when the ferry sank.", "2026-03-02", cid=1),
        _dated("Ledger", later, "2026-03-03", cid=2))
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
    result = contrast(_dated("Post", "Violent crime rose 40% in the city last year.", None, cid=1),
                      _dated("Checker", other, None, cid=2))
    assert result.relation == relation, result.summary
    if relation == "conflict":  # 4% against 40%, and no "agree on 40%"
        assert result.summary.startswith("Sources disagree"), result.summary
        assert not any(d.kind == "numbers_agree" for d in result.differences)


def test_figures_of_reports_years_apart_say_how_far_apart() -> None:
    # half of 140,000 displaced in 2020, more than 100k in 2023: two wars, not one count
    result = contrast(
        _dated("Paper", "Half of the 140,000 inhabitants have been displaced.", "2020-10-09",
               cid=1),
        _dated("Blog", "More than 100k inhabitants have been displaced.", "2023-11-30", cid=2))
    (changed,) = [d for d in result.differences if d.kind == "numbers_changed"]
    assert changed.summary.startswith("Reports 3 years apart give"), changed.summary


@pytest.mark.parametrize(("day_a", "day_b"), [
    ("2026-03-03", "2026-03-03"),  # one day: a dispute
    ("2026-03-03", None),  # one report without a date: it may be the same day
])
def test_figures_of_one_day_or_of_an_unknown_day_still_disagree(day_a: str,
                                                                day_b: str | None) -> None:
    result = contrast(
        _dated("Ledger", "Thirty-one people died when the ferry sank.", day_a, cid=1),
        _dated("Post", "Twenty people died when the ferry sank.", day_b, cid=2))
    assert result.relation == "conflict"
    assert [d.kind for d in result.differences if d.kind.startswith("numbers")] == ["numbers"]


def test_a_figure_with_no_noun_is_called_the_figure() -> None:
    result = contrast(_dated("Ledger", "The index closed the week at 4,120.", None, cid=1),
                      _dated("Post", "The index closed the week at 4,310.", None, cid=2))
    assert result.relation == "conflict"
    assert result.summary.startswith("Sources disagree on the figure:"), result.summary
    # a magnitude is named as one
    result = contrast(_dated("Ledger", "The quake had a magnitude of 6.8.", None, cid=1),
                      _dated("Post", "The quake had a magnitude of 6.1.", None, cid=2))
    assert result.summary.startswith("Sources disagree on the magnitude:"), result.summary


def test_an_age_does_not_move_between_reports() -> None:
    result = contrast(
        _dated("Ledger", "The reform raises the retirement age from 62 to 64.", "2026-05-02",
               cid=1),
        _dated("Post", "The reform raises the retirement age to 65.", "2026-05-03", cid=2))
    assert result.relation == "conflict"
    assert result.summary.startswith("Sources disagree on the age:"), result.summary


def test_a_year_does_not_move_between_reports() -> None:
    result = contrast(
        _dated("Ledger", "The ferry was built in 1998.", "2026-03-03", cid=1),
        _dated("Post", "The ferry was built in 2004.", "2026-03-05", cid=2))
    assert result.relation == "conflict"


def test_one_voice_whose_figure_moved_between_days_is_shown() -> None:
    result = contrast(
        _dated("Herald", "Fourteen people died, the coast guard said.", "2026-03-02",
               speaker="coast guard", cid=1),
        _dated("Herald", "Thirty-one people died, the coast guard said.", "2026-03-03",
               speaker="coast guard", cid=2))
    assert result.relation == "agree"
    assert [d.kind for d in result.differences] == ["numbers_changed"]
    # the same words on two days repeat the claim: nothing to show
    same = contrast(
        _dated("Herald", "Fourteen people died, the coast guard said.", "2026-03-02",
               speaker="coast guard", cid=1),
        _dated("Herald", "Fourteen people died, the coast guard said.", "2026-03-03",
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
    result = contrast(_read("x", a), _read("y", b))
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
])
def test_counts_of_what_befell_whom(a: str, b: str, relation: str, kind: str | None) -> None:
    result = contrast(_read("x", a), _read("y", b))
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
    result = contrast(_read("x", a), _read("y", b))
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
        _read("x", "The death toll from Thursday's garment factory fire in Dhaka rose to 19."),
        _read("y", "At least 12 people died in the garment factory fire."))
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


def _read(source: str, text: str) -> Claim:
    from embeddings.claims.numbers import find_numbers

    return claim(source, text, numbers=tuple(find_numbers(text)))


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
    result = contrast(_read("x", a), _read("y", b))
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
    result = contrast(_read("x", a), _read("y", b))
    assert [d.kind for d in result.differences if d.kind.startswith("numbers")] == [kind], (a, b)


def test_one_amount_in_two_currencies_is_told_not_compared() -> None:
    # no rate of exchange is known here: "£100m" / "$120m" is neither a dispute nor agreement
    result = contrast(_read("x", "United paid £100m for the striker."),
                      _read("y", "United paid $120m for the striker."))
    assert kinds(result) == ["numbers_units"] and result.relation == "agree"
    assert result.summary == ("Sources give the amount in different currencies, not compared: "
                              "x says £100m, y says $120m.")
    # one currency is compared as ever; two amounts a side are not paired up by guess
    assert kinds(contrast(_read("x", "United paid £100m for the striker."),
                          _read("y", "United paid £85m for the striker."))) == ["numbers"]
    result = contrast(_read("x", "United paid £100m for the striker and €5m in fees."),
                      _read("y", "United paid $120m for the striker."))
    assert "numbers_units" not in kinds(result)


def test_jobs_cut_are_counted_however_they_are_named() -> None:
    # "12,000 job cuts" counts jobs, not cuts; a company cuts jobs or lays off employees
    result = contrast(_read("x", "Quorra will cut 12,000 jobs."),
                      _read("y", "Quorra is laying off 11,000 employees."))
    assert result.relation == "conflict" and "the number of jobs" in result.summary
    result = contrast(_read("x", "Quorra will cut 12,000 jobs."),
                      _read("y", "Quorra announced 12,000 job cuts on Monday."))
    assert kinds(result) == ["numbers_agree"]


def test_rate_changes_in_points_are_told_from_levels() -> None:
    # "a quarter point" is a change of 0.25 percentage points, not a share of 25 %
    result = contrast(_read("x", "The bank raised its key rate by a quarter point to 5.25%."),
                      _read("y", "The bank raised its key rate by half a point to 5.5%."))
    assert result.relation == "conflict"
    assert ("the change in percentage points: x says a quarter point, y says half a point"
            in result.summary), result.summary
    assert "the percentage: x says 5.25%, y says 5.5%" in result.summary
    result = contrast(_read("x", "The Fed raised rates by 25 basis points."),
                      _read("y", "The Fed raised rates by a quarter of a percentage point."))
    assert kinds(result) == ["numbers_agree"] and result.relation == "agree"
    # a change in points and a level in percent are two measures
    result = contrast(_read("x", "The Fed raised rates by a quarter point."),
                      _read("y", "The Fed raised rates to 5.25 percent."))
    assert "numbers" not in kinds(result)


@pytest.mark.parametrize(("a", "b", "relation"), [
    ("The match ended 2-1 to Madrid.", "The match ended 2-2.", "conflict"),
    ("The bill passed 52-48 in the Senate.", "The Senate passed the bill 51-49.", "conflict"),
    ("Madrid won 3-0 on Sunday.", "Madrid won the final 3-0.", "agree"),
    # a result is exact: 3-0 is no 3-1, however round 3,000 looks
    ("Madrid beat Chelsea 3-0.", "Madrid won 3-1.", "conflict"),
])
def test_scores_of_one_match_are_compared_exactly(a: str, b: str, relation: str) -> None:
    result = contrast(_read("x", a), _read("y", b))
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
    result = contrast(_read("x", a), _read("y", b))
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
    result = contrast(_read("x", a), _read("y", b))
    assert ("numbers" in kinds(result)) is clash, (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Flynn was fired on Feb. 13, 2017.", "Flynn was ousted in February 2017."),
    ("The dinner took place on Jan. 27.", "The dinner took place on Jan. 27, 2017."),
])
def test_a_date_is_compared_at_the_precision_both_sides_give(a: str, b: str) -> None:
    result = contrast(_read("x", a), _read("y", b))
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
    result = contrast(_read("x", a), _read("y", b))
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


# -- names -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("a", "b", "same"), [
    ("Shushi", "Shusha", True), ("Aliyev", "Aliev", True), ("Pashinyan", "Pashinian", True),
    ("Armenia", "Albania", False), ("Iran", "Iraq", False), ("Armenia", "Armenian", False),
    ("Ukraine", "Ukrainian", False), ("Azerbaijan", "Azerbaijani", False),
    ("Minister", "Ministry", False), ("Austria", "Australia", False),
])
def test_spelling_variants(a: str, b: str, same: bool) -> None:
    assert spelling_variant(a, b) is same


def test_name_variants_keep_each_sources_form() -> None:
    a = "President Ilham Aliyev visited the town on Sunday."
    b = "Ilham Aliev went to the town on Sunday."
    result = contrast(claim("outlet-a", a, entities=(ent(a, "President Ilham Aliyev"),)),
                      claim("outlet-b", b, entities=(ent(b, "Ilham Aliev"),)))
    names = next(d for d in result.differences if d.kind == "names")
    assert not names.conflict
    assert {(e["source"], e["form"]) for e in names.evidence} == {
        ("outlet-a", "Aliyev"), ("outlet-b", "Aliev")}
    row = next(e for e in names.evidence if e["source"] == "outlet-a")
    assert a[int(str(row["start"])):int(str(row["end"]))] == "Aliyev"
    assert result.relation == "agree"


def test_gazetteer_links_names_spelling_cannot() -> None:
    a = "Shelling hit Stepanakert overnight."
    b = "Shelling hit Khankendi overnight."
    result = contrast(claim("outlet-a", a), claim("outlet-b", b))
    names = next(d for d in result.differences if d.kind == "names")
    assert {(e["source"], e["text"]) for e in names.evidence} == {
        ("outlet-a", "Stepanakert"), ("outlet-b", "Khankendi")}
    assert "Stepanakert" in names.summary and "Khankendi" in names.summary
    assert result.relation == "agree"


def test_user_gazetteer_extends_the_shipped_one(tmp_path: Path) -> None:
    extra = tmp_path / "names.json"
    extra.write_text(json.dumps({"groups": [{"names": ["Ruritania", "Graustark"]}]}))
    a, b = "Ruritania held elections.", "Graustark held elections."
    result = RuleContraster(toponyms=extra).contrast([claim("x", a), claim("y", b)])
    assert "names" in kinds(result)


def test_same_name_everywhere_is_no_difference() -> None:
    a, b = "Kyiv was hit by drones.", "Drones struck Kyiv."
    assert "names" not in kinds(contrast(claim("x", a), claim("y", b)))


# -- contradiction ---------------------------------------------------------------------------
def test_a_denial_is_a_contradiction() -> None:
    a = "The minister told lawmakers that troops would cross the border within weeks."
    b = "This is an incorrect statement and does not reflect what the minister said."
    result = contrast(claim("paper", a), claim("paper", b, speaker="Ministry spokesman"))
    assert result.relation == "conflict"
    contra = next(d for d in result.differences if d.kind == "contradiction")
    roles = {e["voice"]: e["role"] for e in contra.evidence}
    assert roles == {"Ministry spokesman": "denies", "paper": "asserts"}


def test_denied_complement_contradicts_the_assertion() -> None:
    a = "Officials denied that their forces shelled the village."
    b = "Government forces shelled the village overnight."
    assert contrast(claim("x", a), claim("y", b)).relation == "conflict"


@pytest.mark.parametrize("denial", [
    "Officials deny the rebels captured the mayor's brother",  # no "that"
    "Ministry Denies Rebels Captured Mayor's Brother",  # a Title Case headline
    "Rebel capture of mayor's brother a hoax, officials say",
    "Police raise doubts about reports that rebels captured the mayor's brother",
])
def test_headline_denials_contradict_the_report(denial: str) -> None:
    report = "Rebels captured the brother of the mayor on Sunday."
    result = contrast(claim("wire", report), claim("site", denial))
    assert result.relation == "conflict", denial
    contra = next(d for d in result.differences if d.kind == "contradiction")
    assert {e["role"] for e in contra.evidence} == {"denies", "asserts"}


@pytest.mark.parametrize(("other", "relation"), [
    ("Experts, including the space agency, cast doubt on the claims.", "conflict"),
    ("Scientists have cast doubts on the report.", "conflict"),
    # a question asked is no doubt cast
    ("Reporters had questions about the report for the space agency.", "agree"),
    # no doubt is cast in "no doubt"
    ("There is no doubt about the report, the space agency said.", "agree"),
    ("There is no doubt that a meteorite landed near the capital.", "agree"),
])
def test_doubt_cast_on_the_claims_disputes_them(other: str, relation: str) -> None:
    report = "A meteorite landed near the capital on Sunday night."
    assert contrast(claim("wire", report), claim("site", other)).relation == relation, other


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a debunking word negated asserts the story
    ("The video of the homeless man was real.",
     "The homeless man insists the video was not a hoax.", "agree"),
    ("The photo of the shark on the highway is genuine.",
     "The photo of the shark on the highway is not fake, the photographer said.", "agree"),
    ("The video of the homeless man was a hoax.",
     "The homeless man insists the video was not a hoax.", "conflict"),
    ("The photo of the shark on the highway is fake.",
     "The photo of the shark on the highway is not fake, the photographer said.", "conflict"),
    # a story called fake inside a phrase: what it told is denied, not the sentence around it
    ("The senator wants the official fired.",
     "The senator wants the official fired over a fake expenses story.", "agree"),
    ("Tom Brokaw wants Brian Williams fired.",
     "Tom Brokaw wants Brian Williams fired over his fabricated Iraq helicopter story.", "agree"),
    ("Brian Williams was in a helicopter hit by a rocket in Iraq.",
     "Tom Brokaw wants Brian Williams fired over his fabricated Iraq helicopter story.",
     "conflict"),
])
def test_what_is_called_fake_is_what_is_denied(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, b


@pytest.mark.parametrize(("denial", "relation"), [
    ("The ministry called the accusation baseless.", "conflict"),
    ("The ministry described the reports as false.", "conflict"),
    ("The ministry rejected the comparison, calling it false propaganda.", "conflict"),
    # a criticism rejected, with what the ministry says instead
    ("The ministry rejected the criticism, saying the dams were safe.", "conflict"),
    # a thing called absurd is no statement called untrue; a plan rejected is no statement
    ("The ministry called the new dam absurd.", "agree"),
    ("The ministry rejected the plan, saying it would cost too much.", "agree"),
])
def test_a_statement_called_untrue_is_denied(denial: str, relation: str) -> None:
    report = "Illegal logging upstream made the floods worse, environmental groups said."
    assert contrast(claim("wire", report, speaker="environmental groups"),
                    claim("post", denial, speaker="ministry")).relation == relation


@pytest.mark.parametrize(("a", "b"), [
    # refusing something is not denying a statement
    ("The border guards denied journalists access to the town.",
     "Journalists reached the town on Monday."),
    # a denial about something else (the pair is judged as matched: nothing is shared)
    ("The ministry denies the army shelled the airport.",
     "Rebels captured the brother of the mayor."),
    # "hoax" about a different story needs shared content
    ("The bomb threat at the stadium was a hoax.",
     "Rebels captured the brother of the mayor."),
    # "question" that is not a doubt
    ("Reporters put a question to the minister about the brother of the mayor.",
     "Rebels captured the brother of the mayor."),
])
def test_denial_words_without_a_denied_statement_are_no_conflict(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "agree"


@pytest.mark.parametrize(("report", "check"), [
    # not done so far
    ("The governor signed the budget bill on Tuesday.",
     "The governor has yet to sign the budget bill."),
    # a story told as a joke, a picture made up
    ("Police arrested the street artist in Bristol.",
     "The street artist arrest story is satire."),
    ("A giant crab washed up on a beach in Cornwall.",
     "The giant crab photo from the Cornwall beach was doctored."),
    # a death called a hoax denies that he died
    ("The folk singer Jon Bellamy has died.", "Reports of Jon Bellamy's death are a hoax."),
    # what the thing was, and where it was
    ("A meteorite struck near the capital overnight.",
     "The explosion was not a meteorite, scientists said."),
    ("This photo of flooded streets was taken in Lagos last week.",
     "This photo of flooded streets is not from Lagos."),
])
def test_fact_checks_contradict_what_they_check(report: str, check: str) -> None:
    result = contrast(claim("wire", report), claim("checker", check))
    assert result.relation == "conflict", check
    contra = next(d for d in result.differences if d.kind == "contradiction")
    assert {e["role"] for e in contra.evidence} in ({"denies", "asserts"},
                                                    {"negates", "asserts"})


@pytest.mark.parametrize(("report", "other"), [
    # "yet" elsewhere, and "yet to" about another act
    ("The governor signed the budget bill on Tuesday.",
     "The governor signed the budget bill, yet critics were not satisfied."),
    ("The governor signed the budget bill on Tuesday.",
     "The governor signed the budget bill; the senate has yet to vote on the tax plan."),
    # a satire as the work it is, a photo altered by no one's say
    ("The comedian's new film opened in 300 cinemas.",
     "The comedian's new film, a satire of office life, opened in 300 cinemas."),
    # what it was not, said of something else; a place it is not from, of another thing
    ("A meteorite struck near the capital overnight.",
     "A meteorite struck near the capital overnight; the damage was not a concern."),
    ("This photo of flooded streets was taken in Lagos last week.",
     "This photo of flooded streets was taken in Lagos; the rescuers were not from Lagos."),
])
def test_fact_check_words_elsewhere_are_no_conflict(report: str, other: str) -> None:
    assert contrast(claim("wire", report), claim("site", other)).relation == "agree", other


@pytest.mark.parametrize(("report", "answer"), [
    ("The steelworks in Redcar will close next month.",
     "Contrary to reports, the steelworks in Redcar will stay open."),
    ("The steelworks in Redcar will close next month.",
     "There is no truth to reports that the Redcar steelworks will close."),
    ("The health minister resigned on Monday.",
     "The health minister remains in office and has no plans to resign."),
    ("Customs officers arrested the journalist at the border post.",
     "The journalist was briefly questioned at the border post but not arrested."),
    ("Senator Alvarez voted for the water bill.", "Senator Alvarez voted against the water bill."),
    ("The band cancelled its summer tour.",
     "The band's summer tour will go ahead, its label said."),
])
def test_answers_to_a_report_contradict_it(report: str, answer: str) -> None:
    result = contrast(claim("wire", report), claim("site", answer))
    assert result.relation == "conflict", answer


@pytest.mark.parametrize(("report", "other"), [
    # two people, each their own way: no dispute
    ("Senator Alvarez voted for the water bill.", "Senator Brooks voted against the water bill."),
    ("The health minister resigned on Monday.",
     "The health minister resigned; the prime minister remains in office."),
    # no plans for something else; no truth to another report
    ("The health minister resigned on Monday.",
     "The health minister resigned on Monday and has no plans to return to politics."),
    ("The steelworks in Redcar will close next month.",
     "The steelworks in Redcar will close; there is no truth to reports of a buyer."),
    # "not" after "but" of another thing
    ("The journalist was arrested at the border post.",
     "The journalist was arrested at the border post but not charged."),
])
def test_answers_to_other_things_are_no_conflict(report: str, other: str) -> None:
    assert contrast(claim("wire", report), claim("site", other)).relation == "agree", other


@pytest.mark.parametrize(("a", "b"), [
    ("The plane crashed into the sea off Bali.", "The plane landed safely in Bali."),
    ("The hostages were freed on Sunday.", "The hostages are still being held."),
    ("The ceasefire is holding.", "The ceasefire collapsed on Tuesday."),
    ("The wildfire has been contained.", "The wildfire is still spreading."),
    ("The protest in the capital was peaceful.", "The protest in the capital turned violent."),
    ("The bill passed the Senate.", "The bill failed in the Senate."),
    ("The drug is safe for children.", "The drug is dangerous for children."),
    ("The president is in good health.", "The president is seriously ill."),
    ("Castro has died.", "Castro rumours proven false."),
])
def test_opposite_states_of_one_subject_contradict(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "conflict", b


@pytest.mark.parametrize(("a", "b"), [
    # two subjects, each in its own state
    ("The plane crashed into the sea off Bali.", "The second plane landed safely in Bali."),
    ("The protest in Paris was peaceful.", "The protest in Lyon turned violent."),
    ("The company made a profit last year.", "Its rival posted a loss last year."),
    # one claim that says both, of two things
    ("The ceasefire is holding.",
     "The ceasefire is holding in the north, and talks on the south collapsed."),
    ("The protest in the capital was peaceful.",
     "The protest in the capital was peaceful, though clashes broke out in the suburbs."),
])
def test_opposite_states_of_two_subjects_are_no_conflict(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "agree", b


@pytest.mark.parametrize("answer", [
    "The defence ministry played down reports that the army shelled the hospital in Marovo.",
    "The White House pushed back on reports that the army shelled the hospital in Marovo.",
    "The ministry branded claims that the army shelled the hospital 'lies'.",
    "The ministry said the story of the hospital shelling was completely made up.",
    "Witnesses contradicted the account that the army shelled the hospital in Marovo.",
])
def test_denials_in_other_words_contradict_the_report(answer: str) -> None:
    report = "The army shelled the hospital in Marovo on Friday."
    result = contrast(claim("wire", report), claim("site", answer))
    assert result.relation == "conflict", answer
    contra = next(d for d in result.differences if d.kind == "contradiction")
    assert {e["role"] for e in contra.evidence} == {"denies", "asserts"}


@pytest.mark.parametrize("answer", [
    # disputing a denial says it happened; the "no" is the account's, not the doctors'
    "Doctors disputed the army's account that no shells hit the hospital in Marovo.",
    "Doctors rejected claims that the army never shelled the hospital in Marovo.",
])
def test_a_denial_of_a_denial_agrees_with_the_report(answer: str) -> None:
    report = "The army shelled the hospital in Marovo on Friday."
    assert contrast(claim("wire", report), claim("site", answer)).relation == "agree", answer


def test_a_report_played_down_without_what_it_said_denies_nothing_else() -> None:
    # "the report" may be any report: what was played down must be said to be denied
    a = "The leader has repeatedly said he is willing to give up nuclear weapons."
    b = "A government official later played down the report, saying it was too soon to tell."
    assert contrast(claim("wire", a), claim("paper", b)).relation == "agree"


def test_a_negated_pole_is_one_finding() -> None:
    result = contrast(claim("wire", "The two aides pleaded guilty to the charges."),
                      claim("paper", "The two aides pleaded not guilty to the charges."))
    (contra,) = [d for d in result.differences if d.kind == "contradiction"]
    assert contra.summary.count("“") == 2, contra.summary  # "not guilty" vs "guilty", once


@pytest.mark.parametrize(("a", "b", "relation"), [
    ("The chief executive knew about the fraud.",
     "The chief executive had no knowledge of the fraud, his lawyer said.", "conflict"),
    ("The carmaker knew the airbags were faulty.",
     "The carmaker insists it was unaware the airbags were faulty.", "conflict"),
    # another person's ignorance; knowing and not telling
    ("The chief executive knew about the fraud.",
     "The chief executive knew about the fraud; the auditors were unaware of it.", "agree"),
    ("The chief executive knew about the fraud.",
     "The chief executive knew about the fraud but did not report it.", "agree"),
])
def test_knowing_and_not_knowing_of_one_person(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, b


@pytest.mark.parametrize(("a", "b", "relation"), [
    ("Drinking coffee causes liver cancer.",
     "There is no link between drinking coffee and liver cancer, researchers said.", "conflict"),
    ("Drinking coffee causes liver cancer.",
     "The study found no association between coffee and liver cancer.", "conflict"),
    ("The vaccine is effective against the new variant.",
     "The vaccine is ineffective against the new variant.", "conflict"),
    ("The vaccine is effective against the new variant.",
     "The vaccine offers little protection against the new variant.", "conflict"),
    ("Masks reduce the spread of the virus.", "Masks do little to reduce the spread of the virus.",
     "conflict"),
    # no link to another disease; another drug that does not work
    ("Drinking coffee causes liver cancer.",
     "There is no link between drinking coffee and heart disease, researchers said.", "agree"),
    ("The vaccine is effective against the new variant.",
     "The vaccine is effective against the new variant; the older drug proved ineffective.",
     "agree"),
])
def test_findings_and_their_refutations(a: str, b: str, relation: str) -> None:
    assert contrast(claim("study", a), claim("review", b)).relation == relation, b


def test_title_case_negation_meets_the_assertion() -> None:
    a = "The street artist was arrested in London."
    b = "Everybody Relax, The Street Artist Wasn't Arrested"
    assert contrast(claim("x", a), claim("y", b)).relation == "conflict"


def test_negated_predicate_contradicts_the_assertion() -> None:
    a = "The ambassadors did not attend the ceremony."
    b = "The ambassadors attended the ceremony."
    result = contrast(claim("x", a), claim("y", b))
    contra = next(d for d in result.differences if d.kind == "contradiction")
    assert {e["text"] for e in contra.evidence} == {"not attend", "attended"}


def test_unrelated_negation_is_not_a_contradiction() -> None:
    a = "The ambassadors did not attend the ceremony."
    b = "The foreign ministry condemned the ambassadors over the ceremony."
    result = contrast(claim("x", a), claim("y", b))
    assert result.relation == "agree"
    assert "contradiction" not in kinds(result)


@pytest.mark.parametrize(("a", "b"), [
    # only the head word is shared: two statements about one investigation, not one disputed
    ("Trump asked the director to say publicly that he is not under investigation.",
     "The director said Trump asked him to drop the investigation into his adviser."),
    # two moments of one conversation: nothing of the negated clause but its verb
    ("I did not reply, or even nod, the director wrote.",
     "“I replied that he would always get honesty from me,” the director wrote."),
    # "in return" is an idiom of two words, not a return the other side states
    ("The president endorsed a peace treaty with the North, and they offered nothing in "
     "return.",
     "Seoul wants a deal in which the North gives up its weapons in return for a security "
     "guarantee."),
])
def test_a_negated_word_alone_is_not_a_contradiction(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "agree", a


@pytest.mark.parametrize(("a", "b"), [
    ("The president wanted the director to investigate the allegations to prove the dossier "
     "was a lie.", "The chief of staff asked about the contents of the dossier."),
    ("Police will check whether the video of the mayor is fake.",
     "A video shows the mayor dancing at the party."),
])
def test_a_falsity_someone_wants_to_find_out_is_no_denial(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "agree", a


def test_questions_asked_are_not_doubts() -> None:
    asked = "The prosecutor has four dozen questions about the mayor's ties to the builder."
    told = "The mayor's ties to the builder go back a decade."
    assert contrast(claim("x", asked), claim("y", told)).relation == "agree"
    doubted = "Engineers questioned whether the crater was caused by a meteorite."
    assert contrast(claim("x", doubted),
                    claim("y", "A meteorite caused the crater.")).relation == "conflict"


def test_a_denial_of_what_its_own_sentence_said_needs_the_other_side_to_say_it() -> None:
    denial = ("Investigators looked for evidence of collusion with the builder, "
              "which the mayor denies.")
    assert contrast(claim("x", denial),
                    claim("y", "The mayor opened the new bridge on Monday.")).relation == "agree"
    assert contrast(claim("x", denial), claim(
        "y", "Investigators found evidence of collusion with the builder.")).relation == "conflict"


@pytest.mark.parametrize(("a", "b"), [
    ("The ambassador did not attend the ceremony in Shusha.",
     "The ambassador attended a ceremony on Saturday."),
    # what is denied is that there is such a thing: the thing is the whole statement
    ("There is no band playing.", "A band is playing on a stage."),
    # the negated clause restates one clause of a claim that goes on to say more
    ("Police did not use tear gas, the spokesman said.",
     "Police fired tear gas and used batons to break up the peaceful march, witnesses said."),
])
def test_a_negated_clause_that_shares_more_than_its_verb_contradicts(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "conflict", a


def test_negation_in_another_clause_is_not_a_contradiction() -> None:
    a = "Talks were not held in Geneva, but the ministers met in Moscow."
    b = "The ministers met in Moscow."
    assert contrast(claim("x", a), claim("y", b)).relation == "agree"


@pytest.mark.parametrize(("a", "b", "relation"), [
    # "no evidence that X" denies X
    ("There is no evidence that the vaccine causes infertility, the agency said.",
     "The vaccine causes infertility, the activist claimed.", "conflict"),
    ("Observers found no evidence of fraud in the vote.",
     "The vote was marred by fraud, the opposition said.", "conflict"),
    ("Observers found no evidence of fraud in the vote.", "Turnout was high in the vote.",
     "agree"),
    # "not ... until" says when, not whether
    ("The plant will not close until March.", "The plant will close in March.", "agree"),
    # opposites: who won, whether it was meant
    ("The government won the vote by 310 to 290.", "The government lost the vote.",
     "conflict"),
    ("The rebels won the battle.", "The army lost the battle.", "agree"),
    ("The fire was started deliberately, police said.",
     "The fire was an accident, the fire service said.", "conflict"),
    # a "no" answering the sentence's own question, or taking back what it said
    ("Stadium deal for the Rovers ahead? No, says the league commissioner.",
     "The league will approve a stadium deal for the Rovers next year.", "conflict"),
    ("Stadium deal for the Rovers ahead? Yes, says the league commissioner.",
     "The league will approve a stadium deal for the Rovers next year.", "agree"),
    ("The actor was one of the airport heroes who tackled the attacker, no he wasn't.",
     "The actor helped the airport heroes tackle the attacker.", "conflict"),
    ("Was the actor one of the airport heroes? No one knows.",
     "The actor helped the airport heroes tackle the attacker.", "agree"),
])
def test_denials_and_opposites_of_news_wording(a: str, b: str, relation: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == relation, (a, b)


def test_a_negated_clause_sharing_only_the_story_with_one_clause_is_no_contradiction() -> None:
    # the other claim's clause shares the police and the gas, but says something else of them
    a = "Police did not use tear gas."
    b = "Police said a gas leak forced the evacuation of the square, and the march ended."
    assert contrast(claim("x", a), claim("y", b)).relation == "agree"
    # a relative clause restating the negated clause's object is no clause of its own
    a = "Trump insisted he wouldn't cut any of these social-insurance programs."
    b = ("Team Trump decided to consider changes that would have dramatic effects on those "
         "who rely on the social-insurance programs.")
    assert contrast(claim("x", a, speaker="Trump"), claim("y", b)).relation == "agree"


@pytest.mark.parametrize(("report", "negated"), [
    # the negated predicate is worded differently from the report's
    ("The mayor approved the stadium deal on Monday.",
     "Mayor Did Not Personally Sign The Stadium Deal"),
    ("The league will announce its expansion to Portland next year.",
     "No, the league expansion to Portland is not happening"),
    # the answer to a question headline negates the question
    ("The league will announce its expansion to Portland next year.",
     "League Expansion To Portland Ahead? No, Says Commissioner"),
])
def test_a_negated_restatement_contradicts_the_report(report: str, negated: str) -> None:
    result = contrast(claim("wire", report), claim("site", negated))
    assert result.relation == "conflict", negated
    contra = next(d for d in result.differences if d.kind == "contradiction")
    assert {e["role"] for e in contra.evidence} == {"negates", "asserts"}


@pytest.mark.parametrize(("a", "b"), [
    # a negation inside a phrase, not the clause's statement
    ("A farmer sold his land out of frustration with not finding buyers for his crop.",
     "Farmer sells land after years of poor harvests"),
    # "no idea": unaware, not a denial
    ("Plumber Has No Idea How His Truck Ended Up In Syria",
     "A plumber's truck is being used by fighters in Syria."),
    # negated, "hide" asserts
    ("Paris does not hide its support for the treaty.", "France has long supported the treaty."),
    # after a preposition "not" negates a phrase, even where the other side uses its verb
    ("Doctors are being executed for not harvesting organs, the envoy said.",
     "The group is harvesting human organs to fund its operations."),
    # "without the man's knowledge" negates the knowledge, not the man
    ("He gave a homeless man money and filmed him without the man's knowledge.",
     "A YouTuber gave a homeless man money and filmed how the man spent it."),
])
def test_negations_that_deny_nothing_said_are_no_conflict(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "agree", a


def test_calling_a_named_thing_untrue_needs_the_other_side_to_be_about_it() -> None:
    untrue = ("The biased position of the visiting minister, which shows no knowledge of the "
              "region, is completely unfounded.")
    other = "This is yet another example of the biased approach taken by some outlets."
    assert contrast(claim("x", untrue, speaker="Foreign Ministry"),
                    claim("y", other)).relation == "agree"
    fake = "The minister's resignation is fake."
    report = "The minister announced his resignation on Monday."
    assert contrast(claim("x", fake), claim("y", report)).relation == "conflict"


def test_a_debunked_story_about_a_named_person_contradicts_the_report() -> None:
    report = "Singer Jane Doe is dead."
    debunk = "Jane Doe Victim Of Another Online Death Hoax"
    assert contrast(claim("wire", report), claim("site", debunk)).relation == "conflict"


def test_double_negation_is_an_assertion() -> None:
    a = "It is not true that the army did not withdraw."
    b = "The army withdrew."
    assert contrast(claim("x", a), claim("y", b)).relation == "agree"


@pytest.mark.parametrize(("a", "b", "relation"), [
    # irregular forms and one event's two words meet the negation
    ("Hundreds fled the town after the attack", "Residents did not flee the town", "conflict"),
    ("The hacker stole 2 million passwords", "No passwords were stolen, the firm said",
     "conflict"),
    ("The striker was arrested after the match", "Police say the striker was not detained",
     "conflict"),
    ("The minister resigned on Friday", "Minister has not quit, spokesman insists", "conflict"),
    # "nobody" is the subject: the verb after it is what is denied
    ("Villagers saw a UFO over the lake", "Nobody saw a UFO, police say", "conflict"),
    # a denied doer: "not the man who rescued" denies that he rescued
    ("The actor rescued a child from the river",
     "The actor was not the man who rescued the child", "conflict"),
    ("The actor rescued a child from the river",
     "The actor was not the only man who rescued a child from the river", "agree"),
    ("The striker scored twice in the final",
     "It was not the first time that the striker scored twice in a final", "agree"),
    # the same verb done to another thing
    ("The team won the match on Sunday",
     "The team did not win the title, despite winning the match on Sunday", "agree"),
    ("The minister quit the party in 2019", "The minister did not resign from the cabinet",
     "agree"),
    # a light verb's meaning is its object's: "did not make sense" / "was made in a lab"
    ("The virus was made in a lab", "It did not make any sense that the virus was a weapon",
     "agree"),
    ("The army took control of the port", "The army has not taken control of the port",
     "conflict"),
    # where, not what: the place is no other object
    ("Four dogs are playing in a field", "Four dogs are not playing in a grassy area",
     "conflict"),
    # bounded in time: it happened outside the span
    ("The senator met the ambassador in May",
     "The senator has not met the ambassador since May", "agree"),
    # a restrictive relative clause's negation stops before the main verb
    ("A man who had not been seen for years was found alive",
     "A man missing for years was found alive", "agree"),
])
def test_what_a_negation_denies(a: str, b: str, relation: str) -> None:
    assert contrast(claim("x", a, speaker="Wire"), claim("y", b, speaker="Paper")).relation \
        == relation


def test_a_denial_by_pronoun_meets_the_named_statement() -> None:
    # the core names who "she" is; the contrast reads the text and takes the name from it
    denial = claim("post", "She was not suspended, her lawyer insisted.", speaker="lawyer")
    denial = dataclasses.replace(denial, core="Dana Okafor was not suspended")
    report = claim("desk", "Dana Okafor has been suspended, the unit said.", speaker="unit")
    assert contrast(denial, report).relation == "conflict"
    other = claim("desk", "Martin Kessler has been suspended, the unit said.", speaker="unit")
    assert contrast(denial, other).relation == "agree"


def test_opposite_predicates_contradict() -> None:
    a = "Its victory put an end to the conflict."
    b = "The conflict remains unresolved."
    result = contrast(claim("x", a, speaker="Government"), claim("x", b, speaker="Mediators"))
    assert result.relation == "conflict"
    assert "contradiction" in kinds(result)


@pytest.mark.parametrize(("a", "b"), [
    ("The talks in Vienna broke up on Tuesday.", "Negotiators in Vienna made progress on Tuesday."),
    ("The ceasefire talks collapsed.", "The ceasefire talks reached an agreement."),
    ("The fighting has ended, the army said.", "The fighting continued overnight."),
])
def test_talks_that_got_nowhere_contradict_talks_that_got_somewhere(a: str, b: str) -> None:
    result = contrast(claim("x", a), claim("y", b))
    assert result.relation == "conflict", (a, b)
    assert "contradiction" in kinds(result)


def test_a_denial_ends_where_the_denier_goes_on_to_say_something_else() -> None:
    denial = ("The defence ministry denied targeting civilians and said its forces had hit "
              "a military warehouse.")
    same_side = "The ministry said its troops had destroyed a military warehouse."
    other_side = "The missiles targeted civilians in the city, the governor said."
    assert contrast(claim("x", denial), claim("y", same_side)).relation == "agree"
    assert contrast(claim("x", denial),
                    claim("y", other_side, speaker="governor")).relation == "conflict"


def test_converse_predicates_with_different_subjects_agree() -> None:
    a = "Azerbaijan won the war."
    b = "Armenia lost the war."
    assert contrast(claim("x", a), claim("y", b)).relation == "agree"


def test_counter_accusation_is_a_contradiction() -> None:
    a = "Baku accused the Armenian army of shelling civilian areas."
    b = "Yerevan accused Azerbaijan of shelling civilian areas."
    result = contrast(claim("x", a), claim("y", b))
    assert result.relation == "conflict"
    assert "blame" in next(d for d in result.differences if d.kind == "contradiction").summary


# -- wording ---------------------------------------------------------------------------------
def test_loaded_words_found_only_on_one_side() -> None:
    a = "The regime's militants launched a brutal incursion into the valley."
    b = "Government troops entered the valley."
    result = contrast(claim("x", a), claim("y", b))
    wording = [d for d in result.differences if d.kind == "wording"]
    assert wording and all(not d.conflict for d in wording)
    assert {e["voice"] for d in wording for e in d.evidence} == {"x"}
    found = {e["text"] for d in wording for e in d.evidence}
    assert {"militants", "brutal", "incursion"} <= found
    # "regime" vs "Government" is a contest of labels; nothing factual is disputed
    assert {d.kind for d in result.differences if d.conflict} == {"terminology"}


def test_voices_sharing_a_loaded_word_are_one_difference() -> None:
    # two outlets of three call him a dictator: one difference of the two, not "only A"
    # and then "only B"
    a = claim("Post", "Pompeo met North Korean dictator Kim Jong Un over Easter weekend.")
    b = claim("Herald", "CIA chief Pompeo met the dictator Kim Jong Un at Easter.")
    c = claim("Times", "Pompeo met North Korean leader Kim Jong Un over Easter weekend.")
    wording = [d for d in contrast(a, b, c).differences if d.kind == "wording"
               and any(e["text"] == "dictator" for e in d.evidence)]
    assert len(wording) == 1
    assert wording[0].summary.startswith("Only Herald and Post use the loaded wording “dictator”")
    assert {e["voice"] for e in wording[0].evidence} == {"Herald", "Post"}


@pytest.mark.parametrize("text", [
    "The ministry said the inspection regime under the deal is among the strictest.",
    "Both sides were asked to strictly observe the ceasefire regime.",
    "The country wants a visa-free regime with the union.",
    "Exporters complained about the sanctions regimes of the West.",
])
def test_a_regime_of_rules_is_no_loaded_word(text: str) -> None:
    assert not loaded_words(text)
    # nor a name for the authorities set against "the government"
    other = claim("y", "The government said the rules would stay.")
    assert "terminology" not in kinds(contrast(claim("x", text), other))


def test_loaded_words_spans() -> None:
    text = "A so-called referendum followed the occupation."
    spans = loaded_words(text)
    assert [(text[s:e], t) for s, e, t in spans] == [("so-called", "so-called"),
                                                       ("occupation", "occupation")]


@pytest.mark.parametrize("text", [
    "A fire at the plant forced the evacuation of 1,200 residents.",
    "Storms forced the closure of the airport on Monday.",
])
def test_what_an_event_forced_is_told_plainly(text: str) -> None:
    assert "forced" not in [t for _, _, t in loaded_words(text)]
    assert "forced" in [t for _, _, t in loaded_words("The army forced civilians to flee.")]


@pytest.mark.parametrize("text", [
    "Daniel Oroso claimed victory in the election.",
    "The rebels' commander claimed responsibility for the attack.",
    "The floods have claimed 30 lives.",
])
def test_claimed_in_a_set_phrase_casts_no_doubt(text: str) -> None:
    assert "claimed" not in [t for _, _, t in loaded_words(text)]
    assert "claimed" in [t for _, _, t in loaded_words("Oroso claimed the count was fair.")]


def test_words_outside_a_quotation_are_the_outlets() -> None:
    # the claim is the speaker's; the words it is told in are the outlet's, except in quotes
    told = claim("Wire", "Erdogan voiced support for the offensive in the region.",
                 speaker="Erdogan")
    quoted = claim("Paper", "Colonna said the operation was “illegal and brutal”.",
                   speaker="Colonna")
    result = contrast(told, quoted)
    owners = {e["text"]: e["voice"] for d in result.differences if d.kind == "wording"
              for e in d.evidence}
    assert owners["offensive"] == "Wire"  # not Erdogan's word: he is not quoted
    assert owners["brutal"] == "Colonna"  # inside the quotation marks
    summary = next(d.summary for d in result.differences
                   if d.kind == "wording" and "offensive" in d.summary)
    assert summary.startswith("Only Wire uses") and "Erdogan" in summary
    # "according to the separatist authorities": the label names the speaker in the
    # outlet's words
    frame = claim("Paper", "According to the separatist authorities, 70,000 people have fled.",
                  speaker="separatist authorities")
    frame = Claim(**{**frame.__dict__, "core": "70,000 people have fled."})
    other = claim("Wire", "Officials said that 70,000 people had left.", speaker="Officials")
    owners = {e["text"]: e["voice"] for d in contrast(frame, other).differences
              for e in d.evidence if d.kind == "wording"}
    assert owners.get("separatist") == "Paper"
    # a speaker named in lower case ("a senior US official") is named all the same
    official = claim("Wire", "A senior US official voiced frustration that the brutal siege "
                     "went on.", speaker="senior US official")
    owners = {e["text"]: e["voice"] for d in contrast(official, other).differences
              for e in d.evidence if d.kind == "wording"}
    assert owners.get("brutal") == "Wire"


def test_a_quotation_running_over_sentences_keeps_its_speakers_words() -> None:
    # a sentence that names no speaker carries one only because a quotation runs on from the
    # sentence before: its words are the speaker's, as is a pair of opposite labels
    own = claim("Outlet", "The refusal to travel to occupied Shushi was one of the reasons.",
                speaker="Babayan")
    other = claim("Agency", "The ambassadors did not travel to liberated Shusha.")
    result = contrast(own, other)
    term = next(d for d in result.differences if d.kind == "terminology")
    assert {e["voice"] for e in term.evidence} == {"Babayan", "Agency"}
    names = next(d for d in result.differences if d.kind == "names")
    assert {e["voice"] for e in names.evidence} == {"Babayan", "Agency"}
    # the same sentence told of a named speaker is the outlet's wording
    told = claim("Outlet", "Babayan blamed the refusal to travel to occupied Shushi.",
                 speaker="Babayan")
    term = next(d for d in contrast(told, other).differences if d.kind == "terminology")
    assert {e["voice"] for e in term.evidence} == {"Outlet", "Agency"}


def test_one_word_negated_on_one_side_is_said_once_as_a_negation() -> None:
    result = contrast(claim("x", "Tomas Hale conceded defeat late on Sunday."),
                      claim("y", "Tomas Hale has not conceded defeat."))
    assert result.relation == "conflict"
    assert len(result.differences) == 1 and "“defeat” vs “defeat”" not in result.summary


def test_opposite_framing_terms_are_a_contest_of_labels() -> None:
    a = "Azerbaijan launched an offensive in the region."
    b = "Azerbaijan carried out local anti-terror operations in the region."
    result = contrast(claim("x", a), claim("y", b))
    term = next(d for d in result.differences if d.kind == "terminology")
    assert term.conflict
    assert {e["text"] for e in term.evidence} == {"offensive", "anti-terror operations"}
    assert result.relation == "conflict"
    assert "opposing terms" in term.summary


def test_fightin_words_needs_repeated_use() -> None:
    background = Counter({"crackdown": 1, "protest": 50, "police": 80})
    once = log_odds_z(Counter({"crackdown": 1}), Counter({"police": 2}), background)
    often = log_odds_z(Counter({"crackdown": 12}), Counter({"police": 12}), background)
    assert once["crackdown"] < often["crackdown"]
    assert often["crackdown"] > 1.645


# -- speakers and the whole cluster ----------------------------------------------------------
def test_own_voice_versus_attributed_is_a_speakers_difference() -> None:
    a = "Azerbaijani forces shelled the village."
    b = "Armenia says Azerbaijani forces shelled the village."
    result = contrast(claim("outlet-a", a), claim("outlet-b", b, speaker="Armenia"))
    speakers = next(d for d in result.differences if d.kind == "speakers")
    assert not speakers.conflict
    assert "outlet-a" in speakers.summary and "Armenia" in speakers.summary


def test_an_outlet_quoting_several_parties_is_named_once() -> None:
    text = "The fighting in the region has stopped."
    result = contrast(claim("Wire", "The fighting has stopped, Baku said.", speaker="Baku"),
                      claim("Wire", "The fighting has stopped, Yerevan said.", speaker="Yerevan"),
                      claim("Daily", text))
    speakers = next(d for d in result.differences if d.kind == "speakers")
    assert speakers.summary.count("Wire") == 1
    assert "Wire attributes it to Baku and to Yerevan" in speakers.summary


def test_unnamed_sources_are_not_the_outlets_own_voice() -> None:
    result = contrast(claim("Wire", "The talks broke up without a deal, diplomats said."),
                      claim("Daily", "The talks ended without a deal, Lavrov said.",
                            speaker="Lavrov"),
                      claim("Post", "The talks ended without a deal."))
    speakers = next(d for d in result.differences if d.kind == "speakers")
    assert "Wire attributes it to unnamed diplomats" in speakers.summary
    assert "Post states it in its own voice" in speakers.summary


def test_a_voice_named_by_what_it_is_reads_as_a_sentence() -> None:
    from embeddings.claims.numbers import find_numbers

    def read(source: str, text: str, speaker: str | None = None) -> Claim:
        return claim(source, text, speaker=speaker, numbers=tuple(find_numbers(text)))

    result = contrast(read("Wire", "The plant will cut 400 jobs, the company said.", "company"),
                      read("Daily", "The plant will cut 900 jobs, the separatist authorities "
                                    "said.", "separatist authorities"))
    numbers = next(d for d in result.differences if d.kind == "numbers")
    assert "the number of jobs" in numbers.summary  # units are stored singular ("job")
    assert "the company says 400" in numbers.summary
    assert "the separatist authorities say 900" in numbers.summary
    denial = contrast(read("Wire", "The company denied that the plant will close.", "company"),
                      read("Daily", "The plant will close in May."))
    assert denial.summary.startswith("The company denies what Daily says")


def test_one_voice_only_agrees_with_no_differences() -> None:
    result = contrast(claim("x", "The war is over."), claim("x", "The war is not over."))
    assert result.relation == "agree" and not result.differences


def test_output_does_not_depend_on_input_order() -> None:
    claims = [claim("a", "The ambassadors did not attend the ceremony.", cid=3),
              claim("b", "The ambassadors attended the ceremony in Shushi.", cid=1),
              claim("c", "Ambassadors attended the ceremony in Shusha.", cid=2)]
    assert contrast(*claims) == contrast(*reversed(claims))


def test_pair_relation_compares_two_inputs_of_one_voice() -> None:
    relation, signals = pair_relation(claim("input", "The minister resigned."),
                                      claim("input", "The minister did not resign."))
    assert relation == "conflict"
    assert signals["differences"] == ["contradiction"]


def test_pair_relation_names_a_side_without_speaker_by_its_place() -> None:
    """Two free-text inputs share the source "input": a summary must not call one side that."""
    _, signals = pair_relation(claim("input", "Russian jets bombed the hospital."),
                               claim("input", "Its jets did not bomb the hospital.",
                                     speaker="Moscow"))
    summary = str(signals["contrast_summary"])
    assert "claim A" in summary and "Moscow" in summary and "input" not in summary.lower()


AGREEING_PARAPHRASES = [
    ("The talks ended without an agreement.",
     "The two sides failed to reach a deal and the talks ended."),
    ("The ceasefire did not hold.", "The ceasefire failed to hold."),
    ("Azerbaijan won the war and Armenia lost control of the region.",
     "Armenia lost the war, and Azerbaijan won back the region."),
    ("Prices rose sharply last month.", "Prices increased sharply last month."),
    ("No one was injured in the blast, police said.", "Nobody was hurt in the explosion."),
    ("The minister did not resign.", "The minister refused to resign despite pressure."),
    ("The company denied the allegations.", "The firm rejected the claims as baseless."),
    ("The bridge was closed to traffic after the storm.",
     "Authorities shut the bridge after the storm."),
    ("France has long supported Armenia.", "Paris does not hide its support for Armenia."),
    ("The envoy was not assigning blame for the fighting.",
     "The envoy declined to assign blame for the clashes."),
    ("The government is not only rebuilding roads but also schools.",
     "The government is rebuilding roads and schools."),
    ("The council rejected the proposal on Monday.",
     "On Monday the council voted down the proposal."),
    ("The president never visited the region during the war.",
     "During the war the president did not visit the region."),
    ("Neither side has accepted the plan.", "Both sides have rejected the plan."),
    ("The dam did not collapse.", "The dam held, engineers said, and did not collapse."),
    ("The report says unemployment fell last year.",
     "Unemployment dropped last year, the report says."),
    ("The region is internationally recognized as part of the country.",
     "The region is not foreign territory."),
    ("Officials said the vote was held peacefully and without incident.",
     "The vote passed off peacefully, officials said."),
]


@pytest.mark.parametrize(("a", "b"), AGREEING_PARAPHRASES)
def test_no_false_conflict_on_paraphrases(a: str, b: str) -> None:
    result = contrast(claim("outlet-a", a), claim("outlet-b", b))
    assert result.relation == "agree", result.summary
    assert not any(d.conflict for d in result.differences)


def test_cluster_of_agreeing_paraphrases() -> None:
    texts = ["Rescuers pulled 12 survivors from the rubble on Tuesday.",
             "On Tuesday, a dozen survivors were pulled from the rubble.",
             "Twelve people were rescued alive from the collapsed building on Tuesday."]
    claims = [claim(f"outlet-{i}", t, cid=i,
                    numbers=(qty(t, w, 12, 12, u),))
              for i, (t, w, u) in enumerate(zip(texts, ["12", "a dozen", "Twelve"],
                                                ["survivors", "survivors", "people"],
                                                strict=True))]
    result = contrast(*claims)
    assert result.relation == "agree"
    assert not any(d.conflict for d in result.differences)
    assert result.summary.startswith("Sources agree")


def test_every_voice_that_denies_a_statement_is_named() -> None:
    report = "The minister said troops would cross the border within weeks."
    result = contrast(claim("paper", report, speaker="the minister"),
                      claim("paper", "The ministry later refuted this claim.",
                            speaker="Foreign Ministry"),
                      claim("paper", "This is an incorrect statement.", speaker="US Embassy"))
    [denial] = [d for d in result.differences if d.kind == "contradiction"]
    assert "Foreign Ministry" in denial.summary and "US Embassy" in denial.summary
    assert "deny what the minister says" in denial.summary


def test_loaded_words_are_learned_by_a_stated_rule() -> None:
    # marked in at least half of the sentences that use it, at least twice; a noun that
    # names a statement is never learned, its verb forms are
    from service.contrast.learn_loaded_terms import learn

    sentences = [
        ("Critics slammed the plan.", ["slammed"]),
        ("The mayor slammed the door on talks.", ["slammed"]),
        ("Unions slammed the budget.", []),
        ("The plan was unveiled.", ["unveiled"]),  # marked once only
        ("Budget cuts hit schools.", ["cuts"]),
        ("Cuts were announced.", []),
        ("Cuts to parks.", []),  # marked in one of three uses
        ("She refuted this claim.", ["claim"]),
        ("A claim nobody checked.", ["claim"]),
        ("He claimed the vote was rigged.", ["claimed"]),
        ("They claimed victory.", ["claimed"]),
    ]
    assert learn(sentences) == ["claimed", "slammed"]


def test_the_shipped_learned_words_are_what_the_rule_gives_on_babe_tune_topics() -> None:
    # provenance: the file is the output of learn_loaded_terms.py on the tuning topics only,
    # so the evaluation's BABE figures on the report topics are measured on unseen subjects
    from service.contrast.learn_loaded_terms import OUT, learn
    from service.evaluation import datasets as ds
    from tests.conftest import shared_path

    root = shared_path("eval", "babe").parent
    rows = ds.babe(root, ds.TUNE)
    shipped = json.loads(OUT.read_text(encoding="utf-8"))["loaded"]
    assert shipped == learn([(r.text, list(r.biased_words)) for r in rows])
    report_topics = {r.topic for r in ds.babe(root, ds.REPORT)}
    assert not report_topics & {r.topic for r in rows}
    # and the contrast uses them
    assert [w for _, _, w in loaded_words("Critics slammed the radical plan")] == \
        ["slammed", "radical"]


@pytest.mark.parametrize(("a", "b"), [
    # a fake report, tweet or photo: what it says is called untrue
    ("A lion escaped from the Valmont zoo.",
     "Fake news report claims a lion escaped from the Valmont zoo"),
    ("The mayor tweeted about the strike at the docks.",
     "Fake mayor tweet on the dock strike fools reporters"),
    # a rumour killed or put to rest
    ("A lion escaped from the Valmont zoo.",
     "Keepers put Valmont zoo lion escape rumour to rest"),
    ("The mayor of Dunmore was arrested for fraud.",
     "Police kill rumour of Dunmore mayor's fraud arrest"),
    # "isn't real", "is not a thing"
    ("A lion escaped from the Valmont zoo.", "The Valmont zoo lion escape isn't real"),
])
def test_a_story_called_fake_or_a_rumour_put_to_rest_is_denied(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "conflict", b


@pytest.mark.parametrize(("a", "b"), [
    # "fake" about a thing, not about what a report says
    ("The gang crossed the border with stolen passports.",
     "Police say the gang used fake passports to cross the border."),
    # a rumour nobody dismisses
    ("A lion escaped from the Valmont zoo.", "Rumours of a lion escape spread in Valmont."),
])
def test_fake_things_and_rumours_alone_are_no_denial(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "agree", b


def test_a_capitalised_first_word_is_a_word_the_other_side_can_negate() -> None:
    # "Mass" opens the sentence; it is not a name, and it is what the prosecutor negates
    found = "Mass graves found near the river hold the bodies of the missing miners."
    denied = "Prosecutor: the missing miners were not in the mass graves"
    verdict = contrast(claim("x", found), claim("y", denied))
    assert verdict.relation == "conflict"


def test_a_bare_no_restating_the_claim_contradicts_it() -> None:
    # "n't" is a cue, not a content word the other side would have to share
    told = "The council sold the library."
    answer = "No, the city council didn't sell the old library"
    assert contrast(claim("x", told), claim("y", answer)).relation == "conflict"


@pytest.mark.parametrize(("a", "b"), [
    # a court dismisses a case: no denial of what the case says
    ("The union's lawsuit accuses the port authority of breaking the pay deal.",
     "The port authority is seeking to dismiss that case, calling it a costly distraction."),
    ("The union's lawsuit accuses the port authority of breaking the pay deal.",
     "Managers predicted the lawsuit would eventually be dismissed."),
    # "dismissed it as ...": a label, not a falsity
    ("Officials release migrants with a notice to appear in court, a practice known as catch "
     "and release.", "The senator dismissed it as catch and release."),
    # a negation that picks out whom the sentence is about, or sets a condition
    ("Applicants who pass the language test are offered a permit.",
     "Applicants who don't pass the language test risk being sent home."),
    ("The talks resumed on Monday.", "If the talks do not resume, the strike will go on."),
    # "not saying what": the cue negates "saying", not the truth of anything
    ("The deal is a good one for the country.",
     "I am not saying what I will do, but it is a horrible deal."),
    # "the plan that was agreed": a named subject, not the pronoun "that is false"
    ("This is not a problem for the city.",
     "The plan that was agreed was based on figures that weren't accurate."),
    # what is denied shares only the story's word ("lawsuit") with the other side
    ("The lawsuit says the company hid losses from its investors.",
     "The chairman denied that the lawsuit had a political purpose."),
    # a negated clause sharing only its subject and month: both say sales were weak
    ("Burger Chain Sales Tank In March", "Burger Chain's Business Did Not Heat Up in March"),
    # "things that weren't accurate" picks out things; it calls no statement untrue
    ("The plan was made on a false premise.",
     "So the plan that was agreed was made on figures that weren't accurate, and we have a "
     "problem with that."),
    # what was rejected is an option, named before whoever rejected it
    ("The talks swayed the three leaders.",
     "He would not rule out a new deal — an option the ministry has flatly rejected."),
])
def test_what_reads_like_a_denial_but_denies_nothing_said(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "agree", b


@pytest.mark.parametrize("text", ["Will the plant close or not", "The plant closes. Or not",
                                  "Apple buys Beats -- not"])
def test_a_sentence_ending_in_its_negation_is_read(text: str) -> None:
    # the cue is the last word: what it negates is empty, not an error
    found = contrast(claim("x", "Apple buys Beats and the plant will close."), claim("y", text))
    assert found.relation in ("agree", "conflict")


@pytest.mark.parametrize(("a", "b"), [
    ("The union says the port authority broke the pay deal.",
     "The port authority dismissed the union's claims as false."),
    ("Reports say the minister will raise the steel tariff.",
     "The minister dismissed the steel tariff reports as a hoax."),
    ("The mayor attended the opening of the bridge.",
     "The mayor, who did not attend the opening of the bridge, sent a letter."),
    ("The lawsuit says the company hid losses from its investors.",
     "The chairman denied that the company hid losses."),
    # "politically" is the other side's "political"
    ("The company calls it a politically motivated lawsuit.",
     "The chairman denied that the lawsuit had a political purpose."),
    # the predicate worded apart, what it is about shared
    ("The king took part in the airstrikes on the border towns.",
     "The king did not personally fly the airstrikes on the border towns."),
])
def test_denials_next_to_those_still_count(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "conflict", b


def test_two_figures_one_source_gives_both_are_not_in_dispute() -> None:
    us = "Diner chain's U.S. sales fell 1.4 percent in February."
    world = "Diner chain's February sales fell 0.3 percent."
    both = "Diner chain reports a 0.3 percent drop in February sales, U.S. down 1.4 percent."
    assert "numbers" in kinds(contrast(_read("x", us), _read("y", world)))
    result = contrast(_read("x", us), _read("y", world), _read("z", both))
    assert "numbers" not in kinds(result)
    assert result.relation == "agree"


def test_two_figures_each_agreed_on_are_two_agreements() -> None:
    # "0.3 percent" twice and "1.4 percent" twice: two figures that agree, not four
    both = "Diner chain reports a 0.3 percent drop in February sales, U.S. down 1.4 percent."
    world = "Diner chain's February sales fell 0.3 percent."
    us = "Diner chain's U.S. sales fell 1.4 percent in February."
    result = contrast(_read("x", both), _read("y", world), _read("z", us))
    agreements = [d for d in result.differences if d.kind == "numbers_agree"]
    assert sorted(sorted({str(e["text"]) for e in d.evidence}) for d in agreements) == [
        ["0.3 percent"], ["1.4 percent"]]
    assert result.relation == "agree"


def test_one_person_named_two_ways_is_one_voice() -> None:
    said = claim("Outlet A", "The summit will go ahead in June, Donald Trump said.",
                 speaker="Donald Trump")
    later = claim("Outlet B", "The summit will not go ahead in June, Trump said.",
                  speaker="Trump")
    result = contrast(said, later)
    # a person changing his mind is no dispute between two voices
    assert "contradiction" not in kinds(result)
    assert "Trump and" not in result.summary
    # with two people of that name, "Trump" could be either: two voices
    other = claim("Outlet C", "The summit will go ahead in June, Melania Trump said.",
                  speaker="Melania Trump")
    assert "contradiction" in kinds(contrast(said, later, other))


# -- what is reported as untrue, or only held, or only asked (eleventh session) --------------
@pytest.mark.parametrize(("a", "b"), [
    # both sides call one statement untrue: they agree
    ("The governor repeated the myth that the new dam caused the floods downstream.",
     "Activists have spread an unscientific conspiracy theory that the new dam caused the "
     "floods downstream."),
    ("The governor has falsely suggested that the new dam caused the floods downstream.",
     "Bloggers have long championed the false claim that the new dam caused the floods."),
    # a belief someone holds is not what the sentence asserts
    ("The governor repeated the myth that the new dam caused the floods downstream.",
     "The belief that the new dam caused the floods led to protests in three towns."),
    # a question asserts nothing a negation could contradict
    ("Did the new dam cause the floods downstream?",
     "Engineers found that the new dam did not cause the floods downstream."),
    # "the fake news media" names the press; it calls no statement untrue
    ("The mayor warned that the looting would lead to shootings.",
     "Our fake news media twisted the mayor's warning into something it wasn't."),
    # what "it" or "this" is cannot be told: a negation of it ties to nothing said
    ("The council has examined gun violence after every mass shooting.",
     "What gets the council to examine gun violence is plain: it's not a mass shooting; "
     "it's an election."),
    ("Rising rents would be enough of a problem for the city in normal times.",
     "None of this is a problem for the city on its own."),
    # the "hoax" is what the man the sentence is about claimed, not the writer's verdict
    ("The radio host claimed that the school shooting had been staged by actors.",
     "The radio host, who claimed the school shooting was a hoax, was sued by a parent."),
])
def test_a_statement_both_sides_doubt_or_only_report_is_no_dispute(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "agree", b


@pytest.mark.parametrize(("a", "b"), [
    ("The new dam caused the floods downstream, the farmers' union said.",
     "The governor repeated the myth that the new dam caused the floods downstream."),
    ("The new dam caused the floods downstream, the farmers' union said.",
     "The governor has falsely claimed that the new dam caused the floods downstream."),
    # a question can doubt what the other side says
    ("The new dam caused the floods downstream, the farmers' union said.",
     "Was the story of the dam causing the floods all a hoax?"),
    ("Fake news report claims the mayor resigned on Monday.",
     "The mayor resigned on Monday, the city council said."),
    ("Two soldiers were among the victims of the blast.",
     "None of the victims of the blast were soldiers."),
])
def test_a_statement_called_untrue_as_it_is_reported_is_denied(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "conflict", b


def test_opposing_labels_count_only_for_the_same_thing() -> None:
    riot_gear = contrast(
        claim("x", "Protesters marched to the city hall on Tuesday night."),
        claim("y", "Police in riot gear watched the crowd outside the city hall."))
    assert "terminology" not in kinds(riot_gear)
    two_governments = contrast(
        claim("x", "The Trump administration is drafting measures against Beijing."),
        claim("y", "China's communist regime hid the outbreak for weeks."))
    assert "terminology" not in kinds(two_governments)
    one_government = contrast(
        claim("x", "The Aliyev regime closed the road to Stepanakert."),
        claim("y", "Aliyev's government closed the road to Stepanakert."))
    assert "terminology" in kinds(one_government)


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


# -- asides, hedges, alternatives and long complements (twelfth session) ---------------------
@pytest.mark.parametrize(("a", "b"), [
    # "almost no" is an amount, not a denial of what the other side says
    ("The senator declared that there was almost no middle class left in the state.",
     "Wages of the middle class in the state have not kept up with rents."),
    # ", not by ...": an alternative set beside the statement; it denies no one's words
    ("The court ruled that pay is set by seniority, not by the claimed merit of each worker.",
     "Union leaders claim that merit pay would divide the workers."),
    # what comments said is reported, not asserted; an aside between dashes keeps the
    # clause it interrupts ("the idea ... is that X — aside — can Y")
    ("Bloggers have long championed the false claim that the new dam caused the floods.",
     "The mayor made several comments about the dam, linking the new dam to the floods."),
    ("Bloggers have long championed the false claim that the new dam caused the floods.",
     "The idea behind the theory is that the new dam — a huge structure — caused the floods."),
    # what is called false sits before an aside (not nothing, which would deny anything):
    # the other side must say two of its words
    ("The plans promoted by the dam lobby — which rely on old surveys — are false.",
     "The governor lent his support to the lobby at a rally on Sunday."),
    # two words of a sentence-long "myth that" are the story, not the statement
    ("It is hard to keep up the myth that the great wealth gap in not just the city but the "
     "whole region somehow reflects a market that fairly rewards work and talent.",
     "Coverage of the wealth of the city's landlords has grown during the layoffs."),
])
def test_asides_hedges_and_alternatives_deny_nothing_said(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "agree", b


@pytest.mark.parametrize(("a", "b"), [
    # the same constructions still deny what the other side does say
    ("The new dam caused the floods downstream, the farmers' union said.",
     "The plans promoted by the dam lobby — which rely on old surveys — are false: "
     "the new dam did not cause the floods downstream."),
    ("The great wealth gap in the region reflects a market that fairly rewards work and "
     "talent, the minister said.",
     "It is hard to keep up the myth that the great wealth gap in not just the city but the "
     "whole region somehow reflects a market that fairly rewards work and talent."),
    ("There is a large middle class in the state, the report said.",
     "There is no middle class in the state."),
])
def test_the_same_constructions_still_deny_what_is_said(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "conflict", b


@pytest.mark.parametrize(("a", "b"), [
    # an obligation or advice is not a statement that something is false
    ("His visit would have been met by mass protests.",
     "The scaled-down visit must not be met with scaled-down protests, the party said."),
    # more of a thing is denied, and the thing itself taken for given
    ("The temporary extension of the deadline is unlikely to satisfy the union.",
     "There will be no further extension of the deadline beyond June 1."),
    # a "that" relative clause picks out things; it denies nothing of them
    ("The tariff granted temporary exemptions to Canada and Mexico.",
     "Countries such as China that don't have exemptions will face the tariff."),
    # one stem in two senses: a noun after "any", a verb after "he"
    ("Comey said he favored transparency about the memos.",
     "Critics agree the memos didn't do him any favors."),
    ("Mueller's questions put the president's statement to the test.",
     "The president has not been questioned by the special counsel yet."),
    # what someone wants or is to do is not stated as done
    ("The president is looking forward to being questioned by Mueller.",
     "The president has not been questioned by Mueller yet."),
    ("The president delayed the decision to certify the nuclear deal.",
     "Last October, the president refused to certify the nuclear deal."),
    # what would end or cause something is not said to have happened
    ("Union leader Marta Lopes said the protests would go on until the reform was withdrawn.",
     "The government said it would not withdraw the pension reform."),
    ("The strike will continue unless the plan is scrapped, the union said.",
     "The minister said the plan would not be scrapped."),
    ("The valley will be flooded if the dam fails.", "The dam did not fail."),
    # what happened anyway is not negated: the protests took place
    ("Tens of thousands of people marched through Lisbon on Saturday against the pension "
     "reform.", "The government said on Sunday it would not withdraw the pension reform "
     "despite Saturday's protests in Lisbon."),
    ("Thousands rallied in the capital against the new law.",
     "The president did not sign the law amid the rallies in the capital."),
])
def test_negations_that_deny_no_statement(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "agree", b


@pytest.mark.parametrize(("a", "b"), [
    # the same words, stated as facts, still contradict
    ("The visit was met by mass protests.", "The visit was not met by any protests."),
    ("The government granted an extension to the importers.",
     "The government did not grant an extension to the importers."),
    ("Mueller questioned the president last week.",
     "The president has not been questioned by Mueller."),
    # a future stated as fact is denied by a plain negation
    ("The national airline will introduce gender segregation on its flights.",
     "No gender segregation on the national airline's flights."),
    # "no one" denies that anyone was: any arrest told of
    ("Police arrested 12 people after scuffles near parliament.",
     "Roux said the march was peaceful and no one had been arrested."),
    ("The plan was withdrawn after the protests.", "The government has not withdrawn the plan."),
])
def test_stated_negations_still_contradict(a: str, b: str) -> None:
    assert contrast(claim("x", a), claim("y", b)).relation == "conflict", b


def parsed(source: str, text: str) -> Claim:
    from embeddings.claims import find_numbers

    return claim(source, text, numbers=tuple(find_numbers(text)))


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


def test_two_inputs_compared_keep_their_speakers_words() -> None:
    # `compare` has no outlet: each input's words are its own voice's, quoted or not
    a = Claim(article_id="a", source="input", text="Armenia said Azerbaijan launched an "
              "offensive in the region.", start=0, end=59,
              core="Azerbaijan launched an offensive in the region.", speaker="Armenia")
    b = Claim(article_id="b", source="input", text="Azerbaijan said it carried out local "
              "anti-terror operations in the region.", start=0, end=73,
              core="it carried out local anti-terror operations in the region.",
              speaker="Azerbaijan")
    relation, signals = pair_relation(a, b)
    assert relation == "conflict" and "terminology" in signals["differences"]


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

    assert one_measure(_read("x", a), _read("y", b)) is same


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


@pytest.mark.parametrize(("a", "b", "relation"), [
    # not denying a report is no denial of it, nor a confirmation
    ("The company confirmed the report.", "The company did not deny the report.", "agree"),
    ("The ministry confirmed the report.", "The ministry has never denied the report.", "agree"),
    ("The ministry confirmed the report.", "The ministry denied the report.", "conflict"),
    # "not all" says some did not, which "most" allows and "all" does not
    ("Most of the 300 passengers were rescued.",
     "Not all of the 300 passengers were rescued.", "agree"),
    ("Most members agreed with the decision.",
     "Not everyone agreed with the decision.", "agree"),
    ("All of the 300 passengers were rescued.",
     "Not all of the 300 passengers were rescued.", "conflict"),
    ("Everyone agreed with the decision.", "Not everyone agreed with the decision.", "conflict"),
])
def test_negating_a_denial_or_a_whole_leaves_the_rest_open(a: str, b: str,
                                                             relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a claim that tells both ways a thing went (fell, then rose) opposes neither
    ("The stock fell 5% after the announcement.",
     "Shares ended the day higher after an early 5% drop.", "agree"),
    ("The stock fell 5% after the announcement.",
     "Shares rose 5% after the announcement.", "conflict"),
    # how one person left office: resigned or was fired
    ("The minister resigned on Monday.", "The minister was sacked on Monday.", "conflict"),
    ("The coach stepped down after the defeat.", "The coach was fired after the defeat.",
     "conflict"),
    ("The minister resigned on Monday.", "The minister's deputy was sacked on Monday.", "agree"),
    ("The CEO stepped down after the board voted to remove him.", "The CEO was ousted.", "agree"),
    # still sought, or caught
    ("The gunman is still at large, police said.", "The gunman was arrested on Sunday.",
     "conflict"),
    ("The gunman is still at large, police said.",
     "The gunman's brother was arrested on Sunday.", "agree"),
    # a level held or moved
    ("The bank raised interest rates by a quarter point.",
     "The bank left interest rates unchanged.", "conflict"),
    ("Prices were unchanged in May.", "Prices rose 0.3% in May.", "conflict"),
    ("Prices were unchanged in May.", "Wages rose 0.3% in May.", "agree"),
])
def test_opposite_states_of_one_subject(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Power has been restored to the city.", "Power has not been fully restored to the city."),
    ("The passengers were rescued.", "Not all of the passengers were rescued."),
    ("Officials in many states said all votes were counted.", "Not all votes were counted."),
])
def test_not_all_still_denies_the_plain_statement(a: str, b: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == "conflict", (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # the one arrested is the verb's object: "police arrested the gunman" is of the gunman
    ("The gunman is still at large.", "Police arrested the gunman on Sunday.", "conflict"),
    ("Smith remains on the run.", "Police detained Smith in Lyon.", "conflict"),
    ("The gunman is still at large.", "The gunman was caught on camera leaving the bank.",
     "agree"),
    ("The gunman is still at large.", "Police arrested the gunman's brother on Sunday.",
     "agree"),
    # who defeated whom: the winner is the subject of "defeated", the loser of "was defeated"
    ("Smith defeated Jones in the final.", "Smith won the final.", "agree"),
    ("Jones was defeated in the final.", "Jones won the final.", "conflict"),
])
def test_who_a_state_is_of_follows_the_verb(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    ("The court ruled the law unconstitutional.", "The court upheld the law.", "conflict"),
    ("The Supreme Court upheld the ruling.", "An appeals court overturned the ruling.", "agree"),
    ("Turnout was the highest since 1992.", "Turnout was the lowest in decades.", "conflict"),
    ("Turnout was the highest since 1992.",
     "Support for the ruling party was the lowest in decades.", "agree"),
    ("The hurricane weakened to a tropical storm.",
     "The hurricane strengthened to a Category 3 storm.", "conflict"),
    ("The company beat analysts' expectations.", "The company missed analysts' forecasts.",
     "conflict"),
])
def test_opposite_rulings_records_and_results(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a verb's object says what was won or lost, voted on: two objects, two things
    ("The team won the match.", "The team lost its captain to injury.", "agree"),
    ("The senator voted for the bill.", "The senator voted against the tax cut.", "agree"),
    ("The team won the final.", "The team lost the final.", "conflict"),
    ("The team won the final.", "The team lost in the final.", "conflict"),
    ("The minister resigned on Monday.", "The minister was sacked on Tuesday.", "conflict"),
])
def test_opposite_states_of_two_objects_are_no_conflict(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # "terror-related" is said of terror, as "terrorist" and "terrorism" are
    ("Police are treating the attack as a terrorist incident.",
     "Police said the attack was not terror-related.", "conflict"),
    ("Police are treating the attack as terrorism.",
     "Police said the attack was not terror-related.", "conflict"),
    ("Police are treating the attack as terrorism.",
     "Police said the attack was terror-related.", "agree"),
    ("Police said the attack was not terror-related.",
     "The attacker had a history of mental illness, police said.", "agree"),
])
def test_a_word_and_its_derivatives_are_one_thing_denied(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


@pytest.mark.parametrize(("a", "b", "relation"), [
    # not saying, confirming or knowing something denies nothing of it
    ("The airline cancelled dozens of flights.",
     "The airline did not say how many flights were cancelled.", "agree"),
    ("The number of casualties is unknown, officials said.",
     "Officials could not confirm the number of casualties.", "agree"),
    ("The pilot survived the crash.", "It is not known whether the pilot survived the crash.",
     "agree"),
    # saying the opposite of the verb itself is still a dispute
    ("The senator said the election was stolen.",
     "The senator did not say the election was stolen.", "conflict"),
])
def test_not_saying_is_no_denial(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


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


@pytest.mark.parametrize(("a", "b", "kind"), [
    # "protest" is one side of two framing pairs: what a crowd is called, what a road saw
    ("The riot left dozens injured.", "The protest left dozens injured.", "terminology"),
    ("Rioters clashed with police downtown.", "Protesters clashed with police downtown.",
     "terminology"),
    ("The road has been blocked for months.", "The protest on the road has lasted months.",
     "terminology"),
    # how one vote was run
    ("The opposition leader said the election was rigged.",
     "The election was free and fair, observers said.", "contradiction"),
])
def test_a_term_in_two_framing_pairs_counts_in_each(a: str, b: str, kind: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert kind in kinds(result) and result.relation == "conflict", result.summary


@pytest.mark.parametrize(("a", "b", "relation"), [
    # who fired first, who started it: two sides named as the one who began
    ("Witnesses said the police fired first.", "Police said protesters fired first.",
     "conflict"),
    ("Russia started the war, the minister said.", "Ukraine started the war, Moscow says.",
     "conflict"),
    # the same side named, or two acts that are not the start of one thing
    ("Witnesses said the police fired first.", "The police fired first, a reporter said.",
     "agree"),
    ("Police fired tear gas at the crowd.", "Protesters fired fireworks at police.", "agree"),
])
def test_who_started_it(a: str, b: str, relation: str) -> None:
    assert contrast(claim("wire", a), claim("site", b)).relation == relation, (a, b)


def test_two_firms_starting_things_is_no_dispute() -> None:
    a, b = "Apple started selling the phone in 2007.", "Samsung started selling the phone in 2009."
    assert "who started it" not in contrast(claim("x", a), claim("y", b)).summary


def dated(source: str, text: str, day: str | None) -> Claim:
    from dataclasses import replace

    return replace(claim(source, text), published=day)


@pytest.mark.parametrize(("a", "b", "kind"), [
    # a state reported on two days is the story moving on, told in the order of the days
    ("The factory owner is still at large.", "Police arrested the factory owner.",
     "state_changed"),
    ("The border crossing remains closed.", "The border crossing reopened.", "state_changed"),
    ("Interest rates were left unchanged.", "Interest rates were raised.", "state_changed"),
    # what is fixed once done stays a dispute on any day
    ("The minister resigned.", "The minister was sacked.", "contradiction"),
    ("The fire was started deliberately.", "The fire was an accident.", "contradiction"),
])
def test_a_state_told_on_two_days_is_the_story_moving_on(a: str, b: str, kind: str) -> None:
    result = contrast(dated("wire", a, "2026-11-20"), dated("site", b, "2026-11-21"))
    assert kind in kinds(result), result.summary
    assert (result.relation == "conflict") == (kind == "contradiction"), result.summary
    if kind == "state_changed":
        assert result.summary.index("2026-11-20") < result.summary.index("2026-11-21")
    # on one day, or undated, it is a dispute
    same_day = contrast(dated("wire", a, "2026-11-21"), dated("site", b, "2026-11-21"))
    assert same_day.relation == "conflict", same_day.summary
