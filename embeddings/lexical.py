"""Lexical overlap of the specific words two claims share, weighted by rarity.

Sentence embeddings of news sentences on one story all sit close together: they
share the story's vocabulary.  What separates "the same claim" from "the same
topic" is usually a specific term both sides use (a place, an organisation, a
legal notion: "Lachin", "CSTO", "territorial integrity").  Each content word is
weighted by how rare it is in English (wordfreq's Zipf scale: frequent words
carry little) and, where a corpus is known, by how rare it is in that corpus
(the story's own name, common to every claim, then weighs little too).
Words are compared by their Snowball stem so "shelled"/"shelling" meet.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")

_STOPWORDS_TEXT = """
a about above after again against all also am an and any are aren't as at be because been
before being below between both but by can could did do does doing down during each few for
from further had has have having he her here hers herself him himself his how i if in into
is it its itself just let me more most my myself no nor not of off on once only or other our
ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves
said says say told according also would could may might must shall one two mr ms mrs per via
since yet still
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

MAX_RARITY = 6.0


@lru_cache(maxsize=200_000)
def general_rarity(word: str) -> float:
    """7 minus the Zipf frequency of the word in English, kept in [0.5, MAX_RARITY]."""
    from wordfreq import zipf_frequency

    return min(MAX_RARITY, max(0.5, 7.0 - zipf_frequency(word, "en")))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer().stemWord(word)


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=100_000)
def content_words(text: str) -> tuple[str, ...]:
    """Lower-case content words (stopwords and possessive endings removed)."""
    out = []
    for token in _WORD.findall(text):
        word = token.lower().replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        if word not in STOPWORDS and len(word) > 1:
            out.append(word)
    return tuple(out)


Weigher = Callable[[str], float]


def corpus_weigher(doc_freq: Mapping[str, int], n_docs: int) -> Weigher:
    """General rarity scaled by inverse document frequency in a corpus of ``n_docs`` claims.

    The idf is normalised to [0, 1] and smoothed (+1), so an empty corpus leaves the
    general rarity as it is and a word found in every stored claim weighs little.
    """
    norm = math.log(n_docs + 2)

    def weigh(word: str) -> float:
        idf = math.log((n_docs + 2) / (doc_freq.get(stem(word), 0) + 1)) / norm
        return general_rarity(word) * min(1.0, max(0.05, idf))

    return weigh


def term_vector(text: str, weigh: Weigher = general_rarity,
                ignore: frozenset[str] = frozenset()) -> dict[str, float]:
    """Stem -> weight, less the stems in ``ignore`` (callers must not change the returned
    dict).  The words to ignore differ with every pair (the two claims' names), so only the
    whole vector is cached: a claim is compared with many others under one weigher."""
    return term_vector_norm(text, weigh, ignore)[0]


def term_vector_norm(text: str, weigh: Weigher = general_rarity,
                     ignore: frozenset[str] = frozenset()) -> tuple[dict[str, float], float]:
    """``term_vector`` and its ``vector_norm``: a facet scored against many others keeps
    its whole vector's norm with the vector (only a vector less ignored words is summed
    again)."""
    vec, norm = _term_vector(text, weigh)
    if ignore and not ignore.isdisjoint(vec):
        # a claim's own names are in its facets, so nearly every pair drops some stems; the
        # ones dropped are mostly the claim's own, the same for all it is scored against
        return _term_vector_less(text, weigh, ignore.intersection(vec))
    return vec, norm


@lru_cache(maxsize=50_000)
def _term_vector_less(text: str, weigh: Weigher,
                      dropped: frozenset[str]) -> tuple[dict[str, float], float]:
    vec = {k: v for k, v in _term_vector(text, weigh)[0].items() if k not in dropped}
    return vec, vector_norm(vec)


@lru_cache(maxsize=50_000)
def _term_vector(text: str, weigh: Weigher) -> tuple[dict[str, float], float]:
    vec: dict[str, float] = {}
    for word in content_words(text):
        key = stem(word)
        vec[key] = max(vec.get(key, 0.0), weigh(word))
    return vec, vector_norm(vec)


def lexical_similarity(a: str, b: str, weigh: Weigher = general_rarity,
                       ignore: frozenset[str] = frozenset()) -> tuple[float, list[str]]:
    """Weighted cosine of the two texts' stem sets, and the shared stems (rarest first).

    Stems in ``ignore`` (the words of named entities, which have their own term) count on
    neither side: a shared name says the two are about the same thing, not the same claim."""
    return vector_similarity(term_vector(a, weigh, ignore), term_vector(b, weigh, ignore))


def vector_similarity(va: Mapping[str, float],
                      vb: Mapping[str, float]) -> tuple[float, list[str]]:
    """``lexical_similarity`` of two term vectors."""
    similarity, shared = vector_overlap(va, vb, vector_norm(va), vector_norm(vb))
    return similarity, rank_shared(va, vb, shared)


def vector_norm(v: Mapping[str, float]) -> float:
    return math.sqrt(sum(w * w for w in v.values()))


def vector_overlap(va: Mapping[str, float], vb: Mapping[str, float], na: float,
                   nb: float) -> tuple[float, list[str]]:
    """``vector_similarity`` given the two vectors' norms, with the shared stems in sorted
    order: a caller comparing one facet with many computes each norm once, and ranks the
    words of the best pair only."""
    # sorted, not set order: a sum's last bits and the words shown would otherwise change
    # with the hash seed from one run to the next
    shared = sorted(va.keys() & vb.keys())
    if not shared:
        return 0.0, []
    dot = sum(va[k] * vb[k] for k in shared)
    return dot / (na * nb), shared


def rank_shared(va: Mapping[str, float], vb: Mapping[str, float],
                shared: list[str]) -> list[str]:
    """The shared stems, rarest first."""
    return sorted(shared, key=lambda k: (-min(va[k], vb[k]), k))
