"""What one claim asserts and negates (``Reading``), and the token-level helpers every
rule uses: clause ends, cues, possessives, Title Case, word classes."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from embeddings.matching import TITLE_CASE_SHARE
from service.contrast.negation.attainment import short_of
from service.contrast.negation.lexicon import (
    CLAUSE_MARKS,
    CLAUSE_WORDS,
    CUES,
    CUES_BEFORE_TO,
    FAR_FROM_STATES,
    HEDGES,
    IDIOMS,
    IN_IDIOMS,
    LITTLE_AFTER,
    RULE_OUT,
    WHEN_WORDS,
    YET_AFTER,
)
from service.contrast.said import Said
from service.contrast.text import STOPWORDS, Token, named_times, stem


@dataclass
class Reading:
    """What one claim asserts and negates, with token positions for evidence."""

    said: Said
    toks: list[Token]
    negated: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # stem -> spans
    # stem -> the other content stems of its clause (subject included): what ties the
    # negation to a statement rather than to a word ("not under investigation")
    anchors: dict[str, set[str]] = field(default_factory=dict)
    # stem -> the content stems after the negated word in its clause: what was not done
    # ("did not win the title"), which the other side's object must share if it has one
    objects: dict[str, set[str]] = field(default_factory=dict)
    asserted: dict[str, tuple[int, int]] = field(default_factory=dict)  # stem -> span
    denial: tuple[int, int] | None = None  # span of a denial of a statement
    denied_content: set[str] = field(default_factory=set)  # stems in a denied complement
    denial_needs: int = 1  # how many of them the other side must use
    denial_share: float = 0.0  # and what share of them ("the myth that <a long clause>")
    # the denial calls a story untrue inside a phrase that names it ("fired over a fabricated
    # helicopter story"): a side that only names that story too tells nothing it denies
    denies_named_story: bool = False
    # the name of whom a denied way of killing was done to ("denied that Leyla was
    # beheaded": leyla), which with a killing ties the denial to the other side's report
    denied_victim: str = ""
    # "No, X is not Y": the span of a clause a headline's "No," calls untrue, and the
    # content stems of its subject, of what follows its cue, and of the rest (``rebuttals``)
    rebuttal: tuple[int, int] | None = None
    rebutted: tuple[frozenset[str], frozenset[str], frozenset[str]] = (
        frozenset(), frozenset(), frozenset())
    # the rebuttal is of a doer or a wish ("X is not the man who ...", "If only X did ..."):
    # the other side must name X too, not only tell the act (``identities``)
    rebuts_subject: bool = False
    headline: bool = False  # Title Case: capitalised words are not taken for names
    poles: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # pair -> sign, span
    # pair -> the side its phrase names, before any negation ("unsafe": -1, even in "never
    # said it was unsafe"): what a denial of the clause denies
    pole_said: dict[str, int] = field(default_factory=dict)
    # pairs read from a verb after "did not" ("did not convict"): they tell that the other
    # side's opposite agrees ("acquitted") and oppose nothing themselves: the negated verb
    # is read as negated, and "did not close" says less than "open" ("plans to close")
    denied_poles: set[str] = field(default_factory=set)
    subjects: dict[str, str] = field(default_factory=dict)  # converse pair -> subject party
    # converse pair -> the words a phrase after the subject's noun narrows it to ("the
    # evacuation of the north": north); two sides naming two such parts speak of two things
    subject_places: dict[str, frozenset[str]] = field(default_factory=dict)
    # a pair of OWN_SUBJECT -> the keys of the words for what its state is of ("Oil prices
    # rose": oil, price), none where not read, and the name they end in, if any
    pole_things: dict[str, tuple[frozenset[str], str]] = field(default_factory=dict)
    # converse pair -> the direct object of its phrase ("won the final": final), if any
    pole_objects: dict[str, str] = field(default_factory=dict)
    # converse pair -> the body that decided ("the Senate passed the bill": the Senate)
    pole_agents: dict[str, str] = field(default_factory=dict)
    # converse pair -> the word saying it is of a part of a group ("most Republicans
    # opposed": most): another part may have done the opposite
    pole_parts: dict[str, str] = field(default_factory=dict)
    accusations: list[tuple[str, str, str, int, int]] = field(default_factory=list)
    acts: list[tuple[str, str, int, int]] = field(default_factory=list)  # party, act, span
    # an act's start -> what it was done to ("shelled the market": market), where read, every
    # side named as doing it ("Russian and Ukrainian forces shelled": both), and the span
    # that names them with the act ("shelled by Russian forces")
    act_targets: dict[int, tuple[str, frozenset[str], int, int]] = field(default_factory=dict)
    # an act's start -> the sides named as what it was done to ("rammed two Philippine
    # vessels": phili; "the ship was rammed": the subject's), the kind of thing it names
    # besides them ("vessels": ship), and where that phrase ends
    act_patients: dict[int, tuple[frozenset[str], str, int]] = field(default_factory=dict)
    # each negated clause: the content stems around the cue (subject included), and its span
    # (stems, the stems of words that are not names, the stems of what is negated, span)
    negated_clauses: list[tuple[frozenset[str], frozenset[str], frozenset[str],
                                tuple[int, int]]] = field(default_factory=list)
    # negated stems that are what a thing is or where it is from, not what was done: "not a
    # meteorite" (stem -> "identity"), "not from Gaza" (-> "place"); ``compare`` ties them
    # to the other side's subject or place instead of to shared words around the cue
    predicates: dict[str, str] = field(default_factory=dict)
    # a place stem -> the correction that denies it, shown whole so a reader sees both
    # places: "in Lebanon, not Gaza", "not filmed in Gaza but in Lebanon"
    corrections: dict[str, tuple[int, int]] = field(default_factory=dict)
    any_cue: bool = False  # some negation cue anywhere (then nothing here is plainly asserted)
    # tokens of "the belief that ...", "a claim that ...": what someone holds, not what the
    # sentence asserts ("the belief that vaccines can lead to autism")
    reported: frozenset[int] = frozenset()
    openers: frozenset[int] = frozenset()  # sentence-initial common words: not names
    # token end offset -> "noun" | "verb" where the word before tells ("any favors", "he
    # favored"): one stem in two word classes is two senses
    word_class: dict[int, str] = field(default_factory=dict)

    # A claim's reading is compared with the reading of every claim the clusterer asks
    # ``disputed`` of (and is kept: ``compare._read``); what the comparisons read of one side
    # alone is worked out once a reading, after the reader has filled it in

    @cached_property
    def content_stems(self) -> frozenset[str]:
        """Every content stem, names included, but of what the claim reports as someone's
        belief or claim (``objects._all_stems``)."""
        return frozenset(stem(t.text) for i, t in enumerate(self.toks)
                         if is_content(t) and i not in self.reported)

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """Every token, lower-cased (what a comparison asks is any of a few words)."""
        return frozenset(t.lower for t in self.toks)

    @cached_property
    def times(self) -> dict[str, frozenset[str]]:
        """The years, months and weekdays the claim names, by kind (``named_times``)."""
        return named_times(self.toks)


def clause_end(toks: list[Token], i: int, strong: bool = False) -> int:
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
        if low == "yet" and j > 0 and toks[j - 1].lower in ("not", "n't", "never"):
            continue  # "not yet contained": an adverb, no conjunction that ends the clause
        if not strong and (low in CLAUSE_MARKS or low in CLAUSE_WORDS):
            return j
    return len(toks)


# prepositions that open where or when something happened, not what it was done to
_ADJUNCT = frozenset({"in", "on", "at", "near", "during", "after", "before", "over", "by",
                      "since", "until", "across", "around", "outside", "inside", "despite"})


def direct_object(toks: list[Token], head: int) -> set[str]:
    """The content stems of what a verb was done to, up to a "where" or "when" or the clause
    end: "won the title" -> {titl}, "resign from the cabinet" -> {cabinet}; "playing in a
    grassy area" names none."""
    out: set[str] = set()
    for t in toks[head + 1:clause_end(toks, head + 1)]:
        if t.lower in _ADJUNCT or t.lower in ("that", "whether", "if"):
            break
        if is_content(t) and t.lower not in WHEN_WORDS:
            out.add(stem(t.text))
    return out


def clause_start(toks: list[Token], i: int) -> bool:
    return i == 0 or toks[i - 1].lower in CLAUSE_MARKS or toks[i - 1].lower in CLAUSE_WORDS


def negates_again(toks: list[Token], i: int) -> bool:
    """A cue inside what follows ``i``'s "that": "not true that X did not" is double negation."""
    # "not that", "not true that", "not the case that"
    that = next((j for j in range(i + 1, min(i + 4, len(toks))) if toks[j].lower == "that"),
                None)
    if that is None or any(t.lower not in _TRUE_THAT for t in toks[i + 1:that]):
        return False
    return any(is_cue(toks, j) for j in range(that + 1, sentence_end(toks, i)))


_TRUE_THAT = frozenset({"true", "the", "case", "correct", "so"})


def sentence_end(toks: list[Token], i: int) -> int:
    return next((j for j in range(i, len(toks)) if toks[j].lower in ".!?;"), len(toks))


def is_content(tok: Token) -> bool:
    # "n't" is a cue, not a word of what is negated
    return tok.is_word and tok.lower not in STOPWORDS and len(tok.text) > 2 \
        and tok.lower not in CUES


# nouns spelt like an "-ly" adverb: "the rally turned violent" is of the rally, as "the
# protest turned violent" is of the protest (an adverb, "largely", is no subject)
_LY_NOUNS = frozenset({"rally", "ally", "assembly", "family", "supply", "reply", "tally",
                       "monopoly", "anomaly", "bully", "fly", "july", "italy"})


def adverb_like(word: str) -> bool:
    """Whether a lower-case word ends in "-ly" as an adverb or such an adjective does
    ("largely", "early", "deadly"), which says how, not who or what."""
    return word.endswith("ly") and word not in _LY_NOUNS


def cue_start(toks: list[Token], k: int) -> int:
    """Where a reader is shown the cue at ``k`` start: "n't" with the auxiliary it is
    written onto ("didn't poop", "isn't dead", "won't"), which alone is no word."""
    if toks[k].lower == "n't" and k > 0 and toks[k - 1].end == toks[k].start:
        return toks[k - 1].start
    verb = short_of(toks, k)
    if verb is not None:  # "fell short of": the verb says what was not reached
        return toks[verb].start
    return toks[k].start


def in_idiom(toks: list[Token], j: int) -> bool:
    """"in return", "in fact": the noun says nothing of its own (``IN_IDIOMS``)."""
    return j > 0 and toks[j - 1].lower == "in" and toks[j].lower in IN_IDIOMS


def is_cue(toks: list[Token], i: int) -> bool:
    low = toks[i].lower
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    if low in CUES:
        if low in ("not", "n't") and is_imperative(toks, i - 1):
            return False  # "Don't send gas to Ukraine": an urging, which asserts nothing
        if low == "no" and nxt[:1].isdigit():
            return False  # "No. 1"
        if low in ("no", "not") and i > 0 and toks[i - 1].lower == "than":
            # "better than no deal at all", "more often than not": the other term of a
            # comparison, which the sentence does not assert
            return False
        if low in ("no", "none") and i > 0 and toks[i - 1].lower in HEDGES:
            return False  # "almost no middle class": very little of it, not a denial
        if i + 2 < len(toks) and toks[i + 2].lower == "than" and nxt in _BOUNDS:
            return False  # "none other than the mayor", "no fewer than 40": a bound, or who
        if (low == "without" and i > 0 and toks[i - 1].lower in ("not", "n't")) \
                or (low in ("not", "n't") and nxt == "without"):
            return False  # "not without progress": with some (two cues that cancel)
        return nxt not in IDIOMS and nxt != "to"  # "not only", "no doubt", "not to mention"
    if low == "yet":  # "has yet to sign": "yet" is a cue only there
        return nxt == "to" and i > 0 and toks[i - 1].lower in YET_AFTER
    if low == "little":  # "did little to stop": as good as not done
        return nxt == "to" and i > 0 and toks[i - 1].lower in LITTLE_AFTER
    if low in RULE_OUT:  # "ruled out joining a coalition": will not join it ("did not rule
        # out" asserts: the negation before reads it)
        return nxt == "out" and not (i > 0 and toks[i - 1].lower in ("not", "n't", "never"))
    if low == "from":  # "far from contained", "far from over": not so (not "far from home")
        return i > 0 and toks[i - 1].lower == "far" and (
            nxt in FAR_FROM_STATES or (nxt.endswith("ed") and len(nxt) > 4))
    if low == "short":  # "fell short of expectations": not met (``short_of``)
        return short_of(toks, i) is not None
    return low in CUES_BEFORE_TO and nxt == "to"


# "no fewer than", "not more than", "none other than": before "than", what a cue bounds or
# names, which the sentence asserts (not "no better than": a judgement, negated)
_BOUNDS = frozenset({"other", "more", "less", "fewer", "later", "earlier", "sooner", "longer",
                     "shorter"})


def is_imperative(toks: list[Token], j: int) -> bool:
    """"Do" opening a sentence or a quotation (before "not" / "n't"): a command."""
    return j >= 0 and toks[j].lower == "do" \
        and (j == 0 or toks[j - 1].lower in CLAUSE_MARKS or toks[j - 1].text in _OPENERS)


_OPENERS = frozenset({"“", '"', "‘", "'", "«"})


def commanded_tokens(toks: list[Token]) -> frozenset[int]:
    """The clause of a command ("Do not send troops to Ukraine, the senator urged"; "Don't
    worry, ..."): what it urges, which the sentence does not assert."""
    out: set[int] = set()
    for j in range(len(toks) - 1):
        if toks[j + 1].lower in ("not", "n't") and is_imperative(toks, j):
            out.update(range(j, clause_end(toks, j + 2)))
    return frozenset(out)


def possessive(toks: list[Token], j: int) -> bool:
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


def name_like(tok: Token, r: Reading) -> bool:
    return not r.headline and tok.text[:1].isupper() and tok.start not in r.openers


COMMON_WORD_ZIPF = 4.0  # wordfreq Zipf: "mass" 4.6, "loggers" 2.6, "banksy" 2.5


def sentence_openers(toks: list[Token]) -> frozenset[int]:
    """Starts of sentence-initial words that are common English words ("Mass grave found",
    "Loggers cut down"): capitalised by their place, not because they are names."""
    from embeddings.lexical import general_rarity

    out = set()
    for i, tok in enumerate(toks):
        opens = i == 0 or toks[i - 1].lower in (".", "!", "?", ":", '"', "“")
        # a plural is rarer than its noun ("Warnings" 3.8, "warning" 4.6)
        forms = (tok.lower, tok.lower[:-1]) if tok.lower.endswith("s") else (tok.lower,)
        if opens and tok.is_word and any(7.0 - general_rarity(f) >= COMMON_WORD_ZIPF
                                         for f in forms):
            out.add(tok.start)
    return frozenset(out)


_BEFORE_NOUN = frozenset({"a", "an", "the", "any", "some", "no", "his", "her", "their", "its",
                          "our", "my", "your", "these", "those", "every", "each", "many", "few",
                          "several", "'s"})


_BEFORE_VERB = frozenset({"he", "she", "they", "we", "i", "has", "have", "had", "been", "be",
                          "was", "were", "will", "would", "could", "should", "can", "may",
                          "might", "did", "does", "to", "n't", "not", "never"})


_IS_SHORT = frozenset({"he's", "she's", "it's", "that's", "what's", "there's", "who's",
                       "here's", "where's"})


def word_class_at(toks: list[Token], j: int) -> str | None:
    """"noun" after a determiner or a possessive ("any favors", "Mueller's questions"), "verb"
    after a subject pronoun or an auxiliary ("he favored", "has not been questioned")."""
    if j == 0 or not is_content(toks[j]):
        return None
    before = toks[j - 1].lower
    if before in _BEFORE_NOUN or (before.endswith(("'s", "s'")) and before not in _IS_SHORT):
        return "noun"
    return "verb" if before in _BEFORE_VERB else None



