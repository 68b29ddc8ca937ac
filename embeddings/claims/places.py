"""The places the entity reader knows by name, read from ``places.json`` on first use.

``PLACES`` are countries, capitals, regions and the states or provinces of large
countries: places a country or a region wide (``service/story.py`` takes none of them for
the town two reports share).  ``CITIES`` are large cities that are no capital: a place by
name, yet a town.  ``REGIONS`` may follow a town and a comma ("Springfield, Ohio"), with
the states that are first names as well, a place only there ("Richmond, Virginia", not
"Virginia Giuffre").  Here too the two readings that rest on the lists: a people's word
(``is_demonym``) and "Town, State" (``towns_of_regions``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from functools import cache
from itertools import pairwise
from pathlib import Path

from embeddings.types import Entity

_FILE = Path(__file__).with_name("places.json")


@cache
def _lists() -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(_FILE.read_text(encoding="utf-8"))
    return data


class _Names(AbstractSet[str]):
    """Lower-cased place names of some lists of the data file, read once when first asked
    (importing the reader costs no file read)."""

    def __init__(self, *kinds: str) -> None:
        self._kinds = kinds
        self._names: frozenset[str] | None = None

    def _load(self) -> frozenset[str]:
        if self._names is None:
            self._names = frozenset(name.lower() for kind in self._kinds
                                    for name in _lists()[kind])
        return self._names

    def __contains__(self, name: object) -> bool:
        return name in (self._names if self._names is not None else self._load())

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


PLACES: AbstractSet[str] = _Names("countries", "capitals", "regions", "states", "joined")
CITIES: AbstractSet[str] = _Names("cities")
# capitals alone (towns, as CITIES are) and the areas that may hold a town
CAPITALS: AbstractSet[str] = _Names("capitals")
AREAS: AbstractSet[str] = _Names("countries", "regions", "states", "joined")
# what may follow "Town, ": a country, a region or a state ("Springfield, Ohio"), not a city
REGIONS: AbstractSet[str] = _Names("countries", "regions", "states", "states_also_names")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# nationality words that no suffix rule below derives from PLACES
_DEMONYMS = _words("""chinese british french dutch swiss turkish greek german spanish polish
    danish finnish irish scottish welsh english arab palestinian ukrainian saudi filipino
    italian hungarian norwegian belgian swedish icelandic portuguese czech slovak montenegrin
    luxembourgish maltese cypriot kosovar monegasque faroese canadian argentine argentinian
    peruvian somali lebanese afghan thai emirati kazakh uzbek""")
_DEMONYM_SUFFIXES = (("ian", "ia"), ("ean", "ea"), ("an", "a"), ("an", "o"), ("ese", ""), ("i", ""),
                     ("n", ""))


def is_demonym(word: str) -> bool:
    """"Korean", "Iranian", "Israeli", "Armenian", "Japanese": of a place, not a name."""
    lower = word.lower()
    if lower in _DEMONYMS:
        return True
    for suffix, ending in _DEMONYM_SUFFIXES:
        base = lower[: -len(suffix)]
        if lower.endswith(suffix) and len(base) >= 3 and (base + ending in PLACES
                                                          or base in PLACES) \
                and not (suffix == "n" and base[-1] not in "aeiouy"):
            return True  # ("Korea-n", not "Amman-n": a surname)
    return False


_COMMA = re.compile(r",\s*")
# a list goes on after the region ("Hezbollah, Iran and Russia", "Brexit, Syria, tariffs
# and trade"), or the region is its owner ("Ayla Demir, Turkey's envoy")
_LIST_GOES_ON = re.compile(r",?\s+(?:and|or)\b|,\s+(?:[\w.-]+\s+){1,2}(?:and|or)\b|[’']")
_LIST_BEFORE = re.compile(r"(?:,|\band|\bor|\bto)\s*$")
# what follows "Town, State": the sentence goes on after a comma, a stop or a time ("in
# Portland, Oregon, on Monday"); a verb there makes the region a clause's subject ("Thanks
# to Roe, America is ...")
_AFTER_REGION = re.compile(r"\s*(?:$|[,.;:)!?\"”—–])|\s+(?:on|in|at|near|over|during|after"
                           r"|before|last|this|late|early)\b")


def towns_of_regions(sentence: str, entities: list[Entity], offset: int) -> list[Entity]:
    """"Springfield, Ohio", "near Siesta Key, Florida", "Richmond, Virginia": a name, a
    comma and the country, region or state it lies in are two places.  Not a name in a list
    of sides, nor one before a clause ("After meeting Macron, France said")."""
    out = list(entities)
    for i, (town, region) in enumerate(pairwise(entities)):
        if region.text.lower() not in REGIONS or town.label not in ("NAME", "PLACE") \
                or not _COMMA.fullmatch(sentence, town.end - offset, region.start - offset):
            continue
        after = region.end - offset
        if town.label == "NAME" and (
                _LIST_GOES_ON.match(sentence, after) or not _AFTER_REGION.match(sentence, after)
                or _LIST_BEFORE.search(sentence, 0, town.start - offset)
                or len(town.text.split()) > 3 or is_demonym(town.text)):
            continue
        out[i] = Entity(town.text, town.start, town.end, "PLACE")
        out[i + 1] = Entity(region.text, region.start, region.end, "PLACE")
    return out
