"""The lexicon of loaded news-framing terms and framing pairs.

``loaded_terms.json`` was written for the seed story, then given general pejoratives, loaded
verbs of saying and intensifiers that no reader would call neutral in any story ("unhinged",
"gloated", "a tirade", "alarmingly"), ``loaded_terms_learned.json`` holds
general words learned from BABE's tuning topics by ``learn_loaded_terms.py``; a user file of
the same shape may add to both.  Loaded words are read in ``wording``, the opposing terms of
a pair in ``terminology``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from service.contrast.text import fold

LOADED_TERMS = Path(__file__).with_name("loaded_terms.json")
# general loaded words learned from BABE's tuning topics (learn_loaded_terms.py)
LEARNED_TERMS = Path(__file__).with_name("loaded_terms_learned.json")


@dataclass(frozen=True)
class Lexicon:
    loaded: re.Pattern[str]
    # term -> each (pair id, side) it is in: "protest" is a side of what happened on a road
    # (blockade / protest) and of what a crowd is called (riot / protest)
    pair_of: dict[str, tuple[tuple[str, int], ...]]
    pairs: re.Pattern[str]
    about: dict[str, str]  # pair id -> what the pair names
    # pair terms that name their thing in any context: phrases and loaded words; a plain
    # word ("attack", "protest", "government") has other senses that only the shared claim
    # of a cluster rules out ("attacked the Minsk Group", "the resistance of the lobby")
    marked: frozenset[str] = frozenset()


def _pattern(terms: list[str]) -> re.Pattern[str]:
    """Whole-word, longest first; single words also in plural / -ed / -ing form."""
    alts = []
    for term in sorted(set(terms), key=len, reverse=True):
        body = re.escape(fold(term))
        alts.append(body if " " in term or "-" in term else body + r"(?:s|es|d|ed|ing)?")
    return re.compile(r"(?<![\w-])(" + "|".join(alts) + r")(?![\w-])")


@lru_cache(maxsize=8)
def load_lexicon(extra: Path | None = None) -> Lexicon:
    """The shipped lexicon, plus a user file of the same shape ({"loaded": [...], "pairs": []})."""
    data = json.loads(LOADED_TERMS.read_text(encoding="utf-8"))
    learned = json.loads(LEARNED_TERMS.read_text(encoding="utf-8"))
    loaded, pairs = list(data["loaded"]) + list(learned["loaded"]), list(data["pairs"])
    if extra is not None:
        more = json.loads(Path(extra).read_text(encoding="utf-8"))
        loaded += more.get("loaded", [])
        pairs += more.get("pairs", [])
    pair_of: dict[str, tuple[tuple[str, int], ...]] = {}
    for pair in pairs:
        for side, terms in enumerate(pair["sides"]):
            for term in terms:
                known = pair_of.get(fold(term), ())
                if all(p != pair["id"] for p, _ in known):
                    pair_of[fold(term)] = (*known, (pair["id"], side))
    folded_loaded = {fold(t) for t in loaded}
    marked = frozenset(t for t in pair_of if " " in t or "-" in t or t in folded_loaded)
    return Lexicon(_pattern(loaded), pair_of, _pattern(list(pair_of)),
                   {p["id"]: p.get("about", p["id"]) for p in pairs}, marked)


def _base(found: str, known: Mapping[str, object]) -> str:
    """The lexicon term a match stands for ("massacres" -> "massacre")."""
    if found in known:
        return found
    for cut in ("ing", "es", "ed", "s", "d"):
        if found.endswith(cut) and found[: -len(cut)] in known:
            return found[: -len(cut)]
    return found
