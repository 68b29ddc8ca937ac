"""The claims stage: "he" with a verb of notice ("He highlighted ...", "She points out that
...") goes on with the speaker named before it, as "He added that" does; and an unnamed
speaker counted ("One Republican adviser said", "Two senior aides told reporters") reads as
"A Republican adviser said" and "two diplomats said" do."""

from __future__ import annotations

import pytest
from claimkit import article

from embeddings.claims import SentenceClaimExtractor
from embeddings.claims.groups import unnamed_source

_HAJIZADA = ("Aykhan Hajizada, spokesman of the Foreign Ministry, labeled the statement as "
             "biased. ")
_ZAKHAROVA = "Maria Zakharova, the ministry's spokeswoman, criticised the report. "


def _last(text: str) -> tuple[str | None, str]:
    claim = SentenceClaimExtractor().extract(article(text))[-1]
    return claim.speaker, claim.core


@pytest.mark.parametrize("sentence", [
    "He highlighted the discrepancy in Power's engagement with migrants.",
    "He has highlighted the plight of the displaced.",
    "He highlights that the figures were never published.",
    "He pointed out that the figures were wrong.",
    "He points out the discrepancy in the figures.",
    "He has pointed out the gaps in the report.",
    "He underlines that the talks must go on.",
    "He underscores that the border stays closed.",
    "He emphasises that the ministry was never consulted.",
    "He reiterates that Baku wants peace.",
    "He recalls that the ceasefire was signed in November.",
])
def test_a_pronoun_with_a_verb_of_notice_goes_on_with_the_speaker(sentence: str) -> None:
    speaker, _ = _last(_HAJIZADA + sentence)
    assert speaker == "Aykhan Hajizada"


def test_what_he_pointed_out_is_the_claim() -> None:
    speaker, core = _last(_HAJIZADA + "He pointed out that the report ignored the refugees.")
    assert (speaker, core) == ("Aykhan Hajizada", "the report ignored the refugees.")
    speaker, core = _last(_ZAKHAROVA + "She pointed out that the figures were wrong.")
    assert (speaker, core) == ("Maria Zakharova", "the figures were wrong.")


def test_a_named_subject_with_a_verb_of_notice_speaks_too() -> None:
    speaker, _ = _last("Elizabeth Banks pointed out that pay must be equitable.")
    assert speaker == "Elizabeth Banks"
    speaker, core = _last("Wealth-building has not followed, economist Ann McBride pointed out.")
    assert (speaker, core) == ("Ann McBride", "Wealth-building has not followed")


@pytest.mark.parametrize("text", [
    # no one named before: "he" stays no one, as "He said" does
    "The storm hit the coast on Tuesday. He highlighted the discrepancy in the figures.",
    # the woman named before is no "he"
    _ZAKHAROVA + "He highlighted the discrepancy in the figures.",
    # "he" is what was highlighted, or does something else than tell
    _HAJIZADA + "He was highlighted in a report last week.",
    _HAJIZADA + "He visited Baku last week.",
    _HAJIZADA + "He pointed out of the window at the smoke.",
    _HAJIZADA + "He pointed at the map.",
    # no speaker's word: things highlight, cars are recalled, a match has highlights
    "The crisis highlighted the need for reform.",
    "Toyota recalls 1.2 million cars over faulty airbags.",
    "Match highlights: Arsenal 2-1 Chelsea.",
])
def test_no_speaker_where_no_one_named_points_anything_out(text: str) -> None:
    speaker, _ = _last(text)
    assert speaker is None


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("One Republican adviser, who asked not to be named, said the bill would fail.",
     "Republican adviser", "the bill would fail."),
    ("One senior diplomat told reporters the vote was delayed.",
     "senior diplomat", "the vote was delayed."),
    ("The vote was delayed, one senior official said.", "senior official",
     "The vote was delayed"),
    ("“We recognize that,” one former Israeli official said.", "former Israeli official",
     "We recognize that"),
    # a count of victims before it is no part of who speaks
    ("Four people were injured, one senior official said.", "senior official",
     "Four people were injured"),
])
def test_one_unnamed_person_reads_as_a_person(sentence: str, speaker: str, core: str) -> None:
    assert _last(sentence) == (speaker, core)
    # the same as with "a": one voice, however counted
    assert _last(sentence.replace("One ", "A ").replace("one ", "a "))[0] == speaker


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("Two senior aides told reporters the vote was delayed.", "Two senior aides",
     "the vote was delayed."),
    ("Three White House aides said the meeting was cancelled.", "Three White House aides",
     "the meeting was cancelled."),
    ("The plan was shelved, two campaign advisers said.", "two campaign advisers",
     "The plan was shelved"),
    # as "two diplomats said" already reads
    ("Two Western diplomats said the vote was delayed.", "Two Western diplomats",
     "the vote was delayed."),
])
def test_counted_aides_read_as_counted_officials(sentence: str, speaker: str,
                                                 core: str) -> None:
    assert _last(sentence) == (speaker, core)


def test_bare_aides_are_unnamed_as_bare_officials() -> None:
    for sentence in ("Aides said the vote was delayed.", "Officials said the vote was delayed."):
        assert _last(sentence) == (None, "the vote was delayed.")
    assert unnamed_source("The vote was delayed, aides said.") == "aides"
    assert unnamed_source("Advisers told reporters the vote was delayed.") == "advisers"


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # one of a group: the group speaks, as before
    ("One of the aides said the vote was delayed.", "aides", "the vote was delayed."),
    # counts of victims are no speakers
    ("Two people were killed, police said.", "police", "Two people were killed"),
    ("Two aides were injured in the attack, police said.", "police",
     "Two aides were injured in the attack"),
    # one of two sides, a person no one titles: no voice
    ("Officers man the phones in case one side calls the other.", None,
     "Officers man the phones in case one side calls the other."),
    ("One person said the vote was delayed.", None, "One person said the vote was delayed."),
    ("A Republican adviser said the bill would fail.", "Republican adviser",
     "the bill would fail."),
])
def test_near_readings_stay(sentence: str, speaker: str | None, core: str) -> None:
    assert _last(sentence) == (speaker, core)
