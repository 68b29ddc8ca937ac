"""The pipeline's stages wired to the store, and what both its writing and its reading use:
the claims' facet vectors, and word rarity from the stored claims."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from embeddings.claims import ClaimExtractor
from embeddings.claims.checkworthy import CheckWorthiness
from embeddings.clustering import ClusterConfig, Disputed, OneMeasure, OneVoice
from embeddings.context import ArticleContext
from embeddings.encoder import CheckedEncoder, Encoder
from embeddings.facets import facets
from embeddings.lexical import Weigher, corpus_weigher
from embeddings.matching import MatchConfig
from embeddings.types import Claim
from service.claim_canon import ClaimCanon
from service.contrast import Contraster
from service.index_keeper import IndexKeeper
from service.pair_readings import remembered_disputed, remembered_one_measure
from service.settings import Settings
from service.store import SqlStore


class Stages:
    """The stages (each behind a one- or two-method Protocol) wired to the store."""

    def __init__(self, settings: Settings, store: SqlStore, extractor: ClaimExtractor,
                 encoder: Encoder, keeper: IndexKeeper, contraster: Contraster,
                 match: MatchConfig | None = None, clustering: ClusterConfig | None = None,
                 checkworthiness: CheckWorthiness | None = None,
                 one_measure: OneMeasure | None = None, disputed: Disputed | None = None,
                 one_voice: OneVoice | None = None):
        self.settings = settings
        self.store = store
        self.extractor = extractor
        self.encoder = encoder
        self.keeper = keeper
        self.contraster = contraster
        self.checkworthiness = checkworthiness
        # do two claims give a figure of one measure?  does one deny or oppose the other?
        # (asked again of the same pairs by every later article's clustering: remembered)
        self.one_measure = (remembered_one_measure(one_measure) if one_measure is not None
                            else None)
        self.disputed = remembered_disputed(disputed) if disputed is not None else None
        self.one_voice = one_voice  # two names of one speaker (cached where it is read)
        self.match = match or MatchConfig()
        self.clustering = replace(clustering or ClusterConfig(), match=self.match)
        self._thread_lock = threading.Lock()
        self._doc_freq: DocFreq | None = None
        # article context for clustering; read inside the write transaction (_store_one)
        self._tx: Any = None
        # the claims ingest reads back from the store, one object each across its articles
        # (what the clusterer remembers is keyed on them: service/claim_canon.py)
        self.canon = ClaimCanon()
        self.context = ArticleContext(self._load_cores, load_claims=self._load_claims)

    def embed(self, claims: Sequence[Claim],
              between: Callable[[], None] | None = None) -> list[np.ndarray]:
        """Facet vectors (core, then clauses) for each claim, in one encoder call
        (``between`` called between its batches, where the encoder can: a time limit)."""
        texts = [list(facets(c.core)) for c in claims]
        every = [t for ts in texts for t in ts]
        if between is not None and isinstance(self.encoder, CheckedEncoder):
            flat = self.encoder.encode_checked(every, between)
        else:
            flat = self.encoder.encode(every)
        out, offset = [], 0
        for ts in texts:
            out.append(flat[offset : offset + len(ts)])
            offset += len(ts)
        return out

    def _load_cores(self, article_ids: Sequence[str]
                    ) -> dict[str, tuple[np.ndarray, frozenset[str]]]:
        return self.store.article_cores(article_ids, self.encoder.dim, self._tx)

    def _load_claims(self, article_id: str) -> list[Claim]:
        return [self.canon(c)
                for c, _ in self.store.claims_of_articles([article_id], self._tx).values()]

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


@dataclass
class DocFreq:
    """In how many stored claims each word stem occurs, as of a store generation."""

    generation: int
    counts: Counter[str]
    n_docs: int
