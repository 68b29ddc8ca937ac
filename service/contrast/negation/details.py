"""Two details: the negated act and the other side's are told with other particulars.

"The people are not sitting on a bench in front of a restaurant" / "Three people are sitting
on a bench under some palm trees", "There is no man breaking wooden boards with his hand" /
"A man is breaking tiles with his hands", "Police did not fire tear gas at the crowd" /
"Police fired rubber bullets at the crowd": what the negation may deny is the particular
(what with, what to, where), and the other side tells the thing another way, so both can be
true.  Only where the two name one thing, each adds what the other does not, and one adds
more than a word (one word against one may be one thing in two words: "into a pan" / "into
a skillet"): "There is no man playing a guitar" / "A man is playing an acoustic guitar"
still conflicts (the denial covers any guitar), as do "did not attack the village" /
"attacked the village, killing three" (the clause ends at the comma) and "not playing in a
grassy area" / "playing in a field" (maybe one place in two words).
"""

from __future__ import annotations

from service.contrast.negation.lexicon import COPULA, PREPOSITIONS
from service.contrast.negation.narrower import OBJECT_PRONOUNS, narrower
from service.contrast.negation.reading import Reading, clause_end, is_content, name_like
from service.contrast.text import Token, stem


def _particulars(r: Reading, at: int) -> set[str] | None:
    """The content words told after the word at index ``at`` in its clause, less the verb
    of the act ("no man *breaking* wooden boards", "a man with a hat is *breaking* tiles"):
    which act it is, the negated word's match already decides; nor the prepositions, which
    place a thing ("along a roadway" / "down the road") but tell no other one.  Up to a
    relative clause ("the sand that is blowing": of the thing, not the act) and without
    names (a name is the thing told more precisely: "the hospital" / "the al-Ahli
    hospital").  None where the word only qualifies a noun after it ("hockey player"): what
    follows is then not its particular.  Keyed by four letters, so "grassy" is "grass" and
    "roadway" "road" (two words read as one make the sides differ less: the safe way)."""
    toks = r.toks
    end = at + 1
    while True:
        end = clause_end(toks, end)
        if not _joins_words(toks, end):
            break
        end += 1
    end = next((j for j in range(at + 1, end) if toks[j].lower in _RELATIVE), end)
    words = [t for t in toks[at + 1:end] if is_content(t) and t.lower not in _PLACING]
    if at + 1 < len(toks) and is_content(toks[at + 1]) \
            and not toks[at + 1].lower.endswith(("ing", "ed")):
        return None
    # the act, wherever it stands ("a motorcyclist with a red helmet is *riding*")
    act = next((k for k, t in enumerate(words) if t.lower.endswith(("ing", "ed"))), None)
    if act is not None:
        del words[act]
    return {stem(t.text)[:4] for t in words if not name_like(t, r)} \
        | pronoun_particulars(toks, at + 1, end)


def pronoun_particulars(toks: list[Token], start: int, end: int) -> set[str]:
    """The keys of the pronouns a preposition governs in ``toks[start:end]``: "does not
    spend the money on *himself*" (a particular of the act as a noun would be; "her" before
    a noun is whose the noun is, and the noun is read)."""
    found = set()
    for j in range(max(start, 1), end):
        if toks[j].lower not in OBJECT_PRONOUNS or toks[j - 1].lower not in _PLACING:
            continue
        if toks[j].lower == "her" and j + 1 < len(toks) and is_content(toks[j + 1]):
            continue
        found.add(stem(toks[j].lower)[:4])
    return found


def _joins_words(toks: list[Token], j: int) -> bool:
    """"red and blue pants": an "and" or "or" between two words of one phrase, not between
    two acts ("wearing a red jacket and standing", "and is holding")."""
    if j + 1 >= len(toks) or toks[j].lower not in ("and", "or"):
        return False
    after = toks[j + 1]
    return is_content(after) and not after.lower.endswith(("ing", "ed")) \
        and after.lower not in COPULA


_PLACING = PREPOSITIONS | frozenset({
    "along", "across", "through", "toward", "towards", "into", "onto", "past", "beside",
    "next", "near", "around", "under", "over", "behind", "down", "off", "out", "inside",
    "outside", "above", "below", "beneath", "between", "among", "against"})

_RELATIVE = frozenset({"that", "which", "who", "whose", "whom"})


def other_particulars(neg: Reading, end: int, pos: Reading, start: int) -> bool:
    """The negated word (ending at char offset ``end``) and the other side's (starting at
    ``start``) are each followed by a particular the other side does not name."""
    at_neg = next((j for j, t in enumerate(neg.toks) if t.end == end), None)
    at_pos = next((j for j, t in enumerate(pos.toks) if t.start == start), None)
    if at_neg is None or at_pos is None:
        return False
    mine, theirs = _particulars(neg, at_neg), _particulars(pos, at_pos)
    if mine is None or theirs is None:
        return False
    mine, theirs = mine - _VAGUE, theirs - _VAGUE
    # one thing both name, told apart by what each adds ("an electric guitar" / "an
    # acoustic guitar", "a bench in front of a restaurant" / "a bench under palm trees");
    # with nothing in common the two may be one thing in two words ("in a field" / "in a
    # grassy area", "food" / "a pizza"), which the words alone cannot tell
    # and more than one word apart on a side: one word against one may be one thing in two
    # words ("into a pan" / "into a skillet", "a child" / "a baby")
    return (bool(mine & theirs) and bool(mine - theirs) and bool(theirs - mine)
            and max(len(mine - theirs), len(theirs - mine)) > 1) or narrower(mine, theirs, neg, pos)


# nouns that name no particular: "in a grassy area" is "on grass"
_VAGUE = frozenset(stem(w)[:4] for w in ("area", "place", "spot", "thing", "things", "part"))


def clause_other_particulars(neg: Reading, span: tuple[int, int], head: str | None,
                             pos: Reading) -> bool:
    """``other_particulars`` for a negated clause's head (a stem), where the other side
    asserts it: "The woman is not playing an electric guitar" / "A man is playing an
    acoustic guitar"."""
    at = pos.asserted.get(head) if head is not None else None
    word = next((t for t in neg.toks if span[0] <= t.start < span[1] and is_content(t)
                 and stem(t.text) == head), None)
    return at is not None and word is not None and other_particulars(neg, word.end, pos, at[0])
