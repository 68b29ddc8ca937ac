"""One key per party: a place, its people's word and its metonym name one side ("Baku",
"Azerbaijani", "Azerbaijan's": azerb), a label for an armed group names no one in
particular ("terrorists" / "Hamas militants" may be one side)."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from embeddings.claims.entities import PLACES
from service.contrast.names import TOPONYMS
from service.contrast.negation.lexicon import ACTORS
from service.contrast.text import STOPWORDS, Token, fold


@lru_cache(maxsize=1)
def _metonyms() -> dict[str, str]:
    data = json.loads(TOPONYMS.read_text(encoding="utf-8"))
    return {fold(k): v for k, v in data.get("metonyms", {}).items()}


# words that label an armed group without naming it: two outlets calling one attacker
# "terrorists" and "militants" name one side in two words, not two sides ("the police" and
# "the protesters" are two)
_ARMED_LABELS = frozenset({
    "terrorist", "terrorists", "militant", "militants", "insurgent", "insurgents", "rebel",
    "rebels", "fighter", "fighters", "gunman", "gunmen", "jihadist", "jihadists", "extremist",
    "extremists", "separatist", "separatists", "militia", "militias", "guerrilla",
    "guerrillas", "attacker", "attackers", "assailant", "assailants"})


ARMED = "armed"  # the party key of every label in _ARMED_LABELS


def party(word: str) -> str:
    """"Baku" -> azerb, "Azerbaijani" -> azerb, "Armenians" -> armen: one key per party."""
    folded = re.sub(r"'s$", "", fold(word))
    if folded in _ARMED_LABELS:
        return ARMED
    folded = _metonyms().get(folded, folded)
    folded = _place_of(fold(folded)) or folded
    letters = "".join(c for c in fold(folded) if c.isalpha())
    return letters[:5]


# a people's words whose place no ending below gives ("Chinese": China), where the first
# five letters differ
_PEOPLES = {"chinese": "china", "british": "britain", "french": "france", "dutch": "netherlands",
            "swiss": "switzerland", "turkish": "turkey", "greek": "greece", "spanish": "spain",
            "polish": "poland", "danish": "denmark", "finnish": "finland", "irish": "ireland",
            "filipino": "philippines", "filipinos": "philippines", "thai": "thailand",
            "welsh": "wales", "scottish": "scotland", "english": "england"}
_PEOPLE_ENDINGS = (("ian", "ia"), ("ian", ""), ("ean", "ea"), ("an", "a"), ("ese", ""), ("i", ""))


def _place_of(word: str) -> str:
    """The place a people's word is of ("Iranian": iran, "Iraqis": iraq, "Chinese": china),
    so that "a Chinese ship" and "China's ship" name one side; "" where it is none."""
    word = word.removesuffix("s") if word.endswith(("ians", "ans", "is")) else word
    if word in _PEOPLES:
        return _PEOPLES[word]
    for suffix, ending in _PEOPLE_ENDINGS:
        base = word[:-len(suffix)] + ending
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and base in PLACES:
            return base
    return ""


def _parties(toks: list[Token]) -> list[str]:
    return [party(t.text) for t in toks
            if t.is_word and (t.text[:1].isupper() or t.lower in ACTORS)
            and t.lower not in STOPWORDS]


def _named_first(parties: list[str]) -> list[str]:
    """"Russian forces": the side is Russia, not "forces" (kept only where no name is)."""
    named = [p for p in parties if p not in _ACTOR_KEYS]
    return named or parties


_ACTOR_KEYS = frozenset(party(w) for w in ACTORS)
# sides no armed group's label ("militants", "terrorists") can name: a state or its forces,
# a crowd, settlers
_NO_ARMED_GROUP = frozenset(party(w) for w in PLACES) | frozenset(party(w) for w in (
    "police", "army", "military", "soldiers", "troops", "government", "forces", "officers",
    "guards", "protesters", "demonstrators", "settlers"))


def may_be_one_side(x: frozenset[str], y: frozenset[str]) -> bool:
    """"Terrorists attacked the kibbutz" / "Hamas militants attacked the kibbutz": a label
    names no one, and may name the group the other side names; not a state's forces
    ("Separatists shelled the village" / "Azerbaijani forces shelled the village")."""
    return any(ARMED in one and any(p not in _NO_ARMED_GROUP and p != ARMED for p in other)
               for one, other in ((x, y), (y, x)))
