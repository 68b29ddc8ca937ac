"""The crowd of a protest under the words outlets choose for it: "About 20,000
demonstrators marched" and "Some 90,000 protesters marched" count one crowd, and differ on
its size.  Only the words for the people who came to protest are one: rioters are some of
them, police, soldiers or civilians other people ("20 soldiers" / "30 civilians" killed are
two counts), and "people" may be anyone (``people.people_kind``: they may agree with a
crowd, never dispute it)."""

from __future__ import annotations

from embeddings.types import Quantity
from service.contrast.intervals import unit_key

# the units (singular, lower-cased, as the claims stage gives them) of a protest's crowd
CROWD = frozenset({"protester", "protestor", "demonstrator", "marcher", "rallygoer",
                   "rally-goer", "rallier"})


# what a difference between two words for the crowd is about: "the number of protesters"
CROWD_KEY = "protester"


def crowd(q: Quantity) -> bool:
    """A count of a protest's crowd: "20,000 demonstrators", "some 500 marchers"."""
    return q.kind == "count" and q.unit is not None and q.unit.lower() in CROWD


def one_unit(qa: Quantity, qb: Quantity) -> bool:
    """Whether two figures count in one unit: the same ("29 people" / "forty people"), or
    two words for a protest's crowd ("20,000 demonstrators" / "90,000 protesters")."""
    return unit_key(qa) == unit_key(qb) or (crowd(qa) and crowd(qb))
