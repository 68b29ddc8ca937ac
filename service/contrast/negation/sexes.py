"""Nouns that name a person by sex: a woman and a man are two people, as "The woman is not
playing a guitar" / "A man is playing a guitar" tell two players, where "The man" / "A
guitarist" may be one."""

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
