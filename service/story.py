"""One story's claims across its clusters, for the comparisons made at query time.

A cluster holds one claim, so the contrast inside it never sees the claims that answer the
same question in other words, or name the same thing with another label.  Asked about a
subject, the service therefore also compares claims of the whole story across its clusters:
its figures (``service.figures``) and its labels (``service.terms``).

Which claims belong to one story is kept narrow, since comparing the tolls of two
earthquakes would make up a dispute.  The articles read are those of the claims that answer
the query as directly as the best one does, and those sharing a cluster with them.  Two
articles are then of one story only if they share a cluster (the clusterer found one claim
in both), or are linked so through other articles read, and do not name disjoint places (a
place the gazetteer lists under two names, "Kyiv"/"Kiev", is one place); shared clusters
alone are no proof, generic claims ("rescuers searched the rubble") link stories of one
kind.  Two reports of the same days that name a
common town (not a country or a capital) are one story as well, shared cluster or not.  A
figure is a figure of one day, so figures also ask both articles to be published at most
``STORY_DAYS`` apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from embeddings.claims.entities import PLACE_ACRONYMS, PLACES
from embeddings.matching import entity_key
from embeddings.types import Claim, Difference
from service.contrast.names import Gazetteer
from service.contrast.said import publication_day
from service.contrast.text import fold

# hits this close to the best one answer the query as directly (cosine of query and claim)
DIRECT = 0.1
STORY_DAYS = 3  # reports of one story are published within days of each other
MAX_ARTICLES = 40  # a story's articles read (bounds the work per query)
# a query's answers: clusters (and claims) at least this share as relevant as the most
# relevant hit; the others are only the nearest of the rest of the store
RELEVANT_SHARE = 0.5


class StoryStore(Protocol):
    def claims_with_clusters(self, ids: Sequence[int]) -> Mapping[int, tuple[Claim, int]]: ...

    def claims_of_articles(self, article_ids: Sequence[str]) -> Mapping[int, tuple[Claim, int]]:
        ...

    def cluster_members(self, cluster_ids: Sequence[int],
                        limit: int = ...) -> Mapping[int, list[int]]: ...


@dataclass(frozen=True)
class StoryDifference:
    """One difference between claims of a story in different clusters, with those claims."""

    difference: Difference
    claims: list[Claim]
    clusters: dict[int, int]  # claim id -> cluster id


def story_articles(store: StoryStore, hits: Sequence[tuple[int, float]]) -> list[str]:
    """The articles of the claims answering the query most directly, and those sharing a
    cluster with them."""
    if not hits:
        return []
    best = hits[0][1]
    direct = [cid for cid, score in hits if score >= best - DIRECT]
    found = store.claims_with_clusters(direct)
    articles = list(dict.fromkeys(found[c][0].article_id for c in direct if c in found))
    seeds = store.claims_of_articles(articles)
    clusters = sorted({label for _, label in seeds.values() if label >= 0})
    members = store.cluster_members(clusters, limit=MAX_ARTICLES)
    linked = store.claims_with_clusters(sorted({m for ids in members.values() for m in ids}))
    for claim, _ in linked.values():
        if claim.article_id not in articles:
            articles.append(claim.article_id)
    return articles[:MAX_ARTICLES]


def across_clusters(difference: Difference,
                    claims: Mapping[int, tuple[Claim, int]]) -> StoryDifference | None:
    """``difference`` with its claims, if they lie in two clusters or more (else the
    cluster's own contrast shows it)."""
    ids = list(dict.fromkeys(int(str(row["claim_id"])) for row in difference.evidence))
    cluster_of = {i: claims[i][1] for i in ids if i in claims}
    if len(set(cluster_of.values())) < 2:
        return None
    return StoryDifference(difference, [claims[i][0] for i in ids if i in claims], cluster_of)


def by_relevance(views: list[StoryDifference], relevance: Mapping[int, float],
                 kinds: Sequence[str] = ()) -> list[StoryDifference]:
    """Those of the claims most relevant to the query first (claim id -> similarity; claims
    not scored count as least), then in the order of ``kinds``."""
    def key(v: StoryDifference) -> tuple[float, int]:
        kind = v.difference.kind
        return (-max(relevance.get(i, -1.0) for i in v.clusters),
                kinds.index(kind) if kind in kinds else len(kinds))
    return sorted(views, key=key)


class Story:
    """Which two articles of the claims read report one story (see the module's doc).
    ``gazetteer``: places it lists under several names ("Kyiv"/"Kiev") count as one place."""

    def __init__(self, claims: Iterable[tuple[Claim, int]], gazetteer: Gazetteer | None = None):
        def place(name: str) -> str:
            group = gazetteer.group_of.get(fold(name)) if gazetteer is not None else None
            return entity_key(name) if group is None else f"#{group}"

        articles_of: dict[int, set[str]] = {}
        self.day: dict[str, date | None] = {}
        self.places: dict[str, set[str]] = {}
        towns: dict[str, set[str]] = {}  # places below a country or a capital
        for claim, cluster in claims:
            if cluster >= 0:
                articles_of.setdefault(cluster, set()).add(claim.article_id)
            self.day.setdefault(claim.article_id, _day(claim.published))
            self.places.setdefault(claim.article_id, set()).update(
                place(e.text) for e in claim.entities if e.label == "PLACE")
            towns.setdefault(claim.article_id, set()).update(
                place(e.text) for e in claim.entities if e.label == "PLACE"
                and fold(e.text).lower() not in PLACES and e.text not in PLACE_ACRONYMS)
        self.linked = {frozenset((a, b)) for arts in articles_of.values()
                       for a in arts for b in arts if a != b}
        # two reports of the same days that name one town are one story too, though no
        # claim of one joined the other's ("Kharkiv" / "Kharkov": a denial, in the other
        # side's names, seldom shares a cluster with what it denies).  A country or a
        # capital is no such link: two strikes in Ukraine on one day are two stories
        dated = sorted(a for a, d in self.day.items() if d is not None and towns.get(a))
        for i, x in enumerate(dated):
            for y in dated[i + 1:]:
                day_x, day_y = self.day[x], self.day[y]
                if day_x is not None and day_y is not None \
                        and abs((day_x - day_y).days) <= STORY_DAYS and towns[x] & towns[y]:
                    self.linked.add(frozenset((x, y)))
        self._root: dict[str, str] | None = None  # union-find over articles (group_of)
        self._pairs: dict[tuple[str, str], tuple[bool, bool]] = {}

    def same_story(self, a: Claim, b: Claim) -> bool:
        """One article, or two that share a cluster (or are linked through others that do)
        and do not name disjoint places."""
        return self._articles(a.article_id, b.article_id)[0]

    def _articles(self, x: str, y: str) -> tuple[bool, bool]:
        """(one story, and of the same days) for two articles; asked for every pair of
        claims, so worked out once per pair of articles."""
        key = (x, y) if x <= y else (y, x)
        if key not in self._pairs:
            # linked directly, or through reports linked to both ("12 arrested" and "30
            # detained" share no cluster, but each shares one with a third report of the day)
            linked = frozenset(key) in self.linked or self._group(x) == self._group(y)
            story = x == y or (linked and self._same_places(x, y))
            day_x, day_y = self.day.get(x), self.day.get(y)
            days = x == y or (story and day_x is not None and day_y is not None
                              and abs((day_x - day_y).days) <= STORY_DAYS)
            self._pairs[key] = (story, days)
        return self._pairs[key]

    def group_of(self, claim: Claim) -> str:
        """The story the claim's article is in: articles joined by ``same_story``, taken
        transitively (one article stands for its group)."""
        return self._group(claim.article_id)

    def _group(self, article: str) -> str:
        if self._root is None:
            self._root = {}
            for pair in sorted(self.linked, key=sorted):
                x, y = sorted(pair)
                root_x, root_y = self._find(x), self._find(y)
                if root_x != root_y and self._same_places(x, y):
                    self._root[root_x] = root_y
        return self._find(article)

    def _find(self, article: str) -> str:
        assert self._root is not None
        while article in self._root:
            article = self._root[article]
        return article

    def _same_places(self, x: str, y: str) -> bool:
        places_x, places_y = self.places.get(x, set()), self.places.get(y, set())
        return not (places_x and places_y and places_x.isdisjoint(places_y))

    def same_days(self, a: Claim, b: Claim) -> bool:
        """Of one story and, for two articles, both dated at most ``STORY_DAYS`` apart."""
        return self._articles(a.article_id, b.article_id)[1]


def _day(published: str | None) -> date | None:
    day = publication_day(published)
    return date.fromisoformat(day) if day else None
