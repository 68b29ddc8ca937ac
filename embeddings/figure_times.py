"""Two figures are of one measure only if they can be of one time.

The clusterer gives two claims that state a figure of one measure a bonus (README, "How
claims are matched", item 8): "100,000-120,000 Armenians had moved from their homes" and
"forced more than 100k people to leave their homes" are one count told two ways.  But a
store holds reports years apart, and the words of two displacements are alike by nature:
"half of the 140,000 inhabitants ... have been displaced by military operations"
(published 2020-10-09) and "Azerbaijan's military operation ... forced more than 100k
people to leave their homes" (2023-11-30) are counts of two exoduses three years apart.
What tells them apart is not their words but when each count is of, and that the counts
differ.

A claim's figures are of the time the claim names (a year or decade: "in 2020", "the 2020
war", "since 2020", "in the 1990s"), else of the time of its report: an undated figure in
news is of the story's present, read here as the year up to the article's ``published``
date.  Two claims whose times cannot meet and whose figures differ (no figure of one
within the other's span, an open side read as twice its bound, as the clusterer's
``_counts_apart`` reads it) are two facts; the same figure told again years later ("over a
million refugees and IDPs", a standing number) is read as one fact repeated and keeps its
bonus.  Where either claim has no time (no date, no year), nothing is read.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from embeddings.types import Claim, Quantity

# "since 2020", "from 2020": the claim's time runs from that year to its report
_SINCE = re.compile(r"\b(?:since|from)\s+(?:the\s+)?$", re.IGNORECASE)
# how far back an undated figure of a report may reach: a year (a report's "more than 100k
# fled" is of the story's present, not of a war years before)
_UNDATED_REACH = timedelta(days=365)
# figures that are of a time: how many, how much, what share.  A duration ("the six-week
# hostilities" / "the 44-day war"), an age, a distance is the measure of a thing that is
# over or does not move, told alike years later; a year or a date is the time itself
_OF_A_TIME = frozenset({"count", "money", "percent", "rate", "ratio"})


def _published(claim: Claim) -> date | None:
    try:
        return date.fromisoformat((claim.published or "")[:10])
    except ValueError:
        return None


def _years(claim: Claim, published: date | None) -> list[tuple[date, date]]:
    """The spans of the years, decades and dated days the claim names (the extractor's
    figures of kind "year" and "date": "in 2020", "the 2020 war", "the 1990s", "March 5,
    2021"; not "2000 people")."""
    spans = []
    for q in claim.numbers:
        if q.kind == "year" and q.low is not None:
            first, last = int(q.low), int(q.high if q.high is not None else q.low)
        elif q.kind == "date" and q.low is not None and q.low >= 10000:  # yyyymmdd
            first = last = int(q.low) // 10000
        else:
            continue
        if not 1000 <= first <= last <= 2999:
            continue
        end = date(last, 12, 31)
        before = claim.text[:max(0, q.start - claim.start)]
        if _SINCE.search(before) and published is not None:
            end = max(end, published)
        spans.append((date(first, 1, 1), end))
    return spans


def time_of(claim: Claim) -> tuple[date, date] | None:
    """The span of days the claim's figures can be of, or None where nothing dates it."""
    published = _published(claim)
    spans = _years(claim, published)
    if spans:  # the claim's own times: from the earliest to the latest it names
        return min(s[0] for s in spans), max(s[1] for s in spans)
    if published is not None:
        return published - _UNDATED_REACH, published
    return None


def _figure_span(q: Quantity) -> tuple[float, float] | None:
    if q.kind not in _OF_A_TIME or (q.low is None and q.high is None):
        return None
    low = q.low if q.low is not None else (q.high or 0.0) / 2
    high = q.high if q.high is not None else low * 2
    return low, high


def _figures_differ(a: Claim, b: Claim) -> bool:
    """Each claim gives a figure, and no figure of one lies within a figure of the other
    (of one kind)."""
    spans_a = [(q.kind, s) for q in a.numbers if (s := _figure_span(q)) is not None]
    spans_b = [(q.kind, s) for q in b.numbers if (s := _figure_span(q)) is not None]
    return bool(spans_a and spans_b) and not any(
        ka == kb and xl <= yh and yl <= xh
        for ka, (xl, xh) in spans_a for kb, (yl, yh) in spans_b)


def figures_of_two_times(a: Claim, b: Claim) -> bool:
    """The two claims' figures are of times that cannot meet, and they differ: two facts of
    one kind (two exoduses, two tolls), not one figure told two ways."""
    ta, tb = time_of(a), time_of(b)
    if ta is None or tb is None or not (ta[1] < tb[0] or tb[1] < ta[0]):
        return False
    return _figures_differ(a, b)
