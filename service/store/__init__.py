"""Storage: SQL (SQLite by default, PostgreSQL by URL) for articles, claims and clusters."""

from service.store.sql import SqlStore

__all__ = ["SqlStore"]
