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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from functools import lru_cache
from itertools import combinations

from embeddings.claims.entities import is_demonym
from embeddings.claims.numbers import PARTITIVE
from embeddings.types import Claim, Difference, Quantity
from service.contrast.intervals import ON_THE_MOVE, bounded_alike, overlap, unit_key
from service.contrast.measures import (
    FATE_WORDS,
    FATES,
    comparable,
    fate_of,
    measured,
    opposite_results,
    other_fates,
    people_kind,
    percent_change,
    periods,
    result_of,
    same_measure,
    same_question,
    whole,
)
from service.contrast.partition import Partition
from service.contrast.said import Said, evidence_order, says, shown
from service.contrast.text import STOPWORDS, named_times, stem, tokens

# "rose 4% last year, not 40%", "4%, rather than 40%": a figure named to be denied
_DENIED_BEFORE = (("not",), ("n't",), ("rather", "than"), ("instead", "of"), ("never",))


def stated(s: Said) -> list[Quantity]:
    """The claim's figures less those it names only to deny ("rose 4%, not 40%" states
    4%; its 40% agrees with no one's 40%); none of a question's ("Will the bull market
    make it to six?" states no six)."""
    return list(_stated(s.claim))


# a story's figures are compared pair by pair: each claim's are read once, not per pair
@lru_cache(maxsize=20_000)
def _stated(claim: Claim) -> tuple[Quantity, ...]:
    if claim.text.rstrip(" \"'”’»)").endswith("?"):
        return ()
    return tuple(q for q in claim.numbers if not _denied(claim, q) and not _of_speaker(claim, q))


def _of_speaker(claim: Claim, q: Quantity) -> bool:
    """A figure in the words naming who speaks ("according to three employees", "two
    officials said") counts the sources, not what they tell."""
    if not claim.speaker or q.text not in claim.speaker:
        return False
    at = claim.text.lower().find(claim.speaker.lower())
    return at >= 0 and at <= q.start - claim.start < at + len(claim.speaker)


def _denied(claim: Claim, q: Quantity) -> bool:
    before = [t.lower for t in tokens(claim.text[:max(0, q.start - claim.start)])
              if t.is_word][-2:]
    return any(tuple(before[-len(cue):]) == cue for cue in _DENIED_BEFORE)


@lru_cache(maxsize=20_000)
def _times_of(text: str) -> dict[str, frozenset[str]]:
    return named_times(tokens(text))


def _both_given(qa: Quantity, qb: Quantity, said: list[Said]) -> bool:
    """Some claim states both figures ("global sales fell 0.3 percent, U.S. sales 1.4
    percent"): then they are two measures, not two answers to one question.  Unless the
    claim gives them as two voices' estimates of one thing ("Police estimated the crowd at
    18,000, while organisers put it at 60,000"): that is the dispute itself.  Nor when it
    gives them as counts of two fates ("Two people died and five were injured"): then each
    answers its own question, and "Five people died" disputes the first."""
    def fits(q: Quantity, given: Quantity) -> bool:  # "88 of 200 seats" gives no stations
        return q.kind == given.kind and overlap(q, given) and (
            unit_key(q) is None or unit_key(given) is None or unit_key(q) == unit_key(given))

    for s in said:
        one = [q for q in stated(s) if fits(q, qa)]
        other = [q for q in stated(s) if fits(q, qb)]
        if any(x is not y and not _two_estimates(s, x, y) and not other_fates(x, s, y, s)
               for x in one for y in other):
            return True
    return False


# "X put it at A, while Y put it at B", "A, police said, but organisers said B"
_ESTIMATING = frozenset({"estimated", "estimates", "put", "puts", "said", "says", "claimed",
                         "claims", "counted", "gave", "reported", "according"})
_AGAINST = frozenset({"while", "whereas", "but"})


def _two_estimates(s: Said, x: Quantity, y: Quantity) -> bool:
    first, second = sorted((x, y), key=lambda q: q.start)
    text, at = s.claim.text, s.claim.start
    between = [t.lower for t in tokens(text[first.end - at:second.start - at])]
    words = [t.lower for t in tokens(text)]
    return any(w in _AGAINST for w in between) \
        and sum(w in _ESTIMATING for w in words) >= 2 and any(w in _ESTIMATING for w in between)


# "trade between the two nations", "six of the eleven nations in the pact": a count after a
# definite determiner refers to things already known; it does not say how many there are
_DEFINITE = frozenset({"the", "these", "those", "its", "their", "his", "her", "our", "both"})


def _part(q: Quantity, s: Said) -> bool:
    """"Three of the hospitals": a count of a part of a whole ("all 14 of its hospitals" is
    the whole)."""
    if q.kind != "count" or PARTITIVE.match(s.claim.text, q.end - s.claim.start) is None:
        return False
    return not whole(q, s)


def _part_and_whole(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """A part of a whole, and a count of that whole: "Three of the hospitals were closed"
    says nothing against "The company runs 14 hospitals"; it does against "Five hospitals
    were closed" (what befell the part is said of the other count too)."""
    if _part(qa, a) == _part(qb, b):
        return False
    units = {stem(q.unit) for q in (qa, qb) if q.unit}
    # what befell them, not whose they are ("Meridian" on both sides is no predicate)
    return not (measured(qa, a, names=False) & measured(qb, b, names=False)) - units


def _presupposed(q: Quantity, s: Said) -> bool:
    if q.kind != "count":
        return False
    before = [t for t in tokens(s.claim.text[: max(0, q.start - s.claim.start)]) if t.is_word]
    return bool(before) and (before[-1].lower in _DEFINITE
                             or before[-1].lower.endswith(("'s", "’s")))


def _label(qa: Quantity, a: Said, qb: Quantity, b: Said) -> tuple[str, str, str]:
    """(kind, unit, fate): what a difference is about ("the number of people who died")."""
    fate = fate_of(qa, a) if qa.kind == qb.kind == "count" else None
    fate = fate if fate is not None and fate == fate_of(qb, b) else ""
    if unit_key(qa) != unit_key(qb) and None not in (people_kind(qa, a), people_kind(qb, b)):
        return qa.kind, "people", fate
    if result_of(qa, a) is not None and result_of(qb, b) is not None:
        return "money", "result", fate  # "a net loss of $85m" / "a profit of $20m"
    if qa.kind == qb.kind == "percent" and unit_key(qa) == unit_key(qb) == "point":
        return "percent", "point", fate  # "a quarter point" / "50 basis points"
    if qa.kind == qb.kind == "percent" and percent_change(qa, a) and percent_change(qb, b):
        return "percent", "change", fate  # "the change": "doubles" / "a 20% higher risk"
    return qa.kind, unit_key(qa) or unit_key(qb) or "", fate


_Key = tuple[object, ...]  # a figure in a claim by a voice: (claim id, offset, voice)


_Label = tuple[str, str, str]


def number_differences(said: list[Said], questions_only: bool = False,
                       related: Callable[[Claim, Claim], bool] | None = None) -> list[Difference]:
    """The figures the voices give, compared.  ``questions_only``: only counts that answer
    one question (``same_question``), for claims of many clusters, where nothing says the two
    figures are about one thing but the figures themselves; ``related``: which two claims
    may be compared at all (the same story)."""
    agree: dict[_Label, dict[_Key, dict[str, object]]] = {}
    clash: dict[_Label, dict[_Key, dict[str, object]]] = {}
    agreeing: list[tuple[_Key, _Key]] = []  # rows whose figures overlap
    changed: dict[_Label, dict[_Key, dict[str, object]]] = {}
    of_times: dict[_Label, dict[_Key, dict[str, object]]] = {}
    currencies: dict[_Key, dict[str, object]] = {}
    for a, b in combinations(said, 2):
        if related is not None and not related(a.claim, b.claim):
            continue
        apart = _days_apart(a, b)
        times = _times_apart(a, b)
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
            label = _label(qa, a, qb, b)
            # "a loss of $20m" / "a profit of $20m": one result, of two signs
            opposite = opposite_results(qa, a, qb, b)
            if bounded_alike(qa, qb) and not opposite:
                continue  # "over 330" and "at least 29": consistent, but no agreement
            if overlap(qa, qb) and not opposite:
                if times is not None and qa.kind == "percent":
                    # "rose 3% in March" / "3% in April": two rates that match; a count
                    # ("killed 58 people in October 2017" / "the ban of March 2019 followed
                    # a massacre that killed 58") is of one event whatever else is dated
                    continue
                bucket = agree.setdefault(label, {})
                agreeing.append(((a.claim.id, qa.start, a.voice), (b.claim.id, qb.start, b.voice)))
            elif _partners(qa, qb, pairs, a, b) \
                    and same_measure(qa, a, qb, b) and not _both_given(qa, qb, said) \
                    and not (_presupposed(qa, a) or _presupposed(qb, b)) \
                    and not _part_and_whole(qa, a, qb, b) \
                    and not (qa.kind in ("year", "date") and _dating(pairs, a, b)):
                if apart and qa.kind not in _FIXED and label[2] not in _FIXED_FATES \
                        and label[1] not in _FIXED_MEASURES \
                        and not _toll_fell(label, qa, a, qb, b) \
                        and not (qa.kind in _OF_A_PERIOD and _of_one_time(a, b)) \
                        and not _told_already(qa, a, qb, b, said, related,
                                              same_day=qa.kind not in _OF_A_PERIOD):
                    bucket = changed.setdefault(label, {})
                elif times is not None and qa.kind not in _FIXED:
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
    out = [_clash(label, part.values()) for label, rows in sorted(clash.items())
           for part in one_story(rows)]
    out += [_changed(label, part.values()) for label, rows in sorted(changed.items())
            for part in one_story(rows)]
    out += [_of_times(label, part.values()) for label, rows in sorted(of_times.items())
            if label not in clash for part in one_story(rows)]
    if currencies:
        out.append(_currencies(currencies.values()))
    for label, rows in sorted(agree.items()):
        if label not in clash:  # "0.3 percent" twice and "1.4 percent" twice: two agreements
            out += [_agree(label, [rows[k] for k in group])
                    for group in _connected(list(rows), agreeing)]
    return out


def _figure_evidence(s: Said, q: Quantity, label: _Label) -> dict[str, object]:
    """A figure's evidence row; a result's with what it is ("a net loss of $85m": the
    figure alone would hide which side of zero it is)."""
    result = result_of(q, s) if label[1] == "result" else None
    text, start, end = q.text, q.start, q.end
    if result is not None:
        start, end = result[2], result[3]
        text = s.claim.text[start - s.claim.start:end - s.claim.start]
    return s.evidence(text, start, end, low=q.low, high=q.high, unit=q.unit, kind=q.kind)


def _dating(pairs: list[tuple[Quantity, Quantity]], a: Said, b: Said) -> bool:
    """The claims give another figure of one measure each, which their years or dates date:
    "sold 2 million cars in 2022" / "sold 3 million cars in 2023" are sales of two years, not
    a dispute over the year (the sales are told as figures of two times)."""
    return any(x.kind not in _FIXED and same_measure(x, a, y, b) for x, y in pairs)


# what a report gives as settled: a year, a date, an age do not move as a story goes on; nor
# does how many came to an event that is over (two estimates of a crowd are a dispute)
_FIXED = frozenset({"year", "date", "age"})
_FIXED_FATES = frozenset({"present"})
# nor does a company's result for a period, which is reported once the period is over: "a
# net loss of $85m" on Tuesday and "a profit of $20m" on Wednesday are a dispute
_FIXED_MEASURES = frozenset({"result"})


# counts that only grow as a story goes on: the dead do not come back, so a later report
# of fewer dead than an earlier one ("at least 40 died" on Monday, "no deaths" on Tuesday)
# disputes it, where a later report of more is the toll rising
_ONLY_GROW = frozenset({"dead"})


# the injured only grow in number too ("eleven were treated for injuries", then "no one
# was injured"); those *in hospital* leave it, so a count of them may fall
_IN_HOSPITAL = re.compile(r"\bhospital", re.IGNORECASE)


def _toll_fell(label: _Label, qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    grows = label[2] in _ONLY_GROW or (label[2] == "hurt" and not any(
        _IN_HOSPITAL.search(s.claim.text) for s in (a, b)))
    if not grows or a.day is None or b.day is None:
        return False
    (early, _), (late, _) = sorted(((qa, a.day), (qb, b.day)), key=lambda p: p[1])
    return late.high is not None and early.low is not None and late.high < early.low


# figures of a period, which do not move once the period is told of: "inflation was 3.2% in
# October" and "3.4% in October", "shares fell 12% on Tuesday" and, the next day, "lost 9% on
# Tuesday" are two readings of one figure, a dispute however far apart they were published
# (a toll "in Saturday's attack" still rises as the dead are found: counts stay changes)
_OF_A_PERIOD = frozenset({"percent", "money", "rate"})


def _of_one_time(a: Said, b: Said) -> bool:
    """Both claims name one time ("in October", "on Tuesday", "in 2025", "in the third
    quarter"; "eased to 3.2% in October from 3.5% in September" names October too) and, of
    each kind both name, some time of it in common."""
    ta, tb = _times_of(a.claim.text), _times_of(b.claim.text)
    pa, pb = periods(a), periods(b)
    shared, shared_periods = ta.keys() & tb.keys(), pa.keys() & pb.keys()
    return bool(shared or shared_periods) and all(ta[k] & tb[k] for k in shared) \
        and all(pa[k] & pb[k] for k in shared_periods)


def _told_already(qa: Quantity, a: Said, qb: Quantity, b: Said, said: list[Said],
                  related: Callable[[Claim, Claim], bool] | None,
                  same_day: bool = False) -> bool:
    """The later figure is no news: another voice of the story gave it by the day of the
    earlier one ("cut deaths by 40%", says one outlet and "by nearly half" another on Monday;
    "by about 40 percent" on Tuesday is the dispute going on, not the figure changing).
    ``same_day``, for counts: only a voice of the earlier figure's own day, whose figure
    disputed it then ("45 in hospital" and "60 hospitalised" on Monday, "45 in hospital" on
    Tuesday: one dispute, told by three voices, not a dispute and a count that fell).  A
    toll told higher the next day than any voice had it has risen, whoever had guessed it;
    and one told on Monday, then lower on Tuesday and higher on Wednesday, moved each day."""
    if a.day is None or b.day is None:
        return False
    (early, early_q), (late, late_q) = sorted(((a, qa), (b, qb)), key=lambda p: str(p[0].day))
    return any(s.day is not None and q.kind == late_q.kind
               and (s.day == str(early.day) and not overlap(q, early_q) if same_day
                    else s.day <= str(early.day))
               and (related is None or related(s.claim, late.claim))
               and comparable(q, s, late_q, late) and not bounded_alike(q, late_q)
               and overlap(q, late_q) and not other_fates(q, s, late_q, late)
               and same_measure(q, s, late_q, late)
               for s in said if s is not early and s is not late for q in stated(s))


def _days_apart(a: Said, b: Said) -> bool:
    """Published on different days: a toll, a count or a price may have moved in between
    ("at least 29 dead" on Tuesday, "32 dead" on Wednesday is the story going on, not a
    dispute).  Unknown where either article gives no date."""
    return a.day is not None and b.day is not None and a.day != b.day


def _times_apart(a: Said, b: Said) -> tuple[str, str] | None:
    """The times two claims name when they name different times of one kind (years, else
    months, else weekdays): "on Monday" / "on Tuesday" -> ("Monday", "Tuesday").  A time both
    name ("on Tuesday, 29 died in Saturday's attack" / "Saturday's attack killed 35") makes
    them of one time."""
    ta, tb = _times_of(a.claim.text), _times_of(b.claim.text)
    for kind in ("year", "month", "weekday"):
        if kind in ta and kind in tb and ta[kind].isdisjoint(tb[kind]):
            return _when(ta[kind]), _when(tb[kind])
    return None


def _when(names: frozenset[str]) -> str:
    return " and ".join(sorted(n.capitalize() for n in names))


def one_measure(a: Claim, b: Claim) -> bool:
    """Do the two claims give a figure of one measure (a count of the same people or things,
    an amount, a share...), whether or not the figures agree?  What the contrast would
    compare, and more: a word around the figures other than their unit is shared ("took part
    in the march" / "joined the march"), since two counts of participants are not yet one
    count.  The clusterer takes it as a sign of one claim."""
    sa, sb = Said(a, a.voice), Said(b, b.voice)
    return any(qa.kind not in _FIXED and comparable(qa, sa, qb, sb)
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
    return bool((_close_words(qa, a) & _close_words(qb, b)) - units)


def _connected(keys: list[_Key], links: list[tuple[_Key, _Key]]) -> list[list[_Key]]:
    """The keys grouped by the links between them (each group in the keys' order)."""
    sets = Partition(keys)
    for x, y in links:
        if x in sets and y in sets:
            sets.join(x, y)
    return sets.groups(keys)


_CLOSE = 4  # words either side of a figure, up to another figure


def _close_words(q: Quantity, s: Said) -> frozenset[str]:
    """Stems of the words right around a figure, names included and any case."""
    return _close_words_at(s.claim.text, q.start - s.claim.start, q.end - s.claim.start)


@lru_cache(maxsize=20_000)
def _close_words_at(text: str, at: int, end: int) -> frozenset[str]:
    if not 0 <= at <= end <= len(text):
        return frozenset()
    out: set[str] = set()
    for side in (tokens(text[end:]), tokens(text[:at])[::-1]):
        words = 0
        for t in side:
            if t.text[:1].isdigit() or words >= _CLOSE:
                break
            if t.is_word:
                words += 1
                # "a first-quarter loss" is answered by "lost ... in the first quarter"
                for part in {t.text, *t.text.split("-")}:
                    if part.lower() not in STOPWORDS and len(part) > 2:
                        out.add(stem(part))
    return frozenset(out)


def _partners(qa: Quantity, qb: Quantity, pairs: list[tuple[Quantity, Quantity]],
              a: Said, b: Said) -> bool:
    """Each figure is the other's only comparable one, or the one that shares the most words
    around it (two at least) when no other shares as many: "inflation fell to 6.3%" is
    answered by "inflation, at 6.7%", not by "the 2% target" beside it."""
    def near(q: Quantity, s: Said) -> frozenset[str]:
        return _close_words(q, s)

    def best(q: Quantity, s: Said, other: Quantity, side: int, other_said: Said) -> bool:
        rivals = [p[1 - side] for p in pairs if p[side] is q]
        if len(rivals) == 1:
            return True
        mine = len(near(q, s) & near(other, other_said))
        return mine >= 2 and all(len(near(q, s) & near(r, other_said)) < mine
                                for r in rivals if r is not other)

    return best(qa, a, qb, 0, b) and best(qb, b, qa, 1, a)


def _by_voice(rows: Iterable[dict[str, object]]) -> tuple[tuple[dict[str, object], ...], str]:
    ordered = tuple(sorted(rows, key=evidence_order))
    said: dict[str, list[tuple[str, str, object]]] = {}
    for row in ordered:
        figures = said.setdefault(shown(str(row["voice"]), str(row["source"])), [])
        # "eighteen" in one outlet and "18" in another are one figure, told once
        value = (row.get("low"), row.get("high"), row.get("unit"))
        if not any(v == value for _, _, v in figures):
            figures.append((_running(str(row["text"])), str(row["source"]), value))
    alike: dict[str, list[str]] = {}  # what is said -> the voices saying just that
    for voice, figures in said.items():
        told_apart = len(figures) > 1 and len({o for _, o, _ in figures}) > 1
        # one voice quoted with other figures by two outlets: say which outlet has which
        texts = list(dict.fromkeys(f"{f} (in {o})" if told_apart else f for f, o, _ in figures))
        alike.setdefault(" / ".join(texts), []).append(voice)
    # "City Tribune and Morning Standard say 64, Republic Post says 65"
    parts = [f"{voice} {says(voice)} {text}" if len(voices) == 1
             else f"{', '.join(voices[:-1])} and {voices[-1]} say {text}"
             for text, voices in alike.items() for voice in voices[:1]]
    return ordered, ", ".join(parts)


def _running(figure: str) -> str:
    """A figure as running text: "says at least 14", not "says At least 14"; "says forty", not
    "says Forty" (a sentence's first word; a name such as "Ankara" stays as it is)."""
    first, _, rest = figure.strip().partition(" ")
    head = first.split("-")[0]  # "Thirty-one"
    if head.isalpha() and head[:1].isupper() and first[1:].replace("-", "").islower() \
            and (head.lower() in _NUMBER_WORDS or (rest and head.lower() in _OPENERS)):
        return f"{first.lower()} {rest}".strip()
    return figure.strip()


_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                           "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
                           "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                           "hundreds", "thousands", "millions", "dozens", "tens", "nobody"})
_OPENERS = frozenset({"at", "about", "around", "some", "more", "less", "fewer", "over", "under",
                      "nearly", "almost", "roughly", "approximately", "up", "only", "just",
                      "as", "between", "a", "an", "the", "one", "two", "three", "four", "five",
                      "six", "seven", "eight", "nine", "ten", "half", "hundreds", "thousands",
                      "dozens", "tens", "millions", "no"})


def _what(label: _Label) -> str:
    kind, unit, fate = label
    if kind in ("year", "date"):
        return f"the {kind}"
    if kind == "measure" and unit:  # "the temperature", "the area", "the weight"
        return f"the {unit}"
    if kind == "percent" and unit == "change":
        return "the change"
    if kind == "money" and unit == "result":
        return "the result (profit or loss)"
    if kind == "percent" and unit == "point":
        return "the change in percentage points"
    if kind == "count":  # a figure with no noun after it: "a magnitude of 6.8", "age to 64"
        unit = "people" if unit == ON_THE_MOVE else unit  # not one outlet's label for them
        if fate:  # "the number of people who died", "the number of soldiers hurt"
            # "29 dead": the dead are people, not "deads who died"
            named = unit and FATES.get(stem(unit)) != fate
            return f"the number of {_plural(unit) if named else 'people'} {FATE_WORDS[fate]}"
        return f"the number of {_plural(unit)}" if unit else "the figure"
    return f"the {_KIND_NAMES.get(kind, kind)}"


# (a rate is read per 100,000: ``embeddings.claims.numbers.RATE_BASE``)
_KIND_NAMES = {"money": "amount", "percent": "percentage", "rate": "rate per 100,000"}


def _plural(unit: str) -> str:
    """Units are kept singular ("refugee", "job"); "the number of" takes the plural.  A
    people's word is capitalised ("Iranians"), and one that is its own plural ("Chinese",
    "Swiss") is left as it is; so are plurals in "-men" ("gunmen", which no "s" is cut from)
    and nouns that are their own plural ("aircraft")."""
    if unit.islower() and is_demonym(unit):
        people = unit[:1].upper() + unit[1:]
        return people if unit.endswith(("ese", "ss", "sh", "ch")) else people + "s"
    if unit in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[unit]
    if unit.endswith(("s", "people", "staff", "personnel", "men")) or unit in _OWN_PLURAL:
        return unit
    if unit.endswith("man") and unit[-4:-3].islower() and unit[-4:-3] not in "aiu":
        return unit[:-3] + "men"  # "gunman", "fisherman", "policewoman" (not "human")
    if unit.endswith("y") and unit[-2:-1] not in "aeiou":
        return unit[:-1] + "ies"  # "casualty" -> "casualties"
    if unit.endswith(("sh", "ch", "x")):
        return unit + "es"
    return unit + "s"


_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "child": "children", "person": "people"}
# counted nouns that are their own plural
_OWN_PLURAL = frozenset({"aircraft", "spacecraft", "sheep", "fish", "deer", "cattle",
                         "livestock", "offspring", "species", "series", "police"})


def _clash(label: _Label, rows: Iterable[dict[str, object]]) -> Difference:
    evidence, who = _by_voice(rows)
    return Difference(kind="numbers", conflict=True, evidence=evidence,
                      summary=f"Sources disagree on {_what(label)}: {who}.")


def _changed(label: _Label, rows: Iterable[dict[str, object]]) -> Difference:
    """Figures of reports published on different days, told in the order of the days."""
    evidence = tuple(sorted(rows, key=lambda r: (str(r.get("published")), *evidence_order(r))))
    days: dict[str, list[str]] = {}
    for row in evidence:
        figure = f"{_running(str(row['text']))} ({shown(str(row['voice']), str(row['source']))})"
        told = days.setdefault(str(row.get("published")), [])
        if figure not in told:
            told.append(figure)
    story = ", then ".join(f"{', '.join(figures)} on {day}" for day, figures in days.items())
    return Difference(kind="numbers_changed", conflict=False, evidence=evidence,
                      summary=f"Reports {_apart(list(days))} give {_what(label)} as {story}.")


def _of_times(label: _Label, rows: Iterable[dict[str, object]]) -> Difference:
    """Figures of the different times their claims name, told in the order of the times."""
    evidence = tuple(sorted(rows, key=lambda r: (_time_order(str(r["when"])),
                                                 *evidence_order(r))))
    told = dict.fromkeys(f"{_running(str(r['text']))} {_on(str(r['when']))} "
                         f"({shown(str(r['voice']), str(r['source']))})" for r in evidence)
    return Difference(kind="numbers_changed", conflict=False, evidence=evidence,
                      summary=f"The claims give {_what(label)} at different times: "
                              f"{'; '.join(told)}.")


_TIME_ORDER = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december", "monday", "tuesday",
               "wednesday", "thursday", "friday", "saturday", "sunday")


def _on(when: str) -> str:
    """"on Monday", "in March", "in 2022"."""
    return f"on {when}" if when.split()[0].lower() in _TIME_ORDER[12:] else f"in {when}"


def _time_order(when: str) -> int:
    first = when.split()[0].lower()
    return int(first) if first.isdigit() else _TIME_ORDER.index(first) \
        if first in _TIME_ORDER else 0


def _apart(days: list[str]) -> str:
    """"of different days", or how far apart where that is months or years: two figures of
    2020 and 2023 are no count that moved overnight, and the reader should see it."""
    try:
        first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    except ValueError:
        return "of different days"
    gap = (last - first).days
    if gap >= 730:
        return f"{gap // 365} years apart"
    if gap >= 365:
        return "a year apart"
    if gap >= 60:
        return f"{gap // 30} months apart"
    return "of different days"


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


def _currencies(rows: Iterable[dict[str, object]]) -> Difference:
    evidence, who = _by_voice(rows)
    return Difference(kind="numbers_units", conflict=False, evidence=evidence,
                      summary=f"Sources give the amount in different currencies, not "
                              f"compared: {who}.")


def _agree(label: _Label, rows: Iterable[dict[str, object]]) -> Difference:
    evidence, who = _by_voice(rows)
    return Difference(kind="numbers_agree", conflict=False, evidence=evidence,
                      summary=f"Sources agree on {_what(label)}: {who}"
                              f"{_how_agreed(label, evidence)}.")


def _how_agreed(label: _Label, evidence: tuple[dict[str, object], ...]) -> str:
    """Why figures that read differently agree: one the other rounded ("54%" / "54.2%"),
    else their ranges overlap ("at least 31" / "34"); nothing where all say one figure."""
    points = {(row.get("low"), row.get("high")) for row in evidence}
    if label[0] == "score" or len(points) == 1:
        return ""
    if all(low is not None and low == high for low, high in points) \
            and label[0] in ("percent", "money", "count", "measure", "rate") \
            and not any(_hedged(str(row.get("text", ""))) for row in evidence):
        return " (within rounding)"
    return " (the figures overlap)"


def _hedged(text: str) -> bool:
    return bool(set(text.lower().split()) & _HEDGE_WORDS)


_HEDGE_WORDS = frozenset({"about", "around", "nearly", "almost", "some", "roughly", "over",
                          "approximately", "estimated", "up", "least", "more", "than"})
