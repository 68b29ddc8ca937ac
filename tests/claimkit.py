"""Helpers for the claims-stage tests (``test_claims*.py``)."""

from __future__ import annotations

from pathlib import Path

from embeddings.claims import split_sentences
from embeddings.types import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def article(text: str, source: str = "Test Wire") -> Article:
    return Article(id="a1", source=source, text=text)
