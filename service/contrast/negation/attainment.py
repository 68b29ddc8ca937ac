"""Phrasal negatives of attainment: "fell short of expectations", "stopped short of calling
it genocide", "came nowhere near a deal". What is named after them was not reached or not
done, as after "did not meet" or "failed to" ("fail to" is a cue of the lexicon already)."""

from __future__ import annotations

from service.contrast.text import Token

# the verbs "short of" denies attainment after; "two seats short of a majority" and "short of
# war, every option is open" are left alone (a distance, and a bound)
_FALL_STOP = frozenset({"fall", "falls", "fell", "falling", "fallen", "stop", "stops",
                        "stopped", "stopping"})
# "fell well short of", "stopped just short of": a degree between the verb and "short"
_DEGREE = frozenset({"well", "far", "just", "slightly", "somewhat", "way", "much", "little",
                     "a", "bit", "considerably", "significantly", "substantially"})
_DEGREE_REACH = 2  # words: "fell a little short of"

# "nowhere near a deal", "nowhere close to an agreement": the word after "nowhere" is the
# measure of distance; what is not reached is the word after it
NEAR = frozenset({"near", "close"})


def short_of(toks: list[Token], i: int) -> int | None:
    """The verb of "fell short of", "stops short of", "fell well short of", where ``i`` is
    its "short": a negation cue of what follows "of"; None elsewhere."""
    if toks[i].lower != "short" or i + 1 >= len(toks) or toks[i + 1].lower != "of":
        return None
    j = i - 1
    while j >= 0 and i - j <= _DEGREE_REACH and toks[j].lower in _DEGREE:
        j -= 1
    return j if j >= 0 and toks[j].lower in _FALL_STOP else None


def distance_word(toks: list[Token], cue: int, j: int) -> bool:
    """"near" in "nowhere near a deal": no head of what is negated (the deal is)."""
    return toks[cue].lower == "nowhere" and j == cue + 1 and toks[j].lower in NEAR
