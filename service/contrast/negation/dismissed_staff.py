"""People dismissed, not a statement: "The company hired 50 workers and dismissed them in May",
"the ministry dismissed them from their posts".  "Dismissed them" denies what "them" stands
for only when it stands for claims or reports ("Officials dismissed the reports; the
minister dismissed them too"); when the nearest plural before it names people ("workers",
"officials", "guards") or "from" follows ("from their jobs"), the voice fired someone and
denies nothing.  ("Fired", "sacked" and "let go" are no verbs of denial at all.)"""

from __future__ import annotations

from service.contrast.negation.lexicon import STATEMENT
from service.contrast.text import Token

# plurals that name people, who are dismissed from work, never called untrue
_PEOPLE_WORDS = """workers employees staff staffers personnel officers officials guards
    ministers players members teachers nurses doctors soldiers troops generals commanders
    managers executives directors judges prosecutors agents policemen aides advisers advisors
    coaches contractors drivers pilots crew crews people men women servants clerks engineers
    journalists reporters editors researchers scientists inspectors diplomats envoys
    bosses chiefs deputies"""
_PEOPLE = frozenset(_PEOPLE_WORDS.split())
_OBJECT_PRONOUNS = frozenset({"them", "him", "her"})
# between a subject and its verb: "officials have since dismissed them"
_BETWEEN = frozenset({"have", "has", "had", "also", "since", "then", "later", "all", "both",
                      "swiftly", "quickly", "promptly", "will", "would"})


def staff_dismissed(toks: list[Token], i: int) -> bool:
    """Whether "dismiss" at ``i`` has people for its object ("dismissed them from their
    posts", "hired 50 workers and dismissed them")."""
    j = next((k for k in range(i + 1, min(i + 4, len(toks))) if toks[k].lower in _OBJECT_PRONOUNS),
             None)
    if j is None:
        return False
    if j + 1 < len(toks) and toks[j + 1].lower == "from":
        return True  # "dismissed them from their jobs"
    at = i - 1
    while at >= 0 and (toks[at].lower in _BETWEEN or toks[at].lower.endswith("ly")):
        at -= 1  # "officials have quickly dismissed them": the subject, which "them" is not
    if at >= 0 and toks[at].lower in _PEOPLE:
        at -= 1
    for k in range(at, -1, -1):  # the nearest plural before: what "them" stands for
        word = toks[k].lower
        if word in _PEOPLE:
            return True
        if word in STATEMENT and word.endswith("s") and word != "those":
            return False
    return False
