"""The claims stage: wire copy's unnamed sources ("Two people familiar with the matter said",
"Three U.S. officials told Reuters", "officials who spoke on condition of anonymity said")
read as the group frames "two diplomats said" and "Officials said" already are: the
qualifier says why no one is named, not who speaks, and the count of who speaks is no
figure of the claim (two outlets counting their sources differently do not disagree)."""

from __future__ import annotations

import pytest
from claimkit import last_claim
from claimkit import speaker_core_and_numbers as _read

from embeddings.claims.groups import unnamed_source
from service.contrast import pair_relation


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("Two people familiar with the matter said the deal was close.", "Two people",
     "the deal was close."),
    ("Two people briefed on the talks said the deal was close.", "Two people",
     "the deal was close."),
    ("Two sources close to the talks said the deal was close.", "Two sources",
     "the deal was close."),
    ("Four people with knowledge of the plan told reporters it would be delayed.",
     "Four people", "it would be delayed."),
    ("Two officials, who asked not to be named, said the deal was close.", "Two officials",
     "the deal was close."),
    ("Three U.S. officials, who spoke on condition of anonymity, said the deal was close.",
     "Three U.S. officials", "the deal was close."),
    ("Senior administration officials familiar with the plans said the vote was delayed.",
     "Senior administration officials", "the vote was delayed."),
    ("The deal was close, two sources close to the talks said.", "two sources",
     "The deal was close"),
])
def test_a_qualified_unnamed_source_reads_as_a_counted_group(sentence: str, speaker: str,
                                                             core: str) -> None:
    assert _read(sentence) == (speaker, core, [])


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # a dotted abbreviation sets a group apart as "US officials" does
    ("Two U.S. officials said the deal was close.", "Two U.S. officials",
     "the deal was close."),
    ("U.S. officials said the deal was close.", "U.S. officials", "the deal was close."),
    # told an outlet, they are its sources as "Three US officials told Reuters" are
    ("Three U.S. officials told Reuters that the strike hit a depot.", "Reuters",
     "the strike hit a depot."),
    ("Senior U.N. officials said the talks had stalled.", "Senior U.N. officials",
     "the talks had stalled."),
])
def test_a_dotted_abbreviation_modifies_a_group(sentence: str, speaker: str,
                                                core: str) -> None:
    assert _read(sentence) == (speaker, core, [])


@pytest.mark.parametrize(("sentence", "core", "who"), [
    # bare, they name no one: the claim stays the outlet's, the contrast says "unnamed ..."
    ("People familiar with the matter said the deal was close.", "the deal was close.",
     "people"),
    ("Sources familiar with the matter said the deal was close.", "the deal was close.",
     "sources"),
    ("The deal was close, people familiar with the matter said.", "The deal was close",
     "people"),
    ("Officials speaking on condition of anonymity said the talks had stalled.",
     "the talks had stalled.", "officials"),
])
def test_a_bare_qualified_source_names_no_one(sentence: str, core: str, who: str) -> None:
    assert _read(sentence)[:2] == (None, core)
    assert unnamed_source(sentence) == who


@pytest.mark.parametrize(("sentence", "speaker"), [
    # an agency relaying its unnamed sources: their count is still no figure of the claim
    ("Three officials told Reuters that the strike hit a depot.", "Reuters"),
    ("Two people briefed on the talks told Reuters the deal was close.", "Reuters"),
    ("But two sources told AFP that talks had stalled.", "AFP"),
    # the claim after the frame left in the core: the count opening it is who speaks
    ("Two U.S. officials said the strike hit a depot.", "Two U.S. officials"),
    ("Three Israeli officials, speaking on condition of anonymity, said the strike hit a "
     "depot.", "Three Israeli officials"),
])
def test_a_count_of_unnamed_sources_is_no_figure(sentence: str, speaker: str) -> None:
    speaker_read, _, figures = _read(sentence)
    assert (speaker_read, figures) == (speaker, [])


@pytest.mark.parametrize(("sentence", "speaker", "figures"), [
    # the count is the claim's: of the dead, of who resigned, of who is missing
    ("Two people were killed, officials said.", None, [("Two", 2.0, "people")]),
    ("Three officials resigned on Monday.", None, [("Three", 3.0, "official")]),
    ("Two U.S. soldiers said to be missing.", None, [("Two", 2.0, "soldier")]),
    ("Two people with knowledge of the plan were arrested.", None, [("Two", 2.0, "people")]),
    ("Four officials close to the minister were fired on Friday.", None,
     [("Four", 4.0, "official")]),
    # a count opening the sentence, of the claim before a later frame
    ("Three people died in the attack, and officials said the toll could rise.", None,
     [("Three", 3.0, "people")]),
    # a figure inside the claim stays
    ("Two people familiar with the matter said 30 people died.", "Two people",
     [("30", 30.0, "people")]),
    ("Two U.S. officials said three soldiers were wounded.", "Two U.S. officials",
     [("three", 3.0, "soldier")]),
])
def test_a_count_of_the_claim_stays(sentence: str, speaker: str | None,
                                    figures: list[tuple[str, float | None, str | None]]) -> None:
    speaker_read, _, found = _read(sentence)
    assert (speaker_read, found) == (speaker, figures)


@pytest.mark.parametrize(("a", "b"), [
    ("Three U.S. officials told Reuters that the strike hit a depot.",
     "Two U.S. officials said the strike hit a depot."),
    ("Two people familiar with the matter said the deal was close.",
     "Four people with knowledge of the plan said the deal was close."),
    ("Two sources close to the talks said the deal was close.",
     "Three officials who spoke on condition of anonymity said the deal was close."),
])
def test_outlets_counting_their_sources_differently_do_not_disagree_on_numbers(
        a: str, b: str) -> None:
    relation, signals = pair_relation(last_claim(a, "Outlet A"), last_claim(b, "Outlet B"))
    assert "numbers" not in signals.get("differences", {})
    assert "number of" not in signals.get("contrast_summary", "")
    assert relation != "conflict"


def test_two_counts_of_the_dead_still_disagree() -> None:
    relation, signals = pair_relation(last_claim("Two people were killed, officials said.", "A"),
                                      last_claim("Three people were killed, officials said.", "B"))
    assert relation == "conflict" and "number of people" in signals["contrast_summary"]


@pytest.mark.parametrize(("sentence", "who"), [
    # "according to" them, as "according to officials": no one named, the contrast says so
    ("The talks stalled, according to people familiar with the matter.", "people"),
    ("According to people briefed on the talks, the deal was close.", "people"),
    ("According to officials, the deal was close.", "officials"),
])
def test_according_to_a_qualified_source_is_unnamed(sentence: str, who: str) -> None:
    assert last_claim(sentence).speaker is None
    assert unnamed_source(sentence) == who


def test_according_to_people_somewhere_is_no_unnamed_source() -> None:
    assert unnamed_source("The deal is off, according to people in Paris.") is None


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # what follows a trailing frame says when or why it was said, however long: no reported
    # clause opens with "as", "after" or a dash
    ("Job losses will likely deplete the reserves faster, U.S. officials said on Wednesday as "
     "they released reports showing little change in the programs' finances.",
     "U.S. officials", "Job losses will likely deplete the reserves faster"),
    ("Hundreds of troops were put on standby to protect the monuments, US officials said on "
     "Wednesday, after protesters tried to tear down a statue in a park near the White House.",
     "US officials", "Hundreds of troops were put on standby to protect the monuments"),
    ("Russia killed civilians in air strikes in Syria last year, UN investigators said on "
     "Monday - actions it said could amount to war crimes by both Moscow and Ankara.",
     "UN investigators", "Russia killed civilians in air strikes in Syria last year"),
])
def test_a_long_tail_after_a_trailing_frame_is_no_claim(sentence: str, speaker: str,
                                                        core: str) -> None:
    assert _read(sentence)[:2] == (speaker, core)


@pytest.mark.parametrize(("sentence", "core"), [
    # a reported clause after the frame stays the claim
    ("U.S. officials said on Wednesday that the reserves would run out by 2033.",
     "the reserves would run out by 2033."),
    ("Officials said on Tuesday they would appeal.", "they would appeal."),
    ("The agency said Sunday, a day after the attack, that two soldiers died.",
     "two soldiers died."),
    ("In Kabul, U.S. officials said as many as 10 people died.", "as many as 10 people died."),
])
def test_a_reported_clause_after_when_stays_the_claim(sentence: str, core: str) -> None:
    assert _read(sentence)[1] == core
