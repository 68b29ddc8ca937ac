"""A headline's teaser, which negates nothing of the story: "You'll never guess how ...",
"You won't believe what ...", "Can't imagine why ...".  What the reader cannot guess or
believe is the story itself, told as a surprise; no one says it did not happen."""

from __future__ import annotations

from service.contrast.text import Token

# verbs of guessing a reader is told they will fail at
_GUESSING = frozenset({"guess", "believe", "imagine", "predict"})
# a question after the verb: what is to be guessed, not denied ("never guess how he spent
# it"); "believe what he said" is the other sense (what was said is doubted), so not there
_WH = frozenset({"how", "what", "why", "who", "which", "where", "when"})
# between "you" and the cue: "you'll never", "you won't", "you wouldn't", "you can't"
_MODALS = frozenset({"will", "wo", "would", "ca", "can", "could", "do", "did", "may",
                     "might"})
_YOU = frozenset({"you", "you'll", "you'd", "ya"})


def teaser(toks: list[Token], i: int) -> bool:
    """The cue at ``i`` opens a teaser: a verb of guessing said of the reader ("you won't
    believe this dog's reaction"), or one whose object is a question ("never guess which
    city won"); not "Residents do not believe the mayor will resign" (a doubt)."""
    if toks[i].lower not in ("not", "n't", "never") or i + 1 >= len(toks) \
            or toks[i + 1].lower not in _GUESSING:
        return False
    j = i - 1
    while j >= 0 and toks[j].lower in _MODALS:
        j -= 1
    if j >= 0 and toks[j].lower in _YOU:
        return True
    return toks[i + 1].lower != "believe" and i + 2 < len(toks) and toks[i + 2].lower in _WH
