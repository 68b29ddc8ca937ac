"""Two voices naming different culprits of one act, or swapping who did it to whom."""

from __future__ import annotations

from itertools import combinations

from service.contrast.negation.blame import may_be_one_side
from service.contrast.negation.lexicon import ACT_NOUNS
from service.contrast.negation.reading import Reading
from service.contrast.negation.summaries import _text
from service.contrast.said import capital, listed
from service.contrast.text import times_apart


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
                     f"{capital(listed([a.said.shown, b.said.shown]))} blame different sides for "
                     f"{_blamed_for(act)}.")]
    return []


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
                     f"{capital(listed([a.said.shown, b.said.shown]))} name different sides "
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
    if times_apart(a.times, b.times) or not (_ANSWERED.isdisjoint(a.lower_words)
                                             and _ANSWERED.isdisjoint(b.lower_words)):
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
                         f"{capital(listed([a.said.shown, b.said.shown]))} say the opposite of "
                         f"who did it to whom: “{_text(a, x[4:])}” vs “{_text(b, y[4:])}”.")]
    return []
