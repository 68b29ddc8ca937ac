"""The claims stage: who speaks in wire copy, and where the claim it frames begins.

An outlet told by a common noun ("told the newspaper", "told state television") or its
interviewer ("told radio host Nick Ferrari") is whom the claim was told, as "told reporters"
is; a bare reported clause whose verb is an irregular past spelt as its present and its noun
("said the strike hit a depot") is a clause; "U.S." sets a source apart as "US" does, so
"Three U.S. officials told Reuters" are Reuters' sources as "Three US officials" are; and one
unnamed source ("A source familiar with the matter said") reads as a counted one does.
"""

from __future__ import annotations

import pytest
from claimkit import speaker_core_and_numbers as _read

from embeddings.claims.clauses import starts_with_clause


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("Four people with knowledge of the plan told the newspaper it would be delayed.",
     "Four people", "it would be delayed."),
    ("The minister told the paper he would resign.", "minister", "he would resign."),
    ("Smith told the broadcaster the vote was rigged.", "Smith", "the vote was rigged."),
    ("Smith told the agency it must comply.", "Smith", "it must comply."),
    ("The spokesman told state television the talks had stalled.", "spokesman",
     "the talks had stalled."),
    ("A senior official told the magazine the deal was close.", "senior official",
     "the deal was close."),
    # an interviewer, named or not, is whom it was told
    ("Johnson told radio host Nick Ferrari it would be all hands on deck as preparations "
     "are made.", "Johnson", "it would be all hands on deck as preparations are made."),
    ("Smith told CNN anchor Jake Tapper it was dead.", "Smith", "it was dead."),
    ("Smith told a radio host the plan would be delayed.", "Smith",
     "the plan would be delayed."),
])
def test_an_outlet_named_by_what_it_is_is_whom_the_claim_was_told(sentence: str, speaker: str,
                                                                 core: str) -> None:
    assert _read(sentence)[:2] == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # what was read before stays: an audience, an outlet by its name, "told ... to"
    ("Smith told reporters Jones would resign soon.", "Smith", "Jones would resign soon."),
    ("Smith told the BBC the plan was dead.", "Smith", "the plan was dead."),
    ("Smith told the court the plan was dead.", "Smith", "the plan was dead."),
    ("Smith told the agency to comply.", "Smith", "Smith told the agency to comply."),
    ("Two officials told the BBC the plan would be delayed.", "BBC",
     "the plan would be delayed."),
])
def test_told_listeners_read_as_before(sentence: str, speaker: str, core: str) -> None:
    assert _read(sentence)[:2] == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("Two U.S. officials said the strike hit a depot.", "Two U.S. officials",
     "the strike hit a depot."),
    ("Smith said the company shut down its plant.", "Smith", "the company shut down its plant."),
    ("The agency said the storm cost the city dearly.", "agency",
     "the storm cost the city dearly."),
    ("The ministry said the government cut taxes for families.", "ministry",
     "the government cut taxes for families."),
    ("Smith said the new rules set a limit on imports.", "Smith",
     "the new rules set a limit on imports."),
    ("The police said the suspect quit his job last year.", "police",
     "the suspect quit his job last year."),
    ("Two officials told the paper the strike hit a depot.", "Two officials",
     "the strike hit a depot."),
])
def test_an_irregular_past_after_its_subject_makes_a_clause(sentence: str, speaker: str,
                                                            core: str) -> None:
    assert _read(sentence) == (speaker, core, [])


def test_an_irregular_past_keeps_the_figures_of_its_clause() -> None:
    assert _read("The ministry said the blast hurt three people.") == (
        "ministry", "the blast hurt three people.", [("three", 3.0, "people")])


@pytest.mark.parametrize("after", [
    "the hit was a fluke.",          # a noun: no subject before it (and a "was" of its own)
    "the cut in rates was welcome.",
    "the rate cut would help.",
])
def test_an_irregular_past_that_is_a_noun_reads_as_before(after: str) -> None:
    found, core, _ = _read(f"The minister said {after}")
    assert (found, core) == ("minister", after)


@pytest.mark.parametrize("after", [
    "the rate cut in March.",        # a noun, what follows it no object
    "a price cut 10 days ago.",      # a number of how long ago
    "the tax cut plans.",            # after "announced", a plural may end a compound
    "the set of rules.",
    "the cut.",
])
def test_an_irregular_noun_after_another_verb_is_no_clause(after: str) -> None:
    assert not starts_with_clause(after)
    sentence = f"The bank announced {after}"
    assert _read(sentence)[:2] == ("bank", sentence)


@pytest.mark.parametrize("after", ["the strike hit a depot.", "the firm shut down its plant.",
                                   "the storm cost the city $5 million."])
def test_an_irregular_past_with_its_object_is_a_clause_after_any_verb(after: str) -> None:
    assert starts_with_clause(after)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("Three U.S. officials told Reuters that the strike hit a depot.", "Reuters",
     "the strike hit a depot."),
    ("Two senior U.S. officials told Reuters on Tuesday that the plan would be delayed.",
     "Reuters", "the plan would be delayed."),
    ("A U.S. official told AFP that the plan would be delayed.", "AFP",
     "the plan would be delayed."),
])
def test_a_dotted_abbreviation_sets_apart_a_source_an_outlet_relays(sentence: str, speaker: str,
                                                                     core: str) -> None:
    assert _read(sentence) == (speaker, core, [])


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a group named by what sets it apart speaks, told whom it may be (as "US officials")
    ("U.S. officials told Reuters that the strike hit a depot.", "U.S. officials"),
    ("US officials told Reuters that the strike hit a depot.", "US officials"),
    ("Three US officials told Reuters that the strike hit a depot.", "Reuters"),
])
def test_told_outlet_sources_read_as_before(sentence: str, speaker: str) -> None:
    assert _read(sentence)[:2] == (speaker, "the strike hit a depot.")


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("A source familiar with the matter said the deal was close.", "source",
     "the deal was close."),
    ("A person briefed on the talks said the deal was close.", "person", "the deal was close."),
    ("One person with knowledge of the plan said the deal was close.", "person",
     "the deal was close."),
    ("A source close to the talks said the deal was close.", "source", "the deal was close."),
    ("One person who spoke on condition of anonymity said the deal was close.", "person",
     "the deal was close."),
    ("But a source familiar with the matter said the deal was close.", "source",
     "the deal was close."),
    ("A government source said the deal was close.", "government source",
     "the deal was close."),
    ("A senior U.S. source said the deal was close.", "senior U.S. source",
     "the deal was close."),
    ("The deal was close, a source familiar with the matter said.", "source",
     "The deal was close"),
])
def test_one_unnamed_source_reads_as_a_counted_one(sentence: str, speaker: str,
                                                   core: str) -> None:
    # (the "One" of "One person" counts who speaks: no figure of the claim)
    assert _read(sentence) == (speaker, core, [])


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("A source of funding said to be close to the family was found.", None,
     "A source of funding said to be close to the family was found."),
    ("The source of the leak was found.", None, "The source of the leak was found."),
    ("A person was killed, police said.", "police", "A person was killed"),
    ("A person said the deal was close.", None, "A person said the deal was close."),
    ("The source said the deal was close.", None, "The source said the deal was close."),
    ("Two people familiar with the matter said the deal was close.", "Two people",
     "the deal was close."),
    ("A person familiar with the matter told Reuters the deal was close.", "Reuters",
     "the deal was close."),
])
def test_sources_and_people_that_are_no_such_frame_read_as_before(
        sentence: str, speaker: str | None, core: str) -> None:
    assert _read(sentence)[:2] == (speaker, core)
