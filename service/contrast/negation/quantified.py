"""A denied whole or a denied habit: "A bull market doesn't lift all stocks", "not every
school reopened", "we don't often get a state visit", "is not always right".  Such a denial
says only that the whole (or the habit) is not so, and leaves room for some, or for once:
it is contradicted by a voice that says the whole or the habit ("all stocks rose", "we
often get one"), not by one that names some of them ("The 10 best stocks of the bull
market") or tells of one occasion ("Trump's visit ...")."""

from __future__ import annotations

from service.contrast.negation.lexicon import WHOLE
from service.contrast.negation.reading import Reading, clause_end, is_content, is_cue
from service.contrast.text import stem

# the whole of a set ("all stocks", "every school"); not a degree ("not fully restored" /
# "restored" do dispute: a plain state is the full one)
_ALL = frozenset({"all", "every", "everyone", "everybody", "everything"})
# how often, said of a habit: "not often", "not usually" (a denied one leaves room for once)
_HABIT = frozenset({"often", "usually", "frequently", "regularly", "normally", "typically",
                    "generally", "routinely", "commonly", "necessarily", "always"})
_DEFINITE = frozenset({"the", "its", "their", "his", "her", "our"})
# "not at all", "after all", "above all", "all but": no whole of anything is counted
_NOT_COUNTING = frozenset({"at", "after", "above"})


def _counted(r: Reading, j: int) -> bool:
    """The token at ``j`` is a word of the whole or of a habit, used so."""
    toks = r.toks
    word = toks[j].lower
    if word not in _ALL | _HABIT:
        return False
    return not (word == "all" and ((j > 0 and toks[j - 1].lower in _NOT_COUNTING)
                                   or (j + 1 < len(toks) and toks[j + 1].lower == "but")))


def _denied_whole(r: Reading, start: int, end: int) -> tuple[bool, str | None]:
    """Whether the negation whose cue is in ``start``..``end`` (char offsets) denies a whole
    or a habit (the word after the cue, or one later in its clause: "doesn't lift all
    stocks", "don't often get"), and the stem of the thing counted whole ("stock"; None for
    a habit)."""
    toks = r.toks
    cue = next((j for j, t in enumerate(toks) if start <= t.start < end and is_cue(toks, j)),
               None)
    if cue is None or toks[cue].lower not in ("not", "n't", "never"):
        return False, None  # "no", "none", "without" deny a thing, not a whole of it
    end_at = clause_end(toks, cue + 1)
    at = next((j for j in range(cue + 1, end_at) if _counted(r, j)), None)
    if at is None:
        return False, None
    thing = next((stem(t.text) for t in toks[at + 1:end_at] if is_content(t)), None)
    return True, thing if toks[at].lower in _ALL else None


def _the_whole_of(r: Reading, thing: str) -> bool:
    """The claim names ``thing`` as a definite whole: "The passengers were rescued", "its
    stores" (not "The 10 best stocks", "dozens of the houses": a number or a part)."""
    for j, tok in enumerate(r.toks):
        if not tok.is_word or stem(tok.text) != thing:
            continue
        k = j - 1
        while k >= 0 and is_content(r.toks[k]) and not r.toks[k].text[:1].isdigit():
            k -= 1  # "the stranded passengers"
        if k >= 0 and r.toks[k].lower in _DEFINITE and not (
                k > 0 and r.toks[k - 1].lower in ("of", "in")):
            return True
    return False


def whole_left_open(neg: Reading, start: int, end: int, pos: Reading) -> bool:
    """The negation (cue in ``start``..``end``) denies a whole or a habit that the other
    side does not say: not in a word of its own ("all stocks rose", "we often get one",
    "completely restored"), nor by naming the whole ("The passengers were rescued")."""
    denied, thing = _denied_whole(neg, start, end)
    if not denied:
        return False
    said = any(_counted(pos, j) or pos.toks[j].lower in WHOLE for j in range(len(pos.toks)))
    return not said and not (thing is not None and _the_whole_of(pos, thing))
