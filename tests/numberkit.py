"""Helpers shared by the claims-stage number tests (test_claims_numbers_*.py)."""

from __future__ import annotations

from embeddings.claims import find_numbers
from embeddings.types import Quantity


def only(sentence: str) -> Quantity:
    found = find_numbers(sentence)
    assert len(found) == 1, found
    return found[0]
