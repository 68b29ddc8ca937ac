"""Which figure of one claim answers which of another (``service.contrast.numbers``).

What a claim states (not a figure it denies, nor one in the words naming its speaker), when
two figures are two answers to one question (not two measures one claim gives side by side,
not a part against its whole, not a count the wording takes as known), which of several
figures answers the other claim's, and what the two are about (the label a summary names).
"""

from __future__ import annotations

from functools import lru_cache

from embeddings.claims.numbers import PARTITIVE
from embeddings.types import Claim, Quantity
from service.contrast.intervals import overlap, unit_key, widened
from service.contrast.measures import (
    JOBS_KEY,
    fate_of,
    measured,
    one_job_count,
    other_fates,
    people_kind,
    percent_change,
    result_of,
    whole,
)
from service.contrast.measures.crowds import CROWD_KEY, crowd
from service.contrast.number_answers import restates, unrestated
from service.contrast.said import Said
from service.contrast.text import STOPWORDS, stem, tokens

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


def both_given(qa: Quantity, qb: Quantity, said: list[Said]) -> bool:
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
        # (a vague range and the figure it holds are one figure told twice: "Tens of
        # thousands marched, and police put the crowd at 20,000" gives no second measure)
        if any(x is not y and not _two_estimates(s, x, y) and not other_fates(x, s, y, s)
               and not restates(x, y, s) and not restates(y, x, s)
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


def part_and_whole(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """A part of a whole, and a count of that whole: "Three of the hospitals were closed"
    says nothing against "The company runs 14 hospitals"; it does against "Five hospitals
    were closed" (what befell the part is said of the other count too)."""
    if _part(qa, a) == _part(qb, b):
        return False
    units = {stem(q.unit) for q in (qa, qb) if q.unit}
    # what befell them, not whose they are ("Meridian" on both sides is no predicate)
    return not (measured(qa, a, names=False) & measured(qb, b, names=False)) - units


def whole_of_parts(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """One side lists what a whole holds, counts of other things joined by "and" ("spread
    over 55,000 pages and 55,000 files on 183 CDs"); the other side's count of one of those
    things comes to the parts' sum ("100,000 secret files"): it counts the whole under one
    part's name, which is no dispute with that part.  A count far from the sum ("40 tanks and
    12 trucks" / "20 trucks") still disputes the part; people are left out (a toll's soldiers
    and civilians are answered by their own counts)."""
    return _sums_parts(qa, a, qb) or _sums_parts(qb, b, qa)


_LISTED_GAP = 3  # words between two listed counts: the first's noun and "and" ("pages and")
_WHOLE_ROUNDED = 0.10  # a whole told in round figures: "100,000" for 55,000 + 55,000


def _sums_parts(part: Quantity, s: Said, whole_q: Quantity) -> bool:
    parts = _listed(part, s)
    if len(parts) < 2:
        return False
    bounds = [widened(q) for q in parts]
    lows, highs = [lo for lo, _ in bounds], [hi for _, hi in bounds]
    w_low, w_high = widened(whole_q)
    if None in lows or None in highs or w_low is None or w_high is None:
        return False
    low = sum(x for x in lows if x is not None) * (1 - _WHOLE_ROUNDED)
    high = sum(x for x in highs if x is not None) * (1 + _WHOLE_ROUNDED)
    return w_high >= low and w_low <= high


def _listed(part: Quantity, s: Said) -> list[Quantity]:
    """The counts of things listed with ``part`` ("55,000 pages and 55,000 files"), each of
    its own noun; none when ``part`` is listed with nothing."""
    def thing(q: Quantity) -> bool:
        return q.kind == "count" and q.unit is not None and people_kind(q, s) is None

    if not thing(part):
        return []
    counts = sorted((q for q in stated(s) if q.kind == "count"), key=lambda q: q.start)
    text, at = s.claim.text, s.claim.start
    runs: list[list[Quantity]] = []
    for q in counts:
        if runs:
            between = text[runs[-1][-1].end - at:q.start - at]
            gap = [t.lower for t in tokens(between) if t.is_word]
            if len(gap) <= _LISTED_GAP and (gap[-1:] == ["and"] or between.rstrip().endswith(",")):
                runs[-1].append(q)
                continue
        runs.append([q])
    run = next((r for r in runs if any(q is part for q in r)), [])
    if not all(thing(q) for q in run) or len({unit_key(q) for q in run}) < len(run):
        return []
    return run


def presupposed(q: Quantity, s: Said) -> bool:
    if q.kind != "count":
        return False
    before = [t for t in tokens(s.claim.text[: max(0, q.start - s.claim.start)]) if t.is_word]
    return bool(before) and (before[-1].lower in _DEFINITE
                             or before[-1].lower.endswith(("'s", "’s")))


# what figures are of: (kind, unit, fate), ("count", "people", "dead") for a toll
Label = tuple[str, str, str]


def label_of(qa: Quantity, a: Said, qb: Quantity, b: Said) -> Label:
    """(kind, unit, fate): what a difference is about ("the number of people who died")."""
    fate = fate_of(qa, a) if qa.kind == qb.kind == "count" else None
    fate = fate if fate is not None and fate == fate_of(qb, b) else ""
    if crowd(qa) and crowd(qb):
        return qa.kind, CROWD_KEY, fate  # "demonstrators" / "protesters": one crowd
    if unit_key(qa) != unit_key(qb) and one_job_count(qa, a, qb, b):
        return qa.kind, JOBS_KEY, fate  # "lay off 5,000 workers" / "cut 27,000 jobs"
    if unit_key(qa) != unit_key(qb) and None not in (people_kind(qa, a), people_kind(qb, b)):
        return qa.kind, "people", fate
    if result_of(qa, a) is not None and result_of(qb, b) is not None:
        return "money", "result", fate  # "a net loss of $85m" / "a profit of $20m"
    if qa.kind == qb.kind == "percent" and unit_key(qa) == unit_key(qb) == "point":
        return "percent", "point", fate  # "a quarter point" / "50 basis points"
    if qa.kind == qb.kind == "percent" and percent_change(qa, a) and percent_change(qb, b):
        return "percent", "change", fate  # "the change": "doubles" / "a 20% higher risk"
    return qa.kind, unit_key(qa) or unit_key(qb) or "", fate


_CLOSE = 4  # words either side of a figure, up to another figure


def close_words(q: Quantity, s: Said) -> frozenset[str]:
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


def partners(qa: Quantity, qb: Quantity, pairs: list[tuple[Quantity, Quantity]],
              a: Said, b: Said) -> bool:
    """Each figure is the other's only comparable one, or the one that shares the most words
    around it (two at least) when no other shares as many: "inflation fell to 6.3%" is
    answered by "inflation, at 6.7%", not by "the 2% target" beside it.  A vague range
    beside the figure it holds is no rival to it ("tens of thousands ... 20,000": 20,000
    answers the other claim's 90,000)."""
    def near(q: Quantity, s: Said) -> frozenset[str]:
        return close_words(q, s)

    def best(q: Quantity, s: Said, other: Quantity, side: int, other_said: Said) -> bool:
        rivals = [p[1 - side] for p in pairs if p[side] is q]
        answers = unrestated(rivals, other_said)
        if len(rivals) == 1 or (len(answers) == 1 and answers[0] is other):
            return True
        mine = len(near(q, s) & near(other, other_said))
        return mine >= 2 and all(len(near(q, s) & near(r, other_said)) < mine
                                for r in rivals if r is not other)

    return best(qa, a, qb, 0, b) and best(qb, b, qa, 1, a)
