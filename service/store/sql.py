"""SQL store: articles, claims (with their vectors) and clusters, through SQLAlchemy Core.

Every write happens inside ``store.begin()`` (one transaction), so an article is
either stored with all its claims and cluster assignments or not at all.
SQLite runs in WAL mode so a server can read while the batch job writes.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from sqlalchemy import (
    Connection,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.engine import Engine, ExceptionContext
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from embeddings.types import Article, Claim, Entity, Quantity
from service.errors import StoreUnreadable
from service.store import schema as t

INT64 = 2**63 - 1  # ids past this cannot be stored, so no row has them

# an arbitrary constant naming crossclaim's writer lock among PostgreSQL advisory locks
WRITER_LOCK_KEY = 0x63726F73  # "cros"


class SqlStore:
    def __init__(self, url: str):
        self.url = url
        self.engine: Engine = create_engine(url, future=True, pool_pre_ping=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        # damage is met by whichever statement first reads the bad page, on open or weeks
        # later by a search: every one of them says so in the same words
        event.listen(self.engine, "handle_error", self._unreadable)
        try:
            _create_tables(self.engine)
            _add_missing_columns(self.engine)
        except StoreUnreadable:
            self.engine.dispose()
            raise

    def _unreadable(self, context: ExceptionContext) -> None:
        """A file that is not a database, or a damaged one: say so in one line (a 503, exit
        code 2) instead of a driver's paragraph and an internal error, and leave it as it is
        (nothing is written to it)."""
        orig = context.original_exception
        if not _damaged(orig):
            return
        message = str(orig)
        url = self.url
        where = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") \
            else "the database"
        raise StoreUnreadable(
            f"{where} is not a readable crossclaim database ({message}): restore it "
            "from a backup, or use another data dir; it was left as it is",
            {"database": where}) from None

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def writer_lock(self) -> Iterator[None]:
        """One writer at a time across hosts: a session advisory lock on PostgreSQL.

        (On SQLite the database file is on one host and the pipeline's file lock suffices.)
        """
        if self.engine.dialect.name != "postgresql":
            yield
            return
        with self.engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": WRITER_LOCK_KEY})
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": WRITER_LOCK_KEY})
                conn.commit()

    def close(self) -> None:
        self.engine.dispose()

    # -- articles -------------------------------------------------------------------
    def get_article(self, article_id: str, conn: Connection | None = None) -> Article | None:
        with self._read(conn) as c:
            row = c.execute(select(t.articles).where(t.articles.c.id == article_id)).first()
        return _article(row._mapping) if row else None

    def list_articles(self, source: str | None = None, limit: int = 50,
                      offset: int = 0) -> tuple[list[tuple[Article, int]], int]:
        """Articles (newest first) with their claim counts, and the total that match."""
        n_claims = (select(func.count()).where(t.claims.c.article_id == t.articles.c.id)
                    .scalar_subquery())
        query = select(t.articles, n_claims.label("n_claims"))
        count = select(func.count()).select_from(t.articles)
        if source is not None:
            query = query.where(t.articles.c.source == source)
            count = count.where(t.articles.c.source == source)
        query = query.order_by(t.articles.c.ingested_at.desc(), t.articles.c.id)
        with self.engine.connect() as c:
            rows = c.execute(query.limit(limit).offset(offset)).all()
            total = int(c.execute(count).scalar_one())
        return [(_article(r._mapping), int(r.n_claims)) for r in rows], total

    def iter_articles(self, batch: int = 200) -> Iterator[list[Article]]:
        """Every stored article, in batches, in the order they were taken in."""
        last: tuple[float, str] | None = None
        order = (t.articles.c.ingested_at, t.articles.c.id)
        with self.engine.connect() as c:
            while True:
                query = select(t.articles).order_by(*order).limit(batch)
                if last is not None:
                    query = query.where(tuple_(*order) > tuple_(*last))
                rows = c.execute(query).all()
                if not rows:
                    return
                yield [_article(r._mapping) for r in rows]
                last = (float(rows[-1].ingested_at), str(rows[-1].id))

    def insert_article(self, conn: Connection, article: Article) -> None:
        conn.execute(insert(t.articles).values(
            id=article.id, source=article.source, title=article.title, url=article.url,
            published=article.published, author=article.author, text=article.text,
            content_hash=article.content_hash, ingested_at=time.time()))

    def delete_article(self, conn: Connection, article_id: str) -> list[tuple[int, int | None]]:
        """Remove an article and its claims; returns (claim id, cluster id) of what left."""
        gone = conn.execute(select(t.claims.c.id, t.claims.c.cluster_id)
                            .where(t.claims.c.article_id == article_id)).all()
        conn.execute(delete(t.claims).where(t.claims.c.article_id == article_id))
        conn.execute(delete(t.articles).where(t.articles.c.id == article_id))
        return [(int(r.id), r.cluster_id) for r in gone]

    def sources(self) -> list[tuple[str, int, int]]:
        """(source, articles, claims) for every outlet."""
        n_claims = (select(t.claims.c.source, func.count().label("n")).group_by(t.claims.c.source)
                    .subquery())
        query = (select(t.articles.c.source, func.count().label("articles"),
                        func.coalesce(func.max(n_claims.c.n), 0).label("claims"))
                 .outerjoin(n_claims, n_claims.c.source == t.articles.c.source)
                 .group_by(t.articles.c.source).order_by(t.articles.c.source))
        with self.engine.connect() as c:
            return [(r.source, int(r.articles), int(r.claims)) for r in c.execute(query)]

    # -- claims ---------------------------------------------------------------------
    def insert_claims(self, conn: Connection, claims: Sequence[Claim],
                      vectors: Sequence[np.ndarray]) -> list[Claim]:
        """Insert claims with their facet vectors (rows of one float32 blob per claim)."""
        stored = []
        for claim, vec in zip(claims, vectors, strict=True):
            cid = conn.execute(insert(t.claims).values(
                article_id=claim.article_id, source=claim.source, speaker=claim.speaker,
                text=claim.text, core=claim.core, start=claim.start, end=claim.end,
                entities=[asdict(e) for e in claim.entities],
                numbers=[asdict(q) for q in claim.numbers],
                vector=np.asarray(vec, dtype=np.float32).tobytes(),
                checkworthy=claim.checkworthy, published=claim.published,
            ).returning(t.claims.c.id)).scalar_one()
            stored.append(_with_id(claim, int(cid)))
        return stored

    def claims_with_clusters(self, ids: Sequence[int],
                             conn: Connection | None = None) -> dict[int, tuple[Claim, int]]:
        out: dict[int, tuple[Claim, int]] = {}
        with self._read(conn) as c:
            for chunk in _chunks(list(ids), 500):
                rows = c.execute(select(*_claim_cols()).where(t.claims.c.id.in_(chunk)))
                for r in rows:
                    out[int(r.id)] = (_claim(r._mapping), int(r.cluster_id or -1))
        return out

    def claims_of_articles(self, article_ids: Sequence[str],
                           conn: Connection | None = None) -> dict[int, tuple[Claim, int]]:
        """Every claim of the articles, with its cluster id (-1 for none)."""
        out: dict[int, tuple[Claim, int]] = {}
        with self._read(conn) as c:
            for chunk in _chunks(list(article_ids), 500):
                rows = c.execute(select(*_claim_cols())
                                 .where(t.claims.c.article_id.in_(chunk)))
                for r in rows:
                    out[int(r.id)] = (_claim(r._mapping), int(r.cluster_id or -1))
        return out

    def headlines(self, article_ids: Sequence[str],
                  conn: Connection | None = None) -> dict[str, str]:
        """The titles of the articles that have one."""
        out: dict[str, str] = {}
        with self._read(conn) as c:
            for chunk in _chunks(list(article_ids), 500):
                rows = c.execute(select(t.articles.c.id, t.articles.c.title)
                                 .where(t.articles.c.id.in_(chunk)))
                out.update({r.id: r.title for r in rows if r.title})
        return out

    def claims_of_article(self, article_id: str) -> list[Claim]:
        with self.engine.connect() as c:
            rows = c.execute(select(*_claim_cols()).where(t.claims.c.article_id == article_id)
                             .order_by(t.claims.c.start))
            return [_claim(r._mapping) for r in rows]

    def iter_claims(self, batch: int = 2000) -> Iterator[tuple[Claim, int]]:
        last = -1
        with self.engine.connect() as c:
            while True:
                rows = c.execute(select(*_claim_cols()).where(t.claims.c.id > last)
                                 .order_by(t.claims.c.id).limit(batch)).all()
                if not rows:
                    return
                for r in rows:
                    yield _claim(r._mapping), int(r.cluster_id or -1)
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
            for chunk in _chunks(list(article_ids), 500):
                rows = c.execute(select(t.claims.c.article_id, t.claims.c.vector,
                                        t.claims.c.entities)
                                 .where(t.claims.c.article_id.in_(chunk)))
                for r in rows:
                    out.setdefault(r.article_id, []).append(
                        np.frombuffer(r.vector, dtype=np.float32, count=dim))
                    names.setdefault(r.article_id, set()).update(
                        str(e["text"]) for e in r.entities or ())
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

    # -- clusters -------------------------------------------------------------------
    def cluster_members(self, cluster_ids: Sequence[int], limit: int = 10_000,
                        conn: Connection | None = None) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {cid: [] for cid in cluster_ids}
        with self._read(conn) as c:
            for cid in cluster_ids:
                rows = c.execute(select(t.claims.c.id).where(t.claims.c.cluster_id == cid)
                                 .order_by(t.claims.c.id.desc()).limit(limit))
                out[cid] = [int(r.id) for r in rows]
        return out

    def set_cluster_labels(self, conn: Connection, claim_ids: Sequence[int],
                           labels: Sequence[int]) -> set[int]:
        """Write assignments; negative labels become new clusters.  Returns the touched
        cluster ids: the new ones and those claims moved out of."""
        fresh: dict[int, int] = {}
        touched: set[int] = set()
        for chunk in _chunks(list(claim_ids), 500):
            rows = conn.execute(select(t.claims.c.cluster_id).where(t.claims.c.id.in_(chunk)))
            touched |= {int(r.cluster_id) for r in rows if r.cluster_id is not None}
        for cid, label in zip(claim_ids, labels, strict=True):
            if label < 0 and label not in fresh:
                fresh[label] = int(conn.execute(insert(t.clusters).values(
                    size=0, updated_at=time.time()).returning(t.clusters.c.id)).scalar_one())
            cluster_id = fresh.get(label, label)
            conn.execute(update(t.claims).where(t.claims.c.id == cid).values(cluster_id=cluster_id))
            touched.add(cluster_id)
        return touched

    def cluster_claims(self, cluster_id: int, conn: Connection | None = None) -> list[Claim]:
        with self._read(conn) as c:
            rows = c.execute(select(*_claim_cols()).where(t.claims.c.cluster_id == cluster_id)
                             .order_by(t.claims.c.source, t.claims.c.id))
            return [_claim(r._mapping) for r in rows]

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
            claims = [_claim(r._mapping) for r in c.execute(
                select(*_claim_cols()).where(t.claims.c.id.in_(picked)))]
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

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as c:
            return {name: int(c.execute(select(func.count()).select_from(table)).scalar_one())
                    for name, table in (("articles", t.articles), ("claims", t.claims),
                                        ("clusters", t.clusters))}

    # -- word counts (prior for loaded wording) ----------------------------------------
    def add_word_counts(self, conn: Connection, counts: Mapping[str, int]) -> None:
        if not counts:
            return
        existing = {r.word: int(r._mapping["count"]) for r in conn.execute(
            select(t.words).where(t.words.c.word.in_(list(counts))))}
        for word, n in counts.items():
            if word in existing:
                conn.execute(update(t.words).where(t.words.c.word == word)
                             .values(count=max(0, existing[word] + n)))
            elif n > 0:
                conn.execute(insert(t.words).values(word=word, count=n))

    def all_word_counts(self) -> dict[str, int]:
        with self.engine.connect() as c:
            return {r.word: int(r._mapping["count"]) for r in c.execute(select(t.words))}

    def word_counts(self, words: Iterable[str]) -> dict[str, int]:
        wanted = list(set(words))
        out: dict[str, int] = {}
        with self.engine.connect() as c:
            for chunk in _chunks(wanted, 500):
                out.update({r.word: int(r._mapping["count"]) for r in c.execute(
                    select(t.words).where(t.words.c.word.in_(chunk)))})
        return out

    # -- state --------------------------------------------------------------------------
    def get_state(self, key: str, conn: Connection | None = None) -> str | None:
        with self._read(conn) as c:
            return c.execute(select(t.state.c.value).where(t.state.c.key == key)).scalar()

    def set_state(self, conn: Connection, key: str, value: str) -> None:
        if conn.execute(select(t.state.c.key).where(t.state.c.key == key)).first():
            conn.execute(update(t.state).where(t.state.c.key == key).values(value=value))
        else:
            conn.execute(insert(t.state).values(key=key, value=value))

    @contextmanager
    def _read(self, conn: Connection | None) -> Iterator[Connection]:
        if conn is not None:
            yield conn
        else:
            with self.engine.connect() as c:
                yield c


# columns added after the first release: (table, column, SQL type); a store made before them
# gets them on open (nullable, so every row written before stays valid)
# (table, column, type, how to fill the rows already there)
_ADDED_COLUMNS = (
    ("claims", "checkworthy", "FLOAT", None),
    ("claims", "published", "VARCHAR(32)",
     "UPDATE claims SET published = (SELECT articles.published FROM articles"
     " WHERE articles.id = claims.article_id)"),
)


def _add_missing_columns(engine: Engine) -> None:
    from sqlalchemy import inspect
    from sqlalchemy.exc import DBAPIError

    for table, column, sql_type, fill in _ADDED_COLUMNS:
        if column in {c["name"] for c in inspect(engine).get_columns(table)}:
            continue
        try:
            with engine.begin() as conn:  # added and filled in one transaction
                conn.execute(text(f'ALTER TABLE {table} ADD COLUMN "{column}" {sql_type}'))
                if fill:
                    conn.execute(text(fill))
        except DBAPIError:
            # another process added it first
            if column not in {c["name"] for c in inspect(engine).get_columns(table)}:
                raise


def _create_tables(engine: Engine, attempts: int = 5) -> None:
    """Create the tables a new store lacks.  ``create_all`` looks, then creates: two processes
    opening one new store at once (two ingests, or the server and the batch job) both see no
    table and the second CREATE fails ("table articles already exists").  Looking again then
    finds the other's tables, so the loser retries instead of failing its whole run.  (A
    read lock that must turn into a write lock meets "database is locked" at once, without
    the busy wait: retried the same way.)"""
    for attempt in range(attempts):
        try:
            t.metadata.create_all(engine)
            return
        except (OperationalError, ProgrammingError, IntegrityError) as exc:
            # SQLite says "already exists"; PostgreSQL a duplicate (table, or its row type)
            if attempt == attempts - 1 or not any(
                    word in str(exc.orig).lower()
                    for word in ("already exists", "duplicate", "database is locked")):
                raise
            time.sleep(0.05 * (attempt + 1))


# SQLite's result codes SQLITE_CORRUPT and SQLITE_NOTADB; PostgreSQL's SQLSTATEs data_corrupted
# and index_corrupted.  (Not the word "malformed": PostgreSQL says it of a bad value.)
_SQLITE_DAMAGED = (11, 26)
_POSTGRES_DAMAGED = ("XX001", "XX002")


def _damaged(orig: BaseException) -> bool:
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _SQLITE_DAMAGED  # (the low byte: extended codes add a reason)
    return getattr(orig, "sqlstate", None) in _POSTGRES_DAMAGED


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # the wait first: switching to WAL takes a lock, which a second process opening the same
    # new file at that moment would otherwise meet as "database is locked" at once
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


@dataclass(frozen=True)
class ClusterCounts:
    size: int
    sources: int
    voices: int


def _claim_cols() -> list[Any]:
    return [c for c in t.claims.c if c.name != "vector"]


def _article(m: Mapping[Any, Any]) -> Article:
    return Article(id=m["id"], source=m["source"], text=m["text"], title=m["title"],
                   url=m["url"], published=m["published"], author=m["author"])


def _claim(m: Mapping[Any, Any]) -> Claim:
    return Claim(
        id=int(m["id"]), article_id=m["article_id"], source=m["source"], text=m["text"],
        start=int(m["start"]), end=int(m["end"]), core=m["core"], speaker=m["speaker"],
        entities=tuple(Entity(**e) for e in m["entities"]),
        numbers=tuple(Quantity(**q) for q in m["numbers"]),
        checkworthy=m["checkworthy"], published=m["published"],
    )


def _with_id(claim: Claim, cid: int) -> Claim:
    from dataclasses import replace

    return replace(claim, id=cid)


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for lo in range(0, len(items), size):
        yield items[lo : lo + size]
