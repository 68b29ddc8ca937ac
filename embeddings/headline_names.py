"""Which capitalised runs of a headline are names, where its case cannot say: a Title Case
headline ("Obama To Visit Kenya") capitalises every word, an all-caps one ("APPLE WATCH MAY
GO ON SALE IN MARCH") every letter.

A Title Case run stays a name where it is one whatever its case (an acronym, a known place
or nationality, a word English has no other use for) or where the other claim of the pair
capitalises it in ordinary text.  An all-caps headline's entities are already only the
first kind (``claims.caps_names``); a name that is also an English word ("APPLE WATCH",
"ISIS") is a name where the other claim writes it as one in mixed case.
"""

from __future__ import annotations

import re
from functools import lru_cache

from embeddings.claims.entities import known_name
from embeddings.lexical import content_words, stem
from embeddings.types import Claim, Entity

# an all-caps headline's words, a name's run going on across single spaces only
_INITIALS = 5  # letters at most of initials written in capitals ("NTSB", "ISIS")
_CAPS_WORD = re.compile(r"[A-Z][A-Z’'-]*[A-Z]|[A-Z]")


def headline_names(run: str, elsewhere: frozenset[str]) -> list[str]:
    return [name for name, known in _headline_words(run)
            if known or any(stem(w) in elsewhere for w in content_words(name))]


@lru_cache(maxsize=100_000)
def _headline_words(run: str) -> tuple[tuple[str, bool], ...]:
    """A Title Case run cut into known places ("New York", "South Korea") and single words,
    each with whether it is a name whatever its case."""
    words, out, at = run.split(), [], 0
    while at < len(words):
        size = next((k for k in (3, 2) if at + k <= len(words)
                     and known_name(" ".join(words[at:at + k]))), 1)
        name = " ".join(words[at:at + size])
        out.append((name, size > 1 or known_name(name)))
        at += size
    return tuple(out)


@lru_cache(maxsize=100_000)
def caps_names_elsewhere(text: str, names: tuple[str, ...],
                         elsewhere: frozenset[str]) -> tuple[str, ...]:
    """The runs of an all-caps headline ``text`` outside its ``names`` whose every content
    word is a name's word in the other claim (``elsewhere``: stems of its entities), as
    written: "APPLE WATCH" where the other says "the Apple Watch"."""
    if not elsewhere:
        return ()
    taken = [(m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text)]
    runs: list[str] = []
    current: list[re.Match[str]] = []
    for word in _CAPS_WORD.finditer(text):
        inside = any(a <= word.start() < b for a, b in taken)
        named = not inside and bool(content_words(word.group())) and all(
            stem(w) in elsewhere for w in content_words(word.group()))
        if named and current and text[current[-1].end():word.start()] == " ":
            current.append(word)
            continue
        if current:
            runs.append(text[current[0].start():current[-1].end()])
        current = [word] if named else []
    if current:
        runs.append(text[current[0].start():current[-1].end()])
    return tuple(runs)


@lru_cache(maxsize=100_000)  # (asked for every pair an all-caps headline is in)
def mid_sentence_names(other: Claim) -> frozenset[str]:
    """Stems of the names ``other`` writes as names in mixed case: not a lone common word
    that opens it ("Small meteorite hits ...", "Rumors heat up ..."), capitalised for its
    place alone, nor a word shouted in capitals ("slaps shoppers for SNEEZING"; initials,
    "ISIS", "NATO", are five letters at most)."""
    return frozenset(stem(w) for e in other.entities if written_as_name(e, other.start)
                     for w in content_words(e.text))


def written_as_name(entity: Entity, start: int) -> bool:
    """Whether ``entity`` of a sentence beginning at ``start`` is written as a name in mixed
    case: not a lone common word capitalised because it opens the sentence ("Identity
    crisis ..."), nor a long word shouted in capitals ("COMMENT", "SNEEZING")."""
    return not (entity.start == start and " " not in entity.text
                and not known_name(entity.text)) \
        and not (entity.text.isupper()
                 and any(len(w) > _INITIALS for w in entity.text.split()))
