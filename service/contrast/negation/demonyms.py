"""A place's adjective counted as the place where a denial's words are matched against the
story: "Kim Jong-Un's Scottish Dog Meat Restaurant Is Fabricated" shares "Scotland" and
"restaurant" with "North Korea plans to open a restaurant in Scotland", as "Nicaraguan
meteorite" shares "Nicaragua" with "A meteorite landed in Nicaragua".  Headlines name a
story's place by its adjective as often as by its name, and a denial needs two of its words
said by the other side."""

from __future__ import annotations

from embeddings.claims.places import PLACES
from service.contrast.text import stem

# adjectives that are not the place's name and a suffix ("Scottish", "Dutch", "Chinese")
_IRREGULAR = {stem(adjective): stem(place) for adjective, place in {
    "scottish": "scotland", "british": "britain", "english": "england", "welsh": "wales",
    "irish": "ireland", "french": "france", "dutch": "netherlands", "swiss": "switzerland",
    "turkish": "turkey", "greek": "greece", "german": "germany", "spanish": "spain",
    "polish": "poland", "danish": "denmark", "finnish": "finland", "swedish": "sweden",
    "chinese": "china", "lebanese": "lebanon", "portuguese": "portugal", "maltese": "malta",
    "congolese": "congo", "nepalese": "nepal", "filipino": "philippines", "thai": "thailand",
    "peruvian": "peru", "norwegian": "norway"}.items()}
# (the adjective's ending, the place's) on a stem: "nicaragu-an" -> "nicaragu-a",
# "iraq-i", "korea-n", "japan-es" (the stem of "Japanese"), "ital-ian" -> "ital-y"
_SUFFIXES = (("ian", "ia"), ("ean", "ea"), ("an", "a"), ("an", "o"), ("ian", ""), ("an", ""),
             ("ian", "a"), ("ian", "e"), ("ian", "y"), ("es", ""), ("i", ""), ("n", ""))


def place_of(word: str) -> str | None:
    """The stem of the place a demonym's stem names, if it is one ("cuban" -> "cuba")."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix, ending in _SUFFIXES:
        base = word[: -len(suffix)]
        # ("korea-n", not "amman-n": a surname)
        if word.endswith(suffix) and len(base) >= 3 and base + ending in PLACES \
                and not (suffix == "n" and base[-1] not in "aeiouy"):
            return stem(base + ending)
    return None


def as_places(words: set[str]) -> set[str]:
    """``words`` (stems) with each demonym read as its place."""
    return {place_of(w) or w for w in words}
