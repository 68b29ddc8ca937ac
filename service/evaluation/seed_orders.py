"""The seed figures over several ingest orders of the same articles.

Clustering is online: a claim joins what was stored before it, and the re-examination only
moves one claim at a time, so the order articles arrive in decides some near ties
(docs/matching.md, "The join, its order and its re-examination", fifty-second session: five
orders of the seeds gave 8 to 11 gold groups). Every rule was measured in the file's order,
so a figure from that order alone is partly a fit to it; the mean over fixed orders is the
honest one. The orders are fixed (the file's, its reverse, then seeded shuffles), so two runs
of one code give the same figures.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from service.evaluation.seeds import SeedReport

T = TypeVar("T")


def article_orders(count: int, how_many: int) -> list[list[int]]:
    """``how_many`` distinct orders of ``count`` articles: the given one, its reverse, then
    shuffles from fixed seeds (fewer if there are not that many distinct orders)."""
    identity = list(range(count))
    orders = [identity]
    candidates = [identity[::-1]]
    rng = random.Random(52)
    candidates += [rng.sample(identity, count) for _ in range(8 * how_many)]
    for order in candidates:
        if len(orders) >= how_many:
            break
        if order not in orders:
            orders.append(order)
    return orders


def score_orders(articles: Sequence[T], how_many: int,
                 score: Callable[[list[T], Path], SeedReport]) -> dict[str, Any]:
    """Score the articles ingested in each order into a throwaway store (``score`` ingests
    and scores); the per-order figures and their means."""
    rows: list[dict[str, Any]] = []
    for order in article_orders(len(articles), how_many):
        with tempfile.TemporaryDirectory(prefix="crossclaim-order-") as tmp:
            report = score([articles[i] for i in order], Path(tmp))
        rows.append({"order": order, "groups_recovered": len(report.recovered),
                     "pair_precision": None if report.precision is None
                     else round(report.precision, 3), "pairs_judged": report.judged_pairs,
                     "pairs_unjudged": len(report.unjudged),
                     "topic_only_pairs": len(report.topic_only),
                     "noise_lines_kept": len(report.noise_kept),
                     "false_conflicts": len(report.false_conflicts)})

    def mean(key: str) -> float | None:
        values = [r[key] for r in rows if r[key] is not None]
        return round(sum(values) / len(values), 3) if values else None

    return {"orders": rows, "mean_groups_recovered": mean("groups_recovered"),
            "min_groups_recovered": min(r["groups_recovered"] for r in rows),
            "mean_pair_precision": mean("pair_precision"),
            "mean_topic_only_pairs": mean("topic_only_pairs")}
