"""Two sides of one measure: a company's result told as a loss or a profit ("a net
loss of $85m" / "a profit of $20m"), and a side's demand or offer in a negotiation
(a demand is no offer and no fact)."""

from __future__ import annotations

import re

from embeddings.types import Quantity
from service.contrast.measures.near_words import measured
from service.contrast.said import Said
from service.contrast.text import stem

# the sides of a negotiation: what one side asks for and what the other offers are two
# positions, and a demand is not what was agreed ("the union is demanding a 10% pay rise" /
# "the government has offered 4%" is no dispute over a figure)
_STANCES = {**{stem(w): "asked" for w in ("demand", "demanding", "demanded", "seeking",
                                          "sought", "wants", "wanted", "asking", "asked")},
            **{stem(w): "offered" for w in ("offer", "offered", "offering", "proposed",
                                            "proposing", "proposal")}}


def _stance(q: Quantity, s: Said) -> str | None:
    stances = {_STANCES[w] for w in measured(q, s) if w in _STANCES}
    return stances.pop() if len(stances) == 1 else None


# a company's result for a period, told as a loss or a profit: "posted a net loss of $85m",
# "a $20 million profit", "net income of $20m".  One measure, whose loss is its negative
# side: "a loss of $20m" is no agreement with "a profit of $20m", and "a net loss of $85m"
# and "a profit of $20m" for one quarter disagree.  Only "loss" in the singular, a result:
# an insurer's "$2bn in losses" from a storm is what the storm cost, which "$2bn in damage"
# may well be; nor "lost $85m on the deal", a verb that may be of one deal.  What the
# result is before or after ("operating", "net", "pre-tax") is its measure: an operating
# profit beside a net loss is two measures, both true of one quarter
_RESULT_KINDS = r"net|operating|pre-?tax|before-tax|after-tax|gross|underlying|adjusted|core"
_RESULT_PERIOD = r"[\w-]*(?:quarter|annual|yearly|half|year|monthly)[\w-]*"
_RESULT_BEFORE = re.compile(
    rf"\b(?:an?\s+)?(?:(?P<m1>{_RESULT_KINDS})\s+)?(?:{_RESULT_PERIOD}\s+)?"
    rf"(?:(?P<m2>{_RESULT_KINDS})\s+)?(?P<sign>loss|profit|net\s+income)\s+(?:of|at|was"
    r"|totall?ed|came\s+to|stood\s+at|widened\s+to|narrowed\s+to|rose\s+to|fell\s+to)\s+$",
    re.IGNORECASE)
_RESULT_AFTER = re.compile(
    rf"(?:\s+|-)(?:{_RESULT_PERIOD}\s+)?(?:(?P<m1>{_RESULT_KINDS})\s+)?(?P<sign>loss|profit)\b",
    re.IGNORECASE)


def result_of(q: Quantity, s: Said) -> tuple[str, str, int, int] | None:
    """(measure, "loss" or "profit", start, end of the phrase in the claim) where an amount
    is a company's result ("a net loss of $85m" -> ("net", "loss", ...)); the measure is ""
    where none is said."""
    if q.kind != "money":
        return None
    text, at, end = s.claim.text, q.start - s.claim.start, q.end - s.claim.start
    if not 0 <= at <= end <= len(text):
        return None
    m = _RESULT_BEFORE.search(text, 0, at)
    phrase = (m.start(), end) if m else None
    if m is None:
        m = _RESULT_AFTER.match(text, end)
        article = re.search(r"\ban?\s+$", text[:at])  # "a $20 million loss"
        phrase = (article.start() if article else at, m.end()) if m else None
    if m is None or phrase is None:
        return None
    measure = next((g for g in m.groupdict() if g.startswith("m") and m.group(g)), None)
    kind = re.sub(r"[\s-]", "", m.group(measure).lower()).replace("beforetax", "pretax") \
        if measure else ""
    sign = "loss" if m.group("sign").lower() == "loss" else "profit"
    return kind, sign, s.claim.start + phrase[0], s.claim.start + phrase[1]


def opposite_results(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """A loss and a profit of one result ("a net loss of $85m" / "a profit of $20m")."""
    ra, rb = result_of(qa, a), result_of(qb, b)
    return ra is not None and rb is not None and ra[1] != rb[1]


def _other_results(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """Two results of two measures: "an operating profit of $20m" / "a net loss of $85m"."""
    ra, rb = result_of(qa, a), result_of(qb, b)
    return ra is not None and rb is not None and bool(ra[0]) and bool(rb[0]) and ra[0] != rb[0]
