"""Helpers shared by the contrast-stage number tests (test_contrast_numbers_*.py)."""

from __future__ import annotations

from embeddings.types import Contrast


def _figures(result: Contrast) -> dict[str, str]:
    return {d.kind: d.summary for d in result.differences if d.kind.startswith("numbers")}
