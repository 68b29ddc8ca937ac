"""One object per stored claim across an ingest's articles.

Each article's clustering reads its stored neighbours from the store, and the store builds a
new ``Claim`` for every row it returns: the seeds five times over made 4,000 claim objects
of 1,200 claims.  Every reading the clusterer and the contrast stage remember is keyed on
the claims themselves (frozen dataclasses), so a remembered reading asked of a new object
equal to the one it was worked out for costs a hash of the new object and a comparison of
every field, names and figures included, at each look-up.  Handing back the object already
seen makes those look-ups an identity test.

An object is handed back only where it equals the row just read (one comparison a claim and
article, not one a pair): a claim of a replaced article, or an id the store gave again after
a delete, is never taken for the old one.  Bounded: the claims least recently read are
forgotten first, so a store of millions of claims keeps only a few articles'
neighbourhoods.  Used by the one writer only (the write lock), so not locked.
"""

from __future__ import annotations

from collections import OrderedDict

from embeddings.types import Claim

# claims kept: as many as the pair readings keep claims of (``embeddings.matching``)
MAX_CLAIMS = 65_536


class ClaimCanon:
    """Hands back, for a claim read again, the equal object read before."""

    def __init__(self, max_claims: int = MAX_CLAIMS):
        self.max_claims = max_claims
        self._known: OrderedDict[int, Claim] = OrderedDict()

    def __call__(self, claim: Claim) -> Claim:
        if claim.id is None:
            return claim
        known = self._known.get(claim.id)
        if known is not None and (known is claim or known == claim):
            self._known.move_to_end(claim.id)
            return known
        self._known[claim.id] = claim  # new, or changed under its id: the row wins
        self._known.move_to_end(claim.id)
        while len(self._known) > self.max_claims:
            self._known.popitem(last=False)
        return claim

    def forget(self) -> None:
        self._known.clear()

    def __len__(self) -> int:
        return len(self._known)
