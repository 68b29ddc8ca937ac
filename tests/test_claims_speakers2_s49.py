"""Who speaks, forty-ninth session (second helper): an opening adjunct left without its comma,
a filed document named by the article, and a counted group speaking with a named voice."""

from __future__ import annotations

import pytest

from embeddings.claims.speakers import find_speaker
from tests.speakerkit import _claims


# an opening adjunct of time or occasion reads the same with or without its comma
@pytest.mark.parametrize(("opening", "subject", "speaker"), [
    ("After the talks", "Smith", "Smith"),
    ("On Tuesday", "the ministry", "ministry"),
    ("On Tuesday", "Smith", "Smith"),
    ("In a statement", "the company", "company"),
    ("In a statement on Sunday", "police", "police"),
    ("During the debate", "Trump", "Trump"),
])
def test_an_opening_adjunct_without_its_comma(opening: str, subject: str,
                                              speaker: str) -> None:
    for comma in (",", ""):
        found = find_speaker(f"{opening}{comma} {subject} said the deal was close.")
        assert (found.speaker, found.core) == (speaker, "the deal was close."), comma


def test_a_place_inside_an_opening_clause_is_no_speaker() -> None:
    # the name after "near" is where the officials were, and the sentence is the outlet's
    sentence = ("After health officials near Portland, Oregon, declared a public health "
                "emergency over a measles outbreak, the viral infection continues to spread.")
    assert find_speaker(sentence).speaker is None


def test_a_day_opening_a_name_is_not_part_of_it() -> None:
    assert find_speaker("In May the Kremlin said the talks would resume.").speaker == "Kremlin"
    # a month alone may be a name
    assert find_speaker("Theresa May said the talks would resume.").speaker == "Theresa May"


# "the lawsuit" the story is about is one voice however the sentence frames it
@pytest.mark.parametrize("sentence", [
    "The lawsuit argues that the company hid the defect.",
    "The lawsuit alleges that the company hid the defect.",
    "The company hid the defect, the lawsuit states.",
    "“The company hid the defect,” the lawsuit states.",
    "The company hid the defect, according to the lawsuit.",
])
def test_a_named_lawsuit_speaks_in_every_form(sentence: str) -> None:
    found = find_speaker(sentence)
    assert found.speaker == "lawsuit"
    assert found.core.rstrip(".") == (
        "the company hid the defect" if sentence.startswith("The lawsuit")
        else "The company hid the defect")


def test_an_unnamed_study_still_names_no_one() -> None:
    assert find_speaker("A new study says coffee is good for you.").speaker is None
    assert find_speaker("Report claims the company hid the defect.").speaker is None


def test_a_pronoun_after_the_lawsuit_is_the_lawsuit() -> None:
    text = ("The committee filed a lawsuit on Friday against the campaign. The lawsuit alleges "
            "that the campaign welcomed the help. It says the two groups stayed in contact.")
    assert [s for _, s in _claims(text)][1:] == ["lawsuit", "lawsuit"]


@pytest.mark.parametrize(("subject", "voice"), [
    ("Two donors and a former DNC staffer have", "two donors and former DNC staffer"),
    ("Three senators and the White House", "three senators and White House"),
    ("In that case, two Democratic donors and a former DNC staffer have",
     "two Democratic donors and former DNC staffer"),
])
def test_a_counted_group_speaks_with_the_voice_named_after_it(subject: str,
                                                             voice: str) -> None:
    found = find_speaker(f"{subject} argued that the party rigged the primary.")
    assert (found.speaker, found.core) == (voice, "the party rigged the primary.")


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a bare group still leaves the voice the other's
    ("Residents and police said the fire started at night.", "police"),
    # a counted group in the claim is no speaker's
    ("Two men and a woman were arrested, police said.", "police"),
])
def test_bare_and_reported_groups_stay_as_they_were(sentence: str, speaker: str) -> None:
    assert find_speaker(sentence).speaker == speaker


def test_two_roles_of_one_named_person_are_one_voice() -> None:
    sentence = ("Iran's deputy foreign minister and senior nuclear negotiator, Abbas Araghchi, "
                "said the purported evidence was fake.")
    assert find_speaker(sentence).speaker == "Abbas Araghchi"
    # a second party with its own article is a second voice
    assert find_speaker("Police and the FBI said the suspect acted alone.").speaker == \
        "police and FBI"


@pytest.mark.parametrize("opening", ["Few in Israel", "Many in Washington", "Some in Moscow"])
def test_some_of_a_places_people_name_no_one(opening: str) -> None:
    found = find_speaker(f"{opening} said they expected the talks to fail.")
    assert found.speaker is None
    # the place itself speaking still does
    assert find_speaker("Israel said it expected the talks to fail.").speaker == "Israel"


@pytest.mark.parametrize("sentence", [
    "Trump began the meeting on Tuesday by saying he supports the talks.",
    "Trump tried to justify the order by claiming he supports the talks.",
])
def test_by_saying_is_the_subjects_claim(sentence: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == ("Trump", "he supports the talks.")


def test_by_saying_nothing_reports_nothing() -> None:
    assert find_speaker("Trump ended the meeting by saying goodbye.").speaker is None
