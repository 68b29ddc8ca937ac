"""A clause that says its content is an open question asserts none of it.

"It's not clear whether they cannot accept Azerbaijan's territorial integrity or the
reconstruction work taking place in Shusha" tells the reader what is *not* known; neither
the refusal nor the reconstruction is claimed.  Centring leaves its topic words ("Azerbaijan",
"territorial"), and it met "Azerbaijan, having regained sovereignty over its territories,
is in a position of strength", which claims something of the same topic.  A claim whose
main clause is such an open question ("it is (not yet) clear / unclear / not known /
uncertain whether / how / if ...", "it remains to be seen whether ...", "no one knows
whether ...") is read here, without a tagger, so that the clusterer can tell it from a claim
that asserts.  Two open questions may be one ("It is unclear whether the talks will
resume" / "It remains to be seen if talks resume"): only a pair of one question and one
assertion is read apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WH = r"(?:whether|if|how|why|what|who|whom|when|where|which)"
# "it is not clear", "it's still unclear", "it was not immediately known", "it remains
# uncertain", "it is too early to say": the state of knowledge, then what it is about
_STATE = (r"(?:not\s+)?(?:yet\s+|still\s+|immediately\s+|entirely\s+|fully\s+|at\s+all\s+)*"
          r"(?:clear|unclear|known|unknown|certain|uncertain|obvious|evident|apparent)")
_OPEN = re.compile(
    # after a conjunction or a phrase set off by a comma ("And despite Trump's fulminations
    # against them, it's unclear whether ..."), not after a clause of its own ("..., and it
    # was unclear when ...": the sentence asserts what comes first)
    r"^\W*(?:(?:but|and|yet|still|however|so)\b,?\s*)?(?:[^,;:]{0,120},\s*)?"
    r"(?:it\s*(?:['’]s|is|was|remains|remained|has\s+been|had\s+been|will\s+be|would\s+be)"
    rf"\s+(?:still\s+|also\s+)?(?:{_STATE}|(?:too\s+early|impossible|hard|difficult)\s+to"
    rf"\s+(?:say|tell|know|predict)|to\s+be\s+seen)"
    r"|(?:no\s+one|nobody|no-one)\s+(?:yet\s+)?(?:knows|knew|can\s+say|could\s+say)"
    r"|(?:questions?|doubts?)\s+(?:remain|remained|persist|persisted)\s+(?:over|about|as\s+to)"
    rf")\s+(?:\w+\s+){{0,2}}?{_WH}\b",
    re.IGNORECASE)
# the open question first: "Whether it amounts to more than a story remains to be seen"
_OPEN_FIRST = re.compile(
    rf"^\W*{_WH}\b[^.;:]*?\b(?:remains?|is|was)\s+(?:{_STATE}|to\s+be\s+seen)\W*$",
    re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def open_question(core: str) -> bool:
    """The claim's main clause says its content is not known ("It's not clear whether
    ...", "It remains to be seen how ...")."""
    return _OPEN.search(core) is not None or _OPEN_FIRST.search(core) is not None


def question_and_assertion(a_core: str, b_core: str) -> bool:
    """One of two claims is an open question and the other asserts."""
    return open_question(a_core) != open_question(b_core)
