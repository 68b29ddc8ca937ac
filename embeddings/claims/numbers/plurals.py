"""Plural nouns and their singulars, for the counted noun of a figure: "40 sorties" count
sorties ("sortie", not "sorty"), "10 heroes" heroes, "two thieves" thieves, and a word in
-s that is no plural ("a virus", "the census", "famous", "Texas") counts nothing as one.

Which of the spellings a plural may come from is told by how often English writes each
(wordfreq's Zipf scale), as the rules of spelling alone cannot: "movies" is of "movie" but
"companies" of "company", "heroes" of "hero" but "shoes" of "shoe"."""

from __future__ import annotations

from functools import lru_cache

# "virus" 4.4 and "viru" 2.0, "census" 4.2 and "censu" 0, "famous" 4.8 and "famou" 0: a word
# far more written than what it would be the plural of is a word of its own; a plural is
# seldom much more written than its singular ("inhabitants" 4.1 and "inhabitant" 2.8,
# "steelers" 3.7 and "steeler" 2.2)
_OWN_WORD = 1.75


@lru_cache(maxsize=4096)
def zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def _likelier(first: str, second: str) -> str:
    """The more written of two spellings, the first where neither is."""
    return second if zipf(second) > zipf(first) else first


def regular_singular(word: str) -> str:
    """The singular of a plural in -s (lower case, no owner's mark)."""
    if word.endswith("ies") and len(word) > 4:
        # "companies" are of "company", "sorties", "movies", "cookies" of a word in -ie
        return _likelier(word[:-3] + "y", word[:-1])
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]  # "classes", "taxes" ("cases", "houses", "nurses" drop the "s" only)
    if word.endswith(("oes", "ses")) and len(word) > 5:
        # "heroes", "potatoes", "biases", "fetuses" drop "es"; "shoes", "cases", "doses" the "s"
        return _likelier(word[:-1], word[:-2])
    if word.endswith("ves") and len(word) > 5:
        # "thieves", "wolves", "shelves", "halves" are of a word in -f; "graves", "olives" not
        f = _likelier(word[:-3] + "f", word[:-3] + "fe")
        return f if zipf(f) > zipf(word[:-1]) else word[:-1]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def own_word(word: str) -> bool:
    """A word in -s that is no plural: its singular would be far less written than it
    ("virus", "census", "perhaps", "famous", "Texas")."""
    lower = word.lower()
    return zipf(lower) - zipf(regular_singular(lower)) >= _OWN_WORD


# the plurals of persons told with no "s": a word in -s before one says what sort of persons
# they are ("trans people", "trans women"), and is no plural of its own
_PERSONS = frozenset({"people", "children", "men", "women"})


def persons(word: str) -> bool:
    """A plural of persons with no "s" ("people", "women")."""
    return word.lower() in _PERSONS
