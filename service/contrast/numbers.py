"""Do the voices give the same number?

Each quantity is an interval (open sides allowed), widened by what the wording leaves
unsaid and put in one unit per dimension (``service.contrast.intervals``).  Two quantities
agree when the widened intervals overlap.

Only quantities of the same kind and unit are compared ("2020" the year never meets "29"
the death toll).  A disagreement also needs the two figures to measure the same thing: a
count names it ("29 people"), other figures must share a word nearby ("the Brussels summit
on July 11" and "a decision on May 12" are two dates of two events, not a dispute; "a 25
percent tariff" and "a 15 percent increase").  Agreement needs no such proof: saying two
figures agree when they measure different things misleads less than a made-up dispute.
A date without a year or a day is compared at the precision both sides give ("February 2017"
holds "Feb. 13, 2017"; "Jan. 27" meets "Jan. 27, 2017").

A unit-less number may stand for the other side's unit only when each claim holds one
quantity of that kind, so nothing is paired by guesswork.  A disagreement is reported only
when that pairing is unambiguous both ways: with several numbers of one kind in a claim
there is no telling which one the other claim's number answers, unless one of them shares
two or more of the words around the other ("inflation, at 6.7%" answers "inflation fell to
6.3%", "the 2% target" beside it does not).  Counts of what befell different groups
(evacuated, in hospital) are not one count.  Nor is it a dispute when
some claim of the cluster gives both figures ("global sales fell 0.3 percent, U.S. sales 1.4
percent"): they answer two questions.

Which figure answers which is read in ``number_pairs``, what days and times do to figures in
``number_times``, and the summaries are worded in ``number_summaries``.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations

from embeddings.types import Claim, Difference, Quantity
from service.contrast.intervals import bounded_alike, overlap
from service.contrast.measures import (
    comparable,
    fate_of,
    opposite_results,
    other_fates,
    result_of,
    same_measure,
    same_question,
)
from service.contrast.measures.staff import hired_and_cut
from service.contrast.number_answers import agreeing_sets, by_size
from service.contrast.number_pairs import (
    Label,
    both_given,
    close_words,
    label_of,
    part_and_whole,
    partners,
    presupposed,
    stated,
    whole_of_parts,
)
from service.contrast.number_summaries import (
    agreement,
    at_times,
    changed_over_days,
    disagreement,
    in_currencies,
)
from service.contrast.number_times import (
    FIXED,
    FIXED_FATES,
    FIXED_MEASURES,
    OF_A_PERIOD,
    days_apart,
    of_one_time,
    times_apart,
    told_already,
    toll_fell,
)
from service.contrast.partition import Partition
from service.contrast.said import Said
from service.contrast.text import stem

_Key = tuple[object, ...]  # a figure in a claim by a voice: (claim id, offset, voice)


def number_differences(said: list[Said], questions_only: bool = False,
                       related: Callable[[Claim, Claim], bool] | None = None) -> list[Difference]:
    """The figures the voices give, compared.  ``questions_only``: only counts that answer
    one question (``same_question``), for claims of many clusters, where nothing says the two
    figures are about one thing but the figures themselves; ``related``: which two claims
    may be compared at all (the same story)."""
    agree: dict[Label, dict[_Key, dict[str, object]]] = {}
    clash: dict[Label, dict[_Key, dict[str, object]]] = {}
    agreeing: list[tuple[_Key, _Key]] = []  # rows whose figures overlap
    figures: dict[_Key, Quantity] = {}  # the agreeing rows' figures
    changed: dict[Label, dict[_Key, dict[str, object]]] = {}
    of_times: dict[Label, dict[_Key, dict[str, object]]] = {}
    currencies: dict[_Key, dict[str, object]] = {}
    for a, b in combinations(said, 2):
        if related is not None and not related(a.claim, b.claim):
            continue
        apart = days_apart(a, b)
        times = times_apart(a, b)
        if a.voice == b.voice and a.claim.source == b.claim.source and not apart:
            # one voice in two outlets is compared: "the ministry said nine" in one and "at
            # least 12, the ministry said" in another is a difference a reader must see
            continue
        pairs = [(qa, qb) for qa in stated(a) for qb in stated(b)
                 if comparable(qa, a, qb, b) and not other_fates(qa, a, qb, b)
                 and (not questions_only or same_question(qa, a, qb, b))]
        for qa, qb in _other_currencies(a, b):
            for s, q in ((a, qa), (b, qb)):
                currencies[(s.claim.id, q.start, s.voice)] = s.evidence(
                    q.text, q.start, q.end, low=q.low, high=q.high, unit=q.unit, kind=q.kind)
        for qa, qb in pairs:
            label = label_of(qa, a, qb, b)
            # "a loss of $20m" / "a profit of $20m": one result, of two signs
            opposite = opposite_results(qa, a, qb, b)
            if bounded_alike(qa, qb) and not opposite:
                continue  # "over 330" and "at least 29": consistent, but no agreement
            if overlap(qa, qb) and not opposite:
                if hired_and_cut(qa, a, qb, b):
                    continue  # "dismissed 200 workers" / "hired 200 workers": no one count
                if qa.low == qa.high == 2 and presupposed(qa, a) and presupposed(qb, b):
                    # "binds our two nations" / "between our two great nations", "the two
                    # leaders": a pair named before, which neither side counts
                    continue
                if times is not None and qa.kind == "percent":
                    # "rose 3% in March" / "3% in April": two rates that match; a count
                    # ("killed 58 people in October 2017" / "the ban of March 2019 followed
                    # a massacre that killed 58") is of one event whatever else is dated
                    continue
                if _open_bound(qa, qb) and not partners(
                        qa, qb, [(x, y) for x, y in pairs if overlap(x, y)], a, b) \
                        and not by_size(qa, qb, pairs):
                    # "cancel $50,000 ... incomes below $100,000" / "up to $50,000 ... less
                    # than $100,000": an open bound meets every figure under it; it agrees
                    # with the one it answers (by the words around it, or as the one figure
                    # of its size: "$1,000 rebates" / "up to $1,000"), not with all of them
                    continue
                bucket = agree.setdefault(label, {})
                figures[(a.claim.id, qa.start, a.voice)] = qa
                figures[(b.claim.id, qb.start, b.voice)] = qb
                agreeing.append(((a.claim.id, qa.start, a.voice), (b.claim.id, qb.start, b.voice)))
            elif partners(qa, qb, pairs, a, b) \
                    and same_measure(qa, a, qb, b) and not both_given(qa, qb, said) \
                    and not (presupposed(qa, a) or presupposed(qb, b)) \
                    and not part_and_whole(qa, a, qb, b) \
                    and not whole_of_parts(qa, a, qb, b) \
                    and not (qa.kind in ("year", "date") and _dating(pairs, a, b)):
                if apart and qa.kind not in FIXED and label[2] not in FIXED_FATES \
                        and label[1] not in FIXED_MEASURES \
                        and not toll_fell(label, qa, a, qb, b) \
                        and not (qa.kind in OF_A_PERIOD and of_one_time(a, b)) \
                        and not told_already(qa, a, qb, b, said, related,
                                              same_day=qa.kind not in OF_A_PERIOD):
                    bucket = changed.setdefault(label, {})
                elif times is not None and qa.kind not in FIXED:
                    # "The death toll was 30 on Monday" / "rose to 45 on Tuesday", "inflation
                    # of 9.1% in 2022" / "3.2% in 2023": figures of two times the claims name
                    timed = of_times.setdefault(label, {})
                    for s, q, when in ((a, qa, times[0]), (b, qb, times[1])):
                        timed[(s.claim.id, q.start, s.voice)] = s.evidence(
                            q.text, q.start, q.end, low=q.low, high=q.high, unit=q.unit,
                            kind=q.kind, when=when)
                    continue
                elif a.voice == b.voice and a.claim.source == b.claim.source:
                    continue
                else:
                    bucket = clash.setdefault(label, {})
            else:
                continue
            for s, q in ((a, qa), (b, qb)):
                bucket[(s.claim.id, q.start, s.voice)] = _figure_evidence(s, q, label)
    if related is not None:
        claim_of: dict[object, Claim] = {s.claim.id: s.claim for s in said}

        def one_story(rows: dict[_Key, dict[str, object]]) -> list[dict[_Key, dict[str, object]]]:
            # each pair was of one story, but a label's rows may gather pairs of two (the
            # tolls of a March quake and of a September flood): one difference per story
            keys = list(rows)
            links = [(x, y) for x, y in combinations(keys, 2)
                     if related(claim_of[x[0]], claim_of[y[0]])]
            return [{k: rows[k] for k in group} for group in _connected(keys, links)
                    if len(group) > 1]
    else:
        def one_story(rows: dict[_Key, dict[str, object]]) -> list[dict[_Key, dict[str, object]]]:
            return [rows]
    out = [disagreement(label, part.values()) for label, rows in sorted(clash.items())
           for part in one_story(rows)]
    out += [changed_over_days(label, part.values()) for label, rows in sorted(changed.items())
            for part in one_story(rows)]
    out += [at_times(label, part.values()) for label, rows in sorted(of_times.items())
            if label not in clash for part in one_story(rows)]
    if currencies:
        out.append(in_currencies(currencies.values()))

    def agree_both(x: _Key, y: _Key) -> bool:
        return overlap(figures[x], figures[y])

    for label, rows in sorted(agree.items()):
        if label not in clash:  # "0.3 percent" twice and "1.4 percent" twice: two agreements
            # "tens of thousands" agrees with 55,000 and with 100,000, which are told as
            # agreeing with it, not with each other
            out += [agreement(label, [rows[k] for k in part])
                    for group in _connected(list(rows), agreeing)
                    for part in agreeing_sets(group, agree_both)]
    return out


def _figure_evidence(s: Said, q: Quantity, label: Label) -> dict[str, object]:
    """A figure's evidence row; a result's with what it is ("a net loss of $85m": the
    figure alone would hide which side of zero it is)."""
    result = result_of(q, s) if label[1] == "result" else None
    text, start, end = q.text, q.start, q.end
    if result is not None:
        start, end = result[2], result[3]
        text = s.claim.text[start - s.claim.start:end - s.claim.start]
    return s.evidence(text, start, end, low=q.low, high=q.high, unit=q.unit, kind=q.kind)


def _open_bound(qa: Quantity, qb: Quantity) -> bool:
    return None in (qa.low, qa.high, qb.low, qb.high)


def _dating(pairs: list[tuple[Quantity, Quantity]], a: Said, b: Said) -> bool:
    """The claims give another figure of one measure each, which their years or dates date:
    "sold 2 million cars in 2022" / "sold 3 million cars in 2023" are sales of two years, not
    a dispute over the year (the sales are told as figures of two times)."""
    return any(x.kind not in FIXED and same_measure(x, a, y, b) for x, y in pairs)


def one_measure(a: Claim, b: Claim) -> bool:
    """Do the two claims give a figure of one measure (a count of the same people or things,
    an amount, a share...), whether or not the figures agree?  What the contrast would
    compare, and more: a word around the figures other than their unit is shared ("took part
    in the march" / "joined the march"), since two counts of participants are not yet one
    count.  The clusterer takes it as a sign of one claim."""
    sa, sb = Said(a, a.voice), Said(b, b.voice)
    return any(qa.kind not in FIXED and comparable(qa, sa, qb, sb)
               and not other_fates(qa, sa, qb, sb) and same_measure(qa, sa, qb, sb)
               and (_shared_beside_unit(qa, sa, qb, sb) or _one_fate(qa, sa, qb, sb))
               for qa in a.numbers for qb in b.numbers)


def _one_fate(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """Counts of what befell people, the same on both sides ("no illnesses were linked" /
    "four infants fell ill"): a word in common, however each says it."""
    fate = fate_of(qa, a)
    return fate is not None and fate == fate_of(qb, b)


def _shared_beside_unit(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    units = {stem(u) for q in (qa, qb) if q.unit for u in q.unit.split()}
    return bool((close_words(qa, a) & close_words(qb, b)) - units)


def _connected(keys: list[_Key], links: list[tuple[_Key, _Key]]) -> list[list[_Key]]:
    """The keys grouped by the links between them (each group in the keys' order)."""
    sets = Partition(keys)
    for x, y in links:
        if x in sets and y in sets:
            sets.join(x, y)
    return sets.groups(keys)


# what a money figure's unit may be: a currency, as ``embeddings.claims.numbers`` names it
_CURRENCY_CODES = frozenset({"usd", "eur", "gbp", "rub", "azn", "amd", "jpy", "cny", "inr",
                             "try", "uah", "ils", "chf", "aud", "cad", "nzd", "hkd", "sgd",
                             "krw"})


def _other_currencies(a: Said, b: Said) -> list[tuple[Quantity, Quantity]]:
    """The one amount of each of two claims, in two currencies ("paid £100m" / "paid
    $120m"): no rate of exchange is known here, so they are told, not compared."""
    money_a = [q for q in a.claim.numbers if q.kind == "money"]
    money_b = [q for q in b.claim.numbers if q.kind == "money"]
    if len(money_a) != 1 or len(money_b) != 1:
        return []
    qa, qb = money_a[0], money_b[0]
    if qa.unit == qb.unit or qa.unit not in _CURRENCY_CODES or qb.unit not in _CURRENCY_CODES:
        return []
    return [(qa, qb)] if same_measure(qa, a, qb, b) else []
