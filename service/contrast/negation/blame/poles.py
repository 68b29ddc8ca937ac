"""The opposite predicates a claim says (``ANTONYMS``: "ended" / "unresolved"), each
with its sign after negation and what it is said of: its subject, the thing acted on,
the body that decided, a part ("most Republicans").  Phrases are found by one
compiled pattern each ("is over" also finds "is not over", "convicted" finds "did
not convict")."""

from __future__ import annotations

import re
from functools import cache

from service.contrast.negation.attributive import kind_noun
from service.contrast.negation.blame.phrases import (
    _acted_on,
    _acts_on_object,
    _attributed,
    _decided,
    _direct_object,
    _object_after,
    _of_a_part,
    _passive,
    _qualifier,
    _subject_before,
    _thing_words,
    thing_key,
)
from service.contrast.negation.lexicon import (
    ACTED_ON,
    ACTIVE_ONLY,
    ANTONYMS,
    COPULA,
    CUES,
    DECIDES,
    IDIOMS,
    OWN_SUBJECT,
    PLEA,
    VOTE_PAIR,
)
from service.contrast.negation.reading import Reading, cue_start
from service.contrast.text import Token, fold


def read_poles(r: Reading, parity: list[int]) -> None:
    lowered = fold(r.said.claim.text)
    starts = [t.start for t in r.toks]
    both: set[str] = set()  # pairs the claim says both ways: of two things, or two times
    for pair, converse, sign, phrase in _phrases_found(lowered):
        for m in _pole_pattern(phrase).finditer(lowered):
            # parity at the phrase's last word: "is not over" is negated at "over"
            at = max((k for k, st in enumerate(starts) if st < m.end()), default=0)
            # (at its first where an "and" in it ends a negation's clause: "was not
            # free and fair" is negated as a whole)
            negated_at = at if " and " not in phrase else next(
                k for k, st in enumerate(starts) if st >= m.start())
            if phrase in ACTIVE_ONLY and _passive(r.toks, at, at):
                continue
            if pair in _WHOLE_STATES and _in_part(r.toks, at):
                continue  # "10% contained", "contained 30% of the fire": not all of it
            # a phrase's own cue ("no effect", "did nothing to") is its meaning,
            # not a negation of it
            # (before its last word: a cue sets the parity of what follows it, so
            # "ended without" ends on its own cue, which its parity does not count)
            own = sum(w in CUES for w in phrase.split()[:-1])
            effective = sign * (-1 if (parity[negated_at] - own) % 2 else 1)
            if _none_after(r.toks, at):
                effective = -effective  # "knew of no breach": did not know of one
            if sign == -1 and effective == 1 and pair in _MANY_WAYS:
                continue  # "did not rise" is not "unchanged": it may have fallen
            if pair == "guilty" and _pleaded(r.toks, at):
                continue  # "pleaded not guilty": a plea (the "plea" pair)
            acted = None
            if pair in ACTED_ON:  # "signed the bill", not "signed a letter"
                acted = _acted_on(r.toks, next(
                    k for k, st in enumerate(starts) if st >= m.start()), at, pair)
                if acted is None:
                    continue
            if pair in r.poles and r.poles[pair][0] != effective:
                both.add(pair)
            start = m.start()
            first = next(k for k, st in enumerate(starts) if st >= start)
            if parity[negated_at] % 2 and first > 0 and r.toks[first - 1].lower in CUES:
                start = cue_start(r.toks, first - 1)  # "no knowledge of", negated
            elif parity[negated_at] % 2 and first > 1 \
                    and r.toks[first - 1].lower == "from" \
                    and r.toks[first - 2].lower == "far":
                start = r.toks[first - 2].start  # "far from contained"
            if pair not in r.poles and m.groupdict().get("base"):
                r.denied_poles.add(pair)
            r.poles.setdefault(pair, (effective, start, m.end()))
            r.pole_said.setdefault(pair, sign)
            if pair == "profit" and first > 0 \
                    and r.toks[first - 1].lower in _RESULT_MEASURES:
                # "an operating profit" / "a net loss": two measures of one result
                r.pole_things.setdefault(pair, (frozenset({r.toks[first - 1].lower}), ""))
            subject = ""
            if acted is not None:  # of the thing, by the actor
                words, subject, agent = acted
                r.pole_things.setdefault(pair, (words, ""))
                if agent:
                    r.pole_agents.setdefault(pair, agent)
            elif converse and phrase in DECIDES:  # of the bill, by the body
                subject, agent = _decided(r.toks, first, at)
                if agent:  # five letters, as ``party`` keeps: "Parliament"
                    r.pole_agents.setdefault(pair, agent[:5])  # = "parliament"
            elif converse or pair == VOTE_PAIR:  # who: the words before it (or its object)
                subject = _object_after(r.toks, at) \
                    if _acts_on_object(r.toks, first, at) \
                    else (pair in _JUDGED and _attributed(r.toks, first, at)) \
                    or _subject_before(r.toks, first)
            if subject:
                r.subjects.setdefault(pair, _ONE_SUBJECT.get(subject, subject))
                if pair not in r.subject_places and acted is None \
                        and not (converse and phrase in DECIDES):
                    r.subject_places[pair] = _qualifier(r.toks, first)
            if pair in OWN_SUBJECT and pair not in r.pole_things:
                # "illegal entries" / "a legal port of entry": each state is of
                # the noun it stands before (a guilty verdict is still the
                # defendant's: no thing of its own)
                kind = kind_noun(r.toks, first, at) if pair != "guilty" else []
                r.pole_things[pair] = (frozenset(map(thing_key, kind)), "") if kind \
                    else _thing_words(r.toks, first, at, pair)
            if converse:
                part = _of_a_part(r.toks, first)
                if part:
                    r.pole_parts.setdefault(pair, part)
                # (an act's thing is its subject: "vetoed the rent bill" and
                # "signed the bill" are of one bill, as ``pole_things`` compares)
                thing = _direct_object(r.toks, at) if acted is None else ""
                if thing and pair not in r.pole_objects:
                    r.pole_objects[pair] = thing
    for pair in both:
        # "the health minister resigned; the prime minister remains in office", "ended the
        # day higher after an early drop": a claim that says both says each of something
        # else (or of another time), and opposes neither
        del r.poles[pair]


_NONE = frozenset({"no", "nothing", "none"})


def _pleaded(toks: list[Token], at: int) -> bool:
    """"pleaded guilty", "pleaded not guilty", "a plea of not guilty": the word at ``at``
    is a plea's."""
    before = [t.lower for t in toks[max(0, at - 3):at] if t.lower not in CUES]
    return bool(before) and (before[-1] in PLEA or before[-2:-1] == ["plea"])


def _none_after(toks: list[Token], at: int) -> bool:
    """The word at ``at`` takes a "no" object ("knew of no breach", "attended no
    meetings"): what it says is negated ("no doubt", "no longer" are no object)."""
    k = at + 1
    if k < len(toks) and toks[k].lower in ("of", "about"):
        k += 1
    return k + 1 < len(toks) and toks[k].lower in _NONE \
        and toks[k + 1].lower not in IDIOMS | {"longer", "question"}


# pairs whose second side is one of several ways (a level raised or cut): a negated one
# does not say the first ("Exports did not fall" / "Exports rose" agree)
_MANY_WAYS = frozenset({"unchanged", "kept"})


# one subject under the words outlets choose for it: "the truce held" / "the ceasefire was
# violated" (as ``_subject_before`` keys them)
_ONE_SUBJECT = {"truc": "ceasefir", "armistic": "ceasefir", "cease-fir": "ceasefir"}


# states said of a whole, which a share only says of a part ("rose 3%" is no part of a rise)
_WHOLE_STATES = frozenset({"contained", "open", "intact"})
# what a company's result is measured as: an operating profit and a net loss can both be so
_RESULT_MEASURES = frozenset({"operating", "net", "gross", "pretax", "pre-tax", "tax",
                              "underlying", "adjusted", "core", "trading"})


def _in_part(toks: list[Token], at: int) -> bool:
    """A share other than all of it right before or after the word at ``at``: "10%
    contained", "contained 30% of the wildfire", "40 percent complete"."""
    near = [t.lower for t in toks[max(0, at - 3):at + 3]]
    for k, word in enumerate(near):
        figure = word.rstrip("%")
        if figure.replace(".", "", 1).isdigit() and figure != "100" and (
                word.endswith("%") or near[k + 1:k + 2] in (["%"], ["percent"])):
            return True
    return False


# unbounded: one pattern per phrase of ANTONYMS, over 500 of them (a cache of 256, and the re
# module's own of 512, thrashed: every claim compiled every pattern, 95% of contrast time)
@cache
def _pole_pattern(phrase: str) -> re.Pattern[str]:
    """Whole words; a copula phrase also with its negation ("is over" finds "is not over");
    a past form also as its base after "did not" ("convicted" finds "did not convict")."""
    first, _, rest = phrase.partition(" ")
    body = re.escape(phrase)
    if first in COPULA and rest:
        body = re.escape(first) + r"(?: not| not yet|n't|n't yet|n’t| far from)? " \
            + re.escape(rest)
    bases = _past_bases(first)
    if bases:
        tail = re.escape(f" {rest}") if rest else ""
        body = rf"(?:{body}|{_AFTER_DID_NOT}(?P<base>{'|'.join(map(re.escape, bases))}){tail})"
    return re.compile(rf"(?<![\w-]){body}(?![\w-])")


def _phrases_found(lowered: str) -> list[tuple[str, bool, int, str]]:
    """The phrases of ``ANTONYMS`` (each with its pair, whether the pair is converse, and
    its sign) one of whose needles ``lowered`` contains, in the lexicon's order: the only
    ones whose pattern can match.  Each needle is looked for once a claim, not once a phrase
    that has it (the seeds five times over: 1.4 million needle tests for 800 claims)."""
    entries, by_needle = _antonym_index()
    found = sorted({k for needle, ks in by_needle.items() if needle in lowered for k in ks})
    return [entries[k] for k in found]


@cache
def _antonym_index() -> tuple[tuple[tuple[str, bool, int, str], ...], dict[str, tuple[int, ...]]]:
    """Every phrase of ``ANTONYMS`` as (pair, converse, sign, phrase), in the order
    ``read_poles`` reads them, and for each needle the positions of the phrases it is one
    of (built on first use, not at import)."""
    entries = tuple((pair, converse, sign, phrase) for pair, yes, no, converse in ANTONYMS
                    for sign, phrases in ((1, yes), (-1, no)) for phrase in phrases)
    by_needle: dict[str, list[int]] = {}
    for k, (_, _, _, phrase) in enumerate(entries):
        for needle in _needles(phrase):
            by_needle.setdefault(needle, []).append(k)
    return entries, {needle: tuple(ks) for needle, ks in by_needle.items()}


@cache
def _needles(phrase: str) -> tuple[str, ...]:
    """Words one of which every match of ``_pole_pattern(phrase)`` contains: the phrase's
    words after its first (in each of its forms), else the word or one of its bases.  Over
    500 patterns scanned each claim were a sixth of ingest; a substring test is cheaper."""
    first, _, rest = phrase.partition(" ")
    return (rest,) if rest else (first, *_past_bases(first))


# "The court did not convict the activist" says "convicted", negated: read as the pole (its
# parity at "not"), so it agrees with "acquitted" and "did not pass" with "rejected" (the
# lexicon lists the past forms a report uses; after "did not" the verb is in its base form)
_AFTER_DID_NOT = "(?:" + "|".join(f"(?<={did}{neg} )" for did in ("did", "does", "do")
                                   for neg in (" not", "n't")) + ")"
_IRREGULAR_PAST = {"won": ("win",), "lost": ("lose",), "fell": ("fall",), "rose": ("rise",),
                   "grew": ("grow",), "broke": ("break",), "struck": ("strike",),
                   "held": ("hold",), "kept": ("keep",), "went": ("go",), "shrank": ("shrink",),
                   "upheld": ("uphold",)}


def _past_bases(word: str) -> tuple[str, ...]:
    """The forms a past tense may take after "did not": "convicted" -> convict, "approved"
    -> approve, "acquitted" -> acquit, "died" -> die (a guess that is no word matches none)."""
    if word in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[word]
    if not word.endswith("ed") or len(word) < 5 or not word.isalpha():
        return ()
    stemmed = word[:-2]
    out = [stemmed, word[:-1]]  # "convict", "approve"
    if stemmed[-1] == stemmed[-2]:
        out.append(stemmed[:-1])  # "acquitt" -> acquit
    if word.endswith("ied"):
        out.append(word[:-3] + "y")
    return tuple(out)


# pairs of adjectives judging how a thing went, which may stand before their noun
_JUDGED = frozenset({"orderly", "swift"})
