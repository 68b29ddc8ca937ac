"""Where a name starts and ends: a clause's opening word of grammar, an abbreviation
written before a person, and a break in the text are no part of the name after them."""

from __future__ import annotations

import pytest
from claimkit import article

from embeddings.claims import SentenceClaimExtractor, find_entities


def names(sentence: str) -> list[str]:
    return [e.text for e in find_entities(sentence)]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Whether Trump understood that during the campaign is not clear.", "Trump"),
    ("Perhaps Macron will win the vote in the end.", "Macron"),
    ("Like Donald Trump, Griffin wants to push violent rhetoric.", "Donald Trump"),
    ("Yes Trump and his allies are celebrating.", "Trump"),
    ("It’s basically: ‘Whatever Trump says goes, and that’s fine with us.’", "Trump"),
    ("Unless Sunak calls an election, the party will split.", "Sunak"),
    # the openers read so before: they stay so
    ("Although Merkel said she would stay, the party revolted.", "Merkel"),
    ("If Biden wins, prices will fall.", "Biden"),
    ("When Putin spoke, the hall went silent.", "Putin"),
])
def test_a_clause_opening_word_of_grammar_is_no_part_of_the_name(sentence: str,
                                                                 name: str) -> None:
    found = names(sentence)
    assert name in found
    assert not any(n.endswith(" " + name) for n in found)


@pytest.mark.parametrize("sentence", [
    "Perhaps, the vote will be close.",
    "Amid closed restaurants, the city went quiet.",
    "Once powerful producer Harvey Weinstein was charged on Monday.",
])
def test_a_clause_opening_word_of_grammar_alone_is_no_name(sentence: str) -> None:
    assert sentence.split()[0].strip(",") not in names(sentence)


@pytest.mark.parametrize(("sentence", "name"), [
    # inside a sentence such a word is capitalised for being a name's
    ("According to the Whether Report, the sky fell.", "Whether Report"),
    ("Many had walked for days as part of the Caravan Without Borders.",
     "Caravan Without Borders"),
    ("Protesters chanted Anyone But Bernie outside the hall.", "Anyone But Bernie"),
    ("The New York Times reported the U.N. Security Council met.", "U.N. Security Council"),
    ("The New York Times reported the U.N. Security Council met.", "New York Times"),
    ("Bank of America said rates would rise.", "Bank of America"),
])
def test_a_name_holding_such_a_word_stays_whole(sentence: str, name: str) -> None:
    assert name in names(sentence)


def test_an_article_that_names_a_thing_so_keeps_it_at_a_sentence_opening() -> None:
    text = ("Whether Report said the sky fell on Monday. Critics of the Whether Report said "
            "it was wrong.")
    claims = SentenceClaimExtractor().extract(article(text))
    assert "Whether Report" in [e.text for e in claims[0].entities]


@pytest.mark.parametrize(("sentence", "body", "person"), [
    ("UN Antonio Guterres said the war must end.", "UN", "Antonio Guterres"),
    ("EU Ursula von der Leyen said the deal was done.", "EU", "Ursula von der Leyen"),
    ("Talks stalled, U.S. James Comey told reporters on Friday.", "U.S.", "James Comey"),
    ("NATO Mark Rutte met the ministers in Brussels.", "NATO", "Mark Rutte"),
])
def test_an_abbreviation_before_a_person_is_the_body_and_the_person(
        sentence: str, body: str, person: str) -> None:
    found = [(e.text, e.label) for e in find_entities(sentence)]
    assert (person, "PERSON") in found
    assert body in [text for text, _ in found]


@pytest.mark.parametrize(("text", "speaker"), [
    ("UN Antonio Guterres said the war in Sudan must end now.", "Antonio Guterres"),
    ("The sanctions will stay, EU Ursula von der Leyen said on Tuesday.",
     "Ursula von der Leyen"),
])
def test_the_speaker_after_an_abbreviation_is_the_person(text: str, speaker: str) -> None:
    claims = SentenceClaimExtractor().extract(article(text))
    assert claims[0].speaker == speaker


@pytest.mark.parametrize(("sentence", "name"), [
    ("U.S. Steel said profits fell 10% in the quarter.", "U.S. Steel"),
    ("US Marine Corps officials said the base closed.", "US Marine Corps"),
    ("UK Border Force said arrivals rose.", "UK Border Force"),
    ("The U.S. Supreme Court ruled on Monday.", "U.S. Supreme Court"),
    ("Prices rose in US Virginia Beach stores.", "US Virginia Beach"),
])
def test_an_abbreviation_before_no_person_stays_in_the_name(sentence: str, name: str) -> None:
    assert name in names(sentence)


@pytest.mark.parametrize(("sentence", "parts"), [
    ("The surplus with the U.S.   James Comey said it was wrong.", ["U.S.", "James Comey"]),
    ("What Mueller wants to ask Donald Trump   The New York Times obtained a list.",
     ["Donald Trump", "New York Times"]),
    ("Pompeo met with Kim Jong Un\nThe Washington Post reports he met the leader.",
     ["Kim Jong Un", "Washington Post"]),
    ("Delays for 30 Days\n\nWASHINGTON — officials said.", ["Days", "WASHINGTON"]),
])
def test_a_line_break_or_run_of_spaces_ends_a_name(sentence: str, parts: list[str]) -> None:
    found = names(sentence)
    assert all(part in found for part in parts)
    assert not any("  " in n or "\n" in n for n in found)


@pytest.mark.parametrize(("sentence", "name"), [
    # a web page's no-break space inside a sentence is no break
    ("Attorney General \xa0 Jeff Sessions recused himself.", "Jeff Sessions"),
    ("It was led by Special Counsel \xa0 Robert Mueller in Washington.", "Robert Mueller"),
    ("The talks were led by Ursula von der Leyen in Brussels.", "Ursula von der Leyen"),
])
def test_one_space_or_a_no_break_space_keeps_the_name(sentence: str, name: str) -> None:
    assert name in names(sentence)
