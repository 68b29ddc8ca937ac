"""Military ranks the name reader does not know as titles ("Maj. Gen. X said", "Adm. Mike
Mullen said", "Cmdr. Jane Doe said"): read as a rank it knows, of the same length, so the
offsets of the sentence stay where they were, and given back in what the reading returns.
"""

from __future__ import annotations

import re

# each rank and the known title of its length it is read as
_AS = {"Maj.": "Gen.", "Adm.": "Gen.", "Cdr.": "Gen.", "Cpl.": "Sgt.", "Cmdr.": "Capt."}
_RANK = re.compile(r"\b(?:Maj|Adm|Cdr|Cpl|Cmdr)\.(?=\s)")


def masked(sentence: str) -> str:
    """``sentence`` with its unknown ranks read as known titles of the same length."""
    return _RANK.sub(lambda m: _AS[m.group()], sentence)


def unmasked(text: str, sentence: str) -> str:
    """``text`` read off the masked ``sentence`` with the ranks given back: where ``text`` is
    part of the sentence, the original part; else each stand-in the sentence had not."""
    mask = masked(sentence)
    at = mask.find(text) if text else -1
    if at >= 0:
        return sentence[at: at + len(text)]
    for rank in {m.group() for m in _RANK.finditer(sentence)}:
        if _AS[rank] not in sentence:
            text = text.replace(_AS[rank], rank)
    return text
