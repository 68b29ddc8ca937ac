"""Two voices giving one verdict: a denial whose own word of falsity the other side says
too ("dismissed it as 'a left-wing conspiracy theory'" / "said the lawsuit was based on 'a
left-wing conspiracy theory'") agrees with it.  The other side calls the thing untrue as
well; it does not assert what the first denies, though it shares the denial's words."""

from __future__ import annotations

from service.contrast.negation.falsity import _UNTRUE_HELD, _UNTRUE_LABELS
from service.contrast.negation.lexicon import FALSE
from service.contrast.negation.reading import Reading
from service.contrast.text import stem, tokens

# words that call a thing untrue ("a hoax", "a sham", "bogus", "a conspiracy theory");
# "theory" alone is no verdict, "conspiracy" is the word the verdict turns on
_VERDICT = frozenset(stem(w) for w in FALSE | _UNTRUE_HELD | _UNTRUE_LABELS
                     | {"sham", "hoax", "myth", "myths", "smear", "witch-hunt"})


def one_verdict(neg: Reading, pos: Reading) -> bool:
    """Does the other side say, un-negated, the word of falsity the denial turns on?"""
    if neg.denial is None:
        return False
    start, end = neg.denial
    denied = neg.said.claim.text[start:end]
    verdict = {stem(t.text) for t in tokens(denied) if t.is_word} & _VERDICT
    return bool(verdict & set(pos.asserted))
