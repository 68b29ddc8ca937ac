"""Nouns that name a person by sex: a woman and a man are two people, as "The woman is not
playing a guitar" / "A man is playing a guitar" tell two players, where "The man" / "A
guitarist" may be one.  And a denial of what a woman does leaves what "a person" does (that
person may be a man), where "There is no person wearing a red jacket" / "A woman is wearing a
red jacket" still dispute it."""

from __future__ import annotations

from service.contrast.text import stem

# (female, male) nouns of one kind of person; general English, not one story's words
_PAIRS = (("woman", "man"), ("women", "men"), ("girl", "boy"), ("girls", "boys"),
          ("lady", "gentleman"), ("ladies", "gentlemen"), ("mother", "father"),
          ("mothers", "fathers"), ("daughter", "son"), ("daughters", "sons"),
          ("sister", "brother"), ("sisters", "brothers"), ("wife", "husband"),
          ("queen", "king"), ("actress", "actor"), ("aunt", "uncle"), ("niece", "nephew"),
          ("female", "male"))


def _key(word: str) -> str:
    # keyed as ``subjects._subject_words`` keys a subject's words
    return stem(word)[:5]


_FEMALE = frozenset(_key(f) for f, _ in _PAIRS)
_MALE = frozenset(_key(m) for _, m in _PAIRS)


def of_two_sexes(head_a: str, head_b: str) -> bool:
    """Whether two subject heads (keys) name a female and a male person."""
    return (head_a in _FEMALE and head_b in _MALE) or (head_a in _MALE and head_b in _FEMALE)


# words for anyone, keyed so: what one of them did is not denied of a woman or a man
_ANYONE = frozenset(_key(w) for w in ("person", "people", "someone", "somebody", "individual"))


def narrower_person(neg_head: str, pos_head: str) -> bool:
    """The negated subject's head (a key) names a person by sex, the other side's anyone."""
    return neg_head in _FEMALE | _MALE and pos_head in _ANYONE
