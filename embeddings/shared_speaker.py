"""One speaker behind two claims, as evidence the two are one claim.

The attribution frame ("X said", "X Says", "according to X") is cut from a claim's core, so
that "X said" does not tie every claim X made to every other.  But two outlets reporting one
statement name the one who made it: "MTA Says Fares Will Rise" / "Fares to rise next year, MTA
says".  With both frames cut, the name they share is gone from both cores.  It is counted back
as one shared entity (``match_score``), no more: one speaker makes many claims, so a shared
speaker is weaker than a shared content word, and never makes a match by itself.

Two speakers are one where the contrast stage reads them as one voice ("the Kremlin" /
"Moscow", "Blinken" / "Antony Blinken"; without that reading, the same name), or where their
names share a rare name ("MTA spokesman Kevin Ortiz" / "the MTA"), not a title or a kind of
body ("Foreign Ministry", "President") that many speakers carry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from embeddings.claims.entities import ORG_WORDS, is_title
from embeddings.claims.references import CHECKED_CLAIM
from embeddings.lexical import STOPWORDS, general_rarity, stem
from embeddings.types import Claim

# two names of one speaker?  The contrast stage's reading (``service.contrast.voices``)
OneVoice = Callable[[str, str], bool]

# "rare": a name a few speakers carry (Zipf frequency of 4 or less: "MTA", "Kremlin",
# "Noyer"), not one any story has ("Russia", "Google" are read as one voice or not at all)
_RARE = 3.0
# a word of a name, capitalised ("MTA", "Noyer", "O'Brien")
_NAME_WORD = re.compile(r"[A-Z][A-Za-z'’-]*[A-Za-z]")


def shared_speaker(a: Claim, b: Claim, one_voice: OneVoice | None = None) -> str | None:
    """The speaker two claims share (``a``'s name for it), or None."""
    sa, sb = a.speaker, b.speaker
    if not sa or not sb or CHECKED_CLAIM in (sa, sb):  # a checked claim is no one's voice
        return None
    if sa == sb or (one_voice is not None and one_voice(sa, sb)):
        return sa
    # "Kevin Ortiz" of "MTA spokesman Kevin Ortiz said" and "the MTA": the name one speaker
    # has is in the other's frame, not in its speaker (the person named is the voice)
    if _rare_names(sa) & _rare_names(_frame(b)) or _rare_names(sb) & _rare_names(_frame(a)):
        return sa
    return None


def _frame(claim: Claim) -> str:
    """The words of a claim's sentence cut from its core (its attribution frame)."""
    return _frame_of(claim.core, claim.text)


# a claim is asked for its frame by every claim it is scored with: read once per sentence
@lru_cache(maxsize=100_000)
def _frame_of(core_text: str, text: str) -> str:
    core = {w.lower() for w in _NAME_WORD.findall(core_text)}
    return " ".join(w for w in _NAME_WORD.findall(text) if w.lower() not in core)


@lru_cache(maxsize=100_000)
def _rare_names(text: str) -> frozenset[str]:
    """Stems of the rare capitalised words of a name or frame, titles and bodies left out."""
    return frozenset(stem(w.lower()) for w in _NAME_WORD.findall(text)
                     if w.lower() not in STOPWORDS and not is_title(w)
                     and w.lower() not in ORG_WORDS and general_rarity(w.lower()) >= _RARE)
