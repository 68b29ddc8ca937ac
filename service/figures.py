"""The figures of one story, compared across its clusters.

A cluster holds one claim, so the contrast inside it never sees the claims that answer the
same question in other words: "Police said 35,000 people took part" and "Organisers put the
turnout at 250,000" share no words, and the article context takes out exactly what a
story's figures are about.  Yet the figures of a story are what its outlets dispute most
("at least 25 died, more than the official count").  Asked about a subject, the service
therefore also compares the figures of the whole story, across its clusters.

Which claims belong to one story is kept narrow, since comparing the tolls of two
earthquakes would make up a dispute.  The articles read are those of the claims that answer
the query as directly as the best one does, and those sharing a cluster with them.  Two
claims are then compared only when they come from one article, or from two articles that
share a cluster (the clusterer found one claim in both), were published at most
``STORY_DAYS`` apart (both dated) and do not name disjoint places.  Shared clusters alone
are no proof: generic claims ("rescuers searched the rubble") link stories of one kind.
Only counts that answer one
question are compared (``numbers.same_question``: the same fate said on both sides, "died",
"arrested", "took part", or the same named thing, "cases"), and only disputes and figures
that moved between days whose figures lie in two clusters or more are reported: the others
are in the cluster's own contrast already.  Agreement is left out: open counts ("over 330")
overlap nearly anything and chain into agreements nobody asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from embeddings.matching import entity_key
from embeddings.types import Claim, Difference
from service.contrast.numbers import number_differences
from service.contrast.said import Said, person_voices, publication_day

# hits this close to the best one answer the query as directly (cosine of query and claim)
DIRECT = 0.1
STORY_DAYS = 3  # reports of one story are published within days of each other
MAX_ARTICLES = 40  # a story's articles read for figures (bounds the work per query)
# disputes and figures that moved; agreement across clusters is left out: counts that overlap
# ("over 330", "907") chain into agreements nobody asked for
_FIGURE_KINDS = ("numbers", "numbers_changed")


class StoryStore(Protocol):
    def claims_with_clusters(self, ids: Sequence[int]) -> Mapping[int, tuple[Claim, int]]: ...

    def claims_of_articles(self, article_ids: Sequence[str]) -> Mapping[int, tuple[Claim, int]]:
        ...

    def cluster_members(self, cluster_ids: Sequence[int],
                        limit: int = ...) -> Mapping[int, list[int]]: ...


@dataclass(frozen=True)
class FigureView:
    """One difference between figures of a story, with the claims that give them."""

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


def story_figures(claims: Mapping[int, tuple[Claim, int]],
                  relevance: Mapping[int, float], top: int = 5) -> list[FigureView]:
    """Differences between the figures of ``claims`` (id -> (claim, cluster)) that span two
    clusters or more; those of the claims most ``relevance``-ant to the query first (claim
    id -> similarity; claims not scored count as least relevant), disputes before changes
    and agreement."""
    with_figures = sorted((c for c, _ in claims.values() if c.numbers and c.id is not None),
                          key=lambda c: c.id or 0)
    same = person_voices(c.speaker for c in with_figures if c.speaker)
    said = [Said(c, same.get(c.voice, c.voice)) for c in with_figures]
    story = _Story(claims.values())
    views = []
    for difference in number_differences(said, questions_only=True, related=story.related):
        ids = list(dict.fromkeys(int(str(row["claim_id"])) for row in difference.evidence))
        cluster_of = {i: claims[i][1] for i in ids if i in claims}
        if len(set(cluster_of.values())) < 2 or difference.kind not in _FIGURE_KINDS:
            continue  # the cluster's own contrast shows it
        views.append(FigureView(difference, [claims[i][0] for i in ids if i in claims],
                                cluster_of))
    views.sort(key=lambda v: (-max(relevance.get(i, -1.0) for i in v.clusters),
                              _FIGURE_KINDS.index(v.difference.kind)))
    return views[:top]


class _Story:
    """Which two articles of the claims read report one story (see the module's doc)."""

    def __init__(self, claims: Iterable[tuple[Claim, int]]):
        articles_of: dict[int, set[str]] = {}
        self.day: dict[str, date | None] = {}
        self.places: dict[str, set[str]] = {}
        for claim, cluster in claims:
            if cluster >= 0:
                articles_of.setdefault(cluster, set()).add(claim.article_id)
            self.day.setdefault(claim.article_id, _day(claim.published))
            self.places.setdefault(claim.article_id, set()).update(
                entity_key(e.text) for e in claim.entities if e.label == "PLACE")
        self.linked = {frozenset((a, b)) for arts in articles_of.values()
                       for a in arts for b in arts if a != b}

    def related(self, a: Claim, b: Claim) -> bool:
        x, y = a.article_id, b.article_id
        if x == y:
            return True
        if frozenset((x, y)) not in self.linked:
            return False
        day_x, day_y = self.day.get(x), self.day.get(y)
        if day_x is None or day_y is None or abs((day_x - day_y).days) > STORY_DAYS:
            return False
        places_x, places_y = self.places.get(x, set()), self.places.get(y, set())
        return not (places_x and places_y and places_x.isdisjoint(places_y))


def _day(published: str | None) -> date | None:
    day = publication_day(published)
    return date.fromisoformat(day) if day else None
