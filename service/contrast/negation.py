"""Contradiction: one voice asserts what another denies, or says the opposite.

Five patterns, each conservative (a missed contradiction costs less than a made-up one):

* negated predicate: "did not attend" against "attended" -- the first content word a
  negation governs (its head) is asserted, un-negated, by another voice that also uses
  another word of the negated clause (its subject or object: "The ambassadors did not
  attend"); one shared word is a topic ("is not under investigation" against "asked him to
  drop the investigation into Flynn"), except where what is denied is that something exists
  ("There is no band playing" against "A band is performing");
* negated restatement: "Mayor did not personally sign the stadium deal" against "the mayor
  approved the stadium deal" -- a negated clause that restates most of a claim which
  negates nothing, in other words for the predicate;
* denial: "denied that its forces shelled X", "the report is false", "does not reflect
  reality", "Iraq denies Lebanon captured her", "the arrest was a hoax", "raises doubts
  about the report" -- a denial of a statement contradicts a voice that makes it ("the
  minister's position is unfounded" names what it calls untrue: the other voice must be
  about that);
* opposite predicates: antonym pairs ("ended"/"unresolved", "voluntary"/"forced"); a negated
  pole counts as the other pole ("not over" = ongoing), so double negation comes out right;
* counter-accusation: "A accused B of shelling" against "B's side says A shelled".

A negation that only describes ("migrants who don't pass the interview", "if the talks do
not resume") asserts nothing, and "dismiss" denies a statement only where it is the voice's
own verdict on one (not "sought to dismiss the case", not "dismissed it as 'catch and
release'").

Negation scope runs from the cue to the end of its clause (punctuation or a conjunction), so
"did not attend, and condemned" leaves "condemned" asserted.  A word counts as *asserted*
only when no cue precedes it in its sentence at all: that keeps a negation we scoped too
narrowly from looking like an assertion.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations, pairwise

from embeddings.matching import TITLE_CASE_SHARE
from embeddings.types import Difference
from service.contrast.names import TOPONYMS
from service.contrast.said import Said, evidence_order
from service.contrast.text import STOPWORDS, Token, fold, stem, tokens

_CUES = frozenset({"not", "n't", "never", "no", "neither", "nor", "without", "cannot", "none",
                   "nobody", "nothing", "nowhere"})
_CUES_BEFORE_TO = frozenset({"fail", "failed", "fails", "unable", "refused", "refuses",
                             "declined", "declines"})
# cues that negate a clause's statement ("without", "no one" quantify rather than deny)
_CLAUSE_CUES = frozenset({"not", "n't", "never", "no", "cannot"})
_PREPOSITIONS = frozenset({"with", "for", "of", "by", "about", "in", "on", "at", "to", "from",
                           "after", "before", "over"})
# "not hide", "did not deny", "did not rule out": negated, these assert
_LITOTES = frozenset({"hide", "hid", "hidden", "hiding", "conceal", "concealed", "deny", "denied",
                      "denies", "dispute", "disputed", "doubt", "doubted", "rule", "ruled",
                      "exclude", "excluded", "secret", "forget", "forgotten"})
# "almost no", "virtually none": an amount (very little), not the denial of a statement
_HEDGES = frozenset({"almost", "nearly", "virtually", "practically", "hardly", "scarcely"})
_SUBJECT_REACH = 5  # tokens: "Jordan 's King Abdullah did | not"
_IDIOMS = frozenset({"only", "just", "merely", "least", "less", "doubt", "matter", "sooner"})
_DENY = frozenset({"deny", "denied", "denies", "denying", "reject", "rejected", "rejects",
                   "rejecting", "dismiss", "dismissed", "dismisses", "refute", "refuted",
                   "refutes", "disputed", "disputes", "dispute", "debunked"})
_FALSE = frozenset({"false", "wrong", "incorrect", "untrue", "baseless", "groundless",
                    "unfounded", "fabricated", "fake", "inaccurate", "misleading", "lie", "lies",
                    "falsehood", "fabrication", "fabrications", "disinformation", "nonsense",
                    "absurd", "bogus", "erroneous"})
_STATEMENT = frozenset({"claim", "claims", "report", "reports", "allegation", "allegations",
                        "accusation", "accusations", "charge", "charges", "information",
                        "statement", "statements", "assertion", "assertions", "suggestion",
                        "suggestions", "story", "article", "remarks", "rumours", "rumors",
                        "it", "this", "that", "these", "those", "them", "notion", "idea"})
_TRUTH = frozenset({"reality", "truth", "facts", "fact", "what", "situation", "true", "accurate",
                    "thing",  # "Hairgate is not a thing"
                    "correct", "case", "real", "genuine", "authentic"})
# words that call a story untrue wherever they stand ("Banksy arrest hoax", "Debunk: ...",
# "complete fabrication"): a headline rarely uses them for anything else
_DEBUNK = frozenset({"hoax", "hoaxes", "debunk", "debunks", "debunking", "myth", "rubbish",
                     "bullshit", "fabrication", "fabrications", "fabricated", "faked"})
# doubt about a statement: "raises doubts about", "doubts cast over", "questions whether"
_DOUBT = frozenset({"doubt", "doubts", "doubted", "doubting", "question", "questions",
                    "questioned", "questioning"})
_DOUBT_OBJECT = frozenset({"about", "over", "on", "that", "whether", "if", "cast", "raised",
                           "grow", "grows", "mount", "mounting"})
# "raises questions about the report" doubts it; "has four dozen questions on his ties to
# Russia" and "questions about collusion" ask: the noun doubts only after one of these
_RAISE = frozenset({"raise", "raises", "raised", "raising", "cast", "casts", "casting", "pose",
                    "poses", "posed", "prompt", "prompts", "prompted", "spark", "sparks",
                    "sparked", "fuel", "fuels", "fuelled", "fueled", "serious", "growing"})


def _queries(toks: list[Token], i: int) -> bool:
    """"questions about/over/on X" not raised as a doubt: a query, not a denial ("questions
    whether", "questions raised over" doubt)."""
    return toks[i].lower in ("question", "questions") \
        and toks[i + 1].lower in ("about", "over", "on") \
        and not any(t.lower in _RAISE for t in toks[max(0, i - 3):i])


# "denied them access", "denied entry": refusal, not denial of a statement
_REFUSED = frozenset({"access", "entry", "visa", "visas", "permission", "request", "requests",
                      "bail", "passage", "them", "him", "her", "us", "me", "by", "having", "any"})
_REFUSED_FIRST = frozenset({"them", "him", "her", "us", "me", "by", "having", "any"})
_COPULA = frozenset({"is", "was", "are", "were", "be", "been", "being", "as", "'s", "remains"})
_CLAUSE_WORDS = frozenset({"but", "and", "or", "while", "whereas", "although", "though",
                           "because", "since", "which", "who", "whom", "when", "if", "unless",
                           "however", "yet", "so"})
# quotation marks are not clause ends: 'did not “assign blame”' stays one negated clause
_CLAUSE_MARKS = frozenset(",;:.!?()—–")
# cues that quantify a subject ("neither side", "nobody"): the predicate comes after the noun
_QUANTIFIERS = frozenset({"no", "neither", "none", "nobody", "nothing"})
_HEAD_SKIP = frozenset({"longer", "yet", "even", "once", "again", "always", "really", "ever",
                        "actually", "personally", "get", "got", "getting", "gotten",
                        "necessarily", "exactly", "entirely", "fully", "completely", "quite",
                        "at", "all", "any", "single", "one", "such", "immediately"})

# Opposite predicates.  Converse pairs ("won"/"lost") agree when the subjects differ
# ("Azerbaijan won" = "Armenia lost"), so they count only with the same subject.
_ANTONYMS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], bool], ...] = (
    ("ended", ("ended", "put an end to", "is over", "was over", "are over", "resolved",
               "came to an end", "has ended", "is finished"),
     ("unresolved", "ongoing", "persists", "unsettled", "still going on", "remains open"),
     False),
    ("voluntary", ("voluntary", "voluntarily", "chose to leave", "of their own free will",
                   "of their own accord"),
     ("forced", "forcibly", "compelled", "expelled", "deported", "ethnic cleansing",
      "driven out", "coerced"), False),
    ("increase", ("increased", "increase", "increases", "rose", "risen", "rising", "grew",
                  "climbed", "jumped", "surged", "higher"),
     ("decreased", "decrease", "decreases", "fell", "fallen", "falling", "dropped", "declined",
      "shrank", "slumped", "plunged", "lower"), False),
    ("accept", ("accepted", "accepts", "agreed to", "approved", "endorsed"),
     ("rejected", "rejects", "refused", "turned down", "vetoed"), False),
    ("guilty", ("guilty", "convicted"), ("innocent", "acquitted", "exonerated"), False),
    ("legal", ("legal", "lawful", "legitimate"), ("illegal", "unlawful", "illegitimate"), False),
    ("alive", ("alive", "survived"), ("dead", "died", "killed"), False),
    ("attended", ("attended", "took part", "participated", "was present", "were present"),
     ("absent", "boycotted", "skipped", "shunned", "stayed away"), False),
    ("open", ("reopened", "is open", "was open", "remained open"),
     ("closed", "blocked", "shut", "sealed off"), False),
    ("won", ("won", "wins", "victory", "victorious"), ("lost", "loses", "defeat", "defeated"),
     True),
)

# marks a denial read without "that" or a statement word: it needs shared content
_MUST_OVERLAP = "\x00overlap"

_ACCUSE = frozenset({"accused", "accuses", "accuse", "accusing", "blamed", "blames", "blame",
                     "blaming"})
# acts an accusation names, folded to one class so "bombed" meets "shelling"
_ACTS = {"shell": "attack", "bomb": "attack", "bombard": "attack", "strik": "attack",
         "strike": "attack", "struck": "attack", "attack": "attack", "fir": "attack",
         "target": "attack", "shoot": "attack", "shot": "attack", "launch": "attack",
         "invad": "attack", "invasion": "attack", "violat": "violate", "breach": "violate",
         "start": "start", "initiat": "start", "provok": "start", "kill": "kill",
         "murder": "kill", "massacr": "kill", "block": "block", "blockad": "block"}

_ACT_NOUNS = {"attack": "the attacks", "violate": "the violations", "start": "starting it",
              "kill": "the killings", "block": "the blockade"}


@dataclass
class Reading:
    """What one claim asserts and negates, with token positions for evidence."""

    said: Said
    toks: list[Token]
    negated: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # stem -> spans
    # stem -> the other content stems of its clause (subject included): what ties the
    # negation to a statement rather than to a word ("not under investigation")
    anchors: dict[str, set[str]] = field(default_factory=dict)
    asserted: dict[str, tuple[int, int]] = field(default_factory=dict)  # stem -> span
    denial: tuple[int, int] | None = None  # span of a denial of a statement
    denied_content: set[str] = field(default_factory=set)  # stems in a denied complement
    denial_needs: int = 1  # how many of them the other side must use
    denial_share: float = 0.0  # and what share of them ("the myth that <a long clause>")
    headline: bool = False  # Title Case: capitalised words are not taken for names
    poles: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # pair -> sign, span
    subjects: dict[str, str] = field(default_factory=dict)  # converse pair -> subject party
    accusations: list[tuple[str, str, str, int, int]] = field(default_factory=list)
    acts: list[tuple[str, str, int, int]] = field(default_factory=list)  # party, act, span
    # each negated clause: the content stems around the cue (subject included), and its span
    # (stems, the stems of words that are not names, the stems of what is negated, span)
    negated_clauses: list[tuple[frozenset[str], frozenset[str], frozenset[str],
                                tuple[int, int]]] = field(default_factory=list)
    any_cue: bool = False  # some negation cue anywhere (then nothing here is plainly asserted)
    # tokens of "the belief that ...", "a claim that ...": what someone holds, not what the
    # sentence asserts ("the belief that vaccines can lead to autism")
    reported: frozenset[int] = frozenset()
    openers: frozenset[int] = frozenset()  # sentence-initial common words: not names
    # token end offset -> "noun" | "verb" where the word before tells ("any favors", "he
    # favored"): one stem in two word classes is two senses
    word_class: dict[int, str] = field(default_factory=dict)


def _clause_end(toks: list[Token], i: int, strong: bool = False) -> int:
    not_only = False  # "not just American society but the entire world": one clause
    for j in range(i, len(toks)):
        low = toks[j].lower
        if low in ("just", "only", "merely") and j > 0 and toks[j - 1].lower == "not":
            not_only = True
        elif low == "but" and not_only:
            not_only = False
            continue
        if strong and (low in ";.!?" or low == "but"):
            return j
        if not strong and (low in _CLAUSE_MARKS or low in _CLAUSE_WORDS):
            return j
    return len(toks)


def _clause_start(toks: list[Token], i: int) -> bool:
    return i == 0 or toks[i - 1].lower in _CLAUSE_MARKS or toks[i - 1].lower in _CLAUSE_WORDS


def _negates_again(toks: list[Token], i: int) -> bool:
    """A cue inside what follows ``i``'s "that": "not true that X did not" is double negation."""
    if i + 1 >= len(toks) or toks[i + 1].lower != "that":
        return False
    return any(_is_cue(toks, j) for j in range(i + 2, _sentence_end(toks, i)))


def _sentence_end(toks: list[Token], i: int) -> int:
    return next((j for j in range(i, len(toks)) if toks[j].lower in ".!?;"), len(toks))


def _content(tok: Token) -> bool:
    # "n't" is a cue, not a word of what is negated
    return tok.is_word and tok.lower not in STOPWORDS and len(tok.text) > 2 \
        and tok.lower not in _CUES


def _is_cue(toks: list[Token], i: int) -> bool:
    low = toks[i].lower
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    if low in _CUES:
        if low == "no" and nxt[:1].isdigit():
            return False  # "No. 1"
        if low in ("no", "none") and i > 0 and toks[i - 1].lower in _HEDGES:
            return False  # "almost no middle class": very little of it, not a denial
        return nxt not in _IDIOMS and nxt != "to"  # "not only", "no doubt", "not to mention"
    return low in _CUES_BEFORE_TO and nxt == "to"


def _possessive(toks: list[Token], j: int) -> bool:
    """"without the man's knowledge": the man's is whose; what is negated is the knowledge."""
    low = toks[j].lower
    nxt = toks[j + 1].lower if j + 1 < len(toks) else ""
    return low.endswith("'s") or nxt == "'s" or (low.endswith("s'") and len(low) > 3)


def headline_case(toks: list[Token]) -> bool:
    """Title Case ("Banksy Wasn't Arrested And Exposed"): capitals say nothing about names."""
    words = [t for t in toks if t.is_word and len(t.text) > 3]
    if len(words) < 3:
        return False
    return sum(t.text[:1].isupper() for t in words) >= TITLE_CASE_SHARE * len(words)


def _name_like(tok: Token, r: Reading) -> bool:
    return not r.headline and tok.text[:1].isupper() and tok.start not in r.openers


COMMON_WORD_ZIPF = 4.0  # wordfreq Zipf: "mass" 4.6, "loggers" 2.6, "banksy" 2.5


def _openers(toks: list[Token]) -> frozenset[int]:
    """Starts of sentence-initial words that are common English words ("Mass grave found",
    "Loggers cut down"): capitalised by their place, not because they are names."""
    from embeddings.lexical import general_rarity

    out = set()
    for i, tok in enumerate(toks):
        opens = i == 0 or toks[i - 1].lower in (".", "!", "?", ":", '"', "“")
        if opens and tok.is_word and 7.0 - general_rarity(tok.lower) >= COMMON_WORD_ZIPF:
            out.add(tok.start)
    return frozenset(out)


def read(s: Said) -> Reading:
    toks = tokens(s.claim.text)
    r = Reading(s, toks)
    r.headline = headline_case(toks)
    r.openers = _openers(toks)
    parity = [0] * len(toks)
    shadowed = [False] * len(toks)  # some negation or denial earlier in the sentence
    for i, tok in enumerate(toks):
        low = tok.lower
        if _is_cue(toks, i):
            r.any_cue = True
            end = _clause_end(toks, i + 1)
            described = _described(toks, i) or _states_nothing(toks, i)
            if low in _CLAUSE_CUES and not _negates_again(toks, i) and not described:
                _read_negated_clause(r, i, end)
            for j in range(i + 1, end):
                parity[j] += 1
            for j in range(i, _sentence_end(toks, i)):
                shadowed[j] = True
            first = i + 1
            if low in _QUANTIFIERS and _clause_start(toks, i) and first < end \
                    and _content(toks[first]):
                first += 1  # "Neither side has accepted": the negated predicate is "accepted"
            head = next((j for j in range(first, end) if _content(toks[j])
                         and toks[j].lower not in _HEAD_SKIP and toks[j].lower != "to"
                         and not _possessive(toks, j)), None)
            if i > 0 and toks[i - 1].lower in _PREPOSITIONS and low in _CLAUSE_CUES:
                head = None  # "frustration with not finding love": a phrase, not the statement
            if _contrastive(toks, i):
                head = None
            if head is not None and parity[head] % 2 and not described:
                r.negated.setdefault(stem(toks[head].text), []).append(
                    (tok.start, toks[head].end))
                anchor = r.anchors.setdefault(stem(toks[head].text), set())
                if _existential(toks, i):
                    anchor.add(_ANY)  # "There is no band playing": the band is the statement
                elif not _pronoun_is_not(toks, i):
                    start = _subject_start(toks, i)
                    anchor.update(stem(t.text) for j, t in enumerate(toks[start:end], start)
                                  if _content(t) and j != head)
        elif low in _DENY and not _dismissal(toks, i):
            _read_denial(r, i, shadowed)
        elif low in _DOUBT and i + 1 < len(toks) and toks[i + 1].lower in _DOUBT_OBJECT \
                and not _queries(toks, i):
            _read_denial(r, i, shadowed, complement_only=True)
    _read_labelled_untrue(r, shadowed)
    _read_falsity(r, shadowed)
    _read_debunk(r, shadowed)
    r.reported = _reported(toks)
    for i, tok in enumerate(toks):
        if _content(tok) and not shadowed[i] and not _name_like(tok, r) and i not in r.reported:
            r.asserted.setdefault(stem(tok.text), (tok.start, tok.end))
            for part in tok.text.split("-")[:-1] if "-" in tok.text else ():
                # "highest-paid" also asserts "highest" (what "isn't highest paid" negates)
                if len(part) > 2 and part.lower() not in STOPWORDS:
                    r.asserted.setdefault(stem(part), (tok.start, tok.end))
    _read_poles(r, parity)
    _read_blame(r)
    for j, tok in enumerate(toks):
        kind = _word_class(toks, j)
        if kind is not None:
            r.word_class[tok.end] = kind
    return r


_BEFORE_NOUN = frozenset({"a", "an", "the", "any", "some", "no", "his", "her", "their", "its",
                          "our", "my", "your", "these", "those", "every", "each", "many", "few",
                          "several", "'s"})
_BEFORE_VERB = frozenset({"he", "she", "they", "we", "i", "has", "have", "had", "been", "be",
                          "was", "were", "will", "would", "could", "should", "can", "may",
                          "might", "did", "does", "to", "n't", "not", "never"})


_IS_SHORT = frozenset({"he's", "she's", "it's", "that's", "what's", "there's", "who's",
                       "here's", "where's"})


def _word_class(toks: list[Token], j: int) -> str | None:
    """"noun" after a determiner or a possessive ("any favors", "Mueller's questions"), "verb"
    after a subject pronoun or an auxiliary ("he favored", "has not been questioned")."""
    if j == 0 or not _content(toks[j]):
        return None
    before = toks[j - 1].lower
    if before in _BEFORE_NOUN or (before.endswith(("'s", "s'")) and before not in _IS_SHORT):
        return "noun"
    return "verb" if before in _BEFORE_VERB else None


# what is wanted, planned or possible, not what happened: "looking forward to being
# questioned", "delayed the decision to re-certify", "could attend" ("will" states a future
# fact: "will introduce segregation" is denied by "no segregation")
_IRREALIS = frozenset({"to", "would", "could", "may", "might", "can", "ca", "should", "must"})
_IRREALIS_REACH = 3  # tokens before the word


def _irrealis(r: Reading, start: int) -> bool:
    """The word at ``start`` (a char offset; for a negation, its cue) stands under "to" or a
    modal: a fact is not stated, so a plain denial ("has not been questioned yet", "refused
    to certify") does not contradict it; a denial under a modal ("could not attend") does."""
    at = next((j for j, t in enumerate(r.toks) if t.start == start), None)
    if at is None:
        return False
    return any(t.lower in _IRREALIS for t in r.toks[max(0, at - _IRREALIS_REACH):at])


def _same_sense(neg: Reading, neg_end: int, pos: Reading, pos_end: int) -> bool:
    """A negated word and the other side's use of its stem in one word class, or unknown:
    "didn't do him any favors" denies nothing of "he favored transparency"."""
    a, b = neg.word_class.get(neg_end), pos.word_class.get(pos_end)
    return a is None or b is None or a == b


_ANY = "\x00any"  # an anchor that any claim meets

# nouns whose "that" clause is what someone believes or says, not what the sentence asserts
_HELD = frozenset({"belief", "beliefs", "claim", "claims", "idea", "ideas", "theory", "theories",
                   "notion", "myth", "rumor", "rumors", "rumour", "rumours", "allegation",
                   "allegations", "suggestion", "assertion", "narrative", "speculation",
                   "conspiracy", "view", "argument", "lie", "lies"})
_HOLDER = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
                     "their", "our", "my", "your", "such", "any"})


def _reported(toks: list[Token]) -> frozenset[int]:
    """Tokens of "DET (ADJ ...) NOUN (...is) that <clause>" with a belief or statement noun:
    "the belief that vaccines can lead to autism", "the idea behind it is that ...".  A
    determiner within three words before the noun tells the noun ("the claims that") from
    the verb ("Report claims that")."""
    out: set[int] = set()
    for i in range(1, len(toks) - 1):
        if toks[i].lower in _REPORTING_PARTICIPLES and any(
                t.lower in _UTTERANCES for t in toks[max(0, i - 5):i]):
            # "made comments about vaccines, linking immunizations to autism": what the
            # comments said, not what the sentence asserts
            out.update(range(i + 1, _past_aside(toks, _clause_end(toks, i + 1))))
            continue
        if toks[i].lower not in _HELD:
            continue
        before = toks[max(0, i - 3):i]
        if not any(t.lower in _HOLDER or t.lower.endswith("'s") for t in before) \
                or any(t.lower in _CLAUSE_MARKS for t in before):
            continue
        that = _that_after(toks, i)
        if that is not None:
            out.update(range(that + 1, _past_aside(toks, _clause_end(toks, that + 1))))
    return frozenset(out)


_UTTERANCES = frozenset({"comment", "comments", "remark", "remarks", "statement", "statements",
                         "tweet", "tweets", "post", "posts", "posting", "postings"})
_REPORTING_PARTICIPLES = frozenset({"linking", "suggesting", "saying", "claiming", "alleging",
                                    "asserting", "implying", "tying", "connecting", "blaming"})
_DASHES = frozenset("—–")


def _past_aside(toks: list[Token], end: int) -> int:
    """A clause end at a dash that opens an aside ("these vaccines — and they are medical
    miracles — can cause autism"): the clause goes on after the closing dash."""
    if end >= len(toks) or toks[end].lower not in _DASHES:
        return end
    stop = _sentence_end(toks, end)
    close = next((j for j in range(end + 1, stop) if toks[j].lower in _DASHES), None)
    return end if close is None else _clause_end(toks, close + 1)


def _that_after(toks: list[Token], i: int) -> int | None:
    """The "that" opening what the noun at ``i`` holds: next to it, or after a copula a few
    words on ("the idea behind the conspiracy is that")."""
    if i + 1 < len(toks) and toks[i + 1].lower == "that":
        return i + 1
    for j in range(i + 1, min(i + 6, len(toks) - 1)):
        if toks[j].lower in _CLAUSE_MARKS or toks[j].lower in _CLAUSE_WORDS:
            return None
        if toks[j].lower in ("is", "was") and toks[j + 1].lower == "that":
            return j + 1
    return None


# what a writer calls untrue as they report it: "falsely suggested that X", "the myth that X",
# "a conspiracy theory that X", "the baseless claim that X": X is denied, the rest is not
_UNTRUE_HELD = frozenset({"false", "baseless", "groundless", "unfounded", "debunked",
                          "discredited", "bogus", "fake"})


def _read_labelled_untrue(r: Reading, shadowed: list[bool]) -> None:
    toks = r.toks
    for i, tok in enumerate(toks):
        low = tok.lower
        that: int | None = None
        if low == "falsely" and i + 2 < len(toks):
            that = next((j for j in range(i + 1, min(i + 4, len(toks)))
                         if toks[j].lower == "that"), i + 1)  # "falsely claimed the vote ..."
        elif low in ("myth", "myths", "lie", "lies") or (
                low in ("theory", "theories") and i > 0 and toks[i - 1].lower == "conspiracy") \
                or (low in _HELD and i > 0 and toks[i - 1].lower in _UNTRUE_HELD):
            that = _that_after(toks, i)
        if that is None or _negates_again(toks, i):
            continue
        end = _clause_end(toks, that + 1)
        content = {stem(t.text) for t in toks[that + 1:end] if _content(t)}
        if not content:
            continue
        r.denial = r.denial or (toks[i].start, toks[end - 1].end)
        r.denied_content |= content | {_MUST_OVERLAP}
        r.denial_needs = max(r.denial_needs, min(2, len(content)))
        r.denial_share = DENIED_SHARE
        for j in range(that + 1, end):
            shadowed[j] = True


# "Migrants who don't pass the interview risk ...", "if they do not pass": the negation
# picks out whom the sentence is about, or sets a condition; it asserts nothing
# ("that" is left out: "said that he did not attend" is a report of a statement)
_RESTRICTIVE = frozenset({"who", "which", "whose"})
_CONDITION = frozenset({"if", "unless"})


def _described(toks: list[Token], i: int) -> bool:
    start = _subject_start(toks, i)
    if start == 0:
        return False
    opener = toks[start - 1].lower
    if opener in _CONDITION:
        return True
    # a relative clause with no comma before it restricts a noun ("migrants who don't");
    # after a comma it tells something about it ("Trump, who did not attend, ...")
    return opener in _RESTRICTIVE and start >= 2 and toks[start - 2].is_word \
        and toks[start - 2].lower not in _RESTRICTIVE


# "must not be met with protests": a demand or advice, not a statement that something is false
_DEONTIC = frozenset({"must", "should", "ought", "shall", "need", "mustn't", "shouldn't"})
# "no further extensions", "not any more tests": more of a thing is denied, and with it the
# thing is taken for given ("the temporary extension" agrees)
_ADDITIVE = frozenset({"further", "more", "additional", "extra", "other", "new"})
# "Countries that don't have exemptions": "that" right before the verb is a relative pronoun
_RELATIVE_VERBS = frozenset({"do", "does", "did", "has", "have", "had", "is", "are", "was",
                             "were", "will", "would", "can", "could", "may", "might", "n't",
                             "not", "never"})


def _states_nothing(toks: list[Token], i: int) -> bool:
    """Negations that deny no statement a matching claim could make: an obligation or advice
    ("must not", "should not"), more of a thing ("no further extensions"), and a "that"
    relative clause picking out things ("countries that don't have exemptions will ...")."""
    low = toks[i].lower
    before = toks[i - 1].lower if i > 0 else ""
    if low in ("not", "n't") and before in _DEONTIC:
        return True
    after = [t.lower for t in toks[i + 1:i + 3]]
    if after[:1] == ["any"]:
        after = after[1:]
    if low in ("no", "not", "n't") and after[:1] and after[0] in _ADDITIVE \
            and after[1:2] != ["than"]:
        return True
    start = _subject_start(toks, i)
    that = next((j for j in range(i - 1, max(start - 1, i - 3), -1)
                 if toks[j].lower == "that"), None)
    return that is not None and that > 0 and toks[that - 1].is_word \
        and toks[that - 1].lower not in _THAT_COMPLEMENT \
        and toks[that - 1].lower not in _REPORTING_VERBS \
        and all(t.lower in _RELATIVE_VERBS for t in toks[that + 1:i + 1])


def _contrastive(toks: list[Token], i: int) -> bool:
    """"decided by their biology, not by their claimed gender identity": after a comma,
    "not" + preposition sets an alternative beside what the sentence asserts; it denies no
    one's statement (the other side would have to say "decided by gender identity")."""
    return toks[i].lower == "not" and i > 0 and toks[i - 1].lower == "," \
        and i + 1 < len(toks) and toks[i + 1].lower in _PREPOSITIONS


def _pronoun_is_not(toks: list[Token], i: int) -> bool:
    """"it's not a mass shooting; it's an election": what "it" is cannot be told, so the
    rest of the negated phrase ("shooting") ties it to nothing the other side says."""
    if toks[i].lower == "none" and [t.lower for t in toks[i + 1:i + 3]][:1] == ["of"]:
        return i + 2 < len(toks) and toks[i + 2].lower in ("this", "that", "it", "these",
                                                             "those", "them")
    start = _subject_start(toks, i)
    subject = toks[start:i]
    return bool(subject) and not any(_content(t) for t in subject) \
        and subject[0].lower in ("it", "it's", "this", "that", "that's") \
        and (toks[i - 1].lower in _COPULA or toks[i - 1].lower.endswith("'s"))


def _existential(toks: list[Token], i: int) -> bool:
    """"Nobody is ...", "There is no dog ...": what is negated is that the thing exists."""
    low = toks[i].lower
    if low == "none" and i + 1 < len(toks) and toks[i + 1].lower == "of":
        return False  # "none of the soldiers": what is negated is said of them, not of anything
    if low in ("nobody", "nothing", "none"):
        return True
    return low == "no" and i >= 2 and toks[i - 1].lower in ("is", "are", "was", "were") \
        and toks[i - 2].lower == "there"


def _subject_start(toks: list[Token], i: int) -> int:
    """Where the clause of the cue at ``i`` starts: its subject and auxiliary, not a whole
    chain of verbs before it."""
    start = i
    while start > max(0, i - _SUBJECT_REACH) and not (toks[start - 1].lower in _CLAUSE_MARKS
                                                      or toks[start - 1].lower in _CLAUSE_WORDS):
        start -= 1
    return start


def _read_negated_clause(r: Reading, i: int, end: int) -> None:
    """The clause a cue negates, subject included: "Bettman says NHL expansion not imminent",
    "Jordan's King Abdullah did not personally fly airstrikes".  Its words are compared with a
    matching claim that negates nothing (``_pairs``): the predicate may be worded differently
    ("fly" / "participate"), so the head-word reading alone misses it.  A bare "No," negates
    the sentence it opens."""
    toks = r.toks
    bare_no = i + 1 < len(toks) and toks[i + 1].lower == ","
    if toks[i].lower == "no":
        if not bare_no:
            return  # "no idea", "no one": a quantifier, read by the head-word rule
        if i > 0 and toks[i - 1].lower == "?":
            # "NHL expansion ahead? No, says the commissioner": the answer negates the question
            start = next((j + 1 for j in range(i - 2, -1, -1) if toks[j].lower in ".!?;"), 0)
            _add_negated_clause(r, start, i - 1, start)
            return
        end = _sentence_end(toks, i + 2)
    if (i > 0 and toks[i - 1].lower in _PREPOSITIONS) or _contrastive(toks, i):
        return  # "frustration with not finding love": a phrase, not the clause's statement
    head = next((t.lower for t in toks[i + 1:end] if _content(t) and t.lower not in _HEAD_SKIP),
                "")
    if head in _LITOTES:
        return  # "does not hide its support": an assertion
    _add_negated_clause(r, _subject_start(toks, i), end, i + 1 if not bare_no else i)


def _add_negated_clause(r: Reading, start: int, end: int, predicate: int) -> None:
    """The clause from ``start`` to ``end``; what is negated starts at ``predicate``."""
    words = [t for t in r.toks[start:end] if _content(t) and t.lower not in _HEAD_SKIP]
    negated_from = r.toks[predicate].start if predicate < len(r.toks) else len(r.said.claim.text)
    if words:
        r.negated_clauses.append((
            frozenset(stem(t.text) for t in words),
            frozenset(stem(t.text) for t in words if not _name_like(t, r)),
            frozenset(stem(t.text) for t in words
                      if t.start >= negated_from and t.lower not in _WHEN_WORDS),
            (r.toks[start].start, r.toks[end - 1].end)))


# when something happened is not what a negation denies: "Business Did Not Heat Up in
# February" shares only its subject and its month with "Sales Tank In February"
_WHEN_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july",
                         "august", "september", "october", "november", "december", "monday",
                         "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         "today", "yesterday", "tomorrow", "week", "weeks", "month", "months",
                         "year", "years", "day", "days", "night", "morning"})


# what a court or a motion dismisses: a case, not a statement ("seeking to dismiss that case",
# "predicted it would eventually be dismissed")
_LEGAL = frozenset({"case", "cases", "lawsuit", "lawsuits", "suit", "suits", "charge", "charges",
                    "appeal", "appeals", "complaint", "petition", "motion", "indictment"})
_PASSIVE_OR_TO = frozenset({"be", "been", "being", "is", "are", "was", "were", "to", "get",
                            "got"})
# "dismissed it as ...": a denial only when what it is called says untrue
_UNTRUE_LABELS = frozenset({"conspiracy", "propaganda", "smear", "hoax", "fiction", "fantasy",
                            "invention", "invented", "made-up", "rumour", "rumor", "speculation"})


def _dismissal(toks: list[Token], i: int) -> bool:
    """"dismiss" that is no denial of a statement: a case dismissed (passive, "to dismiss",
    a legal object), or "dismissed it as 'catch and release'" (a label, not a falsity)."""
    if not toks[i].lower.startswith("dismiss"):
        return False
    if i > 0 and toks[i - 1].lower in _PASSIVE_OR_TO:
        return True
    end = _clause_end(toks, i + 1, strong=True)
    following = [t.lower for t in toks[i + 1:end]]
    if any(w in _LEGAL for w in following[:4]):
        return True
    if "as" in following[:3]:
        label = following[following.index("as") + 1:]
        return not any(w in _FALSE or w in _DEBUNK or w in _UNTRUE_LABELS for w in label)
    return False


def _read_denial(r: Reading, i: int, shadowed: list[bool], complement_only: bool = False) -> None:
    """"denied that X did Y", "denies Lebanon captured his wife", "denies plan to X"
    (complement denied), or "rejected the claims" (bare denial).  Without "that" or a
    statement word, only "deny" and doubt words read a complement, and it must then share
    content with the other side (``complement_only``): "rejected the plan" is no denial."""
    toks = r.toks
    end = _clause_end(toks, i + 1, strong=True)
    nxt = [t.lower for t in toks[i + 1:i + 4]]
    if _negates_again(toks, i):
        return  # "denied that it did not pay": an assertion, left to the negation cues
    if i + 1 >= end and (_read_denied_antecedent(r, i, shadowed) or _fronted_thing(toks, i)):
        return
    explicit = nxt[:1] == ["that"] or any(w in _STATEMENT for w in nxt) or i + 1 >= end
    plain = explicit and not complement_only  # the long-standing, content-free reading
    refusal = bool(nxt) and (nxt[0] in _REFUSED_FIRST or bool(_REFUSED & set(nxt)))
    complement = (toks[i].lower.startswith("den") or complement_only) and bool(nxt) \
        and not refusal
    if plain or complement:
        content = {stem(t.text) for t in toks[i + 1:end]
                   if _content(t) and t.lower not in _STATEMENT and t.lower not in _FALSE
                   and not _name_like(t, r)}
        if not content and not plain:
            return  # a bare "denies X" with nothing to compare: silence
        r.denial = r.denial or (toks[i].start, toks[min(end, len(toks)) - 1].end)
        for j in range(i, _sentence_end(toks, i)):
            shadowed[j] = True
        r.denied_content |= content
        if not plain:
            r.denied_content.add(_MUST_OVERLAP)
        elif content:
            # "denied that the lawsuit had a political purpose": the lawsuit alone is the
            # story; the other side must say two things of what is denied
            r.denial_needs = max(r.denial_needs, min(2, len(content)))


_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "any", "every", "another"})
_NOT_A_SUBJECT = frozenset({"has", "have", "had", "is", "was", "were", "are", "will", "would",
                            "also", "then", "later", "quickly", "already"})


def _fronted_thing(toks: list[Token], i: int) -> bool:
    """"an option Iran has flatly rejected": what is rejected is the thing named before its
    subject (an option, a plan, an offer), not a statement of the other side."""
    begin = next((j + 1 for j in range(i - 1, -1, -1) if toks[j].lower in _CLAUSE_MARKS), 0)
    window = toks[begin:i]
    return len(window) >= 3 and window[0].lower in _DETERMINERS and window[1].is_word \
        and window[1].lower not in _STATEMENT and window[2].lower not in _NOT_A_SUBJECT


def _read_denied_antecedent(r: Reading, i: int, shadowed: list[bool]) -> bool:
    """"... evidence of collusion with Russia, which Trump denies": the denied statement is the
    one before "which", and the other side must say it (two of its words), not just anything."""
    toks = r.toks
    rel = next((j for j in range(i - 1, max(-1, i - 6), -1) if toks[j].lower == "which"), None)
    if rel is None:
        return False
    start = next((j + 1 for j in range(rel - 1, -1, -1) if toks[j].lower in ".!?;"), 0)
    content = {stem(t.text) for t in toks[start:rel]
               if _content(t) and not _name_like(t, r)}
    if content:
        r.denial = r.denial or (toks[rel].start, toks[i].end)
        r.denied_content |= content | {_MUST_OVERLAP}
        r.denial_needs = min(2, len(content))
        for j in range(rel, _sentence_end(toks, i)):
            shadowed[j] = True
    return True


def _read_falsity(r: Reading, shadowed: list[bool]) -> None:
    """"the report is false", "an incorrect statement", "does not reflect reality"."""
    toks = r.toks
    for i, tok in enumerate(toks):
        low = tok.lower
        before = [t.lower for t in toks[max(0, i - 3):i]]
        after = toks[i + 1].lower if i + 1 < len(toks) else ""
        false_word = low in _FALSE and after != "to" and any(w in _COPULA for w in before)
        not_truth = (low in _TRUTH and _cue_before(before)) or (
            low == "reflect" and any(w in ("not", "n't") for w in before))
        if (false_word or not_truth) and not _negates_again(toks, i) \
                and not _open_question(toks, i):
            start = next((j + 1 for j in range(i - 1, -1, -1)
                          if toks[j].lower in _CLAUSE_MARKS or toks[j].lower in _CLAUSE_WORDS), 0)
            if _describes_a_thing(toks, start, i):
                continue
            end = _clause_end(toks, i + 1)
            if r.denial is None:
                _read_false_subject(r, _subject_of(toks, start, i))
            r.denial = r.denial or (toks[start].start, toks[max(end - 1, i)].end)
            for j in range(0, len(toks)):
                shadowed[j] = True


# verbs and nouns whose "that" opens what is said, not a relative clause: "said that it
# isn't true", "the fact that it is false"
_THAT_COMPLEMENT = frozenset({"said", "say", "says", "saying", "told", "tell", "tells", "claim",
                              "believe", "believes", "think", "thinks", "thought", "argue",
                              "argues", "insist", "insists", "know", "knew", "known", "show",
                              "shows", "prove", "proves", "fact", "so", "sure", "clear", "noted",
                              "added", "stated", "warned", "found", "means", "mean"})


def _describes_a_thing(toks: list[Token], start: int, at: int) -> bool:
    """"made on things that weren't accurate", "figures which are false": a relative clause
    picks out a thing by a property; it calls no one's statement untrue ("reports that are
    false", "the claims, which are false" and "said that it isn't true" still do)."""
    for k in range(at - 1, max(start, 1) - 1, -1):
        if toks[k].lower in ("that", "which", "who"):
            noun = toks[k - 1]
            return noun.is_word and noun.lower not in _STATEMENT and noun.lower not in _COPULA \
                and noun.lower not in _THAT_COMPLEMENT and not noun.lower.endswith("ed")
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
    if not any(_content(t) for t in toks[start:at]) and start >= 2 \
            and toks[start - 1].lower in _DASHES:
        opening = next((j for j in range(start - 2, -1, -1) if toks[j].lower in _DASHES), None)
        if opening is not None:
            begin = next((j + 1 for j in range(opening - 1, -1, -1)
                          if toks[j].lower in _CLAUSE_MARKS or toks[j].lower in _CLAUSE_WORDS),
                         0)
            return toks[begin:opening]
    if not any(_content(t) for t in toks[start:at]) and start >= 2 \
            and toks[start - 1].lower == ",":
        comma = next((j for j in range(start - 2, -1, -1) if toks[j].lower == ","), None)
        if comma is not None and comma + 1 < at and toks[comma + 1].lower in ("which", "who"):
            begin = next((j + 1 for j in range(comma - 1, -1, -1)
                          if toks[j].lower in _CLAUSE_MARKS or toks[j].lower in _CLAUSE_WORDS),
                         0)
            return toks[begin:comma]
    return toks[start:at]


_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "them"})


def _read_false_subject(r: Reading, subject: list[Token]) -> None:
    """"This is false", "rumours about the star are false": the denied statement is the
    other side's.  "The position of the minister is unfounded": what is called untrue is
    named, and the other side must be about it (two of its words, names included, or its
    only one)."""
    words = {stem(t.text) for t in subject
             if _content(t) and t.lower not in _STATEMENT and t.lower not in _FALSE}
    # "the report is false" and "this is false" deny the other side's statement, whatever it
    # is; a pronoun inside a named subject ("the deal that was made") does not
    if any(t.lower in _STATEMENT and (t.lower not in _PRONOUNS or not words) for t in subject):
        return
    if words:
        r.denied_content |= words | {_MUST_OVERLAP}
        r.denial_needs = min(2, len(words))


_REPORTING_VERBS = frozenset({"claimed", "claims", "said", "says", "insisted", "insists",
                              "alleged", "alleges", "argued", "argues", "suggested", "suggests",
                              "maintained", "maintains", "believes", "believed", "called",
                              "calls"})


def _in_relative_report(toks: list[Token], i: int) -> bool:
    """"The host, who claimed the massacre was a hoax, was sued": the word is what the
    person the sentence is about said, not the writer's verdict on anything."""
    for j in range(i - 1, max(-1, i - 15), -1):
        if toks[j].lower in _CLAUSE_MARKS:
            return False
        if toks[j].lower in _REPORTING_VERBS:
            before = [t.lower for t in toks[max(0, j - 3):j]]
            return any(w in _RESTRICTIVE or w == "that" for w in before)
    return False


def _read_debunk(r: Reading, shadowed: list[bool]) -> None:
    """"Banksy arrest hoax", "Debunk: no, Apple didn't ...", "Fake News Report Claims ...",
    "Snyder Kills Stolen Batmobile Rumor": the whole sentence is called untrue.  Its content
    words, less the debunking ones, are what it denies."""
    toks = r.toks
    at = next((i for i in range(len(toks)) if _debunks(toks, i)
               and not _in_relative_report(toks, i)), None)
    if at is None or r.denial is not None:
        return
    r.denial = (toks[at].start, toks[at].end)
    r.denied_content |= {stem(t.text) for t in toks
                         if _content(t) and t.lower not in _DEBUNK and t.lower not in _STATEMENT
                         and t.lower not in _FAKE and t.lower not in _MEDIA
                         and t.lower not in _DISMISS and not _name_like(t, r)}
    r.denied_content.add(_MUST_OVERLAP)
    for j in range(len(toks)):
        shadowed[j] = True


# "fake" before what carries a statement: "Fake News Report Claims X", "Fake Lisa Bonet Tweet";
# not "fake passports" (a fact about the passports, not a denial)
_FAKE = frozenset({"fake", "fake-news", "bogus", "phony", "phoney", "hoax"})
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


def _debunks(toks: list[Token], i: int) -> bool:
    low = toks[i].lower
    following = [t.lower for t in toks[i + 1:i + 5] if t.is_word]
    if low == "fake-news" or (low in _FAKE and following[:1] == ["news"]):
        rest = following[1:] if low != "fake-news" else following
        return not rest or rest[0] not in _OUTLETS
    if low in _DEBUNK:
        return True
    if low in _FAKE:
        return bool(following) and following[0] not in _COPULA \
            and any(w in _MEDIA for w in following)
    if low in _RUMOUR:
        window = [t.lower for t in toks[max(0, i - 4):i + 4]]
        return any(w in _DISMISS for w in window)
    return False


def _read_poles(r: Reading, parity: list[int]) -> None:
    lowered = fold(r.said.claim.text)
    starts = [t.start for t in r.toks]
    for pair, yes, no, converse in _ANTONYMS:
        for sign, phrases in ((1, yes), (-1, no)):
            for phrase in phrases:
                for m in re.finditer(_pole_pattern(phrase), lowered):
                    # parity at the phrase's last word: "is not over" is negated at "over"
                    at = max((k for k, st in enumerate(starts) if st < m.end()), default=0)
                    effective = sign * (-1 if parity[at] % 2 else 1)
                    r.poles.setdefault(pair, (effective, m.start(), m.end()))
                    if converse:
                        subject = _subject_before(r.toks, at)
                        if subject:
                            r.subjects.setdefault(pair, subject)


@lru_cache(maxsize=256)
def _pole_pattern(phrase: str) -> re.Pattern[str]:
    """Whole words; a copula phrase also with its negation ("is over" finds "is not over")."""
    first, _, rest = phrase.partition(" ")
    body = re.escape(phrase)
    if first in _COPULA and rest:
        body = re.escape(first) + r"(?: not|n't|n’t)? " + re.escape(rest)
    return re.compile(rf"(?<![\w-]){body}(?![\w-])")


@lru_cache(maxsize=1)
def _metonyms() -> dict[str, str]:
    data = json.loads(TOPONYMS.read_text(encoding="utf-8"))
    return {fold(k): v for k, v in data.get("metonyms", {}).items()}


def party(word: str) -> str:
    """"Baku" -> azerb, "Azerbaijani" -> azerb, "Armenians" -> armen: one key per party."""
    folded = re.sub(r"'s$", "", fold(word))
    folded = _metonyms().get(folded, folded)
    letters = "".join(c for c in fold(folded) if c.isalpha())
    return letters[:5]


def _subject_before(toks: list[Token], at: int) -> str:
    for j in range(at - 1, max(-1, at - 6), -1):
        if toks[j].lower in _CLAUSE_MARKS:
            break
        if toks[j].text[:1].isupper() and toks[j].lower not in STOPWORDS:
            return party(toks[j].text)
    return ""


def _parties(toks: list[Token]) -> list[str]:
    return [party(t.text) for t in toks
            if t.is_word and t.text[:1].isupper() and t.lower not in STOPWORDS]


def _act(word: str) -> str | None:
    st = stem(word)
    return next((cls for prefix, cls in _ACTS.items() if st.startswith(prefix)), None)


def _read_blame(r: Reading) -> None:
    toks = r.toks
    framed: set[int] = set()
    for i, tok in enumerate(toks):
        if tok.lower not in _ACCUSE:
            continue
        end = _clause_end(toks, i + 1, strong=True)
        link = next((j for j in range(i + 1, end) if toks[j].lower in ("of", "for")), None)
        if link is None:
            continue
        accusers = _parties(toks[max(0, i - 6):i]) or (
            [party(r.said.claim.speaker)] if r.said.claim.speaker else [])
        accused = _parties(toks[i + 1:link])
        act = next((a for a in (_act(t.text) for t in toks[link + 1:end]) if a), None)
        if accusers and accused and act:
            r.accusations.append((accusers[-1], accused[0], act, tok.start, toks[end - 1].end))
            framed.update(range(i, end))
    for i, tok in enumerate(toks):
        act = _act(tok.text) if tok.is_word and i not in framed else None
        if act is None:
            continue
        before = toks[max(0, i - 3):i]
        perp = _parties([t for t in before if t.lower not in _CLAUSE_MARKS])
        after = toks[i + 1:_clause_end(toks, i + 1)]
        by = next((k for k, t in enumerate(after) if t.lower == "by"), None)
        if by is not None:
            perp = _parties(after[by + 1:by + 4]) or perp
        if perp:
            r.acts.append((perp[-1], act, tok.start, tok.end))


# -- comparing two readings ------------------------------------------------------------------
def _pairs(a: Reading, b: Reading) -> list[tuple[str, tuple[dict[str, object], ...], str]]:
    """(key, evidence, summary) for each way a and b contradict each other."""
    found: list[tuple[str, tuple[dict[str, object], ...], str]] = []
    for neg, pos in ((a, b), (b, a)):
        # a question asserts nothing, so nothing in it is contradicted; it can doubt what
        # the other side says ("Was the video all a hoax?") but its "not" negates nothing
        if _question(pos):
            continue
        for word, spans in sorted(neg.negated.items()) if not _question(neg) else ():
            if word in pos.asserted and word not in pos.negated \
                    and _anchored(neg.anchors.get(word, set()), pos) \
                    and _same_sense(neg, spans[0][1], pos, pos.asserted[word][1]) \
                    and not (_irrealis(pos, pos.asserted[word][0])
                             and not _irrealis(neg, spans[0][0])):
                ns, ps = spans[0], pos.asserted[word]
                found.append((f"negated:{word}", (
                    neg.said.span(*ns, role="negates"), pos.said.span(*ps, role="asserts")),
                    _say(neg, ns, pos, ps)))
        if not any(k.startswith("negated:") for k, _, _ in found) and not pos.any_cue \
                and pos.denial is None and not _question(neg):
            clause = _negated_clause_match(neg, pos)
            if clause is not None:
                whole = (0, len(pos.said.claim.text))
                found.append(("negated-clause", (
                    neg.said.span(*clause, role="negates"), pos.said.span(*whole, role="asserts")),
                    f"{neg.said.voice} says “{_text(neg, clause)}” where {pos.said.voice} "
                    f"says “{pos.said.claim.text.strip()}”."))
        if neg.denial is not None and pos.denial is None:
            content = neg.denied_content - {_MUST_OVERLAP}
            bare = not content and _MUST_OVERLAP not in neg.denied_content
            plain = _all_stems(pos) if not pos.any_cue else set()
            said = set(pos.asserted) | plain
            # two of the denied words, or all the other side says ("Judd Nelson is dead");
            # of a long denied complement, a share: two words of a sentence-long "myth that"
            # are the story, not the statement
            shared = len(content & said)
            if bare or (shared >= min(neg.denial_needs, max(1, len(pos.asserted)))
                        and shared >= neg.denial_share * len(content)):
                whole = (0, len(pos.said.claim.text))
                found.append(("denial", (neg.said.span(*neg.denial, role="denies"),
                                         pos.said.span(*whole, role="asserts")),
                              f"{neg.said.voice} denies what {pos.said.voice} says: "
                              f"“{_text(neg, neg.denial)}”."))
    if _question(a) or _question(b):
        return found
    for pair in sorted(set(a.poles) & set(b.poles)):
        sa, *span_a = a.poles[pair]
        sb, *span_b = b.poles[pair]
        if sa == sb:
            continue
        converse = next(c for p, _, _, c in _ANTONYMS if p == pair)
        if converse and (not a.subjects.get(pair) or a.subjects.get(pair) != b.subjects.get(pair)):
            continue
        found.append((f"opposite:{pair}", (a.said.span(*span_a, role="says"),
                                           b.said.span(*span_b, role="says")),
                      f"{a.said.voice} and {b.said.voice} say opposite things: "
                      f"“{_text(a, tuple(span_a))}” vs “{_text(b, tuple(span_b))}”."))
    for acc, other in ((a, b), (b, a)):
        for accuser, accused, act, start, end in acc.accusations:
            theirs = [(p, s, e) for p, x, s, e in other.acts if x == act] + \
                     [(y, s, e) for _, y, x2, s, e in other.accusations if x2 == act]
            for perp, s, e in theirs:
                if perp == accuser and perp != accused:
                    found.append((f"blame:{act}", (acc.said.span(start, end, role="accuses"),
                                                   other.said.span(s, e, role="accuses")),
                                  f"{acc.said.voice} and {other.said.voice} blame opposite "
                                  f"sides for {_ACT_NOUNS.get(act, act)}."))
                    break
    return found


# of what a writer calls a myth or a false claim ("the myth that <clause>"), the share of
# its content words the other claim must use (up to eight words: two, as before)
DENIED_SHARE = 0.25
# of a negated clause's content words, how many the other claim must use (and what share):
# two shared words tie the clause to the statement, not just to the story
NEGATED_CLAUSE_SHARED = 2
NEGATED_CLAUSE_SHARE = 0.4
NEGATED_CLAUSE_COVERS = 0.5  # of the other claim's content words


def _negated_clause_match(neg: Reading, pos: Reading) -> tuple[int, int] | None:
    asserted = set(pos.asserted) | _all_stems(pos)
    for words, common, negated, span in neg.negated_clauses:
        shared = words & asserted
        # a name in the negated part ("by Mueller") says who, not what is denied
        if not any(_stem_in_one_sense(neg, span, pos, w) for w in shared & negated & common):
            # only the subject (and when) shared, or the negated word in another sense
            # ("didn't do him any favors" / "he favored"): the other side says something else
            continue
        # the clause must restate most of the other claim: "the ambassadors did not attend
        # the ceremony" only names the people and the event of "the ministry condemned the
        # ambassadors over the ceremony"; and names alone ("Nagorno-Karabakh was not
        # Armenian territory") say the story, not the statement
        if len(shared) >= NEGATED_CLAUSE_SHARED and shared & common \
                and len(shared) >= NEGATED_CLAUSE_SHARE * len(words) \
                and len(shared) >= NEGATED_CLAUSE_COVERS * len(asserted):
            return span
    return None


def _stem_in_one_sense(neg: Reading, span: tuple[int, int], pos: Reading, word: str) -> bool:
    """``_same_sense`` (and ``_irrealis``) for a stem of a negated clause (within ``span``)."""
    ends = [t.end for t in neg.toks if span[0] <= t.start < span[1] and _content(t)
            and stem(t.text) == word]
    at = pos.asserted.get(word)
    if not ends or at is None:
        return True
    cue = next((t.start for j, t in enumerate(neg.toks)
                if span[0] <= t.start < span[1] and _is_cue(neg.toks, j)), span[0])
    if _irrealis(pos, at[0]) and not _irrealis(neg, cue):
        return False
    return any(_same_sense(neg, end, pos, at[1]) for end in ends)


def _anchored(anchor: set[str], pos: Reading) -> bool:
    return _ANY in anchor or not anchor.isdisjoint(_all_stems(pos))


def _all_stems(r: Reading) -> set[str]:
    """Every content stem, names included: a claim that negates nothing asserts all of it
    (but for what it reports as someone's belief or claim)."""
    return {stem(t.text) for i, t in enumerate(r.toks) if _content(t) and i not in r.reported}


def _text(r: Reading, span: tuple[int, ...]) -> str:
    return r.said.claim.text[span[0]:span[1]]


def _say(neg: Reading, ns: tuple[int, int], pos: Reading, ps: tuple[int, int]) -> str:
    return (f"{neg.said.voice} says “{_text(neg, ns)}” where {pos.said.voice} says "
            f"“{_text(pos, ps)}”.")


def contradictions(said: list[Said]) -> list[Difference]:
    readings = [read(s) for s in said]
    grouped: dict[str, tuple[dict[str, dict[str, object]], str]] = {}
    for a, b in combinations(readings, 2):
        if a.said.voice == b.said.voice:
            continue
        for key, evidence, summary in _pairs(a, b):
            rows, _ = grouped.setdefault(key, ({}, summary))
            for row in evidence:
                rows.setdefault(f"{row['claim_id']}|{row['voice']}|{row['start']}", row)
    out = []
    for key, (rows, summary) in sorted(grouped.items()):
        if key == "denial":  # every voice that denies, not only the first pair's
            summary = _denial_summary(list(rows.values())) or summary
        out.append(Difference(kind="contradiction", conflict=True, summary=summary,
                              evidence=tuple(sorted(rows.values(), key=evidence_order))))
    return out


def _question(r: Reading) -> bool:
    return r.said.claim.text.rstrip(" \"'”’»)").endswith("?")


def _denial_summary(rows: list[dict[str, object]]) -> str | None:
    """"A, B and C deny what D says: “refuted this claim”." for a statement denied by many."""
    deniers = list(dict.fromkeys(str(r["voice"]) for r in rows if r.get("role") == "denies"))
    asserters = list(dict.fromkeys(str(r["voice"]) for r in rows if r.get("role") == "asserts"))
    if len(deniers) < 2 or not asserters:
        return None
    first = next(str(r["text"]) for r in rows if r.get("role") == "denies")
    say = "say" if len(asserters) > 1 else "says"
    return f"{_listed(deniers)} deny what {_listed(asserters)} {say}: “{first}”."


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
