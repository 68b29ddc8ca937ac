"""Opposing labels: a phrase that names a group both ways takes no side, a word is one word
in either number, and a label after a verb of condemnation is its subject's."""

from __future__ import annotations

import pytest
from contrastkit import claim, contrast

from embeddings.types import Claim
from service.contrast import pair_relation


def _input(text: str) -> Claim:
    return Claim(article_id="a", source="input", text=text, start=0, end=len(text), core=text)


def _terms(a: str, b: str) -> list[str]:
    result = contrast(claim("outlet-a", a), claim("outlet-b", b))
    return [d.summary for d in result.differences if d.kind == "terminology"]


# -- a phrase naming a group with words of both sides of a pair ------------------------------
@pytest.mark.parametrize(("a", "b"), [
    # Emergent (tune, "for"): the fighters are called militant, the headline says militants
    ("A Texas plumbing company's truck is now being used by militant Islamist fighters in "
     "Syria", "Texas Truck Winds Up in Syria With Islamic Militants"),
    ("Jihadist militant fighters stormed the base near Idlib on Monday.",
     "Jihadist militants stormed the base near Idlib on Monday."),
    ("Armed separatist fighters shelled the town overnight.",
     "Separatists shelled the town overnight."),
])
def test_a_phrase_naming_a_group_both_ways_takes_no_side(a: str, b: str) -> None:
    relation, signals = pair_relation(_input(a), _input(b))
    assert "terminology" not in signals["differences"] and relation == "agree", signals
    # nor is the word both use in two numbers anyone's alone
    assert "loaded wording" not in str(signals["contrast_summary"]), signals


def test_a_phrase_both_ways_keeps_the_label_it_sets_against_another() -> None:
    # Emergent (tune, "for"): "militant" is still set against "terrorists" (the pair of the
    # two words style guides argue over); "fighters" no longer, as the phrase says militant
    relation, signals = pair_relation(
        _input("A Texas plumbing company's truck is now being used by militant Islamist "
               "fighters in Syria"),
        _input("Islamist terrorists Jabhat Ansar al-Deen tweet picture of Texas plumber's "
               "truck fitted with anti-aircraft gun in Syria"))
    assert relation == "conflict"
    assert signals["conflicts"] == ["Sources use opposing terms for what the armed group is "
                                    "called: “terrorists” (claim B) vs “militant” (claim A)."]


@pytest.mark.parametrize(("a", "b", "said_as"), [
    # one label each, as before
    ("Hamas militants attacked the border post on Saturday.",
     "Hamas terrorists attacked the border post on Saturday.", "“terrorists”"),
    ("Hamas fighters attacked the border post on Saturday.",
     "Hamas militants attacked the border post on Saturday.", "“militants”"),
    ("Freedom fighters held the town on Monday.", "Terrorists held the town on Monday.",
     "“Terrorists”"),
    # a verb between two labels: two phrases, the fighters are not called militant
    ("Fighters stormed the militant stronghold near Idlib.",
     "Militants stormed the stronghold near Idlib.", "“Militants”"),
    # "and" joins two groups, not one phrase
    ("Militants and resistance fighters clashed near the town.",
     "Terrorists and resistance fighters clashed near the town.", "“Terrorists”"),
])
def test_labels_of_one_side_each_still_oppose(a: str, b: str, said_as: str) -> None:
    terms = _terms(a, b)
    assert terms and any(said_as in t for t in terms), terms


def test_the_lachin_road_blockade_and_protest_still_oppose() -> None:
    # the seeds' real contest of terms: what happened on the road
    terms = _terms("Aid through the Lachin corridor had been blocked for months.",
                   "I was present at the ecological protest on the Lachin road.")
    assert len(terms) == 1 and "what happened on the road" in terms[0], terms


# -- one loaded word in two numbers ------------------------------------------------------------
@pytest.mark.parametrize(("a", "b"), [
    ("Hamas militants attacked the border post.", "A Hamas militant attacked the border post."),
    ("The regime arrested the reporter.", "Regimes like this arrest reporters."),
    ("The dictator jailed the reporters.", "Dictators like him jail reporters."),
])
def test_a_loaded_word_in_the_singular_and_plural_is_no_ones_alone(a: str, b: str) -> None:
    result = contrast(claim("outlet-a", a), claim("outlet-b", b))
    assert [d.summary for d in result.differences if d.kind == "wording"] == []


def test_a_loaded_word_one_side_alone_is_still_its_wording() -> None:
    result = contrast(claim("outlet-a", "Hamas militants attacked the border post."),
                      claim("outlet-b", "Hamas gunmen attacked the border post."))
    wording = [d.summary for d in result.differences if d.kind == "wording"]
    assert any("outlet-a uses the loaded wording “militants”" in w for w in wording), wording


# -- a label after a verb of condemnation ------------------------------------------------------
_REUTERS = ("Protests continued in Portland for a third week as demonstrators gathered outside "
            "the federal courthouse.")


def _quoted(text: str) -> list[str]:
    result = contrast(claim("Alternet", text), claim("Reuters", _REUTERS))
    return [d.summary for d in result.differences if d.kind == "terminology"]


@pytest.mark.parametrize(("text", "who"), [
    ("Trump denounced the protests outside the Portland federal courthouse as “riots” for "
     "a third week.", "Trump"),
    ("Critics smeared the protests in Portland as “riots” for a third week.", "critics"),
    ("Senator Cotton slammed the protests outside the federal courthouse as “riots”.",
     "Senator Cotton"),
    ("Republicans assailed the demonstrations outside the Portland courthouse as 'riots'.",
     "Republicans"),
    ("Mr. Trump again blasted the demonstrations in Portland as “riots”.", "Mr. Trump"),
    ("Critics have lambasted the demonstrations in Portland as 'riots'.", "critics"),
    # "which ... slammed as", "whom ... condemned as", "slammed by ... as"
    ("The protests, which Trump slammed as “riots”, entered a third week.", "Trump"),
    ("Protesters, whom Trump condemned as “rioters”, gathered outside the courthouse.",
     "Trump"),
    ("The protests, slammed by Republicans as “riots,” entered a third week.", "Republicans"),
])
def test_a_label_after_a_verb_of_condemnation_is_its_subjects(text: str, who: str) -> None:
    terms = _quoted(text)
    assert len(terms) == 1 and f"({who} as quoted by Alternet) vs " in terms[0], terms


@pytest.mark.parametrize("text", [
    # no "as": the word is the outlet's at a distance, on no side
    "Trump slammed the “riots” outside the Portland federal courthouse.",
    "The mayor blasted the police over the “riots” outside the courthouse.",
    # the label is of something else ("soft on"), or no one is named
    "Republicans slammed the mayor as soft on “riots” outside the courthouse.",
    "The protests outside the courthouse were denounced as “riots” for a third week.",
    # the comma's clause has no subject: the object ("Trump") is no voice
    "Beto O'Rourke defends the protests outside the courthouse, assails Trump as “rioter”.",
])
def test_a_label_condemned_with_no_one_named_stays_on_no_side(text: str) -> None:
    assert _quoted(text) == []


def test_a_called_label_is_credited_as_before() -> None:
    terms = _quoted("Trump called the protests outside the courthouse “riots”.")
    assert len(terms) == 1 and "(Trump as quoted by Alternet) vs " in terms[0], terms
