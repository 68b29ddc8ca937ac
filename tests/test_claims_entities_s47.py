"""The claims stage, forty-seventh session: names.

Military ranks are titles ("Maj. Gen. John Smith" is John Smith, no "Maj"); a title "of" a
place or a body before a name gives the place and the person ("Prime Minister of Armenia Nikol
Pashinyan"), and a title's own noun gives only the person ("Chief of Staff John Kelly"); an
index's figure is its name ("Standard & Poor's 500 Index"), and "St." opening a place's name
is no counted noun ("3 St. Louis goals").
"""

from __future__ import annotations

import pytest

from embeddings.claims import find_numbers, find_speaker
from embeddings.claims.entities import find_entities


def _names(sentence: str) -> list[tuple[str, str]]:
    found = find_entities(sentence)
    # every name is the sentence's own text at its offsets
    assert all(sentence[e.start:e.end] == e.text for e in found)
    return [(e.text, e.label) for e in found]


# --- military ranks ---------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "person"), [
    ("Maj. Gen. John Smith said the strike was a success.", "John Smith"),
    ("Adm. Mike Mullen said the navy was ready.", "Mike Mullen"),
    ("Cmdr. Rod Gibbons, an academy spokesman, said the academy was shocked.", "Rod Gibbons"),
    ("Naval Academy spokesman Cmdr. Rod Gibbons said it came as a surprise.", "Rod Gibbons"),
    ("The ship was safe, said Cpl. Jane Doe.", "Jane Doe"),
])
def test_a_rank_is_a_title_not_a_name(sentence: str, person: str) -> None:
    names = _names(sentence)
    assert (person, "PERSON") in names
    assert not any(text.rstrip(".") in ("Maj", "Adm", "Cmdr", "Cdr", "Cpl") for text, _ in names)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The ship was safe, according to Cmdr. Jane Doe.", "Jane Doe"),
    ("The strike worked, according to Maj. Gen. John Smith.", "John Smith"),
    ("Lt. Col. Ann Lee said the base was safe.", "Ann Lee"),
])
def test_a_rank_is_no_end_of_the_speaker(sentence: str, speaker: str) -> None:
    assert find_speaker(sentence).speaker == speaker


def test_major_alone_is_no_title() -> None:
    assert ("Major League Baseball", "PERSON") in _names("Major League Baseball said it.")


# --- a title of a place or a body, then its holder --------------------------------------------


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Prime Minister of Armenia Nikol Pashinyan said the talks failed.",
     [("Armenia", "PLACE"), ("Nikol Pashinyan", "PERSON")]),
    ("President of South Korea Moon Jae-in said no.",
     [("South Korea", "PLACE"), ("Moon Jae-in", "PERSON")]),
    ("President of Brazil Luiz Inácio Lula da Silva said no.",
     [("Brazil", "PLACE"), ("Luiz Inácio Lula da Silva", "PERSON")]),
    ("Governor of the Bank of England Andrew Bailey said rates would rise.",
     [("Bank of England", "ORG"), ("Andrew Bailey", "PERSON")]),
    ("President of the European Commission Ursula von der Leyen said no.",
     [("European Commission", "ORG"), ("Ursula von der Leyen", "PERSON")]),
    ("Minister of Foreign Affairs of Armenia Ararat Mirzoyan said so.",
     [("Armenia", "PLACE"), ("Ararat Mirzoyan", "PERSON")]),
])
def test_a_title_of_a_place_gives_the_place_and_the_person(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _names(sentence) == expected


@pytest.mark.parametrize(("sentence", "person"), [
    ("Chief of Staff John Kelly said the wall would be built.", "John Kelly"),
    ("Minister of Health Jane Doe said the clinics would open.", "Jane Doe"),
    ("Chief of Defence Staff Tony Radakin said the army was ready.", "Tony Radakin"),
    ("Chairman of the Joint Chiefs of Staff Mark Milley said no.", "Mark Milley"),
])
def test_a_titles_own_noun_gives_only_the_person(sentence: str, person: str) -> None:
    assert _names(sentence) == [(person, "PERSON")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Prime Minister of Armenia Nikol Pashinyan said the talks failed.", "Nikol Pashinyan"),
    ("Chief of Staff John Kelly said the wall would be built.", "John Kelly"),
])
def test_the_holder_speaks(sentence: str, speaker: str) -> None:
    assert find_speaker(sentence).speaker == speaker


def test_a_title_case_headline_names_no_holder() -> None:
    names = _names("Leader of Qaeda-Linked Somali Group Is Dead, U.S. Says")
    assert not any(label == "PERSON" for _, label in names)


def test_a_title_of_alone_names_no_one() -> None:
    assert _names("The Minister of Health said the clinics would open.") == []


# --- numbers inside names ---------------------------------------------------------------------


def _figures(sentence: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.unit) for q in find_numbers(sentence)]


@pytest.mark.parametrize(("sentence", "figures"), [
    ("Standard & Poor's 500 Index rose 2%.", [("2%", "percent")]),
    ("The broader Standard & Poor's 500 Index added 1.14 points.", [("1.14", "point")]),
    ("The Standard and Poor's 500 fell 1.2 percent.", [("1.2 percent", "percent")]),
    ("The Hang Seng 50 Index fell 1%.", [("1%", "percent")]),
])
def test_an_index_figure_is_its_name(sentence: str, figures: list[tuple[str, str]]) -> None:
    assert _figures(sentence) == figures


def test_a_count_before_index_funds_stays() -> None:
    assert [q.low for q in find_numbers("About 40 Index funds closed.")] == [40]


@pytest.mark.parametrize(("sentence", "unit"), [
    ("He scored 3 St. Louis goals.", "goal"),
    ("Two Mt. Sinai doctors spoke to reporters.", "doctor"),
    ("Police arrested 12 St. Paul protesters.", "protester"),
])
def test_st_opening_a_place_is_no_counted_noun(sentence: str, unit: str) -> None:
    assert [q.unit for q in find_numbers(sentence)] == [unit]
