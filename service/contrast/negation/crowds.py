"""The people of an event and the event, one subject of its violence: "Demonstrators
clashed with police" and "The demonstration was peaceful" tell one demonstration two
ways, as "The demonstration turned violent" would.  Each people word is tied to its own
event only ("Fans clashed" / "The protest was peaceful" stay two), and other people stay
themselves ("Police were peaceful" / "Protesters turned violent")."""

from __future__ import annotations

from functools import cache

from service.contrast.negation.attributive import attributive_subject
from service.contrast.negation.blame.parties import party
from service.contrast.negation.outbreaks import place_outbreak
from service.contrast.negation.reading import Reading
from service.contrast.text import stem

# the pairs whose state an event's people and the event share: what the people did at it
# is what the event was ("peaceful" / "clashed", "turned violent")
_CROWD_STATES = frozenset({"peaceful"})
# an event's nouns, and then its people's
_EVENTS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("protest", "protests"), ("protesters", "protester", "protestors", "protestor")),
    (("demonstration", "demonstrations", "demo", "demos"),
     ("demonstrators", "demonstrator")),
    (("march", "marches"), ("marchers", "marcher")),
    (("rally", "rallies"), ("rallygoers", "rally-goers")),
    (("match", "game"), ("fans", "spectators")),
    (("vigil", "vigils"), ("mourners",)),
    (("strike", "strikes"), ("strikers",)),
)


@cache
def _event_keys() -> dict[str, str]:
    """Every subject key of the words above (``_subject_before`` keys a capitalised word as
    a party, "Protesters": prote, a lower-case one by its stem, "protester") -> the event's
    first noun."""
    out: dict[str, str] = {}
    for nouns, people in _EVENTS:
        for word in nouns + people:
            out[stem(word)] = nouns[0]
            out[party(word.capitalize())] = nouns[0]
    return out


def one_event_subject(r: Reading) -> None:
    """Key the subject of a crowd's state by its event: "protesters" and "the protest" are
    one subject of "peaceful" / "turned violent".  A state inside a noun phrase is the
    noun's first ("Police broke up a peaceful protest": the protest's)."""
    attributive_subject(r)
    place_outbreak(r)  # "Riots broke out in the city": the city's
    for pair in _CROWD_STATES & r.subjects.keys():
        event = _event_keys().get(r.subjects[pair])
        if event is not None and not _around(r, event):
            r.subjects[pair] = event


# "clashed with police after the match", "before the march": what the people did
# before or after the event, or outside it, is no state of the event
_AROUND = frozenset({"after", "before", "outside", "ahead"})


def _around(r: Reading, event: str) -> bool:
    """The claim places its people's state before, after or outside the event it names."""
    words = [t.lower for t in r.toks]
    for j, word in enumerate(words):
        if word in _AROUND:
            nxt = [w for w in words[j + 1:j + 4] if w not in ("the", "a", "of", "its", "their")]
            if nxt and _event_keys().get(stem(nxt[0])) == event and stem(nxt[0]) in _NOUNS:
                return True
    return False


_NOUNS = frozenset(stem(w) for nouns, _ in _EVENTS for w in nouns)
