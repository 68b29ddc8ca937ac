"""What a reader is shown of a negation and of what it contradicts: a phrase that reads on
its own ("didn't poop", "not fist fighting", "not a nuclear weapon"), not the cue and the
one word it governs ("n't poop", "not fist", "not a nuclear"); a clause with its subject
("A man and a woman are shaking hands", not "a woman are shaking hands")."""

from __future__ import annotations

from service.contrast.negation.reading import (
    Reading,
    clause_end,
    clause_start,
    cue_start,
    is_content,
)
from service.contrast.text import Token

# words after the negated one that end its phrase at most: "isn't eagerly drinking",
# "not doing floor exercises", "not in 1st mass graves"
_PHRASE_REACH = 2


def shown_negation(neg: Reading, span: tuple[int, int]) -> tuple[int, int]:
    """From the cue (with the auxiliary "n't" is written onto) to the negated word and the
    words of its phrase right after it ("not rock climbing", "isn't cautiously feeding"),
    and on to the clause's end where the cue is a "no" before a noun ("no customer data was
    lost", not "no customer": the verb after it is what is denied), over an "and" that joins
    words ("no man and child kayaking", not "no man")."""
    at = next((j for j, t in enumerate(neg.toks) if t.start == span[0]), None)
    head = next((j for j, t in enumerate(neg.toks) if t.end == span[1]), None)
    if at is None or head is None:
        return span
    start = cue_start(neg.toks, at)
    if neg.toks[at].lower == "no":
        end = clause_end(neg.toks, head + 1)
        while end + 1 < len(neg.toks) and neg.toks[end].lower in ("and", "or") \
                and _goes_on(neg.toks, end + 1, clause_end(neg.toks, end + 1)):
            end = clause_end(neg.toks, end + 1)  # "no white and brown dog pacing"
        return (start, neg.toks[end - 1].end) if end > head + 1 else (start, span[1])
    last = head
    while last + 1 < len(neg.toks) and last - head < _PHRASE_REACH \
            and neg.toks[last + 1].start == neg.toks[last].end + 1 \
            and _of_the_phrase(neg, at, head, last + 1):
        last += 1
    return start, neg.toks[last].end


def _of_the_phrase(neg: Reading, at: int, head: int, k: int) -> bool:
    """The word at ``k`` ends the phrase the negated word begins: after an adverb ("isn't
    eagerly drinking"), as the "-ing" of a compound ("not rock climbing"), as the object of a
    verb in "-ing" ("not eating bamboo", "not doing floor exercises") or as the rest of a
    noun phrase the cue denies ("not a nuclear weapon", "not in 1st mass graves"); not a
    word of what follows ("isn't dead report is a hoax", "not been arrested sigh"), a
    preposition ("not running onto") or a name the verb is done to ("didn't meet Putin")."""
    toks = neg.toks
    word = toks[k]
    if not is_content(word) or word.lower in _PARTICLES \
            or (word.text[:1].isupper() and not toks[head].text[:1].isupper()):
        return False
    phrase = toks[at + 1:k]
    return toks[k - 1].lower.endswith("ly") or word.lower.endswith("ing") \
        or any(t.lower.endswith("ing") for t in phrase) \
        or (at + 1 < len(toks) and toks[at + 1].lower in _NOUN_PHRASE)


# prepositions and particles not in the stopwords: what follows them is another phrase
_PARTICLES = frozenset({"onto", "into", "across", "around", "near", "through", "along",
                        "alongside", "toward", "towards", "under", "behind", "past", "beyond",
                        "against", "among", "between", "within", "without", "upon", "via",
                        "inside", "outside", "despite", "amid", "since", "until"})
# what opens a noun phrase right after the cue: "not a nuclear weapon", "never a panel
# discussion", "not in 1st mass graves", "Not Those Of Missing Students"
_NOUN_PHRASE = frozenset({"a", "an", "the", "this", "that", "these", "those", "in", "at",
                          "from", "of", "on"})


def shown_clause(pos: Reading, span: tuple[int, int], tied: bool) -> tuple[int, int]:
    """The clause of the other side's asserted word, which the reader is shown whole
    ("Some customers reported losing data", not "customers"), with its subject and verb
    where a conjunction or comma cut them off; a span already read as what is said of a
    thing ("not a meteorite" / its subject) stays."""
    toks = pos.toks
    at = next((j for j, t in enumerate(toks) if t.start == span[0]), None)
    if tied or at is None:
        return span
    start = _back_to_start(toks, at)
    if start > 0 and toks[start - 1].lower in _NOUN_OPENERS \
            and (toks[start - 1].lower != "because" or toks[start].lower == "of"):
        start = _back_to_start(toks, start - 1)  # "because of a missing nuclear weapon"
    subjectless = toks[start].lower in _VERBS or toks[start].lower.endswith("ing")
    joined = False  # gone back over a part with no verb: a list of words, not clauses
    while start > 0 and toks[start - 1].lower in _JOINERS:
        joiner = start - 1
        while joiner > 0 and toks[joiner - 1].lower in _JOINERS:
            joiner -= 1  # ", and"
        begin = _back_to_start(toks, joiner) if joiner > 0 else joiner
        if begin == joiner:
            break
        # go back where the clause has no subject ("and is attached to a rope"), where the
        # part before has no verb ("The black | and white dog is running", "A man | and a
        # woman are"), or where a list gone back over has none (what "has" has: "red hair
        # and eyebrows, several piercings | and a tattoo")
        verb_before = _has_verb(toks, begin, joiner)
        if not (subjectless or not verb_before
                or (joined and not _has_verb(toks, start, clause_end(toks, at + 1)))):
            break
        joined = joined or not verb_before
        subjectless = subjectless and not verb_before
        start = begin
    end = clause_end(toks, at + 1)
    while end + 1 < len(toks) and toks[end].lower in ("and", "or") \
            and not _has_verb(toks, start, end) and not toks[end + 1].lower.endswith("ing"):
        # the subject goes on: "A white | and brown dog is walking" (not "... and smiling")
        end = clause_end(toks, end + 1)
    return toks[start].start, max(span[1], toks[end - 1].end)


_JOINERS = frozenset({"and", "or", ","})
# a verb a clause has of its own, or starts with where it has no subject of its own:
# "(The cheerleaders are parading and) wearing black", "(A boy ... and) is attached"
_VERBS = frozenset({"is", "was", "are", "were", "be", "been", "being", "has", "have", "had",
                    "will", "would", "can", "could", "does", "did", "remains"})
_NOUN_OPENERS = frozenset({"because", "despite", "amid", "amidst"})  # "because of the storm"


def _back_to_start(toks: list[Token], i: int) -> int:
    while not clause_start(toks, i):
        i -= 1
    return i


def _has_verb(toks: list[Token], start: int, end: int) -> bool:
    return any(t.lower in _VERBS for t in toks[start:end])


def _goes_on(toks: list[Token], start: int, end: int) -> bool:
    """The words after an "and" go on with the phrase before it ("no white | and brown dog",
    "in red | and blue pants"), not with another act of it ("no man singing | and playing
    the guitar", "and people are dancing")."""
    return end > start and not toks[start].lower.endswith("ing") \
        and not _has_verb(toks, start, end)
