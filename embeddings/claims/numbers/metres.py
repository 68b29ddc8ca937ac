"""Distances written with a bare "m" stuck on, which a race or a height tells apart from
millions: "the 10,000m champion", "the 100m final", "the 400m hurdles", "a 1500m race",
"nearly 100m tall".  A race's distance is in metres, never 100 million of anything; the
"m" of money goes with a currency sign ("$100m", "£10m") or with words no race has ("a
100m deal", "raised 10m"), and stays millions."""

from __future__ import annotations

import re

from embeddings.claims.numbers.currencies import _CURRENCY_BEFORE
from embeddings.claims.numbers.numerals import parse_number

# a figure with the "m" stuck on, as a race's distance is written ("10,000m", "100m")
_STUCK_M = re.compile(r"[\d,.]+[mM]")
# the other distances of one list, whose race word comes after the last: "the 5,000m and
# 10,000m champion", "the 100m, 200m and 4x100m titles"
_MORE_DISTANCES = r"(?:\s*(?:,|and|or|&|/)\s*(?:4\s?x\s?)?[\d,]+[mM]\b)*"
# the words of a race, an event or a height, right after the distance (a word of who holds
# the record may stand first: "100m world record"); a sum of money is none of these
_RACE_AFTER = re.compile(
    _MORE_DISTANCES + r"\s+(?:world\s+|olympic\s+|national\s+|indoor\s+)?(?i:"
    r"races?|finals?|semi-?finals?|hurdles|sprints?|dash|freestyle|backstroke"
    r"|breaststroke|butterfly|medley|relays?|steeplechase|champions?|championships?"
    r"|records?|titles?|events?|heats?|tall|high|long|deep|wide)\b"
    # a record or a title bought is money's: "a 100m record deal", "a 10m title sponsorship"
    r"(?!\s+(?:deals?|labels?|fees?|contracts?|sponsor\w*|sales?|bids?|fines?)\b)"
    # a height or a length hyphenated before its noun: "a 1m-long fence", "a 4m-high wall"
    r"|-(?:tall|high|long|deep|wide)\b",
    re.IGNORECASE)
# a race named by whose it is or by who ran it: "the men's 100m", "ran the 400m"
_RACE_BEFORE = re.compile(r"(?:\b(?:men|women|boys|girls)['’]s|\b(?:ran|swam|sprinted|raced)"
                          r"\s+(?:in\s+)?the)\s+$", re.IGNORECASE)


def race_metres(sentence: str, start: int, end: int) -> float | None:
    """The metres of the figure at [start, end) when it is a race's distance or a height
    (see above), else None."""
    figure = sentence[start:end]
    if not _STUCK_M.fullmatch(figure) or _CURRENCY_BEFORE.search(sentence, 0, start):
        return None
    if not (_RACE_AFTER.match(sentence, end) or _RACE_BEFORE.search(sentence, 0, start)):
        return None
    return parse_number(figure[:-1])
