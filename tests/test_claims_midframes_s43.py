"""The claims stage: an attribution frame set off by two commas inside the claim.

"The plan, officials said, would cost $2 billion." is read as "The plan would cost $2
billion, officials said." is: the frame's speaker (nobody for a bare group, the previous
speaker for a pronoun), and the claim without the frame, joined back into one clause
whether the frame stood after its subject or after its auxiliary ("The ceasefire is,
Russia insists, holding.").  The claim's offsets stay the sentence's; only the core moves.
Appositions, relative clauses, lists of names and leading or trailing frames keep their
readings.
"""

from __future__ import annotations

import pytest
from claimkit import last_claim
from claimkit import speaker_and_core as _read


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # the frame between the claim's subject and its verb
    ("The plan, officials said, would cost $2 billion.", None, "The plan would cost $2 billion."),
    ("The talks, diplomats said, had stalled.", None, "The talks had stalled."),
    ("The ceasefire, Moscow says, holds.", "Moscow", "The ceasefire holds."),
    ("The plan, the minister noted, costs too much.", "minister", "The plan costs too much."),
    ("Prices, the central bank said on Tuesday, rose 5%.", "central bank", "Prices rose 5%."),
    ("Exports to China, the ministry said Monday, fell 3%.", "ministry",
     "Exports to China fell 3%."),
    ("The deal, John Smith told reporters, holds.", "John Smith", "The deal holds."),
    # the frame after the auxiliary or copula: what follows finishes the clause
    ("The ceasefire is, Russia insists, holding.", "Russia", "The ceasefire is holding."),
    ("It was, a government source says, a deal.", "government source", "It was a deal."),
    ("The company has, Acme said, cut 500 jobs.", "Acme", "The company has cut 500 jobs."),
    ("The budget will, analysts warned, be cut.", None, "The budget will be cut."),
])
def test_a_frame_inside_the_claim_is_cut_from_it(sentence: str, speaker: str | None,
                                                 core: str) -> None:
    assert _read(sentence) == (speaker, core)


@pytest.mark.parametrize(("text", "speaker", "core"), [
    ("John Smith said the plan was sound. It was, he added, a mistake.", "John Smith",
     "It was a mistake."),
    ("Maria Lopez said the plan was sound. The cost, she added, is $5 million.", "Maria Lopez",
     "The cost is $5 million."),
    ("Acme said the plan was sound. The company, it said, would cut 500 jobs.", "Acme",
     "The company would cut 500 jobs."),
])
def test_a_pronoun_inside_the_claim_continues_the_previous_speaker(text: str, speaker: str,
                                                                   core: str) -> None:
    assert _read(text) == (speaker, core)


def test_the_claim_keeps_the_sentence_offsets() -> None:
    text = "Talks resumed. The ceasefire is, Russia insists, holding."
    claim = last_claim(text)
    assert (claim.start, claim.end) == (15, len(text))
    assert claim.text == text[15:] and claim.core == "The ceasefire is holding."


@pytest.mark.parametrize(("text", "speaker", "core"), [
    # a relative clause: the frame is the clause's, the claim is the dropping
    ("The plan, which officials said would cost $2 billion, was dropped.", None,
     "The plan, which officials said would cost $2 billion, was dropped."),
    # an apposition, a list of names: the frame leads
    ("Peter Smith, the minister, said the plan would cost $2 billion.", "Peter Smith",
     "the plan would cost $2 billion."),
    # (all three speak: a joint voice names the whole list, forty-eighth session)
    ("Britain, France and Germany said the deal would hold.", "Britain, France and Germany",
     "the deal would hold."),
    ("The plan, Smith and Jones said, was dead.", "Smith and Jones", "The plan was dead."),
    # "The company said it, ...": a leading frame
    ("Acme said the plan was sound. The company said it would cut 500 jobs.", "Acme",
     "it would cut 500 jobs."),
    # a pronoun no one named earlier names nobody, and its frame stays (as a trailing one's)
    ("The company, it said, would cut 500 jobs.", None,
     "The company, it said, would cut 500 jobs."),
    # frames first or last
    ("The ceasefire is holding, Russia insists.", "Russia", "The ceasefire is holding"),
    ("Russia insists the ceasefire is holding.", "Russia", "the ceasefire is holding."),
    ("It was a deal, a government source says.", "government source", "It was a deal"),
    # a whole clause before the frame, a participle after it: the comma stays
    ("Sales rose sharply in May, the board said, jumping to 55 from 40.", "board",
     "Sales rose sharply in May, jumping to 55 from 40."),
    # a connective before the frame: the clause after it is what was said
    ("However, John Smith said, the deal would hold.", "John Smith", "the deal would hold."),
    # no predicate resumes the opening after the frame
    ("The plan, officials said, being costly, was dropped.", None,
     "The plan, officials said, being costly, was dropped."),
])
def test_near_frames_keep_their_readings(text: str, speaker: str | None, core: str) -> None:
    assert _read(text) == (speaker, core)
