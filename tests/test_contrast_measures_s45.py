"""Which figures measure one thing: "one thing" in a set phrase counts no things (the claims
stage reads no figure from it), and the words for one protest crowd ("demonstrators",
"protesters", "marchers") count one crowd, while other groups stay their own counts."""

from __future__ import annotations

import pytest
from contrastkit import contrast, number_kinds, parsed

from embeddings.claims import find_numbers

# --- "one thing" announces a point, it counts nothing --------------------------------------


@pytest.mark.parametrize("sentence", [
    "Tonight I'm here to tell you one thing: Iran lied.",
    "One thing was certain: the vote would be close.",
    "Let me say one more thing before I go.",
    "If there is one thing we have learned, it is that he never gives up.",
    "There is one other thing the minister said: the border stays closed.",
])
def test_one_thing_is_no_count(sentence: str) -> None:
    assert find_numbers(sentence) == []


@pytest.mark.parametrize(("sentence", "figures"), [
    # plural things are counted: a listicle's "10 Things"
    ("3 things to watch for as McDonald's fights to boost US sales", [(3, "thing")]),
    ("10 Things You Need To Know This Morning", [(10, "thing")]),
    # other nouns after "one" stay counts, next to the phrase too
    ("One person died and one thing was clear.", [(1, "person")]),
    ("Police found one body and two cars.", [(1, "body"), (2, "car")]),
])
def test_other_counts_next_to_one_thing_stay(sentence: str, figures: list[tuple[int, str]]) -> None:
    assert [(q.low, q.unit) for q in find_numbers(sentence)] == figures


def test_one_thing_said_by_two_speakers_is_no_agreement() -> None:
    a = "Netanyahu said: I'm here to tell you one thing: Iran lied."
    b = "Rouhani said he would tell the world one thing: Iran kept its word."
    assert "numbers_agree" not in number_kinds(contrast(parsed("x", a), parsed("y", b)))


# --- one protest crowd under the words outlets choose for it -------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("About 20,000 demonstrators marched through the capital.",
     "Some 90,000 protesters marched through the capital."),
    ("Police said 5,000 marchers took part.", "Organisers said 30,000 protesters took part."),
    ("The rally drew 3,000 rallygoers.", "The rally drew 8,000 demonstrators."),
    ("Police arrested 20 demonstrators.", "Police arrested 60 protestors."),
])
def test_words_for_one_crowd_dispute_its_size(a: str, b: str) -> None:
    result = contrast(parsed("x", a), parsed("y", b))
    assert result.relation == "conflict"
    assert number_kinds(result) == ["numbers"]
    # told as the crowd, whichever word each outlet chose
    assert "the number of protesters" in result.differences[0].summary


def test_people_agreeing_with_each_word_for_the_crowd_still_agree() -> None:
    """A vague "people" count agrees with both crowd figures, which dispute each other: the
    dispute of the crowd does not hide the agreements of "people"."""
    result = contrast(parsed("a", "Tens of thousands of people protested."),
                      parsed("b", "About 20,000 demonstrators rallied."),
                      parsed("c", "Some 90,000 protesters rallied."))
    assert sorted(number_kinds(result)) == ["numbers", "numbers_agree", "numbers_agree"]


def test_words_for_one_crowd_agree_on_its_size() -> None:
    result = contrast(parsed("x", "Police fired on 3,000 demonstrators in Cairo."),
                      parsed("y", "Police fired on 3,000 protesters in Cairo."))
    assert number_kinds(result) == ["numbers_agree"]


@pytest.mark.parametrize(("a", "b"), [
    # other people: soldiers and civilians, police and protesters, are two counts
    ("20 soldiers were killed.", "30 civilians were killed."),
    ("Police said 5,000 marchers took part.", "500 police officers took part."),
    ("200 police officers were deployed.", "5,000 protesters gathered."),
    # rioters are some of the crowd, "people" may be anyone: they never dispute it
    ("Police detained 20 rioters.", "More than 60 protesters were arrested."),
    ("About 20,000 demonstrators marched through the capital.",
     "Some 90,000 people marched through the capital."),
    # what befell them differs: those arrested or hurt are not those who marched
    ("Police arrested 200 protesters.", "About 5,000 demonstrators marched through the city."),
    ("Some 20 demonstrators were injured in clashes.",
     "About 300 protesters marched to parliament."),
    # two days' crowds
    ("Saturday's march drew 5,000 demonstrators.", "Sunday's rally drew 20,000 protesters."),
])
def test_other_groups_and_other_fates_are_no_dispute(a: str, b: str) -> None:
    assert "numbers" not in number_kinds(contrast(parsed("x", a), parsed("y", b)))
