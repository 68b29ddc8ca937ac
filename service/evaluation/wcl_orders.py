"""``newswcl50-claims`` over several ingest orders of each story's articles (``eval --orders N``).

Clustering is online: a claim joins what was stored before it and the re-examination moves one
claim at a time, so which near ties a story's clusters settle hangs on the order its articles
arrive in. The fifty-second session found the held-out figure's 0.01 fall of one change gone in
reverse order (docs/quality.md, "Why the held-out claim-level figure fell after the speaker
readout"), so one order's claim-level precision is partly a fit to that order. This scores each
judged event in several orders, each order in a throwaway store, and reports each order's
figures and their means. The first order is the file's: its figures are the task's default
ones, reused rather than ingested again.

Every NewsWCL50 event has its five articles in one source sequence (New York Times first), so
one permutation applied to every event (the fifty-third session's reverse and shuffles) is one
source sequence again: its mean measured five sequences, not the order. Each later order is a
shuffle of each event's own, seeded by the event (``event_orders``; fixed, so two runs of one
code agree), so the events of one order do not share a sequence (fifty-fourth session).
"""

from __future__ import annotations

import random
from typing import Any

from embeddings.types import Article
from service.evaluation.context import Context, Metric
from service.evaluation.wcl_claims import (
    ClaimPairCount,
    Judgement,
    cluster_event,
    count_pairs,
    pair_hash,
)

FIGURES = ("precision", "judged", "same", "subject", "topic", "unjudged")
SEED = 54  # the session the per-event shuffles came in; any fixed value keeps runs equal


def order_name(index: int) -> str:
    return "file" if index == 0 else f"shuffle {index}"


def event_orders(event: str, count: int, how_many: int) -> list[list[int]]:
    """``how_many`` distinct orders of one event's ``count`` articles: the file's, then
    shuffles from a generator seeded by the event (a string seed is hashed by ``random``
    itself, not by Python's per-run string hash, so it is stable across runs). Fewer if there
    are not that many distinct orders."""
    identity = list(range(count))
    orders = [identity]
    rng = random.Random(f"{SEED}-{event}")
    for _ in range(8 * how_many):
        if len(orders) >= how_many:
            break
        order = rng.sample(identity, count)
        if order not in orders:
            orders.append(order)
    return orders


def score_orders(ctx: Context, stories: dict[str, list[Article]],
                 judged: dict[str, Judgement],
                 file_order: dict[str, ClaimPairCount]) -> dict[str, Any]:
    """Each order's figures (summed over the events, and per event), their means, and the
    distinct unjudged pairs of all orders (``--verbose`` lists the ones the file's order does
    not make: the default listing already has those)."""
    orders = {event: event_orders(event, len(articles), ctx.orders)
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
                   f"orders: the file's, then each event's own shuffles seeded {SEED}-EVENT "
                   "(event_orders)"}


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
