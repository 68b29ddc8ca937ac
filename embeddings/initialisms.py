"""Initialisms read from the names themselves: "CSTO" is the "Collective Security Treaty
Organization", "OSCE" the "Organization for Security and Co-operation in Europe".

News writes a body's name out once and its initials after, or one outlet the one and
another the other; a fixed list (``name_keys._INITIALISMS``) joined only the bodies on it.
The initials are not made a name's key: a name is also written in part ("the Trading
Commission" for the "Commodity Futures Trading Commission", keyed alike today), and keyed
on its initials the full name would lose that.  So the two meet where two names are
compared (``matching.match_score``, ``context``, the contrast's things): an all-capitals
name whose letters are the other name's initials, little words skipped, names the same
thing.  Both sides must be long enough to say so: three letters at least, so three words
("US" / "Upper School", "AP" / "Associated Press" never meet this way).
"""

from __future__ import annotations

import re
from functools import lru_cache

from embeddings.name_keys import key_words

# the little words an initialism skips ("Organization for Security and Co-operation in
# Europe" -> OSCE)
_SKIPPED = frozenset({"of", "the", "and", "for", "in", "on", "de", "la", "du", "des", "&"})
# a country's short form written before a body's name or initials ("U.S. CFTC", "UN
# Security Council"): the initials are read with it and without it
_COUNTRIES = frozenset({"us", "u.s.", "u.s", "uk", "u.k.", "eu", "un", "u.n."})
_CAPITALS = re.compile(r"(?:[A-Z]\.){2,}[A-Z]\.?|[A-Z]{3,}")
_SHORT = re.compile(r"(?:[A-Z]\.?){2,}")  # a word of initials inside a name ("UN", "U.S.")
MIN_LETTERS = 3


def _words(name: str) -> list[str]:
    name = name.replace("’s", "").replace("'s", "").strip(" ,;:\"“”")
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return words


@lru_cache(maxsize=100_000)
def acronym(name: str) -> str | None:
    """The letters of a name written as initials ("CSTO", "the OSCE", "U.S. CFTC" ->
    "CFTC", "C.S.T.O." -> "CSTO"), or None: a single all-capitals word of three letters or
    more, after a country's short form; not a country's own ("USA")."""
    words = _words(name)
    if len(words) == 2 and words[0].lower() in _COUNTRIES:
        words = words[1:]
    if len(words) != 1 or not _CAPITALS.fullmatch(words[0]):
        return None
    letters = words[0].replace(".", "")
    # a country's or a union's form ("USA", "UAE") is keyed as its country already, and
    # met by its names there, not by any three words that start with its letters
    return letters if key_words([letters]) == [letters] else None


@lru_cache(maxsize=100_000)
def initials(name: str) -> tuple[str, ...]:
    """The initials a name written out would be abbreviated to ("Collective Security Treaty
    Organization" -> "CSTO"), with and without a country's short form before it ("U.S.
    Securities and Exchange Commission" -> "USSEC", "SEC"; "UN Security Council" -> "UNSC");
    none for a name of fewer than
    three words (little words aside) or with a word not capitalised (a run's lower-case
    words are its joiners: "Ministry of Foreign Affairs" is MFA, "Ministry of defence" is
    no body's name)."""
    words = [w for w in _words(name) if w.lower() not in _SKIPPED]
    if not words or not all(w[:1].isupper() for w in words):
        return ()
    forms = [words]
    if words[0].lower() in _COUNTRIES:
        forms.append(words[1:])
    # a word of initials gives them all ("UN Security Council" is the UNSC)
    return tuple("".join(w.replace(".", "") if _SHORT.fullmatch(w) else w[0] for w in form)
                 for form in forms if len(form) >= MIN_LETTERS)
