"""The head of a singular counted noun phrase, past the words that say what sort of it
it is: "One glaring absentee was" counts an absentee, "one very large ship" a ship, "one
police officer" an officer, "One Important Thing" a thing.  A plural head is found by its
"-s" ("three key witnesses"); a singular one is the last noun of its phrase, so a word
before it is passed over only when the next word can go on the phrase, which a verb
("One official told", "one resigned yesterday") or a particle ("one speaking up") cannot."""

from __future__ import annotations

import re

from embeddings.claims.numbers.numerals import _words, parse_number
from embeddings.claims.numbers.plurals import zipf

# adjectives news writes before a noun that no suffix tells ("one key witness", "one big
# problem"), and the adverbs that grade them ("one very large ship")
_ADJECTIVES = _words("""key top big small large great huge major minor senior junior young
    old main chief sole lone single whole real true good bad best worst high low long
    full clear simple odd rare vast tiny strong weak short wide deep rich poor fresh
    false broad crucial likely""")
_GRADING = _words("very most quite rather fairly too so extremely")
# the endings of adjectives and participles: "glaring", "armed", "notable", "prominent",
# "important", "essential", "famous", "massive", "beautiful"
_ADJECTIVE_END = re.compile(r"[a-z]{2,}(?:ous|ful|less|ive|ical|able|ible|al|ent|ant|ary|ing"
                            r"|ed|ish)")
# prepositions in -ing, which begin a phrase of their own ("one including", "one following")
_NO_MODIFIER = _words("""including regarding concerning following according involving
    excluding considering during""")
# nouns that name what another noun is for or of: "one police officer", "one aircraft carrier"
_NOUN_MODIFIERS = _words("police aircraft staff security government state city party")
# words that end a noun phrase or stand outside it: particles, pronouns, words of when or
# degree, which no counted noun is ("one speaking up", "one resigned yesterday")
_NOT_HEAD = _words("""up down out off back away about together home here there then not
    never even too so very soon once twice almost nearly perhaps whose what how why it its
    he she they them him her his their we us you me my our your yesterday today tonight
    tomorrow must shall ought did does do done said says say told tells""")
# past tenses without "-ed", a verb after its subject: "One official told", "one man shot"
_IRREGULAR_PAST = _words("""told said saw took gave made went came fled left got found thought
    knew wrote spoke ran fell shot hit met won lost paid sent brought bought kept held led
    became began felt put set stood sat broke drove flew threw wore chose ate drew grew sold
    sought caught taught fought built spent struck hid rode rose woke swore let cut quit
    read heard meant lay sank sang rang swam stole stuck hung dug""")


# adjectives that stand after the noun they say something of, which they never are: "one
# official familiar with the talks", "one official close to", "one official present at"
_AFTER_NOUN = _words("""familiar close present responsible aware alive alone ready willing
    available eligible able unable likely unlikely due critical opposed loyal sympathetic""")


def _modifier(word: str) -> bool:
    """A word that may say what sort of the noun after it is."""
    lower = word.lower()
    if lower in _NO_MODIFIER:
        return False
    return lower in _ADJECTIVES or lower in _GRADING or lower in _NOUN_MODIFIERS \
        or lower in _AFTER_NOUN \
        or _ADJECTIVE_END.fullmatch(lower) is not None


def _goes_on(word: str, title: bool) -> bool:
    """A word that may go on a noun phrase: a noun, an adjective (lower case, or capitalised
    in a headline in Title Case), and not a verb, a particle or a figure."""
    lower = word.lower()
    if not word.isalpha() or (not title and not word.islower()):
        return False
    if lower in _NOT_HEAD or lower in _IRREGULAR_PAST or parse_number(lower) is not None:
        return False
    # a verb's past, or an adverb ("one official privately said"; "one close ally" is none)
    return not (lower.endswith("ed") or (re.fullmatch(r"[a-z]{4,}ly", lower) is not None
                                         and zipf(lower[:-2]) >= 3.5))


def singular_head(words: list[str], title: bool) -> int:
    """Where in ``words`` (the words after a figure, up to a function word) the head of a
    singular noun phrase stands: past each modifier that another word of the phrase
    follows."""
    at = 0
    while at + 1 < len(words) and _modifier(words[at]) and _goes_on(words[at + 1], title):
        at += 1
    # ("One senior official familiar with the talks": the adjective after its noun)
    return at - 1 if at > 0 and words[at].lower() in _AFTER_NOUN else at
