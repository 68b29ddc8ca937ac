"""The labels of one story, compared across its clusters.

Outlets that dispute a story often do it in the names they give one thing: "an offensive"
against "local anti-terror operations", "ethnic cleansing" against "the voluntary departure",
"occupied" against "won back".  Such claims rarely make one claim (one says who launched
what, the other what was found afterwards), so they lie in different clusters, and the
cluster's own contrast never sets them side by side.  Asked about a subject, the service
therefore also looks for the opposing terms of one framing pair (``loaded_terms.json``) in the
claims of the story (``service.story``), used by two voices.

The same holds for a place's names ("Stepanakert"/"Khankendi", "Kyiv"/"Kiev"): which outlet
calls it what is shown across the story, but only for the names the gazetteer lists
(``toponyms.json``); the spelling rule that links "Pashinyan" and "Pashinian" inside a
cluster would link "Hansen" and "Hanson", a deputy mayor and a fire chief, across a story.

Outside a cluster nothing says that two claims speak of one thing, so three guards stand in
for the shared claim: only marked terms count (phrases and loaded words, not "attack" or
"protest", which have other senses: "the minister attacked the reporting"), the two claims
must be of one story, and one of the terms must be in a claim near the query.  Asking the
two claims to name something in common as well lost "Thousands of residents were forced to
flee their homes" / "Residents of Kessin left voluntarily".  Labels persist, so unlike
figures no dates are compared: the wire's "offensive" of September and the opinion piece's
"anti-terror operations" of November name one thing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from embeddings.types import Claim, Difference
from service.contrast.names import Gazetteer, name_differences
from service.contrast.said import Said
from service.contrast.voices import one_voice_each
from service.contrast.wording import Lexicon, terminology
from service.story import Story, StoryDifference, across_clusters, by_relevance, of_the_query

USES_SHOWN = 2  # per voice and term: the choice is shown, not every sentence making it
VOICES_SHOWN = 3  # voices whose uses of one term are shown


def story_terms(claims: Mapping[int, tuple[Claim, int]], relevance: Mapping[int, float],
                lexicon: Lexicon, gazetteer: Gazetteer, top: int = 5,
                named: Sequence[str] = (),
                headlines: Mapping[str, str] | None = None,
                story: Story | None = None) -> list[StoryDifference]:
    """Opposing terms for one thing, and other names of one place, in ``claims`` (id ->
    (claim, cluster)) of two clusters or more, at least one in a claim ``relevance`` scores
    (claim id -> similarity to the query); those nearest the query first; ``headlines``:
    article id -> title; ``story``: the ``Story`` of these claims and headlines, where the
    caller has read it already."""
    ordered = sorted((c for c, _ in claims.values() if c.id is not None), key=lambda c: c.id or 0)
    same = one_voice_each(c.speaker for c in ordered if c.speaker)
    said = [Said(c, same.get(c.voice, c.voice)) for c in ordered]
    if story is None:
        story = Story(claims.values(), gazetteer, headlines)

    def related(a: Claim, b: Claim) -> bool:
        return story.same_story(a, b)

    found = terminology(said, lexicon, related, marked_only=True)[0]
    views = []
    for difference in found + _names(said, story, gazetteer):
        view = across_clusters(_nearest_uses(difference, relevance), claims)
        if view is not None and any(i in relevance for i in view.clusters):
            views.append(view)
    return by_relevance(of_the_query(views, story, claims, relevance, named), relevance)[:top]


def _names(said: list[Said], story: Story, gazetteer: Gazetteer) -> list[Difference]:
    """The gazetteer's names ("Stepanakert"/"Khankendi") used by two voices of one story:
    a renamed or contested place is one place whoever names it, so one story suffices."""
    by_story: dict[str, list[Said]] = {}
    for s in said:  # articles linked by the story rule, each set compared on its own
        by_story.setdefault(story.group_of(s.claim), []).append(s)
    return [d for group in by_story.values() for d in name_differences(group, gazetteer,
                                                                        listed_only=True)]


def _nearest_uses(difference: Difference, relevance: Mapping[int, float]) -> Difference:
    """The uses nearest the query: each voice's ``USES_SHOWN`` of a term or name, and
    ``VOICES_SHOWN`` voices' of each (the summary still names every voice).  A wire that says
    "offensive" in eight sentences shows its choice in two; "Nagorno-Karabakh", said by
    seven voices, in three of them."""
    per_voice: dict[tuple[object, object], int] = {}
    voices: dict[object, set[object]] = {}
    kept = []
    for row in sorted(difference.evidence,
                      key=lambda r: -relevance.get(int(str(r["claim_id"])), -1.0)):
        word = row.get("term", row.get("form"))
        seen = voices.setdefault(word, set())
        if per_voice.get((row["voice"], word), 0) >= USES_SHOWN or \
                (row["voice"] not in seen and len(seen) >= VOICES_SHOWN):
            continue
        per_voice[(row["voice"], word)] = per_voice.get((row["voice"], word), 0) + 1
        seen.add(row["voice"])
        kept.append(row)
    return replace(difference, evidence=tuple(r for r in difference.evidence
                                              if any(r is k for k in kept)))
