"""A gloss in brackets inside a speaker's phrase: "Sen. Kamala Harris (D-CA), the party's
nominee, told", "Former Mayor Pete Buttigieg (D) claimed", "Health and Human Services (HHS)
Secretary Alex Azar said".

A party tag after a lawmaker's name and an acronym after a body's name say what the reader
already has in the words before them; they are no part of who speaks, and a name broken by
one is read as if it were not there (as "the World Health Organization (WHO) said" is at the
end of a subject).  Only a gloss right after a capitalised word: "(in part)", "(2019)" gloss
nothing of a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "(D)", "(R-WY)", "(D-N.Y.)", "(I-Vt.)", "(R - Texas)"; "(HHS)", "(CMS)", "(U.N.)": two
# capitals at least for an acronym ("(Shiite)" glosses a name by a word of its own)
_GLOSS = re.compile(
    r"(?<=[A-Za-z.])\s*\((?:[DRI](?:\s*-\s*[A-Z][A-Za-z.]{1,12}(?:\s[A-Z][a-z.]+)?)?"
    r"|(?=(?:[^)]*[A-Z]){2})[A-Z][A-Za-z.&]{1,11})\)(?=[\s,])")


def without_glosses(text: str) -> tuple[str, Callable[[int], int]] | None:
    """``text`` without its bracketed glosses, and how a position in it maps back to one
    in ``text``; None where it has none."""
    cuts = list(_GLOSS.finditer(text))
    if not cuts:
        return None
    kept, shifts, removed = [], [], 0
    last = 0
    for cut in cuts:
        kept.append(text[last:cut.start()])
        removed += cut.end() - cut.start()
        shifts.append((cut.start() - (removed - (cut.end() - cut.start())), removed))
        last = cut.end()
    kept.append(text[last:])

    def back(position: int) -> int:
        shift = 0
        for at, total in shifts:
            if position >= at:
                shift = total
        return position + shift

    return "".join(kept), back
