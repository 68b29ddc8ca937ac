"""The contrast stage on headlines that wave a rumour or a report away with a phrasal verb
("shoots down ... death rumours", "laughs off reports of his death", "brushes off
speculation"), put an end to a rumour ("appears in public, ending death rumours"), or call
a death report premature ("Reports of my death are greatly exaggerated", "X's death falsely
reported"); and the near cases that call nothing untrue."""

from __future__ import annotations

import pytest
from contrastkit import contrast, parsed
from contrastkit import denies as _denies


@pytest.mark.parametrize(("story", "waved", "quoted"), [
    ("Fidel Castro has died.", "Cuba shoots down Fidel Castro death rumours",
     "shoots down Fidel Castro death rumours"),
    ("Fidel Castro has died.", "Castro's son laughs off reports of his death",
     "laughs off reports"),
    ("Fidel Castro has died.", "Cuban officials knock down claims Fidel Castro has died",
     "knock down claims"),
    ("Hugh Hefner is dead.", "Playboy brushes off Hugh Hefner death rumours",
     "brushes off Hugh Hefner death rumours"),
    ("Apple will announce a new iPad in March.",
     "Apple slaps down speculation of a new iPad in March", "slaps down speculation"),
])
def test_a_rumour_or_report_waved_off_is_denied(story: str, waved: str, quoted: str) -> None:
    assert f"“{quoted}”" in _denies(story, waved)


@pytest.mark.parametrize(("story", "ended"), [
    ("Fidel Castro has died.", "Fidel Castro appears in public, ending death rumours"),
    ("Fidel Castro has died.", "Castro's return quells speculation about his death"),
    ("Kim Jong-un is gravely ill.", "Kim Jong-un's photos quell illness rumours"),
    ("Fidel Castro has died.", "Cuba silences Fidel Castro death rumours"),
])
def test_a_rumour_put_an_end_to_is_denied(story: str, ended: str) -> None:
    _denies(story, ended)


@pytest.mark.parametrize(("story", "other"), [
    # the verb's object is another thing: a door, then a preposition before the reports
    ("Fidel Castro has died.", "Police knock down door after reports Fidel Castro has died"),
    # the rumour ends something else: it is the subject, not the object
    ("Fidel Castro has died.", "Death rumours ended Fidel Castro's hopes of a quiet retirement"),
    # a verb that feeds the rumour between: "silence" is the noun, the rumour grows
    ("Fidel Castro has died.", "Cuban silence fuels Fidel Castro death rumours"),
    ("Fidel Castro has died.", "Cuba's silence sparks rumours of Fidel Castro's death"),
    # "shrugs off" tells of no falsity
    ("Fidel Castro has died.", "Cuba shrugs off Fidel Castro death rumours"),
    # a report of the rumour, or of the claim, is no denial
    ("Fidel Castro has died.", "Fidel Castro death rumours spread on Twitter"),
    ("Fidel Castro has died.", "Man claims Fidel Castro has died"),
    # a report ends, but no report is waved off ("ends" is for rumours only)
    ("Fidel Castro has died.", "Cuban television ends reports on Fidel Castro's health"),
])
def test_what_waves_off_nothing_stays_apart(story: str, other: str) -> None:
    assert contrast(parsed("wire", story), parsed("site", other)).relation != "conflict", other


@pytest.mark.parametrize(("story", "overstated"), [
    ("Fidel Castro has died.", "Reports of Fidel Castro's death are premature"),
    ("Fidel Castro has died.",
     "Reports of Fidel Castro's death have been greatly exaggerated"),
    ("Hugh Hefner is dead.", "Rumours of Hugh Hefner's demise are overblown, Playboy says"),
    # "falsely reported" with nothing after it: the subject is the story called untrue
    ("Fidel Castro has died.", "Fidel Castro's death falsely reported"),
    ("Jeff Goldblum died in a fall in New Zealand.",
     "Jeff Goldblum's death in New Zealand was falsely reported"),
])
def test_a_death_report_called_premature_or_falsely_reported_is_denied(
        story: str, overstated: str) -> None:
    assert "denies what" in _denies(story, overstated)


@pytest.mark.parametrize(("story", "other"), [
    # of anything but a death, an overstated report still says it happened
    ("The storm destroyed hundreds of homes.", "Reports of the storm damage were exaggerated"),
    # negated: the report stands
    ("Fidel Castro has died.", "Reports of Fidel Castro's death are not exaggerated"),
    ("Fidel Castro has died.", "Fidel Castro's death was not falsely reported"),
    # another man's death
    ("Fidel Castro has died.", "Rumours of Raul Castro's death are premature"),
    # whose death, not said
    ("Fidel Castro has died.", "Reports of his death are premature"),
    # reported, not falsely
    ("Fidel Castro has died.", "Fidel Castro's death reported on Twitter"),
])
def test_what_calls_no_death_report_untrue_stays_apart(story: str, other: str) -> None:
    assert contrast(parsed("wire", story), parsed("site", other)).relation != "conflict", other


@pytest.mark.parametrize(("story", "shorthand", "quoted"), [
    ("Banksy was arrested in London.", "Banksy arrest claims unfounded, police say",
     "Banksy arrest claims unfounded"),
    ("Fidel Castro has died.", "Reports of Fidel Castro's death untrue",
     "Reports of Fidel Castro's death untrue"),
    ("Fidel Castro has died.", "Fidel Castro death rumours completely false",
     "Fidel Castro death rumours completely false"),
    ("Banksy was arrested in London.", "Police: Banksy arrest story fake",
     "Banksy arrest story fake"),
    ("Banksy was arrested in London.", "Banksy arrest claims false - police",
     "Banksy arrest claims false"),
])
def test_a_report_called_untrue_with_its_copula_left_out_is_denied(
        story: str, shorthand: str, quoted: str) -> None:
    assert f"“{quoted}”" in _denies(story, shorthand)


@pytest.mark.parametrize(("story", "other"), [
    # a question asks
    ("Fidel Castro has died.", "Fidel Castro death rumours false?"),
    # no story named
    ("Banksy was arrested in London.", "Arrest claims false"),
    # the falsity word goes on to a noun of its own: a label
    ("Banksy was arrested in London.", "Banksy arrest claims false flag, police say"),
    # negated
    ("Fidel Castro has died.", "Fidel Castro death rumours not false"),
    # the report an object, in full grammar: wrong in some detail
    ("Fidel Castro has died.", "Castro's doctors got the death report wrong"),
    # another story's report
    ("Banksy was arrested in London.", "Raul Castro death rumours false"),
])
def test_what_calls_no_report_untrue_in_shorthand_stays_apart(story: str, other: str) -> None:
    assert contrast(parsed("wire", story), parsed("site", other)).relation != "conflict", other
