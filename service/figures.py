"""The figures of one story, compared across its clusters.

"Police said 35,000 people took part" and "Organisers put the turnout at 250,000" share no
words, and the article context takes out exactly what a story's figures are about, so they
lie in two clusters.  Yet the figures of a story are what its outlets dispute most ("at
least 25 died, more than the official count").  Which claims are of one story is
``service.story``'s rule; a figure also asks both reports to be of the same days.  Only
counts that answer one question are compared (``numbers.same_question``: the same fate said
on both sides, "died", "arrested", "took part", or the same named thing, "cases"), and only
disputes and figures that moved between days whose figures lie in two clusters or more are
reported: the others are in the cluster's own contrast already.  Agreement is reported only
where the query asked for it: when every claim of it answers the query as directly as the
best one giving a figure ("how many Armenians left Karabakh": "100,000-120,000 Armenians"
and "more than 100k people" agree).  Elsewhere open counts ("over 330") overlap nearly
anything and would chain into agreements nobody asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from embeddings.types import Claim
from service.contrast.names import Gazetteer
from service.contrast.number_times import FIXED
from service.contrast.numbers import number_differences
from service.contrast.said import Said
from service.contrast.voices import one_voice_each
from service.story import (
    DIRECT,
    Story,
    StoryDifference,
    across_clusters,
    by_relevance,
    of_the_query,
)

# disputes and figures that moved, then agreement, which only direct answers may show:
# counts that overlap ("over 330", "907") chain into agreements nobody asked for
_FIGURE_KINDS = ("numbers", "numbers_changed", "numbers_agree")
# the kinds of figure ``number_differences`` pairs across a story (``questions_only``): counts
# and shares that answer one question (``measures.same_question`` holds for no other kind),
# and amounts told in two currencies.  A claim giving none of them meets no other claim's
# figures, and two claims that share none of them make no pair; a story's claims are read
# pairwise (the seeds four times over: 248 claims with figures, 30,628 pairs, of which
# 1,756 share one of these kinds), so such pairs are passed over before any reading.  Should
# ``same_question`` ever answer for another kind, it belongs here too.
_COMPARED_KINDS = frozenset({"count", "percent", "money"})


def story_figures(claims: Mapping[int, tuple[Claim, int]], relevance: Mapping[int, float],
                  top: int = 5, gazetteer: Gazetteer | None = None,
                  named: Sequence[str] = (),
                  headlines: Mapping[str, str] | None = None,
                  story: Story | None = None) -> list[StoryDifference]:
    """Differences between the figures of ``claims`` (id -> (claim, cluster)) that span two
    clusters or more; those of the claims most relevant to the query first (claim id ->
    similarity), disputes before changes; of the story the query (naming ``named``) asks
    about (``story.of_the_query``); ``headlines``: article id -> title; ``story``: the
    ``Story`` of these claims and headlines, where the caller has read it already."""
    with_figures = sorted((c for c, _ in claims.values() if c.numbers and c.id is not None),
                          key=lambda c: c.id or 0)
    same = one_voice_each(c.speaker for c in with_figures if c.speaker)
    if story is None:
        story = Story(claims.values(), gazetteer, headlines)
    said, related = compared([Said(c, same.get(c.voice, c.voice)) for c in with_figures],
                             story.same_days)
    views = []
    direct = _direct_answers(claims, relevance)
    for difference in number_differences(said, questions_only=True, related=related):
        view = across_clusters(difference, claims)
        if view is None or difference.kind not in _FIGURE_KINDS:
            continue
        if difference.kind != "numbers_agree" or all(c.id in direct for c in view.claims):
            views.append(view)
    return by_relevance(of_the_query(views, story, claims, relevance, named), relevance,
                        _FIGURE_KINDS)[:top]


def compared(said: list[Said], related: Callable[[Claim, Claim], bool]
             ) -> tuple[list[Said], Callable[[Claim, Claim], bool]]:
    """The claims of ``said`` (each with an id) whose figures a story's comparison may pair,
    and which two of them it may compare: ``related`` ones whose figures share a kind of
    ``_COMPARED_KINDS``.  ``number_differences`` finds the same with these as with all."""
    kinds = {s.claim.id: frozenset(q.kind for q in s.claim.numbers) & _COMPARED_KINDS
             for s in said}

    def shared(a: Claim, b: Claim) -> bool:
        # every use of ``related`` in ``number_differences`` is of two claims whose figures
        # share a kind (a pair's, a figure told already, a label's rows)
        return bool(kinds[a.id] & kinds[b.id]) and related(a, b)

    return [s for s in said if kinds[s.claim.id]], shared


def _direct_answers(claims: Mapping[int, tuple[Claim, int]],
                    relevance: Mapping[int, float]) -> set[int]:
    """The claims giving a figure that answer the query about as directly as the best of
    them does (``DIRECT``).  A claim with no count may answer it better ("the exodus of
    almost the entire population"); it sets no bar for the figures."""
    scored = {i: score for i, score in relevance.items()
              if i in claims and any(q.kind not in FIXED for q in claims[i][0].numbers)}
    if not scored:
        return set()
    best = max(scored.values())
    return {i for i, score in scored.items() if score >= best - DIRECT}
