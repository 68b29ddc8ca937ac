"""The store's claims: written with their facet vectors, read back by id, article or in
id order (to rebuild the index), and their check-worthiness scores."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict
from typing import Any

import numpy as np
from sqlalchemy import Connection, func, insert, select, update

from embeddings.types import Claim, Entity
from service.store import schema as t
from service.store.rows import StoreBase, chunks, claim_columns, claim_from_row, with_id


class ClaimQueries(StoreBase):
    def insert_claims(self, conn: Connection, claims: Sequence[Claim],
                      vectors: Sequence[np.ndarray]) -> list[Claim]:
        """Insert claims with their facet vectors (rows of one float32 blob per claim)."""
        stored = []
        for claim, vec in zip(claims, vectors, strict=True):
            cid = conn.execute(insert(t.claims).values(
                article_id=claim.article_id, source=claim.source, speaker=claim.speaker,
                text=claim.text, core=claim.core, start=claim.start, end=claim.end,
                entities=[_entity_row(e) for e in claim.entities],
                numbers=[asdict(q) for q in claim.numbers],
                vector=np.asarray(vec, dtype=np.float32).tobytes(),
                checkworthy=claim.checkworthy, published=claim.published,
            ).returning(t.claims.c.id)).scalar_one()
            stored.append(with_id(claim, int(cid)))
        return stored

    def claims_with_clusters(self, ids: Sequence[int],
                             conn: Connection | None = None) -> dict[int, tuple[Claim, int]]:
        return self._claims_where(t.claims.c.id, ids, conn)

    def claims_of_articles(self, article_ids: Sequence[str],
                           conn: Connection | None = None) -> dict[int, tuple[Claim, int]]:
        """Every claim of the articles, with its cluster id (-1 for none)."""
        return self._claims_where(t.claims.c.article_id, article_ids, conn)

    def _claims_where(self, column: Any, keys: Sequence[Any],
                      conn: Connection | None) -> dict[int, tuple[Claim, int]]:
        """The claims whose ``column`` is one of ``keys``, by id, with their cluster id (-1 for
        none): the one read behind both lookups, 500 keys to a query."""
        out: dict[int, tuple[Claim, int]] = {}
        with self._read(conn) as c:
            for chunk in chunks(list(keys), 500):
                for r in c.execute(select(*claim_columns()).where(column.in_(chunk))):
                    out[int(r.id)] = (claim_from_row(r._mapping), int(r.cluster_id or -1))
        return out

    def claims_of_article(self, article_id: str) -> list[Claim]:
        with self.engine.connect() as c:
            rows = c.execute(select(*claim_columns()).where(t.claims.c.article_id == article_id)
                             .order_by(t.claims.c.start))
            return [claim_from_row(r._mapping) for r in rows]

    def iter_claims(self, batch: int = 2000) -> Iterator[tuple[Claim, int]]:
        last = -1
        with self.engine.connect() as c:
            while True:
                rows = c.execute(select(*claim_columns()).where(t.claims.c.id > last)
                                 .order_by(t.claims.c.id).limit(batch)).all()
                if not rows:
                    return
                for r in rows:
                    yield claim_from_row(r._mapping), int(r.cluster_id or -1)
                last = int(rows[-1].id)

    def iter_vectors(self, after_id: int = -1, batch: int = 5000,
                     ) -> Iterator[tuple[list[int], list[np.ndarray]]]:
        """(claim ids, facet vectors per claim) in id order, to rebuild or catch up the index."""
        last = after_id
        with self.engine.connect() as c:
            while True:
                rows = c.execute(select(t.claims.c.id, t.claims.c.vector)
                                 .where(t.claims.c.id > last).order_by(t.claims.c.id)
                                 .limit(batch)).all()
                if not rows:
                    return
                ids = [int(r.id) for r in rows]
                yield ids, [np.frombuffer(r.vector, dtype=np.float32) for r in rows]
                last = ids[-1]

    def article_cores(self, article_ids: Sequence[str], dim: int, conn: Connection | None = None
                      ) -> dict[str, tuple[np.ndarray, frozenset[str]]]:
        """The core vector (first facet) of every claim of the given articles, and the
        names (entities) those claims mention."""
        out: dict[str, list[np.ndarray]] = {}
        names: dict[str, set[str]] = {}
        with self._read(conn) as c:
            for chunk in chunks(list(article_ids), 500):
                rows = c.execute(select(t.claims.c.article_id, t.claims.c.vector,
                                        t.claims.c.entities)
                                 .where(t.claims.c.article_id.in_(chunk)))
                for r in rows:
                    out.setdefault(r.article_id, []).append(
                        np.frombuffer(r.vector, dtype=np.float32, count=dim))
                    # (with the other form its article defines: "MSF" is "Doctors Without
                    # Borders" there)
                    names.setdefault(r.article_id, set()).update(
                        str(n) for e in r.entities or () for n in (e["text"], e.get("alias"))
                        if n)
        return {a: (np.vstack(v), frozenset(names.get(a, ()))) for a, v in out.items()}

    def unscored_claims(self) -> int:
        """Claims stored before check-worthiness was scored (or by a model without a scorer)."""
        with self._read(None) as c:
            return int(c.execute(select(func.count()).select_from(t.claims)
                                 .where(t.claims.c.checkworthy.is_(None))).scalar_one())

    def unscored_core_vectors(self, dim: int, after: int,
                              limit: int) -> list[tuple[int, np.ndarray]]:
        """(claim id, core vector) of unscored claims with ids above ``after``, by id."""
        with self._read(None) as c:
            rows = c.execute(select(t.claims.c.id, t.claims.c.vector)
                             .where(t.claims.c.checkworthy.is_(None), t.claims.c.id > after)
                             .order_by(t.claims.c.id).limit(limit))
            return [(int(r.id), np.frombuffer(r.vector, dtype=np.float32, count=dim))
                    for r in rows]

    def set_checkworthy(self, conn: Connection, scores: Sequence[tuple[int, float]]) -> None:
        for cid, score in scores:
            conn.execute(update(t.claims).where(t.claims.c.id == cid)
                         .values(checkworthy=score))

    def claim_stats(self, conn: Connection | None = None) -> tuple[int, int]:
        """(number of claims, highest claim id): what the index must mirror."""
        with self._read(conn) as c:
            row = c.execute(select(func.count(), func.coalesce(func.max(t.claims.c.id), -1))
                            .select_from(t.claims)).one()
        return int(row[0]), int(row[1])


def _entity_row(entity: Entity) -> dict[str, object]:
    """An entity as stored: its alias and full name only where its article gives them (a
    name without them is stored as it was before names carried them)."""
    row = asdict(entity)
    for optional in ("alias", "full"):
        if row[optional] is None:
            del row[optional]
    return row
