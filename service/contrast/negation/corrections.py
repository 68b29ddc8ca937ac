"""Corrections of place: "filmed in Lebanon, not Gaza", "taken in Syria rather than in
Gaza", "was not filmed in Gaza but in Lebanon".  Each denies the place it sets aside to the
thing its clause is about, as "is not from Gaza" does (``negated_predicate``): a voice that
places that thing there ("The video shows soldiers in Gaza") is contradicted, though the two
share no verb.  The correction names both places, so it is what a reader is shown."""

from __future__ import annotations

from service.contrast.negation.clauses import alternative_of, subject_start
from service.contrast.negation.lexicon import CLAUSE_MARKS, CLAUSE_WORDS, WHEN_WORDS
from service.contrast.negation.reading import (
    Reading,
    clause_end,
    cue_start,
    is_content,
    is_cue,
)
from service.contrast.text import Token, stem

_AT = frozenset({"in", "at", "from"})
_SET_ASIDE = frozenset({("rather", "than"), ("instead", "of")})
# words of a time said after the place ("taken in Syria in 2014, not in Gaza")
_TIME = WHEN_WORDS | frozenset({"in", "on", "during", "last", "this", "early", "late"})
_ARTICLES = frozenset({"the", "a", "an"})
_PLACE_WORDS = 4  # at most, from the preposition: "in a village near Homs"


def read_corrections(r: Reading) -> None:
    toks = r.toks
    for i, tok in enumerate(toks):
        pair = (tok.lower, toks[i + 1].lower if i + 1 < len(toks) else "")
        if tok.lower in ("not", "n't") and is_cue(toks, i):
            if i > 0 and toks[i - 1].lower == ",":
                _correction(r, i, i + 1, i - 1)  # "in Lebanon, not (in) Gaza"
            elif i > 0 and toks[i - 1].text[:1].isdigit() and toks[i - 1].text.endswith(","):
                _correction(r, i, i + 1, i)  # "in Syria in 2014, not in Gaza": one token
            else:
                _but_in(r, i)  # "not filmed in Gaza but in Lebanon"
        elif pair in _SET_ASIDE:
            # "in Syria rather than Gaza" (", rather than": the comma is no place word)
            _correction(r, i, i + 2, i - 1 if i > 0 and toks[i - 1].lower == "," else i)


def _name(toks: list[Token], k: int) -> int | None:
    """The end (exclusive) of a run of capitalised words at ``k`` that ends its clause:
    "Gaza", "East Jerusalem" (no month or weekday: "not in March" is a time)."""
    end = k
    while end < len(toks) and toks[end].text[:1].isupper() and is_content(toks[end]) \
            and toks[end].lower not in WHEN_WORDS:
        end += 1
    if end == k or (end < len(toks) and not (toks[end].lower in CLAUSE_MARKS
                                             or toks[end].lower in CLAUSE_WORDS)):
        return None  # "not Gaza's fighters": a name, but not the place set aside
    return end


def _place_before(toks: list[Token], before: int) -> tuple[int, int] | None:
    """The preposition and the last word of the place phrase that ends right before
    ``before`` (a time said after it skipped): "in" and "Syria" of "taken in Syria in 2014";
    None where the clause ends in something else ("attacked Israel, not Lebanon": what was
    attacked, not where)."""
    j = before - 1
    while j >= 0 and (toks[j].lower in _TIME or toks[j].text[:1].isdigit()):
        j -= 1
    if j < 0 or not is_content(toks[j]):
        return None
    for k in range(j - 1, max(-1, j - _PLACE_WORDS), -1):
        if toks[k].lower in _AT:
            return k, j
        if not (is_content(toks[k]) or toks[k].lower in _ARTICLES):
            return None
    return None


def _correction(r: Reading, cue: int, after: int, before: int) -> None:
    """"<in X>, not <in Y>" with the cue at ``cue``, Y from ``after``, X ending before
    ``before``: Y is denied as the place of the thing the clause before is about."""
    toks = r.toks
    prep_y = toks[after].lower if after < len(toks) and toks[after].lower in _AT else None
    y = after + (prep_y is not None)
    y_end = _name(toks, y)
    place = _place_before(toks, before)
    if y_end is None or place is None:
        return
    prep_x, last = place
    if not toks[last].text[:1].isupper() and prep_y != toks[prep_x].lower:
        return  # "in favour of the deal, not Trump": no place set beside another
    key = stem(toks[y].text)
    if any(stem(t.text) == key for t in toks[prep_x + 1:last + 1]):
        return  # "in Gaza City, not Gaza": one place within the other, none set aside
    _deny(r, key, (toks[cue].start, toks[y_end - 1].end), alternative_of(toks, before),
          (toks[prep_x].start, toks[y_end - 1].end))


def _but_in(r: Reading, cue: int) -> None:
    """"was not filmed in Gaza but in Lebanon": the place in the negated clause is what is
    denied, where "but" sets another beside it (not "not only in Gaza but also in ...")."""
    toks = r.toks
    end = clause_end(toks, cue + 1)
    if end + 2 >= len(toks) or toks[end].lower != "but" or toks[end + 1].lower not in _AT \
            or not is_content(toks[end + 2]):
        return
    y = next((k for k in range(cue + 1, end - 1) if toks[k].lower in _AT), None)
    if y is None or toks[y + 1].lower in _ARTICLES or _name(toks, y + 1) != end:
        return
    x_end = next((k for k in range(end + 2, len(toks))
                  if toks[k].lower in CLAUSE_MARKS or toks[k].lower in CLAUSE_WORDS), len(toks))
    # who the clause is about: its words before the cue ("The video was not filmed")
    subject = {stem(t.text) for t in toks[subject_start(toks, cue):cue] if is_content(t)}
    _deny(r, stem(toks[y + 1].text), (toks[cue].start, toks[end - 1].end), subject,
          (cue_start(toks, cue), toks[x_end - 1].end))


def _deny(r: Reading, key: str, span: tuple[int, int], anchor: set[str],
          shown: tuple[int, int]) -> None:
    if not anchor:
        return  # "It was filmed in Lebanon, not Gaza": of what, the words do not say
    spans = r.negated.setdefault(key, [])
    if span not in spans:
        spans.append(span)
    r.predicates[key] = "place"
    r.anchors.setdefault(key, set()).update(anchor)
    r.corrections[key] = shown
