"""The claims stage, forty-seventh session (second helper): who speaks.

One person described by what they are, with no name, speaks as that description, as "a
senior official" already did ("Former U.S. soldier says ...", "A law enforcement source in
Palm Beach County said"); a bystander and a bare group still name no one.
"""

from __future__ import annotations

import pytest

from embeddings.claims import find_speaker

# --- a described person with no name ---------------------------------------------------------


@pytest.mark.parametrize(("sentence", "speaker", "claim"), [
    ("Former U.S. soldier says he was tortured in Iraq", "former U.S. soldier",
     "he was tortured in Iraq"),
    ("A U.S. soldier said the base was shelled overnight.", "U.S. soldier",
     "the base was shelled overnight"),
    ("A former U.S. soldier said the base was shelled overnight.", "former U.S. soldier",
     "the base was shelled overnight"),
    ("The base was shelled overnight, a soldier told Reuters.", "soldier",
     "The base was shelled overnight"),
    ("A hospital worker said the ward was full.", "hospital worker", "the ward was full"),
    ("A law enforcement source in Palm Beach County said the suspect had fled.",
     "law enforcement source", "the suspect had fled"),
    ("The suspect had fled, a law enforcement source in Palm Beach County said.",
     "law enforcement source", "The suspect had fled"),
    ("A senior official in Washington said the talks would resume.", "senior official",
     "the talks would resume"),
    ("A senior U.S. official said the talks would resume.", "senior U.S. official",
     "the talks would resume"),
])
def test_a_described_person_speaks_as_the_description(sentence: str, speaker: str,
                                                      claim: str) -> None:
    found = find_speaker(sentence)
    assert found.speaker == speaker
    assert found.core.rstrip(".") == claim


@pytest.mark.parametrize("sentence", [
    "The base was shelled overnight, a witness said.",   # a bystander names no one
    "A resident said the base was shelled overnight.",
    "Officials said five people died.",                  # a bare group stays the outlet's
    "A company in Texas said the base was shelled overnight.",  # no one company
    "A man in Texas said the base was shelled overnight.",      # anyone
    "Police arrested a soldier who said he was innocent.",      # not the sentence's frame
    "It is a longstanding condition U.S. diplomats have said is unacceptable.",
])
def test_no_one_named_stays_no_one(sentence: str) -> None:
    assert find_speaker(sentence).speaker is None


# --- "X said of Y", "as X contends" ----------------------------------------------------------


@pytest.mark.parametrize(("sentence", "speaker", "claim"), [
    ('"He is a liar," said Trump of Comey.', "Trump", "He is a liar"),
    ('"He is a liar," said Donald Trump of Comey on Tuesday.', "Donald Trump", "He is a liar"),
    ('"He is a liar," Trump said of Comey.', "Trump", "He is a liar"),
    ("Obama said of the plan that it would fail.", "Obama", "it would fail"),
    ("Obama said of Romney that he had no plan.", "Obama", "he had no plan"),
    ("The economy is slowing, as the IMF noted in its report.", "IMF", "The economy is slowing"),
    ("The economy is slowing, as the IMF has argued.", "IMF", "The economy is slowing"),
    ("As the IMF noted in April, the economy is slowing.", "IMF", "the economy is slowing"),
    ("As Warren contends, the banks are too big.", "Warren", "the banks are too big"),
    ("The banks, as Warren has argued, are too big.", "Warren", "The banks are too big"),
    ("As Ukrinform reported earlier, the talks resumed.", "Ukrinform", "the talks resumed"),
])
def test_said_of_and_as_frames_are_the_speakers(sentence: str, speaker: str,
                                                claim: str) -> None:
    found = find_speaker(sentence)
    assert found.speaker == speaker
    assert found.core.rstrip(".") == claim


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('"Rates will rise," said the Bank of England.', "Bank of England"),  # "of" in one name
    ('"Rates will rise," said Governor Mark Carney of the Bank of England.', "Mark Carney"),
    ("Prices rose, as analysts had predicted.", None),        # a bare group names no one
    ("As protesters marched, police fired tear gas.", None),  # no frame
    ("Trump left the summit early, as he said he would.", None),
])
def test_near_cases_keep_their_reading(sentence: str, speaker: str | None) -> None:
    assert find_speaker(sentence).speaker == speaker


def test_a_relative_that_after_said_stays_in_the_claim() -> None:
    # only "said of Y that" opens the clause at "that": "the plan that failed" is one noun
    assert "the plan that failed was costly" in find_speaker(
        "Smith said the plan that failed was costly.").core


# --- a name before a long apposition -----------------------------------------------------------


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Rep. Gaetz, known for his fierce defense of the president, announced he would resign.",
     "Gaetz"),
    ("Rep. Matt Gaetz, R-Fla., known for his fierce defense of the president, announced he "
     "would resign.", "Matt Gaetz"),
    ("Gaetz, long known as one of the president's most vocal allies in the House, said he "
     "would resign.", "Gaetz"),
    ("Gaetz, under investigation by the Justice Department, said he would resign.", "Gaetz"),
    ("PeopleSoft, of Pleasanton, California, said the deal would increase its earnings.",
     "PeopleSoft"),
    ("Acme, headquartered in Austin, Texas, said the deal would close in May.", "Acme"),
])
def test_the_name_before_an_apposition_speaks(sentence: str, speaker: str) -> None:
    found = find_speaker(sentence)
    assert found.speaker == speaker
    assert found.core.startswith(("he would", "the deal"))


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Sen. Kamala Harris, D-Calif., said the deal would close in May.", "Kamala Harris"),
    ("Judge Reed O'Connor in Fort Worth, Texas, said the deal would close.", "Reed O'Connor"),
    ("Microsoft, which has long dominated the market, said the deal would close.", "Microsoft"),
])
def test_appositions_read_before_keep_their_speaker(sentence: str, speaker: str) -> None:
    assert find_speaker(sentence).speaker == speaker


# --- a pronoun's contraction, a person's place ---------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "It is true I voted to delay it, and I'll tell you why.",
    "And I'll say something about the Affordable Care Act, which he wants to repeal.",
    "We'll tell you that the plan works.",
])
def test_a_contracted_pronoun_names_no_one(sentence: str) -> None:
    assert find_speaker(sentence).speaker is None


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("U.S. District Judge Lee R. West in Oklahoma City ruled that the FTC lacked authority.",
     "Lee R. West"),
    ("The Chinese embassy in Abuja said the visas were valid.", "Chinese embassy in Abuja"),
])
def test_where_a_person_sits_is_no_part_of_the_name(sentence: str, speaker: str) -> None:
    assert find_speaker(sentence).speaker == speaker


# --- a sentence begun inside a quotation an earlier one opened -----------------------------------


@pytest.mark.parametrize(("sentence", "speaker", "claim"), [
    ('The people sending these messages are infringing on my rights," McKechnie said.',
     "McKechnie", "The people sending these messages are infringing on my rights"),
    ('The quarterlies usually stay in stores for six weeks," Carney added.', "Carney",
     "The quarterlies usually stay in stores for six weeks"),
])
def test_a_lone_closing_quote_ends_the_claim_before_its_frame(sentence: str, speaker: str,
                                                             claim: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == (speaker, claim)


@pytest.mark.parametrize(("sentence", "claim"), [
    ('"Prices will rise," Smith said, "and wages will not."', "Prices will rise"),
    ('Smith said, "Prices will rise."', "Prices will rise"),
])
def test_quotations_that_open_in_the_sentence_read_as_before(sentence: str, claim: str) -> None:
    found = find_speaker(sentence)
    assert found.speaker == "Smith"
    assert claim in found.core
