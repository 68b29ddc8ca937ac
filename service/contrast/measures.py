"""What a figure measures: the people or things it counts and what befell them, a rate
or a share and of what, a change or a level.  Two figures are compared only when they
measure one thing (``service.contrast.numbers``)."""

from __future__ import annotations

import re
from functools import lru_cache

from embeddings.claims.numbers import TOLL_BEFORE
from embeddings.matching import entity_key
from embeddings.types import Quantity
from service.contrast.intervals import unit_key
from service.contrast.said import Said
from service.contrast.text import STOPWORDS, Token, stem, tokens

_NOT_COMPARED = frozenset({"ordinal"})


_OFFSET = re.compile(r"\s+(?:before|after|ago|earlier|later|since|prior)\b", re.I)
_FOR = re.compile(r"\bfor\s+(?:about\s+|around\s+|nearly\s+|almost\s+|up\s+to\s+)?$", re.I)


def _offset(q: Quantity, s: Said) -> bool:
    """"less than four hours before the deadline", "three years after the war": a time between
    two events, not how long something lasts ("delayed for 30 days"; "banned for two years
    after testing positive" is how long, and why)."""
    if q.kind != "duration":
        return False
    at, end = q.start - s.claim.start, q.end - s.claim.start
    return _OFFSET.match(s.claim.text, end) is not None \
        and _FOR.search(s.claim.text, 0, max(0, at)) is None


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
                    "journalist", "activist", "adult", "immigrant", "alien", "seeker",
                    "asylum-seeker", "infant", "baby", "babie", "toddler", "pupil", "teenager",
                    "tourist", "visitor", "customer", "consumer", "crew"})


def people_kind(q: Quantity, s: Said) -> str | None:
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


# taken into hospital, not hurt in one ("injured when the hospital roof collapsed")
_HOSPITALISED = re.compile(r"\b(?:hospitali[sz](?:ed|ations?)|(?:in|to|into)\s+hospital"
                           r"|hospitals?\s+(?:have\s+|has\s+)?admitted|admitted\s+to"
                           r"|admissions)\b", re.IGNORECASE)


def _role(q: Quantity, s: Said) -> str | None:
    """The role a count of people names before its noun: "civilian" in "6,000 civilian
    deaths" (the count's unit is people)."""
    toks = tokens(s.claim.text[max(0, q.end - s.claim.start):][:60])[:3]
    for k, t in enumerate(toks[:-1]):
        if not t.is_word:
            return None
        if t.lower in _ROLES and toks[k + 1].is_word:
            return stem(t.text)
    return None


def comparable(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    if qa.kind != qb.kind or qa.kind in _NOT_COMPARED:
        return False
    if _offset(qa, a) != _offset(qb, b):
        return False
    ua, ub = unit_key(qa), unit_key(qb)
    if ua == ub:
        return True
    people = {people_kind(qa, a), people_kind(qb, b)}
    if people == {"generic"} or people == {"generic", "group"}:
        return True  # people of any name: they may agree; a dispute needs same_measure
    if ua is None or ub is None:
        # a bare number stands for the other's unit only if neither claim offers a choice
        return count_kind(a, qa.kind) == 1 and count_kind(b, qb.kind) == 1
    return False


_MEASURE_WORDS = 3  # content words either side of a figure that say what it measures


def measured(q: Quantity, s: Said, names: bool = True) -> set[str]:
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
    if q.unit and stem(q.unit) in _MEASURE_SYNONYMS and not _AFTER_QUAKES & set(near):
        # "the 6.9-magnitude quake": a magnitude is the quake's, not an aftershock's
        near.append(stem(q.unit))
    return {_MEASURE_SYNONYMS.get(w, w) for w in near}


_AFTER_QUAKES = frozenset({stem("aftershock"), stem("aftershocks"), stem("foreshock")})


# words that name one measure in other words: a prison term is "sentenced to 10 years",
# "jailed for 12 years", "12 years in prison", "imprisoned for 12 years"
_MEASURE_SYNONYMS = {"jail": "prison", "sentenc": "prison", "imprison": "prison",
                     "imprisonment": "prison",
                     # a quake's magnitude: "the earthquake had a magnitude of 6.8", "the quake
                     # measured 7.1 on the Richter scale"
                     "quak": "earthquak", "tremor": "earthquak",
                     "magnitud": "earthquak",
                     # a sporting ban: "banned for two years", "a 24-month suspension"
                     "suspension": "ban", "suspend": "ban"}


# "a 25 percent tariff" is a rate of the tariff, "30 percent of all imports" a share of imports
_RATE_OF = re.compile(r"\s*(?:-\s*)?(?P<of>of\s+(?:the\s+|all\s+|its\s+|their\s+)*)?"
                      r"(?P<word>[A-Za-z][A-Za-z-]{2,})")


def _percent_of(q: Quantity, s: Said) -> str | None:
    """What a percentage is of, where the words right after it say: ("of", "import") or
    ("rate", "tariff"); None where they do not ("rose 5 percent in May")."""
    m = _RATE_OF.match(s.claim.text, q.end - s.claim.start)
    if m is None or m.group("word").lower() in STOPWORDS:
        return None
    word = stem(m.group("word"))
    return ("of" if m.group("of") else "rate") + ":" + _STAFF_WORDS.get(word, word)


# a company's staff under the words outlets use for it: "cut 8% of its workforce" and "10%
# of its staff" are shares of one whole
_STAFF_WORDS = {stem(w): "staff" for w in ("workforce", "staff", "employees", "workers",
                                           "headcount", "jobs", "payroll", "personnel")}


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


def percent_change(q: Quantity, s: Said) -> bool:
    """Whether a percentage is a change ("fell by 20%", "a 5% rise", "20% higher",
    "doubles"), not a level."""
    if _MULTIPLIED_TEXT.match(q.text):
        return True
    start, end = q.start - s.claim.start, q.end - s.claim.start
    before = _HEDGE_AT_END.sub("", s.claim.text[max(0, start - 40):start])
    return bool(_CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(s.claim.text, end))


# the span a change is measured over: "rose 5% year on year" and "2% quarter on quarter",
# "fell 3% on Monday" and "20% this year" are two measures, not two answers to one question
_WEEKDAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_PERIODS = (
    ("year on year", r"year[-\s](?:on|over)[-\s]year|(?:from|than|on)\s+a\s+year\s+"
                     r"(?:earlier|ago|before)|compared\s+with\s+(?:a\s+year\s+earlier"
                     r"|last\s+year)"),
    ("quarter on quarter", r"quarter[-\s](?:on|over)[-\s]quarter|(?:from|than\s+in|on)\s+the"
                           r"\s+(?:previous|prior|preceding)\s+quarter"),
    ("month on month", r"month[-\s](?:on|over)[-\s]month|(?:from|than\s+in|on)\s+the\s+"
                       r"(?:previous|prior|preceding)\s+month|from\s+a\s+month\s+earlier"),
    ("annualised", r"annuali[sz]ed"),
    ("this year", r"(?:so\s+far\s+)?this\s+year|year[-\s]to[-\s]date|since\s+(?:the\s+start"
                  r"\s+of\s+the\s+year|January)"),
    ("the day", rf"on\s+(?:the\s+day|{_WEEKDAYS})|today|in\s+(?:early\s+|late\s+)?trading"),
    ("the week", r"(?:this|over\s+the|in\s+the\s+past|on\s+the)\s+week"),
    ("the month", r"(?:this|over\s+the(?:\s+past)?|in\s+the\s+past)\s+month"),
)
_PERIOD = re.compile("|".join(rf"(?P<p{i}>\b(?:{cue})\b)" for i, (_, cue) in
                              enumerate(_PERIODS)), re.IGNORECASE)
_PERIOD_REACH = 50  # characters either side of the figure, within its clause


def change_period(q: Quantity, s: Said) -> str | None:
    """The span a change is said over, in the figure's clause ("rose 5% year on year",
    "so far this year, shares have lost 20%"); None where none is said."""
    text, start, end = s.claim.text, q.start - s.claim.start, q.end - s.claim.start
    after = re.split(r"[;:]|,\s|\d", text[end:end + _PERIOD_REACH])[0]
    before = re.split(r"[;:.!?]|\d", text[max(0, start - _PERIOD_REACH):start])[-1]
    for part in (after, before):
        m = _PERIOD.search(part)
        if m is not None:
            return _PERIODS[int(next(k for k, v in m.groupdict().items() if v)[1:])][0]
    return None


# how a count is known, not what it counts: "124 confirmed cases" are the cases of "132 cases"
_HOW_KNOWN = frozenset({"confirmed", "reported", "recorded", "registered", "documented",
                        "known", "official", "verified"})


# words of an outlet's label for people crossing a border, not a narrower group of them:
# "34 asylum seekers", "52 illegal aliens", "300 undocumented immigrants"
_LABELLING = frozenset({"asylum", "illegal", "undocumented", "irregular", "unauthorized",
                        "unauthorised"})


def _modifiers(q: Quantity, s: Said) -> set[str]:
    """Stems of the words between a count and its unit: "league" in "28 league goals"."""
    rest = s.claim.text[max(0, q.end - s.claim.start):][:80]
    words: list[Token] = []
    for t in tokens(rest)[:4]:
        if not t.is_word:
            break
        if q.unit and t.lower.startswith(q.unit.lower()[:4]):
            return {stem(w.text) for w in words if w.lower not in STOPWORDS and len(w.text) > 2
                    and w.lower not in _HOW_KNOWN and w.lower not in _LABELLING}
        words.append(t)
    return set()  # the unit is not written out after it ("12 deaths" counts people)


# what happened to the people or things counted: "182 passengers were evacuated" and "three
# passengers were taken to hospital" count two groups, "29 died" and "35 were killed" one,
# "35,000 took part" and "12 were arrested" two
FATES = {stem(w): fate for fate, words in {
    "dead": ("die", "died", "dead", "death", "deaths", "toll", "kill", "killed", "fatalities",
             "lives"),
    "hurt": ("injured", "injuries", "injury", "wounded", "hurt", "hospital", "hospitalised",
             "hospitalized", "treated", "treatment",
             # "Hospitals have admitted 45 patients", "60 hospital admissions" (only where the
             # claim names a hospital: "admitted 12 counts of fraud" is no one's fate)
             "admitted", "admissions"),
    "missing": ("missing", "unaccounted"),
    "ill": ("ill", "illness", "illnesses", "sick", "sickened", "poisoned", "poisoning",
            "infected", "infections"),
    # sent home again: "evacuation orders for 2,000 residents were lifted" counts no evacuees
    "returned": ("lifted", "returned", "return", "returning"),
    "held": ("arrested", "detained", "custody", "jailed", "charged"),
    "safe": ("rescued", "saved", "safely", "unharmed", "survived", "survivors"),
    # made to leave their homes: "forced 12,000 residents to flee" and "15,000 were
    # evacuated" count one thing ("evacuated safely" is safe: "safely" is nearer)
    "displaced": ("displaced", "fled", "flee", "fleeing", "homeless", "evicted", "evacuated",
                  "evacuees", "evacuation", "uprooted", "shelters", "tents",
                  # "forced 1,500 people from their homes" (only after "their": "destroyed
                  # 40 homes" counts homes, not people who left them)
                  "homes"),
    # who came: "35,000 people took part", "a crowd of 250,000", not the 12 arrested there
    "present": ("part", "joined", "attended", "attendance", "turnout", "crowd", "crowds",
                "rallied", "gathered", "participated", "marched", "protest", "protested",
                "protesting", "demonstrated", "demonstrating"),
}.items() for w in words}
# how a summary names the count of each fate ("the number of people who died")
FATE_WORDS = {"dead": "who died", "hurt": "hurt", "missing": "missing", "held": "held",
              "ill": "who fell ill", "returned": "who returned",
               "safe": "brought to safety", "displaced": "displaced", "present": "who took part"}
_FATE_REACH = 8  # words either side of a count that may say what befell it


def _fate_word(t: Token) -> str | None:
    """The fate a word says: "claimed 40 lives" is a toll, "7,500 people are living in
    shelters" none (one stem)."""
    fate = FATES.get(stem(t.text))
    return None if fate == "dead" and t.lower.startswith("liv") and t.lower != "lives" \
        else fate


def fate_of(q: Quantity, s: Said) -> str | None:
    """The nearest fate word either side of a count, not past another figure: "killed 12
    people and injured 40" -> dead for 12, hurt for 40."""
    return _fate_at(s.claim.text, q.start - s.claim.start, q.end - s.claim.start)


_CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas", ";"})


def _in_hospital(side: list[Token], k: int, before: bool) -> bool:
    """"taken to hospital", "in hospital": the word just before "hospital" (the list runs
    backwards when it is the text before the figure)."""
    j = k + 1 if before else k - 1
    return 0 <= j < len(side) and side[j].lower in ("to", "in", "into", "at")


def _their(side: list[Token], k: int, before: bool) -> bool:
    """"from their homes": the word just before "homes" (as ``_in_hospital``)."""
    j = k + 1 if before else k - 1
    return 0 <= j < len(side) and side[j].lower == "their"


@lru_cache(maxsize=20_000)
def _fate_at(text: str, at: int, end: int) -> str | None:
    if not 0 <= at <= end <= len(text):
        return None
    for t in tokens(text[at:end]):  # "No deaths have been reported": the count names it
        fate = _fate_word(t) if t.is_word else None
        if fate is not None:
            return fate
    best: tuple[int, str] | None = None
    for before, side in ((False, tokens(text[end:])), (True, tokens(text[:at])[::-1])):
        words = 0
        for k, t in enumerate(side):
            if t.text[:1].isdigit() or words >= _FATE_REACH:
                break
            if before and t.lower in _CLAUSE_JOINS:
                break  # "35 were injured and 120 were arrested": the injured are the 35
            if not t.is_word:
                continue
            # "March" the month; "rescue workers" are not the rescued
            fate = _fate_word(t) if t.text != "March" and t.lower != "rescue" else None
            if t.lower in ("hospital", "hospitals") and not _in_hospital(side, k, before):
                fate = None  # "14 hospitals", "200 hospital beds": no one taken there
            if t.lower == "homes" and not _their(side, k, before):
                fate = None
            if t.lower in ("admitted", "admissions") and "hospital" not in text.lower():
                fate = None
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


# "Turnout was 41%", "the jobless rate rose to 5.2 percent": a level, and what it is of,
# the subject of the clause the figure ends
_LEVEL_BEFORE = re.compile(
    r"^(?:[^,]{0,80},\s*)?(?:(?:the|voter|overall|final|official|annual)\s+)*"
    r"(?P<subject>[a-z][a-z-]+(?:\s+rate)?)\s+(?:was|is|stood\s+at|rose\s+to|fell\s+to"
    r"|reached|hit|climbed\s+to|dropped\s+to|came\s+in\s+at)\s+(?:about\s+|around\s+"
    r"|nearly\s+|almost\s+|some\s+|roughly\s+|just\s+(?:over|under)\s+)?$", re.I)
_NO_SUBJECT = frozenset({"it", "this", "that", "which", "what", "there", "he", "she", "they",
                         "share", "stake", "figure", "number", "total", "rate"})


def level_of(q: Quantity, s: Said) -> str | None:
    """What a percentage that opens its claim is the level of ("Turnout was 41%":
    turnout), where the clause's subject is a common noun; else None."""
    if q.kind != "percent":
        return None
    m = _LEVEL_BEFORE.match(s.claim.text[:max(0, q.start - s.claim.start)])
    if m is None or m.group("subject").lower() in _NO_SUBJECT \
            or (m.group("subject")[0].isupper() and m.start("subject") > 0):
        return None
    return m.group("subject").lower()


_MONTH = re.compile(r"(?<!^)\b(?:January|February|March|April|May|June|July|August|September"
                    r"|October|November|December)\b")


def _dated(s: Said) -> set[object]:
    """The dates, years and months a claim gives ("rose to 5.2 percent in May")."""
    return {q.low for q in s.claim.numbers if q.kind in ("date", "year") and q.low is not None} \
        | set(_MONTH.findall(s.claim.text))


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
        return unit_key(qa) == unit_key(qb) and unit_key(qa) != "people"
    if fate_a is not None or fate_b is not None:
        return fate_a == fate_b
    return unit_key(qa) == unit_key(qb) and people_kind(qa, a) is None


WHOLE_OF = frozenset({"all", "each", "every", "both"})


def whole(q: Quantity, s: Said) -> bool:
    """"All 178 passengers", "all 12 of its hospitals": the count is the whole of its kind."""
    before = [t for t in tokens(s.claim.text[: max(0, q.start - s.claim.start)]) if t.is_word]
    return bool(before) and before[-1].lower in WHOLE_OF


def other_fates(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """Two counts of what befell different groups (dead / hurt, evacuated / in hospital)."""
    if not qa.kind == qb.kind == "count":
        return False
    fates = {fate_of(qa, a), fate_of(qb, b)}
    return None not in fates and len(fates) == 2


# the sides of a negotiation: what one side asks for and what the other offers are two
# positions, and a demand is not what was agreed ("the union is demanding a 10% pay rise" /
# "the government has offered 4%" is no dispute over a figure)
_STANCES = {**{stem(w): "asked" for w in ("demand", "demanding", "demanded", "seeking",
                                          "sought", "wants", "wanted", "asking", "asked")},
            **{stem(w): "offered" for w in ("offer", "offered", "offering", "proposed",
                                            "proposing", "proposal")}}


def _stance(q: Quantity, s: Said) -> str | None:
    stances = {_STANCES[w] for w in measured(q, s) if w in _STANCES}
    return stances.pop() if len(stances) == 1 else None


# a company's result for a period, told as a loss or a profit: "posted a net loss of $85m",
# "a $20 million profit", "net income of $20m".  One measure, whose loss is its negative
# side: "a loss of $20m" is no agreement with "a profit of $20m", and "a net loss of $85m"
# and "a profit of $20m" for one quarter disagree.  Only "loss" in the singular, a result:
# an insurer's "$2bn in losses" from a storm is what the storm cost, which "$2bn in damage"
# may well be; nor "lost $85m on the deal", a verb that may be of one deal.  What the
# result is before or after ("operating", "net", "pre-tax") is its measure: an operating
# profit beside a net loss is two measures, both true of one quarter
_RESULT_KINDS = r"net|operating|pre-?tax|before-tax|after-tax|gross|underlying|adjusted|core"
_RESULT_PERIOD = r"[\w-]*(?:quarter|annual|yearly|half|year|monthly)[\w-]*"
_RESULT_BEFORE = re.compile(
    rf"\b(?:an?\s+)?(?:(?P<m1>{_RESULT_KINDS})\s+)?(?:{_RESULT_PERIOD}\s+)?"
    rf"(?:(?P<m2>{_RESULT_KINDS})\s+)?(?P<sign>loss|profit|net\s+income)\s+(?:of|at|was"
    r"|totall?ed|came\s+to|stood\s+at|widened\s+to|narrowed\s+to|rose\s+to|fell\s+to)\s+$",
    re.IGNORECASE)
_RESULT_AFTER = re.compile(
    rf"(?:\s+|-)(?:{_RESULT_PERIOD}\s+)?(?:(?P<m1>{_RESULT_KINDS})\s+)?(?P<sign>loss|profit)\b",
    re.IGNORECASE)


def result_of(q: Quantity, s: Said) -> tuple[str, str, int, int] | None:
    """(measure, "loss" or "profit", start, end of the phrase in the claim) where an amount
    is a company's result ("a net loss of $85m" -> ("net", "loss", ...)); the measure is ""
    where none is said."""
    if q.kind != "money":
        return None
    text, at, end = s.claim.text, q.start - s.claim.start, q.end - s.claim.start
    if not 0 <= at <= end <= len(text):
        return None
    m = _RESULT_BEFORE.search(text, 0, at)
    phrase = (m.start(), end) if m else None
    if m is None:
        m = _RESULT_AFTER.match(text, end)
        article = re.search(r"\ban?\s+$", text[:at])  # "a $20 million loss"
        phrase = (article.start() if article else at, m.end()) if m else None
    if m is None or phrase is None:
        return None
    measure = next((g for g in m.groupdict() if g.startswith("m") and m.group(g)), None)
    kind = re.sub(r"[\s-]", "", m.group(measure).lower()).replace("beforetax", "pretax") \
        if measure else ""
    sign = "loss" if m.group("sign").lower() == "loss" else "profit"
    return kind, sign, s.claim.start + phrase[0], s.claim.start + phrase[1]


def opposite_results(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """A loss and a profit of one result ("a net loss of $85m" / "a profit of $20m")."""
    ra, rb = result_of(qa, a), result_of(qb, b)
    return ra is not None and rb is not None and ra[1] != rb[1]


def _other_results(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """Two results of two measures: "an operating profit of $20m" / "a net loss of $85m"."""
    ra, rb = result_of(qa, a), result_of(qb, b)
    return ra is not None and rb is not None and bool(ra[0]) and bool(rb[0]) and ra[0] != rb[0]


def same_measure(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    if other_fates(qa, a, qb, b) or _other_things(qa, a, qb, b) or _other_named(qa, a, qb, b):
        return False
    if _other_results(qa, a, qb, b):
        return False
    if _other_verbs(qa, a, qb, b) or _per_time(qa, a) != _per_time(qb, b) \
            or _other_places(a, b) or _other_periods(a, b):
        return False
    if "asked" in {_stance(qa, a), _stance(qb, b)} and _stance(qa, a) != _stance(qb, b):
        # a demand is no offer and no fact; an offer may be told without the word ("ripped
        # up an 800 million contract offer" / "rips up 300 million contract": one offer)
        return False
    if result_of(qa, a) is not None and result_of(qb, b) is not None:
        return True  # "swung to a net loss of $85m" / "reported a profit of $20m": one result
    if qa.kind == qb.kind == "count" and unit_key(qa) is not None \
            and unit_key(qa) == unit_key(qb):
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
        if of_a is not None and of_a == of_b and of_a.startswith("of:"):
            return True  # "will cut 10% of its staff" / "a third of the staff": one whole's share
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


def _verb_before(q: Quantity, s: Said) -> str | None:
    before = tokens(s.claim.text[:max(0, q.start - s.claim.start)])[::-1]
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
        if t.lower in STOPWORDS or t.lower in _GIVES or t.lower in _HOW_KNOWN \
                or not t.text[0].islower():
            return None
        return stem(t.text)
    return None


def _verb_after(q: Quantity, s: Said) -> str | None:
    """"40 homes were damaged", "5,000 people attended": the verb after a count's noun."""
    rest = tokens(s.claim.text[max(0, q.end - s.claim.start):][:80])
    at = 0
    if q.unit:  # past the count's noun, where it is written out ("12 were killed": not)
        for k, t in enumerate(rest[:4]):
            if not t.is_word:
                break
            if t.lower.startswith(q.unit.lower()[:4]):
                at = k + 1
                break
    passive = False
    for t in rest[at:at + 4]:
        if not t.is_word:
            return None
        if t.lower in _BE_FORMS or t.lower.endswith("ly"):
            passive = passive or t.lower not in ("still", "also", "now", "all", "then")
            continue
        if t.lower in STOPWORDS or t.lower in _HOW_KNOWN or not t.text[0].islower():
            return None
        return stem(t.text) if passive or t.lower.endswith("ed") else None
    return None


def _verb(q: Quantity, s: Said) -> str | None:
    """The verb a count is the object of ("laid off 500") or the subject of ("40 homes were
    damaged"), in its group of one measure; None where there is none to see."""
    verb = _verb_before(q, s) or _verb_after(q, s)
    return None if verb is None else _VERB_GROUPS.get(verb, verb)


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
    words_a = {_ONE_THING.get(w, w) for w in _stems(a.claim.text)}
    words_b = {_ONE_THING.get(w, w) for w in _stems(b.claim.text)}
    named_b = {(head, _ONE_THING.get(mod, mod)) for head, mod in _named(_before_figure(qb, b))}
    return any(head == other and mod != other_mod and mod not in words_b
               and other_mod not in words_a
               for head, mod in ((h, _ONE_THING.get(m, m)) for h, m in
                                 _named(_before_figure(qa, a)))
               for other, other_mod in named_b)


# words that name one thing in the words of two outlets: "the unemployment rate" is "the
# jobless rate"; a central bank's "benchmark", "key", "policy" or "base" rate (and "interest
# rates", as a rate decision is told) is one rate.  Not "core" and "headline" inflation, nor
# a "deposit" and a "lending" rate: two measures each
_ONE_THING = {stem(w): stem(one) for one, words in {
    "unemployment": ("jobless", "unemployment"),
    "benchmark": ("benchmark", "key", "policy", "base", "interest"),
}.items() for w in words}


def _other_named(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """"The Greens won 14%" / "Reform won 30.8% of the vote": the clause of each figure
    names, before it, what the figure is of, and neither claim names the other's: two
    parties' results, two companies' shares, two towns' tolls, no dispute.  Who gives the
    figure is no such name ("Varga said 200", "according to Reuters")."""
    named_a, named_b = _named_before(qa, a), _named_before(qb, b)
    if not named_a or not named_b:
        return False
    # said alike of each ("won", "shares rose"): "The deal values Helix at $48" / "Orion
    # will pay $46" name the two sides of one deal, whose price is disputed
    if not _clause_words(qa, a) & _clause_words(qb, b):
        return False
    return named_a.isdisjoint(_entity_keys(b)) and named_b.isdisjoint(_entity_keys(a))


def _places(s: Said) -> set[str]:
    """What a claim says its figures are of by "in": "killed 12 people in Texas", "In Gaza,
    40 people were killed", "Inflation was 3.2% in the US"; not who gives them ("officials
    in Texas said")."""
    text, at = s.claim.text, s.claim.start
    speaker = (s.claim.speaker or "").lower()
    out = set()
    for e in s.claim.entities:
        before = [t.lower for t in tokens(text[:max(0, e.start - at)])][-2:]
        if not before or not (before[-1] == "in" or before == ["in", "the"]):
            continue
        after = tokens(text[e.end - at:])
        if (speaker and e.text.lower() in speaker) or (after and after[0].lower in _GIVES):
            continue
        out.add(entity_key(e.text))
    return out


def _other_places(a: Said, b: Said) -> bool:
    """Each claim places what it counts somewhere ("in Texas" / "in Louisiana", "in France" /
    "in Spain") and neither names the other's place: two places' figures, no dispute."""
    pa, pb = _places(a), _places(b)
    return bool(pa) and bool(pb) and pa.isdisjoint(_entity_keys(b)) \
        and pb.isdisjoint(_entity_keys(a))


_PERIOD_NOUNS = frozenset({"quarter", "half", "week", "month", "day", "year", "round", "term",
                           "season", "leg", "stage"})


def periods(s: Said) -> dict[str, set[float]]:
    """"in the first quarter": the ordinal periods a claim names, by noun."""
    out: dict[str, set[float]] = {}
    for q in s.claim.numbers:
        if q.kind != "ordinal" or q.low is None:
            continue
        after = tokens(s.claim.text[max(0, q.end - s.claim.start):][:30].lstrip("-"))
        noun = after[0].lower.rstrip("s") if after else ""  # "first-quarter" too
        if noun in _PERIOD_NOUNS:
            out.setdefault(noun, set()).add(q.low)
    return out


def _other_periods(a: Said, b: Said) -> bool:
    """"Sales rose 4% in the first quarter" / "9% in the second quarter": figures of two
    periods of one kind, as two years' are."""
    pa, pb = periods(a), periods(b)
    return any(pa[k].isdisjoint(pb[k]) for k in pa.keys() & pb.keys())


def _clause_words(q: Quantity, s: Said) -> set[str]:
    """Stems of the content words of a figure's clause before it, but of names."""
    names = {w.lower() for e in s.claim.entities for w in e.text.split()}
    return {stem(t.text) for t in _before_figure(q, s) if t.is_word and len(t.text) > 2
            and t.lower not in STOPWORDS and t.lower not in names}


# a name right before these gives the figure ("Varga cited ballot stuffing in 200 stations")
_GIVES = _SPEAKS | {"cited", "cites", "citing", "documented", "documents", "recorded",
                    "records", "counts", "tallied", "according"}


def _entity_keys(s: Said) -> set[str]:
    return {entity_key(e.text) for e in s.claim.entities}


def _named_before(q: Quantity, s: Said) -> set[str]:
    clause = _before_figure(q, s)
    if not clause:
        return set()
    text, at = s.claim.text, s.claim.start
    speaker = (s.claim.speaker or "").lower()
    out = set()
    for e in s.claim.entities:
        if not (at + clause[0].start <= e.start and e.end <= q.start):
            continue
        after = tokens(text[e.end - at:])
        if (speaker and e.text.lower() in speaker) or (after and after[0].lower in _GIVES):
            continue  # who gives the figure, not what it is of
        out.add(entity_key(e.text))
    return out


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




def count_kind(s: Said, kind: str) -> int:
    return sum(1 for q in s.claim.numbers if q.kind == kind)
