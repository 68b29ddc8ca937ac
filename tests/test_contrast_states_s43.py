"""The contrast stage on calm told of a place or an event against violence that broke out
there: one place told two ways, as "peaceful" / "turned violent" is."""

from __future__ import annotations

import pytest
from contrastkit import claim, contrast, kinds


@pytest.mark.parametrize(("a", "b", "calm", "violent"), [
    ("The city was calm on Tuesday.", "Riots broke out in the city on Tuesday.",
     "was calm", "Riots broke out"),
    ("The city remained calm.", "Clashes erupted in the city.", "remained calm", "Clashes"),
    ("The capital was quiet overnight.", "Fighting broke out in the capital.",
     "was quiet", "Fighting broke out"),
    ("Streets in Paris were calm on Saturday.", "Riots have broken out in Paris.",
     "were calm", "Riots have broken out"),
    ("Kenosha stayed calm, the mayor said.", "Violence erupted in Kenosha, police said.",
     "stayed calm", "Violence erupted"),
    ("The city was peaceful.", "Riots broke out in the city.", "peaceful", "Riots broke out"),
    ("The border town is quiet, residents say.", "Fighting has broken out in the town.",
     "is quiet", "Fighting has broken out"),
    # the event itself, and its people (``crowds``)
    ("The protest was peaceful.", "Violence erupted at the protest.",
     "peaceful", "Violence erupted"),
    ("The march remained orderly.", "Fierce clashes broke out at the march.",
     "remained orderly", "clashes"),
    ("The protest was calm.", "The protest turned violent.", "was calm", "violent"),
    ("Protesters were calm.", "Violence flared at the protest.",
     "were calm", "Violence flared"),
])
def test_calm_against_violence_that_broke_out_there_is_a_dispute(
        a: str, b: str, calm: str, violent: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", result.summary
    assert f"“{calm}”" in result.summary and f"“{violent}”" in result.summary, result.summary


@pytest.mark.parametrize(("a", "b"), [
    # two subjects: markets, another place, another event
    ("Markets were calm.", "Riots broke out in the capital."),
    ("The city was calm on Tuesday.", "Riots broke out in the town on Tuesday."),
    ("The capital remained calm.", "Fighting broke out in the north."),
    ("The match was peaceful.", "Violence erupted after the match."),
    ("The protest was calm.", "Clashes broke out at the rally."),
    # violence placed nowhere is of nothing the calm side names
    ("Police said the city remained calm.", "Police said fighting broke out between gangs."),
    ("Police were calm.", "Fighting broke out among the fans."),
    # calls for calm, calming down, and hushed "quiet" are no calm state
    ("Police called for calm in the city.", "Riots broke out in the city."),
    ("Police urged residents to calm down.", "Riots broke out in the city."),
    ("Leaders appealed for calm in the capital.", "Fighting broke out in the capital."),
    ("The minister kept quiet about the riots in the city.", "Riots broke out in the city."),
    ("Protesters remained quiet about the deal.", "Protesters clashed with police."),
    ("The president remains quiet on the unrest.", "Unrest broke out at the president's rally."),
    ("The crowd was quiet on the question of the strike.", "The crowd turned violent."),
    ("He had a quiet word with the protesters.", "The protesters turned violent."),
    # calm told after the violence, or calm that returned: a sequence
    ("Calm returned to the city after riots.", "Riots broke out in the city."),
    ("Calm returned to Kenosha.", "Riots broke out in Kenosha."),
    ("The city was calm after the riots.", "Riots broke out in the city."),
    ("The capital remained quiet following the unrest.", "Unrest broke out in the capital."),
])
def test_other_places_calls_for_calm_and_hushed_quiet_are_no_dispute(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "agree", result.summary
    assert not any(k.startswith("opposite:") for k in kinds(result)), result.summary


@pytest.mark.parametrize(("a", "b"), [
    # calm told of the start, or of a moment before violence broke out: a change
    ("The city was calm early on.", "Clashes broke out in the city later."),
    ("The city was calm in the morning.", "Riots broke out in the city."),
    ("The capital was quiet in the afternoon.", "Fighting erupted in the capital."),
    ("The protest was calm at first.", "Violence broke out at the protest."),
])
def test_calm_at_one_moment_before_violence_broke_out_is_a_change(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "agree", result.summary
    assert "state_changed" in kinds(result), result.summary


def test_calm_on_one_day_and_riots_on_the_next_are_two_times() -> None:
    result = contrast(claim("wire", "The city was calm on Tuesday."),
                      claim("site", "Riots broke out in the city on Wednesday."))
    assert result.relation == "agree", result.summary


@pytest.mark.parametrize(("a", "b"), [
    # "quiet on Tuesday", "over the weekend": a time the calm held, not a hushed subject
    ("The capital was quiet on Tuesday.", "Riots broke out in the capital on Tuesday."),
    ("The city remained quiet over the weekend.", "Fighting broke out in the city."),
])
def test_quiet_on_a_day_is_calm_not_hushed(a: str, b: str) -> None:
    result = contrast(claim("wire", a), claim("site", b))
    assert result.relation == "conflict", result.summary
