"""Read one claim: negated words and clauses, denials, poles, blame, what is asserted."""

from __future__ import annotations

import re

from service.contrast.negation.attainment import distance_word
from service.contrast.negation.blame import read_blame, read_poles
from service.contrast.negation.clauses import (
    alternative_of,
    bounded_in_time,
    conditional_tokens,
    contrastive,
    denied_doer,
    existential,
    negated_predicate,
    only_describes,
    pronoun_is_not,
    read_negated_clause,
    relative_end,
    reported_tokens,
    states_nothing,
    subject_start,
)
from service.contrast.negation.corrections import read_corrections
from service.contrast.negation.crowds import one_event_subject
from service.contrast.negation.denials import (
    dismissal,
    queries,
    read_answered_no,
    read_debunk,
    read_denial,
    read_falsity,
    read_labelled_untrue,
)
from service.contrast.negation.happened import read_never_happened
from service.contrast.negation.identities import read_denied_doer
from service.contrast.negation.lexicon import (
    ANY,
    CLAUSE_CUES,
    CLAUSE_MARKS,
    DENY,
    DOUBT,
    DOUBT_OBJECT,
    HEAD_SKIP,
    HEDGES,
    IDIOMS,
    MUST_OVERLAP,
    NO_EVIDENCE,
    PHRASAL_DENY,
    PLANS,
    PREPOSITIONS,
    QUANTIFIERS,
    RELATION_NOUNS,
    REPORTING_VERBS,
    VERBAL_CUES,
)
from service.contrast.negation.prefixed import prefixed_negation
from service.contrast.negation.reading import (
    Reading,
    clause_end,
    clause_start,
    commanded_tokens,
    direct_object,
    headline_case,
    in_idiom,
    is_content,
    is_cue,
    name_like,
    negates_again,
    possessive,
    sentence_end,
    sentence_openers,
    word_class_at,
)
from service.contrast.negation.rebuttals import read_rebuttal
from service.contrast.said import Said
from service.contrast.text import STOPWORDS, Token, stem, tokens

RELATED_SHARE = 0.75  # of the words of "no link between X and Y", the other side's share

_PRONOUN = re.compile(r"(?:he|she)\s+", re.IGNORECASE)



_SAID = frozenset({"say", "said", "says", "saying", "state", "stated", "claim", "claimed",
                   "suggest", "suggested"})
# "can't claim to be pro-life while ...": what one may not say, no denial of a statement
# (nor "does not claim to be X": what one calls oneself)
_MODALS = frozenset({"can", "ca", "could", "would", "should", "will", "wo", "must", "may",
                     "might", "shall"})
_NOT_WHAT = frozenset({"how", "whether", "if", "when", "why", "who", "what", "where", "which",
                       "much", "many"})


_ANY_ONE = frozenset(stem(w) for w in ("anyone", "anybody", "anything", "any"))
_MODAL_BEFORE = frozenset({"ca", "can", "cannot", "could", "will", "wo", "would", "should",
                           "may", "might", "must", "shall"})
# verbs that only say an act was done, the act being their noun ("no arrests were made")
_DOING = frozenset(stem(w) for w in ("made", "make", "carried", "carry", "conducted", "taken",
                                     "take", "performed"))

def _named_pronoun(s: Said) -> set[str]:
    """The stems of the name a claim's core puts for its opening "he"/"she" (the extractor
    reads it from the article: "She was not suspended" -> "Dana Okafor was not suspended")."""
    text, core = s.claim.text, s.claim.core
    m = _PRONOUN.match(text)
    if m is None or _PRONOUN.match(core):
        return set()
    rest = text[m.end():].split()[:1]
    at = core.find(f" {rest[0]}") if rest else -1
    return {stem(t.text) for t in tokens(core[:at])} if at > 0 else set()


# "terror-related", "gang-linked": what the compound is said of is its first word
_OF_WORD = frozenset({"related", "linked", "motivated", "inspired", "connected"})
_DERIVED = ("ists", "isms", "ist", "ism")  # "terrorist", "terrorism": of "terror"
_ROOT_LETTERS = 5  # shorter roots are other words ("racist" is no "rac")


# "did not say how many", "could not confirm the toll", "it is not known whether": what
# was not said or known is not denied (the verb itself still is: "did not say" / "said")
_UNSAID = frozenset({"say", "said", "confirm", "confirmed", "disclose", "disclosed", "specify",
                     "specified", "reveal", "revealed", "comment", "elaborate", "explain",
                     "know", "known", "knew", "clear", "certain", "sure", "immediately"})


def _unsaid(toks: list[Token], i: int, end: int) -> bool:
    # "say" is a stopword: the first word that is a verb of saying or content decides
    head = next((t for t in toks[i + 1:end] if t.lower in _UNSAID or (
        is_content(t) and t.lower not in HEAD_SKIP and t.lower not in ("yet", "be", "been"))),
        None)
    return head is not None and head.lower in _UNSAID


def _negated_key(word: str) -> str:
    """The stem a negated word stands for: "not terror-related" negates terror."""
    first, _, last = word.lower().rpartition("-")
    return stem(first) if first and last in _OF_WORD else stem(word)


def _root(word: str) -> str | None:
    """"terrorist" -> terror: the noun an -ist or -ism word is made from, if long enough."""
    for suffix in _DERIVED:
        if word.endswith(suffix) and len(word) - len(suffix) >= _ROOT_LETTERS:
            return stem(word[: -len(suffix)])
    return None


def read(s: Said) -> Reading:
    toks = tokens(s.claim.text)
    r = Reading(s, toks)
    r.headline = headline_case(toks)
    r.openers = sentence_openers(toks)
    parity = [0] * len(toks)
    shadowed = [False] * len(toks)  # some negation or denial earlier in the sentence
    # "disputed the army's account that no shells hit": the "no" is the army's, told as
    # what the account says; the sentence's voice negates nothing with it
    held = reported_tokens(toks)
    compounds: set[int] = set()  # ends of "terror-related" words, negated for their first word
    unasserted: set[int] = set()  # verbs negated by their object's "no"
    for i, tok in enumerate(toks):
        low = tok.lower
        if is_cue(toks, i) and i not in held:
            r.any_cue = True
            end = clause_end(toks, i + 1)
            reaches = denied_doer(toks, i, end)  # "not the man who rescued the child"
            if reaches is not None:
                end = reaches
            if only_describes(toks, i):  # "who had not been seen | was found alive"
                end = relative_end(toks, i, end)
            described = only_describes(toks, i) or states_nothing(toks, i) \
                or bounded_in_time(toks, i, end)
            # a cue under another ("not true that the army did not withdraw") asserts
            if low in CLAUSE_CUES and not negates_again(toks, i) and not described \
                    and not parity[i] % 2 and not _unsaid(toks, i, end):
                read_negated_clause(r, i, end)
            for j in range(i + 1, end):
                parity[j] += 1
            for j in range(i, sentence_end(toks, i)):
                shadowed[j] = True
            first = i + 1 if reaches is None else next(
                j + 1 for j in range(i + 1, end) if toks[j].lower in ("who", "that"))
            noun = None
            if low in QUANTIFIERS and clause_start(toks, i) and first < end \
                    and is_content(toks[first]):
                noun = first
                first += 1  # "Neither side has accepted": the negated predicate is "accepted"
            head = next((j for j in range(first, end) if is_content(toks[j])
                         and toks[j].lower not in HEAD_SKIP and toks[j].lower != "to"
                         and not possessive(toks, j) and not in_idiom(toks, j)
                         and not distance_word(toks, i, j)), None)
            done = noun is not None and head is not None and stem(toks[head].text) in _DOING
            if done:
                head = noun  # "No arrests have been made": the act is the noun's, and what
                # is denied is that any was done (as "There is no band playing")

            if i > 0 and toks[i - 1].lower in PREPOSITIONS and low in CLAUSE_CUES:
                head = None  # "frustration with not finding love": a phrase, not the statement
            if contrastive(toks, i):
                head = None
            if head is not None and toks[head].lower in PLANS and head + 2 < end \
                    and toks[head + 1].lower in ("to", "of"):
                # "has no plans to resign": the act is what is negated, not the plans
                head = next((j for j in range(head + 2, end) if is_content(toks[j])), head)
            if head is not None and toks[head].lower == "truth" and head + 1 < end \
                    and toks[head + 1].lower in ("to", "in") and parity[head] % 2:
                # "there is no truth to reports that X": X is denied, as by "denies reports"
                before = r.denial
                read_denial(r, head, shadowed)
                if r.denial is not None and r.denial != before:
                    r.denial = (tok.start, r.denial[1])  # from "no"
                head = None
            if head is not None and i + 2 < end and toks[i + 1].lower in _SAID \
                    and toks[i + 2].lower not in _NOT_WHAT and toks[i + 2].lower != "to" \
                    and low != "cannot" \
                    and not (i > 0 and toks[i - 1].lower in _MODALS):
                # "never said the border would close": what was said is denied, as by
                # "denied saying ..." (not "did not say how many died": that is untold)
                before = r.denial
                read_denial(r, i + 1, shadowed, complement_only=True)
                if r.denial is not None and r.denial != before:
                    r.denial = (tok.start, r.denial[1])
                    head = None
            if head is not None and toks[head].lower in RELATION_NOUNS and head + 1 < end \
                    and toks[head + 1].lower in ("between", "with", "to") and parity[head] % 2:
                # "no link between coffee and cancer": that the two are related is denied;
                # both must be the other side's ("coffee causes cancer")
                before = r.denial
                read_denial(r, head, shadowed, complement_only=True)
                if r.denial is not None and r.denial != before:
                    r.denial = (tok.start, r.denial[1])
                    r.denial_needs = max(r.denial_needs,
                                         min(2, len(r.denied_content - {MUST_OVERLAP})))
                    # both things related, not one twice: "drinking coffee and heart
                    # disease" is no denial of "drinking coffee causes liver cancer"
                    r.denial_share = max(r.denial_share, RELATED_SHARE)
                head = None
            if head is not None and toks[head].lower in NO_EVIDENCE and head + 1 < end \
                    and toks[head + 1].lower in ("that", "of") and parity[head] % 2:
                # "no evidence that X" / "no proof of X": X is denied, not the evidence; two
                # of its words must be the other side's ("no evidence of fraud in the vote"
                # says nothing of a high turnout in it)
                read_denial(r, head, shadowed, complement_only=toks[head + 1].lower == "of")
                r.denial_needs = max(r.denial_needs,
                                     min(2, len(r.denied_content - {MUST_OVERLAP})))
                head = None
            if head is not None and parity[head] % 2 and not described:
                key = _negated_key(toks[head].text)
                if key != stem(toks[head].text):
                    compounds.add(toks[head].end)
                r.negated.setdefault(key, []).append((tok.start, toks[head].end))
                kind = negated_predicate(toks, i, head)
                if kind is not None:
                    r.predicates[key] = kind
                anchor = r.anchors.setdefault(key, set())
                if low in VERBAL_CUES:  # "There is no woman using ...": no verb's object
                    # "have not detained anyone": no one at all, whoever the other names;
                    # not "can't pardon anybody", which says what may be done, not what was
                    modal = low == "cannot" or (i > 0 and toks[i - 1].lower in _MODAL_BEFORE)
                    r.objects.setdefault(key, set()).update(
                        o for o in direct_object(toks, head) if modal or o not in _ANY_ONE)
                if existential(toks, i) or done:
                    anchor.add(ANY)  # "There is no band playing": the band is the statement
                elif not pronoun_is_not(toks, i):
                    start = subject_start(toks, i)
                    if start > 0 and toks[start - 1].lower in ("but", "and") \
                            and not any(is_content(t) for t in toks[start:i]):
                        # "was questioned at the airport but not arrested": the clause
                        # before says of whom and where
                        start = subject_start(toks, start - 1)
                    anchor.update(stem(t.text) for j, t in enumerate(toks[start:end], start)
                                  if is_content(t) and j != head)
                    if start == i and i > 0 and toks[i - 1].lower == ",":
                        # "was caused by a power line, not arson": the alternative is said
                        # of what the clause before is about
                        anchor.update(alternative_of(toks, i - 1))
                    if start == 0:  # "She was not suspended": who she is, the core says
                        anchor.update(_named_pronoun(s))
                    anchor.update(_coordinated(toks, end))
                verb = _verb_before_no(toks, i, head)
                if verb is not None:
                    # "reached no deal" is "did not reach a deal": the verb is not asserted
                    # ("failed to reach a deal" agrees); the negated object says the dispute
                    unasserted.add(verb)
        elif parity[i] % 2 and (low in DENY or low in DOUBT or low in PHRASAL_DENY):
            continue  # "did not deny the report", "never questioned it": no denial, nor assent
        elif low in DENY and not dismissal(toks, i, s.claim.text):
            read_denial(r, i, shadowed)
        elif PHRASAL_DENY.get(low) and i + 2 < len(toks) \
                and toks[i + 1].lower == PHRASAL_DENY[low]:
            # "played down reports that X", "pushed back on reports that X"
            last = i + 2 if toks[i + 2].lower in ("on", "against") else i + 1
            before = r.denial
            # only with what it plays down said: "played down the report" may be of any
            read_denial(r, last, shadowed, complement_only=True)
            if r.denial is not None and r.denial != before:
                r.denial = (tok.start, r.denial[1])
        elif low in DOUBT and i + 1 < len(toks) and toks[i + 1].lower in DOUBT_OBJECT \
                and not queries(toks, i):
            read_denial(r, i, shadowed, complement_only=True)
    read_labelled_untrue(r, shadowed)
    read_answered_no(r, shadowed)
    read_falsity(r, shadowed)
    read_debunk(r, shadowed)
    read_corrections(r)
    read_rebuttal(r)
    read_denied_doer(r)
    read_never_happened(r)
    r.reported = reported_tokens(toks) | conditional_tokens(toks) | commanded_tokens(toks) \
        | _set_aside(toks)
    for i, tok in enumerate(toks):
        if is_content(tok) and not shadowed[i] and not name_like(tok, r) \
                and i not in r.reported and i not in unasserted and not in_idiom(toks, i):
            r.asserted.setdefault(stem(tok.text), (tok.start, tok.end))
            root = _root(tok.lower)
            if root:  # "terrorist", "terrorism" also assert "terror"
                r.asserted.setdefault(root, (tok.start, tok.end))
            for part in tok.text.split("-")[:-1] if "-" in tok.text else ():
                # "highest-paid" also asserts "highest" (what "isn't highest paid" negates)
                if len(part) > 2 and part.lower() not in STOPWORDS:
                    r.asserted.setdefault(stem(part), (tok.start, tok.end))
    for i, tok in enumerate(toks):
        base = prefixed_negation(tok.lower)
        if base is None or parity[i] % 2 or shadowed[i] or i in r.reported:
            continue  # "not unproductive" asserts
        # "The talks were unproductive": "productive" negated, of the clause's subject
        key = stem(base)
        r.negated.setdefault(key, []).append((tok.start, tok.end))
        start, end = subject_start(toks, i), clause_end(toks, i + 1)
        r.anchors.setdefault(key, set()).update(
            stem(t.text) for j, t in enumerate(toks[start:end], start) if is_content(t) and j != i)
    read_poles(r, parity)
    one_event_subject(r)  # "protesters" / "the protest": one subject of its state
    read_blame(r)
    for j, tok in enumerate(toks):
        kind = word_class_at(toks, j)
        if kind is not None and tok.end not in compounds:
            # "was not terror-related" is no verb of "terror": its class says nothing of it
            r.word_class[tok.end] = kind
    return r


# before "no", words that are no verb done to what "no" counts: "voted no", "said no to"
_NOT_VERB_BEFORE_NO = REPORTING_VERBS | HEDGES | IDIOMS | frozenset({
    "voted", "vote", "votes", "answered", "replied", "responded", "yes", "absolutely"})


def _verb_before_no(toks: list[Token], i: int, head: int) -> int | None:
    """The verb whose object "no" counts, right before it: "reached" in "Negotiators reached
    no deal", "made" in "Police made no arrests"; None for "said no to", "voted no", "almost
    no", or where the noun does not follow at once."""
    if toks[i].lower != "no" or i == 0 or head > i + 2:
        return None
    verb = toks[i - 1]
    if not is_content(verb) or not verb.text[:1].islower() or verb.lower.endswith("ly") \
            or verb.lower in _NOT_VERB_BEFORE_NO:
        return None
    return i - 1


def _coordinated(toks: list[Token], end: int) -> set[str]:
    """The word joined to a negated predicate at its clause's end: "fair" in "was not free
    and fair," which ties the negation as its subject does."""
    after = end + 2
    if end + 1 < len(toks) and toks[end].lower in ("and", "or") and is_content(toks[end + 1]) \
            and (after >= len(toks) or not toks[after].is_word
                 or toks[after].lower in CLAUSE_MARKS):
        return {stem(toks[end + 1].text)}
    return set()


def _set_aside(toks: list[Token]) -> set[int]:
    """The tokens of what "rather than" or "instead of" sets aside, to its clause's end:
    "will issue tickets, rather than make arrests" asserts no arrests (and "Ticket, Not
    Arrest" says the same)."""
    out: set[int] = set()
    for i in range(len(toks) - 1):
        pair = (toks[i].lower, toks[i + 1].lower)
        if pair in (("rather", "than"), ("instead", "of")):
            out.update(range(i + 2, clause_end(toks, i + 2)))
    return out
