"""Denials of a statement: "denied that X", "the report is false", "a hoax", "raises
doubts about X", "fake news report claims X"; and what only looks like one ("dismissed
the case", "denied them access").

Here the verbs of denial ("denied that X", "rejected the claims", "which Trump denies") and
what only looks like one; a statement called untrue in so many words ("the report is false",
"the myth that X") is read in ``falsity``, a story called untrue as a whole ("Banksy arrest
hoax", "fake news report claims X") in ``debunks``, and a "no" that answers or takes back
("No, he wasn't") in ``retorts``.  All are importable from here, where the reader finds
them."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from service.contrast.negation.debunks import read_debunk
from service.contrast.negation.dismissed_staff import staff_dismissed
from service.contrast.negation.falsity import (
    _PRONOUNS,
    _UNTRUE_LABELS,
    read_falsity,
    read_labelled_untrue,
)
from service.contrast.negation.lexicon import (
    CLAUSE_CUES,
    CLAUSE_MARKS,
    DEBUNK,
    DOUBT,
    FALSE,
    MUST_OVERLAP,
    PREPOSITIONS,
    RAISE,
    REFUSED,
    REFUSED_FIRST,
    REPORTING_VERBS,
    STATEMENT,
)
from service.contrast.negation.reading import (
    Reading,
    adverb_like,
    clause_end,
    is_content,
    is_cue,
    name_like,
    negates_again,
    sentence_end,
)
from service.contrast.negation.retorts import read_answered_no
from service.contrast.text import Token, stem


def queries(toks: list[Token], i: int) -> bool:
    """"questions about/over/on X" not raised as a doubt: a query, not a denial ("questions
    whether", "questions raised over" doubt)."""
    return toks[i].lower in ("question", "questions") \
        and toks[i + 1].lower in ("about", "over", "on") \
        and not any(t.lower in RAISE for t in toks[max(0, i - 3):i])


# what a court or a motion dismisses: a case, not a statement ("seeking to dismiss that case",
# "predicted it would eventually be dismissed")
_LEGAL = frozenset({"case", "cases", "lawsuit", "lawsuits", "suit", "suits", "charge", "charges",
                    "appeal", "appeals", "complaint", "petition", "motion", "indictment"})


_PASSIVE_OR_TO = frozenset({"be", "been", "being", "is", "are", "was", "were", "to", "get",
                            "got"})


def dismissal(toks: list[Token], i: int, text: str = "") -> bool:
    """"dismiss" that is no denial of a statement: a case dismissed (passive, "to dismiss",
    a legal object), "dismissed it as 'catch and release'" (a label, not a falsity), or
    the one word "lay off" is read as (``text`` the sentence): that is only ever of staff."""
    if not toks[i].lower.startswith("dismiss"):
        return False
    if text and text[toks[i].start:toks[i].end].lower() != toks[i].lower:
        return True  # "HP will lay off 5,000 this year": a phrasal verb's stand-in
    if i > 0 and toks[i - 1].lower in _PASSIVE_OR_TO:
        return True
    if staff_dismissed(toks, i):
        return True  # "hired 50 workers and dismissed them": people fired, nothing denied
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
    # "rejected this week the report that ...": the time said first is no part of the object
    k = i + 3 if i + 2 < end and not _pronoun(toks, i + 1) \
        and toks[i + 2].lower in _TIME_NOUNS else i + 1
    explicit = toks[k].lower == "that" if k < end else i + 1 >= end
    explicit = explicit or any(
        toks[j].lower in STATEMENT and (toks[j].lower not in _DEMONSTRATIVES or _pronoun(toks, j))
        for j in range(k, min(k + 3, len(toks))))
    plain = explicit and not complement_only  # the long-standing, content-free reading
    refusal = bool(nxt) and (nxt[0] in REFUSED_FIRST or bool(REFUSED & set(nxt))
                             or _withheld_from(toks, i))
    # "downplays X" reads its X as "plays down X" does
    complement = (toks[i].lower.startswith(("den", "downplay")) or complement_only) \
        and bool(nxt) and not refusal
    if plain or complement:
        played_down = not plain and (toks[i].lower == "down" or toks[i].lower.startswith(
            "downplay"))
        # "downplayed police violence against Black people": what is played down is the
        # thing named before its first preposition ("police violence"); a claim about the
        # police and Black people need not be about it
        named = next((j for j in range(i + 2, end) if toks[j].lower in _OF_THING), end) \
            if played_down else end
        content = {stem(t.text) for t in toks[i + 1:named]
                   if is_content(t) and t.lower not in STATEMENT and t.lower not in FALSE
                   and not name_like(t, r)}
        content |= killed(r, i + 1, end)
        r.denied_victim = r.denied_victim or victim(r, i + 1, end)
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
            if played_down:
                # "downplayed police violence against Black people" plays down a thing,
                # which a claim naming the police alone does not state
                r.denial_needs = max(r.denial_needs, min(2, len(content)))
        elif content:
            # "denied that the lawsuit had a political purpose": the lawsuit alone is the
            # story; the other side must say two things of what is denied
            r.denial_needs = max(r.denial_needs, min(2, len(content)))


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})

# nouns of time a demonstrative picks ("this year", "that day"); stopwords elsewhere, so
# named here: "dismissed 5,000 this year" dismisses no "this"
_TIME_NOUNS = frozenset({"year", "years", "week", "weeks", "month", "months", "day", "days",
                         "time", "times", "morning", "afternoon", "evening", "night",
                         "weekend", "season", "quarter", "summer", "winter", "spring",
                         "autumn"})


def _pronoun(toks: list[Token], j: int) -> bool:
    """Whether the demonstrative at ``j`` stands for a statement ("rejected this",
    "dismissed that as nonsense", "denied these claims") rather than picking out a thing
    or a time of its own ("rejected this plan", "dismissed 300 this year")."""
    if j + 1 >= len(toks) or not toks[j + 1].is_word:
        return True
    after = toks[j + 1].lower
    if after in STATEMENT:
        return True
    if after in _TIME_NOUNS:
        return False
    # a noun it goes with is a content word that is no "-ly" adverb ("rejected this
    # outright" is no thing) and no past verb ("denied this happened")
    return not (is_content(toks[j + 1]) and not adverb_like(after) and not after.endswith("ed")
                and after != "outright")


# what may follow the name of a thing played down: "violence against", "the threat from"
_OF_THING = PREPOSITIONS | {"against", "among", "across", "between", "into", "toward",
                            "towards", "within", "under", "amid"}


# ways of killing, as copy varies them: "denies it beheaded the aid worker" denies that the
# aid worker was killed, which another side tells as "was killed"
_KILLING = frozenset({"behead", "beheaded", "beheading", "beheads", "execute", "executed",
                      "executing", "executes", "murder", "murdered", "murdering", "assassinate",
                      "assassinated", "slay", "slain", "slew", "slaughtered", "lynched"})


def killed(r: Reading, start: int, end: int) -> set[str]:
    """"denied that its men executed the reporter": a way of killing is a killing, as
    "the reporter was killed" tells it.  (A victim's name is not added to what is denied:
    "the militia freed Jane Doe" names her too, and agrees with the denial.)"""
    toks = r.toks
    return {stem("killed")} if any(toks[j].lower in _KILLING for j in range(start, end)) \
        else set()


_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "be"})


def victim(r: Reading, start: int, end: int) -> str:
    """The stem of the name of whom a denied way of killing was done to (its last word:
    "Tomas Berg": Berg): its object ("beheaded the aid worker Anna Moreau") or, in the
    passive, its subject ("that Leyla was beheaded"); not who did it ("denied that ISIS
    beheaded ..."); "" where none is named."""
    toks = r.toks
    k = next((j for j in range(start, end) if toks[j].lower in _KILLING), None)
    if k is None:
        return ""
    passive = k > start and toks[k - 1].lower in _PASSIVE
    span = range(start, k) if passive else range(k + 1, end)
    names = [j for j in span if is_content(toks[j]) and name_like(toks[j], r)]
    return stem(toks[names[-1]].text) if names else ""


def victim_killed(neg: Reading, said: AbstractSet[str], named: AbstractSet[str]) -> bool:
    """"denied that Leyla was beheaded" / "Leyla was killed": the other side tells the
    killing (``said``) and names the victim (``named``, its every word), the two words a
    denial needs (a name is no content word outside a headline; "the militia freed Leyla"
    names her and no killing)."""
    return bool(neg.denied_victim) and neg.denied_victim in named and stem("killed") in said


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


# what opens the thing named before a rejection's subject ("an option Iran has rejected",
# "his plan they rejected"): the same set as ``_after_preposition`` (debunks) reads, which
# this reading has used since the two shared one name; "any", "every", "another" are not in it
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "his", "her",
                          "its", "their", "our", "my", "your"})


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


_NO_DOUBT = frozenset({"no", "little", "without", "beyond"})


def _no_doubt(toks: list[Token], i: int) -> bool:
    before = [t.lower for t in toks[max(0, i - 2):i]]
    return bool(before) and (before[-1] in _NO_DOUBT
                             or (before[-1] == "any" and before[:1] != before[-1:]
                                 and before[0] in _NO_DOUBT))


def _withheld_from(toks: list[Token], i: int) -> bool:
    """"denies President Donald Trump the full $5 billion": a name, then what is withheld
    from them (a refusal, as "denied them access"), not a statement called untrue."""
    j = i + 1
    while j < len(toks) and j - i <= 4 and toks[j].text[:1].isupper():
        j += 1
    return i + 1 < j < len(toks) and toks[j].lower in _WITHHELD


_WITHHELD = frozenset({"the", "a", "an", "any", "its", "his", "her", "their"})


__all__ = ["dismissal", "queries", "read_answered_no", "read_debunk", "read_denial",
           "read_falsity", "read_labelled_untrue"]
