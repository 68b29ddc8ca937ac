"""Who does what: two claims whose main acts and agents differ (measured; off by default).

A reader takes two sentences for one claim when their actors and acts meet ("the senator
blocked the bill" / "the bill was stopped by the senator"), not when both mention the
story's people.  Without a tagger, a facet's main predication is read from the shapes
``embeddings.predication`` reads a finite verb by: the first auxiliary (and the participle
or verb it carries: "has been trying" -> trying), finite past or present verb, and the
subject before it, after the last clause opener.  Two facets whose acts differ (their verbs
are of two stems and neither stem is said in the other facet), whose agents are not one
(no name of one is in the other's subject, and neither subject's head noun is said in the
other claim) and that share nothing particular (``pointers.particulars``, the story's places
and peoples left out) are two acts of the story: ``ClusterConfig.act_malus``.  A light verb
("is", "has", "will" with no verb after) says no act, and then nothing is read; nor is the
verb of a relative clause left without its "that" ("the atrocities he referred to were").
Off by default: as a pair feature it is no better than chance against a reader's judgement
(outlets tell one act with other verbs and subjects), and at 0.1 it lost a seed group to a
reshuffle (docs/matching.md, fifty-first session).
"""

from __future__ import annotations

import re

from embeddings import predication as P
from embeddings.lexical import Weigher, content_words, stem
from embeddings.matching import entity_key
from embeddings.pointers import particulars
from embeddings.subjects_apart import _place_stems
from embeddings.types import Claim

_WORD = re.compile(r"[\w’'-]+")


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\S+", text))


_MODALS = _words("will would can could may might must should shall do does did")
_CARRIED = _words("not been be being also never")
# verbs that say no act of their own ("is", "has" a thing): no predication read
_LIGHT = _words("is are was were am be been has have had do does did") | _MODALS
_CLAUSE = _words("that which who and but if when as while because after before since "
                "whether where")
_PRONOUNS = _words("i we he she they it you")
_FILLERS = _words("also not now then still just")
_NOT_NAMES = _words("the a an and but if in when after mr ms mrs")


def main_verb(piece: str) -> tuple[int, str] | None:
    """(word index, verb) of ``piece``'s first finite predication, or None."""
    words = _WORD.findall(piece)
    for at, word in enumerate(words):
        low = word.lower()
        if _zero_relative(words, at):
            continue  # "the atrocities he referred to were ...": the verb of a relative
        if low in P._AUXILIARIES and not P._month(words, at):
            j = at + 1
            while j < len(words) and (words[j].lower() in P._AUXILIARIES
                                      or words[j].lower() in _CARRIED or P._adverb(words[j])):
                j += 1
            if j < len(words) and words[j].isalpha() and words[j].islower() and (
                    words[j].endswith(("ed", "ing", "en")) or words[j] in P.IRREGULAR_PASTS
                    or low in _MODALS):
                return at, words[j]
            return at, low
        if P._past(words, at) or P._present(words, at) or P._base_present(words, at):
            return at, word
    return None


def _zero_relative(words: list[str], at: int) -> bool:
    """A verb whose pronoun subject follows a noun straight on ("the atrocities he referred
    to", "the money they raised"): a relative clause with its "that" left out."""
    return at >= 2 and words[at - 1].lower() in _PRONOUNS and words[at - 2].isalpha() \
        and words[at - 2].islower() and words[at - 2] not in P._FUNCTION_WORDS \
        and words[at - 2] not in P._AUXILIARIES and not P._adverb(words[at - 2]) \
        and words[at - 2] not in _CLAUSE and not words[at - 2].endswith("ed")


def _subject(piece: str, at: int) -> list[str]:
    words = _WORD.findall(piece)[:at]
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in _CLAUSE:
            words = words[i + 1:]
            break
    return [w for w in words if not P._adverb(w) and w.lower() not in _FILLERS]


def _head(subject: list[str]) -> str | None:
    if not subject:
        return None
    head = subject[-1].lower().removesuffix("’s").removesuffix("'s")
    return None if head in _PRONOUNS else stem(head)


def acts_differ(a: Claim, b: Claim, facet_a: str, facet_b: str, weigh: Weigher) -> bool:
    """Do two facets tell two acts by two agents (or agents unnamed), sharing nothing
    particular?"""
    va, vb = main_verb(facet_a), main_verb(facet_b)
    if va is None or vb is None or va[1].lower() in _LIGHT or vb[1].lower() in _LIGHT:
        return False
    words_a = {stem(w) for w in content_words(facet_a)}
    words_b = {stem(w) for w in content_words(facet_b)}
    ta, tb = stem(va[1].lower()), stem(vb[1].lower())
    if ta == tb or ta in words_b or tb in words_a:
        return False
    sa, sb = _subject(facet_a, va[0]), _subject(facet_b, vb[0])
    names_a = {entity_key(w) for w in sa if w[:1].isupper() and w.lower() not in _NOT_NAMES}
    names_b = {entity_key(w) for w in sb if w[:1].isupper() and w.lower() not in _NOT_NAMES}
    if names_a & names_b:
        return False
    ha, hb = _head(sa), _head(sb)
    if (ha and ha in {stem(w) for w in content_words(b.text)}) \
            or (hb and hb in {stem(w) for w in content_words(a.text)}):
        return False
    places = _place_stems(a) | _place_stems(b)
    return (particulars(a, facet_a, weigh) - places).isdisjoint(
        particulars(b, facet_b, weigh) - places)
