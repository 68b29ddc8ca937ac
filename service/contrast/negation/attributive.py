"""A state word inside a noun phrase is said of that noun, not of the clause's subject:
"Police broke up a largely peaceful protest" tells the protest peaceful, not the police,
so it disputes "The protest turned violent" and leaves "Police turned violent" alone."""

from __future__ import annotations

from service.contrast.negation.lexicon import ANTONYMS, COPULA, PREPOSITIONS, WHEN_WORDS
from service.contrast.negation.reading import Reading, adverb_like
from service.contrast.text import STOPWORDS, Token, stem

# what opens a noun phrase before its adjective ("a peaceful protest", "their violent
# clashes"); an adverb of degree may stand between ("a largely peaceful protest")
# (not "that": "a law that prevents businesses" is a relative clause's verb)
OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "these",
                      "those", "our"})
# a time is no thing a state is of ("a peaceful night"); a month's name in lower case is a
# word ("a peaceful march")
_TIMES = WHEN_WORDS - {"march", "may"}
# words that place a noun or a time, no noun: "a peaceful protest outside parliament",
# "made a profit last year" (a noun state: its phrase ends with it)
_PLACED = frozenset({"outside", "inside", "near", "against", "across", "amid", "during",
                     "through", "under", "without", "within", "between", "around", "ahead",
                     "toward", "towards", "into", "onto", "than", "as", "last", "next",
                     "past", "previous", "earlier", "later", "ago", "per", "behind",
                     "beside", "beyond", "among", "along"})
# the pairs whose subject is read (each said only of one subject)
_OF_ONE = frozenset(pair for pair, _, _, converse in ANTONYMS if converse)


def attributive_subject(r: Reading) -> None:
    """Key each one-word state that stands between an opener and a noun by that noun."""
    for pair in _OF_ONE & r.poles.keys():
        noun = _noun_after(r, pair)
        if noun:
            r.subjects[pair] = noun
            r.pole_objects.pop(pair, None)  # the noun it sits before is its subject


def _noun_after(r: Reading, pair: str) -> str:
    """The noun the state of ``pair`` stands before, in a phrase an opener starts (its
    head, of two: "a peaceful student protest": protest); "" where the state is no
    adjective in a noun phrase ("was peaceful").  The claim may open with it ("Peaceful
    protesters were attacked": protesters)."""
    _, start, end = r.poles[pair]
    return attributive_noun(r.toks, start, end)


def attributive_noun(toks: list[Token], start: int, end: int,
                     openers: frozenset[str] = OPENERS) -> str:
    """The noun the word from char ``start`` to ``end`` stands before as its adjective
    (see ``_noun_after``); "" where it is none."""
    first = next((j for j, t in enumerate(toks) if t.start >= start), len(toks))
    last = next((j for j, t in enumerate(toks) if t.end >= end), len(toks))
    if last != first or first >= len(toks):
        return ""  # a phrase ("turned violent"), no adjective
    j = first - 1
    while j >= 0 and adverb_like(toks[j].lower) and toks[j].text.islower():
        j -= 1  # "a largely peaceful protest"
    if j >= 0 and toks[j].lower not in openers:
        # "was peaceful", "remained largely peaceful": a predicate; after a comma it may be
        # a verb ("..., sharply cut federal aid"), so only the claim's first word opens
        return ""
    if j < 0 and not toks[first].text[:1].isupper():
        return ""  # "abandoned outside railway station": a headline's verb
    after = toks[last + 1:last + 3]
    if not after or not _noun_like(after[0]):
        return ""
    head = after[0]
    if len(after) == 2 and _noun_like(after[1]) and not after[1].lower.endswith("s"):
        # the head of two nouns ("an unarmed black man": man), as in "the student protest"
        # ``_same_subject`` matches the head; not a word in "s" ("a peaceful protest
        # continues": a verb may follow the noun)
        head = after[1]
    return stem(head.lower)


def _noun_like(t: Token) -> bool:
    """A lower-case word that may be a noun: no stopword, time, participle or adverb."""
    return t.is_word and t.text.islower() and t.lower not in STOPWORDS \
        and t.lower not in PREPOSITIONS | _PLACED and t.lower not in _TIMES \
        and not t.lower.endswith("ed") and not adverb_like(t.lower)


# verbs that link a state to their subject (or object: "declared the strike illegal"): a
# state after them is said of that, not of a noun it happens to stand before
_LINKING = COPULA | frozenset({"remain", "remained", "become", "became", "becomes", "seem",
                               "seems", "seemed", "declared", "deemed", "ruled", "found",
                               "called", "considered", "not", "n't", "never"})


def kind_noun(toks: list[Token], first: int, last: int) -> list[str]:
    """The noun phrase a one-word state (token ``first`` = ``last``) stands right before, as
    the kind of thing it says ("several attempted illegal entries": entries; "crossing
    through a legal port of entry": port; "total government tax revenue": all four, as the
    head is not told from a verb after it); [] where it is a predicate ("the crossing was
    legal") or stands before no noun.  Unlike ``attributive_noun`` no opener is needed: a
    participle or a count may come between ("attempted", "several")."""
    if first != last or (first > 0 and toks[first - 1].lower in _LINKING):
        return []
    run: list[str] = []
    for t in toks[last + 1:last + 4]:
        if not _noun_like(t):
            break
        run.append(t.text)
    return run
