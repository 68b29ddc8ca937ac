"""The claims stage, read from a sample of news sentences where a named speaker was lost: a
party tag or an acronym in brackets inside the speaker's phrase ("Sen. Kamala Harris (D-CA)
told", "Health and Human Services (HHS) Secretary Alex Azar said") is no part of who speaks;
a verb of saying coordinated with the sentence's first predicate ("Sanders did not address
the question but said", "At a briefing, Trump defended ... and said") is that subject's,
after an opening phrase or an appositive as well."""

from __future__ import annotations

import pytest
from claimkit import last_claim, speaker_and_core


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("Former Mayor Pete Buttigieg (D) claimed during the debate on Friday that the plan would "
     "cost too much.", "Pete Buttigieg", "the plan would cost too much."),
    ("Sen. Kamala Harris (D-CA), the Democratic Party nominee for vice president, told 60 "
     "Minutes that the economy was failing.", "Kamala Harris", "the economy was failing."),
    ("Rep. Liz Cheney (R-WY), the chairwoman of the House Republican Conference, added that "
     "Republicans are united.", "Liz Cheney", "Republicans are united."),
    ("Sen. Chuck Schumer (D-N.Y.) said the bill would fail in the Senate next week.",
     "Chuck Schumer", "the bill would fail in the Senate next week."),
    ("Rep. Dan Crenshaw (R-Texas) told reporters the vote would be close.",
     "Dan Crenshaw", "the vote would be close."),
    ("Health and Human Services (HHS) Secretary Alex Azar said the rule will take effect in "
     "June.", "Alex Azar", "the rule will take effect in June."),
])
def test_a_bracketed_gloss_does_not_hide_the_speaker(sentence: str, speaker: str,
                                                     core: str) -> None:
    assert speaker_and_core(sentence) == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker"), [
    # an inverted frame and a body's acronym at the end read as they did
    ("“It will pass,” said Sen. Elizabeth Warren (D-MA).", "Elizabeth Warren"),
    ("The World Health Organization (WHO) said the virus had spread to five more countries.",
     "World Health Organization"),
    # a year or a lower-case aside in brackets glosses no name: no speaker found through it
    ("The report (2019) said prices would rise sharply next year.", None),
    ("Smith (in part) said the plan would fail.", None),
])
def test_other_brackets_stay_as_they_were(sentence: str, speaker: str | None) -> None:
    assert last_claim(sentence).speaker == speaker


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("The president would not disclose the sites but said the U.S. was not among them.",
     "president", "the U.S. was not among them."),
    ("At a White House briefing, Trump defended his handling of the crisis and said health "
     "experts were ready.", "Trump", "health experts were ready."),
    ("President Trump sought to play down the threat and announced Vice President Mike Pence "
     "would lead the response.", "Trump", "Vice President Mike Pence would lead the response."),
    ("U.S. President Donald Trump got a warm welcome in New Delhi and announced the two "
     "countries were finalizing an arms deal.", "Donald Trump",
     "the two countries were finalizing an arms deal."),
    ("Asked by reporters about his plan and what he would say to students, Sanders did not "
     "address the question but said Wall Street would pay for it.", "Sanders",
     "Wall Street would pay for it."),
    ("Hosting the French president at the White House, Mr. Trump again assailed the deal as "
     "\" insane, \" but said he could agree to a new one.", "Trump",
     "Trump could agree to a new one."),
    ("When the minister arrived, John Smith greeted him and said the talks would go on.",
     "John Smith", "the talks would go on."),
    ("But John Smith opened the hearing and said the inquiry would take months.",
     "John Smith", "the inquiry would take months."),
])
def test_a_second_predicate_of_saying_is_the_subjects(sentence: str, speaker: str,
                                                      core: str) -> None:
    assert speaker_and_core(sentence) == (speaker, core)


@pytest.mark.parametrize("sentence", [
    # the coordination is a subordinate clause's, with a subject of its own
    "X fed him to his mother after she travelled there and demanded money.",
    "When Smith arrived and said hello, Jones left the room.",
    # a comma ends the predicate: what follows may be anyone's
    "Smith won the vote, a landslide, and said he was grateful.",
])
def test_a_subordinate_or_broken_coordination_names_no_one(sentence: str) -> None:
    assert last_claim(sentence).speaker is None


def test_a_denial_before_the_second_verb_stays_the_claim() -> None:
    # "denied the report and said": the denial is the act read, not a clause of "said"
    speaker, core = speaker_and_core("The ministry denied the report and said it was false.")
    assert speaker == "ministry"
    assert core.startswith("the report")


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("Fox News host Sean Hannity said the report was wrong.", "Sean Hannity",
     "the report was wrong."),
    ("Democratic presidential hopeful Elizabeth Warren told activists on Saturday that the "
     "party needs to embrace higher taxes.", "Elizabeth Warren",
     "the party needs to embrace higher taxes."),
    ("After years away from politics, actress Lena Dunham announced that she would campaign "
     "in Iowa.", "Lena Dunham", "Lena Dunham would campaign in Iowa."),
    ("Conspiracy theories have persisted for years; for example, far-right InfoWars host "
     "Alex Jones claimed that the whole thing was staged.", "Alex Jones",
     "the whole thing was staged."),
    ("Supreme Court nominee Amy Coney Barrett argued last year that the law was too broad.",
     "Amy Coney Barrett", "the law was too broad."),
])
def test_a_person_described_by_a_plain_noun_is_the_speaker(sentence: str, speaker: str,
                                                           core: str) -> None:
    assert speaker_and_core(sentence) == (speaker, core)


@pytest.mark.parametrize("sentence", [
    # the noun is a verb's or an object's, and the name no subject
    "The city will host Joe Biden next week, and residents said they were ready.",
    "Voters who backed candidate Joe Biden said they were pleased.",
    "Supporters of candidate Joe Biden said they were pleased.",
])
def test_a_named_object_of_a_description_is_no_speaker(sentence: str) -> None:
    assert last_claim(sentence).speaker is None


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("Shelby Steele, a senior fellow at Stanford University’s Hoover Institution said Friday "
     "that the movement was unserious.", "Shelby Steele", "the movement was unserious."),
    ("Jo Swinson, Liberal Democrat deputy leader and Foreign Affairs spokesperson said the "
     "trip must be met with protests.", "Jo Swinson", "the trip must be met with protests."),
    ("Maria Lopez, the city's chief planner told reporters the bridge would reopen in May.",
     "Maria Lopez", "the bridge would reopen in May."),
])
def test_an_appositive_without_its_closing_comma_keeps_the_name(sentence: str, speaker: str,
                                                                core: str) -> None:
    assert speaker_and_core(sentence) == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker"), [
    # an opening phrase, a bare group, a body's description: no name runs into the verb
    ("Rather, several analysts said they expected the discovery to provide cover.", None),
    ("Posting on Twitter, the former stripper turned rapper said that she loves it.", None),
    ("The Guttmacher Institute, the abortion industry think tank, published a survey.", None),
    # the spokesman speaks: the name is the claim's
    ("The victim was John Smith, a spokesman said.", "spokesman"),
])
def test_a_comma_before_a_description_is_not_always_an_appositive(
        sentence: str, speaker: str | None) -> None:
    assert last_claim(sentence).speaker == speaker
