"""Small text helpers shared by the contrast rules: tokens with offsets, stopwords, stems."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ž"
_TOKEN = re.compile(rf"[{_LETTER}]+(?:['’-][{_LETTER}]+)*|n['’]t|\d[\d,.]*|[^\s{_LETTER}\d]")

_STOPWORD_TEXT = """
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it
its itself just me more most my myself no nor not of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves
said says say saying told tells according mr ms mrs also would could may might must shall
one two three four five six seven eight nine ten new per cent percent year years day days
week weeks month months time since still yet however its it's s t don't
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # offsets into the text it was read from
    end: int

    # read ten million times a NewsWCL50 ingest: worked out once a token (a frozen
    # dataclass's __dict__ still takes it; equality and hashing stay on the fields)
    @cached_property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


def tokens(text: str) -> list[Token]:
    """Words, numbers and punctuation; "didn't" splits into "did" + "n't" so negation is seen.
    A phrasal verb is one token read as the one word it means ("step down" as "resign", over
    both words' offsets), so "will not step down" meets "resigned" as "did not pull out" meets
    "withdrew" through the words around them."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        low = word.lower().replace("’", "'")
        if low.endswith("n't") and len(low) > 3:
            cut = m.start() + len(word) - 3
            out.append(Token(text[m.start():cut], m.start(), cut))
            out.append(Token(text[cut:m.end()], cut, m.end()))
        else:
            out.append(Token(word, m.start(), m.end()))
    merged: list[Token] = []
    for tok in out:
        meant = _PHRASAL.get((merged[-1].lower, tok.lower)) \
            if merged and tok.text.lower() in _PARTICLES else None
        if meant is not None:  # one token over both words: the evidence shows them both
            merged[-1] = Token(meant, merged[-1].start, tok.end)
        else:
            merged.append(tok)
    return merged


def _phrasal(table: dict[str, tuple[str, tuple[str, ...]]]) -> dict[tuple[str, str], str]:
    """(verb form, particle) -> the one-word verb it means, in a form of the same ending."""
    out = {}
    for particle_verb, (meant, forms) in table.items():
        particle = particle_verb.split()[1]
        for form in forms:
            out[(form, particle)] = meant
    return out


# only where the particle's sense is the news one ("stepped down as chairman", "pulled out of
# the talks", "called off the strike"); each form keeps no tense of its own (the reading
# takes tense from "will", "did", "to")
_PARTICLES = frozenset({"down", "out", "off"})
_PHRASAL = _phrasal({
    "step down": ("resign", ("step", "steps", "stepped", "stepping")),
    "stand down": ("resign", ("stand", "stands", "stood", "standing")),
    "pull out": ("withdraw", ("pull", "pulls", "pulled", "pulling")),
    "break down": ("collapse", ("break", "breaks", "broke", "broken", "breaking")),
    "call off": ("cancel", ("call", "calls", "called", "calling")),
    "shut down": ("close", ("shut", "shuts", "shutting")),
    "put off": ("postpone", ("put", "puts", "putting")),
    "turn down": ("reject", ("turn", "turns", "turned", "turning")),
    "back down": ("retreat", ("back", "backs", "backed", "backing")),
    "lay off": ("dismiss", ("lay", "lays", "laid", "laying")),
})


# irregular forms a suffix rule cannot meet ("fled" / "did not flee", "stolen" / "stole"),
# and words of one event two outlets choose between ("detained" / "not arrested"); only
# forms with no other common sense in news ("left", "lay", "saw" are not here)
_BASE_FORMS = {
    **dict.fromkeys(("took", "taken"), "take"), "fled": "flee",
    **dict.fromkeys(("stole", "stolen"), "steal"), "shot": "shoot", "won": "win",
    "lost": "lose", "sold": "sell", "bought": "buy", "paid": "pay", "sent": "send",
    "spent": "spend", "built": "build", "caught": "catch", "fought": "fight",
    "brought": "bring", **dict.fromkeys(("began", "begun"), "begin"), "ran": "run",
    "came": "come", **dict.fromkeys(("gave", "given"), "give"),
    **dict.fromkeys(("knew", "known"), "know"), **dict.fromkeys(("wrote", "written"), "write"),
    **dict.fromkeys(("spoke", "spoken"), "speak"), **dict.fromkeys(("chose", "chosen"), "choose"),
    **dict.fromkeys(("broke", "broken"), "break"), **dict.fromkeys(("drove", "driven"), "drive"),
    **dict.fromkeys(("flew", "flown"), "fly"), **dict.fromkeys(("drew", "drawn"), "draw"),
    **dict.fromkeys(("grew", "grown"), "grow"), **dict.fromkeys(("threw", "thrown"), "throw"),
    **dict.fromkeys(("withdrew", "withdrawn"), "withdraw"), "struck": "strike", "met": "meet",
    "kept": "keep", "held": "hold", "led": "lead", **dict.fromkeys(("fell", "fallen"), "fall"),
    "seen": "see", "went": "go", "gone": "go", "made": "make", "found": "find",
    **dict.fromkeys(("rose", "risen"), "rise"), "beaten": "beat",
    **dict.fromkeys(("bit", "bitten"), "bite"), **dict.fromkeys(("sank", "sunk"), "sink"),
    **dict.fromkeys(("wore", "worn"), "wear"), **dict.fromkeys(("froze", "frozen"), "freeze"),
    "stood": "stand", "understood": "understand", "heard": "hear", "felt": "feel",
    "sought": "seek", "taught": "teach", **dict.fromkeys(("shook", "shaken"), "shake"),
    **dict.fromkeys(("rode", "ridden"), "ride"), **dict.fromkeys(("slew", "slain"), "slay"),
    "hung": "hang", "fed": "feed", "dealt": "deal", "meant": "mean",
    "men": "man", "women": "woman", "children": "child",
    # one event, two words
    **dict.fromkeys(("detain", "detained", "detains", "detaining", "detention"), "arrest"),
    **dict.fromkeys(("quit", "quits", "quitting"), "resign"),
    # "died" kept its "-ied" (too short to cut), and a death is a dying ("reports of his
    # death are a hoax" denies "he has died"); a loss is what was lost ("lost 290 million
    # euros" and "a loss of 310 million euros" measure one thing)
    **dict.fromkeys(("died", "dies", "dying", "death", "deaths"), "die"),
    **dict.fromkeys(("loss", "losses"), "lose"),
}


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """A crude stem good enough to meet "attended"/"attends"/"attending" at one key."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = _BASE_FORMS.get(w, w)
    if w.endswith("ings") and len(w) >= 7:
        w = w[:-1]  # "warnings" meets "warned" at "warn", as "warning" does
    for suffix in ("ingly", "edly", "ally", "ing", "ied", "ies", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            # "politically" meets "political"
            w = w[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "al" if suffix == "ally"
                                     else "")
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # stopped -> stopp -> stop
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]  # cease / ceased meet at "ceas"
    return w


def fold(text: str) -> str:
    """Lower-case, accents removed, one char per char (so offsets survive): Türkiye -> turkiye."""
    missing = set(text).difference(_FOLDED)
    for ch in missing:  # each character is worked out once per process
        base = unicodedata.normalize("NFKD", ch)[:1] or ch
        _FOLDED[ch] = "'" if ch == "’" else base.lower() if len(base.lower()) == 1 else ch
    return text.translate(_FOLD_TABLE) if not missing else text.translate(_table())


_FOLDED: dict[str, str] = {}
_FOLD_TABLE: dict[int, str] = {}


def _table() -> dict[int, str]:
    _FOLD_TABLE.update({ord(ch): folded for ch, folded in _FOLDED.items()})
    return _FOLD_TABLE


_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"})


def named_times(toks: list[Token]) -> dict[str, frozenset[str]]:
    """The years, months and weekdays a claim names, by kind ("raised rates in March": month
    march).  Month and day names only capitalised: "may" and "march" are also words."""
    found: dict[str, set[str]] = {}
    for t in toks:
        year = t.text.rstrip(".,")  # the tokens keep a figure's full stop: "in 2022."
        kind = "year" if len(year) == 4 and year.isdigit() and year[:2] in ("19", "20") \
            else "month" if t.lower in _MONTHS and t.text[:1].isupper() \
            else "weekday" if t.lower in _WEEKDAYS and t.text[:1].isupper() else None
        if kind:
            found.setdefault(kind, set()).add(year if kind == "year" else t.lower)
    return {k: frozenset(v) for k, v in found.items()}


def of_two_times(a: list[Token], b: list[Token]) -> bool:
    """Whether two claims name different times of one kind ("in March" / "in September",
    "in 2016" / "in 2020"): what each says is of another time."""
    return times_apart(named_times(a), named_times(b))


def times_apart(ta: dict[str, frozenset[str]], tb: dict[str, frozenset[str]]) -> bool:
    """``of_two_times`` of the two claims' ``named_times``."""
    return any(ta[k].isdisjoint(tb[k]) for k in ta.keys() & tb.keys())
