"""Negated clauses, and negations that assert nothing: "migrants who don't pass", "must
not", "no further X", "the belief that X", asides between dashes."""

from __future__ import annotations

from service.contrast.negation.elided import elided
from service.contrast.negation.lexicon import (
    CLAUSE_MARKS,
    CLAUSE_WORDS,
    COPULA,
    CUES,
    DASHES,
    DENY,
    HEAD_SKIP,
    HELD,
    HOLD_BACK,
    LITOTES,
    PREPOSITIONS,
    REPORTING_VERBS,
    RESTRICTIVE,
    SUBJECT_REACH,
    THAT_COMPLEMENT,
    WHEN_WORDS,
)
from service.contrast.negation.reading import (
    Reading,
    clause_end,
    is_content,
    is_cue,
    name_like,
    sentence_end,
)
from service.contrast.negation.teasers import teaser
from service.contrast.text import Token, stem

_HOLDER = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
                     "their", "our", "my", "your", "such", "any"})


_ALLEGED = frozenset({"alleged", "suspected", "purported", "possible", "potential"})
# what an inquiry, a charge or a complaint is about: "a probe into alleged fraud", "charged
# with suspected bribery", "sued over alleged abuse"
_INTO = frozenset({"into", "of", "over", "for", "about", "with", "on"})


def reported_tokens(toks: list[Token]) -> frozenset[int]:
    """Tokens of "DET (ADJ ...) NOUN (...is) that <clause>" with a belief or statement noun:
    "the belief that vaccines can lead to autism", "the idea behind it is that ...".  A
    determiner within three words before the noun tells the noun ("the claims that") from
    the verb ("Report claims that")."""
    out: set[int] = set()
    for i in range(1, len(toks) - 1):
        if toks[i].lower in _ALLEGED and toks[i - 1].lower in _INTO:
            # "took over the probe into alleged collusion between ...": the probe is said,
            # the collusion only what it looks into ("allegedly colluded" still claims it)
            out.update(range(i + 1, clause_end(toks, i + 1)))
            continue
        if toks[i].lower in _REPORTING_PARTICIPLES and any(
                t.lower in _UTTERANCES for t in toks[max(0, i - 5):i]):
            # "made comments about vaccines, linking immunizations to autism": what the
            # comments said, not what the sentence asserts
            out.update(range(i + 1, _past_aside(toks, clause_end(toks, i + 1))))
            continue
        if toks[i].lower not in HELD:
            continue
        before = toks[max(0, i - 3):i]
        # after a determiner, a possessive or a denial ("rejected claims that"): a noun
        if not any(t.lower in _HOLDER or t.lower.endswith("'s") or t.lower in DENY
                   for t in before) \
                or any(t.lower in CLAUSE_MARKS for t in before):
            continue
        that = that_after(toks, i)
        if that is not None:
            out.update(range(that + 1, _past_aside(toks, clause_end(toks, that + 1))))
    return frozenset(out)


# "the protests would go on until the reform was withdrawn", "unless the plan is scrapped",
# "if the dam fails": what these open says what would end or cause something, not what
# happened, so nothing in it is stated
CONDITIONS = frozenset({"if", "unless", "until", "till", "whether", "lest"})


def conditional_tokens(toks: list[Token]) -> frozenset[int]:
    out: set[int] = set()
    for i, tok in enumerate(toks):
        if tok.lower in CONDITIONS:
            out.update(range(i + 1, clause_end(toks, i + 1)))
    return frozenset(out)


_UTTERANCES = frozenset({"comment", "comments", "remark", "remarks", "statement", "statements",
                         "tweet", "tweets", "post", "posts", "posting", "postings"})


_REPORTING_PARTICIPLES = frozenset({"linking", "suggesting", "saying", "claiming", "alleging",
                                    "asserting", "implying", "tying", "connecting", "blaming"})


def _past_aside(toks: list[Token], end: int) -> int:
    """A clause end at a dash that opens an aside ("these vaccines — and they are medical
    miracles — can cause autism"): the clause goes on after the closing dash."""
    if end >= len(toks) or toks[end].lower not in DASHES:
        return end
    stop = sentence_end(toks, end)
    close = next((j for j in range(end + 1, stop) if toks[j].lower in DASHES), None)
    return end if close is None else clause_end(toks, close + 1)


def that_after(toks: list[Token], i: int) -> int | None:
    """The "that" opening what the noun at ``i`` holds: next to it, or after a copula a few
    words on ("the idea behind the conspiracy is that")."""
    if i + 1 < len(toks) and toks[i + 1].lower == "that":
        return i + 1
    for j in range(i + 1, min(i + 6, len(toks) - 1)):
        if toks[j].lower in CLAUSE_MARKS or toks[j].lower in CLAUSE_WORDS:
            return None
        if toks[j].lower in ("is", "was") and toks[j + 1].lower == "that":
            return j + 1
    return None


_CONDITION = frozenset({"if", "unless"})


# "not the only one who", "not the first time that": others did it too, or it happened before
_NOT_ALONE = frozenset({"only", "first", "last", "sole", "kind", "type", "sort", "same", "way"})


def denied_doer(toks: list[Token], i: int, end: int) -> int | None:
    """"The actor was not the man who rescued the child", "is not one of the heroes who took
    down the gunman": the cue denies that the subject did what the relative clause says, so
    the negation reaches through "who"; returns the new clause end (None: no such frame).
    The words between the cue and "who" only say who was not meant."""
    if end >= len(toks) or toks[end].lower not in ("who", "that") or i + 1 >= end:
        return None
    j = i + 1
    if toks[j].lower == "one" and j + 1 < end and toks[j + 1].lower == "of":
        j += 2
    if j >= end or toks[j].lower != "the" or end - j - 1 > 4 or end - j - 1 < 1:
        return None
    if any(t.lower in _NOT_ALONE or not t.is_word for t in toks[j + 1:end]):
        return None
    return clause_end(toks, end + 1)


def only_describes(toks: list[Token], i: int) -> bool:
    start = subject_start(toks, i)
    if start == 0:
        return False
    opener = toks[start - 1].lower
    if opener in _CONDITION:
        return True
    # a relative clause with no comma before it restricts a noun ("migrants who don't");
    # after a comma it tells something about it ("Trump, who did not attend, ...")
    return opener in RESTRICTIVE and start >= 2 and toks[start - 2].is_word \
        and toks[start - 2].lower not in RESTRICTIVE


_MAIN_VERB_START = frozenset({"is", "was", "are", "were", "will", "would", "can", "could",
                              "has", "have", "had", "must", "should", "may", "might"})


def relative_end(toks: list[Token], i: int, end: int) -> int:
    """Where a restrictive relative clause ends and its sentence goes on: "A man who had not
    been seen for years | was found alive" (the negation stops before the main verb)."""
    content = False
    for j in range(i + 1, end):
        if content and toks[j].lower in _MAIN_VERB_START:
            return j
        content = content or is_content(toks[j])
    return end


# "must not be met with protests": a demand or advice, not a statement that something is false
_DEONTIC = frozenset({"must", "should", "ought", "shall", "need", "mustn't", "shouldn't"})
# "is better not together", "would rather not comment", "better off not knowing": what is
# preferred, which says nothing of what is the case
_PREFERENCE = frozenset({"better", "best", "rather"})


# "no further extensions", "not any more tests": more of a thing is denied, and with it the
# thing is taken for given ("the temporary extension" agrees)
_ADDITIVE = frozenset({"further", "more", "additional", "extra", "other", "new"})


# "Countries that don't have exemptions": "that" right before the verb is a relative pronoun
_RELATIVE_VERBS = frozenset({"do", "does", "did", "has", "have", "had", "is", "are", "was",
                             "were", "will", "would", "can", "could", "may", "might", "n't",
                             "not", "never"})


def states_nothing(toks: list[Token], i: int) -> bool:
    """Negations that deny no statement a matching claim could make: an obligation or advice
    ("must not", "should not"), a preference ("better not"), a headline's teaser ("you won't
    believe"), more of a thing ("no further extensions"), and a "that"
    relative clause picking out things ("countries that don't have exemptions will ...")."""
    low = toks[i].lower
    before = toks[i - 1].lower if i > 0 else ""
    if low in ("not", "n't") and (before in _DEONTIC or before in _PREFERENCE or (
            before == "off" and i > 1 and toks[i - 2].lower in _PREFERENCE)):
        return True
    if teaser(toks, i):  # "You'll never guess how ...": the story told as a surprise
        return True
    after = [t.lower for t in toks[i + 1:i + 3]]
    if after[:1] == ["any"]:
        after = after[1:]
    if low in ("no", "not", "n't") and after[:1] and after[0] in _ADDITIVE \
            and after[1:2] != ["than"]:
        return True
    if low in ("not", "n't") and _not_the_first(toks, i):
        return True
    start = subject_start(toks, i)
    that = next((j for j in range(i - 1, max(start - 1, i - 3), -1)
                 if toks[j].lower == "that"), None)
    return that is not None and that > 0 and toks[that - 1].is_word \
        and toks[that - 1].lower not in THAT_COMPLEMENT \
        and toks[that - 1].lower not in REPORTING_VERBS \
        and all(t.lower in _RELATIVE_VERBS for t in toks[that + 1:i + 1])


def bounded_in_time(toks: list[Token], i: int, end: int) -> bool:
    """"won't close until May", "has not met him since May": the negation holds for a while,
    and says the thing happened (or will) outside it."""
    if any(t.lower == "until" for t in toks[i + 1:end]):
        return True
    if end + 1 >= len(toks) or toks[end].lower != "since":
        return False
    nxt = toks[end + 1]
    return nxt.text[:1].isdigit() or nxt.lower in WHEN_WORDS \
        or nxt.lower in ("then", "last", "early", "late", "mid")


_ORDINAL = frozenset({"first", "only", "last", "second", "sole"})


def _not_the_first(toks: list[Token], i: int) -> bool:
    """"It was not the first time that X", "not the only country to ban X": X happened (and
    not for the first time), so nothing in it is denied."""
    after = [t.lower for t in toks[i + 1:i + 5]]
    # "not the first time the plant has been shelled": "time" needs no "that"
    return len(after) == 4 and after[0] == "the" and after[1] in _ORDINAL \
        and (after[3] in ("that", "who", "to", "when") or after[2] in ("time", "occasion"))


def contrastive(toks: list[Token], i: int) -> bool:
    """"decided by their biology, not by their claimed gender identity": after a comma,
    "not" + preposition sets an alternative beside what the sentence asserts; it denies no
    one's statement (the other side would have to say "decided by gender identity")."""
    return toks[i].lower == "not" and i > 0 and toks[i - 1].lower == "," \
        and i + 1 < len(toks) and toks[i + 1].lower in PREPOSITIONS


def pronoun_is_not(toks: list[Token], i: int) -> bool:
    """"it's not a mass shooting; it's an election": what "it" is cannot be told, so the
    rest of the negated phrase ("shooting") ties it to nothing the other side says."""
    if toks[i].lower == "none" and [t.lower for t in toks[i + 1:i + 3]][:1] == ["of"]:
        return i + 2 < len(toks) and toks[i + 2].lower in ("this", "that", "it", "these",
                                                             "those", "them")
    start = subject_start(toks, i)
    subject = toks[start:i]
    return bool(subject) and not any(is_content(t) for t in subject) \
        and subject[0].lower in ("it", "it's", "this", "that", "that's") \
        and (toks[i - 1].lower in COPULA or toks[i - 1].lower.endswith("'s"))


def existential(toks: list[Token], i: int) -> bool:
    """"Nobody is ...", "There is no dog ...": what is negated is that the thing exists."""
    low = toks[i].lower
    if low == "none" and i + 1 < len(toks) and toks[i + 1].lower == "of":
        return False  # "none of the soldiers": what is negated is said of them, not of anything
    if low in ("nobody", "nothing", "none"):
        return True
    if low == "no" and i + 1 < len(toks) and toks[i + 1].lower == "one":
        return True  # "no one had been arrested": that anyone was
    return low == "no" and i >= 2 and toks[i - 1].lower in ("is", "are", "was", "were") \
        and toks[i - 2].lower == "there"


_PLACE_PREPOSITIONS = frozenset({"from", "in", "at"})


def negated_predicate(toks: list[Token], i: int, head: int) -> str | None:
    """"explosion not a meteorite", "is not an accident" -> "identity"; "photo is not from
    Gaza", "was not in Paris" -> "place": the cue denies what or where the subject is, so
    the negated word is the other side's subject or place, not a word of its predicate."""
    between = [t.lower for t in toks[i + 1:head]]
    if between in (["a"], ["an"]) and toks[head].is_word:
        return "identity"
    if len(between) == 1 and between[0] in _PLACE_PREPOSITIONS and toks[head].text[:1].isupper():
        return "place"
    return None


def place_span(r_toks: list[Token], word: str) -> tuple[int, int] | None:
    """Where a claim names ``word`` as a place ("taken in Gaza", "from Kyiv"), preposition
    and all, if it does; not where a cue before it in its sentence denies it ("did not meet
    in Vienna", "in Lebanon, not in Gaza"): the claim does not place anything there."""
    for j, t in enumerate(r_toks):
        if j > 0 and r_toks[j - 1].lower in _PLACE_PREPOSITIONS and stem(t.text) == word:
            opens = max((k + 1 for k in range(j) if r_toks[k].lower in ".!?"), default=0)
            if not any(is_cue(r_toks, k) for k in range(opens, j)):
                return r_toks[j - 1].start, t.end
    return None


def subject_span(r_toks: list[Token], word: str) -> tuple[int, int] | None:
    """Where ``word`` is a claim's subject, if it is: its first noun, right at its start or
    after an article ("A meteorite landed", "The blast was caused by ...")."""
    first = 1 if r_toks and r_toks[0].lower in ("a", "an", "the") else 0
    if first < len(r_toks) and stem(r_toks[first].text) == word:
        return r_toks[first].start, r_toks[first].end
    return None


def subject_start(toks: list[Token], i: int) -> int:
    """Where the clause of the cue at ``i`` starts: its subject and auxiliary, not a whole
    chain of verbs before it."""
    start = i
    while start > max(0, i - SUBJECT_REACH) and not (toks[start - 1].lower in CLAUSE_MARKS
                                                      or toks[start - 1].lower in CLAUSE_WORDS):
        start -= 1
    return start


def read_negated_clause(r: Reading, i: int, end: int) -> None:
    """The clause a cue negates, subject included: "Bettman says NHL expansion not imminent",
    "Jordan's King Abdullah did not personally fly airstrikes".  Its words are compared with a
    matching claim that negates nothing (``_pairs``): the predicate may be worded differently
    ("fly" / "participate"), so the head-word reading alone misses it.  A bare "No," negates
    the sentence it opens."""
    toks = r.toks
    if (taken := elided(toks, i)) is not None:  # "has a port, but won't when it ships"
        _add_negated_clause(r, *taken)
        return
    bare_no = i + 1 < len(toks) and toks[i + 1].lower == ","
    if toks[i].lower == "no":
        if not bare_no:
            return  # "no idea", "no one": a quantifier, read by the head-word rule
        if i > 0 and toks[i - 1].lower == "?":
            # "NHL expansion ahead? No, says the commissioner": the answer negates the question
            start = next((j + 1 for j in range(i - 2, -1, -1) if toks[j].lower in ".!?;"), 0)
            _add_negated_clause(r, start, i - 1, start)
            return
        end = _before_correction(toks, i + 2, sentence_end(toks, i + 2))
    if (i > 0 and toks[i - 1].lower in PREPOSITIONS) or contrastive(toks, i):
        return  # "frustration with not finding love": a phrase, not the clause's statement
    if any(is_cue(toks, j) and toks[j].lower not in CUES for j in range(i + 1, end)):
        # "did not fall short of expectations", "did not fail to pay": met, paid (a second
        # "not" restates one: "No, Banksy did not draw it")
        return
    at = next((j for j in range(i + 1, end) if is_content(toks[j])
               and toks[j].lower not in HEAD_SKIP), None)
    head = toks[at].lower if at is not None else ""
    if head in LITOTES or (head in HOLD_BACK and at is not None and at + 1 < len(toks)
                           and toks[at + 1].lower == "back"):
        return  # "does not hide its support", "did not hold back": an assertion
    _add_negated_clause(r, subject_start(toks, i), _another_clause(toks, i + 1, end),
                        i + 1 if not bare_no else i)


# what opens the right version after a denied one: "No, Kim is not dead, he had surgery"
_CORRECTION_OPENERS = frozenset({"he", "she", "it", "they", "we", "i", "just", "instead",
                                 "rather", "but"})


def _before_correction(toks: list[Token], start: int, end: int) -> int:
    """Where a bare "No,"'s denial ends: before the correction that follows its negated
    clause ("No, Kim Jong-un is not dead, he had ankle surgery" denies only the death; the
    surgery is asserted), else at ``end``."""
    cue = next((j for j in range(start, end) if toks[j].lower in CUES and is_cue(toks, j)),
               None)
    if cue is None:
        return end
    return next((j for j in range(cue + 1, end - 1) if toks[j].lower in CLAUSE_MARKS
                 and toks[j + 1].lower in _CORRECTION_OPENERS), end)


# words that open a clause of time or manner, which has its own subject and verb: "was not
# being investigated ... as Michael Flynn was fired", "did not work as the engineers had
# hoped" (the clause after is asserted, not negated; "as national security adviser" is a
# phrase, with no verb of its own)
_SUBORDINATORS = frozenset({"as", "after", "before", "until", "once"})
_FINITE = frozenset({"was", "were", "is", "are", "had", "has", "have", "did", "does", "will"})
_SUBJECT_WORDS = 4  # at most, between the subordinator and the verb


def _another_clause(toks: list[Token], i: int, end: int) -> int:
    """Where a clause of its own ("as Michael Flynn was fired") starts between ``i`` and
    ``end``, else ``end``."""
    for j in range(i, end):
        if toks[j].lower not in _SUBORDINATORS or j + 1 >= end or not (
                is_content(toks[j + 1]) or toks[j + 1].lower in _HOLDER):
            continue  # "as was expected", "as of Monday": no subject
        for k in range(j + 2, min(end, j + 2 + _SUBJECT_WORDS)):
            if toks[k].lower in _FINITE:
                return j
            if not (is_content(toks[k]) or toks[k].lower in _HOLDER
                    or toks[k].text[:1].isupper()):
                break
    return end


def _add_negated_clause(r: Reading, start: int, end: int, predicate: int) -> None:
    """The clause from ``start`` to ``end``; what is negated starts at ``predicate``."""
    words = [t for t in r.toks[start:end] if is_content(t) and t.lower not in HEAD_SKIP]
    negated_from = r.toks[predicate].start if predicate < len(r.toks) else len(r.said.claim.text)
    if words:
        r.negated_clauses.append((
            frozenset(stem(t.text) for t in words),
            frozenset(stem(t.text) for t in words if not name_like(t, r)),
            frozenset(stem(t.text) for t in words
                      if t.start >= negated_from and t.lower not in WHEN_WORDS),
            (r.toks[start].start, r.toks[end - 1].end)))


def alternative_of(toks: list[Token], comma: int) -> set[str]:
    """The subject of the clause before ``comma`` ("the fire" in "the fire was probably
    caused by a downed power line"): the content words right before its nearest copula or
    auxiliary, else the sentence's first content word ("The money went to schools, not
    hospitals": money); none where the subject is a pronoun or the clause a relative
    ("attacks, which were committed by right-wing Americans, not immigrants": what "which"
    is, the words do not say), so the alternative ties to nothing."""
    for j in range(comma - 1, -1, -1):
        if toks[j].lower in CLAUSE_MARKS:
            break
        if toks[j].lower in COPULA or toks[j].lower in ("has", "have", "had"):
            words: list[str] = []
            for t in reversed(toks[max(0, j - 3):j]):
                if not is_content(t):
                    break
                words.append(stem(t.text))
            return set(words)
    if any(t.lower in CLAUSE_WORDS or t.lower == "that" for t in toks[:comma]):
        return set()
    first = next((t for t in toks[:comma] if is_content(t)), None)
    return {stem(first.text)} if first is not None else set()
