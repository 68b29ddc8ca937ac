"""Cluster member look-ups: the store's one windowed query per chunk of clusters against one
query per cluster (the earlier way, kept here as the baseline), on the same store, alternated.

    python bench/store_queries.py URL     # e.g. sqlite:////path/crossclaim.db, or a PostgreSQL URL

Ingest something first (`crossclaim ingest seeds/articles.jsonl --data-dir DIR`); every
clustering batch asks for the members of the clusters near its claims.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from service.store import schema as t
from service.store.sql import SqlStore

LIMIT = 49  # what clustering asks for: max_members + 1


def main() -> None:
    store = SqlStore(sys.argv[1])
    with store.engine.connect() as c:
        ids = sorted({int(r.cluster_id) for r in c.execute(select(t.claims.c.cluster_id))
                      if r.cluster_id is not None})

    def per_cluster() -> dict[int, list[int]]:
        with store.engine.connect() as c:
            return {cid: [int(r.id) for r in c.execute(
                select(t.claims.c.id).where(t.claims.c.cluster_id == cid)
                .order_by(t.claims.c.id.desc()).limit(LIMIT))] for cid in ids}

    def windowed() -> dict[int, list[int]]:
        return store.cluster_members(ids, LIMIT)

    assert per_cluster() == windowed(), "the two ways must give the same members"
    times: dict[str, list[float]] = {"per cluster": [], "windowed": []}
    for _ in range(7):
        for name, run in (("per cluster", per_cluster), ("windowed", windowed)):
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
    base, new = (statistics.median(times[k]) for k in ("per cluster", "windowed"))
    print(f"{store.engine.dialect.name}, {len(ids)} clusters: one query per cluster "
          f"{base * 1000:.1f} ms, windowed {new * 1000:.1f} ms (median of 7): {base / new:.1f}x")


if __name__ == "__main__":
    main()
