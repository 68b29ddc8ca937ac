"""Speed without a changed answer: the caches and the pre-filter added for ingest speed
(forty-eighth session) give what the uncached code gave, on the seeds' own names and on every
phrase of the opposites lexicon."""

from __future__ import annotations

from embeddings.claims import SentenceClaimExtractor
from embeddings.matching import entity_key
from embeddings.name_aliases import aliases
from service.contrast.negation.blame.poles import (
    _AFTER_DID_NOT,
    _needles,
    _past_bases,
    _pole_pattern,
)
from service.contrast.negation.lexicon import ANTONYMS, COPULA
from service.contrast.text import Token, tokens


def _forms(phrase: str) -> list[str]:
    """The ways a report writes a phrase that its pattern is built to find."""
    first, _, rest = phrase.partition(" ")
    out = [phrase]
    if first in COPULA and rest:
        out += [f"{first} not {rest}", f"{first} far from {rest}", f"{first}n't yet {rest}"]
    out += [f"did not {base}" + (f" {rest}" if rest else "") for base in _past_bases(first)]
    return out


def test_every_form_a_pole_pattern_finds_holds_one_of_its_needles() -> None:
    # the pre-filter may only skip a scan that could find nothing
    assert _AFTER_DID_NOT  # (the "did not" forms are part of the patterns)
    phrases = {p for _, yes, no, _ in ANTONYMS for p in (*yes, *no)}
    assert len(phrases) > 100
    found = 0
    for phrase in phrases:
        for form in _forms(phrase):
            text = f"officials say the thing {form} on monday"
            if _pole_pattern(phrase).search(text):
                found += 1
                assert any(n in text for n in _needles(phrase)), (phrase, form)
    assert found >= len(phrases)  # every phrase found as written, and more forms besides


def test_seed_names_key_and_alias_as_uncached(seed_articles) -> None:  # type: ignore[no-untyped-def]
    extractor = SentenceClaimExtractor()
    names = sorted({e.text for a in seed_articles for c in extractor.extract(a)
                    for e in c.entities})
    assert len(names) > 20
    for name in names:
        assert entity_key(name) == entity_key.__wrapped__(name)  # type: ignore[attr-defined]
    for a in names[:40]:
        for b in names[:40]:
            assert aliases(a, b) == aliases.__wrapped__(a, b)  # type: ignore[attr-defined]


def test_a_token_read_lower_is_still_equal_to_a_fresh_one() -> None:
    read = tokens("The ceasefire wasn’t over")
    assert [t.lower for t in read] == ["the", "ceasefire", "was", "n't", "over"]
    fresh = tokens("The ceasefire wasn’t over")
    assert read == fresh and {hash(t) for t in read} == {hash(t) for t in fresh}
    assert Token("Over", 0, 4) == Token("Over", 0, 4)
