"""What a reader is shown of a negation: a phrase that reads on its own ("didn't poop",
"not fist fighting", "not a nuclear weapon"), not the cue and the one word it governs
("n't poop", "not fist", "not a nuclear")."""

from __future__ import annotations

from service.contrast.negation.reading import Reading, clause_end, cue_start, is_content

# words after the negated one that end its phrase at most: "isn't eagerly drinking",
# "not doing floor exercises", "not in 1st mass graves"
_PHRASE_REACH = 2


def shown_negation(neg: Reading, span: tuple[int, int]) -> tuple[int, int]:
    """From the cue (with the auxiliary "n't" is written onto) to the negated word and the
    words of its phrase right after it ("not rock climbing", "isn't cautiously feeding"),
    and on to the clause's end where the cue is a "no" before a noun ("no customer data was
    lost", not "no customer": the verb after it is what is denied)."""
    at = next((j for j, t in enumerate(neg.toks) if t.start == span[0]), None)
    head = next((j for j, t in enumerate(neg.toks) if t.end == span[1]), None)
    if at is None or head is None:
        return span
    start = cue_start(neg.toks, at)
    if neg.toks[at].lower == "no":
        end = clause_end(neg.toks, head + 1)
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
