"""Two claims that meet on one name: read again with the name left out (``name_carried``).

On article-centred vectors (embeddings/context.py) a sentence is reduced to what it adds to
its article, and where two claims share no word of their best facets and one name, the name
is often most of what is left: "Abe put on a surprisingly brave face" / "Abe also has
personal worries" (centred cosine 0.56, over the 0.44 threshold) say two things of one man.
A fixed malus on the shape (``lone_name_malus``, off) also takes apart a claim told twice in
other words, and lost a seed group met on a road's name.  Here the pair's best facets are
encoded again with the name's mentions put as "someone", centred as the claims are, and the
pair loses what the name added to their cosine: what both say of the person is read, not
the person.  "Trump will announce within the next two weeks the fate of the deal" / "In a
few days time, President Trump will make his decision" still meet (0.57 -> 0.45): the two
say one thing of whoever it is.  Two claims that say alike things of the name lose nothing
("the permanent denuclearization of North Korea" / "Denuclearization will be a great thing
... for North Korea"), which this reading leaves to others (docs/quality.md, fifty-fourth
session).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from embeddings.lone_names import lone_name
from embeddings.matching import entity_key
from embeddings.types import Claim

# texts -> unit vectors (the pipeline's encoder)
Encode = Callable[[Sequence[str]], np.ndarray]

# what a name's mention is put as: an indefinite pronoun keeps the clause whole ("someone
# put on a brave face"), where deleting the name leaves a verb without its subject
FILLER = "someone"
# a run of capitalised words is one mention: a title goes with its name ("Mr. Abe",
# "President Trump"), as ``entity_key`` reads it
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*")


def lone_name_key(signals: Mapping[str, object]) -> str | None:
    """The one name a pair's match signals (``matching.match_score``) share when they share
    nothing else (``lone_names.lone_name``)."""
    names = signals.get("shared_entities")
    return str(names[0]) if lone_name(signals) and isinstance(names, list) else None


def without_name(facet: str, key: str) -> str:
    """``facet`` with each mention of the name ``key`` (a run of capitalised words whose
    ``entity_key`` is ``key``) put as ``FILLER``."""
    return _CAPITALISED_RUN.sub(
        lambda m: FILLER if entity_key(m.group()) == key else m.group(), facet)


_DETERMINER = re.compile(r"(?:\b(?:the|a|an|The|A|An)\s+)$")
_NOUN_AFTER = re.compile(r"\s+[a-z]")


def names_a_thing(facet: str, key: str) -> bool:
    """Does ``facet`` write the name ``key`` inside a thing's name, after an article and
    before a common noun ("the Lachin corridor", "a Trump administration plan")?  Then the
    claim speaks of the thing the name names, not of the person or place: two claims on one
    road ("the corridor, which had been blocked for months" / "the protest on the road") are
    about one thing, which leaving its name out would hide."""
    for m in _CAPITALISED_RUN.finditer(facet):
        run = m.group()
        if entity_key(run) != key:
            continue
        led = run.split(" ", 1)[0] in ("The", "A", "An") or bool(
            _DETERMINER.search(facet[:m.start()]))
        if led and _NOUN_AFTER.match(facet[m.end():]):
            return True
    return False


def facet_readings(claim: Claim, facet: str, key: str,
                   centre: Callable[[Claim, np.ndarray], np.ndarray | None],
                   encode: Encode) -> np.ndarray | None:
    """``facet`` and ``facet`` without the name ``key``, encoded and centred on the claim's
    article (two rows); None where the facet does not name it, names the thing the name
    names (``names_a_thing``) or the claim has no article mean.  ``centre(claim, vectors)``
    centres vectors as the claim's stored ones are."""
    text = without_name(facet, key)
    if text == facet or names_a_thing(facet, key):
        return None
    return centre(claim, encode([facet, text]))


def name_share(a: np.ndarray | None, b: np.ndarray | None) -> float:
    """How much of two facets' centred cosine the name makes (``facet_readings`` of each):
    their cosine less that of the two without it, 0 where leaving it out brings them
    nearer or a reading is missing."""
    if a is None or b is None:
        return 0.0
    return max(0.0, float(a[0] @ b[0]) - float(a[1] @ b[1]))
