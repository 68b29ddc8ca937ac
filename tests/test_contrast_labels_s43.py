"""Whose labels the contrast credits: a label the outlet quotes from an office or a body
named by its title ("the mayor", "police", "the interior ministry") is that voice's."""

from __future__ import annotations

import pytest
from contrastkit import claim, contrast

_REUTERS = ("Protests continued in Portland for a third week as demonstrators gathered outside "
            "the federal courthouse.")


def _terms(text: str) -> list[str]:
    result = contrast(claim("Alternet", text), claim("Reuters", _REUTERS))
    return [d.summary for d in result.differences if d.kind == "terminology"]


def _wording(text: str) -> list[str]:
    result = contrast(claim("Alternet", text), claim("Reuters", _REUTERS))
    return [d.summary for d in result.differences if d.kind == "wording"]


# -- a label quoted from an office or a body named by its title --------------------------------
@pytest.mark.parametrize(("text", "who", "said_as"), [
    ("The mayor called them “riots”.", "mayor", "“riots”"),
    ("Police described the gathering as a “riot”.", "police", "“riot”"),
    ("The governor has called the protests outside the courthouse “riots”.", "governor",
     "“riots”"),
    ("The minister described the protests as “riots”.", "minister", "“riots”"),
    ("The interior ministry described the demonstrations as “riots”.", "interior ministry",
     "“riots”"),
    ("The protests, which the mayor described as “riots”, entered a third week.", "mayor",
     "“riots”"),
    ("The protests were described by the governor as “riots”.", "governor", "“riots”"),
    ("The police chief characterized the crowd as a “mob”.", "police chief", "“mob”"),
    ("After a third night, the sheriff portrayed the demonstrators as 'rioters'.", "sheriff",
     "“rioters”"),
])
def test_a_label_quoted_from_a_titled_voice_is_that_voices(text: str, who: str,
                                                           said_as: str) -> None:
    terms = _terms(text)
    assert len(terms) == 1 and f"{said_as} ({who} as quoted by Alternet) vs " in terms[0], terms
    # and it is no wording of the outlet's own
    assert not any(said_as.strip("“”") in w for w in _wording(text)), _wording(text)


@pytest.mark.parametrize("text", [
    # scare quotes with no one named, "so-called": no voice's choice
    "The “riots” continued outside the courthouse for a third week.",
    "The so-called riots continued outside the courthouse for a third week.",
    # the office does something else with the word: the outlet's distance from it
    "The mayor called for calm after the “riots” outside the courthouse.",
    "The mayor condemned the “riots” outside the courthouse.",
    "The governor described the “riots” as a disgrace.",
])
def test_a_label_no_titled_voice_chose_stays_on_no_side(text: str) -> None:
    assert _terms(text) == []


@pytest.mark.parametrize("text", [
    "Riots continued outside the courthouse for a third week.",
    # an office is named, but not as calling them anything: the unquoted word is the outlet's
    "Riots broke out outside the courthouse after the mayor called for calm.",
])
def test_the_outlets_own_unquoted_label_is_the_outlets(text: str) -> None:
    terms = _terms(text)
    assert len(terms) == 1 and "(Alternet) vs " in terms[0], terms


def test_a_named_voice_is_credited_as_before() -> None:
    terms = _terms("Trump called them “riots”.")
    assert len(terms) == 1 and "(Trump as quoted by Alternet) vs " in terms[0], terms


# -- an unquoted word set on a thing by a named verb ------------------------------------------
@pytest.mark.parametrize(("text", "word"), [
    # NewsWCL50 (tune): the outlet tells what Trump called North Korea
    ("He described North Korea in language worlds away from the speech he gave in November "
     "in Seoul, when he called it cruel and barbaric.", "barbaric"),
    # BABE (tune): the scale is what the experts describe, not the outlet's word
    ("Hong Kong began a government-led exercise to test the city's people for the novel "
     "coronavirus, a scale health experts describe as unprecedented.", "unprecedented"),
    ("The senator described the measure as radical.", "radical"),
    ("Officials have branded them extremists.", "extremists"),
])
def test_an_unquoted_word_a_voice_called_it_is_no_outlets_wording(text: str,
                                                                   word: str) -> None:
    assert not any(f"“{word}”" in w for w in _wording(text)), _wording(text)


@pytest.mark.parametrize(("text", "who"), [
    ("Trump called them rioters outside the courthouse.", "Trump"),
    ("The mayor described the crowd as a mob.", "mayor"),
])
def test_an_unquoted_label_a_named_voice_set_is_that_voices(text: str, who: str) -> None:
    terms = _terms(text)
    assert len(terms) == 1 and f"({who} as quoted by Alternet) vs " in terms[0], terms


@pytest.mark.parametrize(("text", "word"), [
    # the verb's object, or a word after it that the verb does not set on anything
    ("The mayor described the riots as a disgrace.", "riots"),
    ("Trump called the mayor after riots broke out downtown.", "riots"),
    ("Trump called for an end to the riots downtown.", "riots"),
])
def test_a_word_no_verb_set_on_a_thing_stays_the_outlets(text: str, word: str) -> None:
    terms = _terms(text)
    assert len(terms) == 1 and f"“{word}” (Alternet) vs " in terms[0], terms


def test_an_outlets_own_loaded_word_after_a_call_stays_its_wording() -> None:
    wording = _wording("The mayor called a meeting after the barbaric attack.")
    assert any("Only Alternet uses the loaded wording “barbaric”" in w for w in wording), wording


# -- a loaded word inside a plain term of law, work or recording -------------------------------
def _loaded(text: str) -> list[str]:
    from service.contrast.wording import loaded_words

    return [w.lower() for _, _, w in loaded_words(text)]


@pytest.mark.parametrize(("text", "word"), [
    # NewsWCL50 (tune): the privacy suit against the campaign
    ("Last July, two Democratic donors filed an invasion of privacy lawsuit against the "
     "campaign.", "invasion"),
    ("The complaint alleged that their privacy was invaded during the campaign.", "invaded"),
    ("The nine-month-old privacy invasion lawsuit is much further developed.", "invasion"),
    ("It draws on the same facts as the earlier privacy - invasion litigation.", "invasion"),
    # BABE (tune): jobs, a wrong the law names, a recording, a feeling expressed
    ("The typical occupations held by middle-class Americans have changed over the years.",
     "occupations"),
    ("She credited women for creating the #MeToo movement against sexual harassment.",
     "harassment"),
    ("George Floyd, the black man captured on video pleading for his life, died on Monday.",
     "captured"),
    ("Her feelings captured the anxiety that was palpable among the migrants.", "captured"),
])
def test_a_loaded_word_in_a_plain_term_is_no_wording(text: str, word: str) -> None:
    assert word not in _loaded(text)
    assert not any(f"“{word}”" in w for w in _wording(text)), _wording(text)


@pytest.mark.parametrize(("text", "word"), [
    ("The invasion of Ukraine began in February.", "invasion"),
    ("Russian troops invaded the privacy-obsessed nation's capital.", "invaded"),
    ("Police harassment of the protesters continued for a week.", "harassment"),
    # BABE (tune): what the groups did, called harassment by the outlet
    ("Anti-vaccine groups take dangerous online harassment into the real world", "harassment"),
    ("The occupation of the West Bank entered its sixth decade.", "occupation"),
    ("The typical occupation of the region by foreign troops ended in 1990.", "occupation"),
    ("Rebels captured the town after a week of fighting.", "captured"),
    ("Troops captured the city's airport on video-game-like speed.", "captured"),
])
def test_the_loaded_sense_of_those_words_is_still_wording(text: str, word: str) -> None:
    assert word in _loaded(text)
