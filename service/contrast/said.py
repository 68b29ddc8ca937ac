"""Who said what: a claim paired with the voice it is compared as, and evidence rows.

Every difference compares *voices* (the quoted speaker, else the outlet), never two
claims of one voice.  ``pair_relation`` has to compare two free-text claims that share a
voice ("input"), so the voice is carried beside the claim instead of read off it.
"""

from __future__ import annotations

from dataclasses import dataclass

from embeddings.types import Claim


@dataclass(frozen=True)
class Said:
    claim: Claim
    voice: str

    def span(self, start: int, end: int, **extra: object) -> dict[str, object]:
        """Evidence for claim-text offsets [start, end): article offsets, as the UI wants them."""
        return self.evidence(self.claim.text[start:end], self.claim.start + start,
                             self.claim.start + end, **extra)

    def evidence(self, text: str, start: int, end: int, **extra: object) -> dict[str, object]:
        """Evidence for a span already in article offsets (entities and quantities are)."""
        row: dict[str, object] = {"claim_id": self.claim.id, "source": self.claim.source,
                                  "voice": self.voice, "text": text, "start": start, "end": end}
        row.update(extra)
        return row


def voices_of(said: list[Said]) -> list[str]:
    return sorted({s.voice for s in said})


def evidence_order(row: dict[str, object]) -> tuple[str, str, int]:
    start = row.get("start")
    return (str(row.get("voice")), str(row.get("source")), start if isinstance(start, int) else 0)
