"""A figure hyphened to a noun before another noun counts that noun: "a 32-page booklet" is
32 pages, "a 1,400-Page Coronavirus Bill" 1,400 pages, "a 20-piece box" 20 pieces, "a
15-member panel" 15 members.

Only nouns that are counted this way are read; the hyphen's other words say how, not how
many ("one-sided", "two-time champion", "a two-state solution", "a five-star hotel") and
stay no figure.  (A weight hyphened so, "a 10-pound turkey", is left unread as it was.)"""

from __future__ import annotations

import re

# the counted noun, singular, and a word after it that it says the size of
_COUNTED = re.compile(r"-(?P<noun>page|piece|member|seat|bed|room|stor(?:e)?y|nation)"
                      r"(?=\s+[A-Za-z])", re.IGNORECASE)


def hyphened_unit(sentence: str, end: int) -> tuple[str, str, int] | None:
    """(unit, kind, end of the compound's noun) when the figure ending at ``end`` is
    hyphened to a noun it counts (see above), else None."""
    counted = _COUNTED.match(sentence, end)
    if counted is None:
        return None
    return counted.group("noun").lower(), "count", counted.end()
