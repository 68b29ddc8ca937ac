"""Bringing a store's tables up to date when it is opened: creating those a new store lacks,
and adding the columns that came after the first release."""

from __future__ import annotations

import time

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, ProgrammingError

from service.store import schema as t

# columns added after the first release: (table, column, SQL type, how to fill the rows
# already there); a store made before them gets them on open (nullable, so every row written
# before stays valid)
_ADDED_COLUMNS = (
    ("claims", "checkworthy", "FLOAT", None),
    ("claims", "published", "VARCHAR(32)",
     "UPDATE claims SET published = (SELECT articles.published FROM articles"
     " WHERE articles.id = claims.article_id)"),
)


def add_missing_columns(engine: Engine) -> None:
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


# columns made wider since they were first created: (table, column).  PostgreSQL holds a
# VARCHAR to its length (SQLite does not); a store made when an article id had 128
# characters at most must take a URL as its id too.  Widening a VARCHAR rewrites nothing.
_WIDENED_ID_COLUMNS = (("articles", "id"), ("claims", "article_id"))


def widen_id_columns(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        return
    for table, column in _WIDENED_ID_COLUMNS:
        found = {c["name"]: c["type"] for c in inspect(engine).get_columns(table)}
        length = getattr(found.get(column), "length", None)
        if length is None or length >= t.ID_CHARS:
            continue
        with engine.begin() as conn:  # idempotent: two processes may both widen it
            conn.execute(text(f'ALTER TABLE {table} ALTER COLUMN "{column}" '
                              f"TYPE VARCHAR({t.ID_CHARS})"))


def create_tables(engine: Engine, attempts: int = 5) -> None:
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
