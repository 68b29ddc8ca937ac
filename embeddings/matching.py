"""Is this the same claim?  Cosine of the attribution-free cores, corrected by
what the two claims are about (named entities) and what they count (numbers).

Cosine alone over whole news sentences scores "same topic" almost as high as
"same claim": two sentences about Karabakh share most of their vocabulary.
Entity agreement is the cheapest strong signal that two sentences are about
the same participants; its absence on both sides of a pair is a sign they
only share the topic.  Numbers raise the score when they name the same
quantity, but never lower it: disagreeing numbers are exactly what a reader
wants to see side by side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from embeddings.types import Claim

_LETTERS = re.compile(r"[^a-z]")


def entity_key(name: str) -> str:
    """A loose key that survives transliteration and inflection.

    "Shushi"/"Shusha", "Armenia"/"Armenian", "Aliyev"/"Aliev" map together; the last
    token carries a person's or place's identity ("President Ilham Aliyev" -> aliyev).
    """
    last = name.replace("’s", "").replace("'s", "").split()[-1] if name.split() else name
    letters = _LETTERS.sub("", last.lower()).replace("iy", "i").replace("y", "i")
    return letters[:5] if len(letters) >= 5 else letters


@dataclass(frozen=True)
class MatchConfig:
    """Weights and thresholds; chosen on MRPC's validation split (see docs/quality.md)."""

    threshold: float = 0.62
    entity_bonus: float = 0.08  # times the Jaccard overlap of entity keys
    entity_penalty: float = 0.06  # both sides name >= 2 entities and share none
    number_bonus: float = 0.03  # both sides count the same kind of thing


def entity_keys(claim: Claim) -> set[str]:
    return {k for k in (entity_key(e.text) for e in claim.entities) if len(k) >= 2}


def match_score(a: Claim, b: Claim, cosine: float,
                config: MatchConfig | None = None) -> tuple[float, dict[str, object]]:
    """Combined score for two claims; returns (score, signals behind it)."""
    config = config or MatchConfig()
    ka, kb = entity_keys(a), entity_keys(b)
    shared = ka & kb
    jaccard = len(shared) / len(ka | kb) if ka and kb else 0.0
    score = cosine + config.entity_bonus * jaccard
    if len(ka) >= 2 and len(kb) >= 2 and not shared:
        score -= config.entity_penalty
    units_a = {(q.kind, q.unit) for q in a.numbers if q.kind not in ("year", "date")}
    units_b = {(q.kind, q.unit) for q in b.numbers if q.kind not in ("year", "date")}
    if units_a & units_b:
        score += config.number_bonus
    signals: dict[str, object] = {
        "cosine": round(cosine, 4),
        "shared_entities": sorted(shared),
        "entity_jaccard": round(jaccard, 3),
        "same_quantity": bool(units_a & units_b),
    }
    return score, signals
