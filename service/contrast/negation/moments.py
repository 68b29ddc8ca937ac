"""One event's state told at one moment on one side only: "The protest was peaceful early
on" / "The protest turned violent" tell two moments of one event, a change, not a dispute.

A state told with no time at all is read as said of the whole event, so a bare "was
peaceful" and "turned violent" (even "turned violent in the evening", "later") do dispute:
a reader takes "was peaceful" as the summary of the event, which any violence in it belies
(and "largely peaceful" / "turned violent" stays a dispute too: "largely" tells how far the
state held, not when).  Two things undo that reading of the whole:
- the timed side's state is told of the start ("peaceful at first", "began peacefully"): the
  side itself says it held early on, and leaves the rest of the event open;
- the untimed side tells a change ("turned violent", "became violent"): a change has a
  before, which the other side's moment ("peaceful in the morning") may be.
"""

from __future__ import annotations

from service.contrast.negation.reading import Reading
from service.contrast.text import named_times

# verbs that tell a state reached, not held: "turned violent", "became chaotic", "descended
# into chaos", "erupted into violence"; violence that "broke out" or "flared" begins at a
# moment too, before which the other side's calm may be told
_CHANGE = frozenset({"turned", "turn", "turns", "turning", "became", "become", "becomes",
                     "becoming", "grew", "grow", "grows", "growing", "descended", "erupted",
                     "degenerated", "spiralled", "spiraled", "deteriorated", "escalated",
                     "broke", "broken", "flared"})
# what may stand between the verb and the state: "turned increasingly violent", "descended
# into chaos"
_BETWEEN = frozenset({"into", "more", "increasingly", "very", "so", "too", "quite",
                      "rather", "somewhat", "briefly", "suddenly", "quickly"})
# a time a side tells its state of besides a part of the day or a named day: "today",
# "again" (a change told again is no first change), "throughout" (the whole event), "still"
_TOLD_WHEN = frozenset({"today", "yesterday", "tonight", "tomorrow", "throughout", "again",
                        "still", "overnight"})
# parts of a day that span what the news tells rather than a moment of it: "remained
# peaceful overnight" is as of the morning's report, the time a "turned violent" of the same
# news falls in
_SPANNING = frozenset({"overnight"})


def one_moment_told(timed: Reading, parts: frozenset[str], other: Reading) -> bool:
    """Whether ``timed`` tells its state of a part of the event (``parts``: the parts of
    the day or of the event it names) that ``other``, naming no time, need not cover."""
    if not parts or parts <= _SPANNING or _told_when(other):
        return False
    opposed = [pair for pair in timed.poles.keys() & other.poles.keys()
               if timed.poles[pair][0] != other.poles[pair][0]]
    if not opposed:
        return False
    if "early" in parts and not any(_told_as_change(timed, p) for p in opposed):
        return True  # "peaceful at first" / "turned violent" (or "was violent")
    return all(_told_as_change(other, p) for p in opposed)


def _told_when(r: Reading) -> bool:
    """The claim names a time of its own: a day, a month, a year, "today", "again"."""
    return bool(named_times(r.toks)) or any(t.lower in _TOLD_WHEN for t in r.toks)


def _told_as_change(r: Reading, pair: str) -> bool:
    """The claim's state of ``pair`` is told as reached: a verb of change before it."""
    start = r.poles[pair][1]
    at = next((j for j, t in enumerate(r.toks) if t.start >= start), len(r.toks))
    end = next((j for j, t in enumerate(r.toks) if t.start >= r.poles[pair][2]), len(r.toks))
    if any(t.lower in _CHANGE for t in r.toks[at:end]):
        return True  # the pole is the phrase "turned violent"
    j = at - 1
    while j >= 0 and r.toks[j].lower in _BETWEEN:
        j -= 1
    return j >= 0 and r.toks[j].lower in _CHANGE
