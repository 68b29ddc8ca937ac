"""The claims stage: who speaks in wire copy, continued.

One bare unnamed source ("A source said", "An insider told reporters") is the one source a
wire quotes, as "A source familiar with the matter said" is; the count of a frame trailing
the claim ("..., two officials told Reuters.") says how many speak, as a leading frame's
does; and an interviewer named by whose they are ("told CNN's Jake Tapper") or after a long
description ("told Fox News host Sean Hannity") is whom the claim was told.
"""

from __future__ import annotations

import pytest
from claimkit import speaker_core_and_numbers as _read


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("A source told reporters the deal was close.", "source", "the deal was close."),
    ("A source said the deal was close.", "source", "the deal was close."),
    ("One source said the talks had stalled.", "source", "the talks had stalled."),
    ("An insider told journalists the merger would be called off.", "insider",
     "the merger would be called off."),
    ("But a source said the vote would be delayed.", "source", "the vote would be delayed."),
    ("The deal was close, a source said.", "source", "The deal was close"),
    ("“It is over,” a source said.", "source", "It is over"),
])
def test_one_bare_unnamed_source_reads_as_a_qualified_one(sentence: str, speaker: str,
                                                          core: str) -> None:
    assert _read(sentence) == (speaker, core, [])


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # told an outlet by name, the outlet relays the source, as for "officials told Reuters"
    ("One source told Reuters the deal was close.", "Reuters", "the deal was close."),
    ("A source told AFP that talks had stalled.", "AFP", "talks had stalled."),
    # qualified as before; "person" only so qualified; "the source" is one named before
    ("A source close to him said the deal was close.", "source", "the deal was close."),
    ("A person said the deal was close.", None, "A person said the deal was close."),
    ("The source said the deal was close.", None, "The source said the deal was close."),
    # no source that speaks
    ("A source of funding said to be close to the family was found.", None,
     "A source of funding said to be close to the family was found."),
    ("The source of the leak was found.", None, "The source of the leak was found."),
])
def test_sources_that_are_no_bare_frame_read_as_before(sentence: str, speaker: str | None,
                                                       core: str) -> None:
    assert _read(sentence)[:2] == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("The deal was close, two officials told Reuters.", "Reuters", "The deal was close"),
    ("The deal was close, three people familiar with the matter told Reuters.", "Reuters",
     "The deal was close"),
    ("The plan was shelved, two diplomats told AFP.", "AFP", "The plan was shelved"),
    ("Talks had stalled, two sources close to the negotiations told Reuters on Tuesday.",
     "Reuters", "Talks had stalled"),
    ("The deal was close, two U.S. officials told Reuters, speaking on condition of "
     "anonymity.", "Reuters", "The deal was close"),
    ("“We have a problem,” two officials told Reuters.", "Reuters", "We have a problem"),
])
def test_a_trailing_frames_count_is_no_figure(sentence: str, speaker: str | None,
                                              core: str) -> None:
    assert _read(sentence) == (speaker, core, [])


@pytest.mark.parametrize(("sentence", "speaker", "core", "numbers"), [
    # the claim's own count stays, whoever says it
    ("Two people were killed, police said.", "police", "Two people were killed",
     [("Two", 2.0, "people")]),
    ("Two people were killed, two officials told Reuters.", "Reuters",
     "Two people were killed", [("Two", 2.0, "people")]),
    ("Two officials were sacked, the ministry said.", "ministry", "Two officials were sacked",
     [("Two", 2.0, "official")]),
    ("The ministry sacked two officials, a spokesman said.", "spokesman",
     "The ministry sacked two officials", [("two", 2.0, "official")]),
    # a counted speaker of its own reads as before
    ("The deal was close, two diplomats said.", "two diplomats", "The deal was close", []),
])
def test_a_count_in_the_claim_itself_stays(sentence: str, speaker: str, core: str,
                                           numbers: list[tuple[str, float, str]]) -> None:
    assert _read(sentence) == (speaker, core, numbers)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("Trump told Fox News host Sean Hannity he would run again.", "Trump",
     "Trump would run again."),
    ("Trump told CNN's Jake Tapper he would run again.", "Trump", "Trump would run again."),
    ("Trump told Fox News' Sean Hannity he would run again.", "Trump",
     "Trump would run again."),
    ("Smith told MSNBC host Rachel Maddow the plan had failed.", "Smith",
     "the plan had failed."),
    ("Johnson told LBC radio host Nick Ferrari the deal was done.", "Johnson",
     "the deal was done."),
    ("Smith told Fox's Chris Wallace Biden was wrong.", "Smith", "Biden was wrong."),
    ("Smith told CNN's Christiane Amanpour the talks had failed.", "Smith",
     "the talks had failed."),
])
def test_an_interviewer_by_role_and_name_is_whom_it_was_told(sentence: str, speaker: str,
                                                             core: str) -> None:
    assert _read(sentence)[:2] == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # a show's name is no interviewer's: left as it was read
    ("Smith told NBC's Meet the Press the plan had failed.", "Smith",
     "Smith told NBC's Meet the Press the plan had failed."),
    # told someone to act: no claim told
    ("Smith told Trump's lawyers to stop.", "Smith", "Smith told Trump's lawyers to stop."),
    ("Smith told the agency to comply.", "Smith", "Smith told the agency to comply."),
    # a possessive opening the clause told is the claim's own subject
    ("Smith told reporters Trump's plan had failed.", "Smith", "Trump's plan had failed."),
    # a "that" after the listener marked the clause already
    ("Smith told ABC's George Stephanopoulos on Sunday that the plan had failed.", "Smith",
     "the plan had failed."),
])
def test_told_listeners_that_are_no_interviewer_read_as_before(sentence: str, speaker: str,
                                                               core: str) -> None:
    assert _read(sentence)[:2] == (speaker, core)
