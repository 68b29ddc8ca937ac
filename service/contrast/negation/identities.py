"""Two fact-check wordings read as rebuttals (``rebuttals``), since their words for what
is denied are often the writer's own rather than the story's:

* a denied doer: "Paul Rudd Is Not the Viral Video Hero Who Tackled a Gay Basher in
  Dallas" against "Paul Rudd helped take down the Dallas airport homophobe" -- the subject
  is said not to be the one who did it ("tackled" / "take down": no word of the act shared);
* a wish that it were so: "If Only A Bird Really Did Poop on Putin" against "A bird pooped
  on Vladimir Putin" -- a sentence opened by "If only" and a "did"/"had"/"were" wishes for
  what did not happen.

Both must name the other side's subject (its name or noun), not only its act: "Smith is not
the gunman who opened fire at the mall" says nothing against "A gunman opened fire at the
mall".  Not a doer denied: "is not the only one who", "not the first to" (``denied_doer``
leaves those asserted), nor "if only to show support", "if only because", which assert."""

from __future__ import annotations

from service.contrast.negation.clauses import denied_doer, subject_start
from service.contrast.negation.lexicon import COPULA
from service.contrast.negation.reading import Reading, clause_end, is_content, sentence_end
from service.contrast.negation.rebuttals import KICKER_WORDS, figures
from service.contrast.text import Token, stem

# "If only X really did Y", "If only it were true": what a wish is for, not what happened
_WISHED = frozenset({"really", "actually", "truly", "did", "had", "were", "was"})
_WISH_REACH = 5  # tokens after "If only" within which the wish's verb stands


def read_denied_doer(r: Reading) -> None:
    """Set ``r.rebuttal`` for "X is not the N who did Y" and for "If only X did Y", with
    ``r.rebuts_subject``: the other side must name X."""
    if r.rebuttal is not None:
        return
    found = _doer(r.toks) or _wish(r.toks)
    if found is None:
        return
    first, start, cue, end = found
    toks = r.toks

    def content(lo: int, hi: int) -> frozenset[str]:
        return frozenset(stem(t.text) for t in toks[lo:hi] if is_content(t))

    subject = content(start, cue)
    if not subject:
        return  # "It is not the man who ...": no subject of the other side's to name
    r.rebuttal = (toks[first].start, toks[end - 1].end)
    told = r.said.claim.text[toks[cue].end:toks[end - 1].end]
    r.rebutted = (subject, content(cue + 1, end) | figures(r, told),
                  content(end, sentence_end(toks, end)))
    r.rebuts_subject = True


def _doer(toks: list[Token]) -> tuple[int, int, int, int] | None:
    """(span start, subject start, copula, end) of "X is not the N who ...": the copula
    right before the cue; the subject's words are those before it."""
    for i in range(1, len(toks) - 1):
        if toks[i].lower not in ("not", "n't") or toks[i - 1].lower not in COPULA:
            continue
        end = denied_doer(toks, i, clause_end(toks, i + 1))
        if end is not None:
            start = subject_start(toks, i - 1)
            return start, start, i - 1, end
    return None


def _wish(toks: list[Token]) -> tuple[int, int, int, int] | None:
    """("If", subject start, wish verb, end) of a sentence opened by "If only" (a kicker such as
    "Fact check:" may stand before it) with a wish's verb soon after."""
    opener = 0
    kicker = next((j for j, t in enumerate(toks[:KICKER_WORDS + 1]) if t.text == ":"), None)
    if kicker is not None:
        opener = kicker + 1
    if opener + 3 >= len(toks) or toks[opener].lower != "if" \
            or toks[opener + 1].lower != "only":
        return None
    start = opener + 2
    end = clause_end(toks, start)
    verb = next((j for j in range(start + 1, min(end, start + _WISH_REACH))
                 if toks[j].lower in _WISHED), None)
    if verb is None or toks[start].lower in ("to", "because", "for", "in", "as"):
        return None
    return opener, start, verb, end
