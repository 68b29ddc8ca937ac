"""Compare two readings and report the contradictions of a cluster."""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations, pairwise

from embeddings.types import Claim, Difference
from service.contrast.negation.blame import (
    NAMED,
    ROLE,
    SAYING,
    may_be_one_side,
    party,
    subject_head,
)
from service.contrast.negation.clauses import conditional_tokens, place_span, subject_span
from service.contrast.negation.lexicon import (
    ACT_NOUNS,
    ACTED_ON,
    ANTONYMS,
    ANY,
    CHANGEABLE,
    CLAUSE_MARKS,
    CLAUSE_WORDS,
    CUES,
    MAJORITY,
    MUST_OVERLAP,
    OBJECT_NEEDED,
    PARTIAL,
    PERIODIC,
    ROLES,
    VOTE_PAIR,
    WHEN_WORDS,
    WHOLE,
)
from service.contrast.negation.quantified import whole_left_open
from service.contrast.negation.reader import prefixed_negation, read
from service.contrast.negation.reading import (
    Reading,
    clause_end,
    clause_start,
    direct_object,
    is_content,
    is_cue,
    name_like,
)
from service.contrast.negation.shown import shown_clause, shown_negation
from service.contrast.negation.targets import two_targets
from service.contrast.negation.unasserted import (
    clause_not_yet_against_future,
    clause_taken_back,
    clause_wished,
    not_yet_against_future,
    sought,
    taken_back,
)
from service.contrast.said import Said, capital, evidence_order, says
from service.contrast.text import Token, named_times, of_two_times, stem, tokens

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
    if r.toks[at].lower == "cannot":  # the cue is its own modal
        return True
    return any(t.lower in _IRREALIS and not (t.lower == "to" and j > 0 and r.toks[j - 1].lower
                                             in _IMPLICATIVE)
               for j, t in enumerate(r.toks[max(0, at - _IRREALIS_REACH):at],
                                     max(0, at - _IRREALIS_REACH)))


# "was forced to close", "managed to escape": what follows "to" happened
_IMPLICATIVE = frozenset({"forced", "compelled", "obliged", "managed", "made"})


# "did not plan to appeal", "has no intention to resign": a denial of an intention, which
# disputes a future under a modal ("would appeal") as "would not appeal" does
# (not "expect": a belief about what will happen, not a will to do it)
_INTENT = frozenset({"plan", "plans", "planned", "planning", "intend", "intends", "intended",
                     "intention", "want", "wants", "wanted", "aim", "aims", "aimed", "seek",
                     "seeks", "sought"})
_INTENT_REACH = 3  # tokens after the cue


def _intended(r: Reading, start: int) -> bool:
    at = next((j for j, t in enumerate(r.toks) if t.start == start), None)
    if at is None:
        return False
    after = r.toks[at + 1:at + 1 + _INTENT_REACH + 1]
    return any(t.lower in _INTENT and nxt.lower == "to" for t, nxt in pairwise(after))


def _unreal(neg: Reading, start: int, pos: Reading, pos_start: int) -> bool:
    """The cue stands under "to" or a modal, or denies an intention where the other side
    says what will be done ("would appeal"; not what could be, or would be if ...)."""
    if _irrealis(neg, start):
        return True
    at = next((j for j, t in enumerate(pos.toks) if t.start == pos_start), None)
    if at is None or not _intended(neg, start):
        return False
    before = [t.lower for t in pos.toks[max(0, at - _IRREALIS_REACH):at]]
    return "would" in before and not set(before) & (_IRREALIS - {"would"}) \
        and not any(t.lower in ("if", "unless") for t in pos.toks[at:])


# "cannot announce" / "are discussing plans to announce": what one is unable (or not
# allowed) to do is no denial that one plans or wants to do it; both can be true (a NewsWCL50
# store read "North and South Korea can not themselves announce an end to the Korean War" as
# disputing that they "are discussing plans to announce" one). "could not pay" / "could pay"
# still dispute: one modal on both sides
_ABILITY = frozenset({"can", "ca", "cannot", "could", "able", "unable"})
_PLANNING = _INTENT | frozenset({"discussing", "discussed", "considering", "considered",
                                 "weighing", "mulling", "preparing", "prepared", "hopes",
                                 "hoped", "hoping", "proposed", "proposes"})


# verbs whose "that" opens what was told or found ("wrote that", "concluded that")
_TELLING = frozenset(stem(w) for w in (
    "wrote", "write", "written", "said", "say", "stated", "claimed", "claim", "reported",
    "report", "found", "find", "concluded", "conclude", "suggested", "suggest", "showed", "show",
    "argued", "argue", "alleged", "allege", "mentioned", "mention", "told", "indicated",
    "indicate", "testified", "testify", "recorded", "record", "noted", "note"))


def _said_of_other_things(neg: Reading, end: int, pos: Reading, pos_start: int) -> bool:
    """The negated verb (ending at char offset ``end``) denies what was said or written
    ("never wrote that he felt obstructed"), and the other side's use of it says nothing of
    that ("memos written by Comey show no collusion", "Comey wrote that it was up to Trump"):
    no word of the denied complement follows the other side's verb."""
    at = next((j for j, t in enumerate(neg.toks) if t.end == end), None)
    pos_at = next((j for j, t in enumerate(pos.toks) if t.start == pos_start), None)
    if at is None or pos_at is None or at + 1 >= len(neg.toks) or neg.toks[at + 1].lower != "that" \
            or stem(neg.toks[at].text) not in _TELLING:
        return False  # "No dog is in the sand that is blowing": a relative clause, no telling
    denied = {stem(t.text) for t in neg.toks[at + 2:clause_end(neg.toks, at + 2)]
              if is_content(t)}
    told = {stem(t.text) for t in pos.toks[pos_at + 1:clause_end(pos.toks, pos_at + 1)]
            if is_content(t)}
    return bool(denied) and denied.isdisjoint(told)


def _ability_against_plan(neg: Reading, start: int, pos: Reading, pos_start: int) -> bool:
    """The negation (cue at ``start``) says what cannot be done, and the other side's word (at
    ``pos_start``) stands under a plan or wish to do it ("plans to", "wants to")."""
    at = next((j for j, t in enumerate(neg.toks) if t.start == start), None)
    pos_at = next((j for j, t in enumerate(pos.toks) if t.start == pos_start), None)
    if at is None or pos_at is None:
        return False
    before_cue = {t.lower for t in neg.toks[max(0, at - _IRREALIS_REACH):at + 1]}
    before_word = [t.lower for t in pos.toks[max(0, pos_at - _IRREALIS_REACH):pos_at]]
    return bool(before_cue & _ABILITY) and any(
        w in _PLANNING and nxt == "to" for w, nxt in pairwise(before_word))


def _conditional(r: Reading, start: int) -> bool:
    """The word at ``start`` stands in a clause of condition ("unless it is not approved"):
    what it negates is not said not to have happened (what such a clause asserts, the reader
    already leaves out)."""
    at = next((j for j, t in enumerate(r.toks) if t.start == start), None)
    return at is not None and at in conditional_tokens(r.toks)


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
            ps = _predicate_span(neg, pos, word)
            tied = ps is not None  # "not a meteorite" / "A meteorite landed": what it is
            ps = ps or pos.asserted.get(word) or _planned(word, pos)
            if ps is not None and word not in pos.negated and not _earlier(neg, spans[0][0]) \
                    and (tied or _anchored(neg.anchors.get(word, set()), pos)) \
                    and (tied or _same_object(neg.objects.get(word, set()), pos, word)
                         or _any_of_a_kind_named(neg, word, pos)) \
                    and _same_sense(neg, spans[0][1], pos, ps[1]) \
                    and not (_irrealis(pos, ps[0]) and not _unreal(neg, spans[0][0], pos, ps[0])) \
                    and not _ability_against_plan(neg, spans[0][0], pos, ps[0]) \
                    and not not_yet_against_future(neg, spans[0][0], pos, ps[0]) \
                    and not (sought(pos, ps[0]) and not tied) \
                    and not taken_back(pos, ps[0]) \
                    and not _said_of_other_things(neg, spans[0][1], pos, ps[0]) \
                    and not _conditional(neg, spans[0][0]) \
                    and not _whole_left_open(neg, spans[0], pos) \
                    and not _poles_agree(neg, spans[0], pos) \
                    and not _told_apart(neg, spans[0][1], pos, ps[0]) \
                    and not _taken_away(pos, ps[0], neg, spans[0][1]) \
                    and not _elsewhere(neg, spans[0][1], pos, ps[0]) \
                    and (tied or not _two_subjects(neg, spans[0][0], pos, ps[0])) \
                    and not two_targets(neg, spans[0][0], pos, word):
                ns = neg.corrections.get(word) or shown_negation(neg, spans[0])
                ps = shown_clause(pos, ps, tied)
                found.append((f"negated:{word}", (
                    neg.said.span(*ns, role="negates"), pos.said.span(*ps, role="asserts")),
                    _say(neg, ns, pos, ps)))
        if not any(k.startswith("negated:") for k, _, _ in found) and not _question(neg):
            found += _used(neg, pos) or _one_act_in_other_words(neg, pos)
        if not any(k.startswith("negated:") for k, _, _ in found) and not pos.any_cue \
                and pos.denial is None and not _question(neg):
            clause = _negated_clause_match(neg, pos)
            if clause is not None and not _whole_left_open(neg, clause, pos) \
                    and not _clause_told_apart(neg, clause, pos) \
                    and not clause_not_yet_against_future(neg, clause, pos) \
                    and not clause_wished(neg, clause, pos) \
                    and not clause_taken_back(neg, clause, pos) \
                    and not _denies_the_opposite(neg, clause, next(
                        n for _, _, n, sp in neg.negated_clauses if sp == clause), pos) \
                    and not _earlier(neg, clause[1], reach=sum(
                        clause[0] <= t.start < clause[1] for t in neg.toks)):
                whole = (0, len(pos.said.claim.text))
                found.append(("negated-clause", (
                    neg.said.span(*clause, role="negates"), pos.said.span(*whole, role="asserts")),
                    f"{_says(neg)} “{_text(neg, clause)}” where {_says(pos, start=False)} "
                    f"“{pos.said.claim.text.strip()}”."))
        if neg.denial is not None and pos.denial is None and not _earlier(neg, neg.denial[0]) \
                and not any(k == "negated-clause" for k, _, _ in found):  # one finding of it
            content = neg.denied_content - {MUST_OVERLAP}
            bare = not content and MUST_OVERLAP not in neg.denied_content
            plain = _all_stems(pos) if not pos.any_cue else set()
            said = set(pos.asserted) | plain
            # two of the denied words, or all the other side says ("Judd Nelson is dead");
            # of a long denied complement, a share: two words of a sentence-long "myth that"
            # are the story, not the statement
            shared = len(content & said)
            # "denied there was any collusion" / "said his campaign did not collude": the
            # other side denies it too (a word of the same root negated there, and no more
            # than one word of the denial asserted: "Apple didn't change the internals to
            # avoid bending" still denies "Apple added reinforcement so it doesn't bend")
            both_deny = shared < NEGATED_CLAUSE_SHARED and any(
                w[:5] in {c[:5] for c in content} and not _purpose(pos, spans[0][0])
                for w, spans in pos.negated.items())
            if not both_deny and not _denies_the_opposite(neg, neg.denial, content, pos) \
                    and not _stance_on_what_one_denies_a_part_in(neg, pos) \
                    and (bare or (
                    shared >= min(neg.denial_needs, max(1, len(pos.asserted)))
                    and shared >= neg.denial_share * len(content))):
                whole = (0, len(pos.said.claim.text))
                found.append(("denial", (neg.said.span(*neg.denial, role="denies"),
                                         pos.said.span(*whole, role="asserts")),
                              f"{capital(neg.said.shown)} "
                              f"{'deny' if says(neg.said.shown) == 'say' else 'denies'} "
                              f"what {_says(pos, start=False)}: “{_text(neg, neg.denial)}”."))
    if _question(a) or _question(b):
        return found
    opposed: set[tuple[int, ...]] = set()  # (side, span) a pole finding has used
    for pair in sorted(set(a.poles) & set(b.poles)):
        sa, *span_a = a.poles[pair]
        sb, *span_b = b.poles[pair]
        if (0, *span_a) in opposed or (1, *span_b) in opposed:
            continue  # "kept rates unchanged" / "raised rates": one opposition, said once
        if sa == sb or _uncued(_text(a, tuple(span_a))) == _uncued(_text(b, tuple(span_b))):
            continue  # one word, negated on one side: the negation is what differs
        if pair in a.denied_poles or pair in b.denied_poles:
            continue  # "did not close" / "plans to close": what is denied is read as such
        if _not_asserted(a, span_a[0]) or _not_asserted(b, span_b[0]):
            continue  # "rejected claims that its product was unsafe" / "the product is safe"
        if _earlier(a, span_a[0]) or _earlier(b, span_b[0]):
            continue  # "initially pleaded not guilty" / "pleaded guilty": since changed
        converse = next(c for p, _, _, c in ANTONYMS if p == pair)
        if pair == VOTE_PAIR and not _one_body(a.subjects.get(pair), b.subjects.get(pair)):
            continue  # "the board unanimously approved" / "shareholders voted against"
        if converse and not _same_subject(a, b, pair):
            continue
        if _placed_apart(a, span_a[0], b, span_b[0]):
            continue  # "The strike at the port ended" / "The strike at the airport continues"
        if not _one_thing(a.pole_things.get(pair), b.pole_things.get(pair)):
            continue  # "Oil prices rose" / "Gold prices fell": of two things (OWN_SUBJECT)
        objects = a.pole_objects.get(pair), b.pole_objects.get(pair)
        if pair in OBJECT_NEEDED:
            if not _moved_one_thing(a, span_a[1], b, span_b[1]):
                continue  # "raised $5 million" / "cut 500 jobs"
        elif converse and None not in objects and objects[0] != objects[1]:
            continue  # "won the match" / "lost its captain": of two things
        parts = {a.pole_parts.get(pair), b.pole_parts.get(pair)}
        if converse and parts != {None} and not parts <= MAJORITY:
            continue  # "most Republicans opposed" / "several supported": parts of a group
        if not _one_actor(pair, a.pole_agents.get(pair), b.pole_agents.get(pair)):
            continue  # "the House passed the bill" / "defeated in the Senate": two votes
        if pair in ACTED_ON and _months_apart(a, b):
            continue  # "vetoed the parking ordinance in May" / "signed the ordinance" (July)
        rows = (a.said.span(*span_a, role="says"), b.said.span(*span_b, role="says"))
        if pair in CHANGEABLE | PERIODIC and of_two_times(a.toks, b.toks):
            # "raised rates in March" / "cut rates in September": a state at two times (a
            # minister who "resigned on Monday" / "was sacked on Tuesday" left once); "a
            # profit in 2022" / "a loss in 2023": two results
            if pair in CHANGEABLE:
                found.append((f"changed:{pair}", rows,
                              f"Said of two times: “{_text(a, tuple(span_a))}” "
                              f"({a.said.shown}) and “{_text(b, tuple(span_b))}” "
                              f"({b.said.shown})."))
            continue
        if pair in CHANGEABLE and a.said.day and b.said.day and a.said.day != b.said.day \
                and not _one_day(a, b):
            # "still at large" on Thursday, "arrested" on Friday: the story moved on
            (first, fs), (then, ts) = sorted(((a, span_a), (b, span_b)),
                                             key=lambda r: str(r[0].said.day))
            found.append((f"changed:{pair}", rows,
                          f"The story moved on: “{_text(first, tuple(fs))}” "
                          f"({first.said.shown}, {first.said.day}), then "
                          f"“{_text(then, tuple(ts))}” ({then.said.shown}, {then.said.day})."))
            continue
        opposed.update({(0, *span_a), (1, *span_b)})
        found.append((f"opposite:{pair}", rows,
                      f"{capital(a.said.shown)} and {b.said.shown} say opposite things: "
                      f"“{_text(a, tuple(span_a))}” vs “{_text(b, tuple(span_b))}”."))
    # "the police fired first" / "protesters fired first": each names another side as the
    # one who began (said on both sides; a plain act by each is no dispute)
    starts_a = [(p, s, e) for p, x, s, e in a.acts if x == "start"]
    starts_b = [(p, s, e) for p, x, s, e in b.acts if x == "start"]
    if starts_a and starts_b and {p for p, _, _ in starts_a}.isdisjoint(
            {p for p, _, _ in starts_b}):
        (_, sa, ea), (_, sb, eb) = starts_a[0], starts_b[0]
        found.append(("blame:start", (a.said.span(sa, ea, role="accuses"),
                                      b.said.span(sb, eb, role="accuses")),
                      f"{capital(a.said.shown)} and {b.said.shown} name different sides as "
                      f"the one who started it."))
    found.extend(_culprits(a, b))
    for acc, other in ((a, b), (b, a)):
        for accuser, accused, act, start, end in acc.accusations:
            theirs = [(p, s, e) for p, x, s, e in other.acts if x == act] + \
                     [(y, s, e) for _, y, x2, s, e in other.accusations if x2 == act]
            for perp, s, e in theirs:
                if perp == accuser and perp != accused:
                    found.append((f"blame:{act}", (acc.said.span(start, end, role="accuses"),
                                                   other.said.span(s, e, role="accuses")),
                                  f"{capital(acc.said.shown)} and {other.said.shown} blame "
                                  f"opposite "
                                  f"sides for {_blamed_for(act)}."))
                    break
    if not any(k.startswith("blame:") for k, _, _ in found):
        found.extend(_other_culprits(a, b))
    return found


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


def _one_act_in_other_words(neg: Reading, pos: Reading
                            ) -> list[tuple[str, tuple[dict[str, object], ...], str]]:
    """The act one side denies, told by the other in another verb for it, done to the same
    thing by the same subject: "The drug did not reduce deaths" / "The drug cut deaths"."""
    for word, spans in sorted(neg.negated.items()):
        group = next((g for g in _ONE_ACT if word in g), None)
        thing = neg.objects.get(word, set())
        if group is None or word in pos.asserted or not thing or _earlier(neg, spans[0][0]) \
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


def _blamed_for(act: str) -> str:
    return f"the {act[4:]}" if act.startswith("for:") else ACT_NOUNS.get(act, act)


def _other_culprits(a: Reading, b: Reading) -> list[tuple[str, tuple[dict[str, object], ...],
                                                         str]]:
    """"The minister blamed traffickers for the deaths" / "Europe's policies are to blame
    for the deaths": each voice names another side as the one to blame for one thing (named
    sides only: a label may name the side the other names)."""
    for _, accused, act, sa, ea in a.accusations:
        for _, accused_b, act_b, sb, eb in b.accusations:
            if act_b != act or accused_b == accused \
                    or may_be_one_side(frozenset({accused}), frozenset({accused_b})):
                continue
            return [(f"blame:{act}", (a.said.span(sa, ea, role="accuses"),
                                      b.said.span(sb, eb, role="accuses")),
                     f"{capital(a.said.shown)} and {b.said.shown} blame different sides for "
                     f"{_blamed_for(act)}.")]
    return []


def _same_subject(a: Reading, b: Reading, pair: str) -> bool:
    """Whether a converse pair is said of one subject; or by one body, where one side names
    the body as its subject: "The court ruled the law unconstitutional" (court) / "The court
    upheld the law" (the law, ruled by the court)."""
    sa, sb = a.subjects.get(pair), b.subjects.get(pair)
    if sa and sb and sa != sb and pair in a.poles and pair in b.poles \
            and (sa == _head_before(b, b.poles[pair][1])
                 or sb == _head_before(a, a.poles[pair][1])):
        sa = sb  # "the outbreak" / "the cholera outbreak": the head of the other's phrase
    if sa and sa == sb:
        # "The evacuation of the north was orderly" / "of the south was chaotic": two parts
        qa, qb = a.subject_places.get(pair), b.subject_places.get(pair)
        return not qa or not qb or not qa.isdisjoint(qb)
    return any(s and s[:5] == other.pole_agents.get(pair) and pair not in one.pole_agents
               for s, one, other in ((sa, a, b), (sb, b, a)))


# the bodies that vote, under the words for them and for their members (subject keys): a
# vote of one is no vote of another ("the board" / "shareholders"), a member's is the body's
_BODIES = {"board": "board", "director": "board", "court": "court", "judg": "court",
           "justic": "court", "jury": "jury", "juror": "jury", "senat": "senate",
           "senator": "senate", "council": "council", "councillor": "council",
           "committe": "committee", "share": "shareholders", "parliament": "parliament",
           "lawmak": "parliament", "mp": "parliament", "panel": "panel", "cabinet": "cabinet",
           "minist": "cabinet", "union": "union"}


def _one_body(sa: str | None, sb: str | None) -> bool:
    """Whether two subjects of a vote may be one body (either not a body we know: "the
    decision was unanimous", or "Helix's board" / "Helix's directors" by its name)."""
    body_a, body_b = _BODIES.get(sa or ""), _BODIES.get(sb or "")
    return body_a is None or body_b is None or body_a == body_b


def _head_before(r: Reading, start: int) -> str:
    at = next((j for j, t in enumerate(r.toks) if t.start >= start), len(r.toks))
    return subject_head(r.toks, at)


_EARLIER = frozenset({"initially", "originally", "previously", "formerly"})
_EARLIER_REACH = 4  # tokens before the phrase: "Manafort initially pleaded not guilty"


def _earlier(r: Reading, start: int, reach: int = _EARLIER_REACH) -> bool:
    """Whether what starts at ``start`` (a clause: ends, with the clause as ``reach``) is
    said as a state since left ("initially pleaded not guilty", "at first denied"), which a
    later one does not dispute."""
    at = next((k for k, t in enumerate(r.toks) if t.start >= start), len(r.toks))
    before = [t.lower for t in r.toks[max(0, at - reach):at]]
    return bool(_EARLIER.intersection(before)) or any(
        pair == ("at", "first") for pair in pairwise(before))


def _one_thing(a: tuple[frozenset[str], str] | None,
               b: tuple[frozenset[str], str] | None) -> bool:
    """Whether two states are of one thing, as far as the words tell: unread on a side, the
    words of one all in the other ("Tesla shares" / "Shares in Tesla"), or one name last
    ("ISIS leader Abu Bakr al-Baghdadi" / "Islamic State leader al-Baghdadi")."""
    if not a or not b or not a[0] or not b[0]:
        return True
    return a[0] <= b[0] or b[0] <= a[0] or (bool(a[1]) and a[1] == b[1])


def _moved_one_thing(a: Reading, end_a: int, b: Reading, end_b: int) -> bool:
    """Whether the verbs ending at these offsets name a shared object ("raised interest
    rates" / "cut rates")."""
    objects = [direct_object(r.toks, max(k for k, t in enumerate(r.toks) if t.start < end))
               for r, end in ((a, end_a), (b, end_b))]
    return bool(objects[0] & objects[1])


def _culprits(a: Reading, b: Reading) -> list[tuple[str, tuple[dict[str, object], ...], str]]:
    """"Russian forces shelled the market" / "The market was shelled by Ukrainian forces": one
    act done to one target, each side naming another culprit (a claim naming both names
    neither)."""
    for _, act, at_a, _ in a.acts:
        if at_a not in a.act_targets:
            continue
        target, by_a, sa, ea = a.act_targets[at_a]
        for _, act_b, at_b, _ in b.acts:
            if act_b != act or at_b not in b.act_targets:
                continue
            target_b, by_b, sb, eb = b.act_targets[at_b]
            if target_b != target or by_a & by_b or may_be_one_side(by_a, by_b):
                continue
            return [(f"blame:{act}", (a.said.span(sa, ea, role="accuses"),
                                      b.said.span(sb, eb, role="accuses")),
                     f"{capital(a.said.shown)} and {b.said.shown} name different sides "
                     f"behind {ACT_NOUNS.get(act, act)}.")]
    return _reversed(a, b)


# an act told with who did it and to whom: (act, doers, done to, the kind of thing done to,
# and the span that tells it)
_Done = tuple[str, frozenset[str], frozenset[str], str, int, int]


def _done(r: Reading) -> list[_Done]:
    out = []
    for _, act, at, _ in r.acts:
        if at in r.act_targets and at in r.act_patients:
            _, doers, start, end = r.act_targets[at]
            done_to, kind, to_end = r.act_patients[at]
            out.append((act, doers, done_to, kind, start, max(end, to_end)))
    return out


def _swapped(x: _Done, y: _Done) -> bool:
    """One act with its doer and its target each the other's ("Two Philippine vessels had
    rammed a Chinese ship" / "a Chinese ship had rammed two Philippine vessels"), done to one
    kind of thing, or to the sides alone ("struck Ukrainian energy facilities" / "struck
    Russian oil refineries", "Hamas attacked Israel" / "Israel attacked Hamas positions" are
    two acts of a war, each side's)."""
    return x[0] == y[0] and bool(x[1] & y[2]) and bool(y[1] & x[2]) \
        and x[1].isdisjoint(y[1]) and x[2].isdisjoint(y[2]) and x[3] == y[3]


# words that tell an act answered another: each side's is then an act of its own
_ANSWERED = frozenset({"retaliation", "retaliated", "retaliate", "retaliatory", "response",
                       "responded", "return", "reprisal", "reprisals", "revenge", "counter",
                       "counterattack", "counter-attack", "tit-for-tat"})


def _reversed(a: Reading, b: Reading) -> list[tuple[str, tuple[dict[str, object], ...], str]]:
    """"Azerbaijani forces shelled Armenian villages" / "Armenian forces shelled Azerbaijani
    towns": one act, the two voices swapping who did it and to whom (by name or by a
    people's word, in the active or the passive).  Not where a claim tells it both ways
    (each side's account, or an attack and the one it answered), where either tells one act
    as the answer to another ("in retaliation"), or where the two are of two times."""
    if of_two_times(a.toks, b.toks) or any(t.lower in _ANSWERED for r in (a, b) for t in r.toks):
        return []
    done_a, done_b = _done(a), _done(b)
    if any(_swapped(x, y) for done in (done_a, done_b) for x, y in combinations(done, 2)):
        return []
    for x in done_a:
        for y in done_b:
            if _swapped(x, y):
                act = x[0]
                return [(f"blame:{act}", (a.said.span(x[4], x[5], role="accuses"),
                                          b.said.span(y[4], y[5], role="accuses")),
                         f"{capital(a.said.shown)} and {b.said.shown} say the opposite of "
                         f"who did it to whom: “{_text(a, x[4:])}” vs “{_text(b, y[4:])}”.")]
    return []


# of a negated clause's content words, how many the other claim must use (and what share):
# two shared words tie the clause to the statement, not just to the story
NEGATED_CLAUSE_SHARED = 2


NEGATED_CLAUSE_SHARE = 0.4


NEGATED_CLAUSE_COVERS = 0.5  # of the other claim's content words


# what is set to happen, in the words either side may use: "No talks are planned" is what
# "agreed to hold talks next week" and "talks are scheduled for Monday" say is
_PLANNED = frozenset(stem(w) for w in ("planned", "scheduled", "agreed", "arranged"))


def _planned(word: str, pos: Reading) -> tuple[int, int] | None:
    if word not in _PLANNED:
        return None
    return next((pos.asserted[w] for w in sorted(_PLANNED) if w in pos.asserted), None)


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


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")


def _months_apart(a: Reading, b: Reading) -> bool:
    """One claim tells an act of a month its paper's days are not in, nor the month
    before, and the other names none: "Bakker vetoed the council's parking ordinance in May"
    (a paper of July 20) is an earlier act than "The ordinance was signed into law" (July 21),
    however the two name the thing (two named months, ``of_two_times`` reads)."""
    for named, other in ((a, b), (b, a)):
        months = named_times(named.toks).get("month")
        day = other.said.day
        if months and "month" not in named_times(other.toks) and day and day[5:7].isdigit():
            now = int(day[5:7]) - 1  # the other's paper's month, and the month before
            if months.isdisjoint({_MONTH_NAMES[now], _MONTH_NAMES[now - 1]}):
                return True
    return False


def _one_day(a: Reading, b: Reading) -> bool:
    """Both claims name one weekday, and only it: "imposed a curfew on Monday" (Monday's
    paper) and "ended the curfew on Monday" (Tuesday's) tell of one day, so the story did
    not move on between them."""
    ta, tb = named_times(a.toks).get("weekday"), named_times(b.toks).get("weekday")
    return ta is not None and ta == tb and len(ta) == 1


def _told_apart(neg: Reading, end: int, pos: Reading, start: int) -> bool:
    """The negated word (ending at ``end``) and the other side's (starting at ``start``)
    stand in opposite phrases that say what each is of, and those tell them apart: phrases
    of two pairs ("Reyes pleaded not guilty", a plea / "a jury found Reyes guilty", a
    verdict), or of one pair said of two subjects or things ("Reyes pleaded not guilty" /
    "his co-defendant Lopez pleaded guilty"), as the opposite phrases themselves are
    compared."""
    # (only pairs read with what they are of: a plea's defendant, an act's thing and actor;
    # the other pairs' subjects, read from the words before, are too rough to part claims)
    mine = {p for p, (_, s, e) in neg.poles.items() if s < end <= e and p in _TOLD_OF}
    theirs = {p for p, (_, s, e) in pos.poles.items() if s <= start < e}
    if not mine or not theirs:
        return False
    return mine.isdisjoint(theirs) or all(_of_two(neg, pos, p) for p in mine & theirs)


_TOLD_OF = frozenset(ACTED_ON) | {"plea"}


def _clause_told_apart(neg: Reading, clause: tuple[int, int], pos: Reading) -> bool:
    """``_told_apart`` for a negated clause's predicate (its first negated word), where the
    other side asserts it: "Reyes pleaded not guilty to murder" / "A jury found Reyes guilty
    of murder" (a plea and a verdict)."""
    negated = next(n for _, _, n, sp in neg.negated_clauses if sp == clause)
    head = next((t for t in neg.toks if clause[0] <= t.start < clause[1] and is_content(t)
                 and stem(t.text) in negated), None)
    at = pos.asserted.get(stem(head.text)) if head is not None else None
    return head is not None and at is not None and _told_apart(neg, head.end, pos, at[0])


def _of_two(a: Reading, b: Reading, pair: str) -> bool:
    """Both sides of one pair say whom or what it is of, and they differ (each as read)."""
    converse = next(c for p, _, _, c in ANTONYMS if p == pair)
    if converse and a.subjects.get(pair) and b.subjects.get(pair) \
            and not _same_subject(a, b, pair):
        return True
    return not _one_thing(a.pole_things.get(pair), b.pole_things.get(pair)) \
        or not _one_actor(pair, a.pole_agents.get(pair), b.pole_agents.get(pair))


_COURT = stem("court")

# a role and the body it acts for: "the judge granted the motion" is the court's ruling
_ROLE_BODIES = {ROLE + stem("judge"): stem("court")}


def _one_actor(pair: str, x: str | None, y: str | None) -> bool:
    """Whether two actors may be one: either unread, or one key; and of an act of one actor
    on one thing (``ACTED_ON``), a role and a name ("the governor" / "Governor Ellison"), a
    judge and a court, or a body named with a word more; not two names, two roles, or a
    role and another body ("the judge" / "the appeals court")."""
    if x is None or y is None or x == y:
        return True
    if pair not in ACTED_ON:
        return False
    if ROLE not in (x[:1], y[:1]) and NAMED not in (x[:1], y[:1]):
        if _COURT in x.split() and _COURT in y.split():
            # a case goes from court to court: "the court" beside "the Supreme Court" may be
            # the one below it, whose ruling the higher one upholds or overturns
            return set(x.split()) == set(y.split())
        # two bodies, one named with a word more: "the council" / "the city council"
        return set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split())
    return {x[:1], y[:1]} == {ROLE, NAMED} or _ROLE_BODIES.get(x) == y \
        or _ROLE_BODIES.get(y) == x


def _denies_the_opposite(neg: Reading, span: tuple[int, int], denied: frozenset[str] | set[str],
                         pos: Reading) -> bool:
    """The denied clause (``denied``: its stems) says the opposite of what the other side
    says, so denying it agrees with it: "never claimed the drug was unsafe" / "said the drug
    was safe", "denied the talks had failed" / "the talks succeeded", "denied they were
    dishonest" / "were honest" (not "The claim is incorrect": its word is the denial)."""
    low, high = span
    inside = [t for t in neg.toks if low <= t.start < high and stem(t.text) in denied]
    for pair, (_, start, end) in neg.poles.items():
        if any(start <= t.start < end for t in inside) and pair in pos.poles \
                and neg.pole_said.get(pair) == -pos.poles[pair][0]:
            return True
    for tok in inside:
        # "unstable" / "stable"; "dis-" only where its word is the other side's
        base = prefixed_negation(tok.lower) or (
            tok.lower[3:] if tok.lower.startswith("dis") and len(tok.lower) >= 8 else None)
        if base and stem(base) in pos.asserted and stem(tok.text) not in pos.asserted:
            return True
    return False


# a forecast denied is no denial of the act foreseen: "is not expected to announce layoffs",
# "is unlikely to", "was not predicted to" say what was thought would happen, and the act
# may happen anyway
_FORECAST = frozenset(stem(w) for w in ("expected", "likely", "anticipated", "predicted",
                                        "forecast", "projected", "poised", "set"))


# "denied any involvement in the attack": a part in it, which a side's view of it
# ("condemned the attack", "welcomed the deal") does not assert
_PART_NOUNS = frozenset({"involvement", "role", "part", "hand", "complicity", "participation",
                         "responsibility", "link", "links", "ties"})
_STANCE = frozenset(stem(w) for w in (
    "condemned", "denounced", "deplored", "decried", "criticised", "criticized", "mourned",
    "welcomed", "praised", "hailed", "regretted", "lamented", "applauded"))


def _stance_on_what_one_denies_a_part_in(neg: Reading, pos: Reading) -> bool:
    """"The government denied any involvement in the attack" / "The government condemned the
    attack": the other side says what the denier thinks of the thing, not that it took part."""
    if neg.denial is None:
        return False
    start, end = neg.denial
    if not any(t.lower in _PART_NOUNS for t in neg.toks if start <= t.start < end):
        return False
    return any(w in _STANCE for w in pos.asserted)


def _negated_clause_match(neg: Reading, pos: Reading) -> tuple[int, int] | None:
    asserted = set(pos.asserted) | _all_stems(pos)
    for words, common, negated, span in neg.negated_clauses:
        shared = words & asserted
        # a name in the negated part ("by Mueller") says who, not what is denied
        if not any(_stem_in_one_sense(neg, span, pos, w) for w in shared & negated & common):
            # only the subject (and when) shared, or the negated word in another sense
            # ("didn't do him any favors" / "he favored"): the other side says something else
            continue
        head = _head(neg, span, negated)
        if head in _LIGHT_VERBS and not _same_object(neg.objects.get(head, set()), pos, head):
            continue  # "did not make sense that the virus ..." / "the virus was made"
        if head in pos.asserted and head not in _LIGHT_VERBS \
                and not _same_object(neg.objects.get(head, set()), pos, head) \
                and _all_stems(neg).isdisjoint(_object_at(pos, head)):
            # "did not pass the Senate" / "passed the House": done to another thing ("not
            # poking holes in the potato" / "poking a potato" names the one thing)
            continue
        if head in _FORECAST and head not in shared:
            continue  # "is not expected to announce layoffs" / "announced 500 layoffs"
        if head in _LOSING or any(_taken_away(pos, pos.asserted[w][0])
                                  for w in sorted(shared) if w in pos.asserted):
            # a loss negated is none ("did not miss the penalty" / "scored the penalty"), and
            # a loss says what the negation says ("lacks enough beds" / "does not have")
            continue
        cue = next((j for j, t in enumerate(neg.toks)
                    if span[0] <= t.start < span[1] and is_cue(neg.toks, j)), None)
        if cue is not None and any(a and b and a.isdisjoint(b) for a, b in zip(
                _where_when(neg, cue), _where_when(pos, -1), strict=True)):
            continue  # "did not meet in Vienna" / "The two leaders met in Geneva."
        if cue is not None and head in pos.asserted and _two_subjects(
                neg, neg.toks[cue].start, pos, pos.asserted[head][0]):
            continue  # "Oil prices did not rise" / "Gold prices rose": of another subject
        if cue is not None and head is not None and two_targets(neg, neg.toks[cue].start, pos,
                                                                head):
            continue  # "Trump was not being investigated" / "the investigation into Flynn"
        if cue is not None and any(
                _ability_against_plan(neg, neg.toks[cue].start, pos, t.start)
                for t in pos.toks if stem(t.lower) == head):
            continue  # "can not announce an end" / "discussing plans to announce an end"
        if head not in shared and (_prefix_negates(pos, head)
                                   or _said_negatively(neg, pos, shared)):
            # "will not pay a dividend" / "scrapped its dividend"; "has not yet decided" /
            # "is still undecided" (a prefix negates the word there)
            continue
        if shared & negated & common == {head} \
                and (negated & common) - shared:
            # "did not win the title" / "won the match": only the verb is shared, and what
            # was (not) done is another thing ("not cutting a potato" / "slicing a potato"
            # shares the thing, in other words for the act)
            continue
        # the clause must restate most of the other claim: "the ambassadors did not attend
        # the ceremony" only names the people and the event of "the ministry condemned the
        # ambassadors over the ceremony"; and names alone ("Nagorno-Karabakh was not
        # Armenian territory") say the story, not the statement
        if len(shared) >= NEGATED_CLAUSE_SHARED and shared & common \
                and len(shared) >= NEGATED_CLAUSE_SHARE * len(words) \
                and (len(shared) >= NEGATED_CLAUSE_COVERS * len(asserted)
                     or _restates_a_clause(shared, pos)):
            return span
    return None


_WHERE_WHEN = frozenset({"in", "at", "on", "near", "during"})


def _where_when(r: Reading, at: int) -> tuple[set[str], set[str]]:
    """The places (names) and times ("Monday", "March") that the clause of the word at
    token ``at`` (-1: the first clause) names after it, after "in", "at", "on", "near" or
    "during"."""
    places: set[str] = set()
    times: set[str] = set()
    after = False
    for j in range(at + 1, clause_end(r.toks, at + 1)):
        tok = r.toks[j]
        if j in r.reported:
            continue  # "met in Geneva instead of Vienna": Vienna is set aside
        if tok.lower in _WHERE_WHEN:
            after = True
        elif after and tok.lower in WHEN_WORDS:
            times.add(tok.lower)
        elif after and (is_content(tok) or _initials(tok)) and name_like(tok, r):
            places.add(stem(tok.text))
    return places, times


def _initials(tok: Token) -> bool:
    """"US", "UK", "EU": a place of two capitals, too short to read as a content word."""
    return tok.is_word and len(tok.text) == 2 and tok.text.isupper()


def _elsewhere(neg: Reading, end: int, pos: Reading, start: int) -> bool:
    """The negated word (ending at char offset ``end``) and the other side's (starting at
    ``start``) are said of other places or times: "did not meet in Vienna" / "met in
    Geneva", "did not play on Monday" / "played on Tuesday" (one of each names both)."""
    at_neg = next((j for j, t in enumerate(neg.toks) if t.end == end), None)
    at_pos = next((j for j, t in enumerate(pos.toks) if t.start == start), None)
    if at_neg is None or at_pos is None:
        return False
    return any(a and b and a.isdisjoint(b)
               for a, b in zip(_where_when(neg, at_neg), _where_when(pos, at_pos), strict=True))


def _two_subjects(neg: Reading, neg_start: int, pos: Reading, pos_start: int) -> bool:
    """The negation and the other side's word are said of two subjects, as their words tell:
    one kind of thing set apart by its words ("Oil prices did not rise" / "Gold prices
    rose"), or two names and no word in common ("The Senate did not pass the bill" / "The
    House passed the bill").  A subject unread on a side, or one within the other ("Prices" /
    "Gold prices", "Hamas" / "Hamas fighters"), may be one: "The company did not lay off
    workers" / "Acme laid off 500 workers" is left to the other rules."""
    words_a, names_a, head_a, name_a = _subject_words(neg, neg_start)
    words_b, names_b, head_b, name_b = _subject_words(pos, pos_start)
    if words_a and words_b and not names_a and not names_b \
            and words_a & _ANOTHER_ONE != words_b & _ANOTHER_ONE:
        # "The president did not attend" / "The vice president attended" (where a name is
        # told, the names decide: "former Director Comey" is Comey)
        return True
    if not words_a or not words_b or words_a <= words_b or words_b <= words_a:
        return False
    if not names_a and not names_b and head_a != head_b and {head_a, head_b} <= _OFFICES:
        return True  # "The mayor can't veto the budget" / "The governor vetoed it": two offices
    if name_a and name_b:
        # a name told with other words ("street artist Banksy" / "Everyone chill Banksy") is
        # one person; "North Korea" / "South Korea" are two
        return name_a != name_b and party(name_a) != party(name_b)
    # one head set apart by its other words: "Robot security guards" / "RoboCop-style robots"
    # are two ways to name one thing, "Oil prices" / "Gold prices" two things
    return (head_a == head_b and bool(words_a & words_b)) or (
        bool(names_a) and bool(names_b) and names_a.isdisjoint(names_b))


# an office's holder, unnamed, keyed as ``_subject_words`` keys words: two offices are two
# people ("a role with a name is read by its name": "Governor Ellison" / "the governor")
_OFFICES = frozenset(stem(w)[:5] for w in ROLES)


# words that make a title another person's: "the vice president", "a deputy minister", "the
# former chief executive" (keyed as ``_subject_words`` keys words)
_ANOTHER_ONE = frozenset(stem(w)[:5] for w in (
    "vice", "vice-president", "deputy", "former", "ex-president", "assistant", "acting",
    "lieutenant"))


# what stands between a subject and its verb: "Oil prices did not rise", "The bill has passed",
# "The mayor can't veto" (a modal too: "ca" is how "can't" is split)
_BEFORE_THE_VERB = CUES | frozenset({"did", "does", "do", "has", "have", "had", "is", "was",
                                     "are", "were", "will", "would", "been", "be", "n't",
                                     "never", "not", "also", "still", "already", "then",
                                     "can", "ca", "could", "may", "might", "must", "should",
                                     "shall", "wo"})


# cues that negate the verb after them ("cannot veto": its own modal)
_VERB_CUES = frozenset({"not", "n't", "never", "cannot"})


def _placed_apart(a: Reading, start_a: int, b: Reading, start_b: int) -> bool:
    """Both subjects are one kind of thing placed by a phrase of their own, in other places:
    "The strike at the port" / "The strike at the airport", "Police in Paris" / "Police in
    Lyon"."""
    placed_a, placed_b = _placed(a, start_a), _placed(b, start_b)
    if placed_a is None or placed_b is None:
        return False
    return placed_a[0] == placed_b[0] and placed_a[1].isdisjoint(placed_b[1])


def _placed(r: Reading, start: int) -> tuple[str, frozenset[str]] | None:
    """(head, words after its "at"/"in"/"near") of the noun phrase ending right before the word
    at char offset ``start``, if it has such a phrase."""
    at = next((j for j, t in enumerate(r.toks) if t.start >= start), len(r.toks))
    end = at
    while end > 0 and r.toks[end - 1].lower in _BEFORE_THE_VERB:
        end -= 1
    begin = end
    while begin > 0 and not clause_start(r.toks, begin) and r.toks[begin - 1].lower not in SAYING:
        begin -= 1
    toks = r.toks[begin:end]
    prep = next((j for j, t in enumerate(toks) if t.lower in ("at", "in", "near")), None)
    if prep is None:
        return None
    head = next((stem(t.text) for t in reversed(toks[:prep]) if is_content(t)), None)
    where = frozenset(stem(t.text) for t in toks[prep + 1:] if is_content(t)
                      and t.lower not in WHEN_WORDS)
    return (head, where) if head and where else None


def _subject_words(r: Reading, start: int
                   ) -> tuple[frozenset[str], frozenset[str], str, str]:
    """The keys of the noun phrase right before the verb (or its "not") at char offset
    ``start``, back to its clause's start or a verb of saying; those of them that are names
    ("Beijing" and "China" one key, as ``party`` keys sides); the last key (the phrase's
    head); and, where the head is a name, the capitalised words it ends.  None where the word
    is not right after one ("made some progress", "ended without progress")."""
    at = next((j for j, t in enumerate(r.toks) if t.start >= start), len(r.toks))
    if at < len(r.toks) and r.toks[at].lower in CUES and r.toks[at].lower not in _VERB_CUES:
        return frozenset(), frozenset(), "", ""  # "ended without progress": no verb negated
    end = at
    while end > 0 and r.toks[end - 1].lower in _BEFORE_THE_VERB:
        end -= 1
    if end == 0 or not is_content(r.toks[end - 1]):
        return frozenset(), frozenset(), "", ""  # "made some progress": no subject's verb
    begin = end
    while begin > 0 and not clause_start(r.toks, begin) and r.toks[begin - 1].lower not in SAYING:
        begin -= 1
    words, names, head, of = set(), set(), "", False
    for tok in r.toks[begin:end]:
        # "Exports of wheat": the head is before ("A girl in a uniform" / "A girl in a band"
        # may be one girl: "in" may say what she wears, not which one she is)
        of = of or (tok.lower == "of" and bool(head))
        if not is_content(tok) or tok.lower in WHEN_WORDS:
            continue
        # one key for a word whether it reads as a name or not: in a Title Case headline
        # "Rowan Vale" is not told as a name, beside the sentence that names him
        named = name_like(tok, r)
        key = stem(party(tok.text) if named else tok.lower)[:5]
        if named:
            names.add(key)
        head = head if of else key  # the last one, or the last before "of", is the head
        words.add(key)
    # a head that is a name: the capitalised words it ends ("North Korea", "Rowan Vale")
    run = end
    while run > begin and r.toks[run - 1].text[:1].isupper() and is_content(r.toks[run - 1]):
        run -= 1
    name = " ".join(t.lower for t in r.toks[run:end]) if head in names else ""
    return frozenset(words), frozenset(names), head, name


def _not_asserted(r: Reading, start: int) -> bool:
    """The word at char offset ``start`` is in a denied statement or in what someone is said
    to hold ("rejected claims that its product was unsafe"): the claim does not say it."""
    if r.denial is not None and r.denial[0] <= start < r.denial[1]:
        return True
    return any(t.start == start and j in r.reported for j, t in enumerate(r.toks))


def _prefix_negates(pos: Reading, head: str | None) -> bool:
    """The other side negates the word by a prefix ("undecided", "inactive", "disagreed")."""
    return head is not None and (head in pos.negated or any(
        (low[:2] in ("un", "in", "im", "il", "ir") and stem(low[2:]) == head)
        or (low[:3] == "dis" and stem(low[3:]) == head)
        for low in (t.lower for t in pos.toks if t.is_word)))


def _said_negatively(neg: Reading, pos: Reading, shared: frozenset[str] | set[str]) -> bool:
    """The other side puts the negated predicate in other words, and its words are the
    negative side of opposites ("scrapped", "acquitted", "rejected") that the negated clause
    does not use: it says what the negation says.  (Where the negated word is of that pair
    too, the two are compared as poles: "did not arrest" / "detained" still dispute.)"""
    for pair, (sign, start, end) in pos.poles.items():
        if sign != -1 or pos.pole_said.get(pair) != -1 or pair in neg.poles or any(
                stem(t.text) in shared for t in pos.toks if start <= t.start < end):
            continue  # ("not surprised by the rate cut": its "cut" is the other's too)
        at = next((j for j, t in enumerate(pos.toks) if t.start >= start), len(pos.toks))
        first = at
        while not clause_start(pos.toks, first):
            first -= 1
        clause = pos.toks[first:clause_end(pos.toks, at + 1)]
        if any(stem(t.text) in shared for t in clause if is_content(t)):
            return True
    return False


def _restates_a_clause(shared: frozenset[str] | set[str], pos: Reading) -> bool:
    """One clause of the other claim is mostly the negated clause's words: "Police fired tear
    gas" in "Police fired tear gas and used batons to break up the march, witnesses said"
    (the rest of that claim says more, which the whole-claim share would count against)."""
    clauses: list[set[str]] = [set()]
    relative = [False]
    for i, tok in enumerate(pos.toks):
        if tok.lower in CLAUSE_MARKS or tok.lower in CLAUSE_WORDS:
            clauses.append(set())
            relative.append(tok.lower in _RELATIVES)
        elif is_content(tok) and i not in pos.reported:
            clauses[-1].add(stem(tok.text))
    # a main clause, restated by more words than a whole claim needs: "who rely on the
    # programs" is no clause of its own that "he wouldn't cut the programs" denies
    return any(not rel and len(shared & c) >= max(NEGATED_CLAUSE_SHARED + 1,
                                                   NEGATED_CLAUSE_COVERS * len(c))
               for c, rel in zip(clauses, relative, strict=True))


_RELATIVES = frozenset({"who", "whom", "which"})


def _stem_in_one_sense(neg: Reading, span: tuple[int, int], pos: Reading, word: str) -> bool:
    """``_same_sense`` (and ``_irrealis``) for a stem of a negated clause (within ``span``)."""
    ends = [t.end for t in neg.toks if span[0] <= t.start < span[1] and is_content(t)
            and stem(t.text) == word]
    at = pos.asserted.get(word)
    if not ends or at is None:
        return True
    cue = next((t.start for j, t in enumerate(neg.toks)
                if span[0] <= t.start < span[1] and is_cue(neg.toks, j)), span[0])
    if _irrealis(pos, at[0]) and not _unreal(neg, cue, pos, at[0]):
        return False
    return any(_same_sense(neg, end, pos, at[1]) for end in ends)


def _head(r: Reading, span: tuple[int, int], negated: frozenset[str]) -> str | None:
    """The first negated word of a negated clause (its verb, mostly)."""
    return next((stem(t.text) for t in r.toks if span[0] <= t.start < span[1]
                 and is_content(t) and stem(t.text) in negated), None)


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


_PURPOSE = frozenset({"ensure", "ensures", "ensured", "sure", "so", "order", "prevent",
                      "avoid", "lest"})


def _purpose(r: Reading, start: int) -> bool:
    """The cue at ``start`` negates a purpose ("added reinforcement to ensure it doesn't
    bend"), not what the claim says happened."""
    at = next((j for j, t in enumerate(r.toks) if t.start == start), None)
    return at is not None and any(t.lower in _PURPOSE for t in r.toks[max(0, at - 4):at])


# words for one thing, where a negated word is tied to the other side's by its subject:
# "the truce has held" / "the ceasefire has not held"
_ONE_WORD = {stem("truce"): stem("ceasefire"), stem("armistice"): stem("ceasefire"),
             stem("cease-fire"): stem("ceasefire")}


def _all_stems(r: Reading) -> set[str]:
    """Every content stem, names included: a claim that negates nothing asserts all of it
    (but for what it reports as someone's belief or claim)."""
    return {stem(t.text) for i, t in enumerate(r.toks) if is_content(t) and i not in r.reported}


def _text(r: Reading, span: tuple[int, ...]) -> str:
    return r.said.claim.text[span[0]:span[1]]


def _say(neg: Reading, ns: tuple[int, int], pos: Reading, ps: tuple[int, int]) -> str:
    return (f"{_says(neg)} “{_text(neg, ns)}” where {_says(pos, start=False)} "
            f"“{_text(pos, ps)}”.")


def _says(r: Reading, start: bool = True) -> str:
    """"The company says", "the separatist authorities say"."""
    name = r.said.shown
    return f"{capital(name) if start else name} {says(name)}"


def disputed(a: Claim, b: Claim, negations: bool = False) -> bool:
    """Do the two claims say opposite states of one subject ("residents were forced to flee"
    / "left voluntarily"), or name different culprits of one act on one target (or tell a
    state the other's story moved on from)?  Such a dispute is of one statement: the
    clusterer takes it as a sign of one claim, as it takes figures of one measure.  A negated
    word or a denial is not enough: it ties two claims by one or two shared words, and in
    real coverage those pulled claims on one topic together ("must never have nuclear
    weapons" / "tested a hydrogen bomb": docs/matching.md, "Disputes"); with ``negations``,
    they count too (the clusterer asks so only of claims whose words are near)."""
    if a.voice == b.voice:
        return False
    kinds = _ONE_STATEMENT + (_NEGATIONS if negations else ())
    # blame for an outcome ("for the deaths") is read from one word after "for": it names
    # the topic, not one statement, so it is shown but ties no two claims
    return any(key.startswith(kinds) and not key.startswith("blame:for:")
               for key, _, _ in _pairs(_reading(a), _reading(b)))


_NEGATIONS = ("negated", "denial")


# the kinds of dispute that are said of one subject, thing or target by construction
_ONE_STATEMENT = ("opposite:", "blame:", "changed:")


@lru_cache(maxsize=4096)
def _reading(claim: Claim) -> Reading:
    # the clusterer asks of one claim against many: read it once (a reading is not changed
    # by comparing it)
    return read(Said(claim, claim.voice))


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
        changed = key.startswith("changed:")
        out.append(Difference(kind="state_changed" if changed else "contradiction",
                              conflict=not changed, summary=summary,
                              evidence=tuple(sorted(rows.values(), key=evidence_order))))
    return out


def _uncued(phrase: str) -> str:
    """A pole's words without the cue that negates it ("not guilty" -> "guilty")."""
    return " ".join(t.lower for t in tokens(phrase) if t.lower not in CUES)


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
