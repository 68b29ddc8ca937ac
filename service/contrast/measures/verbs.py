"""What a count's verb did to the people or things counted ("employs 5,000" / "laid
off 500" count two things), and a count per span of time ("2,000 people a day"),
which is no total."""

from __future__ import annotations

import re
from functools import lru_cache

from embeddings.types import Quantity
from service.contrast.measures.fates import fate_of
from service.contrast.measures.people import _HOW_KNOWN
from service.contrast.measures.things import _GIVES
from service.contrast.said import Said
from service.contrast.text import STOPWORDS, stem, tokens

# what a count's verb says of the people or things counted, where no fate does: "employs
# 5,000 people" and "laid off 500 people", "has 120 stores" and "will close 30 stores",
# "destroyed 40 homes" and "damaged 120 homes", "arrested 12" and "questioned 40" count two
# things.  Verbs of one measure are one verb here ("operates 500 restaurants" / "runs 650")
_VERB_GROUPS = {stem(w): group for group, words in {
    "have": ("have", "operate", "run", "own", "employ", "count", "carry", "control"),
    "close": ("close", "shut", "shutter"),
    "dismiss": ("dismiss", "cut", "eliminate", "axe", "slash", "shed", "fire", "sack", "reduce",
                "trim"),
    "hire": ("hire", "recruit", "create", "add"),
    "win": ("win", "take", "secure", "capture", "clinch", "get", "receive", "garner", "seize"),
    # "turned down a 500m offer" / "ripped up an 800m contract": one offer refused
    "reject": ("reject", "rip", "refuse", "decline", "spurn", "snub"),
    "send": ("send", "deploy", "dispatch"),
    "draw": ("draw", "attract"),
    "score": ("score", "net"),
    "destroy": ("destroy", "raze", "flatten", "level"),
    "release": ("release", "free"),
}.items() for w in words}
# between a verb and its count: "laid off about 500", "will hire 300 more", "has some 120"
_BEFORE_COUNT = frozenset({"about", "around", "nearly", "almost", "roughly", "some", "more",
                           "than", "less", "fewer", "at", "least", "most", "over", "under",
                           "up", "just", "only", "another", "a", "an", "the", "all",
                           "approximately", "exactly", "well", "by"})
# a company's staff, cut or grown "by" a count ("reduce headcount by 1,150")
_STAFF = frozenset({"headcount", "workforce", "payroll", "payrolls", "staff", "staffing"})
_BE_FORMS = frozenset({"was", "were", "is", "are", "been", "being", "be", "has", "have",
                       "had", "got", "get", "gets", "still", "also", "now", "reportedly",
                       "all", "later", "then"})
_HAVE_FORMS = frozenset({"has", "have", "had", "having"})


def _verb_before(text: str, at: int) -> str | None:
    """The verb a count starting at claim-text offset ``at`` is the object of."""
    before = tokens(text[:max(0, at)])[::-1]
    for k, t in enumerate(before):
        if not t.is_word:
            return None
        if t.lower in _BEFORE_COUNT or t.lower.endswith("ly") \
                or (t.lower == "to" and k + 1 < len(before) and before[k + 1].lower == "up"):
            continue  # "laid off up to 500", "hired roughly 300"; not "cut power to 200,000"
        if t.lower in _STAFF and k > 0 and before[k - 1].lower == "by":
            continue  # "reduce headcount by 1,150": the verb is "reduce", as in "cut 1,150 jobs"
        if t.lower.endswith(("'s", "’s")):
            return None  # "the company's 5,000 workers": whose, not what befell them
        if t.lower in _HAVE_FORMS:
            return "have"
        if t.lower == "go" and k + 1 < len(before) and before[k + 1].lower == "let":
            return "dismiss"  # "let go 200 staff": laid them off
        if t.lower in STOPWORDS or t.lower in _GIVES or t.lower in _HOW_KNOWN \
                or not t.text[0].islower():
            return None
        return stem(t.text)
    return None


def _verb_after(text: str, end: int, unit: str | None) -> str | None:
    """"40 homes were damaged", "5,000 people attended": the verb after a count's noun (the
    count ending at claim-text offset ``end``)."""
    rest = tokens(text[max(0, end):][:80])
    at = 0
    if unit:  # past the count's noun, where it is written out ("12 were killed": not)
        for k, t in enumerate(rest[:4]):
            if not t.is_word:
                break
            if t.lower.startswith(unit.lower()[:4]):
                at = k + 1
                break
    passive = False
    for k, t in enumerate(rest[at:at + 4], start=at):
        if not t.is_word:
            return None
        if t.lower in _BE_FORMS or t.lower.endswith("ly"):
            passive = passive or t.lower not in ("still", "also", "now", "all", "then")
            continue
        if t.lower in STOPWORDS or t.lower in _HOW_KNOWN or not t.text[0].islower():
            return None
        if passive and t.lower == "let" and k + 1 < len(rest) and rest[k + 1].lower == "go":
            return "dismiss"  # "200 staff were let go": laid off
        return stem(t.text) if passive or t.lower.endswith("ed") else None
    return None


def _verb(q: Quantity, s: Said) -> str | None:
    """The verb a count is the object of ("laid off 500") or the subject of ("40 homes were
    damaged"), in its group of one measure; None where there is none to see."""
    return _verb_at(s.claim.text, q.start - s.claim.start, q.end - s.claim.start, q.unit)


# asked of a claim's count again for every claim it is compared with (the clusterer's
# ``one_measure`` asks it of each pair it scores): read once per text, count and unit
@lru_cache(maxsize=20_000)
def _verb_at(text: str, at: int, end: int, unit: str | None) -> str | None:
    verb = _verb_before(text, at) or _verb_after(text, end, unit)
    return None if verb is None else _VERB_GROUPS.get(verb, verb)


def verb_of(q: Quantity, s: Said) -> str | None:
    """The verb group of what was done to a count (``_verb``), for the other readings."""
    return _verb(q, s)


def _other_verbs(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """Counts of what two different verbs did to their people or things, when no fate makes
    them one ("killed 120" / "left 300 dead" are both tolls)."""
    if not qa.kind == qb.kind == "count":
        return False
    fate = fate_of(qa, a)
    if fate is not None and fate == fate_of(qb, b):
        return False
    va, vb = _verb(qa, a), _verb(qb, b)
    return va is not None and vb is not None and va != vb \
        and va not in _ACTIVITY and vb not in _ACTIVITY


# what the counted do, not what befalls them: it describes one group however it is worded
# ("1,200 firefighters were deployed" / "1,000 firefighters are fighting the blaze", "5,000
# people attended" / "10,000 marched" are one count, disputed)
_ACTIVITY = frozenset(stem(w) for w in (
    "fighting", "battling", "tackling", "combating", "working", "attending", "marching",
    "protesting", "gathering", "joining", "participating", "searching", "helping", "serving",
    "patrolling", "guarding", "rallying", "demonstrating", "waiting", "queuing", "watching"))


# a rate per span of time is no total: "2,000 people a day" / "45,000 people", "200
# patients a day" / "5,000 patients last month" ("a day after the quake" is a date, "in a
# week" a total over one)
_PER_TIME = re.compile(r"[\w\s-]{0,40}?\b(?:(?<!in )(?<!within )(?<!for )(?<!over )(?:a|an)"
                       r"|per|every|each)\s+(?:single\s+)?"
                       r"(day|night|week|month|year|hour|minute|second)\b"
                       r"(?!\s+(?:after|before|later|earlier|ago))", re.I)


def _per_time(q: Quantity, s: Said) -> str | None:
    if q.kind not in ("count", "money"):
        return None
    m = _PER_TIME.match(s.claim.text, q.end - s.claim.start)
    return m.group(1).lower() if m else None
