"""The measures the evaluation reports: F1, precision/recall, Spearman, clustering pair figures.

Plain numpy, no scipy: Spearman is Pearson over average ranks (ties share their mean rank),
which is what ``scipy.stats.spearmanr`` computes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np

K = TypeVar("K", bound=Hashable)  # cluster id
It = TypeVar("It", bound=Hashable)  # item id
G = TypeVar("G", bound=Hashable)  # gold group


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float
    tp: int
    fp: int
    fn: int


def prf(predicted: Sequence[bool], gold: Sequence[bool]) -> PRF:
    """Precision, recall and F1 of the positive class (0.0 where undefined)."""
    if len(predicted) != len(gold):
        raise ValueError("predicted and gold differ in length")
    tp = sum(1 for p, g in zip(predicted, gold, strict=True) if p and g)
    fp = sum(1 for p, g in zip(predicted, gold, strict=True) if p and not g)
    fn = sum(1 for p, g in zip(predicted, gold, strict=True) if g and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1, tp, fp, fn)


def f1(predicted: Sequence[bool], gold: Sequence[bool]) -> float:
    return prf(predicted, gold).f1


def accuracy(predicted: Sequence[bool], gold: Sequence[bool]) -> float:
    if len(predicted) != len(gold):
        raise ValueError("predicted and gold differ in length")
    if not gold:
        return 0.0
    return sum(1 for p, g in zip(predicted, gold, strict=True) if p == g) / len(gold)


def rate(flags: Sequence[bool]) -> float:
    return sum(1 for f in flags if f) / len(flags) if flags else 0.0


def ranks(values: Sequence[float]) -> np.ndarray:
    """1-based ranks, ties given the mean of the ranks they span."""
    x = np.asarray(values, dtype=np.float64)
    order = np.argsort(x, kind="mergesort")
    sorted_x = x[order]
    out = np.empty(len(x), dtype=np.float64)
    i = 0
    while i < len(x):
        j = i
        while j + 1 < len(x) and sorted_x[j + 1] == sorted_x[i]:
            j += 1
        out[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return out


def pearson(x: Sequence[float] | np.ndarray, y: Sequence[float] | np.ndarray) -> float:
    a = np.asarray(x, dtype=np.float64)
    b = np.asarray(y, dtype=np.float64)
    if len(a) != len(b):
        raise ValueError("x and y differ in length")
    if len(a) < 2:
        return float("nan")
    a, b = a - a.mean(), b - b.mean()
    denom = float(np.sqrt((a * a).sum() * (b * b).sum()))
    return float((a * b).sum() / denom) if denom else float("nan")


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    return pearson(ranks(x), ranks(y))


def best_threshold(scores: Sequence[float], gold: Sequence[bool]) -> tuple[float, float]:
    """The threshold t maximising F1 of ``score >= t``; returns (t, F1).

    Candidates are the midpoints between consecutive distinct scores, so the chosen value
    does not sit on one example's score.
    """
    s = np.asarray(scores, dtype=np.float64)
    g = np.asarray(gold, dtype=bool)
    if len(s) == 0:
        return 0.5, 0.0
    order = np.argsort(-s, kind="mergesort")
    s_sorted, g_sorted = s[order], g[order]
    tp = np.cumsum(g_sorted)
    fp = np.cumsum(~g_sorted)
    positives = int(g.sum())
    f1s = np.where(tp > 0, 2 * tp / (tp + fp + positives), 0.0)
    # only cut where the next score differs (ties fall on the same side)
    last_of_tie = np.append(s_sorted[1:] != s_sorted[:-1], True)
    f1s = np.where(last_of_tie, f1s, -1.0)
    k = int(np.argmax(f1s))
    threshold = (s_sorted[k] + s_sorted[k + 1]) / 2 if k + 1 < len(s_sorted) else s_sorted[k]
    return float(threshold), float(f1s[k])


@dataclass(frozen=True)
class PairFigures:
    """How a clustering groups items from different sources, scored against gold groups.

    ``pairs``: item pairs from different sources that share a cluster; ``correct``: those
    whose gold group is the same; ``precision`` = correct / pairs; ``coverage``: the share
    of gold groups (with items from >= 2 sources) that have at least one correct pair.
    """

    pairs: int
    correct: int
    precision: float
    coverage: float
    groups_covered: int
    groups: int
    clusters: int  # clusters holding items from >= 2 sources


def cross_source_pairs(clusters: Mapping[K, Sequence[It]], source: Mapping[It, str],
                       gold: Mapping[It, G]) -> PairFigures:
    """Pair precision and group coverage of a clustering (cluster id -> item ids).

    Items absent from ``gold`` are ignored (e.g. claims the extractor made from nothing
    the gold knows).  Counting is by source counts per (cluster, gold group), so a big
    cluster costs O(sources) not O(n^2).
    """
    pairs = correct = multi = 0
    covered: set[G] = set()
    for members in clusters.values():
        items = [m for m in members if m in gold]
        by_source = Counter(source[m] for m in items)
        n = len(items)
        same_source = sum(c * (c - 1) // 2 for c in by_source.values())
        cross = n * (n - 1) // 2 - same_source
        if cross == 0:
            continue
        multi += 1
        pairs += cross
        by_group: dict[G, Counter[str]] = defaultdict(Counter)
        for m in items:
            by_group[gold[m]][source[m]] += 1
        for group, sources in by_group.items():
            k = sum(sources.values())
            group_cross = k * (k - 1) // 2 - sum(c * (c - 1) // 2 for c in sources.values())
            if group_cross:
                correct += group_cross
                covered.add(group)
    groups_with_two = _groups_with_two_sources(source, gold)
    coverage = len(covered & groups_with_two) / len(groups_with_two) if groups_with_two else 0.0
    return PairFigures(pairs, correct, correct / pairs if pairs else 0.0, coverage,
                       len(covered & groups_with_two), len(groups_with_two), multi)


def _groups_with_two_sources(source: Mapping[It, str], gold: Mapping[It, G]) -> set[G]:
    sources: dict[G, set[str]] = defaultdict(set)
    for item, group in gold.items():
        if item in source:
            sources[group].add(source[item])
    return {g for g, s in sources.items() if len(s) >= 2}


def word_overlap(flagged: Sequence[str], gold: Sequence[str]) -> tuple[int, int, int]:
    """(flagged words in gold, flagged words, gold words found), compared case-folded.

    A gold entry may be a phrase; a flagged word counts as a hit if it is one of the
    phrase's words, and a gold entry counts as found if any of its words was flagged.
    """
    flagged_keys = {_key(w) for w in flagged if _key(w)}
    gold_entries = [{_key(t) for t in g.split() if _key(t)} for g in gold]
    gold_words = set().union(*gold_entries) if gold_entries else set()
    hits = len(flagged_keys & gold_words)
    found = sum(1 for entry in gold_entries if entry & flagged_keys)
    return hits, len(flagged_keys), found


def _key(word: str) -> str:
    return "".join(ch for ch in word.lower() if ch.isalnum() or ch == "-").strip("-")
