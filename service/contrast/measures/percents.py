"""What a percentage is: a change ("fell by 20%", "doubled") or a level ("fell to
19%"), a share of something ("30 percent of all imports") or a rate of it ("a 25
percent tariff"), and the span a change is said over ("year on year")."""

from __future__ import annotations

import re

from embeddings.claims.numbers.wholes import share_whole
from embeddings.types import Quantity
from service.contrast.said import Said
from service.contrast.text import STOPWORDS, stem, tokens

# "a 25 percent tariff" is a rate of the tariff, "30 percent of all imports" a share of imports
# ("of US steel imports", "of U.S. imports", "of new American jobs": a state's initials and
# "new" before the whole are no word of it)
_RATE_OF = re.compile(r"\s*(?:-\s*)?(?P<of>of\s+(?:the\s+|all\s+|its\s+|their\s+|new\s+"
                      r"|[A-Z]\.?[A-Z]\.?\s+)*)?"
                      r"(?P<word>[A-Za-z][A-Za-z-]{2,})")


# "tariffs of 25 percent", "a tariff rate of 25%", "a raise of about 3%": the figure is the
# size of the thing named before it, as in "a 25 percent tariff"
_RATE_BEFORE = re.compile(
    r"\b(?P<word>[A-Za-z][A-Za-z-]{2,})(?:\s+rates?)?\s+of\s+(?:about\s+|around\s+"
    r"|nearly\s+|almost\s+|roughly\s+|some\s+|up\s+to\s+|more\s+than\s+|less\s+than\s+"
    r"|at\s+least\s+|over\s+|under\s+|just\s+(?:over\s+|under\s+)?|only\s+)?$", re.I)
# words before "of" that name no thing the figure is the size of, but the figure itself or
# a share ("a total of 30 percent", "a majority of 52 percent", "a stake of 25%": of what,
# the words after may say), or no noun ("instead of 25 percent")
_NO_THING = frozenset(stem(w) for w in (
    "total", "average", "maximum", "minimum", "high", "low", "peak", "range", "level",
    "figure", "number", "majority", "minority", "share", "stake", "portion", "proportion",
    "percentage", "fraction", "instead", "ahead", "short", "top", "part", "because", "rest"))


def _percent_of(q: Quantity, s: Said) -> str | None:
    """What a percentage is of: a share of the whole after it ("30 percent of all imports":
    "of:import") or the size of the thing it names ("a 25 percent tariff", "tariffs of 25
    percent": "rate:tarif"); None where the words around it say neither ("rose 5 percent in
    May")."""
    text, start = s.claim.text, q.start - s.claim.start
    m = _RATE_OF.match(text, q.end - s.claim.start)
    if m is not None and m.group("of") and m.group("word").lower() not in STOPWORDS:
        # the noun the words after "of" name: "8% of its global workforce" is of the staff
        word = stem(share_whole(text, q.end - s.claim.start) or m.group("word"))
        return "of:" + _STAFF_WORDS.get(word, word)
    before = _RATE_BEFORE.search(text, max(0, start - 60), start)
    if before is not None and before.group("word").lower() not in STOPWORDS:
        word = stem(before.group("word"))
        return None if word in _NO_THING else "rate:" + word
    if m is None or m.group("of") or m.group("word").lower() in STOPWORDS:
        return None
    word = stem(m.group("word"))
    return "rate:" + _STAFF_WORDS.get(word, word)


def one_whole(qa: Quantity, a: Said, qb: Quantity, b: Said) -> str | None:
    """The whole two percentages are shares of, where it is one ("cut 8% of its workforce" /
    "10% of its staff": the staff); else None."""
    of_a = _percent_of(qa, a)
    return of_a[3:] if of_a is not None and of_a.startswith("of:") \
        and of_a == _percent_of(qb, b) else None


def whole_word(word: str) -> str:
    """A whole as ``one_whole`` names it: "workforc" and "staf" are the staff."""
    return _STAFF_WORDS.get(word, word)


def share_and_change(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """A share of a whole and a change the other claim gives of something else: "cut 8% of
    its workforce" / "its loans grew 10%", "30 percent of all imports" / "exports rose 25
    percent" are two measures.  Not where the change is of that whole ("cut its workforce by
    10%" answers "cut 8% of its workforce")."""
    for (qs, s), (qc, c) in (((qa, a), (qb, b)), ((qb, b), (qa, a))):
        share = _percent_of(qs, s)
        if share is None or not share.startswith("of:") or not percent_change(qc, c):
            continue
        other = _percent_of(qc, c)
        if other is not None and other.startswith("of:"):
            continue
        named = {_STAFF_WORDS.get(w, w) for w in
                 (stem(t.text) for t in tokens(c.claim.text) if t.is_word)}
        if share[3:] not in named:
            return True
    return False


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
# ("a rise of 25 percent", "an increase of 3%" are the changes "a 25 percent rise" is)
_CHANGE_NOUN = (r"(?:rise|increase|jump|gain|growth|drop|fall|decline|decrease|cut|reduction"
                r"|loss|slump|plunge|hike|boost)s?")
_CHANGE_BEFORE = re.compile(rf"(?:(?<!made )(?<!make )(?<!makes )(?<!making )\b{_CHANGE_VERB}"
                            rf"\s+(?:by\s+)?|\bby\s+|\b{_CHANGE_NOUN}\s+of\s+)$",
                            re.IGNORECASE)
_CHANGE_AFTER = re.compile(rf"\s*(?:{_CHANGE_NOUN}|higher|lower|more|less|greater|smaller)\b",
                           re.IGNORECASE)


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
