"""Article context: compare what a sentence *adds* to its article, not what the article is about.

Every sentence of a news article carries the article's story in its embedding, so two
sentences from two articles on one story look alike whatever they claim.  Subtracting
the mean of the article's *other* sentences (leave-one-out, so a sentence never removes
itself) takes that shared story out; what is left is the sentence's own point.  On the
reader-judged seed pairs this separates "same claim" from "same topic" better than raw
cosine (ROC AUC 0.82 vs 0.77; `python bench/context_auc.py`, docs/matching.md).

Why the article and not the corpus mean: it needs no corpus statistics (the first
article is treated like the millionth), it does not move when the store grows, and two
copies of one article stay identical.  An article of one sentence (a headline) has no
context: its vectors are used as they are, and compared on the raw scale.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol

import numpy as np

from embeddings.types import Claim

CoreLoader = Callable[[Sequence[str]], Mapping[str, np.ndarray]]


class Context(Protocol):
    """Claim vectors with the claim's article context removed (None: no context)."""

    def prefetch(self, article_ids: Iterable[str]) -> None: ...

    def centred(self, claim: Claim, vectors: np.ndarray) -> np.ndarray | None: ...


class ArticleContext:
    """Leave-one-out article means, kept as (sum of core vectors, count) per article.

    ``load`` returns the core vectors of stored articles' claims; sums are cached (LRU)
    because one article's claims are compared with many new ones.
    """

    def __init__(self, load: CoreLoader, max_articles: int = 20_000):
        self.load = load
        self.max_articles = max_articles
        self._sums: OrderedDict[str, tuple[np.ndarray, int]] = OrderedDict()

    def remember(self, article_id: str, core_vectors: np.ndarray) -> None:
        """Record an article's core vectors (a new article, before it can be loaded)."""
        cores = np.asarray(core_vectors, dtype=np.float32)
        self._sums[article_id] = (cores.sum(axis=0), len(cores))
        self._sums.move_to_end(article_id)
        while len(self._sums) > self.max_articles:
            self._sums.popitem(last=False)

    def forget(self, article_id: str | None = None) -> None:
        """Drop one article (replaced or deleted), or everything (another process wrote)."""
        if article_id is None:
            self._sums.clear()
        else:
            self._sums.pop(article_id, None)

    def prefetch(self, article_ids: Iterable[str]) -> None:
        missing = sorted({a for a in article_ids if a not in self._sums})
        if missing:
            for article_id, cores in self.load(missing).items():
                self.remember(article_id, cores)

    def centred(self, claim: Claim, vectors: np.ndarray) -> np.ndarray | None:
        if claim.article_id not in self._sums:
            self.prefetch([claim.article_id])
        total, n = self._sums.get(claim.article_id, (None, 0))
        if total is None or n < 2:
            return None
        rest = (total - vectors[0]) / (n - 1)  # vectors[0] is the claim's own core
        out = vectors - rest
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return (out / norms).astype(np.float32, copy=False)
