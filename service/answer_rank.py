"""Which clusters answer a query, and in what order.

A store holds many stories.  Cosine between a question and a claim says how alike the two
read, and a generic sentence of another story ("Shares fell after the announcement") can
read nearer a question than the reports that answer it, which carry its names and rare
words in other wording.  So a cluster is ranked by what of the question it holds: the
question's particular words (its names and uncommon words, each weighed as matching weighs
a word: rarity in English scaled by rarity in the store, so the story's own name weighs
little), and its cosine.  A cluster that holds none of the question's particular words,
where others hold some, is another story's: it is no answer however near it reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from embeddings.claims.entities import find_entities
from embeddings.lexical import Weigher, content_words, general_rarity
from service.question_names import question_names
from service.questions import COMMON_WORD, words_asked_about
from service.word_forms import word_key

# a word of the query that is common in English ("data", "people", "cause") says no subject
SUBJECT_RARITY = 2.0  # ``general_rarity``: Zipf frequency 5 or less

# a word rarer than this singles out a story, as a name does ("taper", "caravan",
# "lawsuit"; not "shares", "jobs", "border"): Zipf frequency below ``COMMON_WORD``, the
# line ``names_asked`` draws for a name that is also a word
STORY_RARITY = 7.0 - COMMON_WORD

# a word English has other uses for ("stealing", "lobby", "pace"; not "taper", "underwriter"):
# Zipf 3.5 or more, the line ``claims.name_words`` draws between a word and a name.  Shared
# alone, such a word is as likely chance as the story ("stealing" / "stolen from the DNC")
ORDINARY_RARITY = 7.0 - 3.5

# how much the share of the question's weighed words a cluster holds adds to its cosine
# (0.2-0.5 ranked alike on both stores; a term for the cluster's outlets, 0.05 x
# log(sources) / log(10), gained one top answer on UCI and lost one on NewsWCL50+Emergent)
CONTENT_WEIGHT = 0.3


def query_terms(query: str, weigh: Weigher) -> dict[str, float]:
    """Key (``word_key``) -> weight of the words ``query`` asks about (not its question
    form)."""
    terms: dict[str, float] = {}
    for word in words_asked_about(query):
        key = word_key(word)
        terms[key] = max(terms.get(key, 0.0), weigh(word))
    return terms


def named_stems(query: str) -> frozenset[str]:
    """The keys of the query's names, unless English uses them every day ("Party",
    "House"); "Iran", "Trump" and "Apple" do count, though ``names_asked`` takes them for
    words."""
    return frozenset(word_key(w) for e in find_entities(query) for w in content_words(e.text)
                     if general_rarity(w) >= SUBJECT_RARITY)


def particular_stems(query: str) -> frozenset[str]:
    """The keys of the query's names and uncommon words: what singles out its story
    ("Plosser", "Iran", "taper"; not "says", "data", "weather")."""
    # a hyphened word by its rare parts ("Nagorno-Karabakh"; not "bond" of "bond-buying")
    words = {p for w in words_asked_about(query) for p in {w, *w.split("-")} if len(p) > 1}
    return named_stems(query) | {word_key(w) for w in words
                                 if general_rarity(w) > STORY_RARITY}


def _stems(word: str) -> set[str]:
    """A word's key (``word_key``: "fled" is "flee"), and those of its hyphened parts:
    "Nagorno-Karabakh" holds "Karabakh"."""
    parts = [p for p in word.split("-") if len(p) > 1] if "-" in word else []
    return {word_key(word), *map(word_key, parts)}


def stems_of(texts: Iterable[str]) -> set[str]:
    return {s for text in texts for w in content_words(text) for s in _stems(w)}


def coverage(terms: Mapping[str, float], held: set[str]) -> float:
    """The share of the query's weighed words ``held`` holds (0..1)."""
    total = sum(terms.values())
    return sum(w for k, w in terms.items() if k in held) / total if total else 0.0


def answer_score(cosine: float, cover: float) -> float:
    return cosine + CONTENT_WEIGHT * cover


def of_their_articles(held: Mapping[int, set[str]],
                      articles: Mapping[int, set[str]]) -> dict[int, set[str]]:
    """Each cluster's words with those of the clusters it shares an article with: one
    article's sentences are of one story, and "Six people were killed, the governor said"
    is of the hurricane its article names in another sentence.  So the question's words
    tell one story from another, and within a story the nearest claim ranks first."""
    by_article: dict[str, set[int]] = {}
    for cid, arts in articles.items():
        for art in arts:
            by_article.setdefault(art, set()).add(cid)
    out = {cid: set(words) for cid, words in held.items()}
    for cid, arts in articles.items():
        for art in arts:
            for other in by_article[art]:
                out.setdefault(cid, set()).update(held.get(other, set()))
    return out


def names_held_by_none(query: str, held: Sequence[set[str]]) -> bool:
    """Whether ``query`` gives names and none of ``held`` (the clusters near it) holds one.
    Then its story is not among them ("Did foreign insurers lobby to open up Guangdong
    market?" where no claim names Guangdong), and a cluster sharing one uncommon word with
    it shares that by chance ("Ackman Dwarfed By Herbalife Spending In Lobbying Battle")."""
    names = written_names(query)
    return bool(names) and not any(names & h for h in held)


def written_names(query: str) -> frozenset[str]:
    """The keys of the names ``query`` gives where its case cannot mislead
    (``question_names``: a Title Case headline's "Landmark", "Identity" are words), unless
    English uses them every day."""
    return frozenset(word_key(w) for n in question_names(query) for w in content_words(n)
                     if general_rarity(w) >= SUBJECT_RARITY)


def ordinary_stems(query: str) -> frozenset[str]:
    """The keys of the query's particular words English has other uses for ("stealing",
    "lobby"), written in lower case and no part of its names: one of them shared alone may
    be chance.  A word with a capital may be a name the entity finder missed ("iOS")."""
    written = {re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’-]+", query) if w.islower()}
    words = {p for w in words_asked_about(query) if w in written
             for p in {w, *w.split("-")} if len(p) > 1}
    return frozenset(word_key(w) for w in words
                     if STORY_RARITY < general_rarity(w) <= ORDINARY_RARITY) - named_stems(query)


def lone_word_holders(query: str, holds: Mapping[int, frozenset[str]]) -> set[int]:
    """The clusters that hold one only of the query's particular words, an ordinary one,
    where another holds two or more (``holds``: each cluster's share of the particular
    words): "A man caught stealing women's underwear ..." meets the underwear thief's
    cluster on "stealing" and "underwear", and "information stolen from the DNC" on a verb
    of another story."""
    if max(map(len, holds.values()), default=0) < 2:
        return set()
    ordinary = ordinary_stems(query)
    return {cid for cid, h in holds.items() if len(h) == 1 and h <= ordinary}


def rank_answers(rows: Sequence[dict[str, Any]], best: Mapping[int, float],
                 held: Mapping[int, set[str]], query: str, weigh: Weigher,
                 first: set[int], articles: Mapping[int, set[str]] | None = None,
                 names_needed: bool = False, lone_words: bool = False
                 ) -> list[dict[str, Any]]:
    """``rows`` (stored cluster rows) best answer first, less the clusters of other
    stories.  ``best``: each cluster's best cosine to the query; ``held``: the stems its
    claims hold; ``first``: clusters that answer the kind of quantity asked, which come
    first (``questions.quantity_asked``); ``articles``: the articles of the claims read of
    each cluster (``of_their_articles``); ``names_needed``: where no cluster holds a name
    the query gives, one needs two of its particular words (``names_held_by_none``);
    ``lone_words``: one ordinary word shared alone is chance where another cluster shares
    two (``lone_word_holders``)."""
    held = of_their_articles(held, articles or {})
    particular = particular_stems(query)
    if names_needed and names_held_by_none(query, [held.get(r["id"], set()) for r in rows]):
        rows = [r for r in rows if len(particular & held.get(r["id"], set())) >= 2]
    # where some cluster holds the query's particular words, one holding none of them is
    # of another story; where none does (a paraphrase), cosine alone must do
    if any(particular & held.get(r["id"], set()) for r in rows):
        rows = [r for r in rows if particular & held.get(r["id"], set())]
    if lone_words:
        chance = lone_word_holders(query, {r["id"]: particular & held.get(r["id"], set())
                                           for r in rows})
        rows = [r for r in rows if r["id"] not in chance]
    terms = query_terms(query, weigh)

    def score(row: dict[str, Any]) -> float:
        return answer_score(best[row["id"]], coverage(terms, held.get(row["id"], set())))

    return sorted(rows, key=lambda r: (r["id"] not in first, -score(r), r["id"]))


__all__ = ["CONTENT_WEIGHT", "ORDINARY_RARITY", "STORY_RARITY", "SUBJECT_RARITY",
           "answer_score", "coverage", "lone_word_holders", "named_stems",
           "names_held_by_none", "of_their_articles", "ordinary_stems", "particular_stems",
           "query_terms", "rank_answers", "stems_of", "written_names"]
