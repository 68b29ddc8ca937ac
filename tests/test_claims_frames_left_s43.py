"""The claims stage: frames left in the claim after a subject that names no one.

"Some Republican senators have said the bill will fail." and "Human rights defenders have
said ..." are bare groups described by their modifiers: no one is named, so the claim stays
the outlet's with the frame cut, as "Officials said ..." is read.  A writing no earlier
speaker issued ("A, the report says.", "A, the department statement said.") and a group
described after a comma ("A, officials and witnesses said.") are cut from a trailing frame
the same way; a report no one is named as author of ("A, a report said.", "A, report says")
stays whole, as the headline frames read it.  Kept too: a count that is the claim ("Some
81% of Americans say ..."), a thing said ("said their last goodbyes"), what is passed around
("Numerous posts claim ..."), whose words they are ("Mr. Trump's comments suggested ..."), a
report's whole content ("The ministry said nothing."), "said to be".
"""

from __future__ import annotations

import pytest
from claimkit import speaker_and_core as _read


@pytest.mark.parametrize(("sentence", "core"), [
    ("Some Republican senators have said the bill would fail in a floor vote next week.",
     "the bill would fail in a floor vote next week."),
    ("Other European countries have also said they will strip dual nationals of citizenship.",
     "they will strip dual nationals of citizenship."),
    ("Human rights defenders have said security forces were deployed mainly in poor areas.",
     "security forces were deployed mainly in poor areas."),
    ("But American officials said they did not believe that would dominate the talks.",
     "they did not believe that would dominate the talks."),
    ("Rather, several analysts said they expected the discovery to provide additional cover.",
     "they expected the discovery to provide additional cover."),
    ("Officials there said they planned to share much of the data with the agency.",
     "they planned to share much of the data with the agency."),
    ("Democratic lawmakers and environmental groups say the changes will exempt polluters.",
     "the changes will exempt polluters."),
    ("Critics of the federal resettlement program warn that the plan will cost billions.",
     "the plan will cost billions."),
    ("Some of Mr. Trump's critics have said that the president canceled the visit over protests.",
     "the president canceled the visit over protests."),
    ("But some said the measures are helping accomplish one of the administration's goals.",
     "the measures are helping accomplish one of the administration's goals."),
    ("The report added that students from wealthier families are borrowing the most.",
     "students from wealthier families are borrowing the most."),
    ("That assessment concluded that Iran suspended its nuclear program in early 2004.",
     "Iran suspended its nuclear program in early 2004."),
])
def test_a_group_described_leading_the_sentence_names_no_one(sentence: str, core: str) -> None:
    assert _read(sentence) == (None, core)


@pytest.mark.parametrize(("sentence", "core"), [
    ("Health care costs have outpaced inflation for a decade, the report says.",
     "Health care costs have outpaced inflation for a decade"),
    ("Five people died in the blast at the depot, the report added.",
     "Five people died in the blast at the depot"),
    ("Police used pepper spray against the protesters, the department statement said, adding "
     "that no arrests were made.", "Police used pepper spray against the protesters"),
    ("The United States should restrict gun ownership, an editorial in a widely read state-run "
     "Chinese newspaper said on Friday.", "The United States should restrict gun ownership"),
    ("The rider was knocked off a bull that then stomped on his chest, officials and witnesses "
     "said.", "The rider was knocked off a bull that then stomped on his chest"),
    ("Retailers are buying insurance against unrest after the election, insurers and brokers "
     "told Reuters.", "Retailers are buying insurance against unrest after the election"),
    ("Deliveries will start by the end of the year, the companies said in a statement.",
     "Deliveries will start by the end of the year"),
    ("Fauci has done interviews with many outlets, which has annoyed the president, this "
     "person said.", "Fauci has done interviews with many outlets, which has annoyed the "
     "president"),
])
def test_a_trailing_frame_of_a_writing_or_group_is_cut(sentence: str, core: str) -> None:
    assert _read(sentence) == (None, core)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # a count of people is what a poll found
    ("Some 81% of Americans say the economy is getting worse.", None,
     "Some 81% of Americans say the economy is getting worse."),
    ("Two-thirds of activists believe it is justified to break the law, according to a new "
     "poll.", "new poll", "Two-thirds of activists believe it is justified to break the law."),
    # a thing said, no claim
    ("Hundreds of mourners said their last goodbyes to George Floyd on Tuesday in Houston.",
     None, "Hundreds of mourners said their last goodbyes to George Floyd on Tuesday in "
     "Houston."),
    # what is passed around is what a fact check refutes
    ("Numerous posts claim the virus has been patented and a vaccine already exists.", None,
     "Numerous posts claim the virus has been patented and a vaccine already exists."),
    # a plural subject takes no "-s": "Ottawa investigates reports that ..." is no frame
    ("Ottawa investigates reports that Isis has captured Canadian-Israeli woman", None,
     "Ottawa investigates reports that Isis has captured Canadian-Israeli woman"),
    # a belief told of a group is the outlet's account of it
    ("Coronavirus truthers ignorantly believe that the media have been exaggerating the "
     "threat.", None, "Coronavirus truthers ignorantly believe that the media have been "
     "exaggerating the threat."),
    # a negated group says nothing
    ("Taxes rose, and no officials in the state ever conceded that he was right about it.",
     None, "Taxes rose, and no officials in the state ever conceded that he was right about "
     "it."),
    # ", a move critics said ..." is a clause of the claim, not a frame after it
    ("Texas ordered abortions postponed, a move critics said on Tuesday was political.", None,
     "Texas ordered abortions postponed, a move critics said on Tuesday was political."),
    # a filed document named with "the" speaks, as in ", the lawsuit states" (forty-ninth
    # session: the two forms read alike; an unnamed "A new study says" still names no one)
    ("The lawsuit alleges that Russia found a willing partner in the campaign.", "lawsuit",
     "Russia found a willing partner in the campaign."),
    # a list of headline words ending in a plural look-alike ("notes") is no frame
    ("iOS 8.2 arriving Monday, here are full release notes", None,
     "iOS 8.2 arriving Monday, here are full release notes"),
    # a report no one is named as author of stays whole, as "..., report says" does
    ("A migrant took his own life after he was denied entry, a report said.", None,
     "A migrant took his own life after he was denied entry, a report said."),
    ("Amazon to launch first brick-and-mortar store, report says", None,
     "Amazon to launch first brick-and-mortar store, report says"),
    ("A shocking new study says that the ice in the Arctic Ocean will disappear by 2050.", None,
     "A shocking new study says that the ice in the Arctic Ocean will disappear by 2050."),
    # the report is the whole content; "said to be"; hearsay; names stay speakers
    ("The ministry said nothing.", "ministry", "The ministry said nothing."),
    ("The scheme is said to be worth $2 billion.", None,
     "The scheme is said to be worth $2 billion."),
    ("Azerbaijani officials said the ceasefire was holding along the whole border.",
     "Azerbaijani officials", "the ceasefire was holding along the whole border."),
    ("Democrats said the bill would fail in the Senate next week.", "Democrats",
     "the bill would fail in the Senate next week."),
    ("The deal is dead, Smith and Jones said.", "Smith and Jones", "The deal is dead"),
])
def test_near_cases_keep_their_reading(sentence: str, speaker: str | None, core: str) -> None:
    assert _read(sentence) == (speaker, core)


def test_a_described_group_keeps_an_earlier_speakers_statement() -> None:
    # "the statement" issued by a speaker named before stays that speaker's
    speaker, core = _read("The Interior Ministry issued a statement on Monday. Five people "
                          "died in the blast, the statement said.")
    assert (speaker, core) == ("Interior Ministry", "Five people died in the blast")


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("Many now support a defunding of the police as they march for justice, and prison "
     "abolition goes hand in hand with that demand, said James Kilgore, a researcher and "
     "activist who was formerly in prison.", "James Kilgore",
     "Many now support a defunding of the police as they march for justice, and prison "
     "abolition goes hand in hand with that demand"),
    ("WHO is working to ensure fair vaccine distribution, said Mike Ryan, head of WHO’s "
     "emergencies program, as daily new cases around the globe are at near-record levels.",
     "Mike Ryan", "WHO is working to ensure fair vaccine distribution"),
    ("About 80 U.S. families have also offered to sponsor migrants seeking asylum, said Heather "
     "Cronk, co - director of Showing Up For Racial Justice, a group that supports racial - "
     "justice issues.", "Heather Cronk",
     "About 80 U.S. families have also offered to sponsor migrants seeking asylum"),
    ("One person has been arrested and charged, said Regina Lombardo, acting director of the "
     "U.S. Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF).", "Regina Lombardo",
     "One person has been arrested and charged"),
])
def test_an_inverted_frame_with_a_long_description_is_cut(sentence: str, speaker: str,
                                                          core: str) -> None:
    assert _read(sentence) == (speaker, core)


@pytest.mark.parametrize("sentence", [
    # the frame goes on: what it adds may be a claim of its own
    "The deal is dead, said John Smith, adding that the talks had collapsed after two long "
    "weeks of bitter wrangling in the capital.",
    # the description holds a frame of its own
    "The deal is dead, said John Smith, a former minister who said the talks had collapsed "
    "after two long weeks of wrangling.",
    # a quotation after the name
    "The deal is dead, said John Smith, a former minister, calling it “the end of the road "
    "for the whole region and all its people”.",
])
def test_an_inverted_frame_that_goes_on_stays_whole(sentence: str) -> None:
    assert _read(sentence)[1] == sentence
