"""Check-worthiness: does a claim state a fact worth checking, or is it talk around one?

A fact-checker reading fifty claims of a story starts with "29 people died" and "Azerbaijan
launched an offensive", not with "Thank you, Jim" or "This transcends politics".  The page
furniture filter (``furniture.py``) drops what is not a sentence of the story; this scores
the sentences that are.  It is a logistic regression on the claim's core vector (the
all-MiniLM-L6-v2 embedding the pipeline computes anyway, so scoring costs one dot product),
trained here on ClaimBuster's check-worthy / not check-worthy sentences of US presidential
debates, with ClaimBuster's test sentences held out (``service.evaluation.learn_checkworthy``,
docs/quality.md).  Nothing is dropped on this score: opinions and framing are part of
what outlets dispute ("illegal, unjustifiable and unacceptable"), so the score is shown
beside each claim and used to filter on request (``crossclaim claims --check-worthy``).

The weights only fit the vectors of the model they were trained on: with another
embedding model (``CROSSCLAIM_MODEL``) there is no score (``None``), not a wrong one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

WEIGHTS = Path(__file__).with_name("checkworthy.json")


class CheckWorthiness(Protocol):
    """Scores claims from their core vectors: one number in [0, 1] per row."""

    @property
    def threshold(self) -> float:
        """At or above it a claim counts as check-worthy."""
        ...

    def score(self, core_vectors: np.ndarray) -> np.ndarray: ...


@dataclass(frozen=True)
class LinearCheckWorthiness:
    model: str
    weights: np.ndarray
    bias: float
    threshold: float

    def score(self, core_vectors: np.ndarray) -> np.ndarray:
        vectors = np.atleast_2d(np.asarray(core_vectors, dtype=np.float32))
        if vectors.shape[1] != self.weights.shape[0]:
            raise ValueError(f"check-worthiness weights take {self.weights.shape[0]}-dimensional "
                             f"vectors, not {vectors.shape[1]}")
        logits = vectors.astype(np.float64) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-logits))

    @classmethod
    def from_json(cls, data: dict[str, object]) -> LinearCheckWorthiness:
        weights = np.asarray(data["weights"], dtype=np.float64)
        return cls(str(data["model"]), weights, float(data["bias"]),  # type: ignore[arg-type]
                   float(data["threshold"]))  # type: ignore[arg-type]


@lru_cache(maxsize=4)
def load_checkworthiness(model: str, path: Path = WEIGHTS) -> LinearCheckWorthiness | None:
    """The shipped scorer for ``model``'s vectors, or None where none was trained for it."""
    if not path.is_file():
        return None
    scorer = LinearCheckWorthiness.from_json(json.loads(path.read_text(encoding="utf-8")))
    return scorer if _model_key(scorer.model) == _model_key(model) else None


def _model_key(model: str) -> str:
    """"all-MiniLM-L6-v2" and "sentence-transformers/all-MiniLM-L6-v2" are one model."""
    return model.rstrip("/").rsplit("/", 1)[-1].lower()
