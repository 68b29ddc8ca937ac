"""What the store's query mixins share: a connection to read through, and the conversions
between table rows and ``Article`` / ``Claim`` objects."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import Engine

from embeddings.types import Article, Claim, Entity, Quantity
from service.store import schema as t


class StoreBase:
    """The engine the mixins (articles, claims, clusters) query; ``SqlStore`` opens it."""

    engine: Engine

    @contextmanager
    def _read(self, conn: Connection | None) -> Iterator[Connection]:
        if conn is not None:
            yield conn
        else:
            with self.engine.connect() as c:
                yield c


def claim_columns() -> list[Any]:
    return [c for c in t.claims.c if c.name != "vector"]


def article_from_row(m: Mapping[Any, Any]) -> Article:
    return Article(id=m["id"], source=m["source"], text=m["text"], title=m["title"],
                   url=m["url"], published=m["published"], author=m["author"])


def claim_from_row(m: Mapping[Any, Any]) -> Claim:
    return Claim(
        id=int(m["id"]), article_id=m["article_id"], source=m["source"], text=m["text"],
        start=int(m["start"]), end=int(m["end"]), core=m["core"], speaker=m["speaker"],
        entities=tuple(Entity(**e) for e in m["entities"]),
        numbers=tuple(Quantity(**q) for q in m["numbers"]),
        checkworthy=m["checkworthy"], published=m["published"],
    )


def with_id(claim: Claim, cid: int) -> Claim:
    return replace(claim, id=cid)


def chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for lo in range(0, len(items), size):
        yield items[lo : lo + size]
