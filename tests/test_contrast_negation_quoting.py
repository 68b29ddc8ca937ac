"""The contrast stage on how a negation is shown: the words quoted and where they stop."""

from __future__ import annotations

import pytest
from contrastkit import claim, contrast


@pytest.mark.parametrize(("a", "b", "shown"), [
    # a "no" before a noun denies the verb after it: shown to the clause's end
    ("CloudNet said no customer data was lost.", "Some customers reported losing data.",
     ("no customer data was lost", "Some customers reported losing data")),
    ("Doctors said no shells hit the hospital.", "The army shelled the hospital, killing five.",
     ("no shells hit the hospital", "The army shelled the hospital")),
])
def test_a_negation_is_shown_with_what_it_denies(a: str, b: str,
                                                 shown: tuple[str, str]) -> None:
    result = contrast(claim("x", a), claim("y", b))
    contra = next(d for d in result.differences if d.kind == "contradiction")
    assert [e["text"] for e in contra.evidence] == list(shown), contra.summary
    assert f"“{shown[0]}”" in contra.summary and f"“{shown[1]}”" in contra.summary


@pytest.mark.parametrize(("neg", "pos", "shown"), [
    # a contracted negation is quoted with the auxiliary it is written onto
    ("No, a bird didn't poop on Vladimir Putin.",
     "A bird pooped on Vladimir Putin during a speech.", "didn't poop"),
    ("The Batmobile wasn't stolen, police said.", "The Batmobile was stolen.", "wasn't stolen"),
    ("The mayor can't veto the budget.", "The mayor vetoed the budget.", "can't veto"),
    ("There won't be six days of darkness in December.",
     "Earth will experience six days of darkness in December.", "won't be six days of darkness"),
    ("The president didn't meet Putin on Friday.", "The president met Putin on Friday.",
     "didn't meet"),
    ("The mayor cannot veto the budget, the council said.", "The mayor vetoed the budget.",
     "cannot veto"),
    # and the negated word with the rest of its phrase
    ("The men are not fist fighting in a ring.", "The men are fist fighting in a ring.",
     "not fist fighting"),
    ("The kitten isn't eagerly drinking some milk.", "The kitten is eagerly drinking some milk.",
     "isn't eagerly drinking"),
    ("Missing Fort Carson item not a nuclear weapon - despite Internet rumors",
     "Fort Carson is locked down because of a missing nuclear weapon", "not a nuclear weapon"),
    ("The man is not doing floor exercises.", "The man is doing floor exercises.",
     "not doing floor exercises"),
])
def test_a_negation_is_quoted_as_words_a_reader_can_read(neg: str, pos: str, shown: str) -> None:
    result = contrast(claim("wire", pos), claim("site", neg))
    contra = next(d for d in result.differences if d.kind == "contradiction")
    assert f"“{shown}”" in contra.summary, contra.summary


@pytest.mark.parametrize(("neg", "pos", "shown"), [
    # the phrase ends where the next one starts: a noun of what follows, a preposition
    ("Judd Nelson isn't dead report is a hoax", "Judd Nelson is dead", "isn't dead"),
    ("The person is not running onto the field.",
     "A person in a pink jacket is running onto the field.", "not running"),
    ("Banksy has not been arrested sigh", "Anonymous street artist Banksy was arrested",
     "not been arrested"),
    # "not" is a word of its own: it is quoted as it was
    ("The man is not slicing a potato.", "The man is slicing a potato.", "not slicing"),
])
def test_a_quoted_negation_stops_at_its_phrase(neg: str, pos: str, shown: str) -> None:
    result = contrast(claim("wire", pos), claim("site", neg))
    contra = next(d for d in result.differences
                  if d.kind == "contradiction" and "where" in d.summary)
    assert f"“{shown}”" in contra.summary, contra.summary


def test_an_opposite_said_with_a_contraction_quotes_its_auxiliary() -> None:
    a, b = "Macaulay Culkin is dead", "Macaulay Culkin Hasn't Died Despite What Everyone Says"
    result = contrast(claim("wire", a), claim("site", b))
    contra = next(d for d in result.differences if d.kind == "contradiction")
    assert "“Hasn't Died”" in contra.summary, contra.summary


@pytest.mark.parametrize(("pos", "neg", "shown"), [
    # the other side's clause is quoted with the subject and verb an "and" or a comma cut off
    ("A man and a woman are shaking hands.", "A man and a woman are not shaking hands.",
     "A man and a woman are shaking hands"),
    ("The black and white dog is running.", "The black and white dog isn't running.",
     "The black and white dog is running"),
    ("The cheerleaders are parading and wearing black uniforms.",
     "The cheerleaders are not wearing black uniforms.",
     "The cheerleaders are parading and wearing black uniforms"),
    ("A boy is climbing a wall and is attached to a rope.",
     "A boy is climbing a wall and isn't attached to the rope.",
     "A boy is climbing a wall and is attached to a rope"),
    ("Fort Carson is locked down because of a missing nuclear weapon",
     "Missing Fort Carson item not a nuclear weapon - despite Internet rumors",
     "Fort Carson is locked down because of a missing nuclear weapon"),
    # a clause with a subject and verb of its own is quoted alone
    ("A group of kids is playing in a yard and an old man is standing in the background",
     "There is no man standing in the background",
     "an old man is standing in the background"),
    ("The black and white dog is running and a person stands behind it",
     "There is no person standing behind the dog", "a person stands behind it"),
])
def test_the_contradicted_clause_is_quoted_with_its_subject(pos: str, neg: str,
                                                            shown: str) -> None:
    result = contrast(claim("wire", pos), claim("site", neg))
    contra = next(d for d in result.differences
                  if d.kind == "contradiction" and "where" in d.summary)
    assert f"where wire says “{shown}”" in contra.summary, contra.summary


@pytest.mark.parametrize(("pos", "neg", "quotes"), [
    # an "and" inside a noun phrase joins words: both sides are quoted past it
    ("A man and a child are kayaking through gentle waters",
     "There is no man and child kayaking through gentle waters",
     ("no man and child kayaking through gentle waters",
      "A man and a child are kayaking through gentle waters")),
    ("A white and brown dog is walking through the water",
     "There is no white and brown dog walking through the water",
     ("no white and brown dog walking through the water",
      "A white and brown dog is walking through the water")),
    ("A horse is tossing the cowboy in red and blue pants",
     "There is no horse tossing the cowboy in red and blue pants",
     ("no horse tossing the cowboy in red and blue pants",)),
    # another act after the "and" is another clause: the negation is quoted without it
    ("A man is singing", "There is no man singing and playing the guitar",
     ("no man singing",)),
    ("A clown is singing and people are dancing",
     "There is no clown singing and people are not dancing", ("no clown singing",)),
])
def test_an_and_that_joins_words_is_quoted_past(pos: str, neg: str,
                                                quotes: tuple[str, ...]) -> None:
    result = contrast(claim("wire", pos), claim("site", neg))
    summaries = " ".join(d.summary for d in result.differences if d.kind == "contradiction")
    assert all(f"“{q}”" in summaries for q in quotes), summaries
