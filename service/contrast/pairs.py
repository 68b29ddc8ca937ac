"""How two claims already judged to match relate: the answer of ``compare`` and of the
pair evaluations, worked out by the cluster contrast on the two alone."""

from __future__ import annotations

from embeddings.types import Claim
from service.contrast.contraster import RuleContraster
from service.contrast.said import Said

_DEFAULT = RuleContraster()


def pair_relation(a: Claim, b: Claim) -> tuple[str, dict[str, object]]:
    """("agree" | "conflict", signals) for two claims already judged to match.

    The two are compared as two voices even when they share one (two free-text inputs both
    come from "input"), since the caller is asking exactly how they differ.
    """
    # a side with no speaker is "claim A" / "claim B", not the source both share ("input")
    voice_a, voice_b = a.speaker or "claim A", b.speaker or "claim B"
    if voice_a == voice_b:
        voice_a, voice_b = "claim A", "claim B"
    contrast = _DEFAULT.contrast_said([Said(a, voice_a, outlet_words=False),
                                       Said(b, voice_b, outlet_words=False)])
    signals: dict[str, object] = {
        "differences": [d.kind for d in contrast.differences],
        "conflicts": [d.summary for d in contrast.differences if d.conflict],
        # one side calls the other's statement untrue ("denies", "a hoax", "fake report")
        "denial": any(row.get("role") == "denies" for d in contrast.differences
                      if d.conflict for row in d.evidence),
        "contrast_summary": contrast.summary,
    }
    return contrast.relation, signals
