"""A denial of one person's story is not a denial of their namesake's: "Raul Castro death
hoax" says nothing of "Fidel Castro has died.", though the family name is a word of both.
Two full names of one family name with different given names name two people
(``embeddings.claims.namesakes.two_people``); the family name alone ("Castro death hoax")
may be either, so it is still read as denying what is told of Fidel Castro."""

from __future__ import annotations

from embeddings.claims.namesakes import two_people
from embeddings.matching import entity_key
from service.contrast.negation.deniers import denier
from service.contrast.negation.reading import Reading

_PEOPLE = frozenset({"PERSON", "NAME"})  # (not a place or a body: "North Korea")


def of_a_namesake(neg: Reading, pos: Reading) -> bool:
    """Whether the person ``neg`` tells a story of bears a family name that ``pos`` uses
    only for another person of it (every full name of it on either side tells them apart).
    Who denies is no one the story is of ("Raul Castro dismissed the reports as a hoax"
    may deny what is told of Fidel), so the speaker and the denier are left out."""
    voices = " ".join(v for v in (neg.said.claim.speaker, denier(neg)) if v)
    # (a surname alone read as the full name its article gives it: "Smith" of John Smith)
    ours = [e.full or e.text for e in neg.said.claim.entities
            if e.label in _PEOPLE and e.text not in voices]
    theirs = [e.full or e.text for e in pos.said.claim.entities if e.label in _PEOPLE]
    for name in ours:
        key = entity_key(name)
        others = [t for t in theirs if entity_key(t) == key]
        if others and all(two_people(o, t) for o in ours if entity_key(o) == key
                          for t in others):
            return True
    return False


def _people(r: Reading) -> list[str]:
    """The people a claim tells of, by their full names where its article gave them ("Smith"
    of John Smith), who speaks or denies left out."""
    voices = " ".join(v for v in (r.said.claim.speaker, denier(r)) if v)
    return [e.full or e.text for e in r.said.claim.entities
            if e.label in _PEOPLE and e.text not in voices]


def two_namesakes(a: Reading, b: Reading) -> bool:
    """"Smith was arrested" of John Smith / "Smith was not arrested" of Adam Smith: the two
    claims tell of two people of one family name (each article gave its Smith in full), so
    nothing one says of its Smith contradicts what the other says of the other.  Who speaks
    is left out on both sides ("Raul Castro dismissed the reports" may deny Fidel's story)."""
    ours, theirs = _people(a), _people(b)
    for key in {entity_key(n) for n in ours} & {entity_key(n) for n in theirs}:
        if all(two_people(o, t) for o in ours if entity_key(o) == key
               for t in theirs if entity_key(t) == key):
            return True
    return False
