"""Denials across a story's clusters: one voice's claim that another voice calls untrue.

"Russian troops crossed the border near Kharkiv, Ukraine's defence ministry said" and "The
Russian defence ministry denied that its troops had crossed into Ukraine" are the story's
central dispute, yet the clusterer keeps them apart: compared on article-centred vectors the
denial shares little with the report, and it cannot join a cluster whose other members say
the same thing in other words.  Asked about the subject, the service therefore also reads
the claims that answer the query against each other and reports where one denies another
(the contrast stage's denial reading, tied to the words of what is denied), if the two lie
in two clusters (else the cluster's own contrast shows it) and match as ``compare`` would
match them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from itertools import combinations

from embeddings.types import Claim
from service.contrast import RuleContraster
from service.contrast.said import Said
from service.story import (
    DIRECT,
    RELEVANT_SHARE,
    Story,
    StoryDifference,
    across_clusters,
    by_relevance,
)

# a claim that may deny another: read against the others only if it says one of these
_DENIAL_CUE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying|ial)|false(?:ly)?|fabricat\w*|untrue|hoax|fake|lies?|lied"
    r"|not\s+true|baseless|unfounded|refut\w*|rejects?|rejected|dismiss\w*|incorrect|wrong"
    r"|no\s+evidence|never"
    # a story that took the press or the web in ("Media Fooled Again?", "Internet duped
    # by"), a video someone staged
    r"|fool(?:ed|s)|dup(?:ed|es)|staged?"
    # a rumour the subject defies: "makes it to film night despite death rumours"
    r"|(?:despite|spite\s+of)\s+(?:\w+\s+){0,3}rumou?rs?)\b"
    # a headline's rebuttal, "No, X is not Y" (after a label: "Fact check: No, ...")
    r"|^\W*(?:[^:,]{1,30}:\s*)?no(?:pe)?\s*[,:!—–]", re.IGNORECASE)
MAX_READ = 40  # the claims nearest the query that are read against each other
# a denial that points back ("refuted this claim", "the information in the article was
# wrong", "This is an incorrect statement") denies what its own article reported just
# before (the clusterer reads it with that claim), not what other outlets say
_POINTS_BACK = re.compile(
    r"\b(?:this|that|these|those|the|such)\s+(?:\w+\s+)?(?:claims?|statements?|reports?"
    r"|articles?|information|allegations?|remarks?|accusations?|stor(?:y|ies)|assertions?"
    r"|reporting)\b|(?:^|[\s“\"‘'])(?:this|that|it)\s+(?:is|was)\s+(?:an?\s+|not\s+)?(?:\w+\s+)?"
    r"(?:incorrect|false|untrue|wrong|lie|lies|fake|fabricat\w*|baseless|unfounded|nonsense"
    r"|true)\b", re.IGNORECASE)

_CONTRASTER = RuleContraster()


def story_denials(claims: Mapping[int, tuple[Claim, int]], relevance: Mapping[int, float],
                  matches: Callable[[Claim, Claim], bool], top: int = 5,
                  story: Story | None = None) -> list[StoryDifference]:
    """Where a claim of ``claims`` (id -> (claim, cluster)) denies one of another voice in
    another cluster, among the claims ``relevance`` scores (claim id -> similarity to the
    query) and of pairs that ``matches`` holds for; those nearest the query first.  A denial
    may come days after what it denies and share no cluster with it, so no story link is
    asked; but with ``story``, two claims whose stories name disjoint towns are of two
    ("denied that warnings about the bridge had been ignored" / "the mine had ignored
    warnings"; not a country or a capital: a denial from Moscow is of the story in Kharkiv)."""
    near = sorted((i for i in relevance if i in claims), key=lambda i: -relevance[i])[:MAX_READ]
    if not near:
        return []
    best = relevance[near[0]]
    # both about the subject, one of them answering the query as directly as the best does
    near = [i for i in near if relevance[i] >= RELEVANT_SHARE * best]
    views: list[StoryDifference] = []
    for i, j in combinations(near, 2):
        if max(relevance[i], relevance[j]) < best - DIRECT:
            continue
        (a, cluster_a), (b, cluster_b) = claims[i], claims[j]
        if cluster_a == cluster_b and cluster_a >= 0:
            continue  # the cluster's own contrast shows it
        if a.voice == b.voice or a.article_id == b.article_id \
                or not (_DENIAL_CUE.search(a.text) or _DENIAL_CUE.search(b.text)):
            continue
        if story is not None:
            towns_a, towns_b = story.story_towns(a), story.story_towns(b)
            if towns_a and towns_b and towns_a.isdisjoint(towns_b):
                continue
        contrast = _CONTRASTER.contrast_said([Said(a, a.voice), Said(b, b.voice)])
        denied = [d for d in contrast.differences if d.conflict and d.kind == "contradiction"
                  and any(row.get("role") == "denies" for row in d.evidence)
                  and not any(_POINTS_BACK.search(claims[int(str(row["claim_id"]))][0].text)
                              for row in d.evidence if row.get("role") == "denies")]
        if denied and matches(a, b):
            view = across_clusters(denied[0], claims)
            if view is not None:
                views.append(view)
    return by_relevance(views, relevance)[:top]
