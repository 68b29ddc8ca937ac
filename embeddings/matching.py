"""Is this the same claim?  The best-matching pair of facets (core or clause),
scored by embedding cosine plus the rarity-weighted words both sides use,
corrected by what the two claims are about (named entities).

Cosine alone over whole news sentences scores "same topic" almost as high as
"same claim": two sentences about one story share most of their vocabulary.
The rare words two clauses share (a place, an organisation, a legal notion)
and the named entities they share separate the two.  Numbers never lower the
score: disagreeing numbers are exactly what a reader wants to see side by side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from embeddings.claims.name_words import all_caps
from embeddings.claims.namesakes import two_people
from embeddings.facets import facet_shares, facets
from embeddings.headline_names import (
    caps_names_elsewhere,
    headline_names,
    mid_sentence_names,
)
from embeddings.initialisms import acronym, initials
from embeddings.lexical import (
    Weigher,
    content_words,
    general_rarity,
    rank_shared,
    stem,
    term_vector_norm,
    vector_overlap,
)
from embeddings.name_aliases import aliases
from embeddings.name_keys import key_words
from embeddings.shared_speaker import OneVoice, shared_speaker
from embeddings.types import Claim

_LETTERS = re.compile(r"[^a-z]")
_DOUBLED = re.compile(r"(.)\1")
_LONG_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
TITLE_CASE_SHARE = 0.85  # of the words of 4+ letters capitalised (70% caught name-rich prose)


def title_case(text: str) -> bool:
    """A Title Case headline ("Banksy Wasn't Arrested And Exposed As A Man"): there every
    word is capitalised, so capitals say nothing about which words are names.  A sentence
    full of names still has its verbs and nouns in lower case ("Foreign Minister David
    Babayan praised the decision"), hence the high bar."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


# pure and asked of the same few names for every pair a claim is scored against (700k
# calls a NewsWCL50 ingest): keyed once per name; bounded, as names grow with the store
@lru_cache(maxsize=100_000)
def entity_key(name: str) -> str:
    """A loose key that survives transliteration and inflection.

    "Shushi"/"Shusha", "Armenia"/"Armenian", "Aliyev"/"Aliev", "Odessa"/"Odesa" map
    together; the last token carries a person's or place's identity ("President Ilham
    Aliyev" -> aliyev); a body's generic head does so with the word before it ("Nasdaq
    Composite Index" -> compoindex, not "index" as every index: ``name_keys``).
    """
    words = key_words(name.replace("’s", "").replace("'s", "").split())
    return "".join(_word_key(w) for w in words) if words else _word_key(name)


def _word_key(word: str) -> str:
    letters = _LETTERS.sub("", word.lower()).replace("iy", "i").replace("y", "i")
    letters = _DOUBLED.sub(r"\1", letters)  # "Odessa"/"Odesa", "Gaddafi"/"Gadafi"
    return letters[:5] if len(letters) >= 5 else letters


@dataclass(frozen=True)
class MatchConfig:
    """Weights and the threshold; how they were chosen is in docs/quality.md."""

    threshold: float = 0.62
    lexical_weight: float = 0.5  # times the rarity-weighted word overlap of the best facet pair
    entity_bonus: float = 0.05  # times the Jaccard overlap of entity keys
    entity_penalty: float = 0.06  # both sides name >= 2 entities and share none
    # one side opens with "This ..."/"These ...": what it is about is in the sentence before,
    # so the words it shares say less (same size as the entity penalty; docs/matching.md)
    anaphora_penalty: float = 0.06
    # leave the words of named entities out of the word overlap (the entity terms count them)
    lexical_skips_entities: bool = True
    # a pair where one side calls the other's statement untrue (a denial tied to its words)
    # matches this far below the threshold: the denial's own words ("hoax", "fake report",
    # "complete fabrication") pull the similarity down.  A plain "not" barely moves a
    # sentence embedding, so a negated pair below the threshold differs in content and gets
    # no such allowance.  Chosen on Emergent's tuning claims, docs/quality.md
    disputed_margin: float = 0.15
    # the most one shared word may add as overlap (None: no bound).  In a facet left with
    # one or two weighted words, a lone common word ("meeting", "problem", "action") made an
    # overlap of 0.4-0.7; a quarter is a lone word among about four of each side's.  Set by
    # the clusterer on article-centred vectors only (docs/matching.md, forty-fourth session)
    lone_word_cap: float | None = None
    # a name alone in its slot on each side, and no alias of any name of the other side
    # ("Smith won the vote" / "Jones won the vote"), counts as a differing word in the word
    # overlap instead of being left out with the names (``_rival_stems``)
    rival_names_differ: bool = True
    # a match carried by one clause of a sentence of several speaks for that clause, not for
    # the sentence's claim: the pair's value through a clause loses this much times the share
    # of the sentence's words the clause leaves out (a clause of a quarter of its sentence,
    # three quarters of it).  The core stays whole, so a pair the whole sentence matches keeps
    # its score.  Off (0): measured in docs/matching.md, fifty-second session
    clause_share_malus: float = 0.0
    # ... only in sentences of at least this many facets (the core and its clauses; a
    # sentence cut at all has three or more, and at three the seeds lost two groups)
    clause_share_facets: int = 4


# "This approach contradicts ...", "These measures will ...": the subject points back
# ("This week, ..." is a date, not a pointer)
_ANAPHORIC = re.compile(
    r"[\"“‘']?(?:this|these|that|those|such)\b(?!\s+(?:week|weekend|month|year|morning"
    r"|afternoon|evening|spring|summer|autumn|fall|winter|season|time|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)\b)", re.I)


@lru_cache(maxsize=100_000)
def anaphoric(core: str) -> bool:
    return _ANAPHORIC.match(core.strip()) is not None  # (read for every pair a claim is in)


def entity_keys(claim: Claim) -> frozenset[str]:
    return _keys(tuple(e.text for e in claim.entities))


def entity_stems(claim: Claim) -> frozenset[str]:
    return _stems(tuple(e.text for e in claim.entities))


@lru_cache(maxsize=100_000)
def _title_case(text: str) -> bool:
    return title_case(text)  # (read for every pair a claim is in)


@lru_cache(maxsize=100_000)
def _all_caps(text: str) -> bool:
    return all_caps(text)  # (read for every pair a claim is in)


def names_for_matching(claim: Claim, other: Claim) -> tuple[str, ...]:
    """The names of ``claim`` as a match with ``other`` weighs them.  In a Title Case
    headline every capitalised run is taken for one name ("Obama To Visit Kenya"), and
    names are left out of the word overlap, so two headlines of one story shared almost no
    weighted words.  There a word stays a name only where it is one elsewhere: an acronym
    ("MTA", "U.S."), a known place or nationality ("New York", "Kenyan"), a word English has
    no other use for ("Noyer"), or a name ``other`` capitalises in ordinary text; the rest
    are weighed as the words they are ("Obama", "Visit").  An all-caps headline's names
    are those it reads whatever their case, and the runs ``other`` writes as names in mixed
    case ("APPLE WATCH" / "the Apple Watch")."""
    names = tuple(e.text for e in claim.entities)
    if _all_caps(claim.text):  # (its entities are names whatever their case already)
        elsewhere = frozenset() if _title_case(other.text) else mid_sentence_names(other)
        return names + caps_names_elsewhere(claim.text, names, elsewhere)
    if not names or not _title_case(claim.text):
        return names
    elsewhere = frozenset() if _title_case(other.text) else entity_stems(other)
    return tuple(n for name in names for n in headline_names(name, elsewhere))


# a claim is scored against many others: its names are keyed once
@lru_cache(maxsize=100_000)
def _keys(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(k for k in (entity_key(n) for n in names) if len(k) >= 2)


def _defined(claim: Claim) -> tuple[tuple[str, str], ...]:
    """The names of ``claim`` its article defines another form of, with that form."""
    return tuple((e.text, e.alias) for e in claim.entities if e.alias)


@lru_cache(maxsize=10_000)
def _same_keys(defined: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Each key of a defined pair's names, to one key for both: the two claims' keys of
    "MSF" and of "Doctors Without Borders" are one (the pairs of both claims, joined)."""
    same: dict[str, str] = {}
    for name, alias in defined:
        keys = {same.get(k, k) for k in (entity_key(name), entity_key(alias))}
        one = min(keys)
        for k, v in list(same.items()):
            if v in keys:
                same[k] = one
        for k in (entity_key(name), entity_key(alias)):
            same[k] = one
    return same


def initials_keys(name: str) -> frozenset[str]:
    """The keys of the initials ``name`` written out would be abbreviated to ("Collective
    Security Treaty Organization" -> the key of "CSTO"), none for a short name."""
    return frozenset(entity_key(letters) for letters in initials(name))


def meeting_keys(name: str) -> frozenset[str]:
    """The keys by which ``name`` meets another's: its own and its initials' (``_joined``
    for why a written-out name is not keyed on its initials)."""
    return initials_keys(name) | {entity_key(name)}


@lru_cache(maxsize=100_000)
def _joined(names_a: tuple[str, ...], names_b: tuple[str, ...]) -> frozenset[str]:
    """The keys of ``names_a`` with a name written out keyed as its initials where
    ``names_b`` writes those initials ("Collective Security Treaty Organization" / "CSTO"):
    one entity, not one name each side alone (``embeddings/initialisms.py``)."""
    keys = set(_keys(names_a))
    theirs = _keys(names_b)
    short = {entity_key(letters) for n in names_b if (letters := acronym(n))}
    for name in names_a:
        joined = initials_keys(name) & short
        if joined and not joined & keys:
            own = entity_key(name)
            if own not in theirs and sum(entity_key(n) == own for n in names_a) == 1:
                keys.discard(own)
            keys |= joined
    return frozenset(keys)


# pure in the two claims' names, which meet again for every article that re-scores the pair
@lru_cache(maxsize=100_000)
def _namesakes_apart(names_a: tuple[str, ...], names_b: tuple[str, ...],
                     shared: frozenset[str]) -> frozenset[str]:
    """The shared keys that only ever name two people of one family name ("Raul Castro" /
    "Fidel Castro"): a key is a family name, and the two sides' full names of it are not
    one person's.  "Castro" alone, or "Fidel Castro" on both sides, keeps the key."""
    return frozenset(k for k in shared if all(
        two_people(x, y) for x in names_a if entity_key(x) == k
        for y in names_b if entity_key(y) == k))


def _full_names(claim: Claim, names: tuple[str, ...]) -> tuple[str, ...]:
    """The names with a surname standing alone read as the full name its article gives it
    ("Smith" of an article on John Smith), so two articles' Smiths are told apart."""
    full = {e.text: e.full for e in claim.entities if e.full}
    return tuple(full.get(n, n) for n in names) if full else names


@lru_cache(maxsize=100_000)
def _stems(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stem(w) for n in names for w in content_words(n))


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SLOT_WORD = re.compile(r"[\w’'-]+")
# "the Venango County man": a place that says where a person is from, not who it is
_PERSON_NOUNS = _word_set("""man men woman women boy boys girl girls resident residents native
    natives teen teenager couple family mother father student students officer driver""")


@lru_cache(maxsize=100_000)
def _rival_stems(core_a: str, core_b: str, names_a: tuple[str, ...],
                 names_b: tuple[str, ...],
                 defined: tuple[tuple[str, str], ...] = ()) -> frozenset[str]:
    """The stems of the names that are rivals: each alone in its slot on its side (no alias
    among the other side's names), the two in one slot (a word before or after both).
    "Smith won the vote in Ohio" / "Jones won the vote in Ohio": smith, jones."""
    # only a name whose slot meets a slot of a name of the other side can be a rival, and
    # only its partners there can make it one: the alias tests, each a reading of two names
    # (NewsWCL50: 28,000 first readings of 700 claims), are asked of those names alone
    # (a slot meets one of several where it meets their union)
    slots_a, _ = _slots(core_a, names_a)
    if not slots_a:
        return frozenset()
    slots_b, union_b = _slots(core_b, names_b)
    near_a = tuple((n, s) for n, s in slots_a if not s.isdisjoint(union_b))
    if not near_a:
        return frozenset()
    union_near_a = frozenset().union(*(s for _, s in near_a))
    near_b = tuple((n, s) for n, s in slots_b if not s.isdisjoint(union_near_a))
    lone_a = _lone(near_a, names_b, defined)
    lone_b = _lone(near_b, names_a, defined)
    rivals_a = tuple(n for n, slots in lone_a if any(slots & other for _, other in lone_b))
    rivals_b = tuple(n for n, slots in lone_b if any(slots & other for _, other in lone_a))
    if not rivals_a or not rivals_b:
        return frozenset()
    # a word the other side uses, in a name or not, is shared, not differing ("North Korea"
    # / "South Korea": north and south differ, korea is shared; "A ghost ship" / "Ghost Ship")
    words_a, words_b = _stems((core_a,)), _stems((core_b,))
    return (_stems(rivals_a) - words_b) | (_stems(rivals_b) - words_a)


# a claim's core and names are the same for every claim it is scored against (NewsWCL50
# tune: 36,000 readings of 700 claims, each of a few dozen names): read once a claim
@lru_cache(maxsize=50_000)
def _slots(core: str, names: tuple[str, ...]
           ) -> tuple[tuple[tuple[str, frozenset[str]], ...], frozenset[str]]:
    """The names of ``core`` that have a slot, each with it (in the order of ``names``): the
    word before it ("<in") and the word after it (">won"); and every slot of them."""
    slotted = tuple((name, slots) for name in names if (slots := _slot(core, name)))
    return slotted, frozenset().union(*(slots for _, slots in slotted))


def _lone(slotted: tuple[tuple[str, frozenset[str]], ...], others: tuple[str, ...],
          defined: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, frozenset[str]]]:
    """The names of ``slotted`` (each with its slot) no name in ``others`` is an alias of."""
    return [(name, slots) for name, slots in slotted if not _alias_among(name, others)
            and not (defined and any((name, other) in defined or (other, name) in defined
                                     for other in others))]


# a name and the other claim's names meet again for every claim that shares both (NewsWCL50:
# 26,000 alias scans for 700 claims): one answer a name and list of names
@lru_cache(maxsize=100_000)
def _alias_among(name: str, others: tuple[str, ...]) -> bool:
    return any(aliases(name, other) for other in others)


# a claim's names and core are the same for every claim it is scored against: each name's
# slot is read once (a pattern per name had thrashed the re module's cache)
@lru_cache(maxsize=100_000)
def _slot(core: str, name: str) -> frozenset[str]:
    """The slot of ``name`` in ``core`` (empty where it has none)."""
    found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", core)
    if found is None:
        return frozenset()
    before = _SLOT_WORD.findall(core, 0, found.start())
    after = [w for w in _SLOT_WORD.findall(core, found.end()) if w not in ("'s", "’s")]
    if (after and after[0].lower() in _PERSON_NOUNS) or \
            (not before and opening_common_word(name)):
        return frozenset()
    # the opening and the end of a sentence are no slot: any two names may stand there
    return frozenset(({"<" + before[-1].lower()} if before else set())
                     | ({">" + after[0].lower()} if after else set()))


def opening_common_word(name: str) -> bool:
    """"Officials said", "Witnesses saw", "Residents fled": a plural of a common noun,
    capitalised for opening the sentence ("Jones" stays a name; "Williams", of the common
    "william", does not: a known gap)."""
    from wordfreq import zipf_frequency

    lower = name.lower()
    if " " in lower or not lower.endswith("s"):
        return False
    singulars = [lower[:-1]] + ([lower[:-3] + "y"] if lower.endswith("ies") else []) + \
        ([lower[:-2]] if lower.endswith(("ses", "xes", "ches", "shes")) else [])
    return any(zipf_frequency(s, "en") >= 4.0 for s in singulars)


def _terms(texts: tuple[str, ...], weigh: Weigher,
           ignore: frozenset[str]) -> tuple[tuple[dict[str, float], ...], tuple[float, ...]]:
    """The term vectors of a claim's facets, less ``ignore``, and their norms."""
    # ``ignore`` is the pair's (both claims' names), but only the stems this claim uses
    # change its vectors: mostly its own names, the same for every claim it is scored with
    # under one weigher, so its vectors are read once for them, not once a pair
    return _terms_less(texts, weigh, ignore & _facet_stems(texts) if ignore else ignore)


@lru_cache(maxsize=50_000)
def _facet_stems(texts: tuple[str, ...]) -> frozenset[str]:
    """Every stem of the facets' content words (the keys their term vectors can have)."""
    return frozenset(stem(w) for t in texts for w in content_words(t))


@lru_cache(maxsize=50_000)
def _terms_less(texts: tuple[str, ...], weigh: Weigher, dropped: frozenset[str]
                ) -> tuple[tuple[dict[str, float], ...], tuple[float, ...]]:
    read = [term_vector_norm(t, weigh, dropped) for t in texts]
    return tuple(v for v, _ in read), tuple(n for _, n in read)


# the entity key a shared speaker counts as (no entity key has a space)
_VOICE_KEY = " voice"


class _PairReading(NamedTuple):
    """What two claims' names, speakers and openings say, whatever the word weights."""

    ignore: frozenset[str]  # stems left out of the word overlap
    shared: frozenset[str]  # entity keys both name (with ``_VOICE_KEY`` for one speaker)
    jaccard: float
    names_apart: bool  # both name two or more things, and none in common
    anaphoric: bool
    speaker: str | None


# the word weights change with every article, so a pair's score is worked out again each
# time a later article's clustering meets it; what its names say does not change.  Keyed
# on the claims themselves (frozen: every field compared), as ``service.pair_readings``
@lru_cache(maxsize=65_536)
def _pair_reading(a: Claim, b: Claim, skip_names: bool, rivals_differ: bool,
                  one_voice: OneVoice | None) -> _PairReading:
    names_a, names_b = names_for_matching(a, b), names_for_matching(b, a)
    ignore = _stems(names_a) | _stems(names_b) if skip_names else frozenset()
    defined = _defined(a) + _defined(b)
    if ignore and rivals_differ and not (_title_case(a.text) or _title_case(b.text)):
        # (a Title Case headline capitalises every word: its "names" have no slots to rival)
        ignore = ignore - _rival_stems(a.core, b.core, names_a, names_b, defined)
    ka, kb = _keys(names_a), _keys(names_b)
    # two people: no shared name
    apart = _namesakes_apart(_full_names(a, names_a), _full_names(b, names_b), ka & kb) \
        if not ka.isdisjoint(kb) else ka & kb
    ka, kb = _joined(names_a, names_b), _joined(names_b, names_a)
    if defined:  # "MSF" / "Doctors Without Borders", where an article defines the one
        same = _same_keys(defined)
        ka, kb, apart = (frozenset(same.get(k, k) for k in keys) for keys in (ka, kb, apart))
    shared = ka & kb - apart
    # one speaker behind both, cut from both cores with its frame, counts as one shared name
    # (embeddings/shared_speaker.py), unless its name is a shared entity already
    speaker = shared_speaker(a, b, one_voice)
    if speaker is not None and shared.isdisjoint(
            {entity_key(s) for s in (a.speaker, b.speaker) if s}):
        ka, kb = ka | {_VOICE_KEY}, kb | {_VOICE_KEY}
        shared = ka & kb - apart
    jaccard = len(shared) / len(ka | kb) if ka and kb else 0.0
    # no shared name is evidence of different subjects only where names were told apart
    # from other words; in a Title Case headline every word looks like a name
    names_apart = len(ka) >= 2 and len(kb) >= 2 and not shared \
        and not (_title_case(a.text) or _title_case(b.text))
    return _PairReading(ignore, shared, jaccard, names_apart,
                        anaphoric(a.core) or anaphoric(b.core), speaker)


@lru_cache(maxsize=100_000)
def _clause_discounts(core: str, malus: float, least: int) -> tuple[float, ...]:
    """What a match through each facet of ``core`` loses: nothing through the core, ``malus``
    times the share of the core's words a clause leaves out (``clause_share_malus``), where
    ``core`` has ``least`` facets or more."""
    shares = facet_shares(core)
    if not malus or len(shares) < least:
        return (0.0,) * len(shares)
    return tuple(malus * (1.0 - share) for share in shares)


def match_score(a: Claim, b: Claim, cosines: np.ndarray | float,
                config: MatchConfig | None = None,
                weigh: Weigher = general_rarity,
                one_voice: OneVoice | None = None) -> tuple[float, dict[str, object]]:
    """Combined score for two claims; ``cosines`` holds the facet-by-facet cosines
    (rows: facets of ``a``, columns: facets of ``b``). Returns (score, signals).
    ``one_voice`` tells two names of one speaker apart from two speakers (without it, one
    name is one speaker)."""
    config = config or MatchConfig()
    fa, fb = facets(a.core), facets(b.core)
    cos = np.atleast_2d(np.asarray(cosines, dtype=np.float32))
    pair = _pair_reading(a, b, config.lexical_skips_entities, config.rival_names_differ,
                         one_voice)
    ignore = pair.ignore
    terms_a, norms_a = _terms(fa, weigh, ignore)
    terms_b, norms_b = _terms(fb, weigh, ignore)
    # the cosines as Python floats, read once (indexing the array cell by cell cost more
    # than the arithmetic); the bound below is the float32 sum it always was, compared with
    # ``best`` rounded to float32 as numpy compared them, so exactly the same pairs are read
    cells = cos[: len(fa), : len(fb)]
    values, reach = cells.tolist(), (cells + config.lexical_weight).tolist()
    less_a = _clause_discounts(a.core, config.clause_share_malus, config.clause_share_facets)
    less_b = _clause_discounts(b.core, config.clause_share_malus, config.clause_share_facets)
    best, best32, best_pair, best_cos, best_lex, best_shared = -1.0, -1.0, (0, 0), 0.0, 0.0, []
    for i, row in enumerate(values):
        for j, cosine in enumerate(row):
            if reach[i][j] < best32:
                continue  # cannot win even with full word overlap
            lex, shared_words = vector_overlap(terms_a[i], terms_b[j], norms_a[i], norms_b[j])
            if config.lone_word_cap is not None and len(shared_words) == 1:
                lex = min(lex, config.lone_word_cap)
            value = cosine + config.lexical_weight * lex - less_a[i] - less_b[j]
            if value > best:
                best, best32, best_pair = value, float(np.float32(value)), (i, j)
                best_cos, best_lex, best_shared = cosine, lex, shared_words
    best_words = rank_shared(terms_a[best_pair[0]], terms_b[best_pair[1]], best_shared)
    jaccard, shared = pair.jaccard, pair.shared
    score = best + config.entity_bonus * jaccard
    if pair.names_apart:
        score -= config.entity_penalty
    if pair.anaphoric:
        score -= config.anaphora_penalty
    signals: dict[str, object] = {
        "cosine": round(best_cos, 4),
        "lexical": round(best_lex, 4),
        "shared_words": best_words[:8],
        "facets": [fa[best_pair[0]], fb[best_pair[1]]],
        "shared_entities": sorted(shared - {_VOICE_KEY}),
        "shared_speaker": pair.speaker,
        "entity_jaccard": round(jaccard, 3),
    }
    return score, signals

