"""Opposing terms of a framing pair: the lexicon's pairs name one thing from opposite
positions ("captured" vs "liberated"); when two voices each use one side, that is a
``terminology`` difference.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from embeddings.matching import title_case
from embeddings.types import Claim, Difference
from service.contrast.loaded_terms import Lexicon, _base
from service.contrast.plain_senses import _neutral_sense
from service.contrast.plain_terms import plain_term
from service.contrast.quoted_labels import label_voice
from service.contrast.said import Said, evidence_order
from service.contrast.text import fold

Related = Callable[[Claim, Claim], bool]


# "the military government", "the army-led authorities": a government of soldiers is what
# "junta" says, said plainly; set against "junta" it is no opposing label
_RULERS = frozenset({"government", "authorities", "administration"})
_BY_SOLDIERS = re.compile(r"\b(?:military|army|military-led|army-led|military-run"
                          r"|army-backed|military-backed)\s+(?:(?:new|ruling|interim|transitional|provisional"
                          r"|caretaker|de\s+facto)\s+)?$")

# "riot gear", "riot police": the word names equipment or a unit, not what the crowd did
_COMPOUND_HEADS = frozenset({"gear", "police", "shield", "shields", "squad", "squads", "control",
                             "act", "helmet", "helmets", "van", "vans", "training"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")

# "militant Islamist fighters", "terrorist fighters": one noun phrase naming a group in words
# of both sides of a pair (the fighters are called militant) takes neither side, so set
# against "militants" or "terrorists" elsewhere it opposes no label.  The terms of one phrase
# are joined by at most two describing words (a name, "Islamist", "Syrian", "armed"), never
# by a verb or a function word ("Militants ambushed resistance fighters": two groups)
_DESCRIBING = re.compile(r"\s+(?:(?:[A-Z][\w'’-]*|[a-z][\w-]*(?:ist|ic|ian)|armed)\s+){0,2}")


@dataclass(frozen=True)
class _Use:
    """One use of a framing term: its evidence row, whose thing it names (a name before it,
    "the Trump administration", "China's regime", or after "of"), and the claim's words."""

    voice: str
    side: int
    row: dict[str, object]
    owner: str | None
    words: frozenset[str]
    claim: Claim


def _key(word: str) -> str:
    return word.lower().replace("’", "'").removesuffix("'s")[:4]


def _owner(text: str, start: int, end: int) -> str | None:
    before = _WORD.findall(text[:start])
    if before and before[-1][0].isupper() and len(before) > 1 \
            and not text[:start].rstrip().endswith((".", "!", "?", ":")):
        return _key(before[-1])
    after = _WORD.findall(text[end:end + 40])
    if len(after) >= 2 and after[0].lower() == "of" and after[1][0].isupper():
        return _key(after[1])
    return None


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _both_sides(text: str, found: Sequence[re.Match[str]], lexicon: Lexicon
                ) -> set[tuple[int, str]]:
    """(match index, pair) of the terms in a phrase that holds words of both sides of the
    pair, in any number ("militant" is a word of "militants")."""
    if len(found) < 2:
        return set()
    stems: dict[str, set[tuple[str, int]]] = {}
    for term, where in lexicon.pair_of.items():
        if " " not in term:
            stems.setdefault(_stem(term), set()).update(where)
    phrases: list[list[int]] = [[0]]
    for i in range(1, len(found)):
        if _DESCRIBING.fullmatch(text, found[i - 1].end(), found[i].start()):
            phrases[-1].append(i)
        else:
            phrases.append([i])
    out = set()
    for phrase in phrases:
        sides: dict[str, set[int]] = {}
        for i in phrase:
            term = _base(found[i].group(), lexicon.pair_of)
            for pair, side in (*lexicon.pair_of.get(term, ()), *stems.get(_stem(term), ())):
                sides.setdefault(pair, set()).add(side)
        out |= {(i, pair) for i in phrase for pair, held in sides.items() if len(held) > 1}
    return out


def _same_thing(a: _Use, b: _Use) -> bool:
    """Both terms can name one thing: no owner, or an owner the other claim also names."""
    if a.owner and b.owner:
        return a.owner == b.owner
    return (a.owner is None or a.owner in b.words) and (b.owner is None or b.owner in a.words)


def terminology(said: Sequence[Said], lexicon: Lexicon, related: Related | None = None,
                marked_only: bool = False) -> tuple[list[Difference], set[str]]:
    """Opposing terms of one framing pair used by two voices for one thing, and the terms so
    paired.  ``related(a, b)``: whether two claims can speak of one thing at all (within a
    cluster they match, so they can; across clusters the caller says); ``marked_only``: only
    terms that keep their sense out of the cluster's context (``Lexicon.marked``)."""
    uses: dict[str, list[_Use]] = {}
    for s in said:
        text = s.claim.text
        folded = fold(text)
        found = list(lexicon.pairs.finditer(folded))
        if not found:
            continue
        words = frozenset(_key(w) for w in _WORD.findall(text))
        headline = title_case(text)  # every word capitalised: capitals name no owner
        neither = _both_sides(text, found, lexicon)
        for i, m in enumerate(found):
            term = _base(m.group(), lexicon.pair_of)
            following = _WORD.findall(folded[m.end():m.end() + 20])
            if term not in lexicon.pair_of or (following[:1] and following[0] in _COMPOUND_HEADS) \
                    or (marked_only and term not in lexicon.marked) \
                    or _neutral_sense(folded, m.start()) or plain_term(folded, m.start()) \
                    or (term in _RULERS and _BY_SOLDIERS.search(folded, max(0, m.start() - 40),
                                                                m.start())):
                continue
            label = label_voice(s, m.start(), m.end())
            if label == "":
                continue  # scare quotes, "so-called": no voice's own choice (``quoted_labels``)
            for pair, side in lexicon.pair_of[term]:
                if (i, pair) in neither:
                    continue
                row = s.chosen_span(m.start(), m.end(), term=term, side=side)
                if label:  # the outlet quotes another voice's label: that voice's
                    row.update(voice=label, quoted_by=s.claim.source)
                uses.setdefault(pair, []).append(_Use(
                    str(row["voice"]), side, row,
                    None if headline else _owner(text, m.start(), m.end()), words, s.claim))
    out, paired = [], set()
    for pair in sorted(uses):
        # the uses that meet a use of the other side by another voice, naming the same thing
        met = [u for u in uses[pair] if any(
            v.side != u.side and v.voice != u.voice and _same_thing(u, v)
            and (related is None or related(u.claim, v.claim)) for v in uses[pair])]
        by_side: dict[int, dict[str, list[dict[str, object]]]] = {}
        for u in met:
            by_side.setdefault(u.side, {}).setdefault(u.voice, []).append(u.row)
        users = [set(by_side.get(k, {})) for k in (0, 1)]
        # two voices each on one side; a voice using both sides still shows its choice
        if not users[0] or not users[1] or users[0] == users[1] or len(users[0] | users[1]) < 2:
            continue
        rows = _dedupe([r for k in (0, 1) for v in sorted(by_side[k]) for r in by_side[k][v]])
        paired |= {str(r["term"]) for r in rows}
        said_as = " vs ".join(_side(rows, k, users[k]) for k in (0, 1))
        # opposing labels for one thing ("offensive" / "anti-terror operation") are a
        # disagreement a reader must see, even where the facts underneath agree
        out.append(Difference(kind="terminology", conflict=True, evidence=rows,
                              summary=f"Sources use opposing terms for {lexicon.about[pair]}: "
                                      f"{said_as}."))
    return out, paired


def _side(rows: Sequence[dict[str, object]], side: int, voices: set[str]) -> str:
    terms = dict.fromkeys(str(r["text"]) for r in rows if r["side"] == side)
    # a voice an outlet quotes is named with the outlet: "authorities as quoted by Alternet"
    quoting = {str(r["voice"]): str(r["quoted_by"]) for r in rows
               if r["side"] == side and r.get("quoted_by")}
    named = [f"{v} as quoted by {quoting[v]}" if v in quoting else v for v in sorted(voices)]
    return "/".join(f"“{t}”" for t in terms) + f" ({', '.join(named)})"


# each evidence row once, in evidence order; the one-sided wording of ``wording`` too
def _dedupe(rows: list[dict[str, object]]) -> tuple[dict[str, object], ...]:
    seen: dict[tuple[object, ...], dict[str, object]] = {}
    for row in rows:
        seen.setdefault((row["claim_id"], row["voice"], row["start"], row["end"]), row)
    return tuple(sorted(seen.values(), key=evidence_order))

