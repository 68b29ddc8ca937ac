"""A noun that points back into its article, read with what it points at.

"This incident is indicative of a deeper, systemic issue."  "... so that makes this incident
overnight particularly egregious."  "We welcome this waiver ..."  "this/that/these/those/such/
the same X" (and "the move", "the decision": a decision or step after "the" with nothing
saying which; "the deal", "the vote" are a story's own thing, told of in its lead) names a
kind of thing, and which one is in the article before it.  Two claims about two incidents
meet on the pointing word, and on article-centred vectors that word is much of what is left
of each sentence.  A reader takes each pointer for its antecedent; so does this: the nearest
earlier claim of the same article that says the noun (not itself under a pointer), or for an
event noun one naming an event of its kind at most ``REACH`` back, else the claim just
before (``antecedent``), lends its particular words and names to the claim's side.  Two
claims that meet on a pointed noun are one claim only where something particular is shared
once the pointers are resolved: their own particular words or names, or their antecedents'.
A pointer with no antecedent found adds nothing particular.  Where nothing is, the clusterer
takes ``pointer_malus`` off the pair's article-centred score (docs/matching.md, fiftieth
session).

"Particular": a content word that is not common English (``general_rarity`` at least
``RARE``, a Zipf frequency of 4.5 or less); a name's word, or an antecedent's word, also only
where it is not common in the stored claims (in at most about the square root of them: the
weigher's idf at least a half; not the story's "Iran").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from embeddings.claims.event_references import KINDS, lemma, same_kind
from embeddings.claims.event_references import _ends_phrase as ends_phrase
from embeddings.lexical import STOPWORDS, Weigher, content_words, general_rarity, stem
from embeddings.types import Claim

REACH = 4  # claims back: an antecedent is in the paragraph before
RARE = 2.5  # general rarity (7 - Zipf) of a particular word: "waiver", "egregious", not "issue"
# a pointed noun that is a time or a manner, not a thing of the article ("this week", "that way")
_NOT_THINGS = frozenset(re.findall(r"\S+", (
    "week weekend month year morning afternoon evening night day days time times spring "
    "summer autumn fall winter season monday tuesday wednesday thursday friday saturday "
    "sunday way ways kind sort type point moment case fact end "
    # the present one, not one the article told of: "this administration", "this country"
    "administration government country nation world century generation society countries "
    "nations governments "
    # a quantity or an adverb: "this many people", "those already inside"
    "many much few little far long already again too still")))
# after "the", only a decision or a step points back ("The move drew criticism"); "the deal",
# "the vote", "the summit" name the story's own thing, told of in its lead
_THE_POINTERS = frozenset(("move", "moves", "decision", "step", "announcement"))
# a modifier between the pointer and its noun: "this ongoing issue", "that earlier filing"
# (not "-ent", "-al": "incident", "statement", "proposal" are nouns)
_MODIFIER = re.compile(r"^(?:[a-z]+(?:ed|ing|ic|ous|ive|ful|less|ible|able|ish)|new|latest"
                       r"|recent|last|same|whole|entire|latter|former|major|big|key|main|first"
                       r"|second|final|further|other|violent|current|apparent|significant"
                       r"|important|political|military|historic|unprecedented|deadly|earlier"
                       r"|later|partisan|such)$")
# a singular pointer before an "-s" word: a verb ("That includes", "This goes"), not a noun
# ("this crisis", "this process", "this news" are nouns)
_VERB_S = re.compile(r"^[a-z]+(?<![su]s)(?<!is)(?<!ws)s$")
_POINTER = re.compile(r"\b(?P<det>this|these|those|such(?:\s+an?)?|the\s+same|that)\s+"
                      r"(?P<rest>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)", re.I)
# "the move", "the decision": an event noun after "the"
_THE = re.compile(r"\bthe\s+(?P<rest>[a-z][a-z-]*)", re.I)
# what says which one after the noun: "this attack on the hospital", "the decision to ..."
_WHICH = re.compile(r"^\s*(?:of|on|in|at|against|by|between|targeting|to|that|which|who|from"
                    r"|over|into|with|for)\b|^[’']s\b|^-"
                    r"|^,?\s+(?:[a-z]+ed|struck|signed|made|won|taken)\s+(?:by|between|with|in|on"
                    r"|at|from|against|for|last|earlier)\b"
                    r"|^\s*(?:[“\"‘]|(?-i:[A-Z]))", re.I)
_PREPOSITIONS = frozenset(re.findall(r"\S+", "in on at by for with from into against over "
                                              "after before during about of to under"))


@lru_cache(maxsize=50_000)
def pointed(core: str) -> frozenset[str]:
    """Stems of the nouns ``core`` says only under a pointer ("this incident" -> incid).
    "that" points only at the start or after a preposition (else it opens a clause)."""
    found: set[str] = set()
    pos = 0
    while (m := _POINTER.search(core, pos)) is not None:
        pos = m.end("det")  # (the words read as its noun phrase may hold the next pointer)
        det = m.group("det").lower()
        if det == "that":
            before = core[:m.start()].split()
            if before and before[-1].lower().strip("“\"‘(") not in _PREPOSITIONS:
                continue
        if det in ("this", "that") and _VERB_S.match(m.group("rest").split()[0].lower()):
            continue
        if det in ("these", "those") and m.group("rest").split()[0].lower().endswith("ing"):
            continue  # "those seeking asylum": the people who do it
        noun = _noun(m.group("rest"), core[m.end():])
        if noun is not None:
            found.add(noun)
    for m in _THE.finditer(core):
        word = m.group("rest")
        if word.lower() in _THE_POINTERS and not _WHICH.match(core[m.end():]):
            found.add(stem(word.lower()))
    if not found:
        return frozenset()
    # a stem the sentence also says outside any pointer is its own word there
    plain = _strip_pointers(core)
    return frozenset(s for s in found if s not in {stem(w) for w in content_words(plain)})


def _noun(rest: str, after: str) -> str | None:
    words = rest.split()
    for i, word in enumerate(words):
        w = word.lower()
        if w in STOPWORDS:
            return None  # "this is", "those who", "such a": no noun phrase
        tail = " ".join(words[i + 1:]) + after
        if i < len(words) - 1 and _MODIFIER.match(w) and w not in KINDS \
                and (words[i + 1].endswith("s") or not ends_phrase(tail)):
            # ("that earlier filing came": a verb ends it; "these dangerous conditions" a
            # plural, which reads as an "-s" verb there)
            continue
        if w in _NOT_THINGS or w.endswith("ly"):
            return None
        if _WHICH.match(tail):
            return None  # "this attack on the hospital" says which
        return stem(w)
    return None


def _strip_pointers(core: str) -> str:
    core = _POINTER.sub(" ", core)
    return _THE.sub(lambda m: " " if m.group("rest").lower() in _THE_POINTERS else m.group(),
                    core)


def particular(word: str, weigh: Weigher | None = None) -> bool:
    """Not common English; with ``weigh``, not common in the stored claims either."""
    rarity = general_rarity(word)
    return rarity >= RARE and (weigh is None or weigh(word) >= 0.5 * rarity)


def particulars(claim: Claim, text: str, weigh: Weigher, own: bool = False,
                skip: frozenset[str] = frozenset()) -> frozenset[str]:
    """The particular stems of ``text`` (a facet of ``claim`` or its whole text) and of the
    claim's names, less ``skip``.  ``own``: the words of a claim's own facet count where
    English does not use them everywhere (a story's own words, "asylum", "port of entry",
    are what two reports of one claim share); names, and an antecedent's words, only where
    the stored claims do not use them everywhere either (not the story's "Iran")."""
    words = _particular_words(text, None if own else weigh)
    names = _particular_names(tuple(e.text for e in claim.entities), weigh)
    return (words | names) - skip


# a claim's facet meets every claim it is scored with under one weigher (the seeds five
# times over: 17,000 readings of 1,200 claims' facets, each weighing every word): its
# particular words and names are read once a weigher (as ``lexical``'s term vectors are)
@lru_cache(maxsize=50_000)
def _particular_words(text: str, weigh: Weigher | None) -> frozenset[str]:
    return frozenset(stem(w) for w in content_words(text) if particular(w, weigh))


@lru_cache(maxsize=50_000)
def _particular_names(names: tuple[str, ...], weigh: Weigher) -> frozenset[str]:
    return frozenset(stem(w) for n in names for w in content_words(n) if particular(w, weigh))


def antecedent(claim: Claim, noun: str, article: Sequence[Claim]) -> Claim | None:
    """The nearest earlier claim of ``article`` (its claims in order) naming what ``noun``
    (a stem under a pointer in ``claim``) points at: the same noun, said not under a
    pointer, anywhere before; for an event noun, an event of its kind at most ``REACH``
    claims back, or else the claim just before."""
    before = [c for c in article if c.start < claim.start]
    kind = _kind_of(noun)
    for back, earlier in enumerate(reversed(before)):
        words = content_words(earlier.text)
        if noun in _stems(earlier.text) and noun not in pointed(earlier.text):
            return earlier
        if back < REACH and kind in KINDS and any(
                lemma(w) in KINDS and same_kind(kind, w) for w in words):
            return earlier
    # an event an article tells of in a verb ("Gunmen opened fire on a bus ...") is pointed
    # at from the sentence after it ("This incident ...")
    return before[-1] if before and kind in KINDS else None


# an article's earlier claims are read again for every pair one of its pointers meets
@lru_cache(maxsize=50_000)
def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in content_words(text))


@lru_cache(maxsize=10_000)
def _kind_of(noun: str) -> str:
    """The event noun a stem stands for ("incid" -> incident), or the stem."""
    for kind in KINDS:
        if stem(kind) == noun:
            return kind
    return noun


ArticleClaims = Callable[[str], Sequence[Claim]]


def pointer_apart(a: Claim, b: Claim, facet_a: str, facet_b: str, shared: Sequence[str],
                  article_claims: ArticleClaims, weigh: Weigher) -> bool:
    """Do two claims meet on a pointed noun (``shared``: the stems their best facets share)
    and share nothing particular once each pointer is read with its antecedent?"""
    pa, pb = pointed(facet_a), pointed(facet_b)
    on_pointer = set(shared) & (pa | pb)
    if not on_pointer:
        return False
    skip = frozenset(on_pointer)
    side_a = set(particulars(a, facet_a, weigh, own=True, skip=skip))
    side_b = set(particulars(b, facet_b, weigh, own=True, skip=skip))
    for claim, nouns, side in ((a, pa, side_a), (b, pb, side_b)):
        for noun in nouns & on_pointer:
            found = antecedent(claim, noun, article_claims(claim.article_id))
            if found is not None:
                side |= particulars(found, found.text, weigh, skip=skip)
    return side_a.isdisjoint(side_b)
