"""Loaded words read in their plain sense ("illegal in Germany", "a crackdown on illegal street
parties", "a regime of tax cuts"), and general pejoratives and loaded verbs that no reader
would call neutral ("unhinged", "gloated", "a tirade")."""

from __future__ import annotations

import pytest
from contrastkit import claim, contrast

from service.contrast import loaded_words

_REUTERS = ("Lawmakers met on Tuesday to discuss the bill, which would change how the rules are "
            "enforced.")


def _loaded(text: str) -> list[str]:
    return [w.lower() for _, _, w in loaded_words(text)]


def _wording(text: str) -> list[str]:
    result = contrast(claim("Alternet", text), claim("Reuters", _REUTERS))
    return [d.summary for d in result.differences if d.kind == "wording"]


# -- plain senses: the law's word for an act, enforcement against acts, a regime of rules ------
@pytest.mark.parametrize(("text", "word"), [
    # BABE (tune): what the law of a place forbids, or should
    ("Female genital mutilation is illegal in Germany, leading many families to travel abroad.",
     "illegal"),
    ("Majorities believe that sex discrimination in public spaces should be illegal.", "illegal"),
    ("Comcast is telling customers Tor is illegal to use.", "illegal"),
    ("The practice was made illegal in 2019 after a long campaign.", "illegal"),
    ("Selling the pills is illegal under federal law.", "illegal"),
    ("Such contracts are illegal in most states.", "illegal"),
    # an outlawed act named plainly
    ("Gangs exploit migrants for cheap labor, an established but illegal practice.", "illegal"),
    ("Police will crackdown on illegal street parties after officers came under attack.",
     "illegal"),
    ("Officers found illegal drugs and two illegal firearms in the car.", "illegal"),
    ("The company was fined for illegal dumping of waste in the river.", "illegal"),
    # enforcement against a kind of act
    ("Police will crackdown on illegal street parties after officers came under attack.",
     "crackdown"),
    ("Activists are paying for the billboards despite a platform-wide crackdown on such "
     "campaigns.", "crackdown"),
    ("A crackdown on drug smuggling began in May.", "crackdown"),
    ("The city announced a crackdown on speeding near schools.", "crackdown"),
    # a set of rules
    ("Trump argued that a regime of tax cuts, regulatory rollbacks and protectionist trade "
     "policies have benefited the working class.", "regime"),
    ("The country lived under a regime of strict austerity for a decade.", "regime"),
])
def test_a_loaded_word_in_its_plain_sense_is_no_wording(text: str, word: str) -> None:
    assert word not in _loaded(text)
    assert not any(f"“{word}" in w.lower() for w in _wording(text)), _wording(text)


@pytest.mark.parametrize(("text", "word"), [
    # a side's deeds and people, framed as outlaws
    ("The annexation is illegal under international law.", "illegal"),
    ("The annexation is illegal.", "illegal"),
    ("The illegal occupation of the region continues.", "illegal"),
    ("Settlements are illegal in the eyes of most of the world.", "illegal"),
    ("This operation is “illegal, unjustifiable and unacceptable,” the minister said.",
     "illegal"),
    ("They hire illegal aliens over unemployed Americans.", "illegal aliens"),
    # a crackdown on people: repression
    ("The government launched a crackdown on protesters.", "crackdown"),
    ("A crackdown on illegal protesters followed.", "crackdown"),
    ("Police crackdown on protesting students drew criticism.", "crackdown"),
    ("A crackdown on striking workers followed the walkout.", "crackdown"),
    ("The regime's crackdown on dissent intensified.", "crackdown"),
    ("The assault was a crackdown reportedly ordered by the attorney general.", "crackdown"),
    # a government called a regime
    ("The communist regime gives her no answers.", "regime"),
    ("The regime of Bashar al-Assad shelled the town.", "regime"),
    ("A regime of terror ruled the city.", "regime"),
])
def test_the_loaded_sense_stays_loaded(text: str, word: str) -> None:
    assert word in _loaded(text)


# -- words no reader would call neutral: pejoratives, loaded verbs of saying, intensifiers -----
@pytest.mark.parametrize(("text", "word"), [
    ("Trump gloated about the ratings on Monday.", "gloated"),
    ("The left sneered at the rally in Tulsa.", "sneered"),
    ("She mocked the senator during the hearing.", "mocked"),
    ("The candidate bragged about the crowd size.", "bragged"),
    ("Critics derided the plan on Tuesday.", "derided"),
    ("He was slamming the press all week.", "slamming"),
    ("The governor lambasted the legislature over the budget.", "lambasted"),
    ("The senator's unhinged remarks drew a response.", "unhinged"),
    ("The host delivered a tirade against the network.", "tirade"),
    ("The plan is a travesty, the group said.", "travesty"),
    ("The mayor's shameless attempt to win votes failed.", "shameless"),
    ("Activists accused the company of fearmongering over the vaccine.", "fearmongering"),
    ("It was a greedy and selfish move by the landlords.", "greedy"),
    ("The policy is the product of demagoguery.", "demagoguery"),
    ("Prices rose alarmingly in the spring.", "alarmingly"),
])
def test_a_pejorative_or_loaded_verb_is_loaded(text: str, word: str) -> None:
    assert word in _loaded(text)
    assert any(f"“{word}”" in w.lower() for w in _wording(text)), _wording(text)


@pytest.mark.parametrize(("text", "word"), [
    # near words in a plain sense: a grant, a mock trial, a grand slam, a vicious circle
    ("The grant was approved by the board.", "grant"),
    ("Students held a mock trial on Friday.", "mock"),
    ("She won another grand slam in Melbourne.", "slam"),
    ("Debt and poverty feed a vicious circle.", "vicious"),
    ("The floods were disastrous for farmers.", "disastrous"),
    ("The game ended in a draw.", "draw"),
])
def test_near_words_in_a_plain_sense_stay_plain(text: str, word: str) -> None:
    assert not any(word in w for w in _loaded(text)), _loaded(text)
