"""A "no" that denies: one that answers the sentence's own question ("NHL expansion ahead?
No, says Gary Bettman") or takes back what it just said ("Rudd was one of the heroes. No he
wasn't")."""

from __future__ import annotations

from service.contrast.negation.lexicon import DENIED_SHARE, MUST_OVERLAP
from service.contrast.negation.reading import Reading, is_content
from service.contrast.text import stem

# "No, he wasn't", "No he didn't": a retort that takes back what was just said
_RETORT_SUBJECTS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
_NEGATED_AUX = frozenset({"wasn't", "weren't", "isn't", "aren't", "didn't", "doesn't", "don't",
                          "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't",
                          "couldn't"})
_SAYS = frozenset({"says", "said", "say"})


def read_answered_no(r: Reading, shadowed: list[bool]) -> None:
    """"NHL expansion ahead? No, says Gary Bettman", "Rudd was one of the heroes. No he
    wasn't": a "no" that answers the sentence's own question, or takes back what it just
    said, denies it ("No one knows", "no doubt" answer nothing)."""
    toks = r.toks
    for i, tok in enumerate(toks):
        if tok.lower not in ("no", "nope") or i == 0:
            continue
        after = [t.lower.replace("’", "'") for t in toks[i + 1:i + 4]]
        answers = toks[i - 1].text == "?" and (not after or after[0] in (",", ".", "!", ":")
                                                or after[0] in _SAYS)
        retort = len(after) >= 2 and after[0] in _RETORT_SUBJECTS and (
            "".join(after[1:3]) in _NEGATED_AUX or after[1] in _NEGATED_AUX)
        if not (answers or retort):
            continue
        start = next((j + 1 for j in range(i - 2, -1, -1)
                      if toks[j].text in ("?", ".", "!", ";")), 0)
        content = {stem(t.text) for t in toks[start:i] if is_content(t)}
        if len(content) < 2:
            continue
        r.denial = r.denial or (toks[start].start, tok.end)
        r.denied_content |= content | {MUST_OVERLAP}
        r.denial_needs = max(r.denial_needs, 2)
        r.denial_share = DENIED_SHARE
        for j in range(start, i):
            shadowed[j] = True
