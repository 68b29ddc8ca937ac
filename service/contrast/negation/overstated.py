"""A report of a death called too early or overstated: "Reports of my death are greatly
exaggerated", "Rumours of Castro's demise are premature", "news of his passing was
overblown" (the idiom a death hoax is answered with); and a story told "falsely reported"
with nothing after it ("Fidel Castro's death falsely reported").  Not "reports of the storm
damage were exaggerated": of anything but a death, an overstated report still says it
happened, only less so."""

from __future__ import annotations

from service.contrast.negation.lexicon import (
    CLAUSE_MARKS,
    CLAUSE_WORDS,
    COPULA,
    MUST_OVERLAP,
    STATEMENT,
)
from service.contrast.negation.reading import Reading, is_content
from service.contrast.text import Token, stem

_OVERSTATED = frozenset({"exaggerated", "premature", "overblown", "overstated"})
_DEATH = frozenset({"death", "deaths", "demise", "passing", "dead"})
_REPORTED = frozenset({"news", "rumour", "rumor", "speculation", "talk", "word"}) | STATEMENT
_REPORTING = frozenset({"reported", "rumoured", "rumored", "announced", "declared",
                        "pronounced", "claimed"})
_BEEN = COPULA | {"been", "have", "has", "had"}
_NOT = frozenset({"not", "n't", "never"})  # "are not exaggerated": the report stands


def read_overstated(r: Reading, shadowed: list[bool]) -> None:
    """Set ``r.denial`` to "<reports of X's death> are exaggerated", or to "<X's death>
    falsely reported" ending its clause, with the words of what was reported denied."""
    if r.denial is not None:
        return
    toks = r.toks
    for i, tok in enumerate(toks):
        subject = _overstated_death(toks, i) or _falsely_reported(toks, i)
        if subject is None:
            continue
        start, first = subject
        content = {stem(t.text) for t in toks[start:first]
                   if is_content(t) and t.lower not in _REPORTED}
        if len(content) < 2:
            continue  # "Reports of his death are exaggerated": whose death, not said
        r.denial = (toks[start].start, tok.end)
        r.denied_content |= content | {MUST_OVERLAP}
        r.denial_needs = max(r.denial_needs, 2)
        # every word of whose death: "Raul Castro's death" is not "Fidel Castro has died"
        r.denial_share = 1.0
        for j in range(len(toks)):
            shadowed[j] = True
        return


def _clause_start(toks: list[Token], at: int) -> int:
    return next((j + 1 for j in range(at - 1, -1, -1)
                 if toks[j].lower in CLAUSE_MARKS or toks[j].lower in CLAUSE_WORDS), 0)


def _overstated_death(toks: list[Token], i: int) -> tuple[int, int] | None:
    """(start, copula) of "<report> of <a death> is (greatly) exaggerated" at ``i``."""
    if toks[i].lower not in _OVERSTATED:
        return None
    cop = next((j for j in range(i - 1, max(-1, i - 4), -1) if toks[j].lower in _BEEN), None)
    if cop is None or any(t.lower in _NOT for t in toks[cop:i]):
        return None
    start = _clause_start(toks, cop)
    words = [t.lower for t in toks[start:cop]]
    if not any(w in _REPORTED for w in words) or not any(w in _DEATH for w in words):
        return None
    return start, cop


def _falsely_reported(toks: list[Token], i: int) -> tuple[int, int] | None:
    """(start, "falsely") of "<X's death> (was) falsely reported" ending its clause at
    ``i``; with more after it ("falsely reported dead") ``falsity`` reads what follows."""
    if toks[i].lower not in _REPORTING or i < 2 or toks[i - 1].lower != "falsely":
        return None
    if i + 1 < len(toks) and toks[i + 1].lower not in CLAUSE_MARKS:
        return None
    first = i - 1
    while first > 0 and toks[first - 1].lower in _BEEN | _NOT:
        if toks[first - 1].lower in _NOT:
            return None  # "was not falsely reported"
        first -= 1
    return _clause_start(toks, first), first
