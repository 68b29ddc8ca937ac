"""What a figure measures: the people or things it counts and what befell them, a rate
or a share and of what, a change or a level.  Two figures are compared only when they
measure one thing (``service.contrast.numbers``).

This module holds the three questions ``service.contrast.numbers`` asks of two figures
(``comparable``, ``same_question``, ``same_measure``); the readings they are made of live
in ``near_words`` (the words next to a figure, offsets from an event), ``people`` (who a
count counts), ``fates`` (what befell them), ``percents`` (a change or a level, of what,
over which span), ``results`` (a company's profit or loss, a side's demand or offer),
``verbs`` (what a count's verb did to it, per span of time) and ``things`` (what a figure
is of: a thing, a name, a place, a period).
"""

from __future__ import annotations

from dataclasses import replace

from embeddings.types import Quantity
from service.contrast.intervals import overlap, unit_key
from service.contrast.measures.crowds import one_unit
from service.contrast.measures.fates import (
    FATE_WORDS,
    FATES,
    _dated,
    fate_of,
    level_of,
    other_fates,
)
from service.contrast.measures.near_words import _anchor, _offset, measured
from service.contrast.measures.people import (
    _HOSPITALISED,
    _modifiers,
    _role,
    bare_crowd,
    group_age,
    people_kind,
    whole,
)
from service.contrast.measures.percents import (
    _percent_of,
    change_period,
    one_whole,
    percent_change,
    share_and_change,
    whole_word,
)
from service.contrast.measures.results import _other_results, _stance, opposite_results, result_of
from service.contrast.measures.spans import span_and_day
from service.contrast.measures.staff import JOBS_KEY, one_job_count
from service.contrast.measures.things import (
    _other_named,
    _other_periods,
    _other_places,
    _other_things,
    _stems,
    periods,
)
from service.contrast.measures.verbs import _other_verbs, _per_time
from service.contrast.said import Said
from service.contrast.text import stem

_NOT_COMPARED = frozenset({"ordinal"})


def comparable(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    if qa.kind != qb.kind or qa.kind in _NOT_COMPARED:
        return False
    if _offset(qa, a) != _offset(qb, b):
        return False
    ua, ub = unit_key(qa), unit_key(qb)
    if ua == ub or one_unit(qa, qb) or one_job_count(qa, a, qb, b):
        return True  # (a job cut is a worker laid off: "cut 5,000 jobs" / "lay off 5,000")
    people = {people_kind(qa, a), people_kind(qb, b)}
    if people == {"generic"} or people == {"generic", "group"}:
        return True  # people of any name: they may agree; a dispute needs same_measure
    if ua is None or ub is None:
        bare, other, other_said = (qa, qb, b) if ua is None else (qb, qa, a)
        if bare_crowd(bare) and people_kind(other, other_said) is None:
            return False  # "Screwed Thousands" counts people, not "eight million loans"
        # a bare number stands for the other's unit only if neither claim offers a choice
        return count_kind(a, qa.kind) == 1 and count_kind(b, qb.kind) == 1
    return False


def same_question(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """Do two counts answer one question whatever the rest of their claims say?  Counts of
    people who died, were hurt, arrested, took part... (the same fate, said on both sides),
    or counts of the same named thing ("480 cases" / "510 cases").  A count of "people" that
    says nothing of what befell them answers no question in particular ("hundreds of
    thousands of Azerbaijanis" / "100,000 Armenians"); nor does a bare figure ("a 907").
    Of percentages, levels of one thing ("Turnout was 41%" / "Turnout was 38%"), of no other
    date."""
    if qa.kind == qb.kind == "percent":
        level = level_of(qa, a)
        return level is not None and level == level_of(qb, b) and _dated(a) == _dated(b)
    if not qa.kind == qb.kind == "count" or qa.unit is None or qb.unit is None:
        return False
    fate_a, fate_b = fate_of(qa, a), fate_of(qb, b)
    if (fate_a is None and whole(qb, b)) or (fate_b is None and whole(qa, a)):
        # "All 178 passengers were evacuated safely" counts the passengers, whatever befell
        # them: "the plane was carrying 172 passengers" answers the same question
        return one_unit(qa, qb) and unit_key(qa) != "people"
    if fate_a is not None or fate_b is not None:
        return fate_a == fate_b
    return unit_key(qa) == unit_key(qb) and people_kind(qa, a) is None


def same_measure(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    if group_age(qa, a) or group_age(qb, b):
        return False  # "people 65 and over" / "everyone over age six months": two groups
    if other_fates(qa, a, qb, b) or _other_things(qa, a, qb, b) or _other_named(qa, a, qb, b):
        return False
    if _other_results(qa, a, qb, b):
        return False
    if _other_verbs(qa, a, qb, b) or _per_time(qa, a) != _per_time(qb, b) \
            or _other_places(a, b) or _other_periods(a, b) or span_and_day(qa, a, qb, b):
        return False
    if "asked" in {_stance(qa, a), _stance(qb, b)} and _stance(qa, a) != _stance(qb, b):
        # a demand is no offer and no fact; an offer may be told without the word ("ripped
        # up an 800 million contract offer" / "rips up 300 million contract": one offer)
        return False
    if result_of(qa, a) is not None and result_of(qb, b) is not None:
        return True  # "swung to a net loss of $85m" / "reported a profit of $20m": one result
    if qa.kind == qb.kind == "count" and unit_key(qa) is not None and (
            one_unit(qa, qb) or one_job_count(qa, a, qb, b)):
        # "29 people" / "forty people": the unit says what is counted; but "28 league goals"
        # may be part of "31 goals" (a word that narrows the count on one side only; not a
        # word the other claim says too: "12 million Linkway customers" / "9 million
        # customers of Linkway")
        # ("6,000 civilian deaths" are people, narrowed by their role as "28 league goals")
        mods_a = _modifiers(qa, a) | {r for r in [_role(qa, a)] if r}
        mods_b = _modifiers(qb, b) | {r for r in [_role(qb, b)] if r}
        return mods_a - _stems(b.claim.text) == mods_b - _stems(a.claim.text)
    if people_kind(qa, a) == people_kind(qb, b) == "generic":
        # "100k people" / "70,000 inhabitants"; but "6,000 civilian deaths" are not all of
        # "30,000 deaths"
        return _role(qa, a) == _role(qb, b)
    if {people_kind(qa, a), people_kind(qb, b)} == {"generic", "group"}:
        generic, group = (qa, qb) if people_kind(qa, a) == "generic" else (qb, qa)
        if _role(generic, a if generic is qa else b) == stem(group.unit or ""):
            return True  # "6,000 civilian deaths" / "10,000 civilians have been killed"
        if group.unit == "patient" and fate_of(qa, a) == fate_of(qb, b) == "hurt" \
                and all(_HOSPITALISED.search(s.claim.text) for s in (a, b)):
            # the people in hospital are its patients: "Hospitals have admitted 45 patients"
            # / "60 people have been hospitalised" is one count, disputed
            return True
        if fate_of(qa, a) is not None and fate_of(qa, a) == fate_of(qb, b) \
                and _near_figures(qa, qb):
            # what befell both is one fate and the figures are of a size, so neither is a
            # small part of the other: one count ("forced more than 100k people to leave
            # their homes" / "100,000-120,000 Armenians had moved from their homes")
            return True
        # "29 people" / "5 Americans": the Americans may be among the 29; but none of anyone
        # is none of them ("no illnesses were reported" / "four infants fell ill")
        generic = qa if people_kind(qa, a) == "generic" else qb
        return generic.high == 0 and fate_of(qa, a) is not None \
            and fate_of(qa, a) == fate_of(qb, b)
    if _offset(qa, a) and _offset(qb, b):
        # an offset is counted from an event: "four hours before the midnight deadline" and
        # "30 days before deciding" count to two different ones
        return not _anchor(qa, a).isdisjoint(_anchor(qb, b))
    if qa.kind == qb.kind == "percent":
        of_a, of_b = _percent_of(qa, a), _percent_of(qb, b)
        whole_of = one_whole(qa, a, qb, b)
        if whole_of is not None:
            # "will cut 10% of its staff" / "8% of its workforce": one whole's share, where the
            # claims say alike of it ("cut"); "70 percent of Americans want action" / "52% of
            # American adults are sympathetic to protesters" are shares of two groups in it.
            # A company's staff is told of by the share it lays off, however said ("A third of
            # the staff will lose their jobs")
            return whole_of == "staff" \
                or any(whole_word(w) != whole_of for w in measured(qa, a) & measured(qb, b))
        if share_and_change(qa, a, qb, b):
            return False  # "cut 8% of its workforce" / "its loans grew 10%"
        if percent_change(qa, a) != percent_change(qb, b):
            return False  # "fell by 20%" is a change, "fell to 19%" a level
        period_a, period_b = change_period(qa, a), change_period(qb, b)
        if period_a is not None and period_b is not None and period_a != period_b:
            return False  # "rose 5% year on year" / "2% quarter on quarter"
        if of_a is not None and of_b is not None:
            return of_a == of_b
    if qa.kind in ("year", "date"):
        # a year dates an event: two claims date the same one when they share what happened
        # ("the ceasefire was signed"), not just who ("After signing the deal in 2015, Iran
        # hid its files" / "In 2017 Iran moved its files")
        return len(measured(qa, a, names=False) & measured(qb, b, names=False)) >= 2
    return not measured(qa, a).isdisjoint(measured(qb, b))


def _near_figures(qa: Quantity, qb: Quantity) -> bool:
    """Figures whose intervals overlap where an open side is read as at most twice (or at
    least half) its bound: "more than 100k" meets "100,000-120,000", "at least 29" does not
    meet "over 330" (any two open figures would overlap)."""
    def closed(q: Quantity) -> Quantity:
        if q.low is not None and q.high is None:
            return replace(q, high=q.low * 2)
        if q.high is not None and q.low is None:
            return replace(q, low=q.high / 2)
        return q
    valued = all(q.low is not None or q.high is not None for q in (qa, qb))
    return valued and overlap(closed(qa), closed(qb))


def count_kind(s: Said, kind: str) -> int:
    return sum(1 for q in s.claim.numbers if q.kind == kind)


__all__ = [
    "FATES", "FATE_WORDS", "JOBS_KEY", "comparable", "fate_of", "measured", "one_job_count",
    "opposite_results", "other_fates", "people_kind", "percent_change", "periods", "result_of",
    "same_measure", "same_question", "whole",
]
