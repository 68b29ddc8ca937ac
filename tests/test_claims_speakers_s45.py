"""The claims stage, forty-fifth session: whom "he" and "she" stand for, and whose a frame
coordinated with an act is.

A group described by a lower-case plural ("the volunteer attorneys told her") is no "she" of
the next sentence; a sentence whose subject is a title alone ("The president hinted ...") is
about the person the article gave that title, who is the "he" of the next sentence; "X did
something and said A" is X's even where A is no clause the frame can be cut from, as "X said A"
is.
"""

from __future__ import annotations

import pytest
from claimkit import article

from embeddings.claims import SentenceClaimExtractor


def _read(text: str) -> tuple[str | None, str]:
    claim = SentenceClaimExtractor().extract(article(text))[-1]
    return claim.speaker, claim.core


# --- "he" and "she" are no group described by a plural ---------------------------------------


@pytest.mark.parametrize(("text", "speaker"), [
    ("Kenia Avila, 35, appeared shaken after the volunteer attorneys told her Friday that she "
     "could be separated from her children. But she said in an interview that returning to El "
     "Salvador would be worse.", "Kenia Avila"),
    ("Ana Ruiz cried after the volunteer lawyers told her that the crossing was shut. She said "
     "she had nowhere else to go.", "Ana Ruiz"),
    ("Maria Lopez wept when the immigration officers told her that her claim was denied. She "
     "said she would appeal.", "Maria Lopez"),
])
def test_he_or_she_is_no_group_described_by_a_plural(text: str, speaker: str) -> None:
    assert _read(text)[0] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # one person described, a name ending in "s", a group that is itself the speaker: as before
    ("The company's chief executive told reporters that sales had doubled. The chief executive "
     "said the outlook was strong.", "company's chief executive"),
    ("A senior US official said the talks had stalled. He said a deal was still possible.",
     "senior US official"),
    ("Rodney Williams said the plan failed. He said it would be revived.", "Rodney Williams"),
    ("Tom Briggs waited at the gate while the border guards told reporters that the crossing "
     "was shut. He said he would wait another month.", "Tom Briggs"),
    ("Harold James spoke first. The border guards said the crossing was shut.", "border guards"),
    ("The border guards said the crossing was shut. They said it would reopen on Monday.",
     "border guards"),
])
def test_a_person_described_or_a_group_speaking_still_reads(text: str, speaker: str) -> None:
    assert _read(text)[0] == speaker


# --- "The president hinted ...": the holder of the title is the next "he" ---------------------


@pytest.mark.parametrize(("text", "speaker"), [
    ("CIA Director Mike Pompeo, President Donald Trump's nominee, traveled to North Korea. "
     "Pompeo said he was optimistic. The president hinted that talks had taken place. He "
     "denied speaking to Kim.", "Donald Trump"),
    ("Senator Ana Ruiz toured the plant with Governor Tom Blake. Blake said the plant would "
     "reopen. The senator visited the workers afterward. She said the state had failed them.",
     "Ana Ruiz"),
    ("Prime Minister Jane Porter met the striking nurses. Union leader Tom Reed said the strike "
     "would go on. The minister left without a deal. She said talks would resume next week.",
     "Jane Porter"),
    ("Mayor Lena Hart opened the bridge with Governor Tom Blake. Blake said it had cost too "
     "much. The former mayor smiled at the crowd. She said the city had waited long enough.",
     "Lena Hart"),
])
def test_a_title_as_the_subject_makes_its_holder_the_next_he(text: str, speaker: str) -> None:
    assert _read(text)[0] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # a title that is only part of one ("the deputy governor"), one of a body ("the president
    # of the commission") or someone's ("the senator's aides"): whom it names is not read
    ("Governor Tom Blake met Senator Ana Ruiz. Ruiz said the plant would reopen. The deputy "
     "governor left early. She said the state had failed them.", "Ana Ruiz"),
    ("President Emmanuel Macron met Olaf Scholz. Scholz said the talks went well. The president "
     "of the commission arrived later. He said the summit was a success.", "Olaf Scholz"),
    ("Senator Ana Ruiz toured the plant with Governor Tom Blake. Blake said the plant would "
     "reopen. The senator's aides stayed behind. He said the state had failed them.",
     "Tom Blake"),
    # a title no one was given earlier: nobody to read
    ("Tom Blake said the plant would reopen. The senator visited the workers afterward. He "
     "said the state had failed them.", "Tom Blake"),
])
def test_a_title_that_names_no_holder_changes_nothing(text: str, speaker: str) -> None:
    assert _read(text)[0] == speaker


# --- "X did something and said A" with no clause to cut out: X's all the same ----------------


@pytest.mark.parametrize(("text", "speaker"), [
    ("Ivanka Trump, a White House adviser, lauded her father's economy and said the majority "
     "of Americans believe differently.", "Ivanka Trump"),
    ("Jane Porter toured the flooded town and said most residents disagree with the plan.",
     "Jane Porter"),
    ("At a briefing on Monday, Tom Blake defended the budget and said many voters support it.",
     "Tom Blake"),
    ("Chief executive Maria Lindqvist apologised and said sales of the device remain strong.",
     "Maria Lindqvist"),
])
def test_a_coordinated_frame_without_a_clause_is_its_subjects(text: str, speaker: str) -> None:
    # read as "X said A" is where the clause is not cut out: the voice, the sentence whole
    assert _read(text) == (speaker, text)


@pytest.mark.parametrize(("text", "speaker", "core"), [
    # a clause to cut out, a first predicate that is itself a saying, a subordinate clause's
    # subject: as before
    ("Chief executive Maria Lindqvist apologised and said the breach had been contained.",
     "Maria Lindqvist", "the breach had been contained."),
    ("The ministry denied the report and said its forces had hit a depot.", "ministry",
     "The ministry denied the report and said its forces had hit a depot."),
    ("After Smith resigned and said goodbye, the board met.", None,
     "After Smith resigned and said goodbye, the board met."),
])
def test_a_coordinated_frame_otherwise_reads_as_before(text: str, speaker: str | None,
                                                       core: str) -> None:
    assert _read(text) == (speaker, core)
