"""The words names are told by: a body's and a title's words, sentence openers, acronyms.

``entities`` finds the runs of capitalised words in a sentence; these lists and tests say
what a run's words are (an organisation's "Ministry", a title's "Minister", an opener's
"However") and whether a word is a name whatever its case ("MTA", "Kenyan", "Bergdahl").
"""

from __future__ import annotations

import re

from embeddings.claims.places import CITIES, PLACES, is_demonym


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_ACRONYM = re.compile(rf"^(?:(?:[{_UPPER}]\.){{2,}}|[{_UPPER}]{{2,}}[{_UPPER}\d]*s?"
                      rf"|[{_UPPER}]{{1,3}}&[{_UPPER}]{{1,3}})$")  # ("S&P", "AT&T": initials)

# Words that put the (capitalised) name after them into an organisation.
ORG_WORDS = _words(
    """ministry ministries organization organisation council group embassy union committee
    department agency commission assembly parliament senate congress court institute
    university bank fund association federation party office administration service
    services army navy force forces corps company corporation news times post press
    agency alliance coalition command guard police network foundation centre center
    treaty nations church government board authority bureau cabinet regulator watchdog
    tribunal firm carmaker automaker retailer airline insurer lender manufacturer
    broadcaster publisher charity hospital club conglomerate startup unit directorate
    inspectorate secretariat utility operator""")
# Words that make a capitalised run a title before a person's name.
TITLE_WORDS = _words(
    """president vice prime minister foreign defense defence interior secretary state
    senator sen rep reps representative ambassador spokesman spokeswoman spokesperson
    chief head general gen governor gov mayor king queen prince princess pope chancellor
    commander colonel col lt sgt captain capt mr mrs ms dr prof professor judge justice
    maj adm admiral cmdr cdr cpl corporal lieutenant sergeant brigadier
    deputy assistant administrator director chairman chairwoman chair envoy high senior
    leader premier mp lawmaker sheikh emir sultan cardinal bishop archbishop rev sir lord
    lady dame special acting adviser advisor aide official officials affairs security
    policy economy finance trade justice agent counsel speaker pro tempore executive ceo
    founder manager coach analyst economist strategist editor correspondent lawyer
    attorney prosecutor inspector commissioner officer maker owner developer researcher
    scientist author organiser organizer coordinator campaigner activist candidate
    challenger incumbent negotiator mediator diplomat politician legislator councilman
    councilwoman councillor councilor congressman congresswoman assemblyman assemblywoman
    alderman consul sheriff superintendent marshal coroner treasurer comptroller magistrate""")
# titles written short, with a full stop that ends no sentence ("Gen. X", "Maj. Gen. X", "Adm. X")
TITLE_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Reps", "Gov", "Lt",
                       "Col", "Maj", "Sgt", "Cpl", "Capt", "Cmdr", "Cdr", "Adm", "Prof")
# a page's labels in capitals before a headline or in brackets ("BREAKING: ...", "(VIDEO)")
NEWSROOM_LABELS = _words("""NEW BREAKING UPDATE UPDATED WATCH LIVE VIDEO VIDEOS PHOTO PHOTOS
    AUDIO OPINION ANALYSIS EXCLUSIVE EXPLAINER FACTBOX TIMELINE CORRECTION URGENT ALERT PDF
    EDITORIAL""")
PLACE_ACRONYMS = frozenset({"US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE", "USSR"})
_MONTHS_DAYS = _words(
    """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
    thursday friday saturday sunday""")
# Capitalised only because they open a sentence or clause: never part of a name.
_STARTERS = _words(
    """the a an this that these those it its he she they we i you our their his her my
    your however but and or so yet in on at to for from with by of as after before
    during following meanwhile moreover furthermore although though despite unlike
    while when where if since until because nearly almost over under some many most
    both another such each every all no not one two three recent recently also then
    there here what which who whose why how likewise similarly instead indeed still
    even only just now today yesterday later earlier thus therefore notably
    unfortunately nevertheless nonetheless additionally finally first is are was were
    do does did has have had will would can could should must let according asked
    other any more less few several""")
# "Eighteen people have died", "Thirty-one were rescued": a number opening a sentence
_NUMBER_WORD = re.compile(
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|\w+teen|hundreds?|thousands?|millions?|dozens?"
    r"|tens|scores)")
# "We're", "I'm", "Don't", "It's", "That's": a pronoun or a verb run into the word after it,
# capitalised for opening a sentence or a quote.  No name takes "n't", "'re", "'m" or "'ve";
# "'s", "'ll" and "'d" make no name of a starter word ("It's", "I'll"), though "Obama's"
# stays a name and "Oakland A's" a team (a letter's "'s")
_NEVER_NAMED = re.compile(r".+(?:n['’]t|['’](?:re|m|ve))", re.IGNORECASE)
_CONTRACTED = re.compile(r"(.+)['’](?:s|ll|d)", re.IGNORECASE)


def contraction(word: str) -> bool:
    """"We're", "Don’t", "It's", "I'll": a word run into the next, never a name's."""
    if _NEVER_NAMED.fullmatch(word):
        return True
    base = _CONTRACTED.fullmatch(word)
    if base is None or (len(base.group(1)) > 1 and base.group(1).isupper()
                        and word[base.end(1) + 1:].islower()):
        return False  # "WHO's": the World Health Organization's ("THAT'S" is shouted)
    return base.group(1).lower() in _STARTERS and (
        len(base.group(1)) > 1 or not word.lower().endswith("s"))


_JOINERS_ANYWHERE = frozenset({"of", "of the", "de", "du", "des", "del", "da", "la", "le", "al",
                               "bin", "ibn", "von", "van", "der", "von der", "van der",
                               "van den", "de la", "de los", "de las", "dos", "das"})


def is_title(word: str) -> bool:
    """"minister", "Ministers", "spokesman" (lowercase or not)."""
    lower = word.lower().rstrip(".")
    if "-" in lower.strip("-"):  # "Vice-President", "co-chair", "ex-minister"
        return all(part in TITLE_WORDS or part in ("co", "ex") for part in lower.split("-"))
    return lower in TITLE_WORDS or (lower.endswith("s") and lower[:-1] in TITLE_WORDS)


# title words that name no one's role alone, only with a role's word next to them
# ("Secretary of State", "Finance Minister", "Homeland Security Secretary"): alone in a run
# they are a name's head noun ("Islamic State", "Homeland Security", "Empire State Building")
ROLE_QUALIFIERS = _words("state security policy economy finance trade affairs")


def title_at(lowered: list[str], at: int) -> bool:
    """Whether the word ``at`` of a run (lower case) is a title's word there: a title
    word, and a qualifier of one ("State", "Security") only where a role's word follows or
    goes before it, past joiners and other qualifiers ("Secretary of State", "Trade and
    Economy Minister"), or where the run has no word of a name's own ("Trade")."""
    word = lowered[at]
    if not is_title(word):
        return False
    if word not in ROLE_QUALIFIERS or all(
            is_title(w) or w in _QUALIFIER_JOINERS for w in lowered):
        return True  # ("Trade", "the State": a title's word, no name's head)
    if at and (lowered[at - 1] in PLACES or is_demonym(lowered[at - 1])):
        return True  # "China Trade Data", "Chinese State media": what is the place's
    for step in (-1, 1):
        near = at + step
        while 0 <= near < len(lowered) and lowered[near] in _QUALIFIER_JOINERS | ROLE_QUALIFIERS:
            near += step
        if 0 <= near < len(lowered) and is_title(lowered[near]):
            return True
    return False


_QUALIFIER_JOINERS = frozenset({"of", "the", "and", "&"})


def known_name(name: str) -> bool:
    """A name whatever its case says: an acronym ("MTA", "U.S."), a known place or a
    nationality ("New York", "Kenyan"), or a word English does not use but as a name
    ("Noyer", "Bergdahl").  In a Title Case headline, where every word is capitalised, only
    such runs are sure to be names (embeddings/matching.py)."""
    lower = name.lower()
    return bool(_ACRONYM.match(name)) or lower in PLACES or lower in CITIES \
        or is_demonym(name) or (" " not in name and not _common_word(lower))


def _common_word(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= 3.5


def all_caps(sentence: str) -> bool:
    """An all-caps headline of four words or more ("OBAMA SAYS US WILL NOT SEND TROOPS"): its
    words are words, every one capitalised, and no run of them is a name."""
    letters = [c for c in sentence if c.isalpha()]
    return len(sentence.split()) >= 4 and bool(letters) and all(c.isupper() for c in letters)
