"""The ``batch_checkpoints`` table: what the batch job has taken in, kept with the data.

Checkpoints live in the same database as the articles (SQLite or PostgreSQL), so
they move with it.  They are written only after the articles they cover were
committed, one transaction per batch: a run killed at any point (kill -9
included) finds a checkpoint that is at most one batch behind what is stored,
and re-reading that batch only meets duplicates, which ingest skips.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from sqlalchemy import delete, insert, select, update

from service.batch.sources import Ticket
from service.store import SqlStore
from service.store import schema as t

table = t.checkpoints


def load(store: SqlStore) -> dict[str, Ticket]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(table.c.source_key, table.c.fingerprint, table.c.position))
        return {r.source_key: Ticket(r.source_key, r.fingerprint, int(r.position)) for r in rows}


def save(store: SqlStore, tickets: Iterable[Ticket]) -> int:
    """Record the tickets (the last one per key wins) in one transaction."""
    latest: dict[str, Ticket] = {}
    for ticket in tickets:
        latest[ticket.key] = ticket
    if not latest:
        return 0
    now = time.time()
    with store.begin() as conn:
        existing = set(conn.execute(select(table.c.source_key)
                                    .where(table.c.source_key.in_(list(latest)))).scalars())
        for key, ticket in latest.items():
            values = {"fingerprint": ticket.fingerprint, "position": ticket.position,
                      "updated_at": now}
            if key in existing:
                conn.execute(update(table).where(table.c.source_key == key).values(**values))
            else:
                conn.execute(insert(table).values(source_key=key, **values))
    return len(latest)


def forget(store: SqlStore, keys: Iterable[str] | None = None) -> int:
    """Drop checkpoints (all of them, or these keys): the next run reads everything again."""
    with store.begin() as conn:
        query = delete(table)
        if keys is not None:
            query = query.where(table.c.source_key.in_(list(keys)))
        return int(conn.execute(query).rowcount or 0)
