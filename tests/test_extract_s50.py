"""Session 50's page-text readings: text that is no claim, or two claims glued into one.

A headline run into its subheading or caption by a gap of spaces is two units; a photo
caption (a noun phrase with no finite verb: "Families from the caravan waiting for a meal.")
is furniture; a quotation that closes on "!" or "?" keeps its bare frame ("... win!" Trump
said in a tweet.); a list whose items are separated by semicolons and closed by "; and" is
one claim, not a claim per item.  Each with the near cases that must stay as they were.
"""

from __future__ import annotations

import pytest
from claimkit import article, sentences, speakers_and_cores

from embeddings.claims import SentenceClaimExtractor


def _claims(text: str) -> list[str]:
    claims = SentenceClaimExtractor().extract(article(text))
    for claim in claims:
        assert text[claim.start:claim.end] == claim.text  # offsets stay exact
    return [c.text for c in claims]


def test_a_gap_of_spaces_ends_a_headline_run_into_its_subheading() -> None:
    text = ("Flood waters reach the old town of Ferrow   Residents of Ferrow were moved to "
            "the sports hall on Sunday as the river rose.")
    assert sentences(text) == ["Flood waters reach the old town of Ferrow",
                               "Residents of Ferrow were moved to the sports hall on Sunday as "
                               "the river rose."]


def test_single_spaces_and_spaced_non_breaking_spaces_cut_nothing() -> None:
    text = "The deal, struck between \xa0 Ferrow and six towns, was signed on Monday."
    assert sentences(text) == [text]
    # a gap before a lower-case word is a broken line, not a new sentence
    assert sentences("The river rose   above the old wall on Sunday.") == [
        "The river rose   above the old wall on Sunday."]


@pytest.mark.parametrize("caption", [
    "Families from the shelter waiting for a meal.",
    "A young girl from Ferrow standing near the flood wall.",
    "Volunteers of the rescue team at the river bank in Ferrow on Sunday.",
    "Jane Roe, the mayor of Ferrow, during a council meeting in the town hall last March.",
])
def test_a_photo_caption_in_an_article_is_no_claim(caption: str) -> None:
    text = (f"The river burst its banks on Saturday, flooding 300 homes.\n\n{caption}\n\n"
            "Officials said the water would recede by Tuesday.")
    claims = _claims(text)
    assert caption not in claims
    assert len(claims) == 2


@pytest.mark.parametrize("sentence", [
    # a finite verb makes a claim of it, a participle or not
    "Families from the shelter were waiting for a meal.",
    "Rescuers pulled 12 people from the water on Sunday.",
    "Residents say the town is flooding again.",
    "Germans account for more than 40 percent of visitors coming to Ferrow.",
    "A lawsuit winding through the courts seeks damages from the water board.",
    "Democrats sue the water board, alleging neglect of the dams.",
    "The mayor's growing frustration with the board became clear on Sunday.",
    "I want to keep this recovery going.",
])
def test_sentences_with_a_finite_verb_stay_claims(sentence: str) -> None:
    text = f"The river burst its banks on Saturday, flooding 300 homes.\n\n{sentence}"
    assert sentence in _claims(text)


def test_a_caption_alone_is_the_items_claim() -> None:
    # a one-line item has nothing else to say: it stays, as a headline would
    assert _claims("Families from the shelter waiting for a meal.") == [
        "Families from the shelter waiting for a meal."]


@pytest.mark.parametrize("quote", ['"We will rebuild every home!"',
                                   '" We will rebuild every home! "'])
def test_a_bare_frame_after_an_exclamation_is_the_quotes_speaker(quote: str) -> None:
    text = (f"The river burst its banks on Saturday, flooding 300 homes. {quote} Mayor Jane Roe "
            "said in a statement. The army was called in on Sunday.")
    read = speakers_and_cores(text)
    assert ("Jane Roe", "We will rebuild every home!") in read
    assert not any(core.startswith("Mayor Jane Roe said") for _, core in read)


def test_a_frame_with_a_clause_of_its_own_is_a_new_sentence() -> None:
    text = ('The river burst its banks on Saturday. "We will rebuild!" Mayor Jane Roe said the '
            "town would need two years to recover.")
    assert sentences(text)[-1] == "Mayor Jane Roe said the town would need two years to recover."


def test_an_inverted_frame_after_a_spaced_question_stays_with_its_quote() -> None:
    text = ("\" Who was the flood warning for? ' \" said Jane Roe, the mayor of Ferrow. "
            "\" Was it for the farmers?")
    assert sentences(text)[0].endswith("said Jane Roe, the mayor of Ferrow.")


def test_a_spaced_closing_quote_before_a_lower_case_word_ends_nothing() -> None:
    text = 'They chanted, " Save our town! " as they marched along the river toward the hall.'
    assert sentences(text) == [text]


def test_a_semicolon_list_closed_by_and_is_one_claim() -> None:
    text = ("The river burst its banks on Saturday. The lawsuit names a long list of defendants "
            "that includes the water board; its chairman, John Smith, and his deputy, Ann Lee; "
            "the regional government and its flood agency; and a group of former engineers "
            "including Tom Brown.")
    claims = _claims(text)
    assert claims[-1].startswith("The lawsuit names") and claims[-1].endswith("Tom Brown.")


def test_independent_halves_of_a_semicolon_are_still_two_claims() -> None:
    text = ("The river burst its banks on Saturday. The army evacuated three villages near "
            "the dam; the rescuers pulled twelve people from the water overnight.")
    assert _claims(text)[-2:] == ["The army evacuated three villages near the dam;",
                                  "the rescuers pulled twelve people from the water overnight."]
