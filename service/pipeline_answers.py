"""The pipeline's reading: searches, the contrasts and differences of the story a query is
about, stored clusters, and two free-text claims compared."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from embeddings.facets import claim_of, facet_id, facets
from embeddings.lexical import STOPWORDS, content_words, general_rarity
from embeddings.matching import match_score
from embeddings.types import Article, Claim, PairJudgement
from service.answer_rank import SUBJECT_RARITY, rank_answers, stems_of
from service.cluster_contrast import MAX_STORY_READ, of_the_asked_story
from service.contrast import pair_relation
from service.contrast.names import load_gazetteer
from service.contrast.wording import load_lexicon
from service.denials import story_denials
from service.errors import InvalidInput, NotFound
from service.figures import story_figures
from service.pipeline_stages import Stages
from service.query_reads import QueryReads
from service.questions import names_asked, quantity_asked, words_asked_about
from service.story import (
    RELEVANT_SHARE,
    Story,
    StoryDifference,
    story_articles,
)
from service.terms import story_terms
from service.word_forms import stored_stems, word_key


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

    @property
    def shown_relation(self) -> str:
        """The relation as a reader is told it: "agree" only where something was found to
        agree (a figure both give); a cluster where nothing clashed and nothing was found
        alike is "no conflict found" (``relation`` stays "agree", the JSON contract)."""
        if self.relation == "conflict":
            return "conflict"
        agreed = any(d.get("kind") == "numbers_agree" for d in self.differences)
        return "agree" if agreed else "no conflict found"


def unmatched_note(query: str, missing: list[str]) -> str | None:
    """What a reader is told of a query's words no stored claim holds (``unmatched_words``):
    that nothing answers it, or that the clusters answer only the rest of it."""
    if not missing:
        return None
    named = " or ".join(f"“{w}”" for w in missing)
    if all(w in missing for w in words_asked_about(query)):
        return (f"No stored claim mentions {named}: nothing below is about that, only the "
                "nearest the store holds.")
    return f"No stored claim mentions {named}: what follows matches only the rest of the query."


# members of each cluster near a query whose words its ranking reads (``_held_words``)
HELD_SAMPLE = 16


def subject_words(query: str, hits: list[tuple[int, float]],
                  found: dict[int, tuple[Claim, int]], floor: float) -> set[str]:
    """The stems of the query's uncommon words that the claims answering it (as relevant as
    ``floor``) hold too: what the query asks about, as the store says it.  The best claim
    is often one outlet's alone (a cluster of one voice, no contrast to show) and sets the
    relevance floor, while the reports of other outlets on the same thing read far from a
    question's wording ("Did weather cause the weak data?": "Nasty Weather Has Curbed Job
    Growth", cosine 0.30, where the lone "weak data caused by weather" has 0.69), yet
    they hold its word."""
    held: set[str] = set()
    for cid, score in hits:
        if cid in found and score >= floor:
            held.update(map(word_key, content_words(found[cid][0].text)))
    return held & {word_key(w) for w in content_words(query)
                   if w.isalpha() and general_rarity(w) >= SUBJECT_RARITY}


@dataclass(frozen=True)
class StoryRead:
    """What a query reads of its story: its nearest claims (id, similarity), the claims of
    the story's articles (id -> (claim, cluster)) and their headlines (article id -> title);
    ``reads``: the claims read so far, for what the query reads next."""

    hits: list[tuple[int, float]]
    claims: dict[int, tuple[Claim, int]]
    headlines: dict[str, str]
    reads: QueryReads


class Answering(Stages):
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
        words: dict[int, set[str]] = {}  # cluster -> the stems of its claims near the query
        for cid, score in hits:
            if cid in found:
                claim, cluster = found[cid]
                best[cluster] = max(best.get(cluster, -1.0), score)
                words.setdefault(cluster, set()).update(map(word_key,
                                                            content_words(claim.text)))
                if any(q.kind in asked for q in claim.numbers):
                    answers.add(cluster)
        rows, _ = self.store.list_clusters(min_voices=min_voices, limit=len(best) or 1,
                                           ids=list(best))
        # a cluster far less relevant than the best one is no answer, only the nearest of
        # the rest of the store ("How many jobs will Quorra cut?" is not about the storm);
        # unless it holds what the query and its best claim are about (``subject_words``)
        floor = RELEVANT_SHARE * max(best.values(), default=0.0)
        subject = subject_words(query, hits, found, floor)
        rows = [r for r in rows if best[r["id"]] >= floor or subject & words[r["id"]]]
        held, articles = self._held_words([r["id"] for r in rows], hits, found)
        ranked = rank_answers(rows, best, held, query, self.weigher(), answers, articles,
                              self.settings.query_names_needed,
                              self.settings.query_lone_words)
        # twice as many as asked for: some may hold only claims of another story
        views = [self._view(r, best[r["id"]]) for r in ranked[:top * 2]]
        return of_the_asked_story(self.store, self.contraster, views, hits, found,
                                  names_asked(query), min_voices)[:top]

    def _held_words(self, cluster_ids: list[int], hits: list[tuple[int, float]],
                    found: dict[int, tuple[Claim, int]]
                    ) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
        """The stems each cluster's claims hold, and their articles: of its claims near the
        query and a sample of its members (``HELD_SAMPLE`` newest), as the reports answering
        a question may all read far from its wording while holding its names."""
        held: dict[int, set[str]] = {cid: set() for cid in cluster_ids}
        articles: dict[int, set[str]] = {cid: set() for cid in cluster_ids}
        read = [found[cid] for cid, _ in hits if cid in found and found[cid][1] in held]
        if HELD_SAMPLE and cluster_ids:
            members = self.store.cluster_members(cluster_ids, limit=HELD_SAMPLE)
            read += self.store.claims_with_clusters(
                [m for ms in members.values() for m in ms]).values()
        for claim, cluster in read:
            if cluster in held:
                held[cluster].update(stems_of([claim.text]))
                articles[cluster].add(claim.article_id)
        # one article is one story: a cluster holds the words of its articles' other
        # sentences ("Six people were killed, the governor said" the hurricane's name)
        read_articles = sorted(set().union(*articles.values()))
        if read_articles and len(read_articles) <= MAX_STORY_READ:
            by_article: dict[str, set[str]] = {}
            for claim, _ in self.store.claims_of_articles(read_articles).values():
                by_article.setdefault(claim.article_id, set()).update(stems_of([claim.text]))
            for cluster, arts in articles.items():
                for art in arts:
                    held[cluster] |= by_article.get(art, set())
        return held, articles

    def unmatched_words(self, query: str) -> list[str]:
        """The words of ``query`` no stored claim holds (by stem, as the store counts its
        words): "football" in a store of the Karabakh story.  The nearest clusters are
        answered all the same (a paraphrase may match what no word does), so a reader must
        be told when the subject, or a part of it, is nowhere in the store."""
        words = words_asked_about(query)
        # the store counts plain stems: "flee" is held where a claim says "fled"
        counts = self.store.word_counts({s for w in words for s in stored_stems(w)})
        return [w for w in words if all(counts.get(s, 0) <= 0 for s in stored_stems(w))]

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
        # one reading of which articles are of one story, for the figures and the labels
        story = Story(read.claims.values(), load_gazetteer(), read.headlines)
        return Across(story_figures(read.claims, hits, top, load_gazetteer(), named,
                                    read.headlines, story),
                      story_terms(read.claims, hits, load_lexicon(), load_gazetteer(), top,
                                  named, read.headlines, story),
                      self._denials(read, top))

    def _denials(self, read: StoryRead, top: int) -> list[StoryDifference]:
        # the claims nearest the query, of any article: a denial shares no cluster with
        # what it denies, so its article is often outside the story the clusters link; the
        # story's claims say which places each one's story names
        found = read.reads.claims_with_clusters([cid for cid, _ in read.hits])
        others = {c.article_id for c, _ in found.values()} - set(read.headlines)
        headlines = {**read.headlines, **read.reads.headlines(sorted(others))}
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
        reads = QueryReads(self.store)  # the story's claims are asked for again and again
        articles = story_articles(reads, hits, names_asked(query))
        return StoryRead(hits, reads.claims_of_articles(articles),
                         dict(reads.headlines(articles)), reads)

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


class Across(NamedTuple):
    """What a query's story holds across its clusters."""

    figures: list[StoryDifference]
    terms: list[StoryDifference]
    denials: list[StoryDifference]
