"""The one reading of an article's ``published`` field, for every way in (the CLI's readers,
the API's schema and handler, the batch job): they all call ``normalise_published``.

Accepted: a calendar date (``2023-09-20``), or a date and time, with or without its UTC
offset (``2023-09-20T14:05:00Z``, ``2023-09-20 16:05+02:00``, ``2023-09-20T14:05``), stored
as ``2023-09-20T14:05:00+00:00`` / ``2023-09-20T16:05:00+02:00`` / ``2023-09-20T14:05:00``:
seconds, ``T``, ``+HH:MM`` where given.  The offset is kept, not turned into UTC, because the
contrast tells reports apart by the day their outlet gave (``service/contrast/said.py``), and
UTC can move that day; a time without one (many feeds and CMSs give local time alone) is
the outlet's own clock, so its day is the outlet's day too.

Refused, naming why: anything after the date or time ("2023-09-20garbage", which the older
check read as its first ten characters), no such day ("2023-13-45", "2023-02-30"), the
compact and week forms ("20230920", "2023-W38"), which read as numbers to most people.
"""

from __future__ import annotations

import re
from datetime import date, datetime

FORMS = "an ISO date (2023-09-20) or date and time (2023-09-20T14:05:00, +02:00 or Z optional)"
SHOWN = 40  # characters of a refused value quoted back: the value may be a whole article

_DATE = r"(\d{4}-\d{2}-\d{2})"
_TIME = r"(\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)"
_ZONE = r"([Zz]|[+-]\d{2}:?\d{2})"
_SPACE = r"[ \t\r\n]*"  # spelled out: JSON Schema's \s is Unicode's, Python's here ASCII's
# what is accepted, blank included (not given), as the API's schema states it: ECMA-262
# and Python read it alike (no named groups, ASCII classes)
PATTERN = rf"^{_SPACE}(?:{_DATE}(?:[Tt ]{_TIME}{_ZONE}?)?{_SPACE})?$"
_ACCEPTED = re.compile(PATTERN, re.ASCII)


class BadPublished(ValueError):
    """``published`` is not one of the accepted forms; the message says why, for a person."""


def normalise_published(value: str) -> str | None:
    """``value`` in its stored form, None where blank, or BadPublished saying what is wrong."""
    m = _ACCEPTED.fullmatch(value)
    if m is None:
        raise BadPublished(f"must be {FORMS}, got {shown(value)}")
    day_text, time_text, zone_text = m.groups()
    if day_text is None:
        return None
    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        raise BadPublished(f"must be {FORMS}, got {shown(value)}: no such day") from None
    if time_text is None:
        return day.isoformat()
    clock = re.split("[.,]", time_text)[0]  # a fraction of a second tells nothing
    zone = "+00:00" if zone_text in ("Z", "z") else (zone_text or "")
    try:
        moment = datetime.fromisoformat(f"{day.isoformat()}T{clock}{zone}")
    except ValueError:
        raise BadPublished(f"must be {FORMS}, got {shown(value)}: no such time") from None
    return moment.isoformat(timespec="seconds")


def shown(value: str) -> str:
    """The value quoted back, cut short where long."""
    return repr(value if len(value) <= SHOWN else value[:SHOWN] + "...")
