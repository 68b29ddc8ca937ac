"""The contrast stage on counts: of whom, of what befell them (tolls, fates), under other nouns."""

from __future__ import annotations

import re

import pytest
from contrastkit import claim, contrast, kinds, number_kinds, parsed, qty


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
    found = number_kinds(result)
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
    assert number_kinds(result) == ([kind] if kind else [])


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
    assert number_kinds(result) == ([kind] if kind else [])


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
    assert number_kinds(result) == ([kind] if kind else [])


def test_what_befell_a_count_is_told_in_its_own_clause() -> None:
    # "35 officers were injured and 120 people were arrested": 120 were arrested, not hurt
    result = contrast(
        parsed("x", "Police said 35 officers were injured and 120 people were arrested."),
        parsed("y", "Police said 118 people were arrested and 35 officers hurt."))
    summaries = [d.summary for d in result.differences if d.kind.startswith("numbers")]
    assert any("people held: x says 120, y says 118" in t for t in summaries), summaries
    assert any("officers hurt" in t and "35" in t for t in summaries), summaries


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


def test_jobs_cut_are_counted_however_they_are_named() -> None:
    # "12,000 job cuts" counts jobs, not cuts; a company cuts jobs or lays off employees
    result = contrast(parsed("x", "Quorra will cut 12,000 jobs."),
                      parsed("y", "Quorra is laying off 11,000 employees."))
    assert result.relation == "conflict" and "the number of jobs" in result.summary
    result = contrast(parsed("x", "Quorra will cut 12,000 jobs."),
                      parsed("y", "Quorra announced 12,000 job cuts on Monday."))
    assert kinds(result) == ["numbers_agree"]


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
