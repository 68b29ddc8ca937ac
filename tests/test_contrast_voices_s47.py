"""Whose voice a claim with a cut "he said" frame is, forty-seventh session: the person the
pronoun stands for where the article names one before it, else an unnamed speaker the outlet
quotes, never the outlet speaking for itself."""

from __future__ import annotations

import pytest

from embeddings.claims import SentenceClaimExtractor
from embeddings.types import Article, Claim
from tests.contrastkit import contrast, kinds

_EXTRACT = SentenceClaimExtractor()


def told(source: str, text: str) -> Claim:
    """The article's last claim, read by the claims stage as the service reads it."""
    return _EXTRACT.extract(Article(id=f"art-{source}", source=source, text=text))[-1]


def voices_line(*claims: Claim) -> str:
    result = contrast(*claims)
    assert "speakers" in kinds(result), result.summary
    return next(d.summary for d in result.differences if d.kind == "speakers")


def test_a_cut_he_said_of_a_named_man_is_his_voice() -> None:
    line = voices_line(
        told("Wire", "Mayor John Smith toured the town on Monday. "
                     "The army had withdrawn from the town, he said."),
        told("Daily", "The army had withdrawn from the town."))
    assert "Wire attributes it to John Smith" in line, line
    assert "Wire state" not in line, line


@pytest.mark.parametrize("sentence", [
    "The army had withdrawn from the town, he said.",
    "\"The army has withdrawn from the town,\" she added.",
    "The army, he said, had withdrawn from the town.",
])
def test_a_cut_pronoun_frame_of_no_one_named_is_an_unnamed_speaker(sentence: str) -> None:
    line = voices_line(told("Wire", sentence),
                       told("Daily", "The army had withdrawn from the town."))
    assert "Wire attributes it to an unnamed speaker" in line, line
    assert "Daily states it in its own voice" in line, line


def test_a_cut_they_said_of_no_one_named_is_unnamed_speakers() -> None:
    line = voices_line(told("Wire", "The army had withdrawn from the town, they said."),
                       told("Daily", "The army had withdrawn from the town."))
    assert "Wire attributes it to unnamed speakers" in line, line


def test_the_outlet_in_its_own_voice_stays_so() -> None:
    # no frame at all, and a frame left whole in the claim: the reader sees it as written
    result = contrast(told("Wire", "He said the army had withdrawn from the town."),
                      told("Daily", "The army had withdrawn from the town."))
    assert "speakers" not in kinds(result), result.summary


def test_two_outlets_each_quoting_an_unnamed_he_are_still_compared() -> None:
    # the voice stays each outlet's: two unnamed men are not one speaker, and their figures
    # are set against each other
    result = contrast(told("Wire", "Police arrested 200 people in the town, he said."),
                      told("Daily", "Police arrested 50 people in the town, he said."))
    assert result.relation == "conflict", result.summary
    assert "numbers" in kinds(result), result.summary
