"""A denied whole or a denied habit: "A bull market doesn't lift all stocks", "not every
school reopened", "we don't often get a state visit", "is not always right".  Such a denial
says only that the whole (or the habit) is not so, and leaves room for some, or for once:
it is contradicted by a voice that says the whole or the habit ("all stocks rose", "we
often get one"), not by one that names some of them ("The 10 best stocks of the bull
market") or tells of one occasion ("Trump's visit ...")."""

from __future__ import annotations

from service.contrast.negation.lexicon import WHOLE
from service.contrast.negation.reading import Reading, clause_end, is_cue

# the whole of a set ("all stocks", "every school"); not a degree ("not fully restored" /
# "restored" do dispute: a plain state is the full one)
_ALL = frozenset({"all", "every", "everyone", "everybody", "everything"})
# how often, said of a habit: "not often", "not usually" (a denied one leaves room for once)
_HABIT = frozenset({"often", "usually", "frequently", "regularly", "normally", "typically",
                    "generally", "routinely", "commonly", "necessarily", "always"})
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


def whole_denied(r: Reading, start: int, end: int) -> bool:
    """The negation whose cue is in ``start``..``end`` (char offsets) denies a whole or a
    habit: the word after the cue, or one later in its clause ("doesn't lift all stocks",
    "don't often get")."""
    toks = r.toks
    cue = next((j for j, t in enumerate(toks) if start <= t.start < end and is_cue(toks, j)),
               None)
    if cue is None or toks[cue].lower not in ("not", "n't", "never"):
        return False  # "no", "none", "without" deny a thing, not a whole of it
    return any(_counted(r, j) for j in range(cue + 1, clause_end(toks, cue + 1)))


def says_the_whole(r: Reading) -> bool:
    """The claim itself says a whole or a habit ("all stocks rose", "we often get one",
    "completely restored")."""
    return any(_counted(r, j) or r.toks[j].lower in WHOLE for j in range(len(r.toks)))
