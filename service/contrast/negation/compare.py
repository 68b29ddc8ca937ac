"""Compare two readings and report the contradictions of a cluster."""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

from embeddings.types import Claim, Difference
from service.contrast.negation.act_elsewhere import (
    act_told_elsewhere,
    clause_act_told_elsewhere,
)
from service.contrast.negation.charges import charged, charger
from service.contrast.negation.company import OF_ONE_ACT, one_act
from service.contrast.negation.culprits import _blamed_for, _culprits, _other_culprits
from service.contrast.negation.debunks import agrees_with_debunk, debunked_word
from service.contrast.negation.defied import kin
from service.contrast.negation.demonyms import as_places
from service.contrast.negation.denials import victim_killed
from service.contrast.negation.deniers import denies
from service.contrast.negation.described import only_described
from service.contrast.negation.details import other_particulars
from service.contrast.negation.kinds import kinds_apart
from service.contrast.negation.lexicon import (
    ACTED_ON,
    ANTONYMS,
    CHANGEABLE,
    CUES,
    MAJORITY,
    MUST_OVERLAP,
    OBJECT_NEEDED,
    PERIODIC,
    VOTE_PAIR,
)
from service.contrast.negation.modality import (
    _ability_against_plan,
    _conditional,
    _earlier,
    _irrealis,
    _planned,
    _purpose,
    _said_of_other_things,
    _unreal,
)
from service.contrast.negation.named_story import only_names_story
from service.contrast.negation.namesakes import of_a_namesake, two_namesakes
from service.contrast.negation.negated_clause import (
    NEGATED_CLAUSE_SHARED,
    _denies_the_opposite,
    _negated_clause_match,
    _stance_on_what_one_denies_a_part_in,
)
from service.contrast.negation.objects import (
    _all_stems,
    _anchored,
    _any_of_a_kind_named,
    _one_act_in_other_words,
    _poles_agree,
    _predicate_span,
    _same_object,
    _same_sense,
    _taken_away,
    _used,
    _whole_left_open,
)
from service.contrast.negation.opener import opener_asserted
from service.contrast.negation.reader import read
from service.contrast.negation.reading import Reading
from service.contrast.negation.rebuttals import rebuts
from service.contrast.negation.same_verdict import one_verdict
from service.contrast.negation.shown import shown_clause, shown_negation
from service.contrast.negation.subjects import (
    _clause_told_apart,
    _kin_apart,
    _moved_one_thing,
    _one_actor,
    _one_body,
    _one_thing,
    _placed_apart,
    _same_subject,
    _told_apart,
    _two_subjects,
)
from service.contrast.negation.summaries import _denial_summary, _say, _says, _text
from service.contrast.negation.targets import two_targets
from service.contrast.negation.unasserted import (
    clause_not_yet_against_future,
    clause_taken_back,
    clause_wished,
    not_yet_against_future,
    sought,
    taken_back,
)
from service.contrast.negation.when_where import (
    _day_parts_apart,
    _elsewhere,
    _months_apart,
    _one_day,
)
from service.contrast.negation.whereabouts import PAIR as WHEREABOUTS
from service.contrast.negation.whereabouts import adjectival
from service.contrast.negation.which_one import PICKS_OUT, picks_out
from service.contrast.said import Said, capital, evidence_order, listed
from service.contrast.text import times_apart, tokens


# -- comparing two readings ------------------------------------------------------------------
def _pairs(a: Reading, b: Reading) -> list[tuple[str, tuple[dict[str, object], ...], str]]:
    """(key, evidence, summary) for each way a and b contradict each other."""
    found: list[tuple[str, tuple[dict[str, object], ...], str]] = []
    if two_namesakes(a, b):
        return found  # "Smith was arrested" (John) / "Smith was not arrested" (Adam)
    for neg, pos in ((a, b), (b, a)):
        # a question asserts nothing, so nothing in it is contradicted; it can doubt what
        # the other side says ("Was the video all a hoax?") but its "not" negates nothing
        if _question(pos):
            continue
        for word, spans in sorted(neg.negated.items()) if not _question(neg) else ():
            ps = _predicate_span(neg, pos, word)
            tied = ps is not None  # "not a meteorite" / "A meteorite landed": what it is
            ps = ps or pos.asserted.get(word) or _planned(word, pos) \
                or opener_asserted(neg, spans[0][1], pos, word)
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
                    and not act_told_elsewhere(neg, word, spans[0][1]) \
                    and (tied or not other_particulars(neg, spans[0][1], pos, ps[0])) \
                    and (tied or not _two_subjects(neg, spans[0][0], pos, ps[0])) \
                    and not two_targets(neg, spans[0][0], pos, word) \
                    and not _doer_unnamed(neg, spans[0][0], pos) \
                    and not kinds_apart(neg, spans[0][0], pos) \
                    and (tied or not only_described(neg, spans[0], word, pos, ps)):
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
                    and not clause_act_told_elsewhere(neg, clause) \
                    and not _doer_unnamed(neg, clause[0], pos) \
                    and not kinds_apart(neg, clause[0], pos) \
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
            # ("Scottish restaurant" / "a restaurant in Scotland": a place by its adjective;
            # "death rumours" / "is dead": one word)
            shared = len(kin(as_places(content)) & kin(as_places(said)))
            # "denied there was any collusion" / "said his campaign did not collude": the
            # other side denies it too (a word of the same root negated there, and no more
            # than one word of the denial asserted: "Apple didn't change the internals to
            # avoid bending" still denies "Apple added reinforcement so it doesn't bend")
            both_deny = shared < NEGATED_CLAUSE_SHARED and any(
                w[:5] in {c[:5] for c in content} and not _purpose(pos, spans[0][0])
                for w, spans in pos.negated.items())
            if not both_deny and not _denies_the_opposite(neg, neg.denial, content, pos) \
                    and not agrees_with_debunk(neg, pos) \
                    and not _stance_on_what_one_denies_a_part_in(neg, pos) \
                    and not only_names_story(neg, pos) \
                    and not of_a_namesake(neg, pos) and not one_verdict(neg, pos) \
                    and (bare or victim_killed(neg, said, _all_stems(pos)) or (
                    shared >= _needed(neg, pos)
                    and shared >= neg.denial_share * len(kin(as_places(content))))):
                whole = (0, len(pos.said.claim.text))
                found.append(("denial", (neg.said.span(*neg.denial, role="denies"),
                                         _asserts(pos, whole)),
                              f"{denies(neg)} "
                              f"what {_charged_or_says(pos)}: “{_text(neg, neg.denial)}”."))
        # "No, X is not Y": a headline's rebuttal, read only where nothing else ties the two
        # (a negated word the other side asserts says more precisely what is denied)
        if not found and neg.rebuttal is not None and not _question(neg) \
                and rebuts(neg, pos) \
                and not _denies_the_opposite(neg, neg.rebuttal, neg.rebutted[1], pos):
            whole = (0, len(pos.said.claim.text))
            found.append(("rebuttal", (neg.said.span(*neg.rebuttal, role="denies"),
                                       _asserts(pos, whole)),
                          f"{denies(neg)} what {_charged_or_says(pos)}: "
                          f"“{_text(neg, neg.rebuttal)}”."))
    if _question(a) or _question(b):
        return found
    opposed: set[tuple[int, ...]] = set()  # (side, span) a pole finding has used
    for pair in sorted(set(a.poles) & set(b.poles)):
        sa, *span_a = _unarticled(a, a.poles[pair])
        sb, *span_b = _unarticled(b, b.poles[pair])
        if (0, *span_a) in opposed or (1, *span_b) in opposed:
            continue  # "kept rates unchanged" / "raised rates": one opposition, said once
        if sa == sb or _uncued(_text(a, tuple(span_a))) == _uncued(_text(b, tuple(span_b))):
            continue  # one word, negated on one side: the negation is what differs
        if pair in a.denied_poles or pair in b.denied_poles:
            continue  # "did not close" / "plans to close": what is denied is read as such
        if _not_asserted(a, span_a[0]) or _not_asserted(b, span_b[0]) \
                or debunked_word(a, *span_a) or debunked_word(b, *span_b):
            continue  # "rejected claims that its product was unsafe" / "the product is safe"
        if pair == WHEREABOUTS and (adjectival(a, span_a[0]) or adjectival(b, span_b[0])):
            continue  # "hired outside experts" / "handled the review inside": no place
        if _earlier(a, span_a[0]) or _earlier(b, span_b[0]):
            continue  # "initially pleaded not guilty" / "pleaded guilty": since changed
        converse = next(c for p, _, _, c in ANTONYMS if p == pair)
        if pair == VOTE_PAIR and not _one_body(a.subjects.get(pair), b.subjects.get(pair)):
            continue  # "the board unanimously approved" / "shareholders voted against"
        if converse and not _same_subject(a, b, pair):
            continue
        if _placed_apart(a, span_a[0], b, span_b[0]):
            continue  # "The strike at the port ended" / "The strike at the airport continues"
        if _kin_apart(a, span_a[0], b, span_b[0]):
            continue  # "The singer's mother died" / "The singer is alive": two people
        if not _one_thing(a.pole_things.get(pair), b.pole_things.get(pair)):
            continue  # "Oil prices rose" / "Gold prices fell": of two things (OWN_SUBJECT)
        if pair in OF_ONE_ACT and not one_act(a, span_a[0], b, span_b[0]):
            continue  # "met with other leaders" / "traveled alone": two acts
        if pair in PICKS_OUT and (picks_out(a, *span_a) or picks_out(b, *span_b)):
            continue  # "a small bottle" / "a big bottle": two bottles
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
        if pair in CHANGEABLE | PERIODIC and (times_apart(a.times, b.times)
                                              or _day_parts_apart(a, b)):
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
                      f"{capital(listed([a.said.shown, b.said.shown]))} say opposite things: "
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
                      f"{capital(listed([a.said.shown, b.said.shown]))} name different sides as "
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
                                  f"{capital(listed([acc.said.shown, other.said.shown]))} blame "
                                  f"opposite "
                                  f"sides for {_blamed_for(act)}."))
                    break
    if not any(k.startswith("blame:") for k, _, _ in found):
        found.extend(_other_culprits(a, b))
    return found


def _doer_unnamed(neg: Reading, start: int, pos: Reading) -> bool:
    """The negation at char offset ``start`` denies who did it ("Smith is not the gunman who
    opened fire", read by ``identities``), and the other side does not name that subject ("A
    gunman opened fire at the mall"): it tells that the act happened, which is not denied."""
    if not neg.rebuts_subject or neg.rebuttal is None \
            or not neg.rebuttal[0] <= start < neg.rebuttal[1]:
        return False
    return neg.rebutted[0].isdisjoint(set(pos.asserted) | _all_stems(pos))


def _asserts(pos: Reading, span: tuple[int, int]) -> dict[str, object]:
    """The asserting side's evidence; ``charged_by`` names the party whose charge it reports
    (``charges``), so a summary of many denials credits the charge to it too."""
    row = pos.said.span(*span, role="asserts")
    if who := charger(pos):
        row["charged_by"] = who
    return row


def _charged_or_says(pos: Reading) -> str:
    """"the DNC charges, as Breitbart tells it", else "Breitbart says"."""
    return charged(pos) or _says(pos, start=False)


def _needed(neg: Reading, pos: Reading) -> int:
    """How many denied words the other side must assert for a denial to counter it: two, or
    all it asserts when that is fewer ("Judd Nelson is dead").  Not where the other side
    has a negation of its own: what it asserts is then only what its "not" is said of (the
    story's subject: "The lawsuit might not have any political staying power" asserts
    "lawsuit"), and one shared subject does not make "denied that the lawsuit had a political
    purpose" a denial of it."""
    if pos.negated:
        return neg.denial_needs
    return min(neg.denial_needs, max(1, len(pos.asserted)))


def _not_asserted(r: Reading, start: int) -> bool:
    """The word at char offset ``start`` is in a denied statement or in what someone is said
    to hold ("rejected claims that its product was unsafe"): the claim does not say it."""
    if r.denial is not None and r.denial[0] <= start < r.denial[1]:
        return True
    return any(t.start == start and j in r.reported for j, t in enumerate(r.toks))


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
               for key in _pair_keys(a, b))


# the clusterer asks of a pair without negations, then (near the threshold) with them: the
# ways two claims contradict each other are worked out once for both questions
@lru_cache(maxsize=8192)
def _pair_keys(a: Claim, b: Claim) -> tuple[str, ...]:
    return tuple(key for key, _, _ in _pairs(_reading(a), _reading(b)))


_NEGATIONS = ("negated", "denial")


# the kinds of dispute that are said of one subject, thing or target by construction
_ONE_STATEMENT = ("opposite:", "blame:", "changed:")


def _reading(claim: Claim) -> Reading:
    return _read(Said(claim, claim.voice))


# the clusterer asks of one claim against many, and every cluster an article touches is
# contrasted again with the members it had: each is read once (a reading is not changed by
# comparing it).  Keyed on the whole ``Said`` (claim, voice, outlet_words: frozen)
@lru_cache(maxsize=4096)
def _read(said: Said) -> Reading:
    return read(said)


def contradictions(said: list[Said]) -> list[Difference]:
    readings = [_read(s) for s in said]
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


def _unarticled(r: Reading, pole: tuple[int, int, int]) -> tuple[int, int, int]:
    """A pole without the article its phrase ends on ("is missing a" -> "is missing"): the
    article only tells a verb with its object from an adjective ("missing students"), and
    is no part of what is shown (what follows the verb is still its object)."""
    sign, start, end = pole
    for article in (" a", " an", " the"):
        if r.said.claim.text[start:end].lower().endswith(article):
            return sign, start, end - len(article)
    return pole


def _uncued(phrase: str) -> str:
    """A pole's words without the cue that negates it ("not guilty" -> "guilty")."""
    return " ".join(t.lower for t in tokens(phrase) if t.lower not in CUES)


def _question(r: Reading) -> bool:
    return r.said.claim.text.rstrip(" \"'”’»)").endswith("?")
