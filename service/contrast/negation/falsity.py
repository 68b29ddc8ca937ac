"""A statement called untrue in so many words: "the report is false", "the claims were
without merit", "does not reflect reality", "called the accusation baseless", and what a
writer calls untrue as they report it ("falsely suggested that X", "the myth that X"); not a
thing picked out by a property ("figures which are false") nor a falsity still to be found
out ("whether the video is fake")."""

from __future__ import annotations

from itertools import pairwise

from service.contrast.negation.clauses import that_after
from service.contrast.negation.headline_false import read_headline_false
from service.contrast.negation.lexicon import (
    CLAUSE_MARKS,
    CLAUSE_WORDS,
    COPULA,
    DASHES,
    DENIED_SHARE,
    FALSE,
    HELD,
    MUST_OVERLAP,
    STATEMENT,
    THAT_COMPLEMENT,
    TRUTH,
)
from service.contrast.negation.overstated import read_overstated
from service.contrast.negation.reading import Reading, clause_end, is_content, negates_again
from service.contrast.text import Token, stem

# what a writer calls untrue as they report it: "falsely suggested that X", "the myth that X",
# "a conspiracy theory that X", "the baseless claim that X": X is denied, the rest is not
_UNTRUE_HELD = frozenset({"false", "baseless", "groundless", "unfounded", "debunked",
                          "discredited", "bogus", "fake"})


def read_labelled_untrue(r: Reading, shadowed: list[bool]) -> None:
    toks = r.toks
    for i, tok in enumerate(toks):
        low = tok.lower
        that: int | None = None
        if low == "falsely" and i + 2 < len(toks):
            that = next((j for j in range(i + 1, min(i + 4, len(toks)))
                         if toks[j].lower == "that"), i + 1)  # "falsely claimed the vote ..."
        elif low in ("myth", "myths", "lie", "lies") or (
                low in ("theory", "theories") and i > 0 and toks[i - 1].lower == "conspiracy") \
                or (low in HELD and i > 0 and toks[i - 1].lower in _UNTRUE_HELD):
            that = that_after(toks, i)
        if that is None or negates_again(toks, i):
            continue
        end = clause_end(toks, that + 1)
        content = {stem(t.text) for t in toks[that + 1:end] if is_content(t)}
        if not content:
            continue
        r.denial = r.denial or (toks[i].start, toks[end - 1].end)
        r.denied_content |= content | {MUST_OVERLAP}
        r.denial_needs = max(r.denial_needs, min(2, len(content)))
        r.denial_share = DENIED_SHARE
        for j in range(that + 1, end):
            shadowed[j] = True


# "dismissed it as ...": a denial only when what it is called says untrue (``dismissal``,
# in denials); "described the reports as propaganda": the object called untrue
_UNTRUE_LABELS = frozenset({"conspiracy", "propaganda", "smear", "hoax", "fiction", "fantasy",
                            "invention", "invented", "made-up", "rumour", "rumor", "speculation"})


# how sure the writer is of a falsity: "is probably fabricated", "most likely a hoax": a hedge
# on the verdict, not a word of the story called untrue (which the other side must use)
LIKELIHOOD = frozenset({"probably", "likely", "possibly", "perhaps", "maybe", "apparently",
                        "allegedly", "almost", "certainly", "definitely", "surely", "totally",
                        "completely", "entirely", "utterly"})


# a pun on a falsity word, spelt as one: "the theory may be meteor-wrong"; so is "dead-wrong"
_UNTRUE_TAILS = frozenset({"wrong", "false", "untrue"})


def _untrue_word(low: str) -> bool:
    return low in FALSE or ("-" in low and low.rsplit("-", 1)[1] in _UNTRUE_TAILS
                            and low.rsplit("-", 1)[0].isalpha())


# "rumours proven false", "the claim was shown to be wrong"
_SHOWN = frozenset({"proven", "proved", "shown"})


def read_falsity(r: Reading, shadowed: list[bool]) -> None:
    """"the report is false", "an incorrect statement", "does not reflect reality"."""
    toks = r.toks
    for i, tok in enumerate(toks):
        low = tok.lower
        before = [t.lower for t in toks[max(0, i - 3):i]]
        after = toks[i + 1].lower if i + 1 < len(toks) else ""
        called = _called_untrue(toks, i) if low in FALSE or low in _UNTRUE_LABELS else None
        false_word = ((_untrue_word(low) and after != "to") or (low == "made" and after == "up")) \
            and any(w in COPULA or w in _SHOWN for w in before) \
            and not _negated_word(before)  # "was completely made up"; not "is not fake"
        # "the claims were without merit", "the allegations have no merit": a lawyer's "false"
        # (of a statement: "the proposal has no merit" calls nothing untrue)
        false_word = false_word or (low == "merit" and before[-1:] in (["without"], ["no"])
                                    and any(w in COPULA or w in _HAVE for w in before[:-1])
                                    and any(t.lower in STATEMENT and t.lower not in _PRONOUNS
                                            for t in toks[:i]))
        if called is not None and not negates_again(toks, i):
            # "called the accusation baseless", "described the reports as propaganda": what
            # is called untrue is the object, the other side's statement
            if r.denial is None:
                _read_false_subject(r, toks[called + 1:i])
            r.denial = r.denial or (toks[called].start, tok.end)
            for j in range(0, len(toks)):
                shadowed[j] = True
            continue
        not_truth = (low in TRUTH and _cue_before(before)) or (
            low == "reflect" and any(w in ("not", "n't") for w in before))
        if (false_word or not_truth) and not negates_again(toks, i) \
                and not _open_question(toks, i):
            start = next((j + 1 for j in range(i - 1, -1, -1)
                          if toks[j].lower in CLAUSE_MARKS or toks[j].lower in CLAUSE_WORDS), 0)
            if _describes_a_thing(toks, start, i):
                continue
            end = clause_end(toks, i + 1)
            if r.denial is None:
                _read_false_subject(r, _subject_of(toks, start, i))
            r.denial = r.denial or (toks[start].start, toks[max(end - 1, i)].end)
            for j in range(0, len(toks)):
                shadowed[j] = True
    # "Reports of his death are greatly exaggerated", "X's death falsely reported"
    read_overstated(r, shadowed)
    read_headline_false(r, shadowed)  # "Banksy arrest claims unfounded, police say"


_HAVE = frozenset({"have", "has", "had"})
_CALLING = frozenset({"called", "calls", "calling", "described", "describes", "describing",
                      "branded", "brands", "labelled", "labeled", "termed"})


def _called_untrue(toks: list[Token], at: int) -> int | None:
    """Where "called" is, in "called the accusation baseless" / "described it as false
    propaganda": a statement (or a pronoun for one) called untrue within four words."""
    for v in range(at - 1, max(-1, at - _CALLED_REACH), -1):
        if toks[v].lower in CLAUSE_MARKS:
            return None
        if toks[v].lower in _CALLING:
            between = [t.lower for t in toks[v + 1:at]]
            # "branded claims that the army shelled the hospital 'lies'": the statement
            # right after the verb, however long what it says
            named = between if at - v <= 5 else between[:3]
            return v if any(w in STATEMENT for w in named) else None
    return None


_CALLED_REACH = 16  # tokens back from the word that calls a statement untrue


def _describes_a_thing(toks: list[Token], start: int, at: int) -> bool:
    """"made on things that weren't accurate", "figures which are false": a relative clause
    picks out a thing by a property; it calls no one's statement untrue ("reports that are
    false", "the claims, which are false" and "said that it isn't true" still do)."""
    for k in range(at - 1, max(start, 1) - 1, -1):
        if toks[k].lower in ("that", "which", "who"):
            noun = toks[k - 1]
            return noun.is_word and noun.lower not in STATEMENT and noun.lower not in COPULA \
                and noun.lower not in THAT_COMPLEMENT and not noun.lower.endswith("ed")
    return False


_BETWEEN_CUE_AND_TRUTH = frozenset({"a", "an", "the", "really", "entirely", "quite", "exactly",
                                    "completely", "totally", "at", "all"})


def _cue_before(before: list[str]) -> bool:
    """"not true", "isn't real", "not a thing", "not entirely accurate"; not "not saying
    what" (the cue negates another verb)."""
    if before and before[-1] in ("not", "n't"):
        return True
    return len(before) >= 2 and before[-2] in ("not", "n't") \
        and before[-1] in _BETWEEN_CUE_AND_TRUTH


_OPEN = frozenset({"prove", "proving", "show", "showing", "demonstrate", "establish",
                   "determine", "check", "investigate", "see"})


def _open_question(toks: list[Token], at: int) -> bool:
    """"asked him to investigate ... to prove [the dossier] was a lie", "whether the video
    is fake": the falsity is what someone wants to find out, not what the voice says."""
    window = [t.lower for t in toks[max(0, at - 8):at]]
    return "whether" in window or "if" in window or any(
        w == "to" and nxt in _OPEN for w, nxt in pairwise(window))


def _subject_of(toks: list[Token], start: int, at: int) -> list[Token]:
    """The words before a falsity word in its clause; across a relative clause ("The
    position of the minister, which shows ..., is unfounded") the noun phrase before it."""
    # "..., which shows no knowledge of the region, is completely unfounded": a hedge
    # ("completely") is no subject
    bare = not any(is_content(t) and t.lower not in LIKELIHOOD for t in toks[start:at])
    if bare and start >= 2 and toks[start - 1].lower in DASHES:
        opening = next((j for j in range(start - 2, -1, -1) if toks[j].lower in DASHES), None)
        if opening is not None:
            begin = next((j + 1 for j in range(opening - 1, -1, -1)
                          if toks[j].lower in CLAUSE_MARKS or toks[j].lower in CLAUSE_WORDS),
                         0)
            return toks[begin:opening]
    if bare and start >= 2 and toks[start - 1].lower == ",":
        comma = next((j for j in range(start - 2, -1, -1) if toks[j].lower == ","), None)
        if comma is not None and comma + 1 < at and toks[comma + 1].lower in ("which", "who"):
            begin = next((j + 1 for j in range(comma - 1, -1, -1)
                          if toks[j].lower in CLAUSE_MARKS or toks[j].lower in CLAUSE_WORDS),
                         0)
            return toks[begin:comma]
    return toks[start:at]


_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "them"})


_FIGURES = frozenset({"figure", "figures", "estimate", "estimates", "tally", "count"})
_POINTING = frozenset({"the", "this", "that", "these", "those", "their", "its"})


def _read_false_subject(r: Reading, subject: list[Token]) -> None:
    """"This is false", "rumours about the star are false": the denied statement is the
    other side's.  "The position of the minister is unfounded": what is called untrue is
    named, and the other side must be about it (two of its words, names included, or its
    only one)."""
    words = {stem(t.text) for t in subject if is_content(t) and t.lower not in STATEMENT
             and t.lower not in FALSE and t.lower not in LIKELIHOOD}
    # "the report is false" and "this is false" deny the other side's statement, whatever it
    # is; a pronoun inside a named subject ("the deal that was made") does not
    if any(t.lower in STATEMENT and (t.lower not in _PRONOUNS or not words) for t in subject):
        return
    if any(t.lower in _FIGURES and k > 0 and subject[k - 1].lower in _POINTING
           for k, t in enumerate(subject)):
        return  # "the figure of 1,500 was inaccurate": a figure someone gave, pointed at
    if words:
        r.denied_content |= words | {MUST_OVERLAP}
        r.denial_needs = min(2, len(words))


def _negated_word(before: list[str]) -> bool:
    """"was not a hoax", "is not fake", "never staged", "no hoax": the word negated asserts
    the story it would call untrue (the 3 words before it given)."""
    if before and before[-1] in _NEGATING:
        return True
    return len(before) >= 2 and before[-2] in _NEGATING and before[-1] in _BETWEEN_CUE_AND_TRUTH


_NEGATING = frozenset({"not", "n't", "never", "no"})
