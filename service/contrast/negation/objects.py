"""What a negated word is done to: its object, its anchors, its sense; the whole or part
of it; what the other side says in other words (using it, one act, losing it)."""

from __future__ import annotations

from service.contrast.negation.clauses import place_span, subject_span
from service.contrast.negation.lexicon import ANY, PARTIAL, WHOLE
from service.contrast.negation.modality import _conditional, _earlier, _irrealis
from service.contrast.negation.quantified import whole_left_open
from service.contrast.negation.reading import Reading, direct_object
from service.contrast.negation.shown import shown_clause
from service.contrast.negation.subjects import _two_subjects
from service.contrast.negation.summaries import _say
from service.contrast.negation.when_where import _elsewhere
from service.contrast.text import stem


def _whole_denied(r: Reading, start: int, end: int) -> bool:
    """A "not all" / "not fully" between ``start`` and ``end`` (char offsets)."""
    toks = r.toks
    return any(t.lower in ("not", "n't") and start <= t.start < end and j + 1 < len(toks)
               and toks[j + 1].lower in WHOLE for j, t in enumerate(toks))


def _partial(r: Reading) -> bool:
    """The claim says a part did ("most of the passengers", "partly restored"), and not
    that all did ("officials in many states said all votes were counted")."""
    words = {t.lower for t in r.toks}
    return bool(words & PARTIAL) and not words & WHOLE


def _whole_left_open(neg: Reading, span: tuple[int, int], pos: Reading) -> bool:
    """The negation (at ``span``) denies a whole, which the other side does not say: "not
    fully restored" / "partly restored", "doesn't lift all stocks" / "the 10 best stocks"
    (``whole_denied``)."""
    return (_whole_denied(neg, *span) and _partial(pos)) \
        or whole_left_open(neg, *span, pos)


def _same_sense(neg: Reading, neg_end: int, pos: Reading, pos_end: int) -> bool:
    """A negated word and the other side's use of its stem in one word class, or unknown:
    "didn't do him any favors" denies nothing of "he favored transparency"."""
    a, b = neg.word_class.get(neg_end), pos.word_class.get(pos_end)
    return a is None or b is None or a == b


# "did not use tear gas" is denied by any act of using it: "fired tear gas", "dropped
# barrel bombs", "deployed the army" (what was used must be the whole of what was not)
_USE = frozenset(stem(w) for w in ("use", "used", "using", "employ", "employed", "deploy",
                                   "deployed"))
_ACTS_OF_USE = frozenset(stem(w) for w in (
    "use", "used", "using", "fired", "fire", "firing", "deployed", "deploy", "launched",
    "dropped", "sprayed", "employed", "shot", "threw", "hurled", "lobbed"))


def _used(neg: Reading, pos: Reading) -> list[tuple[str, tuple[dict[str, object], ...], str]]:
    for word, spans in sorted(neg.negated.items()):
        thing = neg.objects.get(word, set())
        if word not in _USE or word in pos.asserted or not thing or _earlier(neg, spans[0][0]) \
                or _conditional(neg, spans[0][0]):
            continue
        for j, t in enumerate(pos.toks):
            act = stem(t.text)
            if act in _ACTS_OF_USE and act in pos.asserted and act not in pos.negated \
                    and pos.asserted[act][0] == t.start and not _irrealis(pos, t.start) \
                    and thing <= direct_object(pos.toks, j):
                ps = shown_clause(pos, pos.asserted[act], False)
                return [(f"negated:{word}", (neg.said.span(*spans[0], role="negates"),
                                             pos.said.span(*ps, role="asserts")),
                         _say(neg, spans[0], pos, ps))]
    return []


# verbs that name one act, as news copy varies them: "did not reduce deaths" / "cut deaths by
# 30%" (the thing done to must be the same: "cut ties" is no reduction of deaths)
_ONE_ACT = tuple(frozenset(stem(w) for w in group) for group in (
    ("reduce", "reduced", "cut", "lower", "lowered", "lessen", "lessened", "decrease",
     "decreased", "slash", "slashed", "curb", "curbed"),
    ("increase", "increased", "boost", "boosted", "raise", "raised", "hike", "hiked"),
    ("ban", "banned", "prohibit", "prohibited", "outlaw", "outlawed"),
    ("buy", "bought", "purchase", "purchased", "acquire", "acquired"),
    ("cancel", "cancelled", "canceled", "scrap", "scrapped", "axe", "axed"),
))


# a general act and the verbs of its kinds: to deny the act is to deny each kind of it
# ("There is no one cutting a tomato" / "The lady is slicing a tomato"); a kind denied
# denies no other ("no one slicing a tomato" / "cutting a tomato": it may be chopped)
_KINDS_OF_ACT = {stem(act): frozenset(stem(w) for w in kinds) for act, kinds in (
    ("cut", ("slice", "sliced", "slicing", "chop", "chopped", "chopping", "dice", "diced",
             "dicing", "carve", "carved", "carving", "mince", "minced", "mincing")),
)}


def _one_act_in_other_words(neg: Reading, pos: Reading
                            ) -> list[tuple[str, tuple[dict[str, object], ...], str]]:
    """The act one side denies, told by the other in another verb for it (or for a kind of
    it), done to the same thing by the same subject: "The drug did not reduce deaths" / "The
    drug cut deaths"."""
    for word, spans in sorted(neg.negated.items()):
        group = next((g for g in _ONE_ACT if word in g), frozenset()) \
            | _KINDS_OF_ACT.get(word, frozenset())
        thing = neg.objects.get(word, set()) or _object_of_no_one(neg, word, spans[0][1])
        if not group or word in pos.asserted or not thing or _earlier(neg, spans[0][0]) \
                or _conditional(neg, spans[0][0]) \
                or not _anchored(neg.anchors.get(word, set()), pos):
            continue
        for j, t in enumerate(pos.toks):
            act = stem(t.text)
            if act in group and act in pos.asserted and act not in pos.negated \
                    and pos.asserted[act][0] == t.start and not _irrealis(pos, t.start) \
                    and thing <= direct_object(pos.toks, j) \
                    and not _elsewhere(neg, spans[0][1], pos, t.start) \
                    and not _two_subjects(neg, spans[0][0], pos, t.start):
                ps = shown_clause(pos, pos.asserted[act], False)
                return [(f"negated:{word}", (neg.said.span(*spans[0], role="negates"),
                                             pos.said.span(*ps, role="asserts")),
                         _say(neg, spans[0], pos, ps))]
    return []


def _object_of_no_one(neg: Reading, word: str, end: int) -> set[str]:
    """What a verb that "no one" negates is done to ("There is no one cutting a tomato",
    "No one is slicing the bread"): the object the reader keeps only for a "not"; the
    statement is that nobody did it (its anchor meets any claim), so its thing is all that
    ties it to the other side's act."""
    at = next((j for j, t in enumerate(neg.toks) if t.end == end), None)
    if at is None or ANY not in neg.anchors.get(word, set()) \
            or not neg.toks[at].lower.endswith("ing"):
        return set()
    return direct_object(neg.toks, at)


# verbs that say their object is gone or has stopped: "lost its majority" is "no longer has
# a majority", "stopped producing coal" is "no longer produces coal" (not "dropped": "dropped
# bombs" used them; nor "quit": "quit the cabinet" is a resignation)
_TAKING_AWAY = frozenset({"lost", "lose", "loses", "losing", "lack", "lacks", "lacked",
                          "lacking", "stopped", "stop", "stops", "ceased", "cease", "ceases",
                          "abandoned", "abandons", "halted", "halts", "avoided", "avoids",
                          "escaped", "escapes",
                          # what is awaited has not come: "still awaits the president's
                          # signature" / "has not yet signed"
                          "awaits", "awaiting", "awaited"})
_BEFORE_OBJECT = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "my", "all",
                            "any", "enough", "sufficient"})
# ("of", "out") for "out of": what is out of reach, free of, or exempt from it
_WITHOUT = frozenset({("of", "out"), ("of", "free"), ("from", "free"), ("from", "exempt")})
# the stems of those verbs, and of missing and failing, as a negated clause's head
_LOSING = frozenset(stem(w) for w in _TAKING_AWAY | {"miss", "missed", "misses", "fail",
                                                      "failed", "fails"})


def _taken_away(pos: Reading, start: int, neg: Reading | None = None, end: int = 0) -> bool:
    """The other side's word (at char offset ``start``) is what a verb of losing or stopping
    (or "out of") takes away: it says what the negation says ("no longer has a majority" /
    "lost its majority", "not in danger" / "out of danger"), in a word that is no cue.  Not
    where the negated word (ending at ``end`` in ``neg``) is taken away too: "is not out of
    danger" / "is out of danger" differ by the negation."""
    at = next((j for j, t in enumerate(pos.toks) if t.start == start), None)
    if at is None:
        return False
    if neg is not None:
        word = next((t.start for t in neg.toks if t.end == end), None)
        if word is not None and _taken_away(neg, word):
            return False
    j = at - 1
    while j >= 0 and pos.toks[j].lower in _BEFORE_OBJECT:
        j -= 1
    if j >= 1 and (pos.toks[j].lower, pos.toks[j - 1].lower) in _WITHOUT:
        return True  # "out of danger" is "not in danger", "exempt from the ban" not under it
    return j >= 0 and pos.toks[j].lower in _TAKING_AWAY


def _poles_agree(neg: Reading, span: tuple[int, int], pos: Reading) -> bool:
    """The negated word is part of a phrase whose state the other side says too: "is not
    under control" / "is out of control" (both: not contained).  Only where the negation
    turned the phrase (its state read with it): "not free and fair" is read as a whole."""
    return any(start <= span[1] and span[0] <= end and pair in pos.poles
               and pos.poles[pair][0] == sign and neg.pole_said.get(pair) == -sign
               for pair, (sign, start, end) in neg.poles.items())


def _same_object(objects: set[str], pos: Reading, word: str) -> bool:
    """"did not win the title" and "won the match": each names what was (not) done, and they
    differ.  Where either names nothing after the word, the subject must carry it."""
    if not objects:
        return True
    if word in _LIGHT_VERBS:  # "did not make sense" says nothing of "was made in a lab"
        return not objects.isdisjoint(_all_stems(pos))
    at = next(j for j, t in enumerate(pos.toks) if t.start == pos.asserted[word][0])
    return not direct_object(pos.toks, at) or not objects.isdisjoint(_all_stems(pos))


def _object_at(r: Reading, word: str) -> set[str]:
    at = next(j for j, t in enumerate(r.toks) if t.start == r.asserted[word][0])
    return direct_object(r.toks, at)


def _any_of_a_kind_named(neg: Reading, word: str, pos: Reading) -> bool:
    """"has not endorsed any candidate" / "endorsed Smith", "did not arrest any suspects" /
    "arrested John Doe": a negation of the act done to any one of a kind denies it done to
    the one the other side names. Only a name: "did not steal any data" says nothing of
    "stole two cars"."""
    objects = neg.objects.get(word, set())
    if not objects or word in _LIGHT_VERBS or word not in pos.asserted:
        return False
    toks = neg.toks
    if not any(t.lower == "any" and any(stem(u.text) in objects for u in toks[j + 1:j + 3])
               for j, t in enumerate(toks)):
        return False
    at = next(j for j, t in enumerate(pos.toks) if t.start == pos.asserted[word][0])
    # a title counts: "met Foreign Minister Lavrov"; "arrested the suspect" names no one
    first = pos.toks[at + 1] if at + 1 < len(pos.toks) else None
    return first is not None and first.is_word and first.text[:1].isupper()


# verbs whose meaning is mostly their object's ("make sense", "take part", "hold talks"): a
# negated one denies the other side's statement only with that object
_LIGHT_VERBS = frozenset(stem(w) for w in (
    "make", "take", "give", "go", "come", "get", "keep", "hold", "see", "know", "feel", "mean",
    "stand", "bring", "run", "find", "have", "do", "put", "set", "play", "turn", "show"))


def _predicate_span(neg: Reading, pos: Reading, word: str) -> tuple[int, int] | None:
    """Where the other side says what ``neg`` denies a thing is ("not a meteorite": its
    subject, "A meteorite landed") or where it is from ("not from Gaza": "taken in Gaza").
    The words around the cue need not be shared: "Managua explosion" is the other side's
    meteorite, in the denier's words."""
    kind = neg.predicates.get(word)
    if kind == "identity" and word in pos.asserted:
        return subject_span(pos.toks, word)
    if kind == "place" and _anchored(neg.anchors.get(word, set()), pos):
        return place_span(pos.toks, word)
    return None


def _anchored(anchor: set[str], pos: Reading) -> bool:
    if ANY in anchor:
        return True
    said = _all_stems(pos)
    return not anchor.isdisjoint(said) or not {_ONE_WORD.get(w, w) for w in anchor}.isdisjoint(
        {_ONE_WORD.get(w, w) for w in said})


# words for one thing, where a negated word is tied to the other side's by its subject:
# "the truce has held" / "the ceasefire has not held"
_ONE_WORD = {stem("truce"): stem("ceasefire"), stem("armistice"): stem("ceasefire"),
             stem("cease-fire"): stem("ceasefire")}


def _all_stems(r: Reading) -> frozenset[str]:
    """Every content stem, names included: a claim that negates nothing asserts all of it
    (but for what it reports as someone's belief or claim)."""
    return r.content_stems
