"""One story's claims across its clusters, for the comparisons made at query time.

A cluster holds one claim, so the contrast inside it never sees the claims that answer the
same question in other words, or name the same thing with another label.  Asked about a
subject, the service therefore also compares claims of the whole story across its clusters:
its figures (``service.figures``) and its labels (``service.terms``).

Which claims belong to one story is kept narrow, since comparing the tolls of two
earthquakes would make up a dispute.  The articles read are those of the claims that answer
the query about as well as the contrast view asks its clusters to (``RELEVANT_SHARE``), and
those sharing a cluster with them.  Two articles are then of one story only if they share a
cluster (the clusterer found one claim in both), or are linked so through other articles
read, and do not name disjoint places (a place the gazetteer lists under two names,
"Kyiv"/"Kiev", is one place); shared clusters alone are no proof, generic claims ("rescuers
searched the rubble") link stories of one kind, so linked articles form a story only while
the places of all of them meet.  Two reports of the same days that name a common town (not a
country or a capital), or one rare name ("Skyway"), are one story as well, shared cluster
or not.  A figure is a figure of one day, so figures also ask both articles to be published
at most ``STORY_DAYS`` apart, and a query's answers are the differences of the news its most
direct answers are part of (``news_of``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Protocol

from embeddings.claims.entities import PLACE_ACRONYMS, PLACES, is_demonym, is_title
from embeddings.matching import entity_key
from embeddings.types import Claim, Difference, Entity
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

    def headlines(self, article_ids: Sequence[str]) -> Mapping[str, str]: ...


@dataclass(frozen=True)
class StoryDifference:
    """One difference between claims of a story in different clusters, with those claims."""

    difference: Difference
    claims: list[Claim]
    clusters: dict[int, int]  # claim id -> cluster id


def story_articles(store: StoryStore, hits: Sequence[tuple[int, float]],
                   named: Sequence[str] = ()) -> list[str]:
    """The articles of the claims answering the query most directly, of the other hits whose
    report gives a name the query gives (``named``), and those sharing a cluster with them."""
    if not hits:
        return []
    best = hits[0][1]
    # every hit about as relevant as the contrast view asks its clusters to be: a lead that
    # names the story ("A Skyway jet made an emergency landing") answers a query far better
    # than the other reports' claims; which articles are of one story is ``Story``'s rule
    direct = [cid for cid, score in hits if score >= min(best - DIRECT, RELEVANT_SHARE * best)]
    found = store.claims_with_clusters(direct)
    articles = list(dict.fromkeys(found[c][0].article_id for c in direct if c in found))
    if named:
        # "She said nine inmates had died" answers "Sabana prison riot deaths" poorly, but
        # its report's headline names the prison
        wanted = [w for w in map(name_words, named) if w]
        rest = store.claims_with_clusters([cid for cid, _ in hits if cid not in found])
        headlines = store.headlines(sorted({c.article_id for c, _ in rest.values()}))
        for claim, _ in rest.values():
            words = {w for e in claim.entities for w in name_words(e.text)}
            words |= {w for e in _headline_entities(headlines.get(claim.article_id, ""))
                      for w in name_words(e.text)}
            if any(w <= words for w in wanted) and claim.article_id not in articles:
                articles.append(claim.article_id)
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


def of_the_query(views: list[StoryDifference], story: Story,
                 claims: Mapping[int, tuple[Claim, int]], relevance: Mapping[int, float],
                 named: Sequence[str] = ()) -> list[StoryDifference]:
    """Those of the stories the query is about: the stories of the claims that answer it as
    directly as the best one does.  Asked about one company's job cuts, the cuts of another
    company, disputed in a story read beside it, are no answer.  ``named``: the names the
    query gives; where it names a place some stories name, those are asked about ("Karsan
    earthquake death toll" is not about the earthquake in Veranza, however alike the two
    stories' claims read); so with any name the query gives that some reports give, in
    their claims or headlines ("Mira death toll" asks about the cyclone named Mira)."""
    scored = [(score, i) for i, score in relevance.items() if i in claims]
    if not scored:
        return views
    best = max(score for score, _ in scored)
    asked = {story.news_of(claims[i][0]) for score, i in scored if score >= best - DIRECT}
    naming = {story.news_of(c) for c, _ in claims.values() if story.names_any(c.article_id, named)}
    if naming:
        asked = (asked & naming) or naming
    return [v for v in views if any(story.news_of(c) in asked for c in v.claims)]


def asked_stories(story: Story, hits: Sequence[tuple[Claim, float]],
                  named: Sequence[str] = ()) -> tuple[set[str], bool]:
    """The stories (``Story.group_of``) a query asks about: those of the claims answering it
    as directly as the best one (claim, similarity), or where it gives names some reports
    give, of those reports; and whether it did."""
    if not hits:
        return set(), False
    best = max(score for _, score in hits)
    asked = {story.group_of(c) for c, score in hits if score >= best - DIRECT}
    naming = {story.group_of(c) for c, _ in hits if story.names_any(c.article_id, named)}
    return (asked & naming) or naming or asked, bool(naming)


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

    def __init__(self, claims: Iterable[tuple[Claim, int]], gazetteer: Gazetteer | None = None,
                 headlines: Mapping[str, str] | None = None):
        self.gazetteer = gazetteer
        self._place_keys: dict[str, str] = {}
        place = self.place_key

        articles_of: dict[int, set[str]] = {}
        self.day: dict[str, date | None] = {}
        self.places: dict[str, set[str]] = {}
        self.towns: dict[str, set[str]] = {}  # places below a country or a capital
        towns = self.towns
        names: dict[str, set[str]] = {}  # rare names of companies, bodies, ships...
        self.words: dict[str, set[str]] = {}  # the words of every name an article gives
        self.rare: dict[str, set[str]] = {}  # its rare names, places too ("Orvell", "Kadra")
        for claim, cluster in claims:
            if cluster >= 0:
                articles_of.setdefault(cluster, set()).add(claim.article_id)
            self.day.setdefault(claim.article_id, _day(claim.published))
            self.places.setdefault(claim.article_id, set()).update(
                place(e.text) for e in claim.entities if e.label == "PLACE")
            towns.setdefault(claim.article_id, set()).update(
                place(e.text) for e in claim.entities if e.label == "PLACE"
                and fold(e.text).lower() not in PLACES and e.text not in PLACE_ACRONYMS)
            named = _names_of(claim)
            names.setdefault(claim.article_id, set()).update(_rare_names(named))
            self.words.setdefault(claim.article_id, set()).update(
                w for e in claim.entities for w in name_words(e.text))
            self.rare.setdefault(claim.article_id, set()).update(
                _rare_names(named, places=True))
        # a headline names what its report is about where the text may not ("Minister defends
        # response to Sabana riot" over "the riot was quelled within three hours"): its rare
        # names link reports and answer a query's names, but split no story (a headline's
        # capitals are no sure sign of a place)
        for article, headline in (headlines or {}).items():
            if article in self.day and headline:
                found = _headline_entities(headline)
                names.setdefault(article, set()).update(_rare_names(found, places=True))
                self.words.setdefault(article, set()).update(
                    w for e in found for w in name_words(e.text))
        self.linked = {frozenset((a, b)) for arts in articles_of.values()
                       for a in arts for b in arts if a != b}
        # two reports of the same days that name one town are one story too, though no
        # claim of one joined the other's ("Kharkiv" / "Kharkov": a denial, in the other
        # side's names, seldom shares a cluster with what it denies).  A country or a
        # capital is no such link: two strikes in Ukraine on one day are two stories
        # So are two that name one rare name ("Skyway": the airline whose jet landed), though
        # no claim joined another's: short reports of one incident often share none
        dated = sorted(a for a, d in self.day.items()
                       if d is not None and (towns.get(a) or names.get(a)))
        for i, x in enumerate(dated):
            for y in dated[i + 1:]:
                day_x, day_y = self.day[x], self.day[y]
                if day_x is not None and day_y is not None \
                        and abs((day_x - day_y).days) <= STORY_DAYS \
                        and (towns[x] & towns[y] or names[x] & names[y]):
                    self.linked.add(frozenset((x, y)))
        # union-find over articles (group_of; news_of: published days apart at most)
        self._roots: dict[bool, dict[str, str]] = {}
        self._towns_of: dict[str, set[str]] | None = None  # story -> towns (story_towns)
        self._pairs: dict[tuple[str, str], tuple[bool, bool]] = {}

    def place_key(self, name: str) -> str:
        """A place's key: its loose spelling key, or its gazetteer group ("Kyiv"/"Kiev")."""
        key = self._place_keys.get(name)
        if key is None:
            group = self.gazetteer.group_of.get(fold(name)) if self.gazetteer is not None \
                else None
            key = self._place_keys[name] = entity_key(name) if group is None else f"#{group}"
        return key

    def names_any(self, article: str, named: Sequence[str]) -> bool:
        """Does the article (its claims or headline) give one of the names ``named``?  A
        place under any of its names ("Kyiv"/"Kiev"), another name by all of its words
        ("Mira" is named by "Cyclone Mira")."""
        places = self.places.get(article, set())
        words = self.words.get(article, set())
        return any(self.place_key(name) in places
                   or (bool(name_words(name)) and name_words(name) <= words) for name in named)

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

    def news_of(self, claim: Claim) -> str:
        """``group_of``, of reports published days apart at most: the news the claim is
        part of.  Two stories of one kind months apart ("the death toll rose" in a March
        earthquake and a September flood) share clusters; asked about one, the other is no
        answer."""
        return self._group(claim.article_id, dated=True)

    def _group(self, article: str, dated: bool = False) -> str:
        if dated not in self._roots:
            root: dict[str, str] = {}
            self._roots[dated] = root
            # the places of each group: a report that names no place links two stories of
            # one kind ("Rescuers searched the rubble" in two earthquakes' coverage), so two
            # groups join only if their places meet, not merely those of the linked pair
            places = {a: set(p) for a, p in self.places.items()}
            days = {a: (d, d) for a, d in self.day.items() if d is not None}
            for x, y in sorted((sorted(pair) for pair in self.linked), key=self._closeness):
                root_x, root_y = _find(root, x), _find(root, y)
                at_x, at_y = places.get(root_x, set()), places.get(root_y, set())
                if root_x == root_y or (at_x and at_y and at_x.isdisjoint(at_y)):
                    continue
                span_x, span_y = days.get(root_x), days.get(root_y)
                if dated and span_x and span_y and (
                        (span_y[0] - span_x[1]).days > STORY_DAYS
                        or (span_x[0] - span_y[1]).days > STORY_DAYS):
                    continue
                root[root_x] = root_y
                places[root_y] = at_x | at_y
                if span_x or span_y:
                    spans = [sp for sp in (span_x, span_y) if sp]
                    days[root_y] = (min(sp[0] for sp in spans), max(sp[1] for sp in spans))
        return _find(self._roots[dated], article)

    def story_towns(self, claim: Claim) -> set[str]:
        """The towns (places below a country or a capital) the reports of the claim's story
        (``group_of``) name: a report that names none is of its story's."""
        if self._towns_of is None:
            self._towns_of = {}
            for article, towns in self.towns.items():
                self._towns_of.setdefault(self._group(article), set()).update(towns)
        return self._towns_of.get(self._group(claim.article_id), set())

    def _closeness(self, pair: list[str]) -> tuple[bool, int, list[str]]:
        """Links joined first: those of two reports that both name places, then of the
        nearest days; a report naming none joins the story it is nearest in time."""
        x, y = pair
        day_x, day_y = self.day.get(x), self.day.get(y)
        gap = abs((day_x - day_y).days) if day_x is not None and day_y is not None else 1 << 30
        return not (self.places.get(x) and self.places.get(y)), gap, pair

    def _same_places(self, x: str, y: str) -> bool:
        places_x, places_y = self.places.get(x, set()), self.places.get(y, set())
        return not (places_x and places_y and places_x.isdisjoint(places_y))

    def parts(self, claims: Sequence[Claim]) -> list[list[Claim]]:
        """``claims`` split by story: by ``group_of``, and within a story, reports of other
        days joined only where they name a common place (the seeds' reports, years apart,
        all name Karabakh; two companies' job cuts months apart, naming none, are two);
        two reports that give one rare name are of one story whatever else they name
        ("Shares in Orvell fell" read Orvell as a place)."""
        root: dict[str, str] = {}
        articles = sorted({c.article_id for c in claims})
        for i, x in enumerate(articles):
            for y in articles[i + 1:]:
                if (self._group(x) == self._group(y) and (
                        self._group(x, dated=True) == self._group(y, dated=True)
                        or self.places.get(x, set()) & self.places.get(y, set()))) \
                        or self.rare.get(x, set()) & self.rare.get(y, set()):
                    root_x, root_y = _find(root, x), _find(root, y)
                    if root_x != root_y:
                        root[root_x] = root_y
        out: dict[str, list[Claim]] = {}
        for claim in claims:
            out.setdefault(_find(root, claim.article_id), []).append(claim)
        return list(out.values())

    def same_days(self, a: Claim, b: Claim) -> bool:
        """Of one story and, for two articles, both dated at most ``STORY_DAYS`` apart."""
        return self._articles(a.article_id, b.article_id)[1]


# a name this rare in English text names one company, body or ship ("Skyway", "Vantec",
# "Moderna"), not a common word ("Apple", "United", "Shell") nor a wire ("Reuters")
RARE_NAME = 3.0  # wordfreq Zipf frequency


def _names_of(claim: Claim) -> list[Entity]:
    """The claim's names, but a common word that is one only by opening the sentence
    ("Rescuers pulled 254 survivors ...")."""
    return [e for e in claim.entities
            if not (e.start == claim.start and " " not in e.text.strip()
                    and _zipf(e.text.lower()) >= _COMMON_OPENER)]


@lru_cache(maxsize=50_000)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


_COMMON_OPENER = 1.5  # wordfreq Zipf: "rescuers" 2.9, "evacuees" 2.7; "Orvell", "Belrun" 0


def _rare_names(entities: Iterable[Entity], places: bool = False) -> set[str]:
    """The rare words of the names a claim mentions, but of places (which link stories by
    their own rule, unless ``places``) and of people's full names (one person speaks in many
    stories)."""
    out: set[str] = set()
    for entity in entities:
        if (entity.label == "PLACE" and not places) \
                or (entity.label == "PERSON" and " " in entity.text.strip()):
            continue
        out.update(_rare_words(entity.text))
    return out


@lru_cache(maxsize=50_000)
def _rare_words(name: str) -> frozenset[str]:
    from wordfreq import zipf_frequency

    keys = (fold(word).lower().strip(".,'’-") for word in name.split())
    return frozenset(key for key in keys
                     if len(key) >= 4 and key.isalpha() and not is_title(key)
                     and not is_demonym(key) and zipf_frequency(key, "en") < RARE_NAME)


@lru_cache(maxsize=50_000)
def name_words(name: str) -> frozenset[str]:
    """A name's words, folded and lower-cased ("Cyclone Mira": cyclone, mira)."""
    return frozenset(w for w in (fold(part).lower().strip(".,'’-:;\"“”") for part in name.split())
                     if len(w) >= 2)


def _headline_entities(headline: str) -> list[Entity]:
    from embeddings.claims.entities import find_entities

    return list(find_entities(headline))


def _find(root: dict[str, str], article: str) -> str:
    while article in root:
        article = root[article]
    return article


def _day(published: str | None) -> date | None:
    day = publication_day(published)
    return date.fromisoformat(day) if day else None
