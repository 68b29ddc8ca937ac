"""A negation in a word's own letters: "unproductive" is "not productive", "impossible"
"not possible"; "united", "important", "unemployment" and "unconfirmed" are not.

Split from ``reader.py`` (which reads a whole claim and asks this of each word): the
prefixes, their endings and the words they do not negate are a lexicon of their own."""

from __future__ import annotations

from service.contrast.negation.lexicon import ANTONYMS

# adjectives a prefix negates ("unproductive", "impossible", "incorrect"), known by their
# ending; "unemployment" / "employment" are two measures, not a negation, and no -ed form:
# "The vote was unexpected" says nothing against "Analysts had expected the vote to fail"
_UN_ENDINGS = ("ive", "able", "ible", "ful", "al", "ous", "ar", "ic", "ent", "ant")
_IN_ENDINGS = ("ive", "able", "ible", "al", "ent", "ant", "ect")
# participles after "un" that are no "not X" of what the other side says: "unrelated"
# ("related to"), "unlimited", "undocumented migrants", "ran unopposed", an "unexpected" result
# against what is "expected to" happen, an "unannounced" or "unscheduled" visit
_UN_PARTICIPLES_NOT = frozenset({"unprecedented", "unrelated", "unlimited", "undocumented",
                                 "unopposed", "undated", "unannounced", "unscheduled",
                                 "unexpected", "unexplained", "unwanted", "unused",
                                 # other senses: "uncovered evidence" (found), "spread
                                 # unchecked", "unqualified support" (whole), "many cases
                                 # went unreported" (against "officials reported 50 cases")
                                 "uncovered", "unchecked", "unqualified", "unreported",
                                 # groups named by what befell them or not, which are two
                                 # groups, not a denial ("unvaccinated" / "vaccinated
                                 # children", "unemployed" / "employed workers")
                                 "unvaccinated", "unemployed", "uninsured", "unmarried",
                                 "unelected", "unaccompanied", "unintended", "unsolicited"})
_PARTICIPLE_ZIPF = 3.5  # "justified" 3.9, "provoked" 3.3 (then not read), "affected" 4.6
_UN_WORDS = frozenset({"fair", "clear", "known", "sure", "likely", "true", "safe", "wise",
                       "armed", "harmed", "hurt", "injured"})
# prefixed words that mean something else than "not X", or say how a thing is sourced
# ("unconfirmed reports", "an unnamed official"), not what is the case
_NOT_NEGATIONS = frozenset({"incredible", "invaluable", "inflammable", "infamous",
                            "indifferent", "unveiled", "immaterial", "impressive",
                            "unconfirmed", "unverified", "unspecified", "undisclosed",
                            "unnamed", "unidentified", "unsourced", "unattributed",
                            # a word of its own, whatever its letters
                            "immigrant", "informative", "implant", "immemorial",
                            "irrespective", "invariant"})


_POLE_WORDS = frozenset(w for _, yes, no, _ in ANTONYMS for phrase in yes + no
                        for w in phrase.split())


def prefixed_negation(word: str) -> str | None:
    """The word a prefix negates, if it is a common word: "unproductive" -> "productive",
    "impossible" -> "possible"; None for "united", "important", "imposed", "incredible"."""
    from wordfreq import zipf_frequency

    if word in _NOT_NEGATIONS or word in _POLE_WORDS or len(word) < 6 or "-" in word:
        return None  # "unsafe", "illegal": read as poles, once
    base = word[2:]
    if word.startswith("un"):
        ok = base in _UN_WORDS or (len(base) >= 4 and base.endswith(_UN_ENDINGS)) or (
            # "unjustified", "unprovoked", "unaffected": a participle negated, where the
            # participle is a word in its own right ("unprecedented" says no "precedented")
            len(base) >= 5 and base.endswith("ed") and word not in _UN_PARTICIPLES_NOT
            and zipf_frequency(base, "en") >= _PARTICIPLE_ZIPF)
    elif word[:2] in ("in", "im", "il", "ir"):
        # the prefix as the next letter shapes it: "impossible", "illogical", "irrelevant"
        fits = {"im": "bmp", "il": "l", "ir": "r"}.get(word[:2])
        ok = len(base) >= 5 and base.endswith(_IN_ENDINGS) and (fits is None or base[0] in fits) \
            and not (word[:2] == "in" and base[0] in "blmpr")
    else:
        return None
    if base.endswith("ment"):
        return None  # "unemployment" / "employment": two measures
    return base if ok and zipf_frequency(base, "en") >= 3.0 else None
