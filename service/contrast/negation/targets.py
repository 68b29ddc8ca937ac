"""Two targets of one act: "Trump was not being investigated" / "the investigation into
Michael T. Flynn", "Smith was not charged" / "the charges against Jones".  A passive denial
says whom the act was not done to (its subject); the other side names whom it was done to
("into", "of", "against" a name after the noun, or a name right after the verb).  Where both
name people and no name is shared, the two say the act of two people, and both can be true.
A target unnamed on either side ("the investigation", "the campaign") may be the one."""

from __future__ import annotations

from service.contrast.negation.blame import party
from service.contrast.negation.lexicon import ROLES
from service.contrast.negation.reading import Reading, clause_start, is_content, name_like
from service.contrast.text import Token, stem

_BE = frozenset({"is", "was", "are", "were", "be", "been", "being", "'s"})
# what may stand between the cue and a passive verb: "was not being investigated"
_BETWEEN = frozenset({"be", "been", "being", "yet", "ever", "formally", "personally"})
_OF = frozenset({"into", "of", "against", "on"})
_NOUN_STEM = 5  # letters, at least, of a verb's stem its noun is found by
# a title before a name names no one: "Mayor Diaz" / "Deputy Mayor Ortiz" share no one
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "deputy", "senator",
                     "former", "vice"})


def _key(tok: Token) -> str:
    return stem(party(tok.text))[:5]


def _names(r: Reading, toks: list[Token]) -> frozenset[str]:
    return frozenset(_key(t) for t in toks if is_content(t) and name_like(t, r)
                     and t.lower.rstrip(".") not in _TITLES and t.lower not in ROLES)


def _denied_to(neg: Reading, cue: int) -> frozenset[str]:
    """The names of the subject of a passive verb the cue at ``cue`` negates ("Trump was not
    being investigated"): whom it says the act was not done to."""
    toks = neg.toks
    j = cue + 1
    while j < len(toks) and toks[j].lower in _BETWEEN:
        j += 1
    if j >= len(toks) or not toks[j].lower.endswith("ed") or cue == 0 \
            or toks[cue - 1].lower not in _BE:
        return frozenset()  # no passive: "did not investigate"
    begin = cue - 1
    while begin > 0 and not clause_start(toks, begin) and is_content(toks[begin - 1]):
        begin -= 1
    return _names(neg, toks[begin:cue - 1])


def _done_to(pos: Reading, at: int) -> frozenset[str]:
    """The names the act at token ``at`` is said to be done to: "the investigation into
    Michael T. Flynn", "charged Jones"."""
    toks = pos.toks
    k = at + 1 + (at + 1 < len(toks) and toks[at + 1].lower in _OF)
    end = k
    while end < len(toks) and (toks[end].text[:1].isupper() or (
            toks[end].text == "." and len(toks[end - 1].text) == 1)):  # "Michael T. Flynn"
        end += 1
    return _names(pos, toks[k:end]) if end > k else frozenset()


def two_targets(neg: Reading, cue_start: int, pos: Reading, word: str) -> bool:
    """The negation (cue at char offset ``cue_start``) denies a passive act of named people,
    and each use of its word (``word``, a stem) on the other side names other people as
    those it was done to."""
    cue = next((j for j, t in enumerate(neg.toks) if t.start == cue_start), None)
    denied = _denied_to(neg, cue) if cue is not None else frozenset()
    if not denied:
        return False
    # "investigated" / "the investigation into": the noun of the verb shares its stem's start
    uses = [j for j, t in enumerate(pos.toks) if t.is_word and (
        stem(t.text) == word or (len(word) >= _NOUN_STEM and stem(t.text).startswith(word)))]
    targets = [_done_to(pos, j) for j in uses]
    return bool(targets) and all(t and t.isdisjoint(denied) for t in targets)
