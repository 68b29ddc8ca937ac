"""A rebuttal headline: "No, Jordan's King Abdullah II is not personally flying planes
against Isis", "Debunk: No, Apple didn't change ...".  The opening "No," answers a story
going round, and the negated clause after it is what the writer says is untrue, often in
words of its own for the predicate ("flying planes" for "will participate in air strikes",
"not available in" for "still serving").  The fact-check genre is what ties it to the story,
so the negated word need not be the other side's: the clause must be about the other side's
subject and say some of what it says after the cue.

Not a rebuttal of the other side: a "No," with no negation after it ("No, 2016 was a revolt
against ..."), a correction whose positive half is what the other says ("No, Kim is not
dead, he had ankle surgery" / "Kim had ankle surgery"), a denial of the opposite ("No, the
vaccine is not unsafe" / "the vaccine is safe"), or a side that denies the same thing."""

from __future__ import annotations

from service.contrast.negation.lexicon import CLAUSE_CUES
from service.contrast.negation.objects import _all_stems
from service.contrast.negation.reading import Reading, clause_end, is_content, is_cue
from service.contrast.text import stem

_OPENERS = frozenset({"no", "nope"})
_AFTER_OPENER = frozenset({",", ":", "!", "—", "–", "-"})
KICKER_WORDS = 3  # "Debunk:", "Fact check:": a label before the "No," at most this long
REBUTTAL_SHARED = 2  # content stems of the rebutted clause the other side must use


def read_rebuttal(r: Reading) -> None:
    """Set ``r.rebuttal`` (the rebutted clause's span) and ``r.rebutted`` (the content stems
    of its subject, of what follows the cue, and of the rest of the sentence)."""
    toks = r.toks
    opener = 0
    kicker = next((j for j, t in enumerate(toks[:KICKER_WORDS + 1]) if t.text == ":"), None)
    if kicker is not None and kicker + 1 < len(toks) and toks[kicker + 1].lower in _OPENERS:
        opener = kicker + 1
    if opener + 2 >= len(toks) or toks[opener].lower not in _OPENERS \
            or toks[opener + 1].text not in _AFTER_OPENER:
        return
    start = opener + 2
    first_end = clause_end(toks, start)
    cue = next((j for j in range(start, first_end)
                if toks[j].lower in CLAUSE_CUES and is_cue(toks, j)), None)
    if cue is None or cue == start:
        return  # "No, 2016 was a revolt": no negation, so nothing is called untrue
    end = clause_end(toks, cue + 1)

    def content(lo: int, hi: int) -> frozenset[str]:
        return frozenset(stem(t.text) for t in toks[lo:hi] if is_content(t))

    r.rebuttal = (toks[start].start, toks[end - 1].end)
    told = r.said.claim.text[toks[cue].end:toks[end - 1].end]
    r.rebutted = (content(start, cue), content(cue + 1, end) | figures(r, told),
                  content(end, len(toks)))


def figures(r: Reading, text: str | None = None) -> frozenset[str]:
    """The claim's figures (of ``text`` only, if given) as keys that match across wordings:
    "in two US McDonald's" and "Two locations in the U.S." share the figure 2, which counts
    as a word the two share."""
    return frozenset(f"#{q.low}-{q.high}" for q in r.said.claim.numbers
                     if text is None or q.text in text)


def rebuts(neg: Reading, pos: Reading) -> bool:
    """``neg``'s rebuttal is of what ``pos`` says: of its subject, and with some of what
    ``pos`` says after the cue ("No, Kim Jong-un is not dead" shares only the name with
    "Kim Jong-un had ankle surgery": another rumour, not this claim).  A denial of the
    opposite is left to the caller (``_denies_the_opposite``, which reads the reader)."""
    if neg.rebuttal is None or pos.denial is not None:
        return False
    subject, predicate, rest = neg.rebutted
    said = set(pos.asserted) | _all_stems(pos) | figures(pos)
    if rest & said:
        return False  # "..., he had ankle surgery": the correction says what pos says
    if any(w in subject | predicate for w in pos.negated) \
            or any(negated & predicate for _, _, negated, _ in pos.negated_clauses):
        # "Beyonce is not performing in Paris" / "No, Beyonce is not playing a secret show in
        # Paris": both deny it, in other words
        return False
    if neg.rebuts_subject and not subject & said:
        return False  # "Smith is not the gunman who ..." / "A gunman opened fire": not of Smith
    shared = (subject | predicate) & said
    return len(shared) >= REBUTTAL_SHARED and bool(predicate & said)
