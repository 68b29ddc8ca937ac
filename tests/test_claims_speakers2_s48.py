"""The claims stage, session 48 (second pass): who speaks where several speakers make one
statement, where a body is named by a noun with other uses, and in headline and transcript
forms.

"Police and the FBI said A" is both bodies' statement: the voice names both ("police and
FBI"), as "France and Germany said" already did, and the contrast reads that joint voice as
sharing a voice with each of its speakers (one article's "The FBI said A" and "Police and
the FBI said A" are not two voices).  "The exchange said" is the exchange's; "Lawyers: ..."
credits a bare group, no one by name; "The Times's Sunday edition reported" is the Times;
a debater's "uh -" before a subject hides no frame; "X says A: CNBC" is X's claim A.
"""

from __future__ import annotations

import pytest
from claimkit import speaker_and_core, speakers_and_cores

from embeddings.claims import SentenceClaimExtractor
from embeddings.types import Article, Claim
from service.contrast.said import says
from service.contrast.voices import one_voice
from tests.contrastkit import contrast, kinds


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("Police and the FBI said the suspect had fled the state.", "police and FBI",
     "the suspect had fled the state."),
    ("The suspect had fled the state, police and the FBI said.", "police and FBI",
     "The suspect had fled the state"),
    ("Gilroy police and FBI agents searched the home on Monday but said the suspect had "
     "fled.", "Gilroy police and FBI agents", "the suspect had fled."),
    ("The United States, Britain and France said the deal was dead.",
     "United States, Britain and France", "the deal was dead."),
])
def test_two_speakers_of_one_statement_are_one_joint_voice(sentence: str, speaker: str,
                                                           core: str) -> None:
    assert speaker_and_core(sentence) == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # an opening phrase is no speaker in the list
    ("On Monday, France and Germany said the deal was dead.", "France and Germany",
     "the deal was dead."),
    # a clause before "and" is no conjunct
    ("The company hired new lawyers and the chief executive said the plan had failed.",
     "chief executive", "the plan had failed."),
    # a claim ending in a name before a trailing list is no part of it
    ("The deal was signed by the president, police and the FBI said.", "police and FBI",
     "The deal was signed by the president"),
    # a party and its own people speak as the party
    ("Acme and its lawyers said the suit was baseless.", "Acme", "the suit was baseless."),
    # one body's name with "and" in it stays one name
    ("The Department of Health and Human Services said the rule was final.",
     "Department of Health and Human Services", "the rule was final."),
])
def test_what_is_no_joint_voice_keeps_its_reading(sentence: str, speaker: str,
                                                  core: str) -> None:
    assert speaker_and_core(sentence) == (speaker, core)


def test_a_joint_voice_shares_a_voice_with_each_of_its_speakers() -> None:
    assert one_voice("police and FBI", "FBI")
    assert one_voice("Britain, France and Germany", "France")
    assert not one_voice("police and FBI", "army")
    assert says("police and FBI") == "say" and says("Procter and Gamble") == "says"


_EXTRACT = SentenceClaimExtractor()


def _told(source: str, text: str) -> Claim:
    return _EXTRACT.extract(Article(id=f"art-{source}", source=source, text=text))[-1]


def test_the_contrast_names_both_speakers_of_a_joint_statement() -> None:
    result = contrast(
        _told("Wire", "Police and the FBI said the suspect had fled to Mexico."),
        _told("Daily", "The suspect had fled to Mexico."))
    assert "speakers" in kinds(result), result.summary
    line = next(d.summary for d in result.differences if d.kind == "speakers")
    assert "police and FBI" in line, line


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The exchange said trading would resume on Tuesday.", "exchange"),
    ("The bourse said trading would resume on Tuesday.", "bourse"),
    ("The league said the player would be suspended for six games.", "league"),
])
def test_a_body_named_by_a_noun_of_other_uses_speaks_with_the(sentence: str,
                                                              speaker: str) -> None:
    assert speaker_and_core(sentence)[0] == speaker


def test_an_exchange_resolves_to_the_exchange_named_before() -> None:
    read = speakers_and_cores("The New York Stock Exchange said it had halted trading in the "
                              "shares. The exchange said trading would resume on Tuesday.")
    assert read[-1] == ("New York Stock Exchange", "trading would resume on Tuesday.")


@pytest.mark.parametrize("sentence", [
    "The exchange of fire lasted for hours on Monday night.",
    "An exchange said trading would resume on Tuesday.",
])
def test_an_exchange_is_no_speaker_without_its_the_and_its_verb(sentence: str) -> None:
    assert speaker_and_core(sentence)[0] is None


@pytest.mark.parametrize(("headline", "speaker", "core"), [
    ("Lawyers: Colorado shooting suspect is mentally ill", None,
     "Colorado shooting suspect is mentally ill"),
    ("Prosecutors: Former mayor took bribes for years", None,
     "Former mayor took bribes for years"),
    ("Police: 19 hurt in Mother's Day parade shooting", "police",
     "19 hurt in Mother's Day parade shooting"),
])
def test_a_bare_group_credited_before_a_colon(headline: str, speaker: str | None,
                                              core: str) -> None:
    assert speaker_and_core(headline) == (speaker, core)


def test_a_bare_group_of_lawyers_names_no_one_and_its_frame_is_cut() -> None:
    assert speaker_and_core("Lawyers said the evidence had been planted.") == (
        None, "the evidence had been planted.")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The Times's Sunday edition reported that the deal was off.", "Times"),
    ("The Post's weekend edition reported that the deal was off.", "Post"),
])
def test_an_outlets_edition_of_a_day_is_the_outlet(sentence: str, speaker: str) -> None:
    assert speaker_and_core(sentence) == (speaker, "the deal was off.")


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("And uh - the Senator said that the plan would cost billions.", "Senator",
     "the plan would cost billions."),
    ("Uh the Federal Reserve Board indicated that the supply of money would be held.",
     "Federal Reserve Board", "the supply of money would be held."),
])
def test_a_transcripts_filler_hides_no_frame(sentence: str, speaker: str, core: str) -> None:
    assert speaker_and_core(sentence) == (speaker, core)


def test_a_filler_does_not_open_a_clause_where_no_clause_opens() -> None:
    sentence = ("I might make a correction uh - of what uh - Governor Carter said, uh "
                "speaking of gun control, yes, it is true.")
    assert speaker_and_core(sentence) == (None, sentence)


@pytest.mark.parametrize(("headline", "speaker", "core"), [
    ("Omega's Cooperman says eBay should spin off portion of PayPal: CNBC",
     "Omega's Cooperman", "eBay should spin off portion of PayPal"),
    ("Merkel says Greece must stay in the euro: Reuters", "Merkel",
     "Greece must stay in the euro"),
])
def test_a_frame_before_an_outlets_colon_credit_is_read_without_it(headline: str,
                                                                  speaker: str,
                                                                  core: str) -> None:
    assert speaker_and_core(headline) == (speaker, core)
