"""``newswcl50-claims`` over several ingest orders of each story's articles (``eval --orders N``).

Clustering is online: a claim joins what was stored before it and the re-examination moves one
claim at a time, so which near ties a story's clusters settle hangs on the order its articles
arrive in. The fifty-second session found the held-out figure's 0.01 fall of one change gone in
reverse order (docs/quality.md, "Why the held-out claim-level figure fell after the speaker
readout"), so one order's claim-level precision is partly a fit to that order. This scores each
judged event in ``article_orders`` (service/evaluation/seed_orders.py: the file's order, its
reverse, then seeded shuffles; fixed, so two runs of one code agree), each order in a throwaway
store, and reports each order's figures and their means. The first order is the file's: its
figures are the task's default ones, reused rather than ingested again.
"""

from __future__ import annotations

from typing import Any

from embeddings.types import Article
from service.evaluation.context import Context, Metric
from service.evaluation.seed_orders import article_orders
from service.evaluation.wcl_claims import (
    ClaimPairCount,
    Judgement,
    cluster_event,
    count_pairs,
    pair_hash,
)

FIGURES = ("precision", "judged", "same", "subject", "topic", "unjudged")


def order_name(index: int) -> str:
    return ("file", "reverse")[index] if index < 2 else f"shuffle {index - 1}"


def score_orders(ctx: Context, stories: dict[str, list[Article]],
                 judged: dict[str, Judgement],
                 file_order: dict[str, ClaimPairCount]) -> dict[str, Any]:
    """Each order's figures (summed over the events, and per event), their means, and the
    distinct unjudged pairs of all orders (``--verbose`` lists the ones the file's order does
    not make: the default listing already has those)."""
    orders = {event: article_orders(len(articles), ctx.orders)
              for event, articles in stories.items()}
    rows: list[dict[str, Any]] = []
    unjudged: dict[str, str] = {}  # key -> event
    for index in range(ctx.orders):
        total = ClaimPairCount()
        per_event: dict[str, dict[str, object]] = {}
        for event, articles in stories.items():
            # a story of two articles has two orders: its orders repeat
            order = orders[event][index % len(orders[event])]
            if order == orders[event][0]:
                count = file_order[event]
            else:
                claims = cluster_event(ctx, f"newswcl50-claims-{event}-order{index}",
                                       [articles[i] for i in order])
                count = count_pairs(claims, judged)
            per_event[event] = count.as_dict()
            total.add(count)
            for cluster, a, b in count.unjudged:
                key = pair_hash(a, b)
                if key not in unjudged and index and ctx.verbose:
                    ctx.log(f"unjudged event {event} order {order_name(index)} cluster "
                            f"{cluster} key {key}\n    A: {a}\n    B: {b}")
                unjudged.setdefault(key, event)
        rows.append({"order": order_name(index), **total.as_dict(), "events": per_event})

    def mean(key: str) -> float | None:
        values = [r[key] for r in rows if r[key] is not None]
        return round(sum(values) / len(values), 3) if values else None

    return {"orders": rows, "mean": {key: mean(key) for key in FIGURES},
            "min_precision": min((r["precision"] for r in rows if r["precision"] is not None),
                                 default=None),
            "unjudged_distinct": len(unjudged),
            "how": "each event's articles ingested in each order into a store of its own; "
                   "orders: the file's, its reverse, then shuffles seeded 52 (article_orders)"}


def order_metrics(by_order: dict[str, Any]) -> list[Metric]:
    """The means beside the file order's figures (the default run has none of these)."""
    n = len(by_order["orders"])
    mean = by_order["mean"]
    return [
        Metric(f"claim-level precision, mean of {n} orders", mean["precision"], None),
        Metric(f"judged pairs, mean of {n} orders", mean["judged"], None),
        Metric(f"pairs sharing only the topic, mean of {n} orders", mean["topic"], None),
        Metric(f"pairs sharing a subject, mean of {n} orders", mean["subject"], None),
        Metric(f"unjudged pairs of any of {n} orders (distinct)", by_order["unjudged_distinct"],
               None, integer=True),
    ]
