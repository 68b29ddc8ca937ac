"""A participle before a noun describes the noun; its prefixed form said of a subject is an
act or a state of that subject: "Jihadi John UNMASKED" (named) is not denied by "named as
the masked man behind the videos", which picks the man out by how he was seen."""

from __future__ import annotations

from service.contrast.negation.attributive import OPENERS, attributive_noun
from service.contrast.negation.prefixed import prefixed_negation
from service.contrast.negation.reading import Reading
from service.contrast.text import stem

# "named as masked man": after "as", too, the word describes what it is said to be
_DESCRIBING = OPENERS | frozenset({"as"})


def only_described(neg: Reading, span: tuple[int, int], word: str, pos: Reading,
                   at: tuple[int, int]) -> bool:
    """``neg`` negates ``word`` by a prefix ("unmasked", span ``span``) where ``pos`` has
    the bare word before a noun ("a masked man", ``at``) that is none of the words the
    negation is said of, or the prefixed word names ("unmasked as a teacher"); "The gunman
    was masked" / "The gunman was unmasked" stay opposed, and so do "a masked gunman
    opened fire" / "witnesses say the gunman was unmasked"."""
    k = next((j for j, t in enumerate(neg.toks) if t.start == span[0] and t.end == span[1]),
             None)
    if k is None or prefixed_negation(neg.toks[k].lower) is None:
        return False
    noun = attributive_noun(pos.toks, *at, openers=_DESCRIBING)
    if not noun:
        return False
    if k + 1 < len(neg.toks) and neg.toks[k + 1].lower == "as":
        # "painter unmasked as a teacher": named, whatever the noun ("the masked painter")
        return True
    return noun not in neg.anchors.get(word, set()) \
        and noun not in {stem(t.text) for t in neg.toks if t.is_word}
