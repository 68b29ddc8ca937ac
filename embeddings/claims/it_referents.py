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
from embeddings.claims.genders import known_gender, name_gender
from embeddings.claims.person_referents import no_person

if TYPE_CHECKING:
    from embeddings.claims.speaker_context import SpeakerContext
    from embeddings.types import Entity

_SENTENCES_BEFORE = 2
# how many words may go before a sentence's subject ("In a statement on Friday, the ...")
_SUBJECT_WORDS = 6


def bodies_of(sentence: str, entities: list[Entity], context: SpeakerContext) -> list[str]:
    """The bodies a sentence names as its subject, near its start: organisations, names
    that say they are one ("Acme Corp", "Goldman Sachs Inc") and acronyms ("NATO"); no
    place, no person ("The lawsuit alleges that Russia hurt the Democratic Party. It says
    ..." is the lawsuit's "it", not the party's)."""
    return [e.text for e in entities
            if len(sentence[: max(0, sentence.find(e.text))].split()) <= _SUBJECT_WORDS
            and e.text.lower() not in PLACES  # (nor a dateline: "WASHINGTON — ...")
            and (e.label == "ORG" or (e.label == "NAME" and (
                (e.text.isupper() and len(e.text) > 1) or no_person(e.text, context.bodies))))]


def is_body(name: str, context: SpeakerContext) -> bool:
    """A speaker that may be an "it": none the article shows to be a person, by a role only a
    person holds, a title it gave them or a first name ("Protect Democracy" may be a body)."""
    from embeddings.claims.speaker_context import PERSON_ROLES

    if name.split()[-1].lower() in PERSON_ROLES or context.held.get(name):
        return False  # "it" is no "British government spokeswoman"
    if no_person(name, context.bodies) or not context.is_person(name):
        return True
    return known_gender(context.genders, name) is None and name_gender(name) is None


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
    # (further back, only a speaker no name of a person's: "Israel", "the ministry")
    earlier = next((n for n in reversed(context.speakers) if is_body(n, context)
                    and (not context.is_person(n) or no_person(n, context.bodies))), None)
    return earlier or (context.outlet if opens else None) or None
