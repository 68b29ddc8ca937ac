"""The claims stage: unnamed sources, reports, "according to", documents, relaying outlets."""

from __future__ import annotations

import pytest
from claimkit import article

from embeddings.claims import SentenceClaimExtractor, find_speaker
from embeddings.claims.subjects import unnamed_source


def test_an_outlets_caveat_is_no_part_of_the_claim() -> None:
    text = ("Russia said it had hit a military command post, a claim Reuters could not "
            "independently verify. The army said 40 fighters were killed, which could not be "
            "confirmed. Officials said the figure was accurate, a claim critics dispute.")
    claims = SentenceClaimExtractor().extract(article(text))
    assert [c.core for c in claims] == [
        "Russia had hit a military command post.",
        "40 fighters were killed.",
        "the figure was accurate, a claim critics dispute.",  # disputed, not unverified
    ]
    assert all(text[c.start:c.end] == c.text for c in claims)


def test_according_to_data_names_whose_data() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "Prices rose 3%, according to the latest data from the statistics office. The drug "
        "lowered the risk by 25%, according to the published data. Crime fell 10%, according "
        "to police data."))
    # "published" is no "report published by ..." here; police data are not the office's
    assert [c.speaker for c in claims][1:] == ["published data", "police data"]
    assert [c.core for c in claims][1:] == ["The drug lowered the risk by 25%.", "Crime fell 10%."]


def test_a_fact_checks_claim_is_the_claim_checked_not_the_outlets() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "Claim: A video says COVID-19 vaccines contain microchips that track people.\n"
        "Verdict: False\n"
        "The video has been viewed more than 2 million times since February 20.\n"
        "Health experts say the claim is baseless."))
    assert (claims[0].text, claims[0].speaker) == (
        "A video says COVID-19 vaccines contain microchips that track people.",
        "the claim checked")
    # "the claim" is the one the article checks, not the sentence just before
    assert claims[-1].core.endswith("vaccines contain microchips that track people.")


@pytest.mark.parametrize(("sentence", "speaker"), [
    # an agency relaying a source it does not name: the agency's claim, however worded
    ("Interfax reported, citing a source in the ministry, that talks had stalled.", "Interfax"),
    ("Interfax has learned from a source in the ministry that talks had stalled.", "Interfax"),
    ("Reuters has learned from two people familiar with the matter that the deal was off.",
     "Reuters"),
    ("According to a source cited by Interfax, talks had stalled.", "Interfax"),
    ("According to sources quoted by the TASS news agency, talks had stalled.", "TASS"),
    ("TASS quoted a source in the ministry as saying that talks had stalled.", "TASS"),
    ("As reported by Interfax, talks had stalled.", "Interfax"),
])
def test_an_agency_relaying_an_unnamed_source_makes_the_claim(sentence: str,
                                                              speaker: str) -> None:
    assert find_speaker(sentence).speaker == speaker


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a source the agency names, or one who speaks for a body, still speaks
    ("Interfax learned from Foreign Minister Lavrov that talks had stalled.", "Lavrov"),
    ("Interfax has learned from the Kremlin that talks had stalled.", "Kremlin"),
    ("Interfax learned from a spokesman for the Interior Ministry that talks had stalled.",
     "Interior Ministry spokesman"),
    ("Interfax quoted Lavrov as saying that talks had stalled.", "Lavrov"),
    ("The paper quoted the envoy as saying the deal was off.", "envoy"),
    ("A source in the ministry said talks had stalled.", "source in the ministry"),
])
def test_a_source_an_agency_names_still_speaks(sentence: str, speaker: str) -> None:
    assert find_speaker(sentence).speaker == speaker


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # a source no one names, telling a named outlet: the outlet relays the claim (as "a
    # source cited by Interfax" is relayed), however the source and the outlet are worded
    ("A source in the ministry told Interfax that talks had stalled.", "Interfax",
     "talks had stalled."),
    ("Two people familiar with the matter told Reuters the deal was close.", "Reuters",
     "the deal was close."),
    ("A senior official told the Yonhap news agency that the launch was imminent.", "Yonhap",
     "the launch was imminent."),
    ("Three people were killed in the blast, a senior police officer told PTI.", "PTI",
     "Three people were killed in the blast"),
    ("Ten soldiers were killed, a security source told AFP, requesting anonymity.", "AFP",
     "Ten soldiers were killed"),
    ("At least 20 civilians died, a local official told AFP on condition of anonymity for "
     "security reasons.", "AFP", "At least 20 civilians died"),
    ("“We have retaken the town,” a military source told AFP, adding that 12 had been killed.",
     "AFP", "We have retaken the town"),
    ("A Kremlin source told the Financial Times on Tuesday that the summit was off.",
     "Financial Times", "the summit was off."),
    # a report no one is said to have issued, cited by an agency, is the agency's too
    ("According to a report cited by Interfax, talks had stalled.", "Interfax",
     "talks had stalled."),
    ("Talks had stalled, according to reports quoted by the TASS news agency.", "TASS",
     "Talks had stalled."),
    # an agency relaying a frame of its own: the claim is the one framed inside
    ("The quake struck at a depth of 10 km, the China Earthquake Networks Center said, "
     "Xinhua reported.", "China Earthquake Networks Center",
     "The quake struck at a depth of 10 km"),
    ("The deal is off, Lavrov told TASS, RIA reported.", "Lavrov", "The deal is off"),
    ("Five people died, officials said, Xinhua reported.", "Xinhua", "Five people died"),
])
def test_a_source_no_one_names_telling_an_outlet_is_the_outlets(sentence: str, speaker: str,
                                                                 core: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a named source speaks, told whom it may be; a named group stays one; told no outlet
    ("Lavrov told TASS that talks had stalled.", "Lavrov"),
    ("US officials told Reuters that the deal was close.", "US officials"),
    ("Officials told Biden that the plan was ready.", None),
    ("A source told reporters that talks had stalled.", "source"),  # told no outlet
    ("The deal was close, the official told Reuters.", "official"),
    ("A source in the ministry said talks had stalled.", "source in the ministry"),
    ("Westgrid sparked the fire, according to a report seen by the Herald.", "report"),
    ("According to a report by the UN, talks had stalled.", "UN"),
])
def test_what_no_outlet_relays_reads_as_before(sentence: str, speaker: str | None) -> None:
    assert find_speaker(sentence).speaker == speaker


def test_an_unnamed_source_telling_the_articles_own_outlet_is_its_own_reporting() -> None:
    claim = SentenceClaimExtractor().extract(article(
        "Two people familiar with the matter told Reuters that the deal was close.",
        source="Reuters"))[0]
    assert (claim.speaker, claim.core) == (None, "the deal was close.")


# --- "Various reports" are no one ------------------------------------------------------


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("Various analysts said the talks had failed.", None, "the talks had failed."),
    ("Numerous sources told Reuters the talks had failed.", None, "the talks had failed."),
    ("The talks had failed, multiple sources said.", None, "The talks had failed"),
    # as before: a count, a group set apart, a name that opens with such a word
    ("Several analysts said the talks had failed.", None, "the talks had failed."),
    ("Azerbaijani officials said the talks had failed.", "Azerbaijani officials",
     "the talks had failed."),
    ("The Multiple Sclerosis Society said the drug works.", "Multiple Sclerosis Society",
     "The Multiple Sclerosis Society said the drug works."),
])
def test_various_or_multiple_sources_name_no_one(sentence: str, speaker: str | None,
                                                 core: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == (speaker, core)


@pytest.mark.parametrize("opener", ["Various", "Several", "Multiple", "Numerous"])
def test_a_count_before_reports_is_no_speaker(opener: str) -> None:
    # read as "Reports in ... indicated that Kim announced ..." is: Kim's announcement,
    # not a speaker "Various" saying "in American ... media"
    tail = ("reports in American and South Korean state media Friday evening indicated that "
            "Kim announced the halt of nuclear and missile tests.")
    found = find_speaker(f"{opener} {tail}")
    assert (found.speaker, found.core) == (find_speaker("R" + tail[1:]).speaker,
                                           f"{opener} {tail}")
    assert found.speaker != opener


# --- "Reports said": a bare plural opening a one-sentence text is no one ----------------------


@pytest.mark.parametrize(("sentence", "core"), [
    # one sentence (a headline) gives no other sentence to tell a name from an opening word:
    # what no one is named for is still no one
    ("Reports said the talks had stalled.", "the talks had stalled."),
    ("Reports say North Korea's leader will attend the summit.",
     "North Korea's leader will attend the summit."),
    ("Insiders said the merger would be announced on Monday.",
     "the merger would be announced on Monday."),
    ("Reporters said the convoy had turned back.", "the convoy had turned back."),
    ("Polls say the race is close.", "the race is close."),
    ("The suspect was named as a man from London, reports say.",
     "The suspect was named as a man from London"),
    # as before: the groups already read so
    ("Sources said the deal was close.", "the deal was close."),
    ("Witnesses said the car was red.", "the car was red."),
])
def test_bare_reports_and_insiders_name_no_one(sentence: str, core: str) -> None:
    claim = SentenceClaimExtractor().extract(article(sentence))[0]
    assert (claim.speaker, claim.core) == (None, core)
    assert unnamed_source(sentence) is not None  # the contrast says "unnamed reports"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Reuters said the talks had stalled.", "Reuters"),
    ("Democrats said the bill was flawed.", "Democrats"),
    ("Consumer Reports said the car was unsafe.", "Consumer Reports"),
    ("Russian journalists said the talks had stalled.", "Russian journalists"),
    # a team is a common plural too: one sentence cannot tell, and it stays as written
    ("Rangers said the striker would miss the final.", "Rangers"),
])
def test_a_name_or_a_group_set_apart_still_speaks_in_one_sentence(sentence: str,
                                                                  speaker: str) -> None:
    assert SentenceClaimExtractor().extract(article(sentence))[0].speaker == speaker


@pytest.mark.parametrize("sentence", [
    "Police reports show 12 arrests were made.",
    "Reports of flooding reached the capital on Monday.",
])
def test_reports_as_a_subject_without_a_frame_stay_the_outlets(sentence: str) -> None:
    claim = SentenceClaimExtractor().extract(article(sentence))[0]
    assert (claim.speaker, claim.core) == (None, sentence)


@pytest.mark.parametrize(("sentence", "core", "group"), [
    # "according to" a bare group names no one, as "Officials said" does not
    ("According to reports, the talks had stalled.", "the talks had stalled.", "reports"),
    ("According to officials, the talks had stalled.", "the talks had stalled.", "officials"),
    ("According to the officials, the ceasefire held.", "the ceasefire held.", "officials"),
    ("The talks had stalled, according to diplomats.", "The talks had stalled.", "diplomats"),
    ("According to some analysts, growth will slow.", "growth will slow.", None),
    ("According to residents near the border, the shelling went on all night.",
     "the shelling went on all night.", "residents"),
])
def test_according_to_a_bare_group_is_an_unnamed_source(sentence: str, core: str,
                                                         group: str | None) -> None:
    claim = SentenceClaimExtractor().extract(article(sentence))[0]
    assert (claim.speaker, claim.core) == (None, core)
    assert unnamed_source(sentence) == group  # the contrast's "unnamed officials"
    said = SentenceClaimExtractor().extract(article("Officials said the talks had stalled."))
    assert said[0].speaker is None  # the same reading as "said"


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a group set apart by who it is, or whose its report is, still speaks
    ("According to Azerbaijani officials, the talks had stalled.", "Azerbaijani officials"),
    ("According to police reports, the talks had stalled.", "police reports"),
    ("According to analysts at Deutsche Bank, growth will slow.", "analysts at Deutsche Bank"),
    ("According to the ministry, the talks had stalled.", "ministry"),
    ("According to Ysolde Varga, the talks had stalled.", "Ysolde Varga"),
])
def test_according_to_a_named_group_or_body_still_names_it(sentence: str,
                                                           speaker: str) -> None:
    assert SentenceClaimExtractor().extract(article(sentence))[0].speaker == speaker


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # a document that names its author speaks with the author's voice, however it is worded
    ("According to reports from Reuters, the talks collapsed on Monday.", "Reuters",
     "the talks collapsed on Monday."),
    ("According to a report by the BBC, the minister resigned.", "BBC", "the minister resigned."),
    ("Reports in The Guardian said the deal was dead.", "Guardian", "the deal was dead."),
    ("A report from the Associated Press said the company had cut 500 jobs.",
     "Associated Press", "the company had cut 500 jobs."),
    ("A report in The Harbour Gazette claims that the mayor hid the audit.", "Harbour Gazette",
     "the mayor hid the audit."),
    ("Rents rose 9 percent, an investigation by the Brno Herald said Sunday.", "Brno Herald",
     "Rents rose 9 percent"),
    ("Rents rose 9 percent, according to a startling new study by Ostpress.", "Ostpress",
     "Rents rose 9 percent."),
    ("Rents rose 9 percent, according to a survey of landlords by the Tenants Union.",
     "Tenants Union", "Rents rose 9 percent."),
    # the author named before the document, what it is about after it
    ("Rents rose 9 percent, according to a Reuters analysis of council data.", "Reuters",
     "Rents rose 9 percent."),
    ("A Gallup poll found that 40 percent approve of the plan.", "Gallup",
     "40 percent approve of the plan."),
])
def test_a_document_speaks_with_its_authors_voice(sentence: str, speaker: str,
                                                  core: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker"), [
    # no author named: the document stays the speaker, or no one is
    ("Rents rose 9 percent, according to a new study.", "new study"),
    ("Rents rose 9 percent, according to a report seen by the Herald.", "report"),
    ("The report given to the president in July said the dam was unsafe.", None),
    # a nationality, a place or a month before the document says which, not whose
    ("One in five children have nightmares, according to a British survey.", "British survey"),
    ("Crime fell 4 percent, according to a Chicago study.", "Chicago study"),
    ("Jobs grew by 200,000, according to the January jobs report.", "January jobs report"),
    # press reports by no one named ("police reports" is whose)
    ("According to media reports, the talks collapsed.", "media reports"),
])
def test_a_document_naming_no_author_is_read_as_before(sentence: str,
                                                       speaker: str | None) -> None:
    assert find_speaker(sentence).speaker == speaker


@pytest.mark.parametrize(("sentence", "speaker"), [
    # the document after an inverted verb speaks with its author's voice too
    ("Most voters oppose the change, says a poll by Rasmussen Reports.", "Rasmussen Reports"),
    ("Rents rose 9 percent, said a report from the Tenants Union.", "Tenants Union"),
    # ... and names no one where it names no author
    ("Rents rose 9 percent, said a new study.", None),
])
def test_a_document_after_an_inverted_verb_speaks_with_its_authors_voice(
        sentence: str, speaker: str | None) -> None:
    assert find_speaker(sentence).speaker == speaker


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # a relative clause after the name "according to" gives tells of that name, and its
    # verb of saying does not take the claim from it
    ("Rents rose 9 percent in 2023, according to the Tenants Union, which said it had "
     "surveyed 400 landlords.", "Tenants Union", "Rents rose 9 percent in 2023."),
    ("Hate crimes nearly tripled, according to the Civic League, which also documented a "
     "rise in rallies.", "Civic League", "Hate crimes nearly tripled."),
    ("At least 25 people were killed, according to the Harbour Gazette, which has been "
     "tracking the attacks since 2015.", "Harbour Gazette", "At least 25 people were killed."),
    # ... and "it" after "according to X" is what the sentence is about, not X
    ("According to the Brno Herald, who first reported the lawsuit, it does not name the mayor.",
     "Brno Herald", "it does not name the mayor."),
    # a description of the name that ends the sentence tells of it too; one of the claim not
    ("Rents rose 9 percent, according to the Tenants Union, a group that tracks evictions.",
     "Tenants Union", "Rents rose 9 percent."),
    ("Sales fell 4 percent, according to the Retail Forum, a trade association.",
     "Retail Forum", "Sales fell 4 percent."),
    ("Voters are less keen, according to the Civic League, a split that existed before.",
     "Civic League", "Voters are less keen, a split that existed before."),
    # near cases: the frame alone, and a body's own "it"
    ("Rents rose 9 percent, according to the Tenants Union.", "Tenants Union",
     "Rents rose 9 percent."),
    ("The Tenants Union said it had surveyed 400 landlords.", "Tenants Union",
     "Tenants Union had surveyed 400 landlords."),
])
def test_a_relative_clause_after_according_to_x_is_no_part_of_the_claim(
        sentence: str, speaker: str, core: str) -> None:
    claim = SentenceClaimExtractor().extract(article(sentence))[0]
    assert (claim.speaker, claim.core) == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # when a document came out, a pollster's partners, the one who wrote a memo
    ("According to a Brno Herald analysis updated on Monday, half of the flats are empty.",
     "Brno Herald", "half of the flats are empty."),
    ("Most voters want a recount, according to a Reuters/Ipsos poll released Wednesday.",
     "Reuters/Ipsos", "Most voters want a recount."),
    ("The following day, according to memos written by Ana Lind, the mayor fired the clerk.",
     "Ana Lind", "The following day, the mayor fired the clerk."),
    # what others voiced, after a frame ending the claim, is no clause the frame reports
    ("A quarter of voters have no interest in the vote, a Gallup poll published on Thursday "
     "found, with some voicing concern that the count could be rigged.", "Gallup",
     "A quarter of voters have no interest in the vote"),
    ("A quarter of voters have no interest in the vote, Gallup found, with some voicing "
     "concern that the pace at which the count is being run could let it be rigged.", "Gallup",
     "A quarter of voters have no interest in the vote, with some voicing concern that the "
     "pace at which the count is being run could let it be rigged."),
    # near case: "with" and no one else voicing anything
    ("Tom Reyes said with confidence that the bill would pass.", "Tom Reyes",
     "the bill would pass."),
])
def test_a_documents_date_partners_and_writer_and_others_voices(sentence: str, speaker: str,
                                                                core: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == (speaker, core)
