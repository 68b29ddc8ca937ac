"""False conflicts read in the real multi-outlet clusters of the tuning data (BABE tune
topics) with today's readings, each turned into a general reading, with the near cases that
must stay disputes."""

from __future__ import annotations

import pytest
from contrastkit import contrast, kinds, parsed


def _numbers_conflict(a: str, b: str) -> bool:
    result = contrast(parsed("wire", a), parsed("paper", b))
    return any(d.kind == "numbers" and d.conflict for d in result.differences)


@pytest.mark.parametrize(("bare", "counted"), [
    # a round plural standing alone counts people: no answer to a count of loans or files
    ("Dem Senators Say Mismanaged Student Loan Program Screwed Thousands",
     "Democrats nationalized the student loan industry by transferring eight million loans "
     "into the government's hands."),
    ("Botched Student Loan Program Hurt Millions, Senators Say",
     "The student loan program holds 45,000 loans in default."),
    ("Thousands protest the new tax on fuel imports",
     "The new fuel tax applies to 120 fuel imports a year."),
    ("Hospital data breach exposed hundreds, officials say",
     "The hospital data breach exposed 2 million records, officials say."),
])
def test_a_round_plural_alone_counts_people_not_things(bare: str, counted: str) -> None:
    assert not _numbers_conflict(bare, counted), (bare, counted)
    assert not _numbers_conflict(counted, bare), (counted, bare)


@pytest.mark.parametrize(("bare", "counted"), [
    # near cases: against a count of people, or a count of people by role, the bare figure
    # is still an answer; a bare figure that is no round plural may still stand for the unit
    ("Thousands were arrested in the crackdown, police said.",
     "Police said 40 people were arrested in the crackdown."),
    ("Thousands of protesters were arrested in the crackdown.",
     "Only 40 protesters were arrested in the crackdown."),
    ("The company recalled 8,000 in the United States.",
     "The company recalled 12,000 cars in the United States."),
])
def test_a_bare_count_still_answers_a_count_of_people(bare: str, counted: str) -> None:
    assert _numbers_conflict(bare, counted), (bare, counted)


@pytest.mark.parametrize(("a", "b"), [
    # an age that picks out a group of people names who is meant, not how old someone is
    ("And all major medical groups urge nearly everyone over age six months to get the "
     "yearly flu vaccine.",
     "James Steckelberg of the Mayo Clinic said people 65 and over should be given high-dose "
     "flu vaccines."),
    ("Everyone over age 12 should get the flu vaccine this fall, doctors say.",
     "Doctors say people 50 and over should get the flu vaccine this fall."),
    ("Children aged 5 to 11 can now get the vaccine.",
     "Adults over 50 can now get a second booster of the vaccine."),
    ("The tax credit goes to workers under 25.",
     "The tax credit goes to seniors 65 and older."),
    ("Those aged 18 to 24 were the least likely to vote in the election.",
     "Voters over 65 were the most likely to vote in the election."),
])
def test_ages_that_pick_out_groups_are_two_groups(a: str, b: str) -> None:
    assert not _numbers_conflict(a, b), (a, b)


@pytest.mark.parametrize(("a", "b"), [
    # near cases: one person's age told two ways is a dispute, and a named pair is aged
    ("The victim, aged 65, died at the scene of the crash.",
     "The victim, aged 40, died at the scene of the crash."),
    ("The suspect, aged 19, was charged with murder.",
     "The suspect, aged 23, was charged with murder."),
])
def test_one_persons_age_still_disputed(a: str, b: str) -> None:
    assert _numbers_conflict(a, b), (a, b)


def test_a_group_age_agreeing_is_still_told() -> None:
    result = contrast(parsed("wire", "People 65 and over should get the high-dose vaccine."),
                      parsed("paper", "Doctors say people 65 and over need the high-dose vaccine."))
    assert "numbers" not in kinds(result)


@pytest.mark.parametrize(("feeling", "told", "relation"), [
    # a negated feeling about a thing ("not lovin'" the sales) against a claim that tells what
    # became of the thing and no feeling: no dispute (the UCI headline agrees: sales fell)
    ("McDonald's Not Lovin' US Sales", "McDonald's Sales Tank In February", "agree"),
    ("Apple not loving iPhone sales", "iPhone sales slump in March", "agree"),
    ("Fans are not happy with the new club logo", "The club unveiled a new logo on Monday",
     "agree"),
    ("Shoppers are not loving the new store layout", "The chain rolled out the new store layout",
     "agree"),
    # near cases: the other side tells a feeling or a stance, or the same one un-negated; a
    # negated act in other words is still read as before
    ("Investors did not like the merger of the two banks",
     "Investors welcomed the merger of the two banks", "conflict"),
    ("Investors were not happy with the bank merger", "Investors were happy with the bank merger",
     "conflict"),
    ("Voters do not want the new tax on fuel", "Voters want the new tax on fuel, a poll found",
     "conflict"),
    ("Fans are not loving the new club logo", "Fans love the new club logo", "conflict"),
    ("McDonald's US sales did not grow in February", "McDonald's US sales grew in February",
     "conflict"),
])
def test_a_negated_feeling_is_no_denial_of_what_befell_the_thing(feeling: str, told: str,
                                                                 relation: str) -> None:
    result = contrast(parsed("TIME", told), parsed("Ledge", feeling))
    assert result.relation == relation, (feeling, told, result.summary)
