"""The pipeline, composed in one place:

    article -> claims -> vectors -> index -> clusters -> contrast

``Pipeline`` wires the stages (each behind a one- or two-method Protocol) to the
store; ``build_pipeline(settings)`` picks the default implementations.  The CLI,
the API and the batch job all go through it.
"""

from __future__ import annotations

import fcntl
import re
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from embeddings.claims import ClaimExtractor
from embeddings.clustering import Clusterer, OnlineClusterer
from embeddings.encoder import Encoder
from embeddings.matching import MatchConfig, match_score
from embeddings.types import Article, Claim, Contrast, PairJudgement
from service.contrast import Contraster, pair_relation
from service.errors import InvalidInput, NotFound
from service.index_keeper import GENERATION, IndexKeeper
from service.settings import Settings
from service.store import SqlStore

_WORD = re.compile(r"[a-z][a-z'’-]{2,}")


@dataclass(frozen=True)
class IngestResult:
    article_id: str
    source: str
    status: str  # new | replaced | duplicate | rejected
    claims: int = 0
    reason: str | None = None


@dataclass
class ClusterView:
    id: int
    relation: str
    summary: str
    differences: list[dict[str, Any]]
    claims: list[Claim]
    score: float | None = None  # relevance to a query, where there is one
    sources: list[str] = field(default_factory=list)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


class Pipeline:
    def __init__(self, settings: Settings, store: SqlStore, extractor: ClaimExtractor,
                 encoder: Encoder, keeper: IndexKeeper, contraster: Contraster,
                 match: MatchConfig | None = None):
        self.settings = settings
        self.store = store
        self.extractor = extractor
        self.encoder = encoder
        self.keeper = keeper
        self.contraster = contraster
        self.match = match or MatchConfig()
        self._thread_lock = threading.Lock()

    # -- writing ------------------------------------------------------------------------
    def ingest(self, articles: Sequence[Article]) -> list[IngestResult]:
        """Store articles incrementally: each in its own transaction, clusters updated."""
        with self._write_lock():
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
            extracted = [self.extractor.extract(a) for _, a, _ in todo]
            # one encoder call for the whole request keeps the batches full
            flat = [c.core for claims in extracted for c in claims]
            vectors = self.encoder.encode(flat)
            offset = 0
            for (i, article, replacing), claims in zip(todo, extracted, strict=True):
                vecs = vectors[offset : offset + len(claims)]
                offset += len(claims)
                self._store_one(article, claims, vecs, replacing)
                status = "replaced" if replacing else "new"
                results[i] = IngestResult(article.id, article.source, status, len(claims))
            if todo:
                self.keeper.save(self.keeper.store_generation())
            del index
            return [results[i] for i in range(len(articles))]

    def delete_article(self, article_id: str) -> int:
        with self._write_lock():
            self.keeper.sync()
            with self.store.begin() as conn:
                if self.store.get_article(article_id, conn) is None:
                    raise NotFound(f"no article with id {article_id!r}")
                old_claims = self.store.claims_of_article(article_id)
                gone = self.store.delete_article(conn, article_id)
                self.keeper.index.remove([cid for cid, _ in gone])
                touched = {cl for _, cl in gone if cl is not None}
                self.store.add_word_counts(conn, _negate(_count_words(old_claims)))
                self._recontrast(conn, touched)
                self._bump(conn)
            self.keeper.save(self.keeper.store_generation())
            return len(gone)

    def _store_one(self, article: Article, claims: list[Claim], vecs: np.ndarray,
                   replacing: bool) -> None:
        index = self.keeper.index
        added: list[int] = []
        try:
            with self.store.begin() as conn:
                touched: set[int] = set()
                if replacing:
                    old_claims = self.store.claims_of_article(article.id)
                    gone = self.store.delete_article(conn, article.id)
                    index.remove([cid for cid, _ in gone])
                    touched |= {cl for _, cl in gone if cl is not None}
                    self.store.add_word_counts(conn, _negate(_count_words(old_claims)))
                self.store.insert_article(conn, article)
                stored = self.store.insert_claims(conn, claims, vecs)
                ids = [c.id for c in stored if c.id is not None]
                index.add(ids, vecs)
                added = ids
                labels = OnlineClusterer(index, _TxLookup(self.store, conn)).assign(stored, vecs)
                touched |= self.store.set_cluster_labels(conn, ids, labels)
                self.store.add_word_counts(conn, _count_words(stored))
                self._recontrast(conn, touched)
                self._bump(conn)
        except BaseException:
            index.remove(added)  # the rows rolled back; their vectors must not be found
            raise

    def _recontrast(self, conn: Any, cluster_ids: set[int]) -> None:
        for cluster_id in sorted(cluster_ids):
            claims = self.store.cluster_claims(cluster_id, conn)
            contrast = self.contraster.contrast(claims) if claims else Contrast("agree")
            self.store.save_cluster(conn, cluster_id, claims, contrast_json(contrast),
                                    contrast.relation, contestedness(contrast, claims))

    def _bump(self, conn: Any) -> None:
        gen = int(self.store.get_state(GENERATION, conn) or 0) + 1
        self.store.set_state(conn, GENERATION, str(gen))

    @contextmanager
    def _write_lock(self) -> Iterator[None]:
        """One writer at a time, across threads and processes (API, CLI, batch job)."""
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        with self._thread_lock, open(self.settings.lock_path, "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    # -- reading ------------------------------------------------------------------------
    def search(self, query: str, top: int = 10) -> list[tuple[Claim, float]]:
        self._check_query(query)
        index = self.keeper.sync()
        hits = index.search(self.encoder.encode([query]), top)[0]
        found = self.store.claims_with_clusters([cid for cid, _ in hits])
        return [(found[cid][0], score) for cid, score in hits if cid in found]

    def contrasts(self, query: str, top: int = 5, min_voices: int = 2) -> list[ClusterView]:
        """The central question: the clusters of competing claims most relevant to ``query``."""
        self._check_query(query)
        index = self.keeper.sync()
        hits = index.search(self.encoder.encode([query]), max(50, top * 10))[0]
        found = self.store.claims_with_clusters([cid for cid, _ in hits])
        best: dict[int, float] = {}
        for cid, score in hits:
            if cid in found:
                cluster = found[cid][1]
                best[cluster] = max(best.get(cluster, -1.0), score)
        rows, _ = self.store.list_clusters(min_voices=min_voices, limit=len(best) or 1,
                                           ids=list(best))
        ranked = sorted(rows, key=lambda r: (-best[r["id"]], r["id"]))[:top]
        return [self._view(r, best[r["id"]]) for r in ranked]

    def clusters(self, min_voices: int = 2, limit: int = 50,
                 offset: int = 0) -> tuple[list[ClusterView], int]:
        rows, total = self.store.list_clusters(min_voices=min_voices, limit=limit, offset=offset)
        return [self._view(r) for r in rows], total

    def cluster(self, cluster_id: int) -> ClusterView:
        row = self.store.get_cluster(cluster_id)
        if row is None:
            raise NotFound(f"no cluster with id {cluster_id}")
        return self._view(row)

    def compare(self, a: str, b: str) -> PairJudgement:
        """Judge two free-text claims: same claim?  agreeing or conflicting?"""
        for text in (a, b):
            if not text or not text.strip():
                raise InvalidInput("both claims need some text")
        ca, cb = (self._adhoc_claim(t) for t in (a, b))
        vecs = self.encoder.encode([ca.core, cb.core])
        cosine = float(vecs[0] @ vecs[1])
        score, signals = match_score(ca, cb, cosine, self.match)
        matched = score >= self.match.threshold
        relation, contrast_signals = pair_relation(ca, cb)
        signals.update(contrast_signals)
        signals["score"] = round(score, 4)
        return PairJudgement(similarity=cosine, score=score, match=matched,
                             relation=relation if matched else "unrelated", signals=signals)

    def _adhoc_claim(self, text: str) -> Claim:
        """A claim object for a free-text sentence (speaker, entities, numbers found)."""
        article = Article(id="adhoc", source="input", text=text.strip())
        claims = self.extractor.extract(article)
        if len(claims) == 1:
            return claims[0]
        from service.adhoc import whole_text_claim

        return whole_text_claim(article)

    def _view(self, row: dict[str, Any], score: float | None = None) -> ClusterView:
        contrast = row.get("contrast") or {}
        claims = self.store.cluster_claims(int(row["id"]))
        return ClusterView(
            id=int(row["id"]), relation=row["relation"], summary=contrast.get("summary", ""),
            differences=list(contrast.get("differences", [])), claims=claims, score=score,
            sources=sorted({c.source for c in claims}))

    def _check_query(self, query: str) -> None:
        if not query or not query.strip():
            raise InvalidInput("the query is empty")
        if len(query) > self.settings.max_query_chars:
            raise InvalidInput(f"the query is longer than {self.settings.max_query_chars} "
                               "characters")


class _TxLookup:
    """The store seen through the open write transaction (so it sees its own rows)."""

    def __init__(self, store: SqlStore, conn: Any):
        self.store, self.conn = store, conn

    def claims_with_clusters(self, ids: Sequence[int]) -> dict[int, tuple[Claim, int]]:
        return self.store.claims_with_clusters(ids, self.conn)

    def cluster_members(self, cluster_ids: Sequence[int], limit: int) -> dict[int, list[int]]:
        return self.store.cluster_members(cluster_ids, limit, self.conn)


def validate(article: Article, max_chars: int) -> str | None:
    if not article.source or not article.source.strip():
        return "missing source"
    if not article.text or not article.text.strip():
        return "empty text"
    if len(article.text) > max_chars:
        return f"text longer than {max_chars} characters"
    return None


def contrast_json(contrast: Contrast) -> dict[str, Any]:
    return {"relation": contrast.relation, "summary": contrast.summary,
            "differences": [asdict(d) for d in contrast.differences]}


def contestedness(contrast: Contrast, claims: Sequence[Claim]) -> float:
    """Sort key for "most contested first": conflicts weigh most, then other differences."""
    conflicts = sum(1 for d in contrast.differences if d.conflict)
    others = len(contrast.differences) - conflicts
    voices = len({c.voice for c in claims})
    return 2.0 * conflicts + 0.5 * others + 0.1 * voices


def _count_words(claims: Sequence[Claim]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for claim in claims:
        counts.update(words(claim.text))
    return counts


def _negate(counts: Counter[str]) -> dict[str, int]:
    return {w: -n for w, n in counts.items()}


def build_pipeline(settings: Settings) -> Pipeline:
    """Choose the default stage implementations (plain code, no plugin registry)."""
    from embeddings.claims import SentenceClaimExtractor
    from embeddings.encoder import SentenceTransformerEncoder
    from service.contrast import RuleContraster

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    store = SqlStore(settings.db_url)
    encoder = SentenceTransformerEncoder(settings.model, settings.dtype, settings.batch_size)
    keeper = IndexKeeper(store, settings.index_path, settings.model, encoder.dim)
    return Pipeline(settings, store, SentenceClaimExtractor(), encoder, keeper,
                    RuleContraster())


__all__ = ["Clusterer", "IngestResult", "Pipeline", "build_pipeline"]
