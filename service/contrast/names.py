"""One name, several forms: which voice calls the place or person what.

Two ways to link forms.  Spelling: transliterations differ in their vowels ("Shushi"/
"Shusha", "Aliyev"/"Aliev", "Pashinyan"/"Pashinian"); ordinary different names differ in
consonants ("Armenia"/"Albania", "Iran"/"Iraq").  So two forms are linked when their consonant
skeletons are equal, the edit is small, they share an initial, they look alike by
Jaro-Winkler, and neither is the other plus a suffix ("Armenia"/"Armenian" is grammar, not
a variant).  Gazetteer: renamed and contested names ("Stepanakert"/"Khankendi",
"Burma"/"Myanmar") share no spelling at all, so they come from a shipped list that a user
file can extend.

A different name is framing, not a factual conflict: ``conflict=False``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from embeddings.types import Difference
from service.contrast.partition import Partition
from service.contrast.said import Said, evidence_order, listed
from service.contrast.text import fold

TOPONYMS = Path(__file__).with_name("toponyms.json")
_VOWELS = set("aeiouy")
_DEMONYM = ("ian", "ean", "ans", "ese", "ish", "an", "is")
# capitalised words that are not names: titles and institutions ("Minister"/"Ministry")
_GENERIC_TEXT = """
president minister ministry prime foreign secretary state states department republic council
union army forces government national united nations general assembly security committee
party office embassy service services spokesman spokesperson spokeswoman ambassador
ambassadors chairman chairwoman senator senators congress parliament court supreme
federal international organization organisation agency news press minister's monday
tuesday wednesday thursday friday saturday sunday january february march april june july
august september october november december north south east west central eastern western
northern southern
"""
_GENERIC = frozenset(_GENERIC_TEXT.split())


@dataclass(frozen=True)
class Gazetteer:
    group_of: dict[str, int]  # folded form -> group number
    why: tuple[str, ...]
    pattern: re.Pattern[str] | None  # every form, longest first, on folded text


def _build(groups: Iterable[dict[str, object]]) -> Gazetteer:
    group_of: dict[str, int] = {}
    why: list[str] = []
    for number, group in enumerate(groups):
        names = group.get("names")
        if not isinstance(names, list):
            continue
        for name in names:
            group_of[fold(str(name))] = number
        why.append(str(group.get("why") or ""))
    forms = sorted(group_of, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])") \
        if forms else None
    return Gazetteer(group_of, tuple(why), pattern)


@lru_cache(maxsize=8)
def load_gazetteer(extra: Path | None = None) -> Gazetteer:
    """The shipped name groups, plus a user file of the same shape ({"groups": [...]})."""
    groups = list(json.loads(TOPONYMS.read_text(encoding="utf-8"))["groups"])
    if extra is not None:
        groups += list(json.loads(Path(extra).read_text(encoding="utf-8")).get("groups", []))
    return _build(groups)


# -- spelling --------------------------------------------------------------------------------
def jaro_winkler(a: str, b: str, prefix_scale: float = 0.1) -> float:
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    window = max(len(a), len(b)) // 2 - 1
    taken = [False] * len(b)
    matched_a = []
    for i, ch in enumerate(a):
        for j in range(max(0, i - window), min(len(b), i + window + 1)):
            if not taken[j] and b[j] == ch:
                taken[j] = True
                matched_a.append(ch)
                break
    if not matched_a:
        return 0.0
    matched_b = [b[j] for j in range(len(b)) if taken[j]]
    transpositions = sum(x != y for x, y in zip(matched_a, matched_b, strict=True)) / 2
    m = len(matched_a)
    jaro = (m / len(a) + m / len(b) + (m - transpositions) / m) / 3
    prefix = 0
    for x, y in zip(a[:4], b[:4], strict=False):
        if x != y:
            break
        prefix += 1
    return jaro + prefix * prefix_scale * (1 - jaro)


def _edits(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _skeleton(word: str) -> str:
    """Consonants only, doubles collapsed, first letter kept: "Pashinyan" -> "pshnn" -> "pshn".
    A Ukrainian "h" is a Russian "g" ("Chernihiv"/"Chernigov", "Bilhorod"/"Belgorod").  A
    last "h" after a vowel is how some spell a final Arabic or Persian vowel ("Haniyeh"/
    "Haniya", "Abdullah"/"Abdulla"): no consonant."""
    if len(word) > 2 and word.endswith("h") and word[-2] in _VOWELS:
        word = word[:-1]
    letters = [word[0]] + [("g" if c == "h" and word[i - 1] not in "cksz" else c)
                           for i, c in enumerate(word[1:], 1) if c not in _VOWELS]
    return "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])


# the Arabic qaf is written "q", "k" or (as Libyans and Egyptians say it) "g": "Qaddafi"/
# "Gaddafi", "Qaeda"/"Kaeda"; "k" and "g" themselves stay apart ("Kamal"/"Gamal")
_QAF = (frozenset("qk"), frozenset("qg"))


def _same_consonant(a: str, b: str) -> bool:
    return a == b or frozenset((a, b)) in _QAF


def _same_skeleton(x: str, y: str) -> bool:
    a, b = _skeleton(x), _skeleton(y)
    return len(a) == len(b) and all(map(_same_consonant, a, b))


def _letters(name: str) -> str:
    name = re.sub(r"['’]s$", "", name)
    return "".join(c for c in fold(name) if c.isalpha())


def spelling_variant(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` spellings of one name (not two names, not two word forms)?"""
    x, y = _letters(a), _letters(b)
    if x == y or min(len(x), len(y)) < 5 or not _same_consonant(x[0], y[0]):
        return False
    if x in _GENERIC or y in _GENERIC or _word_forms(x, y):
        return False
    short, long_ = sorted((x, y), key=len)
    if long_.startswith(short) and long_ != short + short[-1] \
            and not (long_ == short + "h" and short[-1] in _VOWELS):
        return False  # Armenia / Armenian, Azerbaijan / Azerbaijani; not Zelensky / Zelenskyy
    if len(long_) - len(short) >= 2 and long_.endswith(_DEMONYM):
        return False  # Ukraine / Ukrainian
    # a long name may differ in one vowel more ("Avdiivka"/"Avdeyevka")
    allowed = 2 + (len(short) >= 8)
    return _same_skeleton(x, y) and _edits(x, y) <= allowed and jaro_winkler(x, y) >= 0.85


# endings English adds to one word: "Weakness" / "Weakens" (a Title Case headline's words)
_ENDINGS = ("ness", "ens", "en", "es", "ed", "ing", "ers", "er", "ly", "s")


def _word_forms(x: str, y: str) -> bool:
    """Two forms of one common English word ("weakness" / "weakens"), not one name spelt
    two ways: each is a word English uses often once an ending is taken off, the same."""
    from embeddings.lexical import general_rarity

    def roots(w: str) -> set[str]:
        return {w[:-len(e)] for e in _ENDINGS if w.endswith(e) and len(w) - len(e) >= 3
                and 7.0 - general_rarity(w[:-len(e)]) >= 4.0}
    return bool(roots(x) & roots(y))


def spelt_alike(names: Iterable[str]) -> dict[str, str]:
    """One voice for one speaker spelt two ways ("Aleksandar Vučić" / "Aleksandar Vucic",
    "Ismail Haniyeh" / "Ismail Haniya"): names of as many words, each word the same but
    for its accents or a ``spelling_variant`` of the other's.  Each name maps to the form
    most used (then the first in order); a name spelt one way only is left out."""
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    forms = sorted(counts, key=lambda n: (-counts[n], n))
    out: dict[str, str] = {}
    for i, name in enumerate(forms):
        if name in out:
            continue
        words = name.split()
        for other in forms[i + 1:]:
            if other not in out and _spelt_alike(words, other.split()):
                out[other] = name
    return out


def _spelt_alike(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and all(_same_word(x, y) for x, y in zip(a, b, strict=True))


def _same_word(x: str, y: str) -> bool:
    """One word of a name, spelt alike: accents aside, or (a capitalised word) a variant."""
    return fold(x) == fold(y) or (x[:1].isupper() and y[:1].isupper()
                                  and spelling_variant(x, y))


# -- mentions --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Mention:
    said: Said
    form: str  # as written
    start: int  # article offsets
    end: int
    group: int | None  # gazetteer group, if any


def mentions(s: Said, gazetteer: Gazetteer, listed_only: bool = False) -> list[Mention]:
    """Gazetteer forms in the claim text, then (unless ``listed_only``) name-like tokens of
    its entities."""
    found: list[Mention] = []
    text = s.claim.text
    if gazetteer.pattern is not None:
        for m in gazetteer.pattern.finditer(fold(text)):
            if text[m.start()].isupper():  # "Turkey" the country, not a turkey
                found.append(Mention(s, text[m.start():m.end()], s.claim.start + m.start(),
                                     s.claim.start + m.end(), gazetteer.group_of[m.group()]))
    if listed_only:
        return found
    taken = [(m.start, m.end) for m in found]
    for entity in s.claim.entities:
        for m in re.finditer(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", entity.text):
            start, end = entity.start + m.start(), entity.start + m.end()
            if not m.group()[:1].isupper() or any(a < end and start < b for a, b in taken):
                continue
            found.append(Mention(s, m.group(), start, end, None))
            taken.append((start, end))
    return found


def name_differences(said: list[Said], gazetteer: Gazetteer,
                     listed_only: bool = False) -> list[Difference]:
    """Forms of one name used by different voices.  ``listed_only``: only the gazetteer's
    names, linked by the gazetteer alone; the spelling rule was made for claims that match,
    and across a whole story two near spellings may be two people."""
    every = [m for s in said for m in mentions(s, gazetteer, listed_only)]
    forms = sorted({_letters(m.form) for m in every})
    # folded forms of one name: gazetteer groups and spelling variants
    names = Partition(forms)
    by_group: dict[int, str] = {}
    for m in every:
        if m.group is not None:
            names.join(_letters(m.form), by_group.setdefault(m.group, _letters(m.form)))
    for i, x in enumerate(forms):
        for y in forms[i + 1:]:
            if not listed_only and names.find(x) != names.find(y) and spelling_variant(x, y):
                names.join(y, x)
    classes: dict[str, list[Mention]] = {}
    for m in every:
        classes.setdefault(names.find(_letters(m.form)), []).append(m)
    out = []
    for _, members in sorted(classes.items()):
        diff = _difference(members, gazetteer)
        if diff is not None:
            out.append(diff)
    return out


def _difference(members: list[Mention], gazetteer: Gazetteer) -> Difference | None:
    # a name is the choice of whoever wrote it: the outlet, outside a speaker's quotation
    rows = [m.said.chosen_span(m.start - m.said.claim.start, m.end - m.said.claim.start,
                               form=m.form) for m in members]
    used: dict[str, set[str]] = {}  # voice -> folded forms it used
    for m, row in zip(members, rows, strict=True):
        used.setdefault(str(row["voice"]), set()).add(_letters(m.form))
    if len(used) < 2 or len({frozenset(f) for f in used.values()}) < 2:
        return None  # one voice, or every voice uses the same forms
    if len(set().union(*used.values())) < 2:
        return None
    evidence = tuple(sorted(rows, key=evidence_order))
    who: dict[str, list[str]] = {}  # form as first written -> voices using it alone
    forms: dict[str, str] = {}  # folded form -> as first written
    for row in evidence:
        # the first-written spelling, so "Shusha" and "shusha" read as one
        form = forms.setdefault(_letters(str(row["form"])), str(row["form"]))
        voice = str(row["voice"])
        if len(used[voice]) > 1:
            continue  # gives both names (told below)
        voices = who.setdefault(form, [])
        if voice not in voices:
            voices.append(voice)
    # a voice that gives both names ("Shushi (Shusha)", one in brackets) is on neither side:
    # never "Shushi (Azatutyun) vs Shusha (Azatutyun)", one voice differing from itself
    both: dict[tuple[str, ...], list[str]] = {}  # forms given together -> voices giving them
    for voice in dict.fromkeys(str(r["voice"]) for r in evidence):
        if len(used[voice]) > 1:
            given = tuple(f for k, f in forms.items() if k in used[voice])
            both.setdefault(given, []).append(voice)
    said = " vs ".join(f"{form} ({', '.join(v)})" for form, v in who.items())
    also = "; ".join(f"{listed(v)} use{'s' if len(v) == 1 else ''} "
                     f"{'both ' if len(f) == 2 else ''}{listed(f, verb=False)}"
                     for f, v in both.items())
    said = f"{said}; {also}" if said and also else said or also
    groups = {m.group for m in members if m.group is not None}
    why = gazetteer.why[min(groups)] if groups else "a spelling variant"
    return Difference(kind="names", conflict=False, evidence=evidence,
                      summary=f"Sources name it differently: {said}"
                              + (f" ({why})." if why else "."))
