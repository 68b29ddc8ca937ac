"""The claims stage: one voice described with who it is after its head, and a frame whose
pronoun names no one.

"A U.S. advocacy group calling for tougher gun rules said ...", "One Republican adviser close
to the White House said ...": read as the description alone ("A U.S. advocacy group said"),
as "A senior US official said" is.  "A, she said." / "A, he said, B" where the article names
no one "she" or "he" may be: the speaker stays unknown, but the frame is cut from the claim,
as a bare group's ("A, officials said.") is; a leading "He said A" stays whole, as before.
"""

from __future__ import annotations

import pytest
from claimkit import speaker_and_core as _read

# --- one voice described, who it is after its head ---------------------------------------------


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("A U.S. advocacy group calling for tougher gun regulations said on Wednesday it will "
     "spend $8 million this year.", "U.S. advocacy group",
     "U.S. advocacy group will spend $8 million this year."),
    ("One Republican adviser close to the White House said on condition of anonymity that "
     "Trump has made no effort.", "Republican adviser", "Trump has made no effort."),
    ("An advocacy group pushing for reform said the plan was weak.", "advocacy group",
     "the plan was weak."),
    ("A senior official speaking to reporters said talks would resume.", "senior official",
     "talks would resume."),
    ("A Pentagon spokesman based in Qatar told reporters the base was hit.",
     "Pentagon spokesman", "the base was hit."),
    ("A lawmaker from Texas said rates will rise.", "lawmaker", "rates will rise."),
    ("The base was hit, a senior official speaking to reporters said.", "senior official",
     "The base was hit"),
    ("A lawmaker from Austin, Texas said rates will rise.", "lawmaker", "rates will rise."),
    # "even" stands between a subject and its verb as "also" does
    ("One Republican Ohio state legislator even claimed that masks are an affront.",
     "Republican Ohio state legislator", "masks are an affront."),
    ("Trump even suggested that the North might announce a deal.", "Trump",
     "the North might announce a deal."),
])
def test_a_voice_described_after_its_head_speaks(sentence: str, speaker: str,
                                                 core: str) -> None:
    assert _read(sentence) == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # an abbreviation with full stops is a modifier as "US" is
    ("A U.S. advocacy group said the plan was weak.", "U.S. advocacy group",
     "the plan was weak."),
    ("A U.S. official, speaking on condition of anonymity, confirmed that options were under "
     "discussion.", "U.S. official", "options were under discussion."),
    # as before
    ("A senior US official said the talks had stalled.", "senior US official",
     "the talks had stalled."),
    ("A Fed official says rates will rise.", "Fed official", "rates will rise."),
])
def test_a_described_voice_reads_as_before(sentence: str, speaker: str, core: str) -> None:
    assert _read(sentence) == (speaker, core)


@pytest.mark.parametrize("sentence", [
    # a group described by what it is of names no one
    "A team of scientists in Australia said on Wednesday they have developed a vaccine.",
    "A gaggle of representatives from liberal denominations recently issued a statement "
    "against it, claiming that it threatens democracy.",
    # a description that names no one alone ("A man said") names no one described further
    "A man from Texas said the plan was weak.",
    # not the subject of its clause
    "Police arrested a senior official from Texas who said the plan was weak.",
    # "the" names whom the article means: left as it was read
    "During a tour of Iowa, the U.S. senator from Massachusetts repeatedly emphasized the "
    "word “choice” and focused on the transition plan.",
])
def test_a_description_that_names_no_one_stays_whole(sentence: str) -> None:
    assert _read(sentence) == (None, sentence)


def test_a_clause_subject_after_a_description_is_no_voice_described() -> None:
    # "a longstanding condition [that] U.S. diplomats have said must be ...": the diplomats
    # are a clause's subject, not "a ... condition U.S. diplomats"
    speaker, _ = _read("Kim has expressed willingness to denuclearize, a longstanding condition "
                       "U.S. diplomats have said must be on the table.")
    assert speaker != "longstanding condition U.S. diplomats"


# --- a pronoun that names no one ---------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "core"), [
    ("Police training might better protect vulnerable community members, she said.",
     "Police training might better protect vulnerable community members"),
    ("The proposed agreement would be the largest initial order to date, they said.",
     "The proposed agreement would be the largest initial order to date"),
    ("The talks had stalled, he added.", "The talks had stalled"),
    ("The talks had stalled, she told reporters on Tuesday.", "The talks had stalled"),
    ("“Just heard the Campaign was sued,” he tweeted.", "Just heard the Campaign was sued"),
    ("The plan, he said, would cost $5 billion.", "The plan would cost $5 billion."),
    ("Still, he said, the U.S. and France were beginning to understand each other.",
     "the U.S. and France were beginning to understand each other."),
    ("They are, she believes, the Founding Fathers' insurance policy against tyranny.",
     "They are the Founding Fathers' insurance policy against tyranny."),
])
def test_a_pronoun_that_names_no_one_still_has_its_frame_cut(sentence: str,
                                                            core: str) -> None:
    assert _read(sentence) == (None, core)


@pytest.mark.parametrize(("text", "speaker", "core"), [
    # a pronoun the article names someone for is that someone, as before
    ("Tarek Varga met the press. The talks had stalled, he said.", "Tarek Varga",
     "The talks had stalled"),
    ("Angela Merkel met the press. She said the talks had stalled.", "Angela Merkel",
     "the talks had stalled."),
])
def test_a_pronoun_named_before_is_its_speaker(text: str, speaker: str, core: str) -> None:
    assert _read(text) == (speaker, core)


@pytest.mark.parametrize("sentence", [
    # a pronoun's leading frame stays whole, as it was read ("Still, he said he would go."
    # is pinned in test_claims_relayed_s43): only one set after or inside the claim is cut
    "She said she came to her conservatism by studying history.",
    "He told us that he hated politics.",
    "Still, he said he would go.",
    # a frame inside a clause is no frame of the sentence
    "The plan failed because he said no.",
    # a quotation after "to" goes on with an infinitive: no reported clause to cut to
    "He warned protestors not to use Floyd’s death to “tear up the Alamo,” or use it as an "
    "excuse.",
    "Officials warned protestors not to use his death to “tear up the Alamo,” or use it as an "
    "excuse.",
])
def test_no_frame_of_the_sentence_stays_whole(sentence: str) -> None:
    assert _read(sentence) == (None, sentence)
