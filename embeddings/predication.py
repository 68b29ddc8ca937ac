"""Whether a piece of a sentence predicates: says something of its own, with a verb.

``facets`` cuts a core at quotes, dashes and commas before conjunctions.  Some pieces are
clauses ("the conflict remains unresolved"); others are only a noun phrase ("long-term
political settlement to the Nagorno-Karabakh conflict", "The biased position of the Canadian
Minister"), an adjunct ("despite their larger numbers", "with X also speaking to Y", "in a
call with President Aliyev"), a list item ("and unfair treatment against Azerbaijan"), or a
subject whose predicate the cut left in the next piece ("The operation, the offensive in
Nagorno-Karabakh, is").  Such a piece names a topic and claims nothing about it, so as a
facet of its own it matches any sentence on the topic.

There is no tagger here, so "has a finite verb" is read from the shapes news English gives
it: an auxiliary or modal, a past form that is not an adjective before its noun nor a
participle before "by", a present "-s" verb between a subject and its object, a pronoun
subject, an infinitive.  A gerund ("-ing") alone is no predication: "with many now raising
families", "Emphasizing the human dimension" are adjuncts and subjects.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_AUXILIARIES = _words("""is are was were am has have had will would shall can could may might
    must should do does did been isn’t""")
# "we'll", "they're", "don't", and "'s" where it can only be "is" or "has" ("it's", "that's",
# "there's"; "Comey's book" is a possessive)
_CONTRACTED = re.compile(r"(?:\b[A-Za-z]+|\s)[’'](?:re|ve|ll|d|m)\b|\b[a-z]+n[’']t\b"
                         r"|\b(?:[Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Ww]hat|[Hh]e|[Ss]he|[Ww]ho)\s?[’']s\b")
# past forms that are nothing else (the "-ed" ones are read below)
IRREGULAR_PASTS = _words("""took made gave went came fled won fell rose held sent spoke wrote saw
    paid became began brought bought sold stood grew drew threw broke chose struck stole sank
    fought caught taught thought built spent meant felt dealt shot knew flew wore tore swore
    told found left lost kept led said got ran sat met withdrew drove rode ate hid forgot froze
    shook sought swept slept sang swam overtook undertook withheld upheld overthrew arose fed
    hung mistook overcame oversaw underwent woke stuck clung dug sprang spun slid strove bore
    forbade foresaw rang""")
# words in "-ed" that are no verb
_NOT_PASTS = _words("indeed hundred hundreds sacred naked wicked kindred beloved")
# before which a past form describes the noun after it ("the biased position", "its
# recognized party", "and prolonged suffering")
_DESCRIBING_AFTER = _words("""the a an this that these those its his her their our my your
    some any such no other all many several both each every further new recent and or but
    of to in on at for with by from into over under about against among between during
    despite without""")
_DETERMINERS = _words("the a an this these those its his her their our my your some any no")
# after which an "-s" word is a verb with its object ("France supports Armenia", "Nearly
# every Azerbaijani knows someone"): a noun's plural is followed by "of", "and", a comma, a
# preposition instead ("reports of shelling", "larger numbers and prolonged suffering")
_OBJECT_OPENS = _words("""the a an this that these those its his her their our my your some any
    no all every it them him her us me someone something nothing everyone anyone to not""")
# common "-s" verbs that take an adjective or a clause, not an object ("the conflict remains
# unresolved", "Russia appears to have been measured")
_LINKING_PRESENTS = _words("""remains seems appears becomes looks stays says claims insists
    argues believes thinks knows wants hopes expects continues plans intends refuses""")
# pasts spelt as their present and as a noun: a verb only between a subject and its object
# ("as fighting spread to the villages", not "the rate cut in March")
_BARE_PASTS = _words("hit cut put set shut hurt let cost spread quit")
_QUANTITIES = _words("""a an half one two three four five six seven eight nine ten about
    around nearly almost more less some over up""")
# verbs that change by a quantity ("rose by a third"), whose "by" names no agent
_CHANGES = _words("""rose fell grew dropped climbed increased decreased declined jumped slipped
    gained lost surged plunged soared tumbled slumped shrank widened narrowed rebounded
    expanded contracted cut raised lowered reduced boosted trimmed""")
_PRONOUN_SUBJECTS = _words("I we they he she you We They He She You")
# "it" is a subject after a conjunction ("though it neither confirms nor denies"), and often
# an object elsewhere ("called it cruel")
_IT_SUBJECT = re.compile(r"(?:^|\b(?:though|although|because|when|if|as|since|while|that|and"
                         r"|but|so|after|before|until|where|whether)\s+)[Ii]t\s+[a-z]")
# "gets along", "stepped down": a particle after a verb
_PARTICLES = _words("along up down out off back away over around together")
_SUBORDINATE_PREFIXES = ("which", "who", "whose", "whom", "where", "when")
_WORD = re.compile(r"[\w’'-]+")


def _past(words: list[str], at: int) -> bool:
    """A finite past ("Azerbaijan accepted the request"), not an adjective before its noun
    ("the biased position") nor a passive participle of a noun phrase ("the drone raids
    provided by Turkey", "the districts won back by Baku")."""
    word = words[at]
    if word in _NOT_PASTS or not (word in IRREGULAR_PASTS
                                  or (len(word) > 4 and word.endswith("ed") and word.isalpha())):
        return False
    before = words[at - 1].lower() if at else ""
    if before in ("being", "having"):
        return False  # "being published online", "having lost the vote": no finite verb
    if before.endswith("ly") and at > 1:
        before = words[at - 2].lower()  # "the newly appointed ambassador"
    after = words[at + 1 : at + 4]
    if before in _DESCRIBING_AFTER and after and after[0].isalpha() \
            and after[0] not in _OBJECT_OPENS:
        return False
    if "by" not in after[:2] and not (after[:1] == ["back"] and "by" in after):
        return True
    # "rose by a third", "fell by 5%": a verb of change by a quantity, not an agent ("equipment
    # provided by two allies" is a noun with its participle)
    agent = words[at + 1 + after.index("by") + 1: at + 1 + after.index("by") + 2]
    return word.lower() in _CHANGES and bool(agent) \
        and (agent[0][0].isdigit() or agent[0].lower() in _QUANTITIES)


def _present(words: list[str], at: int) -> bool:
    """"France supports Armenia", "the conflict remains unresolved", "fighting spread to
    the north": an "-s" verb (or a bare past) after a subject, before its object, an
    adjective or a clause."""
    word = words[at]
    bare = word in _BARE_PASTS
    if not bare and not (word.isalpha() and word.islower() and len(word) > 3
                         and word.endswith("s") and not word.endswith(("ss", "us", "is", "ics"))):
        return False
    after = words[at + 1] if at + 1 < len(words) else ""
    # "the needs of", "of reports": a noun.  First in its piece, it is the predicate of a
    # subject in the piece before ("..., underscores his lack of knowledge").  After "and" a
    # word with a pronoun or determiner object is the subject's second verb ("... and accuses
    # it of", "and supports the plan"), where a noun in a list has none ("arms and drones")
    before = words[at - 1].lower() if at else ""
    if before in _COORDINATORS and not bare and after in _OBJECT_OPENS and after != "to":
        return True
    if at and (before in _DETERMINERS or before in _words("of to in on at for with by from")
               or before in _COORDINATORS):
        return False
    if bare:
        return at > 0 and (after in _OBJECT_OPENS or after[:1].isdigit())
    if word in _LINKING_PRESENTS:
        return after not in ("of", "and", "or")
    return after in _OBJECT_OPENS or after in _PARTICLES or _adverb(after) \
        or (after[:1].isupper() and after not in _PRONOUN_SUBJECTS)


_COORDINATORS = _words("and or but")
# "-ly" words that are adjectives or nouns, not adverbs of manner
_LY_NOT_ADVERBS = _words("""only early daily weekly monthly yearly likely family families
    elderly friendly lonely ugly holy jelly rally ally supply reply apply assembly""")


def _adverb(word: str) -> bool:
    """"firmly", "jointly": an adverb of manner after a verb ("Turkey stands firmly behind
    Azerbaijan", "Baku and Ankara act jointly"), which a noun's plural does not take."""
    return len(word) > 4 and word.islower() and word.endswith("ly") \
        and word not in _LY_NOT_ADVERBS


# words that are no verb after a plural subject ("officials in the", "Democrats and ...")
_FUNCTION_WORDS = _DESCRIBING_AFTER | _OBJECT_OPENS | _words("""also not only just even still
    now then there here who which whose what when where how why whether if than as so yet
    nor per via amid including like unlike""")


def _base_present(words: list[str], at: int) -> bool:
    """"Democrats sue Russia", "embassy officials regularly visit all regions": a present
    without its "-s" after a plural subject (an adverb between), before its object."""
    word = words[at]
    if not (word.isalpha() and word.islower() and word not in _FUNCTION_WORDS
            and not word.endswith(("s", "ly", "ing", "ed"))):
        return False
    before = at - 1
    if before > 0 and words[before].endswith("ly") and words[before].islower():
        before -= 1
    after = words[at + 1] if at + 1 < len(words) else ""
    if word in _LINKING_BASES and before >= 0 and words[before].lower() in _COORDINATORS:
        return after not in ("of", "and", "or", "")  # "stores are open but remain shut"
    # "Baku and Ankara act together": two names joined by "and" are a plural subject
    named_pair = before >= 2 and words[before][:1].isupper() \
        and words[before - 1] == "and" and words[before - 2][:1].isupper()
    if before < 0 or not words[before].isalpha() or not (named_pair or (
            words[before].endswith("s") and words[before].lower() not in _FUNCTION_WORDS
            and not words[before].endswith(("ss", "us")))):
        return False
    # "Prices stay high", "The two sides remain far apart": a linking verb takes an
    # adjective; "act together", "differ sharply": a verb with its particle or adverb
    if word in _LINKING_BASES:
        return after not in ("of", "and", "or", "")
    return after in _OBJECT_OPENS or after in _BASE_PARTICLES or _adverb(after) \
        or (after[:1].isupper() and after not in _PRONOUN_SUBJECTS)


# particles that follow a verb only ("materials spread over 55,000 pages" is a participle)
_BASE_PARTICLES = _words("together along apart away alone forward")
_LINKING_BASES = _words("remain stay seem appear become look prove")


# before which "May" is the month, not the modal ("in May", "since May 3")
_BEFORE_MONTH = _words("""in of on since until till by from early late mid last next this
    before after through during""")


def _month(words: list[str], at: int) -> bool:
    """"rents fell in May": the month, which lower-cased reads as the modal "may"."""
    return words[at] == "May" and (at + 1 == len(words) or words[at + 1][:1].isdigit()
                                   or (at > 0 and words[at - 1].lower() in _BEFORE_MONTH))


def predicates(piece: str) -> bool:
    """Whether ``piece`` has a predication of its own (see the module's doc)."""
    words = _WORD.findall(piece)
    if not words:
        return False
    if words[0].lower() in _SUBORDINATE_PREFIXES or _CONTRACTED.search(piece) \
            or _IT_SUBJECT.search(piece):
        return True
    for at, word in enumerate(words):
        low = word.lower()
        if (low in _AUXILIARIES and not _month(words, at)) or _past(words, at) \
                or _present(words, at) or _base_present(words, at):
            return True
        if word in _PRONOUN_SUBJECTS and at + 1 < len(words) and words[at + 1].islower():
            return True  # "they keenly observe this neglect"
        # "to cease military actions": an infinitive carries its verb (not "to the conflict")
        if low == "to" and at + 1 < len(words) and words[at + 1].islower() \
                and words[at + 1] not in _OBJECT_OPENS and not words[at + 1].endswith("ing"):
            return True
    return False


# a piece that ends before what it says: its verb without a complement ("The operation, the
# offensive in Nagorno-Karabakh, is"), a determiner or a preposition without its noun
# ("Reeker will strive for a", "called on her counterpart to"), a conjunction
_OPEN_END = _AUXILIARIES | _DETERMINERS | _words("""of to in on at for with by from into about
    against and or but that as than""")


# "as they are", "what we'll do", "who she is", "than it was": after a pronoun that follows a
# "wh-" word or a comparison, a closing verb ends its clause (the open verb of "X, the
# offensive, is" or "it has" before a quote takes a complement the next piece holds)
_CLOSING_OPENERS = _words("as than what who whom where when how like whatever wherever")
_PRONOUNS = _words("i we they he she it you")


def open_ended(piece: str) -> bool:
    """Whether ``piece`` stops short of its complement, which the next piece holds."""
    words = _WORD.findall(piece)
    if not words or words[-1].lower() not in _OPEN_END or _month(words, len(words) - 1):
        return False
    if words[-1].lower() in _AUXILIARIES:
        at = len(words) - 2  # back over "will", "can't", "not" to the subject
        while at > 0 and (words[at].lower() in _AUXILIARIES or words[at].lower() == "not"
                          or words[at].lower().endswith(("n't", "n’t"))):
            at -= 1
        subject = re.sub(r"[’'](?:re|ve|ll|d|m|s)$", "", words[at].lower()) if at > 0 else ""
        if subject in _PRONOUNS and words[at - 1].lower() in _CLOSING_OPENERS:
            return False
    return True
