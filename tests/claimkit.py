"""Helpers for the claims-stage tests (``test_claims*.py``)."""

from __future__ import annotations

from pathlib import Path

from embeddings.claims import SentenceClaimExtractor, split_sentences
from embeddings.types import Article, Claim

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def article(text: str, source: str = "Test Wire") -> Article:
    return Article(id="a1", source=source, text=text)


def last_claim(sentence: str, source: str = "Test Wire") -> Claim:
    """The claim a one-sentence article ends with (a headline-like sentence may give two)."""
    return SentenceClaimExtractor().extract(article(sentence, source=source))[-1]


def speaker_and_core(sentence: str) -> tuple[str | None, str]:
    """Who says ``sentence``'s last claim and what is claimed: what a reader sees of it."""
    claim = last_claim(sentence)
    return claim.speaker, claim.core


def speaker_core_and_numbers(
    sentence: str,
) -> tuple[str | None, str, list[tuple[str, float | None, str | None]]]:
    """``speaker_and_core`` plus each figure as its text, value and unit, in order."""
    claim = last_claim(sentence)
    return claim.speaker, claim.core, [(q.text, q.low, q.unit) for q in claim.numbers]


def speakers_and_cores(text: str) -> list[tuple[str | None, str]]:
    """Who says each of ``text``'s claims and what is claimed, in the article's order."""
    return [(c.speaker, c.core) for c in SentenceClaimExtractor().extract(article(text))]
