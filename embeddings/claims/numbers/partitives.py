"""A part of a whole told by its figure: "Five of eight bills passed", "two of the 10
members", "12 of the state's 67 counties".  The part leaves out what it counts because the
whole's noun, after the whole's figure, says it: five bills, two members, 12 counties.

(A whole with no figure, "two of the three suspects", is ``units.PARTITIVE``'s; so is one
named by its owner, "150 of the caravan's members".)"""

from __future__ import annotations

import re

from embeddings.claims.numbers.numerals import NUMBER

# "of", a determiner or an owner ("the state's", "New York's"), then the whole's figure and a
# word after it; a hyphened figure is a compound's ("two of the 10-member panel"), and a year
# says when ("55 of the 2015 smartwatch market"): neither is a whole
_WHOLE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|these|those|all)\s+)?"
    r"(?:(?:[A-Z][\w-]*\s+)?[A-Za-z][\w-]*['’]s\s+)?"
    rf"(?!(?:1[89]|20)\d\d\b)(?P<n>{NUMBER})(?=\s+[A-Za-z])")


def past_whole(sentence: str, end: int) -> int:
    """Where the noun a part's figure (ending at ``end``) counts is looked for: past the
    whole's figure after "of" when there is one ("Five of eight bills": at "bills"), else at
    ``end``."""
    whole = _WHOLE.match(sentence, end)
    return whole.end("n") if whole else end
