"""A cluster's contrast, as stored and as a query shows it.

The contrast stage (``service.contrast``) reads a set of claims; this module decides which
claims it reads together.  A cluster is worked out on a bounded sample of its members
(``recontrast``), and where its contrast compares figures, on each story of the cluster
apart (``contrast_by_story``): the clusterer puts generic claims of two stories of one kind
together ("Four people died, officials said" of two storms), and setting one's figures
against the other's makes up a dispute.  A query that names a story is shown each cluster
with that story's claims only (``of_the_asked_story``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, replace
from typing import TYPE_CHECKING, Any

from embeddings.types import Claim, Contrast
from service.contrast import KIND_ORDER, Contraster, summarise
from service.contrast.names import load_gazetteer
from service.store import SqlStore
from service.story import Story, asked_stories

if TYPE_CHECKING:
    from service.pipeline import ClusterView

# how many members a cluster's contrast is worked out on (every wording first): a reader
# compares a few dozen voices side by side, not hundreds of copies of one sentence
CONTRAST_SAMPLE = 64
MAX_STORY_READ = 200  # articles a query reads to tell a cluster's stories apart

# what is told of one event: figures, and a state the story moved on from
_EVENT_KINDS = ("numbers", "numbers_changed", "numbers_agree", "numbers_units", "state_changed")


def recontrast(store: SqlStore, contraster: Contraster, conn: Any,
               cluster_ids: Iterable[int], between: Callable[[], None] | None = None) -> None:
    """Work out the contrast of each cluster again, on a bounded sample of its members
    (``SqlStore.cluster_digest``), so a join costs the same in a cluster of 5 or 5,000
    (``between`` called before each cluster: a time limit's check)."""
    for cluster_id in sorted(cluster_ids):
        if between is not None:
            between()
        counts, claims = store.cluster_digest(cluster_id, CONTRAST_SAMPLE, conn=conn)
        contrast = by_story(store, contraster, claims, conn) if claims else Contrast("agree")
        store.save_cluster(conn, cluster_id, counts, contrast_json(contrast),
                           contrast.relation, contestedness(contrast, counts.voices))


def by_story(store: SqlStore, contraster: Contraster, claims: Sequence[Claim],
             conn: Any) -> Contrast:
    """``contrast_by_story`` of a cluster's claims, their articles read from the store
    only where the contrast of the whole compares figures."""
    whole = contraster.contrast(claims)
    articles = sorted({c.article_id for c in claims})
    if not _of_one_event(whole) or len(articles) < 2:
        return whole
    story = Story(store.claims_of_articles(articles, conn=conn).values(), load_gazetteer(),
                  store.headlines(articles, conn=conn))
    return contrast_by_story(contraster, claims, story, whole)


def contrast_by_story(contraster: Contraster, claims: Sequence[Claim], story: Story,
                      whole: Contrast | None = None) -> Contrast:
    """The contrast of ``claims``, with their figures compared within each story only
    (``Story.parts``: the story group, and reports of other days only where they name a
    common place or one rare name).  Generic claims of two stories of one kind share a
    cluster ("Four people died, officials said" of two storms; two companies' job cuts
    months apart), and setting one's figures against the other's makes up a dispute (or an
    agreement).  Labels, denials and opposite statements are read across the whole, as
    before: "riots" / "demonstrations" of one summer's protests in two cities is the
    difference a reader wants."""
    whole = whole or contraster.contrast(claims)
    if not _of_one_event(whole):
        return whole
    parts = story.parts(claims)
    if len(parts) < 2:
        return whole
    differences = [d for d in whole.differences if d.kind not in _EVENT_KINDS] + [
        d for part in parts for d in contraster.contrast(part).differences
        if d.kind in _EVENT_KINDS]
    differences.sort(key=lambda d: KIND_ORDER.index(d.kind) if d.kind in KIND_ORDER
                     else len(KIND_ORDER))
    relation = "conflict" if any(d.conflict for d in differences) else "agree"
    summary = summarise(relation, differences) if differences else (
        f"Claims of {len(parts)} stories (other places or days); their figures are not "
        "compared.")
    return Contrast(relation, tuple(differences), summary)


def of_the_asked_story(store: SqlStore, contraster: Contraster, views: list[ClusterView],
                       hits: Sequence[tuple[int, float]],
                       found: Mapping[int, tuple[Claim, int]], named: Sequence[str],
                       min_voices: int) -> list[ClusterView]:
    """Where the query gives a name some reports give ("Mira death toll"), each cluster
    with the claims of those reports' stories (``asked_stories``): generic claims of
    two stories of one kind share a cluster ("Four people died, officials said" of two
    storms), and the other storm's are no answer.  A cluster that lost claims is
    contrasted again on those it kept (``contrast_by_story``), and is no answer with
    fewer than ``min_voices`` voices left."""
    if not named or not views:
        return views
    articles = sorted({found[cid][0].article_id for cid, _ in hits if cid in found}
                      | {c.article_id for v in views for c in v.claims})
    if len(articles) > MAX_STORY_READ:
        return views  # reading them would cost more than the query
    story = Story(store.claims_of_articles(articles).values(), load_gazetteer(),
                  store.headlines(articles))
    # the stories of the claims that answer most directly among those shown: the best claim
    # of all may be one outlet's alone ("Halden sees high bar for rate hikes"), its story
    # one report, and then no cluster naming Halden would be left to answer
    shown = {v.id for v in views}
    asked, by_name = asked_stories(story, [(found[cid][0], score) for cid, score in hits
                                           if cid in found and found[cid][1] in shown], named)
    if not by_name:
        return views
    out = []
    for view in views:
        kept = [c for c in view.claims if story.group_of(c) in asked]
        if len(kept) == len(view.claims):
            out.append(view)
        elif len({c.voice for c in kept}) >= min_voices:
            contrast = contrast_by_story(contraster, kept[:CONTRAST_SAMPLE], story)
            out.append(replace(view, relation=contrast.relation, summary=contrast.summary,
                               differences=contrast_json(contrast)["differences"],
                               claims=kept, sources=sorted({c.source for c in kept})))
    return out


def _of_one_event(contrast: Contrast) -> bool:
    return any(d.kind in _EVENT_KINDS for d in contrast.differences)


def contrast_json(contrast: Contrast) -> dict[str, Any]:
    return {"relation": contrast.relation, "summary": contrast.summary,
            "differences": [asdict(d) for d in contrast.differences]}


def contestedness(contrast: Contrast, voices: int) -> float:
    """Sort key for "most contested first": conflicts weigh most, then other differences."""
    conflicts = sum(1 for d in contrast.differences if d.conflict)
    others = len(contrast.differences) - conflicts
    return 2.0 * conflicts + 0.5 * others + 0.1 * voices


__all__ = ["CONTRAST_SAMPLE", "by_story", "contestedness", "contrast_by_story",
           "contrast_json", "of_the_asked_story", "recontrast"]
