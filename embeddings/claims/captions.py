"""Photo captions scraped into an article's text.

A caption describes a picture, not the story: a noun phrase with no finite verb, often with
a participle for what the people in it are doing and a date for when it was taken:
"Families from the caravan waiting for a meal.", "A young boy from Honduras standing near
the border wall.", "Members of the caravan at the border wall in Tijuana on Sunday.",
"Tom Perez, the party's chairman, during a meeting in Atlanta last February."  A sentence of
the story has a finite verb; without a tagger "finite" is read from auxiliaries, "-ed"
forms, common irregular pasts and "-s" forms that follow a name, which errs towards keeping
a sentence: a caption in the present tense ("Migrants walk to the port on Friday.") stays,
unless it carries one of two marks only captions use, whatever their verbs (fifty-second
session): where a person stands in the picture ("Benjamin Netanyahu, left, and Mike Pompeo
in Tel Aviv.", "second from right", "(left)"), or the wire caption's closing date, a weekday
and a full date after a comma with no preposition ("Migrants walk to the port, Friday,
April 27, 2018.": prose says "on Friday" and rarely gives the year of its own day).
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# pasts no "-ed" marks (a headline's credit reads them too: caps_credits)
IRREGULAR_PASTS = _words("""went made took gave came saw got found fled left met ran won lost
    began brought bought built caught chose drew drove fell felt fought flew forgot held hit
    hurt kept knew led let meant paid put quit rose sent set shot shut sang sat slept spoke
    spent stood stole struck swore taught thought threw understood woke wore wrote became sank
    grew""")
_FINITE = _words("""is are was were be been am has have had will would can could may might
    must shall should do does did isn't aren't wasn't weren't hasn't haven't hadn't won't
    wouldn't can't couldn't don't doesn't didn't said says say told tells""") | IRREGULAR_PASTS
_CONTRACTED = re.compile(r"(?:n[’']t|[’'](?:ll|re|ve|d|m)|^(?:it|he|she|that|there|here|what"
                         r"|who|where)[’']s)$", re.IGNORECASE)
# nouns in "-ing", not participles: "On Sunday morning", "a wedding"
_ING_NOUNS = _words("""morning evening building meeting wedding ceiling spring thing king
    ring string nothing something anything everything during funding hearing ruling warning
    briefing bombing shooting killing fighting landing opening offering setting feeling
    training housing clothing painting recording crossing ending beginning being sibling
    outing earning savings dealing wing sling sting swing""")
# words after which an "-ing" form is a gerund or opens an adverbial, not a caption's
# participle: "for waiting", "after meeting", "the meeting", "and building"
_NOT_A_HEAD = _words("""of for by about after before while when without in on at to from
    with into the a an and or but his her their its our my this that these those no not as
    than then also still just ever never is are was were be been being""")
# where a participle's own clause may go on with a verb of its own ("making a walk to the
# place where they'll meet lawyers")
_CLAUSE_OPENERS = _words("where who which that as while after before when because")
# words that follow a plural noun in a caption's subject ("migrants and supporters of",
# "soldiers near"); a "-s" word after a name followed by anything else may be a verb ("Party
# files suit")
_AFTER_PLURAL = _words("""of from and at in on near with who outside inside along during
    behind beside among around under""")
_TIME = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
         r"|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\."
         r"|Sept?\.|Oct\.|Nov\.|Dec\.)")
# a subject ("Members of the caravan", "Tom Perez, the party's chairman,"), where, and when
_SCENE = re.compile(
    r"^(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*(?:,\s+[^,;:]{3,80},|\s+of\s+[^,;:]{3,60}?)"
    r"\s+(?:at|in|on|during|near|outside|inside|along|among|after|before)\s+[^;:]*?"
    rf"(?:(?:on|last|this|in)\s+{_TIME}|,\s+{_TIME})(?:\s+\d{{1,2}})?(?:,\s+\d{{4}})?\s*\.$")


_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
          r"|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# where a named person stands in the picture: "Netanyahu, left, and ...", "Abe, second from
# right,", "Roe (left)"; not a list of positions ("Democrat, left, right, liberal"), nor a
# party's letter ("Jeb Bush (R)", "(C)", "(L)": Republican, Conservative, Liberal)
_PLACED = re.compile(
    r"[A-Z][\w.’'-]*,\s+(?:(?:second|third|far)\s+(?:from\s+)?)?(?:left|right|center|centre)"
    r"\s*(?:,|\s+and\b|\.$)(?!\s*(?:left|right|center|centre)\b)"
    r"|[A-Z][\w.’'-]*\s+\((?:left|right|center|centre)\)")
# a wire caption's closing date: "..., Tijuana, Mexico, Friday, April 27, 2018."
_WIRE_DATE = re.compile(rf",\s+{_WEEKDAY},\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\s*\.$")


def is_caption(sentence: str) -> bool:
    """True for a caption-shaped sentence (a caption's credit and "in this photo" notes
    are furniture.py's)."""
    text = sentence.strip()
    if not text.endswith(".") or any(c in text for c in "\"“”;:?!") or not text[:1].isupper():
        return False
    if _PLACED.search(text) or _WIRE_DATE.search(text):
        return True
    marked = [(m.group(), text[:m.start()].rstrip().endswith(","))
              for m in _WORD.finditer(text)]
    words = [w for w, _ in marked]
    if not 4 <= len(words) <= 30:
        return False
    participle = _participle(marked)
    scope = words[:participle] + _up_to_clause(words[participle:]) if participle else words
    if any(_finite(w, words, i) for i, w in enumerate(scope)):
        return False
    return participle is not None or _SCENE.match(text) is not None


# what opens no caption's subject: pronouns, conjunctions, adverbs, prepositions, orders
# ("I want to cut spending.", "And that means keeping ...", "Look at the man running ...")
_NOT_A_SUBJECT = _words("""i we you they he she it me us them this that these those and
    but so or nor now well then however despite outside with without look let's let get plus
    if when while as because after before though although there here what who how why also
    just yes no not to for of in on at by from thanks please people everybody everyone
    nobody somebody someone anyone anybody one""")
_DETERMINERS = _words("""a an the two three four five six seven eight nine ten several
    some many dozens hundreds thousands""")
_PRONOUNS = _words("i we you they he she it me us them my our your their his her its")


def _participle(words: list[tuple[str, bool]]) -> int | None:
    """Where a participle after the opening noun phrase stands ("Families from the caravan
    waiting"), else None."""
    first = words[0][0].lower().replace("’", "'")
    if first in _NOT_A_SUBJECT or first.endswith("'s"):
        return None
    second = words[1][0] if len(words) > 1 else ""
    if first not in _DETERMINERS and second.islower() and second not in _AFTER_PLURAL \
            and not second.endswith("ing"):
        return None  # "Germans account for ... visitors coming": a verb may follow a name
    for i, (word, comma) in enumerate(words[1:16], 1):
        if word.lower() in _PRONOUNS:
            return None
        if word.islower() and word.endswith("ing") and len(word) > 4 and word not in _ING_NOUNS:
            # (after a comma it opens an adverbial: "Democrats sue X, alleging conspiracy")
            before = words[i - 1][0]
            # ("the summer's simmering anger": an adjective after a possessive)
            return i if before.lower() not in _NOT_A_HEAD and not comma \
                and not _CONTRACTED.search(before) and not before.endswith(("'s", "’s")) \
                else None
    return None


def _up_to_clause(words: list[str]) -> list[str]:
    for i, word in enumerate(words):
        if word.lower() in _CLAUSE_OPENERS:
            return words[:i]
    return words


def _finite(word: str, words: list[str], at: int) -> bool:
    lower = word.lower()
    if lower in _FINITE or _CONTRACTED.search(word):
        return True
    if word.islower() and len(word) >= 4 and word.endswith("ed") and not word.endswith("eed"):
        return True
    if not (word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is"))):
        return False
    following = words[at + 1:at + 3]
    if len(following) == 2 and following[0] == "to" and following[1].islower() \
            and following[1] not in _NOT_A_HEAD:
        return True  # "A lawsuit percolating through the courts attempts to weigh ..."
    # "Party files suit", "A lawsuit winding through the courts seeks damages": an "-s" word
    # after a name or a noun, and before no word a plural noun's phrase goes on with
    before = words[at - 1] if at > 0 else ""
    after = following[0].lower() if following else ""
    return bool(before) and before.lower() not in _NOT_A_HEAD and not before.endswith("ing") \
        and bool(after) and after not in _AFTER_PLURAL and not after.endswith("ing")
