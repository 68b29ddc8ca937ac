"""Helpers shared by the speaker tests (test_claims_speakers_*.py)."""

from __future__ import annotations

from embeddings.claims import SentenceClaimExtractor
from embeddings.types import Article

BRIEFING = (
    "Foreign ministry spokesperson Mao Ning told reporters on Tuesday that China would take all "
    "necessary measures. The diplomat emphasized that the Philippine vessels had entered "
    "Chinese waters without permission. Asked about resupply missions, Mao said the question "
    "should be put to Manila. Philippine National Security Council spokesman Jonathan Malaya "
    "said Manila rejected the accusation. The official said two Philippine coast guard "
    "vessels were damaged.")


def _claims(text: str, title: str | None = None) -> list[tuple[str, str | None]]:
    page = Article(id="a1", source="Test Wire", text=text, title=title)
    return [(c.text, c.speaker) for c in SentenceClaimExtractor().extract(page)]
