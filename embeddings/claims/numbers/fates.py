"""Counts that leave their noun out: a count right after one that names its noun counts
the same things ("killed 12 people and wounded 40"), and a count said with what
befell the counted ("12 dead", "with 31 still missing") counts people.  Read after
all the figures of a sentence are found, since each looks at its neighbours."""

from __future__ import annotations

import re
from dataclasses import replace

from embeddings.types import Quantity

# what befell the people counted, which a count takes as its unit where the noun is left
# out ("Four passengers were killed and 37 injured": 37 is no count of "injured")
_FATE_UNITS = frozenset({"injured", "wounded", "dead", "hurt", "missing", "killed", "arrested",
                         "detained", "displaced", "evacuated", "rescued"})
# "killed 12 people and wounded 40", "four passengers were killed and 37 injured": what lies
# between a count and the one that leaves its noun out
_CARRIED_BETWEEN = re.compile(r"(?:\s+[a-z]+){0,4}?,?\s+and(?:\s+[a-z]+){0,3}\s+", re.I)


def _units_carried(sentence: str, offset: int, found: list[Quantity]) -> list[Quantity]:
    """A count whose noun is left out, right after a count that gives one, counts the same
    things ("killed 12 people and wounded 40": 40 people; "hired 300 workers in 2019 and 500
    in 2020"); not "... and 3 of the attackers", which names its own."""
    out = list(found)
    for i in range(1, len(out)):
        before, q = out[i - 1], out[i]
        if q.kind != "count" or before.kind != "count" or before.unit is None \
                or before.unit in _FATE_UNITS or (q.unit is not None and q.unit not in _FATE_UNITS):
            continue
        gap = sentence[before.end - offset:q.start - offset]
        if not _CARRIED_BETWEEN.fullmatch(gap) or not gap.lower().lstrip().startswith(
                before.unit.lower()[:4]) or sentence[q.end - offset:].lstrip().startswith("of "):
            continue
        out[i] = replace(q, unit=before.unit)
    return out


# a fate said of a count with no noun: "12 dead", "dozens injured", "2,000 homeless"
_FATE_NOUNS = _FATE_UNITS | {"homeless", "unaccounted", "hospitalised", "hospitalized"}
# "killed three and injured 20", "arrested 40 at the rally": what befell the count is its verb
_FATE_VERB_BEFORE = re.compile(
    r"\b(?:kill|injur|wound|rescu|evacuat|arrest|detain|infect|sicken)(?:ed|ing|es|s)\s+$"
    r"|\bhurt(?:ing|s)?\s+$", re.I)
# "with 31 still missing", "40 are missing", "two others were hurt": the fate follows it
_FATE_AFTER = re.compile(
    r"\s+(?:(?:still|more|others?|are|were|was|is|remain|remained|have|has|had|been|now"
    r"|also|reported|feared|confirmed)\s+){0,3}"
    r"(?:dead|killed|injured|wounded|hurt|missing|unaccounted|hospitali[sz]ed|arrested"
    r"|detained)\b", re.I)


def _people_by_fate(sentence: str, offset: int, q: Quantity) -> Quantity:
    """A count that leaves its noun out counts people where it says what befell them: "left
    12 dead and dozens injured", "killed three and injured 20", "with 31 still missing" (so
    that "20 people were injured" is a figure of the same people); "others" name no noun
    of their own ("killed two people, injuring 24 others", "two others were hurt")."""
    if q.kind != "count" or (q.unit is not None and q.unit not in _FATE_NOUNS | {"other"}):
        return q
    at, end = q.start - offset, q.end - offset
    told = q.unit in _FATE_NOUNS or _FATE_VERB_BEFORE.search(sentence, 0, at) \
        or _FATE_AFTER.match(sentence, end)
    return replace(q, unit="people") \
        if told and not sentence[end:].lstrip().startswith(("of ", "%")) else q
