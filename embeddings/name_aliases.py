"""Are two names two names of one thing (aliases) or two things (rivals)?

A match leaves names out of the word overlap (the entity terms weigh them), so "Smith won
the vote in Ohio" and "Jones won the vote in Ohio" overlapped as one claim.  Counting names
one side gives as differing words fixed that but split two names of one thing ("ISIS" /
"Islamic State", "U.S." / "Pentagon", "Shushi" / "Shusha": docs/matching.md, issue #2).
``aliases`` tells those apart; only names it cannot tie to the other side are rivals.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from embeddings.claims.name_words import ORG_WORDS, is_title
from embeddings.claims.namesakes import two_people
from embeddings.claims.places import PLACES, is_demonym


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’.&-]*")
# the little words an initialism skips ("United Nations Educational, Scientific and ...")
_SKIPPED = frozenset({"of", "the", "and", "for", "de", "la", "du", "on", "in", "&"})
# words that tell no thing apart by themselves: a name of them alone is no rival
_LISTED = frozenset({"government", "police", "officials", "authorities", "state", "city",
                     "county", "republic", "kingdom", "federal", "national", "international",
                     "north", "south", "east", "west", "northern", "southern", "eastern",
                     "western", "central", "new", "united", "news", "the"})
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                      "western", "upper", "lower"})
NEAR_SPELLING = 0.8  # SequenceMatcher ratio: "Shushi"/"Shusha" 0.83, "Gaddafi"/"Qaddafi" 0.86

# a country by its other names, its capital or the seat of its government: the name a
# report uses for the country's state ("Moscow said", "the Kremlin said", "Russia said")
_STANDS_FOR: dict[str, tuple[str, ...]] = {
    "us": ("u.s.", "usa", "u.s.a.", "united states", "united states of america", "america",
           "american", "americans", "washington", "white house", "pentagon",
           "state department", "capitol", "congress"),
    "uk": ("u.k.", "britain", "great britain", "united kingdom", "british", "england",
           "english", "london", "downing street", "whitehall", "westminster"),
    "russia": ("moscow", "kremlin", "russian", "russians", "russian federation"),
    "ukraine": ("kyiv", "kiev", "ukrainian", "ukrainians"),
    "china": ("beijing", "chinese", "prc", "zhongnanhai"),
    "france": ("paris", "french", "elysee", "élysée", "elysee palace"),
    "germany": ("berlin", "german", "germans", "chancellery"),
    "israel": ("jerusalem", "israeli", "israelis", "knesset"),
    "iran": ("tehran", "iranian", "iranians"),
    "turkey": ("ankara", "turkish", "türkiye", "turkiye"),
    "azerbaijan": ("baku", "azerbaijani", "azeri", "azerbaijanis"),
    "armenia": ("yerevan", "armenian", "armenians"),
    "japan": ("tokyo", "japanese"),
    "india": ("new delhi", "delhi", "indian", "indians"),
    "pakistan": ("islamabad", "pakistani", "pakistanis"),
    "afghanistan": ("kabul", "afghan", "afghans"),
    "syria": ("damascus", "syrian", "syrians"),
    "iraq": ("baghdad", "iraqi", "iraqis"),
    "egypt": ("cairo", "egyptian", "egyptians"),
    "saudi arabia": ("riyadh", "saudi", "saudis"),
    "north korea": ("pyongyang", "dprk"),
    "south korea": ("seoul",),
    "italy": ("rome", "italian", "italians"),
    "spain": ("madrid", "spanish"),
    "vatican": ("holy see", "vatican city"),
    "eu": ("european union", "brussels", "european commission"),
    "un": ("united nations",),
    "nato": ("north atlantic treaty organization",),
    "isis": ("islamic state", "isil", "daesh"),
    "new orleans": ("nola",),
}
_IDENTITY = {alias: country for country, names in _STANDS_FOR.items()
             for alias in (country, *names)}
# the states of the US: a report's "in Ohio" is "in the US", though Ohio is no Texas
_US_STATES = _word_set("""alabama alaska arizona arkansas california colorado connecticut
    delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine
    maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada
    ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
    wisconsin wyoming""") | {"new hampshire", "new jersey", "new mexico", "new york",
                                      "north carolina", "north dakota", "rhode island",
                                      "south carolina", "south dakota", "west virginia"}


def _clean(name: str) -> str:
    return name.replace("’s", "").replace("'s", "").strip(" .,;:\"“”‘’'").lower()


# a name is asked of against every name of every claim its claim is scored with: what it
# reads as alone (its words, whether it is listed, what it stands for) is read once
@lru_cache(maxsize=100_000)
def _words(name: str) -> tuple[str, ...]:
    return tuple(w.lower().strip(".'’") for w in _TOKEN.findall(name.replace("’s", "")
                                                                    .replace("'s", "")))


@lru_cache(maxsize=100_000)
def _identity(name: str) -> str:
    """The thing ``name`` stands for: a country for its capital, seat or people's word."""
    lower = _clean(name).removeprefix("the ")
    if lower in _IDENTITY or lower.replace(".", "") in _IDENTITY:  # "U.S.", "U.K"
        return _IDENTITY.get(lower) or _IDENTITY[lower.replace(".", "")]
    if is_demonym(lower):  # "Korean" -> korea, "Israeli" -> israel
        for cut in (3, 2, 1):
            for ending in ("", "a", "ia", "o"):
                base = lower[:-cut] + ending
                if base in PLACES:
                    return _IDENTITY.get(base, base)
    return lower


@lru_cache(maxsize=100_000)
def listed(name: str) -> bool:
    """A title ("President", "the Foreign Minister"), or words that tell no thing apart
    ("Police", "the Government"): no rival to any name."""
    words = [w for w in _words(name) if w not in _SKIPPED]
    return not words or all(is_title(w) or w in _LISTED or w in ORG_WORDS for w in words)


def _initialism(short: str, long: str) -> bool:
    """"UN" / "United Nations", "NOLA" / "New Orleans": the short name's letters are the
    long one's initials, or (4+ letters) a run through its words from the first letter."""
    letters = re.sub(r"[^a-z]", "", short.lower())
    words = [w for w in _words(long) if w not in _SKIPPED]
    if len(letters) < 2 or len(words) < 2 or not short.replace(".", "").isupper():
        return False
    if letters == "".join(w[0] for w in words):
        return True
    full = "".join(words)
    if len(letters) < 4 or full[0] != letters[0]:
        return False
    rest = iter(full)
    return all(c in rest for c in letters)


# pure; difflib's ratio was a fifth of the time of ``aliases`` (words recur across pairs)
@lru_cache(maxsize=100_000)
def _near(a: str, b: str) -> bool:
    shorter, length = min(len(a), len(b)), len(a) + len(b)
    # the quick ratios are upper bounds of the ratio (difflib's real_quick_ratio is this one,
    # from the lengths alone): most word pairs are far apart, and their lengths or letters
    # alone say so without matching blocks
    if shorter < 4 or 2.0 * shorter / length < NEAR_SPELLING:
        return False
    # difflib's quick_ratio (the letters both have, counted with repeats), without building
    # the SequenceMatcher, whose index of ``b`` cost more than the ratio of the few pairs
    # that pass: the same integer count, the same float
    if 2.0 * sum((Counter(a) & Counter(b)).values()) / length < NEAR_SPELLING:
        return False
    return SequenceMatcher(None, a, b).ratio() >= NEAR_SPELLING


def _share_word(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """"Joe Biden" / "Biden", "Floria State University" / "Florida": a word both use, or
    two spellings of one, that is no title or listed word."""
    own_a, own_b = _own_words(a), _own_words(b)
    return any(x == y or _near(x, y) for x in own_a for y in own_b)


@lru_cache(maxsize=100_000)
def _own_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a name that are no title or listed word."""
    return tuple(w for w in words if not (is_title(w) or w in _LISTED or w in _SKIPPED))


@lru_cache(maxsize=100_000)
def aliases(a: str, b: str) -> bool:
    """Two names of one thing: a spelling ("Shushi"/"Shusha"), a part ("Joe Biden"/
    "Biden"), an initialism ("UN"/"United Nations"), a country and its capital, seat or
    people ("Russia"/"Moscow"/"Kremlin"/"Russian"), a country and its state ("US"/"Ohio"),
    or a title or listed word on either side ("President")."""
    if listed(a) or listed(b):
        return True
    if two_people(a, b):
        return False  # "Raul Castro" / "Fidel Castro"
    wa, wb = _words(a), _words(b)
    if wa and wb and wa[0] in _COMPASS and wb[0] in _COMPASS and wa[0] != wb[0]:
        return False  # "North Korea" / "South Korea": one word, two places
    if _share_word(wa, wb) or _initialism(a, b) or _initialism(b, a):
        return True
    ia, ib = _identity(a), _identity(b)
    if ia == ib or _near(ia, ib):
        return True
    return (_clean(a) in _US_STATES and ib == "us") or (_clean(b) in _US_STATES and ia == "us")
