"""The store's clusters: claims' assignments to them, their members, and the contrast
worked out on each."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from embeddings.types import Claim
from service.store import schema as t
from service.store.rows import StoreBase, chunks, claim_columns, claim_from_row

INT64 = 2**63 - 1  # ids past this cannot be stored, so no row has them


@dataclass(frozen=True)
class ClusterCounts:
    size: int
    sources: int
    voices: int


class ClusterQueries(StoreBase):
    def cluster_members(self, cluster_ids: Sequence[int], limit: int = 10_000,
                        conn: Connection | None = None) -> dict[int, list[int]]:
        """Each cluster's newest ``limit`` member ids, newest first: one query per chunk of
        clusters (a window over the cluster index), not one per cluster, as a batch asks for
        hundreds and a PostgreSQL store pays a round trip for each."""
        out: dict[int, list[int]] = {cid: [] for cid in cluster_ids}
        with self._read(conn) as c:
            for chunk in chunks(sorted(set(cluster_ids)), 500):
                rank = func.row_number().over(partition_by=t.claims.c.cluster_id,
                                              order_by=t.claims.c.id.desc()).label("rank")
                ranked = (select(t.claims.c.cluster_id, t.claims.c.id, rank)
                          .where(t.claims.c.cluster_id.in_(chunk)).subquery())
                rows = c.execute(select(ranked.c.cluster_id, ranked.c.id)
                                 .where(ranked.c.rank <= limit)
                                 .order_by(ranked.c.cluster_id, ranked.c.id.desc()))
                for row in rows:
                    out[int(row.cluster_id)].append(int(row.id))
        return out

    def set_cluster_labels(self, conn: Connection, claim_ids: Sequence[int],
                           labels: Sequence[int]) -> set[int]:
        """Write assignments; negative labels become new clusters.  Returns the touched
        cluster ids: the new ones and those claims moved out of."""
        fresh: dict[int, int] = {}
        touched: set[int] = set()
        for chunk in chunks(list(claim_ids), 500):
            rows = conn.execute(select(t.claims.c.cluster_id).where(t.claims.c.id.in_(chunk)))
            touched |= {int(r.cluster_id) for r in rows if r.cluster_id is not None}
        members: dict[int, list[int]] = {}
        for cid, label in zip(claim_ids, labels, strict=True):
            if label < 0 and label not in fresh:  # new ids in the order the labels come
                fresh[label] = int(conn.execute(insert(t.clusters).values(
                    size=0, updated_at=time.time()).returning(t.clusters.c.id)).scalar_one())
            members.setdefault(fresh.get(label, label), []).append(cid)
        # one UPDATE per cluster (and chunk), not per claim: a batch re-labels thousands
        for cluster_id, ids in members.items():
            for chunk in chunks(ids, 500):
                conn.execute(update(t.claims).where(t.claims.c.id.in_(chunk))
                             .values(cluster_id=cluster_id))
            touched.add(cluster_id)
        return touched

    def cluster_claims(self, cluster_id: int, conn: Connection | None = None) -> list[Claim]:
        with self._read(conn) as c:
            rows = c.execute(select(*claim_columns()).where(t.claims.c.cluster_id == cluster_id)
                             .order_by(t.claims.c.source, t.claims.c.id))
            return [claim_from_row(r._mapping) for r in rows]

    def cluster_digest(self, cluster_id: int, limit: int, per_voice: int = 4,
                       conn: Connection | None = None) -> tuple[ClusterCounts, list[Claim]]:
        """The cluster's counts, and at most ``limit`` members to work its contrast out on:
        the distinct wordings, each voice's first wording before any voice's second (at most
        ``per_voice`` each, earliest first), then further voices that repeat a wording.  A
        dissenting outlet is a wording of its own, so it is among them unless the cluster
        holds more than ``limit`` voices with wordings of their own.

        A wire sentence syndicated by hundreds of outlets (or a story republished under new
        ids) makes a cluster that grows at every join; reading and comparing every member
        each time would grow as the square of its size.  Only the light columns of all
        members are read here; whole claims only for the sample.
        """
        with self._read(conn) as c:
            rows = c.execute(select(t.claims.c.id, t.claims.c.source, t.claims.c.speaker,
                                    t.claims.c.text)
                             .where(t.claims.c.cluster_id == cluster_id)
                             .order_by(t.claims.c.id)).all()
            voices = [r.speaker or r.source for r in rows]
            counts = ClusterCounts(len(rows), len({r.source for r in rows}), len(set(voices)))
            wordings: set[str] = set()
            rank: dict[str, int] = {}
            ranked: list[tuple[int, int]] = []  # (the wording's rank within its voice, id)
            for row, voice in zip(rows, voices, strict=True):
                text = " ".join(row.text.split())
                if text not in wordings and rank.get(voice, 0) < per_voice:
                    wordings.add(text)
                    ranked.append((rank.get(voice, 0), int(row.id)))
                    rank[voice] = rank.get(voice, 0) + 1
            picked = [cid for _, cid in sorted(ranked)[:limit]]
            chosen = set(picked)
            heard = {v for row, v in zip(rows, voices, strict=True) if int(row.id) in chosen}
            for row, voice in zip(rows, voices, strict=True):
                if len(picked) < limit and voice not in heard:
                    heard.add(voice)
                    picked.append(int(row.id))
            claims = [claim_from_row(r._mapping) for r in c.execute(
                select(*claim_columns()).where(t.claims.c.id.in_(picked)))]
        claims.sort(key=lambda cl: (cl.source, cl.id or 0))
        return counts, claims

    def save_cluster(self, conn: Connection, cluster_id: int, counts: ClusterCounts,
                     contrast: Mapping[str, Any], relation: str, contested: float) -> None:
        if not counts.size:
            conn.execute(delete(t.clusters).where(t.clusters.c.id == cluster_id))
            return
        conn.execute(update(t.clusters).where(t.clusters.c.id == cluster_id).values(
            size=counts.size, n_sources=counts.sources, n_voices=counts.voices,
            relation=relation, contested=contested, contrast=dict(contrast),
            updated_at=time.time()))

    def list_clusters(self, min_voices: int = 2, limit: int = 50, offset: int = 0,
                      ids: Sequence[int] | None = None) -> tuple[list[dict[str, Any]], int]:
        """Cluster rows, most contested first, and how many match.  A cluster counts its
        voices; one voice that outlets report in conflicting ways ("police said 35,000" in
        one, "police put it at 50,000" in another) counts as its outlets, since what the
        speaker said is then itself disputed."""
        cond = (t.clusters.c.n_voices >= min_voices) | (
            (t.clusters.c.relation == "conflict") & (t.clusters.c.n_sources >= min_voices))
        if ids is not None:
            cond = cond & t.clusters.c.id.in_(list(ids))
        query = (select(t.clusters).where(cond)
                 .order_by(t.clusters.c.contested.desc(), t.clusters.c.n_voices.desc(),
                           t.clusters.c.id).limit(limit).offset(offset))
        with self.engine.connect() as c:
            rows = [dict(r._mapping) for r in c.execute(query)]
            total = int(c.execute(select(func.count()).select_from(t.clusters).where(cond))
                        .scalar_one())
        return rows, total

    def cluster_ids(self, after: int, limit: int) -> list[int]:
        """Ids of stored clusters above ``after``, in order: a walk over all of them."""
        with self._read(None) as c:
            return [int(r.id) for r in c.execute(
                select(t.clusters.c.id).where(t.clusters.c.id > after)
                .order_by(t.clusters.c.id).limit(limit))]

    def get_cluster(self, cluster_id: int) -> dict[str, Any] | None:
        if not -INT64 <= cluster_id <= INT64:  # the driver would refuse the number itself
            return None
        with self.engine.connect() as c:
            row = c.execute(select(t.clusters).where(t.clusters.c.id == cluster_id)).first()
        return dict(row._mapping) if row else None
