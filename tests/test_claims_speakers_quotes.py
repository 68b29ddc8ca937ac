"""The claims stage: quotations, transcripts, headline credits, answers and pointers."""

from __future__ import annotations

import pytest
from claimkit import article
from speakerkit import BRIEFING, _claims
from stories import SHOAL

from embeddings.claims import SentenceClaimExtractor, find_speaker
from embeddings.claims.quotes import double_single_quotes


@pytest.mark.parametrize(("text", "speaker", "core"), [
    ("‘We will respond to any attack,’ said the defence minister, Ana Lind.", "Ana Lind",
     "We will respond to any attack"),
    ("'We will respond to any attack,' Ana Lind said.", "Ana Lind",
     "We will respond to any attack"),
    # apostrophes are no quotation marks
    ("Brno’s mayor said the Joneses' house didn’t burn.", None, None),
])
def test_quotations_in_single_quotes_are_read_like_double_ones(
        text: str, speaker: str | None, core: str | None) -> None:
    """British and many European outlets quote in single quotes."""
    claims = SentenceClaimExtractor().extract(article(text))
    assert [c.text for c in claims] == [text]  # the claim is the article's text as written
    if speaker is not None:
        assert (claims[0].speaker, claims[0].core) == (speaker, core)
    else:
        assert double_single_quotes(text) == text


def test_a_quotation_inside_the_reported_clause_is_not_its_start() -> None:
    found = find_speaker("Brno says Ana Lind's board picks “not qualified”")
    assert (found.speaker, found.core) == ("Brno", "Ana Lind's board picks “not qualified”")


def test_quote_interrupted_by_its_speaker_is_joined() -> None:
    found = find_speaker("“We were told nothing,” a resident said, “and now the water is here.”")
    assert found.speaker == "resident"
    assert found.core == "We were told nothing and now the water is here."


def test_guillemets_quote_as_curly_quotes_do() -> None:
    text = "«The situation at the border is stable,» the spokesman said. «We are ready,» he added."
    claims = SentenceClaimExtractor().extract(article(text))
    assert [c.core for c in claims] == ["The situation at the border is stable", "We are ready"]
    assert [c.speaker for c in claims] == ["spokesman", "spokesman"]
    assert [text[c.start:c.end] for c in claims] == [c.text for c in claims]
    assert claims[0].text.startswith("«")  # the claim is cut from the text as written


@pytest.mark.parametrize(("source", "speaker", "core"), [
    # a report another outlet credits
    ("wirenews.example", "Handelsblatt", "Germany to cut gas use by 15% this winter"),
    # the page's own site name: no one quoted, and no part of the claim
    ("handelsblatt.com", None, "Germany to cut gas use by 15% this winter"),
])
def test_a_headline_credited_after_a_spaced_dash(source: str, speaker: str | None,
                                                 core: str) -> None:
    text = "Germany to cut gas use by 15% this winter - Handelsblatt"
    claims = SentenceClaimExtractor().extract(article(text, source=source))
    assert [(c.speaker, c.core, c.text) for c in claims] == [(speaker, core, text)]


@pytest.mark.parametrize(("title", "source"), [
    ("Deutsche Bank to cut 3,500 jobs in Germany - BBC News", "bbc.co.uk"),
    ("Deutsche Bank to cut 3,500 jobs in Germany - The New York Times", "nytimes.com"),
    ("Deutsche Bank to cut 3,500 jobs in Germany - Reuters", "Reuters"),
])
def test_a_page_titles_site_name_is_its_own_outlet(title: str, source: str) -> None:
    claims = SentenceClaimExtractor().extract(article(title, source=source))
    assert [(c.speaker, c.core) for c in claims] == [
        (None, "Deutsche Bank to cut 3,500 jobs in Germany")]


@pytest.mark.parametrize("title", [
    "Deutsche Bank to cut 3,500 jobs in Germany - Live updates",
    "Stocks Seeing Modest Weakness In Early Trading - U.S. Commentary",
    "American Airlines & JetBlue Airways To Terminate Partnership - Quick Facts",
    "Ukraine Crisis: LNG Stocks in Focus - Analyst Blog",
    # a sentence's own spaced dash, not a title's credit
    "Abe dashed those plans after visiting the president at his resort in mid - April.",
])
def test_a_page_titles_section_is_no_credit(title: str) -> None:
    claims = SentenceClaimExtractor().extract(article(title, source="example.com"))
    assert [(c.speaker, c.core) for c in claims] == [(None, title)]


TRANSCRIPT = """Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on November 3
Mao Ning: China has lodged a solemn protest with the Philippines over the incident.
AFP: The Philippines says a Chinese ship rammed its vessel. What is China's response?
Mao Ning: The Philippine vessel deliberately rammed the Chinese coast guard ship. The \
responsibility lies entirely with Manila. Who is provoking whom?
"""


def test_a_transcripts_speaker_label_names_who_speaks_on_its_line() -> None:
    # the reporter's question asks; the spokesperson's rhetorical one is her point
    claims = SentenceClaimExtractor().extract(article(TRANSCRIPT))
    assert [(c.speaker, c.text) for c in claims] == [
        ("Mao Ning", "China has lodged a solemn protest with the Philippines over the "
                     "incident."),
        ("Philippines", "AFP: The Philippines says a Chinese ship rammed its vessel."),
        ("Mao Ning", "The Philippine vessel deliberately rammed the Chinese coast guard ship."),
        ("Mao Ning", "The responsibility lies entirely with Manila."),
        ("Mao Ning", "Who is provoking whom?")]
    assert all(TRANSCRIPT[c.start:c.end] == c.text for c in claims)


@pytest.mark.parametrize("text", [
    "New Delhi: The government raised fuel prices by 5% on Monday.",
    "Key Points: The government raised fuel prices by 5% on Monday.\nPrices rose again.",
])
def test_a_label_used_once_without_a_title_names_no_one(text: str) -> None:
    claim = SentenceClaimExtractor().extract(article(text))[0]
    assert claim.speaker is None


def test_a_headline_labelled_with_a_titled_speaker_is_hers() -> None:
    text = "Sen. Rand Paul: US Must Take Strong Action Against Putin's Aggression"
    claims = SentenceClaimExtractor().extract(article(text))
    assert [(c.speaker, c.text) for c in claims] == [
        ("Rand Paul", "US Must Take Strong Action Against Putin's Aggression")]


def test_an_accusation_points_at_the_claim_that_accused() -> None:
    # the protest and the advice that came after are no accusation
    claims = SentenceClaimExtractor().extract(article(SHOAL[0][2]
                                                      + " Manila rejected the accusation."))
    assert claims[-1].core == ("Manila rejected the accusation: the Philippine ships had "
                               "entered Chinese waters without permission.")
    briefing = SentenceClaimExtractor().extract(article(BRIEFING))
    assert briefing[3].core == ("Manila rejected the accusation: the Philippine vessels had "
                                "entered Chinese waters without permission.")


@pytest.mark.parametrize(("text", "core"), [
    # what someone may do is an accusation where nothing done was claimed
    ("Azerbaijan may invade Armenia in the coming weeks, Pashinyan said. Baku rejected the "
     "accusation.", "Baku rejected the accusation: Azerbaijan may invade Armenia in the "
     "coming weeks"),
    ("The ministry said police had beaten protesters. Police denied the allegations.",
     "Police denied the allegations: police had beaten protesters."),
    # a claim, not an accusation: the nearest statement, as before
    ("The plant will close in May, the union said. The company rejected the claim.",
     "The company rejected the claim: The plant will close in May"),
])
def test_a_pointer_still_meets_its_statement(text: str, core: str) -> None:
    assert SentenceClaimExtractor().extract(article(text))[-1].core == core


@pytest.mark.parametrize(("text", "speaker", "core"), [
    ("The talks stalled in March. Will the talks resume next month? Several diplomats say "
     "no. A new round is set for June.", None, "Will the talks resume next month? No."),
    ("Spokesperson Mao Ning spoke on Monday. Will Manila stop its provocations? Mao said no.",
     "Mao Ning", "Will Manila stop its provocations? No."),
    ("The vote is close. Did the bill pass? Lawmakers said yes.", None,
     "Did the bill pass? Yes."),
])
def test_an_answer_is_kept_with_its_question(text: str, speaker: str | None,
                                             core: str) -> None:
    claims = SentenceClaimExtractor().extract(article(text))
    answer = next(c for c in claims if c.core.endswith(("No.", "Yes.")))
    assert (answer.speaker, answer.core) == (speaker, core)
    assert answer.text.endswith(("no.", "yes."))  # the claim is the answer as written
    assert not any(c.text.startswith(("Will ", "Did ")) for c in claims)  # no question


def test_an_answer_without_a_question_is_left_as_it_was() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "The talks stalled in March. Several diplomats say no."))
    assert claims[-1].core == "Several diplomats say no."


def test_a_paragraph_ending_in_said_colon_gives_the_next_paragraph_its_speaker() -> None:
    claims = _claims(
        "The funding will protect 12,000 homes in the north of England.\n"
        "Environment Secretary Emma Reynolds said:\n"
        "We are investing in the defences communities need. Nobody should live in fear.\n"
        "The programme will run until 2030.")
    assert claims == [
        ("The funding will protect 12,000 homes in the north of England.", None),
        ("We are investing in the defences communities need.", "Emma Reynolds"),
        ("Nobody should live in fear.", "Emma Reynolds"),
        ("The programme will run until 2030.", None),
    ]


@pytest.mark.parametrize("second", [
    "The minister said this in a statement that talks would resume.",
    "The minister said that on Monday the talks would resume.",
])
def test_a_frame_with_a_claim_of_its_own_gives_none_to_the_sentence_before(second: str) -> None:
    claims = _claims(f"Prices rose again on Monday. {second}")
    assert claims[0] == ("Prices rose again on Monday.", None)
    assert claims[1] == (second, "minister")


def test_the_answers_of_a_briefings_transcript_are_the_briefers() -> None:
    claims = _claims(
        "Q: The Philippine coast guard said a Chinese vessel fired a water cannon at its ship. "
        "What's your comment?\n"
        "A: The Philippine vessel intruded into the waters without permission.",
        title="Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 3")
    assert [s for _, s in claims] == ["Philippine coast guard", "Mao Ning"]
    # an explainer's questions and answers have no one answering
    explainer = _claims("Q: How many people have been hospitalised?\n"
                        "A: Eleven people have been hospitalised in the county.",
                        title="What we know about the outbreak")
    assert [s for _, s in explainer] == [None]
