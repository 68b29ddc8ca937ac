"""The pipeline's writing: articles taken in (claims extracted, embedded, stored, clustered
and their clusters' contrast worked out) or removed, one writer at a time."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from embeddings.clustering import OnlineClusterer
from embeddings.facets import facet_id, facets
from embeddings.lexical import content_words, stem
from embeddings.types import Article, Claim
from service.claim_canon import ClaimCanon
from service.cluster_contrast import recontrast
from service.errors import NotFound, OverTimeLimit
from service.index_keeper import GENERATION, add_claims, check_facet_scheme
from service.pipeline_stages import Stages
from service.store import SqlStore
from service.time_limit import TimeLimit
from service.write_lock import deadline_in, hold_file_lock, seconds_left, take_thread_lock


@dataclass(frozen=True)
class IngestResult:
    article_id: str
    source: str
    status: str  # new | replaced | duplicate | rejected
    claims: int = 0
    reason: str | None = None


class Ingesting(Stages):
    def ingest(self, articles: Sequence[Article],
               time_limit: float = 0.0) -> list[IngestResult]:
        """Store articles incrementally: each in its own transaction, clusters updated.

        With ``time_limit`` (seconds of work, counted once the write lock is held; 0: none)
        the work stops with ``OverTimeLimit`` between two of its steps once that is spent:
        the article being stored is rolled back, the articles before it stay stored (named
        in the error's details), and the index file is not written."""
        with self._write_lock():
            limit = TimeLimit(time_limit)
            check_facet_scheme(self.store)  # clustering reads stored facet vectors
            index = self.keeper.sync()
            results: dict[int, IngestResult] = {}
            todo: list[tuple[int, Article, bool]] = []
            for i, article in enumerate(articles):
                problem = validate(article, self.settings.max_article_chars)
                if problem:
                    results[i] = IngestResult(article.id, article.source, "rejected", 0, problem)
                    continue
                old = self.store.get_article(article.id)
                if old is not None and old.content_hash == article.content_hash:
                    n = len(self.store.claims_of_article(article.id))
                    results[i] = IngestResult(article.id, article.source, "duplicate", n)
                    continue
                if any(a.id == article.id for _, a, _ in todo):
                    results[i] = IngestResult(article.id, article.source, "duplicate", 0,
                                              "same id twice in one request")
                    continue
                todo.append((i, article, old is not None))
            stored: list[str] = []
            try:
                extracted = []
                for _, article, _ in todo:
                    extracted.append(self.extractor.extract(article))
                    limit.check("reading claims")
                # one encoder call for the whole request keeps the batches full
                vectors = iter(self.embed([c for claims in extracted for c in claims],
                                          limit.checker("embedding claims")
                                          if limit.limited else None))
                for (i, article, replacing), claims in zip(todo, extracted, strict=True):
                    vecs = [next(vectors) for _ in claims]
                    claims = self.score_checkworthiness(claims, vecs)
                    self._store_one(article, claims, vecs, replacing, limit)
                    stored.append(article.id)
                    status = "replaced" if replacing else "new"
                    results[i] = IngestResult(article.id, article.source, status, len(claims))
            except OverTimeLimit as exc:
                raise over_time_limit(exc, stored, len(todo)) from None
            if todo:
                self.keeper.save(self.keeper.store_generation())
            del index
            return [results[i] for i in range(len(articles))]

    def delete_article(self, article_id: str) -> int:
        with self._write_lock():
            check_facet_scheme(self.store)  # the facets say which index entries to drop
            self.keeper.sync()
            with self.store.begin() as conn:
                if self.store.get_article(article_id, conn) is None:
                    raise NotFound(f"no article with id {article_id!r}")
                old_claims = self.store.claims_of_article(article_id)
                gone = self.store.delete_article(conn, article_id)
                self.keeper.index.remove(facet_ids(old_claims))
                self.context.forget(article_id)
                touched = {cl for _, cl in gone if cl is not None}
                self._change_word_counts(conn, old_claims, -1)
                self._recontrast(conn, touched)
                self._bump(conn)
            self.keeper.save(self.keeper.store_generation())
            return len(gone)

    def score_checkworthiness(self, claims: Sequence[Claim],
                              vectors: Sequence[np.ndarray]) -> list[Claim]:
        """The claims with their check-worthiness, from their core vectors (facet 0)."""
        if self.checkworthiness is None or not claims:
            return list(claims)
        scores = self.checkworthiness.score(np.vstack([v[0] for v in vectors]))
        return [replace(c, checkworthy=round(float(s), 4))
                for c, s in zip(claims, scores, strict=True)]

    def _store_one(self, article: Article, claims: list[Claim], vecs: list[np.ndarray],
                   replacing: bool, limit: TimeLimit | None = None) -> None:
        def between(step: str) -> Callable[[], None] | None:
            return limit.checker(step) if limit is not None and limit.limited else None

        index = self.keeper.index
        added: list[int] = []
        try:
            with self.store.begin() as conn:
                touched: set[int] = set()
                if replacing:
                    old_claims = self.store.claims_of_article(article.id)
                    gone = self.store.delete_article(conn, article.id)
                    index.remove(facet_ids(old_claims))
                    self.context.forget(article.id)
                    touched |= {cl for _, cl in gone if cl is not None}
                    self._change_word_counts(conn, old_claims, -1)
                self.store.insert_article(conn, article)
                stored = [self.canon(c) for c in self.store.insert_claims(conn, claims, vecs)]
                ids = [c.id for c in stored if c.id is not None]
                add_claims(index, ids, vecs)
                added = facet_ids(stored)
                # the article's own words count before clustering: its story's name is common
                self._change_word_counts(conn, stored, +1)
                weigh = self.weigher()
                if vecs:
                    self.context.remember(article.id, np.vstack([v[0] for v in vecs]),
                                          [n for c in stored for e in c.entities
                                           for n in (e.text, e.alias) if n])
                clusterer = OnlineClusterer(index, _TxLookup(self.store, conn, self.canon),
                                            self.clustering, weigh, self.context,
                                            self.one_measure, self.disputed, self.one_voice,
                                            between("clustering claims"),
                                            self.encoder.encode)
                self._tx = conn
                try:
                    labels = clusterer.assign(stored, vecs)
                finally:
                    self._tx = None
                touched |= self.store.set_cluster_labels(conn, list(labels), list(labels.values()))
                self._recontrast(conn, touched, between("contrasting clusters"))
                if limit is not None:
                    limit.check("storing claims")  # the last point before the commit
                self._bump(conn)
        except BaseException:
            index.remove(added)  # the rows rolled back; their vectors must not be found
            self._doc_freq = None  # nor their words counted
            self.context.forget(article.id)
            if replacing:
                # the replaced article's vectors left the index in memory, and its rows are
                # back: read the index again from its file (and the store) when next used
                self.keeper.discard()
            raise

    def _change_word_counts(self, conn: Any, claims: Sequence[Claim], sign: int) -> None:
        counts = _count_words(claims)
        doc_freq = self._current_doc_freq()
        self.store.add_word_counts(conn, {w: sign * n for w, n in counts.items()})
        doc_freq.counts.update({w: sign * n for w, n in counts.items()})
        doc_freq.n_docs += sign * len(claims)

    def _recontrast(self, conn: Any, cluster_ids: set[int],
                    between: Callable[[], None] | None = None) -> None:
        recontrast(self.store, self.contraster, conn, cluster_ids, between)

    def _bump(self, conn: Any) -> None:
        gen = int(self.store.get_state(GENERATION, conn) or 0) + 1
        self.store.set_state(conn, GENERATION, str(gen))
        if self._doc_freq is not None:
            self._doc_freq.generation = gen  # our own write: the in-memory counts are current

    @contextmanager
    def _write_lock(self) -> Iterator[None]:
        """One writer at a time, across threads and processes (API, CLI, batch job); one that
        has waited ``write_wait`` seconds for the others in all is refused as ``Busy``."""
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        wait, path = self.settings.write_wait, self.settings.lock_path
        deadline = deadline_in(wait)
        take_thread_lock(self._thread_lock, deadline, wait, path)
        try:
            with hold_file_lock(path, deadline, wait), \
                    self.store.writer_lock(seconds_left(deadline)):  # other hosts (PostgreSQL)
                yield
        finally:
            self._thread_lock.release()


class _TxLookup:
    """The store seen through the open write transaction (so it sees its own rows), its
    claims handed back as the objects ingest read before (``ClaimCanon``)."""

    def __init__(self, store: SqlStore, conn: Any, canon: ClaimCanon):
        self.store, self.conn, self.canon = store, conn, canon

    def claims_with_clusters(self, ids: Sequence[int]) -> dict[int, tuple[Claim, int]]:
        return {cid: (self.canon(claim), label) for cid, (claim, label)
                in self.store.claims_with_clusters(ids, self.conn).items()}

    def cluster_members(self, cluster_ids: Sequence[int], limit: int) -> dict[int, list[int]]:
        return self.store.cluster_members(cluster_ids, limit, self.conn)


def over_time_limit(exc: OverTimeLimit, stored: list[str], articles: int) -> OverTimeLimit:
    """The refusal of a request stopped by its time limit, saying what to do and what (if
    anything) of it was stored."""
    kept = (f"; its first {len(stored)} of {articles} articles were stored, the rest not"
            if stored else "; nothing was stored")
    return OverTimeLimit(
        f"ingest {exc.message} (CROSSCLAIM_INGEST_TIME_LIMIT){kept}. Send long articles or "
        "large batches through `crossclaim ingest` or the batch job (`crossclaim batch`), "
        "which have no time limit, or split the request into smaller ones",
        {**dict(exc.details or {}), "stored": stored})


def validate(article: Article, max_chars: int) -> str | None:
    if not article.source or not article.source.strip():
        return "missing source"
    if not article.text or not article.text.strip():
        return "empty text"
    if len(article.text) > max_chars:
        return f"text longer than {max_chars} characters"
    return None



def _count_words(claims: Sequence[Claim]) -> Counter[str]:
    """In how many of these claims each word stem occurs."""
    counts: Counter[str] = Counter()
    for claim in claims:
        counts.update({stem(w) for w in content_words(claim.text)})
    return counts


def facet_ids(claims: Sequence[Claim]) -> list[int]:
    return [facet_id(c.id, n) for c in claims if c.id is not None
            for n in range(len(facets(c.core)))]
