"""Opposite predicates ("ended" / "unresolved") and counter-accusations ("A accused B of
shelling" against "B's side says A shelled").

The readers ``read_poles`` and ``read_blame`` fill a ``Reading``; their parts: ``poles``
(the antonym pairs a claim says, and of what), ``accusations`` (who blames whom for what,
who did an act to whom), ``phrases`` (who or what a predicate is said of: its subject,
object, actor, the body that decided) and ``parties`` (one key per side: "Baku",
"Azerbaijani" and "Azerbaijan's" are one party).
"""

from __future__ import annotations

from service.contrast.negation.blame.accusations import read_blame
from service.contrast.negation.blame.parties import may_be_one_side, party
from service.contrast.negation.blame.phrases import NAMED, ROLE, SAYING, subject_head
from service.contrast.negation.blame.poles import read_poles

__all__ = [
    "NAMED", "ROLE", "SAYING", "may_be_one_side", "party", "read_blame", "read_poles",
    "subject_head",
]
