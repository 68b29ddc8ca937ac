"""A headline ending in a quoted word ("Kerry Says Talks With Iran 'Useful'", "Obama Calls
Plan 'Dead'") is punctuated as a headline, not as a sentence: the closing quote has no stop
before it.  Read as a short label ("Hot Topics.") it gave no claim even as an article's whole
text; an article that is only a headline keeps it as its claim, speaker read as the unquoted
headline reads.  Inside a longer article such a headline stays furniture, and page furniture
(calls to action, captions, credits) stays furniture however it ends."""

from __future__ import annotations

import pytest
from claimkit import speakers_and_cores as _claims

from embeddings.claims.furniture import is_furniture


@pytest.mark.parametrize(("headline", "speaker", "core"), [
    ("Kerry Says Talks With Iran 'Useful'", "Kerry", "Talks With Iran “Useful”"),
    ('Kerry Says Talks With Iran "Useful"', "Kerry", 'Talks With Iran "Useful"'),
    ("Kerry Says Talks With Iran “Useful”", "Kerry", "Talks With Iran “Useful”"),
    ("Obama Calls Plan 'Dead'", None, "Obama Calls Plan “Dead”"),
    ("Bitcoin And Government 'For The People'", None, "Bitcoin And Government “For The People”"),
    ("Merkel Says Deal 'Possible'", "Merkel", "Deal “Possible”"),
])
def test_a_headline_alone_ending_in_a_quoted_word_is_the_articles_claim(
        headline: str, speaker: str | None, core: str) -> None:
    assert _claims(headline) == [(speaker, core)]


@pytest.mark.parametrize(("quoted", "plain"), [
    ("Kerry Says Talks With Iran 'Useful'", "Kerry Says Talks With Iran Were Useful"),
    ("Obama Calls Plan 'Dead'", "Obama Calls Plan Dead"),
    ("Merkel Says Deal 'Possible'", "Merkel Says Deal Is Possible"),
])
def test_the_quoted_headline_has_the_speaker_the_unquoted_one_has(quoted: str,
                                                                  plain: str) -> None:
    (quoted_speaker, _), = _claims(quoted)
    (plain_speaker, _), = _claims(plain)
    assert quoted_speaker == plain_speaker


@pytest.mark.parametrize("text", [
    # a quoted headline over the story: furniture, the story's sentences are its claims
    "Kerry Says Talks With Iran 'Useful'\nKerry met Iran's foreign minister in Geneva on "
    "Sunday for three hours.",
    "Obama Calls Plan 'Dead'\nThe president told reporters in Ohio that the budget would fail.",
    'Merkel Says Deal "Possible"\nThe chancellor spoke after talks in Brussels on Friday.',
])
def test_a_quoted_headline_inside_an_article_stays_furniture(text: str) -> None:
    claims = _claims(text)
    assert len(claims) == 1
    assert "“" not in claims[0][1] and '"' not in claims[0][1]


@pytest.mark.parametrize("line", [
    "Get the Mirror in your inbox:",
    "Kremlin Ambiguity!",
    "Hot Topics.",
    "Photo: 'Kerry In Geneva'",
    "Read more: 'Kerry In Geneva'",
])
def test_page_furniture_stays_furniture_even_alone(line: str) -> None:
    assert is_furniture(line) and is_furniture(line, headlines=False)
    assert _claims(line) == []


def test_a_sentence_ending_in_a_stop_inside_its_quote_is_read_as_before() -> None:
    # the stop inside the quotation ends a sentence: no headline, a claim as it was
    assert _claims("Kerry said the talks were “useful.”") == [
        ("Kerry", "the talks were “useful.”")]
    assert not is_furniture("Kerry said the talks were “useful.”")


def test_a_caption_with_a_quoted_title_stays_furniture() -> None:
    text = ("Kerry Says Talks With Iran 'Useful'\nKerry arrives in Geneva for the talks "
            "(AP Photo/Evan Vucci)\nThe talks went on for three hours on Sunday in Geneva.")
    assert _claims(text) == [(None, "The talks went on for three hours on Sunday in Geneva.")]
