"""What a word stands under: a modal or "to", an intention, an ability, a condition, a
forecast, a purpose, an earlier state since left; what is set to happen."""

from __future__ import annotations

from itertools import pairwise

from service.contrast.negation.clauses import conditional_tokens
from service.contrast.negation.reading import Reading, clause_end, is_content
from service.contrast.text import stem

# what is wanted, planned or possible, not what happened: "looking forward to being
# questioned", "delayed the decision to re-certify", "could attend" ("will" states a future
# fact: "will introduce segregation" is denied by "no segregation")
_IRREALIS = frozenset({"to", "would", "could", "may", "might", "can", "ca", "should", "must"})


_IRREALIS_REACH = 3  # tokens before the word


def _irrealis(r: Reading, start: int) -> bool:
    """The word at ``start`` (a char offset; for a negation, its cue) stands under "to" or a
    modal: a fact is not stated, so a plain denial ("has not been questioned yet", "refused
    to certify") does not contradict it; a denial under a modal ("could not attend") does."""
    at = next((j for j, t in enumerate(r.toks) if t.start == start), None)
    if at is None:
        return False
    if r.toks[at].lower == "cannot":  # the cue is its own modal
        return True
    return any(t.lower in _IRREALIS and not (t.lower == "to" and j > 0 and r.toks[j - 1].lower
                                             in _IMPLICATIVE)
               for j, t in enumerate(r.toks[max(0, at - _IRREALIS_REACH):at],
                                     max(0, at - _IRREALIS_REACH)))


# "was forced to close", "managed to escape": what follows "to" happened; "amounts to a
# ceasefire" says it is one ("to" a preposition there)
_IMPLICATIVE = frozenset({"forced", "compelled", "obliged", "managed", "made", "amount",
                          "amounts", "amounted", "amounting"})


# "did not plan to appeal", "has no intention to resign": a denial of an intention, which
# disputes a future under a modal ("would appeal") as "would not appeal" does
# (not "expect": a belief about what will happen, not a will to do it)
_INTENT = frozenset({"plan", "plans", "planned", "planning", "intend", "intends", "intended",
                     "intention", "want", "wants", "wanted", "aim", "aims", "aimed", "seek",
                     "seeks", "sought"})
_INTENT_REACH = 3  # tokens after the cue


def _intended(r: Reading, start: int) -> bool:
    at = next((j for j, t in enumerate(r.toks) if t.start == start), None)
    if at is None:
        return False
    after = r.toks[at + 1:at + 1 + _INTENT_REACH + 1]
    return any(t.lower in _INTENT and nxt.lower == "to" for t, nxt in pairwise(after))


def _unreal(neg: Reading, start: int, pos: Reading, pos_start: int) -> bool:
    """The cue stands under "to" or a modal, or denies an intention where the other side
    says what will be done ("would appeal"; not what could be, or would be if ...)."""
    if _irrealis(neg, start):
        return True
    at = next((j for j, t in enumerate(pos.toks) if t.start == pos_start), None)
    if at is None or not _intended(neg, start):
        return False
    before = [t.lower for t in pos.toks[max(0, at - _IRREALIS_REACH):at]]
    return "would" in before and not set(before) & (_IRREALIS - {"would"}) \
        and not any(t.lower in ("if", "unless") for t in pos.toks[at:])


# "cannot announce" / "are discussing plans to announce": what one is unable (or not
# allowed) to do is no denial that one plans or wants to do it; both can be true (a NewsWCL50
# store read "North and South Korea can not themselves announce an end to the Korean War" as
# disputing that they "are discussing plans to announce" one). "could not pay" / "could pay"
# still dispute: one modal on both sides
_ABILITY = frozenset({"can", "ca", "cannot", "could", "able", "unable"})
_PLANNING = _INTENT | frozenset({"discussing", "discussed", "considering", "considered",
                                 "weighing", "mulling", "preparing", "prepared", "hopes",
                                 "hoped", "hoping", "proposed", "proposes"})


# verbs whose "that" opens what was told or found ("wrote that", "concluded that")
_TELLING = frozenset(stem(w) for w in (
    "wrote", "write", "written", "said", "say", "stated", "claimed", "claim", "reported",
    "report", "found", "find", "concluded", "conclude", "suggested", "suggest", "showed", "show",
    "argued", "argue", "alleged", "allege", "mentioned", "mention", "told", "indicated",
    "indicate", "testified", "testify", "recorded", "record", "noted", "note"))


def _said_of_other_things(neg: Reading, end: int, pos: Reading, pos_start: int) -> bool:
    """The negated verb (ending at char offset ``end``) denies what was said or written
    ("never wrote that he felt obstructed"), and the other side's use of it says nothing of
    that ("memos written by Comey show no collusion", "Comey wrote that it was up to Trump"):
    no word of the denied complement follows the other side's verb."""
    at = next((j for j, t in enumerate(neg.toks) if t.end == end), None)
    pos_at = next((j for j, t in enumerate(pos.toks) if t.start == pos_start), None)
    if at is None or pos_at is None or at + 1 >= len(neg.toks) or neg.toks[at + 1].lower != "that" \
            or stem(neg.toks[at].text) not in _TELLING:
        return False  # "No dog is in the sand that is blowing": a relative clause, no telling
    denied = {stem(t.text) for t in neg.toks[at + 2:clause_end(neg.toks, at + 2)]
              if is_content(t)}
    told = {stem(t.text) for t in pos.toks[pos_at + 1:clause_end(pos.toks, pos_at + 1)]
            if is_content(t)}
    return bool(denied) and denied.isdisjoint(told)


def _ability_against_plan(neg: Reading, start: int, pos: Reading, pos_start: int) -> bool:
    """The negation (cue at ``start``) says what cannot be done, and the other side's word (at
    ``pos_start``) stands under a plan or wish to do it ("plans to", "wants to")."""
    at = next((j for j, t in enumerate(neg.toks) if t.start == start), None)
    pos_at = next((j for j, t in enumerate(pos.toks) if t.start == pos_start), None)
    if at is None or pos_at is None:
        return False
    before_cue = {t.lower for t in neg.toks[max(0, at - _IRREALIS_REACH):at + 1]}
    before_word = [t.lower for t in pos.toks[max(0, pos_at - _IRREALIS_REACH):pos_at]]
    return bool(before_cue & _ABILITY) and any(
        w in _PLANNING and nxt == "to" for w, nxt in pairwise(before_word))


def _conditional(r: Reading, start: int) -> bool:
    """The word at ``start`` stands in a clause of condition ("unless it is not approved"):
    what it negates is not said not to have happened (what such a clause asserts, the reader
    already leaves out)."""
    at = next((j for j, t in enumerate(r.toks) if t.start == start), None)
    return at is not None and at in conditional_tokens(r.toks)


_EARLIER = frozenset({"initially", "originally", "previously", "formerly"})
_EARLIER_REACH = 4  # tokens before the phrase: "Manafort initially pleaded not guilty"


def _earlier(r: Reading, start: int, reach: int = _EARLIER_REACH) -> bool:
    """Whether what starts at ``start`` (a clause: ends, with the clause as ``reach``) is
    said as a state since left ("initially pleaded not guilty", "at first denied"), which a
    later one does not dispute."""
    at = next((k for k, t in enumerate(r.toks) if t.start >= start), len(r.toks))
    before = [t.lower for t in r.toks[max(0, at - reach):at]]
    return bool(_EARLIER.intersection(before)) or any(
        pair == ("at", "first") for pair in pairwise(before))


# what is set to happen, in the words either side may use: "No talks are planned" is what
# "agreed to hold talks next week" and "talks are scheduled for Monday" say is
_PLANNED = frozenset(stem(w) for w in ("planned", "scheduled", "agreed", "arranged"))


def _planned(word: str, pos: Reading) -> tuple[int, int] | None:
    if word not in _PLANNED:
        return None
    return next((pos.asserted[w] for w in sorted(_PLANNED) if w in pos.asserted), None)


# a forecast denied is no denial of the act foreseen: "is not expected to announce layoffs",
# "is unlikely to", "was not predicted to" say what was thought would happen, and the act
# may happen anyway
_FORECAST = frozenset(stem(w) for w in ("expected", "likely", "anticipated", "predicted",
                                        "forecast", "projected", "poised", "set"))


_PURPOSE = frozenset({"ensure", "ensures", "ensured", "sure", "so", "order", "prevent",
                      "avoid", "lest"})


def _purpose(r: Reading, start: int) -> bool:
    """The cue at ``start`` negates a purpose ("added reinforcement to ensure it doesn't
    bend"), not what the claim says happened."""
    at = next((j for j, t in enumerate(r.toks) if t.start == start), None)
    return at is not None and any(t.lower in _PURPOSE for t in r.toks[max(0, at - 4):at])
