"""Where a capitalised run starts and stops being one name.

A run of capitalised words is read as one name (``entities.RUN``), but three things join
words that belong to no one name: a word of grammar capitalised only for opening a clause
("Whether Trump will sign ...", "Like Donald Trump, ..."), a country's or body's
abbreviation written straight before a person with no title between them ("UN Antonio
Guterres"), and a break in the text (a line break or a run of spaces where a headline
or paragraph ended: "... with the U.S.   James Comey said").  And one word of grammar
joins a name: the "and" inside a body's name ("Food and Drug Administration").
"""

from __future__ import annotations

import re

from embeddings.claims.genders import name_gender
from embeddings.claims.name_words import ORG_WORDS, PLACE_ACRONYMS, known_name
from embeddings.claims.places import PLACES
from embeddings.types import Entity


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# the space between a name's words: a line break or a run of plain spaces is where a
# headline, a caption or a paragraph ended, and no name goes on across it.  (A no-break
# space between plain ones is a web page's spacing inside a sentence: "Attorney General
# \xa0 Jeff Sessions" is one run, as it was.)
SPACE = r"(?:(?!\n| {2})\s)+"

# words of grammar that open a clause and never open a name: subordinators, sentence
# adverbs, prepositions and pronouns ("Whether Trump ...", "Perhaps Macron ...", "Like
# Donald Trump, ...", "Yes Trump ...").  Only at a clause's opening: inside a sentence a
# capitalised one is a name's word ("the March Without Borders", "Anyone But Bernie")
CLAUSE_OPENERS = _words("""whether perhaps maybe unless whereas whilst lest nor once
    whatever whoever whichever whenever wherever yes like amid amidst among against without
    within upon toward towards throughout besides except regardless apparently clearly
    obviously surely certainly probably possibly presumably hopefully sadly ironically
    interestingly ultimately eventually currently previously initially originally soon
    again already rather someone anyone everyone somebody anybody everybody nobody
    something anything everything nothing""")
# the text before a run that opens a clause: nothing, or an opening quote or bracket, a
# colon, a semicolon or a dash ("It's basically: ‘Whatever Trump says goes’")
_CLAUSE_START = re.compile(r"(?:^|[:;—–(\[“‘\"]|(?:^|\s)')[\s\"“‘'(\[]*$")


def opens_clause(sentence: str, start: int) -> bool:
    """Whether the run starting at ``start`` opens the sentence or a clause in it."""
    return _CLAUSE_START.search(sentence, 0, start) is not None


_OPENER_WORD = re.compile(r"([A-Z][a-z]+) (?=\S)")


def with_named_opener(entity: Entity, text: str, opener: int, names: frozenset[str]) -> Entity:
    """``entity`` with the clause opener cut before it given back, where the article writes
    that word capitalised inside a sentence too: "Whether Report said ..." names the
    "Whether Report" of an article that cites "the Whether Report" elsewhere."""
    word = _OPENER_WORD.match(text, opener)
    if word is None or word.end() != entity.start or word.group(1).lower() not in names \
            or word.group(1).lower() not in CLAUSE_OPENERS:
        return entity
    return Entity(text[opener:entity.end], opener, entity.end, entity.label)


# a country's or body's abbreviation ("U.S.", "UN", "EU", "NATO") and a person's name right
# after it, first name first: the title between them is missing ("UN Antonio Guterres")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,5}")
# the common nouns that end a place's name ("Virginia Beach", "Charlotte County"): a first
# name may open one too
_PLACE_HEADS = _words("""beach city county falls springs valley island islands bay heights
    park hills lake river harbor harbour port square street avenue station airport""")


def person_after_abbreviation(words: list[str]) -> bool:
    """Whether ``words`` are an abbreviation, then a person's name of two to four words
    that opens with a known first name: "UN Antonio Guterres", "EU Ursula von der Leyen";
    not "U.S. Steel", "US Marine Corps", "UK Border Force" (no first name opens them), nor
    "US Virginia Beach" (a place's name, though "Virginia" is a first name)."""
    if len(words) < 3 or not _ABBREVIATION.fullmatch(words[0]):
        return False
    name = words[1:]
    return len(name) <= 4 and name_gender(" ".join(name)) is not None \
        and all(w[:1].isupper() or w in ("von", "van", "der", "den", "de", "da", "di", "la")
                for w in name) and not any(w.lower() in PLACES or w.lower() in _PLACE_HEADS
                                           for w in name)


def body_ahead(sentence: str, spans: list[tuple[int, int]], at: int,
                current: list[tuple[int, int]]) -> bool:
    """"Securities and Exchange Commission", "Food and Drug Administration": "and" inside a
    body's name whose head comes after it; not between two names ("Russia and the
    European Union": a known name before it; "the House and Senate": a head after it)."""
    before = [sentence[a:b] for a, b in current]
    if before and before[0] in PLACE_ACRONYMS:
        before = before[1:]  # ("U.S. Securities and Exchange Commission")
    if sentence[slice(*spans[at])] not in ("and", "&") or not before \
            or any(known_name(w) for w in before):
        return False
    ahead = [sentence[a:b].lower().rstrip(".,") for a, b in spans[at + 1:at + 4]]
    # (the head right after "and" is a second body: "the House and Senate")
    return bool(ahead) and ahead[0][:1].isalpha() and ahead[0] not in ORG_WORDS \
        and any(w in ORG_WORDS for w in ahead[1:])
