""""Pounds" that weigh rather than pay: after a verb of weighing ("weighs 300 pounds", "tipped
the scales at 300 pounds") and after a verb of losing or gaining weight when the figure is
a body's ("lost 40 pounds", "gained 15 pounds", "shed 100 pounds": up to 1,000 and no
"million"), which are pounds (lb) of weight; "lost 40 million pounds" stays money.  Pounds
that go on in ounces are a weight wherever they stand ("born at 7 pounds, 4 ounces": one
weight of 7.25 lb)."""

from __future__ import annotations

import re

# the hedges and bounds that may stand between the verb and its figure ("weighs about 300")
_HEDGE = (r"(?:\s+(?:about|around|roughly|nearly|almost|some|approximately|just|only|over"
          r"|under|more\s+than|less\s+than|at\s+least|close\s+to|an\s+estimated|a\s+whopping))*")
# "weighs 300 pounds", "weighing in at 300", "tipped the scales at", "a weight of"
_WEIGHED = re.compile(
    rf"\b(?:(?:weigh|weighs|weighed|weighing)(?:\s+in)?(?:\s+at)?|tip(?:s|ped|ping)\s+the"
    rf"\s+scales?\s+at|(?:a|the|his|her|its|their)\s+weight\s+of){_HEDGE}\s+$", re.IGNORECASE)
# "lost 40 pounds", "has gained 15 pounds", "shed 100 pounds", "put on 20 pounds"
_BODY_CHANGE = re.compile(
    rf"\b(?:lose|loses|lost|losing|gain|gains|gained|gaining|shed|sheds|shedding"
    rf"|put(?:s|ting)?\s+on){_HEDGE}\s+$", re.IGNORECASE)
# the ounces a weight in pounds goes on in: "7 pounds, 4 ounces", "7 pounds and 4 oz"
_OUNCES = re.compile(r"(?:,\s*|,?\s+and\s+|\s+)(?P<n>\d{1,2}(?:\.\d+)?)\s?(?:ounces?|oz\b\.?)",
                     re.IGNORECASE)
# a body's change of weight is told in pounds below this; a larger sum is money
_MOST_BODY_POUNDS = 1000


def weighed_pounds(sentence: str, start: int, end: int, high: float) -> bool:
    """The figure at [start, end), told in "pounds", is a weight (see above)."""
    if _WEIGHED.search(sentence, 0, start):
        return True
    return high <= _MOST_BODY_POUNDS and _BODY_CHANGE.search(sentence, 0, start) is not None \
        and not re.search(r"(?i)\b(?:million|billion|trillion|thousand|m|bn|k)\b",
                          sentence[start:end])


def ounces_after(sentence: str, end: int) -> tuple[float, int] | None:
    """The ounces, in pounds, that a weight in pounds ending at ``end`` goes on in, and
    where they end ("7 pounds, 4 ounces": 0.25 lb)."""
    ounces = _OUNCES.match(sentence, end)
    return (float(ounces.group("n")) / 16, ounces.end()) if ounces else None
