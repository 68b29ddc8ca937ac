"""The store's claims as one query reads them: each claim fetched and parsed once.

Finding a query's story reads the same claims several times over: the hits, then every
claim of their articles, then the claims sharing a cluster with those (nearly all of them
claims of the articles just read, asked for only to learn their articles), then every claim
of the story's articles again, and the hits once more for the denials (the seeds four times
over: 2,830 rows parsed for 936 claims).  Parsing a row (its entities and figures are JSON)
is most of a read's cost.  A ``QueryReads`` lives for one query, so it never serves a claim
an ingest has since replaced.

It answers in the store's order, which the story's rule depends on (the first articles
found are those kept, ``MAX_ARTICLES``): claims by id in id order, as the store gives
them for the sorted ids and the 50 hits it is asked for; the claims of articles by article,
then by id.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from embeddings.types import Claim
from service.story import StoryStore


class QueryReads:
    """A ``StoryStore`` over ``store`` that remembers the claims read (``claims_with_clusters``,
    ``claims_of_articles``); the other reads go to the store."""

    def __init__(self, store: StoryStore):
        self.store = store
        self._claims: dict[int, tuple[Claim, int]] = {}
        self._asked: set[int] = set()  # ids looked up (some may be in no article now)
        self._of_article: dict[str, list[int]] = {}  # article -> its claims' ids, in id order

    def claims_with_clusters(self, ids: Sequence[int]) -> dict[int, tuple[Claim, int]]:
        missing = [i for i in dict.fromkeys(ids) if i not in self._asked]
        if missing:
            self._claims.update(self.store.claims_with_clusters(missing))
            self._asked.update(missing)
        return {i: self._claims[i] for i in sorted(set(ids)) if i in self._claims}

    def claims_of_articles(self, article_ids: Sequence[str]) -> dict[int, tuple[Claim, int]]:
        missing = [a for a in dict.fromkeys(article_ids) if a not in self._of_article]
        if missing:
            read = self.store.claims_of_articles(missing)
            for a in missing:
                self._of_article[a] = []
            for i in sorted(read):
                self._of_article[read[i][0].article_id].append(i)
            self._claims.update(read)
            self._asked.update(read)
        return {i: self._claims[i] for a in sorted(set(article_ids))
                for i in self._of_article[a]}

    def cluster_members(self, cluster_ids: Sequence[int],
                        limit: int = 10_000) -> Mapping[int, list[int]]:
        return self.store.cluster_members(cluster_ids, limit=limit)

    def headlines(self, article_ids: Sequence[str]) -> Mapping[str, str]:
        return self.store.headlines(article_ids)
