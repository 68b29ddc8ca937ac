"""A denial of a narrower act: "There is no cat eating corn on the cob" / "A cat is eating
some corn", "There is no man playing a bamboo flute" / "The man is playing a flute".  The
negation names the thing the other side names and a particular more (on what, which kind),
which may be all it denies: the other side's act, told without it, can be true beside it.
The other way round the denial covers the other act ("There is no man playing a guitar" /
"A man is playing an acoustic guitar" still conflicts).  A particular the other side tells
elsewhere in its sentence ("An adult is in the amphitheater and is talking to a boy") is no
more, nor is a part of the thing ("a piece of bread" / "some bread").

Where the other side tells its act with no particular at all ("how he spends it"), the denial
is narrower only by a particular a preposition places (on whom, for what: "Doesn't Spend A
Dime On Himself", "did not vote for the bill" / "voted"): an object alone ("There is no man
playing a flute" / "A man is playing") still denies the act, as SICK reads it.  Nor does a
place alone ("Gunman not captured in the city" / "Gunman captured"): a report's act is told
where its story is, so a denial of it there, naming nowhere else, denies the act; a title-case
headline, whose place names read as common words, was the case that showed it (fifty-fourth
session).  Where the denial says the act was done elsewhere ("did not land in Paris; it landed
in Lyon"), ``act_elsewhere`` reads it."""

from __future__ import annotations

from service.contrast.negation.lexicon import PREPOSITIONS
from service.contrast.negation.reading import Reading, is_content
from service.contrast.text import stem

# words of a part or a measure of a thing, keyed as ``details`` keys particulars: "a piece
# of bread" is bread
_PARTS = frozenset(stem(w)[:4] for w in (
    "piece", "pieces", "slice", "slices", "bit", "bits", "part", "lot", "bunch", "pair",
    "couple", "group", "handful", "some"))


# pronouns a preposition governs: "on himself", "for them"
OBJECT_PRONOUNS = frozenset({"himself", "herself", "themselves", "itself", "myself",
                             "yourself", "ourselves", "him", "her", "them", "us", "me"})
_PREPOSITIONS = PREPOSITIONS | {"into", "onto", "toward", "towards", "near", "inside"}
# prepositions that say where (a place, not whom or what for): what they govern does not
# narrow an act the other side tells with no particular
_LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "within"})
# words that open a clause of its own after the act: what it tells ("did not attend the
# ceremony as the president had requested") is no particular of the act
_SUBORDINATE = frozenset({"as", "because", "after", "before", "when", "while", "since",
                          "although", "though", "if", "unless", "until", "despite", "so"})


def narrower(mine: set[str], theirs: set[str], neg: Reading, pos: Reading) -> bool:
    """The negated act's particulars (``mine``, keyed as ``details`` keys them) hold all the
    other side's, which are some (one thing both name), and more that the other side's
    sentence does not use anywhere (by three letters: "sunshine" is its "sun") and that
    stand before any clause of their own in the negated sentence."""
    if not theirs < mine:
        return False
    used = {stem(t.text)[:3] for t in pos.toks if is_content(t) or t.lower in OBJECT_PRONOUNS}
    more = mine - theirs - _PARTS - _subordinate(neg)
    if not theirs and not more & _placed(neg, _PREPOSITIONS - _LOCATIVE):
        return False  # "no man playing a flute" / "a man is playing": the act denied
    return bool(more) and not any(w[:3] in used for w in more)


def _placed(r: Reading, prepositions: frozenset[str]) -> set[str]:
    """The keys of the words one of ``prepositions`` governs (a determiner or an adjective
    between): "on himself", "for the bill"."""
    keys = set()
    toks = r.toks
    for j, tok in enumerate(toks):
        if tok.lower not in prepositions:
            continue
        for k in range(j + 1, min(j + 4, len(toks))):
            word = toks[k]
            if word.lower in OBJECT_PRONOUNS or is_content(word):
                keys.add(stem(word.lower)[:4])
            if word.lower not in _DETERMINERS:
                break
    return keys


_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "my", "our", "your",
                          "this", "that", "these", "those"})


def _subordinate(r: Reading) -> set[str]:
    """The keys of the content words after a subordinating word."""
    at = next((j for j, t in enumerate(r.toks) if t.lower in _SUBORDINATE), len(r.toks))
    return {stem(t.text)[:4] for t in r.toks[at + 1:] if is_content(t)}
