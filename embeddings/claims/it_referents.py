"""Whom "it said" / "it added" stands for: never a person the article shows to be one.

"Acme cut 500 jobs. Chief executive John Smith said the cuts were needed. It said sales
fell.": "it" is Acme, not John Smith.  "It" takes the body (company, agency, ministry,
outlet ...) the two sentences before named or heard speak; else a body that spoke earlier
in the article (a ministry quoted, then a paragraph of events, then "It said ..."); else,
opening the sentence, the article's own outlet, which is what a wire's "It said" is left
meaning with no body near.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from embeddings.claims.entities import PLACES
from embeddings.claims.person_referents import no_person

if TYPE_CHECKING:
    from embeddings.claims.speaker_context import SpeakerContext
    from embeddings.types import Entity

_SENTENCES_BEFORE = 2


def bodies_of(entities: list[Entity], context: SpeakerContext) -> list[str]:
    """The bodies a sentence names, in order: organisations, names that say they are one
    ("Acme Corp", "Goldman Sachs Inc") and acronyms ("NATO"); no place, no person."""
    return [e.text for e in entities
            if e.label == "ORG" or (e.label == "NAME" and e.text.lower() not in PLACES and (
                (e.text.isupper() and len(e.text) > 1) or no_person(e.text, context.bodies)))]


def is_body(name: str, context: SpeakerContext) -> bool:
    """A speaker that may be an "it": no person, nor a role only a person holds."""
    from embeddings.claims.speaker_context import PERSON_ROLES

    if name.split()[-1].lower() in PERSON_ROLES:
        return False  # "it" is no "British government spokeswoman"
    return not context.is_person(name) or no_person(name, context.bodies)


def note_speaker(speaker: str, context: SpeakerContext) -> None:
    """A body heard speak in the sentence being read comes first of its bodies."""
    if context.sentence_bodies and is_body(speaker, context):
        context.sentence_bodies[-1].insert(0, speaker)


def it_referent(context: SpeakerContext, opens: bool = False) -> str | None:
    """The body "it" stands for in the sentence being read (observed last); the outlet
    only where "it" opens the sentence ("It said ..."): inside one ("actions it said could
    amount to war crimes", "The company, it said, would ...") it is what the sentence is
    about, whom the frame's reading leaves unnamed rather than give it the outlet's voice."""
    for names in reversed(context.sentence_bodies[-1 - _SENTENCES_BEFORE:-1]):
        if names:  # the sentence's speaker, else the first body it names (its subject)
            return names[0]
    earlier = next((n for n in reversed(context.speakers) if is_body(n, context)), None)
    return earlier or (context.outlet if opens else None) or None
