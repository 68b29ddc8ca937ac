"""The labels of one story, compared across its clusters.

Outlets that dispute a story often do it in the names they give one thing: "an offensive"
against "local anti-terror operations", "ethnic cleansing" against "the voluntary departure",
"occupied" against "won back".  Such claims rarely make one claim (one says who launched
what, the other what was found afterwards), so they lie in different clusters, and the
cluster's own contrast never sets them side by side.  Asked about a subject, the service
therefore also looks for the opposing terms of one framing pair (``loaded_terms.json``) in the
claims of the story (``service.story``), used by two voices.

Outside a cluster nothing says that two claims speak of one thing, so three guards stand in
for the shared claim: only marked terms count (phrases and loaded words, not "attack" or
"protest", which have other senses), the two claims must name a person, place or body in
common besides being of one story, and one of the terms must be in a claim near the query.
Labels persist, so unlike figures no dates are compared: the wire's "offensive" of
September and the opinion piece's "anti-terror operations" of November name one thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from embeddings.types import Claim, Difference
from service.contrast.said import Said, person_voices
from service.contrast.wording import Lexicon, terminology
from service.story import Story, StoryDifference, across_clusters, by_relevance

USES_SHOWN = 2  # per voice and term: the choice is shown, not every sentence making it


def story_terms(claims: Mapping[int, tuple[Claim, int]], relevance: Mapping[int, float],
                lexicon: Lexicon, top: int = 5) -> list[StoryDifference]:
    """Opposing terms for one thing in ``claims`` (id -> (claim, cluster)) of two clusters
    or more, at least one in a claim ``relevance`` scores (claim id -> similarity to the
    query); those nearest the query first."""
    ordered = sorted((c for c, _ in claims.values() if c.id is not None), key=lambda c: c.id or 0)
    same = person_voices(c.speaker for c in ordered if c.speaker)
    said = [Said(c, same.get(c.voice, c.voice)) for c in ordered]
    story = Story(claims.values())

    def related(a: Claim, b: Claim) -> bool:
        return story.same_story(a, b)

    views = []
    for difference in terminology(said, lexicon, related, marked_only=True)[0]:
        view = across_clusters(_nearest_uses(difference, relevance), claims)
        if view is not None and any(i in relevance for i in view.clusters):
            views.append(view)
    return by_relevance(views, relevance)[:top]


def _nearest_uses(difference: Difference, relevance: Mapping[int, float]) -> Difference:
    """Each voice's ``USES_SHOWN`` uses of each term nearest the query: a wire that says
    "offensive" in eight sentences shows its choice in two."""
    kept: dict[tuple[object, object], list[dict[str, object]]] = {}
    for row in sorted(difference.evidence,
                      key=lambda r: -relevance.get(int(str(r["claim_id"])), -1.0)):
        uses = kept.setdefault((row["voice"], row["term"]), [])
        if len(uses) < USES_SHOWN:
            uses.append(row)
    rows = [r for r in difference.evidence if any(r is u for us in kept.values() for u in us)]
    return replace(difference, evidence=tuple(rows))
