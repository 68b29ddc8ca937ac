"""The head of a singular counted noun phrase, past the words that say what sort of it
it is: "One glaring absentee was" counts an absentee, "one very large ship" a ship, "one
police officer" an officer, "One Important Thing" a thing.  A plural head is found by its
"-s" ("three key witnesses"); a singular one is the last noun of its phrase, so a word
before it is passed over only when the next word can go on the phrase, which a verb
("One official told", "one resigned yesterday") or a particle ("one speaking up") cannot.
An adverb in "-ly" grades the word after it, which is then no head either ("one deeply
flawed plan"), and a name between the adjectives and the noun says which or whose the noun
is ("one great big United Colours of Benetton advert" counts an advert)."""

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
# adverbs in "-ly" on a stem too short for ``adverb`` to trust ("reply", "apply", "early"
# are no adverbs of "rep", "app", "ear")
_SHORT_ADVERBS = _words("newly badly sadly oddly madly hotly dryly shyly coyly wryly")
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
    return not (lower.endswith("ed") or adverb(lower))


def adverb(word: str) -> bool:
    """A word in -ly made of a common word ("usually", "globally", "particularly", "newly",
    "elderly") is never what is counted; not "families", "assembly", "rally", "reply"."""
    return (re.fullmatch(r"[a-z]{4,}ly", word) is not None and zipf(word[:-2]) >= 3.5) \
        or word in _SHORT_ADVERBS


def singular_head(words: list[str], title: bool) -> int:
    """Where in ``words`` (the words after a figure, up to a function word) the head of a
    singular noun phrase stands: past each modifier that another word of the phrase
    follows."""
    at = 0
    while at + 1 < len(words):
        if adverb(words[at].lower()) and at + 2 < len(words) and _goes_on(words[at + 2], title):
            at += 2  # "one particularly radical idea", "one highly paid executive"
        elif _modifier(words[at]) and _goes_on(words[at + 1], title):
            at += 1
        else:
            break
    # ("One senior official familiar with the talks": the adjective after its noun)
    return at - 1 if at > 0 and words[at].lower() in _AFTER_NOUN else at


# a singular figure's lower-case modifiers, a name, and the words after it: "one great big
# United Colours of Benetton advert", "one senior White House official", "one big Bank of
# England report"; the modifiers in lower case tell a sentence from a Title Case headline
_NAMED = re.compile(r"(?P<mods>(?:\s+[a-z][a-z-]*){1,4})"
                    r"(?P<name>(?:\s+(?:(?:of|and|&|de)\s+(?:the\s+)?)?"
                    # ("U.S.", and the full stop that may end the sentence: "American.")
                    r"[A-Z](?:[\w’'&-]|\.(?=\w))*\.?)+)(?P<rest>(?:\s+[a-z][a-z-]*)*)")


def named_head(sentence: str, end: int, stop: frozenset[str]) -> str | None:
    """What "one" counts when a name stands between its adjectives and its noun: the noun
    after the name ("advert"), the name when it is one word that ends the phrase ("one
    young American"), "" when a name of several words ends it and so is no singular noun
    to count ("one great big United Colours of Benetton."), or None when this is no such
    phrase, which the reading of the words after the figure then takes.  An adjective is
    never the head when a name follows it."""
    match = _NAMED.match(sentence, end)
    if match is None:
        return None
    mods = match.group("mods").split()
    at = 0
    while at < len(mods):  # each a modifier, or an adverb and the word it grades
        if adverb(mods[at]) and at + 1 < len(mods):
            at += 2
        elif mods[at] not in stop and _modifier(mods[at]):
            at += 1
        else:
            return None
    rest: list[str] = []
    for word in match.group("rest").split():
        if word in stop:
            break
        rest.append(word)
    if rest:
        head = rest[singular_head(rest, False)]
        # not a verb after the name: "one senior official Trump trusts", "... Trump fired"
        if _goes_on(head, False) and re.search(r"[^su]s$", head) is None:
            return head
        return None
    # nothing after the name: a name of one word after a known adjective is what is counted
    # ("one young American", "one senior Democrat"); an adjective in "-al" or "-ent" may be a
    # noun ("one senior official Donald Trump"), so only a known one says so
    name = match.group("name").strip().removesuffix(".")
    if not (mods[-1] in _ADJECTIVES or mods[-1] in _GRADING):
        return None
    if " " in name:
        return ""
    # (not an owner, "one big Apple's", nor letters, "one senior U.S.", "one big UN")
    return name.lower() if name.isalpha() and not name.isupper() else None
