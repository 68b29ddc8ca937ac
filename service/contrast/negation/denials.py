"""Denials of a statement: "denied that X", "the report is false", "a hoax", "raises
doubts about X", "fake news report claims X"; and what only looks like one ("dismissed
the case", "denied them access")."""

from __future__ import annotations

from itertools import pairwise

from service.contrast.negation.clauses import that_after
from service.contrast.negation.lexicon import (
    CLAUSE_CUES,
    CLAUSE_MARKS,
    CLAUSE_WORDS,
    COPULA,
    DASHES,
    DEBUNK,
    DENIED_SHARE,
    DOUBT,
    FALSE,
    HELD,
    MUST_OVERLAP,
    PREPOSITIONS,
    RAISE,
    REFUSED,
    REFUSED_FIRST,
    REPORTING_VERBS,
    RESTRICTIVE,
    STATEMENT,
    THAT_COMPLEMENT,
    TRUTH,
)
from service.contrast.negation.reading import (
    Reading,
    clause_end,
    is_content,
    is_cue,
    name_like,
    negates_again,
    sentence_end,
)
from service.contrast.text import Token, stem


def queries(toks: list[Token], i: int) -> bool:
    """"questions about/over/on X" not raised as a doubt: a query, not a denial ("questions
    whether", "questions raised over" doubt)."""
    return toks[i].lower in ("question", "questions") \
        and toks[i + 1].lower in ("about", "over", "on") \
        and not any(t.lower in RAISE for t in toks[max(0, i - 3):i])


# what a writer calls untrue as they report it: "falsely suggested that X", "the myth that X",
# "a conspiracy theory that X", "the baseless claim that X": X is denied, the rest is not
_UNTRUE_HELD = frozenset({"false", "baseless", "groundless", "unfounded", "debunked",
                          "discredited", "bogus", "fake"})


def read_labelled_untrue(r: Reading, shadowed: list[bool]) -> None:
    toks = r.toks
    for i, tok in enumerate(toks):
        low = tok.lower
        that: int | None = None
        if low == "falsely" and i + 2 < len(toks):
            that = next((j for j in range(i + 1, min(i + 4, len(toks)))
                         if toks[j].lower == "that"), i + 1)  # "falsely claimed the vote ..."
        elif low in ("myth", "myths", "lie", "lies") or (
                low in ("theory", "theories") and i > 0 and toks[i - 1].lower == "conspiracy") \
                or (low in HELD and i > 0 and toks[i - 1].lower in _UNTRUE_HELD):
            that = that_after(toks, i)
        if that is None or negates_again(toks, i):
            continue
        end = clause_end(toks, that + 1)
        content = {stem(t.text) for t in toks[that + 1:end] if is_content(t)}
        if not content:
            continue
        r.denial = r.denial or (toks[i].start, toks[end - 1].end)
        r.denied_content |= content | {MUST_OVERLAP}
        r.denial_needs = max(r.denial_needs, min(2, len(content)))
        r.denial_share = DENIED_SHARE
        for j in range(that + 1, end):
            shadowed[j] = True


# "No, he wasn't", "No he didn't": a retort that takes back what was just said
_RETORT_SUBJECTS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
_NEGATED_AUX = frozenset({"wasn't", "weren't", "isn't", "aren't", "didn't", "doesn't", "don't",
                          "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't",
                          "couldn't"})
_SAYS = frozenset({"says", "said", "say"})


def read_answered_no(r: Reading, shadowed: list[bool]) -> None:
    """"NHL expansion ahead? No, says Gary Bettman", "Rudd was one of the heroes. No he
    wasn't": a "no" that answers the sentence's own question, or takes back what it just
    said, denies it ("No one knows", "no doubt" answer nothing)."""
    toks = r.toks
    for i, tok in enumerate(toks):
        if tok.lower not in ("no", "nope") or i == 0:
            continue
        after = [t.lower.replace("’", "'") for t in toks[i + 1:i + 4]]
        answers = toks[i - 1].text == "?" and (not after or after[0] in (",", ".", "!", ":")
                                                or after[0] in _SAYS)
        retort = len(after) >= 2 and after[0] in _RETORT_SUBJECTS and (
            "".join(after[1:3]) in _NEGATED_AUX or after[1] in _NEGATED_AUX)
        if not (answers or retort):
            continue
        start = next((j + 1 for j in range(i - 2, -1, -1)
                      if toks[j].text in ("?", ".", "!", ";")), 0)
        content = {stem(t.text) for t in toks[start:i] if is_content(t)}
        if len(content) < 2:
            continue
        r.denial = r.denial or (toks[start].start, tok.end)
        r.denied_content |= content | {MUST_OVERLAP}
        r.denial_needs = max(r.denial_needs, 2)
        r.denial_share = DENIED_SHARE
        for j in range(start, i):
            shadowed[j] = True


# what a court or a motion dismisses: a case, not a statement ("seeking to dismiss that case",
# "predicted it would eventually be dismissed")
_LEGAL = frozenset({"case", "cases", "lawsuit", "lawsuits", "suit", "suits", "charge", "charges",
                    "appeal", "appeals", "complaint", "petition", "motion", "indictment"})


_PASSIVE_OR_TO = frozenset({"be", "been", "being", "is", "are", "was", "were", "to", "get",
                            "got"})


# "dismissed it as ...": a denial only when what it is called says untrue
_UNTRUE_LABELS = frozenset({"conspiracy", "propaganda", "smear", "hoax", "fiction", "fantasy",
                            "invention", "invented", "made-up", "rumour", "rumor", "speculation"})


def dismissal(toks: list[Token], i: int) -> bool:
    """"dismiss" that is no denial of a statement: a case dismissed (passive, "to dismiss",
    a legal object), or "dismissed it as 'catch and release'" (a label, not a falsity)."""
    if not toks[i].lower.startswith("dismiss"):
        return False
    if i > 0 and toks[i - 1].lower in _PASSIVE_OR_TO:
        return True
    end = clause_end(toks, i + 1, strong=True)
    following = [t.lower for t in toks[i + 1:end]]
    if any(w in _LEGAL for w in following[:4]):
        return True
    if "as" in following[:3]:
        label = following[following.index("as") + 1:]
        return not any(w in FALSE or w in DEBUNK or w in _UNTRUE_LABELS for w in label)
    return False


def read_denial(r: Reading, i: int, shadowed: list[bool], complement_only: bool = False) -> None:
    """"denied that X did Y", "denies Lebanon captured his wife", "denies plan to X"
    (complement denied), or "rejected the claims" (bare denial).  Without "that" or a
    statement word, only "deny" and doubt words read a complement, and it must then share
    content with the other side (``complement_only``): "rejected the plan" is no denial."""
    toks = r.toks
    if toks[i].lower in DOUBT and _no_doubt(toks, i):
        return  # "there is no doubt that X", "beyond any doubt": X is asserted
    end = clause_end(toks, i + 1, strong=True)
    said = _next_predicate(toks, i + 1, end)
    end = said if said is not None else end
    nxt = [t.lower for t in toks[i + 1:i + 4]]
    if negates_again(toks, i) or any(is_cue(toks, j) for j in range(i + 1, end)
                                      if toks[j].lower in CLAUSE_CUES):
        # "denied that it did not pay", "disputed the account that no shells hit": an
        # assertion, left to the negation cues
        return
    if i + 1 >= end and (_read_denied_antecedent(r, i, shadowed) or _fronted_thing(toks, i)):
        return
    explicit = nxt[:1] == ["that"] or any(w in STATEMENT for w in nxt) or i + 1 >= end
    plain = explicit and not complement_only  # the long-standing, content-free reading
    refusal = bool(nxt) and (nxt[0] in REFUSED_FIRST or bool(REFUSED & set(nxt))
                             or _withheld_from(toks, i))
    # "downplays X" reads its X as "plays down X" does
    complement = (toks[i].lower.startswith(("den", "downplay")) or complement_only) \
        and bool(nxt) and not refusal
    if plain or complement:
        content = {stem(t.text) for t in toks[i + 1:end]
                   if is_content(t) and t.lower not in STATEMENT and t.lower not in FALSE
                   and not name_like(t, r)}
        if not content and explicit and toks[i].lower in DOUBT and toks[i].lower[:5] == "doubt" \
                and any(t.lower in STATEMENT and t.lower not in _PRONOUNS
                        for t in toks[i + 1:end]):
            # "experts cast doubt on the claims": doubt about the statement itself, as
            # "rejected the claims" denies it ("there is no doubt that ..." asserts)
            plain = True
        if not content and not plain:
            return  # a bare "denies X" with nothing to compare: silence
        r.denial = r.denial or (toks[i].start, toks[min(end, len(toks)) - 1].end)
        for j in range(i, said if said is not None else sentence_end(toks, i)):
            shadowed[j] = True
        r.denied_content |= content
        if not plain:
            r.denied_content.add(MUST_OVERLAP)
            if toks[i].lower == "down" or toks[i].lower.startswith("downplay"):
                # "downplayed police violence against Black people" plays down a thing,
                # which a claim naming the police alone does not state
                r.denial_needs = max(r.denial_needs, min(2, len(content)))
        elif content:
            # "denied that the lawsuit had a political purpose": the lawsuit alone is the
            # story; the other side must say two things of what is denied
            r.denial_needs = max(r.denial_needs, min(2, len(content)))


# what the denier goes on to say in a second predicate of its own: "denied targeting
# civilians and said its forces had hit a depot" denies the first, asserts the second
_NEXT_PREDICATE = REPORTING_VERBS | frozenset({
    "added", "adds", "accused", "accuses", "blamed", "blames", "stressed", "stresses",
    "described", "describes", "noted", "notes", "told", "tells", "pointed", "explained",
    "explains", "stated", "states", "confirmed", "confirms", "announced", "announces"})


def _next_predicate(toks: list[Token], start: int, end: int) -> int | None:
    """Where "and <reporting verb>" (or ", saying") starts a second predicate of the denier
    before ``end``: "rejected the criticism, saying teams arrived within hours" denies the
    criticism; what it says instead is its own claim."""
    return next((j for j in range(start, end - 1)
                 if (toks[j].lower == "and" and toks[j + 1].lower in _NEXT_PREDICATE)
                 or (toks[j].lower == "," and toks[j + 1].lower in _SAYING)), None)


_SAYING = frozenset({"saying", "adding", "insisting", "arguing", "stressing", "noting",
                     "explaining", "pointing", "calling", "describing", "labelling",
                     "labeling", "branding", "terming"})


_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "any", "every", "another"})


_NOT_A_SUBJECT = frozenset({"has", "have", "had", "is", "was", "were", "are", "will", "would",
                            "also", "then", "later", "quickly", "already"})


def _fronted_thing(toks: list[Token], i: int) -> bool:
    """"an option Iran has flatly rejected": what is rejected is the thing named before its
    subject (an option, a plan, an offer), not a statement of the other side."""
    begin = next((j + 1 for j in range(i - 1, -1, -1) if toks[j].lower in CLAUSE_MARKS), 0)
    window = toks[begin:i]
    return len(window) >= 3 and window[0].lower in _DETERMINERS and window[1].is_word \
        and window[1].lower not in STATEMENT and window[2].lower not in _NOT_A_SUBJECT


_OPENS_CLAUSE = frozenset({"that", "whether"})


def _read_denied_antecedent(r: Reading, i: int, shadowed: list[bool]) -> bool:
    """"... evidence of collusion with Russia, which Trump denies": the denied statement is the
    one before "which", and the other side must say it (two of its words), not just anything."""
    toks = r.toks
    rel = next((j for j in range(i - 1, max(-1, i - 6), -1) if toks[j].lower == "which"), None)
    if rel is None:
        return False
    # back to the sentence's start, or to the "that" / "whether" opening the clause "which"
    # follows ("no indication whether Trump is a suspect, or that Mueller has found evidence
    # of collusion, which Trump denies": the evidence of collusion, not the suspect)
    start = next((j + 1 for j in range(rel - 2, -1, -1)
                  if toks[j].lower in ".!?;" or toks[j].lower in _OPENS_CLAUSE), 0)
    content = {stem(t.text) for t in toks[start:rel]
               if is_content(t) and not name_like(t, r)}
    if content:
        r.denial = r.denial or (toks[rel].start, toks[i].end)
        r.denied_content |= content | {MUST_OVERLAP}
        r.denial_needs = min(2, len(content))
        for j in range(rel, sentence_end(toks, i)):
            shadowed[j] = True
    return True


# "rumours proven false", "the claim was shown to be wrong"
_SHOWN = frozenset({"proven", "proved", "shown"})


def read_falsity(r: Reading, shadowed: list[bool]) -> None:
    """"the report is false", "an incorrect statement", "does not reflect reality"."""
    toks = r.toks
    for i, tok in enumerate(toks):
        low = tok.lower
        before = [t.lower for t in toks[max(0, i - 3):i]]
        after = toks[i + 1].lower if i + 1 < len(toks) else ""
        called = _called_untrue(toks, i) if low in FALSE or low in _UNTRUE_LABELS else None
        false_word = ((low in FALSE and after != "to") or (low == "made" and after == "up")) \
            and any(w in COPULA or w in _SHOWN for w in before) \
            and not _negated_word(before)  # "was completely made up"; not "is not fake"
        # "the claims were without merit", "the allegations have no merit": a lawyer's "false"
        # (of a statement: "the proposal has no merit" calls nothing untrue)
        false_word = false_word or (low == "merit" and before[-1:] in (["without"], ["no"])
                                    and any(w in COPULA or w in _HAVE for w in before[:-1])
                                    and any(t.lower in STATEMENT and t.lower not in _PRONOUNS
                                            for t in toks[:i]))
        if called is not None and not negates_again(toks, i):
            # "called the accusation baseless", "described the reports as propaganda": what
            # is called untrue is the object, the other side's statement
            if r.denial is None:
                _read_false_subject(r, toks[called + 1:i])
            r.denial = r.denial or (toks[called].start, tok.end)
            for j in range(0, len(toks)):
                shadowed[j] = True
            continue
        not_truth = (low in TRUTH and _cue_before(before)) or (
            low == "reflect" and any(w in ("not", "n't") for w in before))
        if (false_word or not_truth) and not negates_again(toks, i) \
                and not _open_question(toks, i):
            start = next((j + 1 for j in range(i - 1, -1, -1)
                          if toks[j].lower in CLAUSE_MARKS or toks[j].lower in CLAUSE_WORDS), 0)
            if _describes_a_thing(toks, start, i):
                continue
            end = clause_end(toks, i + 1)
            if r.denial is None:
                _read_false_subject(r, _subject_of(toks, start, i))
            r.denial = r.denial or (toks[start].start, toks[max(end - 1, i)].end)
            for j in range(0, len(toks)):
                shadowed[j] = True


_HAVE = frozenset({"have", "has", "had"})
_CALLING = frozenset({"called", "calls", "calling", "described", "describes", "describing",
                      "branded", "brands", "labelled", "labeled", "termed"})


def _called_untrue(toks: list[Token], at: int) -> int | None:
    """Where "called" is, in "called the accusation baseless" / "described it as false
    propaganda": a statement (or a pronoun for one) called untrue within four words."""
    for v in range(at - 1, max(-1, at - _CALLED_REACH), -1):
        if toks[v].lower in CLAUSE_MARKS:
            return None
        if toks[v].lower in _CALLING:
            between = [t.lower for t in toks[v + 1:at]]
            # "branded claims that the army shelled the hospital 'lies'": the statement
            # right after the verb, however long what it says
            named = between if at - v <= 5 else between[:3]
            return v if any(w in STATEMENT for w in named) else None
    return None


_CALLED_REACH = 16  # tokens back from the word that calls a statement untrue


def _describes_a_thing(toks: list[Token], start: int, at: int) -> bool:
    """"made on things that weren't accurate", "figures which are false": a relative clause
    picks out a thing by a property; it calls no one's statement untrue ("reports that are
    false", "the claims, which are false" and "said that it isn't true" still do)."""
    for k in range(at - 1, max(start, 1) - 1, -1):
        if toks[k].lower in ("that", "which", "who"):
            noun = toks[k - 1]
            return noun.is_word and noun.lower not in STATEMENT and noun.lower not in COPULA \
                and noun.lower not in THAT_COMPLEMENT and not noun.lower.endswith("ed")
    return False


_BETWEEN_CUE_AND_TRUTH = frozenset({"a", "an", "the", "really", "entirely", "quite", "exactly",
                                    "completely", "totally", "at", "all"})


def _cue_before(before: list[str]) -> bool:
    """"not true", "isn't real", "not a thing", "not entirely accurate"; not "not saying
    what" (the cue negates another verb)."""
    if before and before[-1] in ("not", "n't"):
        return True
    return len(before) >= 2 and before[-2] in ("not", "n't") \
        and before[-1] in _BETWEEN_CUE_AND_TRUTH


_OPEN = frozenset({"prove", "proving", "show", "showing", "demonstrate", "establish",
                   "determine", "check", "investigate", "see"})


def _open_question(toks: list[Token], at: int) -> bool:
    """"asked him to investigate ... to prove [the dossier] was a lie", "whether the video
    is fake": the falsity is what someone wants to find out, not what the voice says."""
    window = [t.lower for t in toks[max(0, at - 8):at]]
    return "whether" in window or "if" in window or any(
        w == "to" and nxt in _OPEN for w, nxt in pairwise(window))


def _subject_of(toks: list[Token], start: int, at: int) -> list[Token]:
    """The words before a falsity word in its clause; across a relative clause ("The
    position of the minister, which shows ..., is unfounded") the noun phrase before it."""
    if not any(is_content(t) for t in toks[start:at]) and start >= 2 \
            and toks[start - 1].lower in DASHES:
        opening = next((j for j in range(start - 2, -1, -1) if toks[j].lower in DASHES), None)
        if opening is not None:
            begin = next((j + 1 for j in range(opening - 1, -1, -1)
                          if toks[j].lower in CLAUSE_MARKS or toks[j].lower in CLAUSE_WORDS),
                         0)
            return toks[begin:opening]
    if not any(is_content(t) for t in toks[start:at]) and start >= 2 \
            and toks[start - 1].lower == ",":
        comma = next((j for j in range(start - 2, -1, -1) if toks[j].lower == ","), None)
        if comma is not None and comma + 1 < at and toks[comma + 1].lower in ("which", "who"):
            begin = next((j + 1 for j in range(comma - 1, -1, -1)
                          if toks[j].lower in CLAUSE_MARKS or toks[j].lower in CLAUSE_WORDS),
                         0)
            return toks[begin:comma]
    return toks[start:at]


_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "them"})
_NO_DOUBT = frozenset({"no", "little", "without", "beyond"})


def _no_doubt(toks: list[Token], i: int) -> bool:
    before = [t.lower for t in toks[max(0, i - 2):i]]
    return bool(before) and (before[-1] in _NO_DOUBT
                             or (before[-1] == "any" and before[:1] != before[-1:]
                                 and before[0] in _NO_DOUBT))


_FIGURES = frozenset({"figure", "figures", "estimate", "estimates", "tally", "count"})
_POINTING = frozenset({"the", "this", "that", "these", "those", "their", "its"})


def _read_false_subject(r: Reading, subject: list[Token]) -> None:
    """"This is false", "rumours about the star are false": the denied statement is the
    other side's.  "The position of the minister is unfounded": what is called untrue is
    named, and the other side must be about it (two of its words, names included, or its
    only one)."""
    words = {stem(t.text) for t in subject
             if is_content(t) and t.lower not in STATEMENT and t.lower not in FALSE}
    # "the report is false" and "this is false" deny the other side's statement, whatever it
    # is; a pronoun inside a named subject ("the deal that was made") does not
    if any(t.lower in STATEMENT and (t.lower not in _PRONOUNS or not words) for t in subject):
        return
    if any(t.lower in _FIGURES and k > 0 and subject[k - 1].lower in _POINTING
           for k, t in enumerate(subject)):
        return  # "the figure of 1,500 was inaccurate": a figure someone gave, pointed at
    if words:
        r.denied_content |= words | {MUST_OVERLAP}
        r.denial_needs = min(2, len(words))


def _in_relative_report(toks: list[Token], i: int) -> bool:
    """"The host, who claimed the massacre was a hoax, was sued": the word is what the
    person the sentence is about said, not the writer's verdict on anything."""
    for j in range(i - 1, max(-1, i - 15), -1):
        if toks[j].lower in CLAUSE_MARKS:
            return False
        if toks[j].lower in REPORTING_VERBS:
            before = [t.lower for t in toks[max(0, j - 3):j]]
            return any(w in RESTRICTIVE or w == "that" for w in before)
    return False


def read_debunk(r: Reading, shadowed: list[bool]) -> None:
    """"Banksy arrest hoax", "Debunk: no, Apple didn't ...", "Fake News Report Claims ...",
    "Snyder Kills Stolen Batmobile Rumor": the whole sentence is called untrue.  Its content
    words, less the debunking ones, are what it denies."""
    toks = r.toks
    at = next((i for i in range(len(toks)) if _debunks(toks, i)
               and not _in_relative_report(toks, i)
               and not _negated_word([t.lower for t in toks[max(0, i - 3):i]])), None)
    if at is None or r.denial is not None:
        return
    r.denial = (toks[at].start, toks[at].end)
    def told(words: list[Token]) -> set[str]:
        return {stem(t.text) for t in words
                if is_content(t) and t.lower not in DEBUNK and t.lower not in STATEMENT
                and t.lower not in _FAKE and t.lower not in _MEDIA
                and t.lower not in _DISMISS and not name_like(t, r)}
    # "wants him fired over a fake expenses story": what is called untrue is the story the
    # phrase tells, not the sentence around it ("falls for fake Kim Jong-un story" tells
    # nothing but whom it is about: the sentence then says what the story was)
    phrase = told(toks[at + 1:clause_end(toks, at + 1)]) if _after_preposition(toks, at) \
        else set()
    # "exposes the myth of human progress", "based on the myth that they have an advantage":
    # what is called untrue is what the "of" or "that" after the word says
    of = next((j for j in range(at + 1, min(len(toks), at + 3))
               if toks[j].is_word), None)
    if not phrase and of is not None and toks[of].lower in ("of", "that"):
        phrase = told(toks[of + 1:clause_end(toks, of + 1)])
    r.denied_content |= phrase or told(toks)
    r.denied_content.add(MUST_OVERLAP)
    for j in range(len(toks)):
        shadowed[j] = True


def _withheld_from(toks: list[Token], i: int) -> bool:
    """"denies President Donald Trump the full $5 billion": a name, then what is withheld
    from them (a refusal, as "denied them access"), not a statement called untrue."""
    j = i + 1
    while j < len(toks) and j - i <= 4 and toks[j].text[:1].isupper():
        j += 1
    return i + 1 < j < len(toks) and toks[j].lower in _WITHHELD


_WITHHELD = frozenset({"the", "a", "an", "any", "its", "his", "her", "their"})


def _negated_word(before: list[str]) -> bool:
    """"was not a hoax", "is not fake", "never staged", "no hoax": the word negated asserts
    the story it would call untrue (the 3 words before it given)."""
    if before and before[-1] in _NEGATING:
        return True
    return len(before) >= 2 and before[-2] in _NEGATING and before[-1] in _BETWEEN_CUE_AND_TRUTH


_NEGATING = frozenset({"not", "n't", "never", "no"})
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "his", "her",
                          "its", "their", "our", "my", "your"})


def _after_preposition(toks: list[Token], at: int) -> bool:
    """"over a fake story", "about fabricated claims": the word sits in a phrase of its own."""
    j = at - 1
    while j >= 0 and toks[j].lower in _DETERMINERS:
        j -= 1
    return j >= 0 and toks[j].lower in PREPOSITIONS


# "fake" before what carries a statement: "Fake News Report Claims X", "Fake Lisa Bonet Tweet";
# not "fake passports" (a fact about the passports, not a denial)
_FAKE = frozenset({"fake", "fake-news", "bogus", "phony", "phoney", "hoax", "satirical",
                   "parody", "spoof"})


_MEDIA = frozenset({"news", "report", "reports", "story", "stories", "tweet", "tweets",
                    "account", "accounts", "website", "site", "photo", "photos", "picture",
                    "pictures", "image", "images", "video", "videos", "quote", "quotes", "claim",
                    "claims", "article", "letter", "document", "page", "profile", "message",
                    "messages", "post", "posts", "headline", "rumor", "rumors", "rumour",
                    "rumours"})


_RUMOUR = frozenset({"rumor", "rumors", "rumour", "rumours", "speculation"})


# what is done to a rumour that is not true: "kills ... rumor", "rumors put to rest"
_DISMISS = frozenset({"kill", "kills", "killed", "rest", "rebuff", "rebuffs", "rebuffed",
                      "dispel", "dispels", "dispelled", "quash", "quashes", "quashed", "squash",
                      "squashes", "squashed", "scotch", "scotches", "scotched", "nix", "nixes",
                      "nixed", "dismisses", "dismissed", "denies", "denied", "shoots", "shot"})


# "the fake news media", "fake-news outlets": a name for the press, not a story called untrue
_OUTLETS = frozenset({"media", "outlet", "outlets", "network", "networks", "press", "channel",
                      "channels", "organization", "organizations", "organisation",
                      "organisations", "industry", "reporters", "journalists", "anchors",
                      "pundits", "sites", "websites"})


# a picture made to show what did not happen: "the photo was doctored", "staged video"
_DOCTORED = frozenset({"doctored", "photoshopped", "altered", "manipulated", "staged"})


_PICTURES = frozenset({"photo", "photos", "photograph", "photographs", "picture", "pictures",
                       "image", "images", "video", "videos", "footage", "clip"})


def _debunks(toks: list[Token], i: int) -> bool:
    low = toks[i].lower
    following = [t.lower for t in toks[i + 1:i + 5] if t.is_word]
    if low in _DOCTORED:
        near = [t.lower for t in toks[max(0, i - 6):i]] + following[:1]
        return any(w in _PICTURES for w in near)
    if low == "fake-news" or (low in _FAKE and following[:1] == ["news"]):
        rest = following[1:] if low != "fake-news" else following
        after = i + (1 if low == "fake-news" else 2)
        if i > 0 and (after >= len(toks) or toks[after].lower in CLAUSE_MARKS
                      or toks[after].lower in ("and", "or")):
            return False  # "known for spreading fake news, conspiracy theories": a kind of talk
        return not rest or rest[0] not in _OUTLETS
    if low in DEBUNK:
        return True
    if low in _FAKE:
        return bool(following) and following[0] not in COPULA \
            and any(w in _MEDIA for w in following)
    if low in _RUMOUR:
        window = [t.lower for t in toks[max(0, i - 4):i + 4]]
        return any(w in _DISMISS for w in window)
    return False
