"""A figure hyphened to a noun before another noun counts or weighs that noun: "a 32-page
booklet" is 32 pages, "a 1,400-Page Coronavirus Bill" 1,400 pages, "a 20-piece box" 20
pieces, "a 15-member panel" 15 members, "a 280-pound catfish" 280 lb.

Only nouns that are counted or weighed this way are read; the hyphen's other words say
how, not how many ("one-sided", "two-time champion", "a two-state solution", "a five-star
hotel") and stay no figure.  A pound hyphened so is a weight: the currency is written
"£10" or "10 pounds", and a pound's note, fine or prize ("a 50-pound note"), which is
money, is left unread as it was."""

from __future__ import annotations

import re

# the counted noun, singular, and a word after it that it says the size of
_COUNTED = re.compile(r"-(?P<noun>page|piece|member|seat|bed|room|stor(?:e)?y|nation)"
                      r"(?=\s+[A-Za-z])", re.IGNORECASE)
# ("-lb" is read as a measure with the other units after a figure); a headline may leave the
# hyphen out ("280 Pound Catfish"), and a word after it that is no noun says it is no weight
_WEIGHED = re.compile(r"[-\s]pound(?=\s+[A-Za-z])(?!\s+(?:notes?|fines?|coins?|bills?|prizes?"
                      r"|bets?|fees?|tickets?|bonus(?:es)?|vouchers?|deals?|discounts?|tax(?:es)?"
                      r"|charges?|levy|levies|fares?|prices?|cheques?|payments?|donations?"
                      r"|gifts?|budgets?|fund|rise|increase|cut|hike|sterling"
                      r"|of|for|to|and|or|in|on|at|a|an|the|each|apiece|per)\b)", re.IGNORECASE)


def hyphened_unit(sentence: str, end: int) -> tuple[str, str, int] | None:
    """(unit, kind, end of the compound's noun) when the figure ending at ``end`` is
    hyphened to a noun it counts or weighs (see above), or weighs it with no hyphen, else
    None."""
    counted = _COUNTED.match(sentence, end)
    if counted is not None:
        return counted.group("noun").lower(), "count", counted.end()
    weighed = _WEIGHED.match(sentence, end)
    if weighed is not None:
        return "lb", "measure", weighed.end()
    return None
