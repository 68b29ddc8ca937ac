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
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

import numpy as np

from embeddings.claims import ClaimExtractor
from embeddings.claims.checkworthy import CheckWorthiness, load_checkworthiness
from embeddings.clustering import (
    ClusterConfig,
    Clusterer,
    Disputed,
    OneMeasure,
    OnlineClusterer,
)
from embeddings.context import ArticleContext
from embeddings.encoder import Encoder
from embeddings.facets import claim_of, facet_id, facets
from embeddings.lexical import STOPWORDS, Weigher, content_words, corpus_weigher, stem
from embeddings.matching import MatchConfig, match_score
from embeddings.types import Article, Claim, PairJudgement
from service.cluster_contrast import of_the_asked_story, recontrast
from service.contrast import Contraster, pair_relation
from service.contrast.names import load_gazetteer
from service.contrast.wording import load_lexicon
from service.denials import story_denials
from service.errors import InvalidInput, NotFound, Unavailable
from service.figures import story_figures
from service.index_keeper import (
    GENERATION,
    IndexKeeper,
    add_claims,
    check_facet_scheme,
    check_vector_model,
)
from service.questions import names_asked, quantity_asked
from service.settings import Settings
from service.store import SqlStore
from service.story import (
    RELEVANT_SHARE,
    Story,
    StoryDifference,
    story_articles,
)
from service.terms import story_terms


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

    @property
    def voices(self) -> list[str]:
        return sorted({c.voice for c in self.claims})


@dataclass(frozen=True)
class StoryRead:
    """What a query reads of its story: its nearest claims (id, similarity), the claims of
    the story's articles (id -> (claim, cluster)) and their headlines (article id -> title)."""

    hits: list[tuple[int, float]]
    claims: dict[int, tuple[Claim, int]]
    headlines: dict[str, str]


class Pipeline:
    def __init__(self, settings: Settings, store: SqlStore, extractor: ClaimExtractor,
                 encoder: Encoder, keeper: IndexKeeper, contraster: Contraster,
                 match: MatchConfig | None = None, clustering: ClusterConfig | None = None,
                 checkworthiness: CheckWorthiness | None = None,
                 one_measure: OneMeasure | None = None, disputed: Disputed | None = None):
        self.settings = settings
        self.store = store
        self.extractor = extractor
        self.encoder = encoder
        self.keeper = keeper
        self.contraster = contraster
        self.checkworthiness = checkworthiness
        self.one_measure = one_measure  # do two claims give a figure of one measure?
        self.disputed = disputed  # does one claim deny or oppose the other?
        self.match = match or MatchConfig()
        self.clustering = replace(clustering or ClusterConfig(), match=self.match)
        self._thread_lock = threading.Lock()
        self._doc_freq: DocFreq | None = None
        # article context for clustering; read inside the write transaction (_store_one)
        self._tx: Any = None
        self.context = ArticleContext(self._load_cores)

    # -- writing ------------------------------------------------------------------------
    def ingest(self, articles: Sequence[Article]) -> list[IngestResult]:
        """Store articles incrementally: each in its own transaction, clusters updated."""
        with self._write_lock():
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
            extracted = [self.extractor.extract(a) for _, a, _ in todo]
            # one encoder call for the whole request keeps the batches full
            vectors = iter(self.embed([c for claims in extracted for c in claims]))
            for (i, article, replacing), claims in zip(todo, extracted, strict=True):
                vecs = [next(vectors) for _ in claims]
                claims = self.score_checkworthiness(claims, vecs)
                self._store_one(article, claims, vecs, replacing)
                status = "replaced" if replacing else "new"
                results[i] = IngestResult(article.id, article.source, status, len(claims))
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

    def embed(self, claims: Sequence[Claim]) -> list[np.ndarray]:
        """Facet vectors (core, then clauses) for each claim, in one encoder call."""
        texts = [list(facets(c.core)) for c in claims]
        flat = self.encoder.encode([t for ts in texts for t in ts])
        out, offset = [], 0
        for ts in texts:
            out.append(flat[offset : offset + len(ts)])
            offset += len(ts)
        return out

    def score_checkworthiness(self, claims: Sequence[Claim],
                              vectors: Sequence[np.ndarray]) -> list[Claim]:
        """The claims with their check-worthiness, from their core vectors (facet 0)."""
        if self.checkworthiness is None or not claims:
            return list(claims)
        scores = self.checkworthiness.score(np.vstack([v[0] for v in vectors]))
        return [replace(c, checkworthy=round(float(s), 4))
                for c, s in zip(claims, scores, strict=True)]

    def _store_one(self, article: Article, claims: list[Claim], vecs: list[np.ndarray],
                   replacing: bool) -> None:
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
                stored = self.store.insert_claims(conn, claims, vecs)
                ids = [c.id for c in stored if c.id is not None]
                add_claims(index, ids, vecs)
                added = facet_ids(stored)
                # the article's own words count before clustering: its story's name is common
                self._change_word_counts(conn, stored, +1)
                weigh = self.weigher()
                if vecs:
                    self.context.remember(article.id, np.vstack([v[0] for v in vecs]),
                                          [e.text for c in stored for e in c.entities])
                clusterer = OnlineClusterer(index, _TxLookup(self.store, conn),
                                            self.clustering, weigh, self.context,
                                            self.one_measure, self.disputed)
                self._tx = conn
                try:
                    labels = clusterer.assign(stored, vecs)
                finally:
                    self._tx = None
                touched |= self.store.set_cluster_labels(conn, list(labels), list(labels.values()))
                self._recontrast(conn, touched)
                self._bump(conn)
        except BaseException:
            index.remove(added)  # the rows rolled back; their vectors must not be found
            self._doc_freq = None  # nor their words counted
            self.context.forget(article.id)
            raise

    def _load_cores(self, article_ids: Sequence[str]
                    ) -> dict[str, tuple[np.ndarray, frozenset[str]]]:
        return self.store.article_cores(article_ids, self.encoder.dim, self._tx)

    def weigher(self) -> Weigher:
        """Word rarity from the stored claims' document frequencies."""
        doc_freq = self._current_doc_freq()
        return corpus_weigher(doc_freq.counts, doc_freq.n_docs)

    def _current_doc_freq(self) -> DocFreq:
        generation = self.keeper.store_generation()
        if self._doc_freq is None or self._doc_freq.generation != generation:
            # another process wrote: read the counts again (ours are kept up to date),
            # and forget article contexts (it may have replaced an article)
            self.context.forget()
            self._doc_freq = DocFreq(generation, Counter(self.store.all_word_counts()),
                                     self.store.claim_stats()[0])
        return self._doc_freq

    def _change_word_counts(self, conn: Any, claims: Sequence[Claim], sign: int) -> None:
        counts = _count_words(claims)
        doc_freq = self._current_doc_freq()
        self.store.add_word_counts(conn, {w: sign * n for w, n in counts.items()})
        doc_freq.counts.update({w: sign * n for w, n in counts.items()})
        doc_freq.n_docs += sign * len(claims)

    def _recontrast(self, conn: Any, cluster_ids: set[int]) -> None:
        recontrast(self.store, self.contraster, conn, cluster_ids)

    def _bump(self, conn: Any) -> None:
        gen = int(self.store.get_state(GENERATION, conn) or 0) + 1
        self.store.set_state(conn, GENERATION, str(gen))
        if self._doc_freq is not None:
            self._doc_freq.generation = gen  # our own write: the in-memory counts are current

    @contextmanager
    def _write_lock(self) -> Iterator[None]:
        """One writer at a time, across threads and processes (API, CLI, batch job)."""
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        with self._thread_lock, open(self.settings.lock_path, "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                with self.store.writer_lock():  # writers on other hosts (PostgreSQL)
                    yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    # -- reading ------------------------------------------------------------------------
    def search(self, query: str, top: int = 10) -> list[tuple[Claim, float]]:
        self._check_query(query)
        hits = self._nearest_claims(query, top)
        found = self.store.claims_with_clusters([cid for cid, _ in hits])
        return [(found[cid][0], score) for cid, score in hits if cid in found]

    def _nearest_claims(self, query: str, top: int) -> list[tuple[int, float]]:
        """Claims whose best facet is nearest the query, best first."""
        index = self.keeper.sync()
        best: dict[int, float] = {}
        for fid, score in index.search(self.encoder.encode([query]), top * 3)[0]:
            cid = claim_of(fid)
            best[cid] = max(best.get(cid, -1.0), score)
        return sorted(best.items(), key=lambda kv: -kv[1])[:top]

    def contrasts(self, query: str, top: int = 5, min_voices: int = 2) -> list[ClusterView]:
        """The central question: the clusters of competing claims most relevant to ``query``.

        A query that asks for a quantity ("how many ...", "how long ...") is answered first by
        the clusters whose claims near the query give one of that kind; the others follow,
        each group by relevance."""
        self._check_query(query)
        hits = self._nearest_claims(query, max(50, top * 10))
        found = self.store.claims_with_clusters([cid for cid, _ in hits])
        asked = quantity_asked(query)
        best: dict[int, float] = {}
        answers: set[int] = set()
        for cid, score in hits:
            if cid in found:
                claim, cluster = found[cid]
                best[cluster] = max(best.get(cluster, -1.0), score)
                if any(q.kind in asked for q in claim.numbers):
                    answers.add(cluster)
        rows, _ = self.store.list_clusters(min_voices=min_voices, limit=len(best) or 1,
                                           ids=list(best))
        # a cluster far less relevant than the best one is no answer, only the nearest of
        # the rest of the store ("How many jobs will Quorra cut?" is not about the storm)
        floor = RELEVANT_SHARE * max(best.values(), default=0.0)
        rows = [r for r in rows if best[r["id"]] >= floor]
        ranked = sorted(rows, key=lambda r: (r["id"] not in answers, -best[r["id"]], r["id"]))
        # twice as many as asked for: some may hold only claims of another story
        views = [self._view(r, best[r["id"]]) for r in ranked[:top * 2]]
        return of_the_asked_story(self.store, self.contraster, views, hits, found,
                                  names_asked(query), min_voices)[:top]

    def figures(self, query: str, top: int = 5) -> list[StoryDifference]:
        """The counts of the story ``query`` is about, compared across its clusters
        (``service.figures``): where outlets give other counts of the same people or things
        in claims the clusterer keeps apart."""
        read = self._story(query)
        return story_figures(read.claims, dict(read.hits), top, load_gazetteer(),
                             names_asked(query), read.headlines)

    def terms(self, query: str, top: int = 5) -> list[StoryDifference]:
        """The opposing labels outlets give one thing in the story ``query`` is about, across
        its clusters (``service.terms``): "offensive" / "anti-terror operations"."""
        read = self._story(query)
        return story_terms(read.claims, dict(read.hits), load_lexicon(), load_gazetteer(), top,
                           names_asked(query), read.headlines)

    def denials(self, query: str, top: int = 5) -> list[StoryDifference]:
        """Claims nearest ``query`` that another voice's claim in another cluster denies
        (``service.denials``): "troops crossed the border" / "denied that its troops had
        crossed"."""
        return self._denials(self._story(query), top)

    def across(self, query: str, top: int = 5) -> Across:
        """``figures``, ``terms`` and ``denials`` of one query, the story read once."""
        read = self._story(query)
        named, hits = names_asked(query), dict(read.hits)
        return Across(story_figures(read.claims, hits, top, load_gazetteer(), named,
                                    read.headlines),
                      story_terms(read.claims, hits, load_lexicon(), load_gazetteer(), top,
                                  named, read.headlines),
                      self._denials(read, top))

    def _denials(self, read: StoryRead, top: int) -> list[StoryDifference]:
        # the claims nearest the query, of any article: a denial shares no cluster with
        # what it denies, so its article is often outside the story the clusters link; the
        # story's claims say which places each one's story names
        found = self.store.claims_with_clusters([cid for cid, _ in read.hits])
        others = {c.article_id for c, _ in found.values()} - set(read.headlines)
        headlines = {**read.headlines, **self.store.headlines(sorted(others))}
        story = Story([*read.claims.values(), *found.values()], load_gazetteer(), headlines)
        return story_denials(found, dict(read.hits), self._matches, top, story)

    def _matches(self, a: Claim, b: Claim) -> bool:
        """Would ``compare`` call two stored claims one claim, one side denying the other?
        (Raw vectors: the denial's words pull it away, ``MatchConfig.disputed_margin``.)"""
        index = self.keeper.index
        va, vb = (index.vectors([facet_id(c.id or 0, n) for n in range(len(facets(c.core)))])
                  for c in (a, b))
        score, signals = match_score(a, b, va @ vb.T, self.match, self.weigher())
        # and a word in common besides names: "Kiev's claims were fabricated" denies
        # nothing of "Ukrainian forces repelled the attack", nor "the article was wrong" of
        # every claim naming Blinken, however near the two are in one story
        return score >= self.match.threshold - self.match.disputed_margin and bool(
            signals["shared_words"])

    def _story(self, query: str) -> StoryRead:
        """The query's nearest claims, and the claims of the story they are of."""
        self._check_query(query)
        hits = self._nearest_claims(query, 50)
        articles = story_articles(self.store, hits, names_asked(query))
        return StoryRead(hits, dict(self.store.claims_of_articles(articles)),
                         self.store.headlines(articles))

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
        ca, cb = (self.adhoc_claim(t) for t in (a, b))
        va, vb = self.embed([ca, cb])
        cosine = float(va[0] @ vb[0])
        score, signals = match_score(ca, cb, va @ vb.T, self.match, self.weigher())
        relation, contrast_signals = pair_relation(ca, cb)
        matched = score >= self.match.threshold or (
            contrast_signals["denial"] is True
            and score >= self.match.threshold - self.match.disputed_margin)
        signals.update(contrast_signals)
        signals["score"] = round(score, 4)
        if not matched:  # "Sources agree." on two different claims would say the opposite
            signals["contrast_summary"] = (
                f"Not the same claim (match score {score:.2f}, below {self.match.threshold:.2f}).")
        return PairJudgement(similarity=cosine, score=score, match=matched,
                             relation=relation if matched else "unrelated", signals=signals)

    def adhoc_claim(self, text: str) -> Claim:
        """A claim object for a free-text sentence (speaker, entities, numbers found)."""
        article = Article(id="adhoc", source="input", text=text.strip())
        claims = self.extractor.extract(article)
        # one claim that is the whole input; else the whole input as one claim: the user asked
        # about all of it, including what an article would drop ("Culkin Dead? Another Hoax")
        if len(claims) == 1 and claims[0].text == article.text:
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
        # "???" or "the of and": nearest neighbours of no content are arbitrary claims that
        # would look like an answer
        words = re.findall(r"\w+", query.lower())
        if not words or all(w in STOPWORDS for w in words):
            raise InvalidInput("the query has no words to search by")


@dataclass
class DocFreq:
    """In how many stored claims each word stem occurs, as of a store generation."""

    generation: int
    counts: Counter[str]
    n_docs: int


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


class Across(NamedTuple):
    """What a query's story holds across its clusters."""

    figures: list[StoryDifference]
    terms: list[StoryDifference]
    denials: list[StoryDifference]


def _count_words(claims: Sequence[Claim]) -> Counter[str]:
    """In how many of these claims each word stem occurs."""
    counts: Counter[str] = Counter()
    for claim in claims:
        counts.update({stem(w) for w in content_words(claim.text)})
    return counts


def facet_ids(claims: Sequence[Claim]) -> list[int]:
    return [facet_id(c.id, n) for c in claims if c.id is not None
            for n in range(len(facets(c.core)))]


def open_store(settings: Settings) -> SqlStore:
    """The store of ``settings``, checked to hold vectors of the configured model.  (Its facet
    layout is checked by the writers: reading and searching an older layout still work.)"""
    from service.reindex import finish_interrupted

    finish_interrupted(settings)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    store = SqlStore(settings.db_url)
    try:
        check_vector_model(store, settings.model)
    except Exception:
        store.close()
        raise
    return store


def build_pipeline(settings: Settings) -> Pipeline:
    """Choose the default stage implementations (plain code, no plugin registry)."""
    from embeddings.claims import SentenceClaimExtractor
    from embeddings.encoder import SentenceTransformerEncoder
    from service.contrast import RuleContraster
    from service.contrast.negation import disputed
    from service.contrast.numbers import one_measure

    store = open_store(settings)
    try:
        encoder = SentenceTransformerEncoder(settings.model, settings.dtype, settings.batch_size)
    except OSError:
        store.close()
        # models are never downloaded: say so in one line, not in the hub's paragraph
        raise Unavailable(f"cannot load the embedding model {settings.model!r}: it is neither "
                          "the bundled all-MiniLM-L6-v2 nor a model directory on this "
                          "machine") from None
    # the model's dimension is asked for when the index is first opened: listing the
    # store's claims or clusters loads no model
    keeper = IndexKeeper(store, settings.index_path, settings.model, lambda: encoder.dim)
    match = MatchConfig()
    if settings.match_threshold is not None:
        match = replace(match, threshold=settings.match_threshold)
    if settings.lexical_weight is not None:
        match = replace(match, lexical_weight=settings.lexical_weight)
    clustering = ClusterConfig()
    if settings.context_threshold is not None:
        clustering = replace(clustering, context_threshold=settings.context_threshold)
    if settings.min_support is not None:
        clustering = replace(clustering, min_support=settings.min_support)
    if settings.figure_bonus is not None:
        clustering = replace(clustering, figure_bonus=settings.figure_bonus)
    if settings.dispute_bonus is not None:
        clustering = replace(clustering, dispute_bonus=settings.dispute_bonus)
    return Pipeline(settings, store, SentenceClaimExtractor(), encoder, keeper,
                    RuleContraster(), match, clustering, load_checkworthiness(settings.model),
                    one_measure, disputed)


__all__ = ["Clusterer", "IngestResult", "Pipeline", "build_pipeline", "open_store"]
