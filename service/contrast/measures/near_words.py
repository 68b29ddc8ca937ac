"""The content words next to a figure, which say what it measures ("sentenced to 10
years" and "12 years in prison" are one prison term), and offsets: a time between two
events ("four hours before the deadline"), compared only with one counted from the
same event."""

from __future__ import annotations

import re
from functools import lru_cache

from embeddings.types import Quantity
from service.contrast.said import Said
from service.contrast.text import STOPWORDS, stem, tokens

_OFFSET = re.compile(r"\s+(?:before|after|ago|earlier|later|since|prior)\b", re.I)
_FOR = re.compile(r"\bfor\s+(?:about\s+|around\s+|nearly\s+|almost\s+|up\s+to\s+)?$", re.I)


def _offset(q: Quantity, s: Said) -> bool:
    """"less than four hours before the deadline", "three years after the war": a time between
    two events, not how long something lasts ("delayed for 30 days"; "banned for two years
    after testing positive" is how long, and why)."""
    if q.kind != "duration":
        return False
    at, end = q.start - s.claim.start, q.end - s.claim.start
    return _OFFSET.match(s.claim.text, end) is not None \
        and _FOR.search(s.claim.text, 0, max(0, at)) is None


def _anchor(q: Quantity, s: Said) -> set[str]:
    """Stems of the first content words after an offset's "before" / "after" (the event)."""
    m = _OFFSET.match(s.claim.text, q.end - s.claim.start)
    rest = s.claim.text[m.end():] if m else ""
    words = [stem(t.text) for t in tokens(rest)
             if t.is_word and t.lower not in STOPWORDS and len(t.text) > 2]
    return set(words[:_MEASURE_WORDS])


_MEASURE_WORDS = 3  # content words either side of a figure that say what it measures


def measured(q: Quantity, s: Said, names: bool = True) -> frozenset[str]:
    """Stems of the content words next to a figure in its claim (the figure's own unit too);
    without capitalised words when ``names`` is false."""
    return _measured_at(s.claim.text, q.start - s.claim.start, q.end - s.claim.start, q.unit,
                        names)


# asked of a claim's figure again for every claim it is compared with (the clusterer's
# ``one_measure`` asks it of each pair it scores): read once per text, figure and unit
@lru_cache(maxsize=20_000)
def _measured_at(text: str, at: int, end: int, unit: str | None,
                 names: bool) -> frozenset[str]:
    if not 0 <= at <= end <= len(text):
        return frozenset()

    def content(part: str) -> list[str]:
        return [stem(t.text) for t in tokens(part)
                if t.is_word and t.lower not in STOPWORDS and len(t.text) > 2
                and (names or not t.text[0].isupper())]

    near = content(text[:at])[-_MEASURE_WORDS:] + content(text[end:])[:_MEASURE_WORDS]
    if unit and stem(unit) in _MEASURE_SYNONYMS and not _AFTER_QUAKES & set(near):
        # "the 6.9-magnitude quake": a magnitude is the quake's, not an aftershock's
        near.append(stem(unit))
    return frozenset(_MEASURE_SYNONYMS.get(w, w) for w in near)


_AFTER_QUAKES = frozenset({stem("aftershock"), stem("aftershocks"), stem("foreshock")})


# words that name one measure in other words: a prison term is "sentenced to 10 years",
# "jailed for 12 years", "12 years in prison", "imprisoned for 12 years"
_MEASURE_SYNONYMS = {"jail": "prison", "sentenc": "prison", "imprison": "prison",
                     "imprisonment": "prison",
                     # a quake's magnitude: "the earthquake had a magnitude of 6.8", "the quake
                     # measured 7.1 on the Richter scale"
                     "quak": "earthquak", "tremor": "earthquak",
                     "magnitud": "earthquak",
                     # a sporting ban: "banned for two years", "a 24-month suspension"
                     "suspension": "ban", "suspend": "ban"}
