"""Speed without a changed answer (fifty-first session): the per-claim subject reading, the
spelling pre-filter, the term vectors less a pair's names and the word counts written in
one statement each give what the code before them gave."""

from __future__ import annotations

import math
from difflib import SequenceMatcher
from pathlib import Path

from embeddings.claims import SentenceClaimExtractor
from embeddings.facets import facets
from embeddings.lexical import content_words, corpus_weigher, stem, term_vector_norm
from embeddings.name_aliases import NEAR_SPELLING, _near
from embeddings.subjects_apart import _subject, subject
from service.store import SqlStore


def _near_before(a: str, b: str) -> bool:
    # the forty-eighth session's reading: difflib's own quick ratio, then its ratio
    shorter, length = min(len(a), len(b)), len(a) + len(b)
    if shorter < 4 or 2.0 * shorter / length < NEAR_SPELLING:
        return False
    matcher = SequenceMatcher(None, a, b)
    return matcher.quick_ratio() >= NEAR_SPELLING and matcher.ratio() >= NEAR_SPELLING


def test_spellings_near_as_difflib_read_them(seed_articles) -> None:  # type: ignore[no-untyped-def]
    extractor = SentenceClaimExtractor()
    words = sorted({w.lower() for a in seed_articles for c in extractor.extract(a)
                    for e in c.entities for w in e.text.split()})
    assert len(words) > 50
    near = 0
    for a in words:
        for b in words:
            assert _near.__wrapped__(a, b) == _near_before(a, b), (a, b)  # type: ignore[attr-defined]
            near += a != b and _near_before(a, b)
    assert near > 0  # ("Shushi" / "Shusha" and their like are among them)


def test_a_claims_subject_is_read_once_and_as_before(seed_articles) -> None:  # type: ignore[no-untyped-def]
    extractor = SentenceClaimExtractor()
    claims = [c for a in seed_articles for c in extractor.extract(a)]
    _subject.cache_clear()
    first = [subject(c, f) for c in claims for f in facets(c.core)]
    misses = _subject.cache_info().misses
    assert [subject(c, f) for c in claims for f in facets(c.core)] == first
    assert _subject.cache_info().misses == misses  # the second pass read nothing again
    assert any(s is not None and s[1] for s in first)  # some subject stands for a pronoun


def test_term_vectors_less_a_pairs_names_as_filtered_whole(seed_articles) -> None:  # type: ignore[no-untyped-def]
    extractor = SentenceClaimExtractor()
    claims = [c for a in seed_articles for c in extractor.extract(a)]
    counts = {stem(w): 2 for c in claims for w in content_words(c.text)}
    weigh = corpus_weigher(counts, len(claims))
    names = frozenset(stem(w) for c in claims for e in c.entities for w in content_words(e.text))
    dropped = 0
    for claim in claims:
        for text in facets(claim.core):
            whole, _ = term_vector_norm(text, weigh)
            vec, norm = term_vector_norm(text, weigh, names)
            expected = {k: v for k, v in whole.items() if k not in names}
            assert vec == expected and list(vec) == list(expected)
            assert norm == math.sqrt(sum(v * v for v in expected.values()))
            dropped += len(whole) - len(vec)
    assert dropped > 0


def test_word_counts_rise_fall_and_stop_at_zero(tmp_path: Path) -> None:
    store = SqlStore(f"sqlite:///{tmp_path / 'db.sqlite'}")
    with store.begin() as conn:
        store.add_word_counts(conn, {"shell": 2, "villag": 1, "gone": 0})
    with store.begin() as conn:
        store.add_word_counts(conn, {"shell": 3, "villag": -1, "new": 1, "neg": -2})
    with store.begin() as conn:
        store.add_word_counts(conn, {"shell": -9})
    assert store.all_word_counts() == {"shell": 0, "villag": 0, "new": 1}
    store.close()
