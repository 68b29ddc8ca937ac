"""Session 51's frame readings: a verb of saying inside a clause that names a time ("the day
he announced his candidacy") or modifies a noun it leaves out ("the plan she announced last
week was leaked", "data which he claimed shows ...") makes nobody's claim of the sentence; a
finding of an object ("found it convincing") reports no clause.  Each with the near cases
that read as before, on articles run through the real extractor.  ("The Democrat said" as
the senator quoted before is on branch frames-s51-party: it costs a seed group, see
docs/quality.md.)"""

from __future__ import annotations

import pytest
from claimkit import speaker_and_core
from speakerkit import _claims

FIRST = "Governor Ann Pryce said on Monday that the budget was balanced. "


def _speaker_of(text: str, start: str) -> str | None:
    return next(speaker for claim, speaker in _claims(text) if claim.startswith(start))


@pytest.mark.parametrize("second", [
    "Markets have been nervous about trade since the day she announced her candidacy.",
    "The feud that began the very week she announced her run has not ended.",
    "The protests grew after the plan she announced last week was leaked to the press.",
    "The offer she announced on Friday was rejected by the union.",
    "Analysts doubted the data which she claimed shows the deficit has shrunk.",
])
def test_saying_in_a_clause_on_a_noun_is_not_the_last_speakers_claim(second: str) -> None:
    # before: the governor, through "she", spoke the sentence the outlet narrates
    assert _speaker_of(FIRST + second, second[:20]) is None


@pytest.mark.parametrize("second", [
    "In an interview she said the deficit had shrunk.",
    "Over the weekend she said the deficit had shrunk.",
    "This week she said the deficit had shrunk.",
    "She said the plan would pass.",
])
def test_her_own_frames_still_read_as_hers(second: str) -> None:
    assert _speaker_of(FIRST + second, second[:20]) == "Ann Pryce"


def test_a_finding_of_an_object_reports_no_clause() -> None:
    speaker, core = speaker_and_core(
        "President Lina Ford said that she had read the report, and implied that she found "
        "it convincing, but would not act.")
    # what she said, not the dangling "it convincing, but would not act." of "found"
    assert speaker == "Lina Ford" and "had read the report" in core


def test_a_finding_of_a_clause_still_reports_it() -> None:
    assert speaker_and_core("Investigators found that the letter was a forgery.")[1] \
        == "the letter was a forgery."
