"""The store's articles: taking them in, listing, walking and removing them, their
headlines, and the outlets they come from."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence

from sqlalchemy import Connection, delete, func, insert, select, tuple_

from embeddings.types import Article
from service.store import schema as t
from service.store.rows import StoreBase, article_from_row, chunks


class ArticleQueries(StoreBase):
    def get_article(self, article_id: str, conn: Connection | None = None) -> Article | None:
        with self._read(conn) as c:
            row = c.execute(select(t.articles).where(t.articles.c.id == article_id)).first()
        return article_from_row(row._mapping) if row else None

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
        return [(article_from_row(r._mapping), int(r.n_claims)) for r in rows], total

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
                yield [article_from_row(r._mapping) for r in rows]
                last = (float(rows[-1].ingested_at), str(rows[-1].id))

    def article_dates(self) -> list[tuple[str, str]]:
        """(id, published) of every article that has a date, as stored."""
        with self.engine.connect() as c:
            rows = c.execute(select(t.articles.c.id, t.articles.c.published)
                             .where(t.articles.c.published.is_not(None)))
            return [(str(r.id), str(r.published)) for r in rows]

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

    def headlines(self, article_ids: Sequence[str],
                  conn: Connection | None = None) -> dict[str, str]:
        """The titles of the articles that have one."""
        out: dict[str, str] = {}
        with self._read(conn) as c:
            for chunk in chunks(list(article_ids), 500):
                rows = c.execute(select(t.articles.c.id, t.articles.c.title)
                                 .where(t.articles.c.id.in_(chunk)))
                out.update({r.id: r.title for r in rows if r.title})
        return out
