"""SQL store: articles, claims (with their vectors) and clusters, through SQLAlchemy Core.

Every write happens inside ``store.begin()`` (one transaction), so an article is
either stored with all its claims and cluster assignments or not at all.
SQLite runs in WAL mode so a server can read while the batch job writes.

The queries are grouped by what they read and write (``articles``, ``claims``,
``clusters``); ``SqlStore`` opens the engine and brings them together.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    Connection,
    bindparam,
    create_engine,
    event,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.engine import Engine, ExceptionContext

from service.errors import StoreUnreadable
from service.store import schema as t
from service.store.articles import ArticleQueries
from service.store.claims import ClaimQueries
from service.store.clusters import ClusterCounts, ClusterQueries
from service.store.migrate import add_missing_columns, create_tables, widen_id_columns
from service.store.pg_session import connect_args, describe, lock_holder
from service.store.rows import chunks
from service.write_lock import busy, deadline_in, seconds_left

# an arbitrary constant naming crossclaim's writer lock among PostgreSQL advisory locks
WRITER_LOCK_KEY = 0x63726F73  # "cros"
PG_POLL_SECONDS = 0.2  # a round trip to the database a try: not as often as a file lock


class SqlStore(ArticleQueries, ClaimQueries, ClusterQueries):
    def __init__(self, url: str):
        self.url = url
        self.engine: Engine = create_engine(url, future=True, pool_pre_ping=True,
                                            connect_args=connect_args(url))
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        # damage is met by whichever statement first reads the bad page, on open or weeks
        # later by a search: every one of them says so in the same words
        event.listen(self.engine, "handle_error", self._unreadable)
        try:
            create_tables(self.engine)
            add_missing_columns(self.engine)
            widen_id_columns(self.engine)
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
    def writer_lock(self, wait: float = 0.0) -> Iterator[None]:
        """One writer at a time across hosts: a session advisory lock on PostgreSQL, tried
        until ``wait`` seconds have passed, then refused as ``Busy`` (a writer that blocked
        until a reindex elsewhere ended left its HTTP client without an answer).

        The refusal names the holder's session (its ``application_name``: command, pid,
        host), from PostgreSQL's own tables.  (On SQLite the database file is on one host and
        the pipeline's file lock suffices.)
        """
        if self.engine.dialect.name != "postgresql":
            yield
            return
        deadline = deadline_in(wait)
        with self.engine.connect() as conn:
            while not conn.execute(text("SELECT pg_try_advisory_lock(:key)"),
                                   {"key": WRITER_LOCK_KEY}).scalar():
                conn.commit()  # no transaction left open while waiting
                left = seconds_left(deadline)
                if left <= 0:
                    holder = lock_holder(conn, WRITER_LOCK_KEY)
                    who = f" ({describe(holder)})" if holder else ""
                    raise busy(f"another crossclaim writer{who} holds the database's writer "
                               f"lock (PostgreSQL advisory lock {WRITER_LOCK_KEY})", wait,
                               holder=holder)
                time.sleep(min(PG_POLL_SECONDS, left))
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": WRITER_LOCK_KEY})
                conn.commit()

    def close(self) -> None:
        self.engine.dispose()

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
        # one statement each for all updates and all inserts (executemany): a statement a
        # word was compiled and sent 1,000 times an article, a twentieth of ingest
        updates = [{"w": word, "n": max(0, existing[word] + n)}
                   for word, n in counts.items() if word in existing]
        inserts = [{"word": word, "count": n}
                   for word, n in counts.items() if word not in existing and n > 0]
        if updates:
            conn.execute(update(t.words).where(t.words.c.word == bindparam("w"))
                         .values(count=bindparam("n")), updates)
        if inserts:
            conn.execute(insert(t.words), inserts)

    def all_word_counts(self) -> dict[str, int]:
        with self.engine.connect() as c:
            return {r.word: int(r._mapping["count"]) for r in c.execute(select(t.words))}

    def word_counts(self, words: Iterable[str]) -> dict[str, int]:
        wanted = list(set(words))
        out: dict[str, int] = {}
        with self.engine.connect() as c:
            for chunk in chunks(wanted, 500):
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


__all__ = ["WRITER_LOCK_KEY", "ClusterCounts", "SqlStore"]
