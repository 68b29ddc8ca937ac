"""An event said never to have taken place: "The Bowling Green massacre never happened",
"The Banksy arrest did not happen", "the raid never took place".  The subject names the
other side's story by a noun of its own ("the arrest" / "Police arrested Banksy"), so the
denied words are the subject's, read as a denial of a statement (``falsity``'s "the report
is false": two of its words must be the other side's).

Only a plain past denial that ends its clause: "did not happen on Monday" (it happened,
another day), "has not happened yet" (it may), "will not happen" (a plan), "has never happened in
Super Bowl history" (a record), "It never happened" (no subject named) are left to the
other readings."""

from __future__ import annotations

from service.contrast.negation.clauses import subject_start
from service.contrast.negation.lexicon import CLAUSE_MARKS, CLAUSE_WORDS, MUST_OVERLAP
from service.contrast.negation.reading import Reading, is_content
from service.contrast.text import Token, stem

_CUES = frozenset({"never", "not", "n't"})
_HAPPEN = frozenset({"happen", "happened", "occur", "occurred"})
_TAKE = frozenset({"take", "took"})
# words of the subject, and of them the other side must use: one noun ("the deal") names a
# kind of event, not the story ("The Banksy arrest", "the Bowling Green massacre")
_NAMED_BY = 2
_PERFECT = frozenset({"has", "have", "had", "'s", "will", "would", "could", "might", "may"})
# "it never happened at all", "never happened, either": still a plain denial
_TRAILING = frozenset({"at", "all", "either", "really", "actually"})


def read_never_happened(r: Reading) -> None:
    """Set ``r.denial`` to "<subject> never happened" with the subject's words denied."""
    if r.denial is not None:
        return
    toks = r.toks
    for i, tok in enumerate(toks):
        if tok.lower not in _CUES:
            continue
        verb = _event_verb(toks, i)
        if verb is None or not _ends_clause(toks, verb + 1):
            continue
        start = subject_start(toks, i)
        first = i - 1 if i > 0 and toks[i - 1].lower in ("did", "had") else i
        content = {stem(t.text) for t in toks[start:first] if is_content(t)}
        if len(content) < _NAMED_BY:
            continue  # "It never happened", "The deal never happened": no one story named
        r.denial = (toks[start].start, toks[verb].end)
        r.denied_content |= content | {MUST_OVERLAP}
        r.denial_needs = max(r.denial_needs, _NAMED_BY)
        return


def _event_verb(toks: list[Token], i: int) -> int | None:
    """The last token of "never happened" / "did not happen" / "didn't take place" at the
    cue ``i``; "did" before "not" is needed for the bare form ("will not happen" is a plan)."""
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    before = toks[i - 1].lower if i > 0 else ""
    if toks[i].lower in ("not", "n't") and before != "did":
        return None
    if before in _PERFECT:
        return None  # "has never happened in Super Bowl history": a record, not a denial
    if nxt in _HAPPEN:
        return i + 1
    if nxt in _TAKE and i + 2 < len(toks) and toks[i + 2].lower == "place":
        return i + 2
    return None


def _ends_clause(toks: list[Token], j: int) -> bool:
    """Nothing after the verb but a clause end: "did not happen on Monday" tells a day."""
    while j < len(toks) and toks[j].lower in _TRAILING:
        j += 1
    if j < len(toks) and toks[j].lower == "yet":
        return False  # "never happened yet": it still may
    return j >= len(toks) or toks[j].lower in CLAUSE_MARKS or toks[j].lower in CLAUSE_WORDS
