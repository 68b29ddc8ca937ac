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

from embeddings.claims.numbers import TOLL_BEFORE
from embeddings.types import Claim, Difference, Quantity
from service.contrast.intervals import bounded_alike, overlap, unit_key
from service.contrast.partition import Partition
from service.contrast.said import Said, evidence_order, says, shown
from service.contrast.text import STOPWORDS, Token, stem, tokens

_NOT_COMPARED = frozenset({"ordinal"})


_OFFSET = re.compile(r"\s+(?:before|after|ago|earlier|later|since|prior)\b", re.I)


def _offset(q: Quantity, s: Said) -> bool:
    """"less than four hours before the deadline", "three years after the war": a time between
    two events, not how long something lasts ("delayed for 30 days")."""
    return q.kind == "duration" and _OFFSET.match(s.claim.text, q.end - s.claim.start) is not None


def _anchor(q: Quantity, s: Said) -> set[str]:
    """Stems of the first content words after an offset's "before" / "after" (the event)."""
    m = _OFFSET.match(s.claim.text, q.end - s.claim.start)
    rest = s.claim.text[m.end():] if m else ""
    words = [stem(t.text) for t in tokens(rest)
             if t.is_word and t.lower not in STOPWORDS and len(t.text) > 2]
    return set(words[:_MEASURE_WORDS])


# Nouns that count people without saying which: "more than 100k people" and "half of the
# 140,000 inhabitants" count the same thing.  Soldiers, civilians or refugees do not: they
# name a group, and 5 soldiers are no answer to 29 civilians.
_PEOPLE = frozenset({"people", "person", "individual", "inhabitant", "resident"})
# people counted by what they are or did: "20 rioters" may be "at least 20 people" (they
# agree), but "60 protesters" and "20 people" need not be one count (no dispute)
_ROLES = frozenset({"protester", "rioter", "demonstrator", "civilian", "soldier", "troop",
                    "patient", "worker", "employee", "refugee", "migrant", "child", "children",
                    "woman", "women", "man", "men", "student", "passenger", "voter", "detainee",
                    "prisoner", "victim", "casualtie", "casualty", "fighter", "officer",
                    "journalist", "activist", "adult"})


def _people(q: Quantity, s: Said) -> str | None:
    """"generic" for a count of people ("29 people"), "group" for a count of a people by
    name ("100,000 Armenians", "5 Americans") or by role ("20 rioters"), else None."""
    if q.kind != "count" or q.unit is None:
        return None
    if q.unit.lower() in _PEOPLE:
        return "generic"
    if q.unit.lower() in _ROLES:
        return "group"
    # the unit is the head noun after the figure, lower-cased: look it up in the claim
    # ("100,000 ethnic Armenians"), a capital makes it a name of a people
    rest = s.claim.text[max(0, q.end - s.claim.start):][:60]
    head = re.search(rf"\b({re.escape(q.unit)}\w*)", rest, re.I)
    return "group" if head and head.group(1)[0].isupper() else None


def _comparable(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    if qa.kind != qb.kind or qa.kind in _NOT_COMPARED:
        return False
    if _offset(qa, a) != _offset(qb, b):
        return False
    ua, ub = unit_key(qa), unit_key(qb)
    if ua == ub:
        return True
    people = {_people(qa, a), _people(qb, b)}
    if people == {"generic"} or people == {"generic", "group"}:
        return True  # people of any name: they may agree; a dispute needs _same_measure
    if ua is None or ub is None:
        # a bare number stands for the other's unit only if neither claim offers a choice
        return _count_kind(a, qa.kind) == 1 and _count_kind(b, qb.kind) == 1
    return False


_MEASURE_WORDS = 3  # content words either side of a figure that say what it measures


def _measured(q: Quantity, s: Said, names: bool = True) -> set[str]:
    """Stems of the content words next to a figure in its claim (the figure's own unit too);
    without capitalised words when ``names`` is false."""
    text = s.claim.text
    at, end = q.start - s.claim.start, q.end - s.claim.start
    if not 0 <= at <= end <= len(text):
        return set()

    def content(part: str) -> list[str]:
        return [stem(t.text) for t in tokens(part)
                if t.is_word and t.lower not in STOPWORDS and len(t.text) > 2
                and (names or not t.text[0].isupper())]

    near = content(text[:at])[-_MEASURE_WORDS:] + content(text[end:])[:_MEASURE_WORDS]
    return {_MEASURE_SYNONYMS.get(w, w) for w in near}


# words that name one measure in other words: a prison term is "sentenced to 10 years",
# "jailed for 12 years", "12 years in prison", "imprisoned for 12 years"
_MEASURE_SYNONYMS = {"jail": "prison", "sentenc": "prison", "imprison": "prison",
                     "imprisonment": "prison",
                     # a quake's magnitude: "the earthquake had a magnitude of 6.8", "the quake
                     # measured 7.1 on the Richter scale"
                     "quak": "earthquak", "tremor": "earthquak"}


# "a 25 percent tariff" is a rate of the tariff, "30 percent of all imports" a share of imports
_RATE_OF = re.compile(r"\s*(?:-\s*)?(?P<of>of\s+(?:the\s+|all\s+|its\s+|their\s+)*)?"
                      r"(?P<word>[A-Za-z][A-Za-z-]{2,})")


def _percent_of(q: Quantity, s: Said) -> str | None:
    """What a percentage is of, where the words right after it say: ("of", "import") or
    ("rate", "tariff"); None where they do not ("rose 5 percent in May")."""
    m = _RATE_OF.match(s.claim.text, q.end - s.claim.start)
    if m is None or m.group("word").lower() in STOPWORDS:
        return None
    return ("of" if m.group("of") else "rate") + ":" + stem(m.group("word"))


# "fell by 20%", "rose 5 percent", "up 3%", "a 5% rise": the figure is how much something
# changed, not the share or rate it came to ("fell to 19%", "19% of the vote")
_CHANGE_VERB = (r"(?:rose|risen|rises|rising|fell|fallen|falls|falling|grew|grown|grows|climbed"
                r"|jumped|soared|surged|dropped|declined|decreased|increased|slipped|plunged"
                r"|slumped|tumbled|shrank|shrunk|gained|lost|cut|reduced|raised|lowered|up|down)")
# ("made up 30% of output" is a share: "up" there is the phrasal verb's)
_CHANGE_BEFORE = re.compile(rf"(?:(?<!made )(?<!make )(?<!makes )(?<!making )\b{_CHANGE_VERB}"
                            r"\s+(?:by\s+)?|\bby\s+)$", re.IGNORECASE)
_CHANGE_AFTER = re.compile(
    r"\s*(?:(?:rise|increase|jump|gain|growth|drop|fall|decline|decrease|cut|reduction|loss"
    r"|slump|plunge|hike|boost)s?|higher|lower|more|less|greater|smaller)\b", re.IGNORECASE)


_MULTIPLIED_TEXT = re.compile(r"(?:[\w ]+\s)?(?:doubl|tripl|quadrupl|halv)", re.IGNORECASE)
_HEDGE_AT_END = re.compile(r"\b(?:about|around|nearly|almost|roughly|some|more\s+than"
                           r"|less\s+than|at\s+least|over|under|just|only)\s+$", re.IGNORECASE)


def _percent_change(q: Quantity, s: Said) -> bool:
    """Whether a percentage is a change ("fell by 20%", "a 5% rise", "20% higher",
    "doubles"), not a level."""
    if _MULTIPLIED_TEXT.match(q.text):
        return True
    start, end = q.start - s.claim.start, q.end - s.claim.start
    before = _HEDGE_AT_END.sub("", s.claim.text[max(0, start - 40):start])
    return bool(_CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(s.claim.text, end))


def _modifiers(q: Quantity, s: Said) -> set[str]:
    """Stems of the words between a count and its unit: "league" in "28 league goals"."""
    rest = s.claim.text[max(0, q.end - s.claim.start):][:80]
    words: list[Token] = []
    for t in tokens(rest)[:4]:
        if not t.is_word:
            break
        if q.unit and t.lower.startswith(q.unit.lower()[:4]):
            return {stem(w.text) for w in words if w.lower not in STOPWORDS and len(w.text) > 2}
        words.append(t)
    return set()  # the unit is not written out after it ("12 deaths" counts people)


# what happened to the people or things counted: "182 passengers were evacuated" and "three
# passengers were taken to hospital" count two groups, "29 died" and "35 were killed" one,
# "35,000 took part" and "12 were arrested" two
_FATES = {stem(w): fate for fate, words in {
    "dead": ("die", "died", "dead", "death", "deaths", "toll", "kill", "killed", "fatalities",
             "lives"),
    "hurt": ("injured", "injuries", "injury", "wounded", "hurt", "hospital", "hospitalised",
             "hospitalized", "treated"),
    "missing": ("missing", "unaccounted"),
    "held": ("arrested", "detained", "custody", "jailed", "charged"),
    "safe": ("evacuated", "rescued", "safely", "unharmed", "survived", "survivors"),
    "displaced": ("displaced", "fled", "homeless", "evicted"),
    # who came: "35,000 people took part", "a crowd of 250,000", not the 12 arrested there
    "present": ("part", "joined", "attended", "attendance", "turnout", "crowd", "crowds",
                "rallied", "gathered", "participated", "marched"),
}.items() for w in words}
# how a summary names the count of each fate ("the number of people who died")
_FATE_WORDS = {"dead": "who died", "hurt": "hurt", "missing": "missing", "held": "held",
               "safe": "brought to safety", "displaced": "displaced", "present": "who took part"}
_FATE_REACH = 8  # words either side of a count that may say what befell it


def _fate(q: Quantity, s: Said) -> str | None:
    """The nearest fate word either side of a count, not past another figure: "killed 12
    people and injured 40" -> dead for 12, hurt for 40."""
    return _fate_at(s.claim.text, q.start - s.claim.start, q.end - s.claim.start)


_CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas", ";"})


@lru_cache(maxsize=20_000)
def _fate_at(text: str, at: int, end: int) -> str | None:
    if not 0 <= at <= end <= len(text):
        return None
    for t in tokens(text[at:end]):  # "No deaths have been reported": the count names it
        fate = _FATES.get(stem(t.text)) if t.is_word else None
        if fate is not None:
            return fate
    best: tuple[int, str] | None = None
    for before, side in ((False, tokens(text[end:])), (True, tokens(text[:at])[::-1])):
        words = 0
        for t in side:
            if t.text[:1].isdigit() or words >= _FATE_REACH:
                break
            if before and t.lower in _CLAUSE_JOINS:
                break  # "35 were injured and 120 were arrested": the injured are the 35
            if not t.is_word:
                continue
            # "March" the month; "rescue workers" are not the rescued
            fate = _FATES.get(stem(t.text)) if t.text != "March" and t.lower != "rescue" else None
            if fate is not None:
                if best is None or words < best[0]:
                    best = (words, fate)
                break
            words += 1
    if best is None and TOLL_BEFORE.search(text, 0, at):
        # "The death toll from Thursday's garment factory fire in Dhaka rose to 19": the toll
        # is the clause's subject, however far its complements push it from the figure
        return "dead"
    return best[1] if best else None


def same_question(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """Do two counts answer one question whatever the rest of their claims say?  Counts of
    people who died, were hurt, arrested, took part... (the same fate, said on both sides),
    or counts of the same named thing ("480 cases" / "510 cases").  A count of "people" that
    says nothing of what befell them answers no question in particular ("hundreds of
    thousands of Azerbaijanis" / "100,000 Armenians"); nor does a bare figure ("a 907")."""
    if not qa.kind == qb.kind == "count" or qa.unit is None or qb.unit is None:
        return False
    fate_a, fate_b = _fate(qa, a), _fate(qb, b)
    if fate_a is not None or fate_b is not None:
        return fate_a == fate_b
    return unit_key(qa) == unit_key(qb) and _people(qa, a) is None


def _other_fates(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """Two counts of what befell different groups (dead / hurt, evacuated / in hospital)."""
    if not qa.kind == qb.kind == "count":
        return False
    fates = {_fate(qa, a), _fate(qb, b)}
    return None not in fates and len(fates) == 2


def _same_measure(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    if _other_fates(qa, a, qb, b) or _other_things(qa, a, qb, b):
        return False
    if qa.kind == qb.kind == "count" and unit_key(qa) is not None \
            and unit_key(qa) == unit_key(qb):
        # "29 people" / "forty people": the unit says what is counted; but "28 league goals"
        # may be part of "31 goals" (a word that narrows the count on one side only)
        return _modifiers(qa, a) == _modifiers(qb, b)
    if _people(qa, a) == _people(qb, b) == "generic":
        return True  # "100k people" / "70,000 inhabitants"
    if {_people(qa, a), _people(qb, b)} == {"generic", "group"}:
        return False  # "29 people" / "5 Americans": the Americans may be among the 29
    if _offset(qa, a) and _offset(qb, b):
        # an offset is counted from an event: "four hours before the midnight deadline" and
        # "30 days before deciding" count to two different ones
        return not _anchor(qa, a).isdisjoint(_anchor(qb, b))
    if qa.kind == qb.kind == "percent":
        of_a, of_b = _percent_of(qa, a), _percent_of(qb, b)
        if of_a is not None and of_a == of_b and of_a.startswith("of:"):
            return True  # "will cut 10% of its staff" / "a third of the staff": one whole's share
        if _percent_change(qa, a) != _percent_change(qb, b):
            return False  # "fell by 20%" is a change, "fell to 19%" a level
        if of_a is not None and of_b is not None:
            return of_a == of_b
    if qa.kind in ("year", "date"):
        # a year dates an event: two claims date the same one when they share what happened
        # ("the ceasefire was signed"), not just who ("After signing the deal in 2015, Iran
        # hid its files" / "In 2017 Iran moved its files")
        return len(_measured(qa, a, names=False) & _measured(qb, b, names=False)) >= 2
    return not _measured(qa, a).isdisjoint(_measured(qb, b))


_THING_REACH = 12  # tokens before a figure, in its clause, that may name what it is of
_SPEAKS = frozenset({"said", "says", "say", "told", "reported", "reports", "report",
                     "estimated", "estimates", "estimate", "claimed", "claims", "claim",
                     "counted", "put", "puts",
                     # what gives a figure, not what it is of: "ministry figures show 29 dead"
                     # and "opposition figures show 40" are a dispute
                     "figures", "figure", "data", "count", "tally", "statistics", "numbers",
                     "sources", "officials", "authorities", "media"})


def _other_things(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """"The basic model will sell for $35,000" / "The premium model will sell for $60,000":
    one thing named before each figure, each with a word before it that the other claim
    never uses, is two things, and their figures are no dispute.  A word on one side only
    ("tickets" / "VIP tickets") leaves it open: the wider name may mean the narrower thing.
    Nor is a voice a thing: "local officials said 29" / "health officials said 32"."""
    words_a, words_b = _stems(a.claim.text), _stems(b.claim.text)
    named_b = set(_named(_before_figure(qb, b)))
    return any(head == other and mod != other_mod and mod not in words_b
               and other_mod not in words_a
               for head, mod in _named(_before_figure(qa, a)) for other, other_mod in named_b)


def _before_figure(q: Quantity, s: Said) -> list[Token]:
    toks = tokens(s.claim.text[:max(0, q.start - s.claim.start)])
    start = len(toks)
    while start > 0 and len(toks) - start < _THING_REACH and toks[start - 1].is_word:
        start -= 1  # back to a comma, a colon, a quote: the figure's clause
    return toks[start:]


def _named(toks: list[Token]) -> list[tuple[str, str]]:
    """(thing, the word before it) inside each noun phrase a determiner or the clause opens:
    "the basic model", "Gold prices"; not "consume erythritol" (a verb and its object)."""
    out = []
    for start in range(len(toks)):
        if start > 0 and toks[start - 1].lower not in _DETERMINERS:
            continue
        run = 0
        while start + run < len(toks) and _content(toks[start + run]):
            run += 1
        # the word right before the figure is what governs it ("the company lost 290"),
        # not a thing named
        for i in range(start + 1, min(start + run, len(toks) - 1)):
            head, mod = toks[i], toks[i - 1]
            after = toks[i + 1].lower if i + 1 < len(toks) else ""
            if after not in _SPEAKS and head.lower not in _SPEAKS \
                    and not head.lower.endswith(("ed", "ing")) \
                    and not mod.lower.endswith(("ed", "ing", "ly")):
                out.append((stem(head.text), stem(mod.text)))
    return out


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this",
                          "that", "these", "those"})


def _content(t: Token) -> bool:
    return t.is_word and t.lower not in STOPWORDS and len(t.text) > 2 \
        and not t.text[:1].isdigit()


def _stems(text: str) -> set[str]:
    return {stem(t.text) for t in tokens(text) if t.is_word}


# "rose 4% last year, not 40%", "4%, rather than 40%": a figure named to be denied
_DENIED_BEFORE = (("not",), ("n't",), ("rather", "than"), ("instead", "of"), ("never",))


def stated(s: Said) -> list[Quantity]:
    """The claim's figures less those it names only to deny ("rose 4%, not 40%" states
    4%; its 40% agrees with no one's 40%)."""
    return [q for q in s.claim.numbers if not _denied(s, q)]


def _denied(s: Said, q: Quantity) -> bool:
    before = [t.lower for t in tokens(s.claim.text[:max(0, q.start - s.claim.start)])
              if t.is_word][-2:]
    return any(tuple(before[-len(cue):]) == cue for cue in _DENIED_BEFORE)


def _both_given(qa: Quantity, qb: Quantity, said: list[Said]) -> bool:
    """Some claim states both figures ("global sales fell 0.3 percent, U.S. sales 1.4
    percent"): then they are two measures, not two answers to one question.  Unless the
    claim gives them as two voices' estimates of one thing ("Police estimated the crowd at
    18,000, while organisers put it at 60,000"): that is the dispute itself.  Nor when it
    gives them as counts of two fates ("Two people died and five were injured"): then each
    answers its own question, and "Five people died" disputes the first."""
    for s in said:
        one = [q for q in stated(s) if q.kind == qa.kind and overlap(q, qa)]
        other = [q for q in stated(s) if q.kind == qb.kind and overlap(q, qb)]
        if any(x is not y and not _two_estimates(s, x, y) and not _other_fates(x, s, y, s)
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


def _presupposed(q: Quantity, s: Said) -> bool:
    if q.kind != "count":
        return False
    before = [t for t in tokens(s.claim.text[: max(0, q.start - s.claim.start)]) if t.is_word]
    return bool(before) and (before[-1].lower in _DEFINITE
                             or before[-1].lower.endswith(("'s", "’s")))


def _count_kind(s: Said, kind: str) -> int:
    return sum(1 for q in s.claim.numbers if q.kind == kind)


def _label(qa: Quantity, a: Said, qb: Quantity, b: Said) -> tuple[str, str, str]:
    """(kind, unit, fate): what a difference is about ("the number of people who died")."""
    fate = _fate(qa, a) if qa.kind == qb.kind == "count" else None
    fate = fate if fate is not None and fate == _fate(qb, b) else ""
    if unit_key(qa) != unit_key(qb) and None not in (_people(qa, a), _people(qb, b)):
        return qa.kind, "people", fate
    if qa.kind == qb.kind == "percent" and unit_key(qa) == unit_key(qb) == "point":
        return "percent", "point", fate  # "a quarter point" / "50 basis points"
    if qa.kind == qb.kind == "percent" and _percent_change(qa, a) and _percent_change(qb, b):
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
    currencies: dict[_Key, dict[str, object]] = {}
    for a, b in combinations(said, 2):
        if related is not None and not related(a.claim, b.claim):
            continue
        apart = _days_apart(a, b)
        if a.voice == b.voice and a.claim.source == b.claim.source and not apart:
            # one voice in two outlets is compared: "the ministry said nine" in one and "at
            # least 12, the ministry said" in another is a difference a reader must see
            continue
        pairs = [(qa, qb) for qa in stated(a) for qb in stated(b)
                 if _comparable(qa, a, qb, b) and not _other_fates(qa, a, qb, b)
                 and (not questions_only or same_question(qa, a, qb, b))]
        for qa, qb in _other_currencies(a, b):
            for s, q in ((a, qa), (b, qb)):
                currencies[(s.claim.id, q.start, s.voice)] = s.evidence(
                    q.text, q.start, q.end, low=q.low, high=q.high, unit=q.unit, kind=q.kind)
        for qa, qb in pairs:
            label = _label(qa, a, qb, b)
            if bounded_alike(qa, qb):
                continue  # "over 330" and "at least 29": consistent, but no agreement
            if overlap(qa, qb):
                bucket = agree.setdefault(label, {})
                agreeing.append(((a.claim.id, qa.start, a.voice), (b.claim.id, qb.start, b.voice)))
            elif _partners(qa, qb, pairs, a, b) \
                    and _same_measure(qa, a, qb, b) and not _both_given(qa, qb, said) \
                    and not (_presupposed(qa, a) or _presupposed(qb, b)):
                if apart and qa.kind not in _FIXED and label[2] not in _FIXED_FATES \
                        and not _toll_fell(label, qa, a, qb, b):
                    bucket = changed.setdefault(label, {})
                elif a.voice == b.voice and a.claim.source == b.claim.source:
                    continue
                else:
                    bucket = clash.setdefault(label, {})
            else:
                continue
            for s, q in ((a, qa), (b, qb)):
                bucket[(s.claim.id, q.start, s.voice)] = s.evidence(
                    q.text, q.start, q.end, low=q.low, high=q.high, unit=q.unit, kind=q.kind)
    out = [_clash(label, rows.values()) for label, rows in sorted(clash.items())]
    out += [_changed(label, rows.values()) for label, rows in sorted(changed.items())]
    if currencies:
        out.append(_currencies(currencies.values()))
    for label, rows in sorted(agree.items()):
        if label not in clash:  # "0.3 percent" twice and "1.4 percent" twice: two agreements
            out += [_agree(label, [rows[k] for k in group])
                    for group in _connected(list(rows), agreeing)]
    return out


# what a report gives as settled: a year, a date, an age do not move as a story goes on; nor
# does how many came to an event that is over (two estimates of a crowd are a dispute)
_FIXED = frozenset({"year", "date", "age"})
_FIXED_FATES = frozenset({"present"})


# counts that only grow as a story goes on: the dead do not come back, so a later report
# of fewer dead than an earlier one ("at least 40 died" on Monday, "no deaths" on Tuesday)
# disputes it, where a later report of more is the toll rising
_ONLY_GROW = frozenset({"dead"})


def _toll_fell(label: _Label, qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    if label[2] not in _ONLY_GROW or a.day is None or b.day is None:
        return False
    (early, _), (late, _) = sorted(((qa, a.day), (qb, b.day)), key=lambda p: p[1])
    return late.high is not None and early.low is not None and late.high < early.low


def _days_apart(a: Said, b: Said) -> bool:
    """Published on different days: a toll, a count or a price may have moved in between
    ("at least 29 dead" on Tuesday, "32 dead" on Wednesday is the story going on, not a
    dispute).  Unknown where either article gives no date."""
    return a.day is not None and b.day is not None and a.day != b.day


def one_measure(a: Claim, b: Claim) -> bool:
    """Do the two claims give a figure of one measure (a count of the same people or things,
    an amount, a share...), whether or not the figures agree?  What the contrast would
    compare, and more: a word around the figures other than their unit is shared ("took part
    in the march" / "joined the march"), since two counts of participants are not yet one
    count.  The clusterer takes it as a sign of one claim."""
    sa, sb = Said(a, a.voice), Said(b, b.voice)
    return any(qa.kind not in _FIXED and _comparable(qa, sa, qb, sb)
               and not _other_fates(qa, sa, qb, sb) and _same_measure(qa, sa, qb, sb)
               and _shared_beside_unit(qa, sa, qb, sb)
               for qa in a.numbers for qb in b.numbers)


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
    if kind == "percent" and unit == "point":
        return "the change in percentage points"
    if kind == "count":  # a figure with no noun after it: "a magnitude of 6.8", "age to 64"
        if fate:  # "the number of people who died", "the number of soldiers hurt"
            # "29 dead": the dead are people, not "deads who died"
            named = unit and _FATES.get(stem(unit)) != fate
            return f"the number of {_plural(unit) if named else 'people'} {_FATE_WORDS[fate]}"
        return f"the number of {_plural(unit)}" if unit else "the figure"
    return f"the {_KIND_NAMES.get(kind, kind)}"


_KIND_NAMES = {"money": "amount", "percent": "percentage"}


def _plural(unit: str) -> str:
    """Units are kept singular ("refugee", "job"); "the number of" takes the plural."""
    if unit.endswith(("s", "people", "staff", "personnel")):
        return unit
    if unit.endswith("y") and unit[-2:-1] not in "aeiou":
        return unit[:-1] + "ies"  # "casualty" -> "casualties"
    if unit.endswith(("sh", "ch", "x")):
        return unit + "es"
    return unit + "s"


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
_CURRENCY_CODES = frozenset({"usd", "eur", "gbp", "rub", "azn", "amd"})


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
    return [(qa, qb)] if _same_measure(qa, a, qb, b) else []


def _currencies(rows: Iterable[dict[str, object]]) -> Difference:
    evidence, who = _by_voice(rows)
    return Difference(kind="numbers_units", conflict=False, evidence=evidence,
                      summary=f"Sources give the amount in different currencies, not "
                              f"compared: {who}.")


def _agree(label: _Label, rows: Iterable[dict[str, object]]) -> Difference:
    evidence, who = _by_voice(rows)
    return Difference(kind="numbers_agree", conflict=False, evidence=evidence,
                      summary=f"Sources agree on {_what(label)}: {who}"
                              + ("." if label[0] == "score" else " (the figures overlap)."))
