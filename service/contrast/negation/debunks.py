"""A story called untrue as a whole: "Banksy arrest hoax", "Fake News Report Claims ...",
"Snyder Kills Stolen Batmobile Rumor", "the photo was doctored"; not "the fake news media"
(a name for the press), "was not a hoax", or what a person the sentence is about said ("The
host, who claimed the massacre was a hoax, was sued")."""

from __future__ import annotations

from service.contrast.negation.defied import defying, read_defied
from service.contrast.negation.falsity import LIKELIHOOD, _negated_word
from service.contrast.negation.lexicon import (
    CLAUSE_MARKS,
    CLAUSE_WORDS,
    COPULA,
    DEBUNK,
    MUST_OVERLAP,
    PREPOSITIONS,
    REPORTING_VERBS,
    RESTRICTIVE,
    STATEMENT,
)
from service.contrast.negation.reading import Reading, clause_end, is_content, name_like
from service.contrast.text import Token, stem


def _in_relative_report(toks: list[Token], i: int) -> bool:
    """"The host, who claimed the massacre was a hoax, was sued": the word is what the
    person the sentence is about said, not the writer's verdict on anything."""
    for j in range(i - 1, max(-1, i - 15), -1):
        if toks[j].lower in CLAUSE_MARKS:
            return False
        if toks[j].lower in REPORTING_VERBS:
            before = [t.lower for t in toks[max(0, j - 3):j]]
            return any(w in RESTRICTIVE or w == "that" for w in before)
    return False


def read_debunk(r: Reading, shadowed: list[bool]) -> None:
    """"Banksy arrest hoax", "Debunk: no, Apple didn't ...", "Fake News Report Claims ...",
    "Snyder Kills Stolen Batmobile Rumor": the whole sentence is called untrue.  Its content
    words, less the debunking ones, are what it denies."""
    toks = r.toks
    found = [i for i in range(len(toks)) if _debunks(toks, i)
             and not _in_relative_report(toks, i)
             and not _negated_word([t.lower for t in toks[max(0, i - 3):i]])]
    # "Internet duped by fake report": the verdict quoted is the story's own word ("fake"),
    # the taken-in press only where no other is said
    at = next((i for i in found if toks[i].lower not in _FOOLED), found[0] if found else None)
    if at is None or r.denial is not None:
        return
    # "false alarms of Castro's death": the verdict is two words, and the "of" follows both
    head = at + 1 if toks[at].lower == "false" else at
    r.denial = (toks[at].start, toks[head].end)
    # "shoots down Castro death rumours": the verb that waves it off, with what it waves off
    waver = waved_off(toks, at, ending=toks[at].lower in _RUMOUR) \
        if toks[at].lower in _RUMOUR | _REPORTS else None
    if waver is not None:
        r.denial = (toks[waver].start, toks[head].end)
    def told(words: list[Token]) -> set[str]:
        return {stem(t.text) for t in words
                if is_content(t) and t.lower not in DEBUNK and t.lower not in STATEMENT
                and t.lower not in _ALARMS and t.lower not in _FOOLED
                and t.lower not in _AUDIENCE and t.lower not in _STAGE
                and t.lower not in _FAKE and t.lower not in MEDIA
                and t.lower not in _DISMISS and t.lower not in LIKELIHOOD
                and t.lower not in _WAVED and t.lower not in _ENDED
                and not name_like(t, r)}
    # "makes it to film night despite death rumours": the rumour, not the sentence
    despite = defying(toks, at) if toks[at].lower in _RUMOUR else None
    if despite is not None and not any(t.lower in _DISMISS for t in toks[max(0, at - 4):at + 4]):
        if not read_defied(r, despite, at, told):
            r.denial = None
            return
        r.denied_content.add(MUST_OVERLAP)
        for j in range(len(toks)):
            shadowed[j] = True
        return
    # "wants him fired over a fake expenses story": what is called untrue is the story the
    # phrase tells, not the sentence around it ("falls for fake Kim Jong-un story" tells
    # nothing but whom it is about: the sentence then says what the story was)
    phrase = told(toks[head + 1:clause_end(toks, head + 1)]) if _after_preposition(toks, at) \
        else set()
    # "exposes the myth of human progress", "based on the myth that they have an advantage":
    # what is called untrue is what the "of" or "that" after the word says
    of = next((j for j in range(head + 1, min(len(toks), head + 3))
               if toks[j].is_word), None)
    if not phrase and of is not None and toks[of].lower in ("of", "that"):
        phrase = told(toks[of + 1:clause_end(toks, of + 1)])
    if not phrase:
        # "claiming that the outbreak is their new hoax": what is called a hoax is the
        # subject of "is", not the sentence around it ("accused Democrats of politicizing
        # the coronavirus" tells who calls it so)
        phrase = told(_copula_subject(toks, at))
    r.denied_content |= phrase or told(toks)
    r.denies_named_story = bool(phrase) and _after_preposition(toks, at)
    r.denied_content.add(MUST_OVERLAP)
    for j in range(len(toks)):
        shadowed[j] = True


# "the outbreak is their new hoax", "the video was all a hoax": a verdict told of a subject
_IS = frozenset({"is", "was", "are", "were", "be", "been", "'s", "remains"})
_IS_REACH = 5  # tokens back from the verdict: "is “their new hoax”"
_PARTICLES = frozenset({"around", "out", "up", "off", "down", "away"})


def _copula_subject(toks: list[Token], at: int) -> list[Token]:
    """The subject of the "is" right before the verdict word, back to the start of its
    clause, a "that" or a verb of saying; none where no "is" stands right before it."""
    cop = next((j for j in range(at - 1, max(-1, at - _IS_REACH), -1)
                if toks[j].lower in _IS or toks[j].lower in CLAUSE_MARKS), None)
    if cop is None or toks[cop].lower not in _IS or any(
            t.lower.endswith(("ing", "ed")) or t.lower in PREPOSITIONS or t.lower in _PARTICLES
            for t in toks[cop + 1:at] if t.is_word):
        return []  # "Folks Are Passing Around This Hoax Video": "are" of another verb
    start = next((j + 1 for j in range(cop - 1, -1, -1)
                  if toks[j].lower in CLAUSE_MARKS or toks[j].lower in CLAUSE_WORDS
                  or toks[j].lower == "that" or toks[j].lower in REPORTING_VERBS), 0)
    return toks[start:cop]


_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "his", "her",
                          "its", "their", "our", "my", "your"})


def _after_preposition(toks: list[Token], at: int) -> bool:
    """"over a fake story", "about fabricated claims": the word sits in a phrase of its own."""
    j = at - 1
    while j >= 0 and toks[j].lower in _DETERMINERS:
        j -= 1
    return j >= 0 and toks[j].lower in PREPOSITIONS


# "fake" before what carries a statement: "Fake News Report Claims X", "Fake Lisa Bonet Tweet";
# not "fake passports" (a fact about the passports, not a denial)
_FAKE = frozenset({"fake", "fake-news", "bogus", "phony", "phoney", "hoax", "satirical",
                   "parody", "spoof"})


MEDIA = frozenset({"news", "report", "reports", "story", "stories", "tweet", "tweets",
                    "account", "accounts", "website", "site", "photo", "photos", "picture",
                    "pictures", "image", "images", "video", "videos", "quote", "quotes", "claim",
                    "claims", "article", "letter", "document", "page", "profile", "message",
                    "messages", "post", "posts", "headline", "rumor", "rumors", "rumour",
                    "rumours"})


_ALARMS = frozenset({"alarm", "alarms"})


_RUMOUR = frozenset({"rumor", "rumors", "rumour", "rumours", "speculation"})


# what is done to a rumour that is not true: "kills ... rumor", "rumors put to rest"
_DISMISS = frozenset({"kill", "kills", "killed", "rest", "rebuff", "rebuffs", "rebuffed",
                      "dispel", "dispels", "dispelled", "quash", "quashes", "quashed", "squash",
                      "squashes", "squashed", "scotch", "scotches", "scotched", "nix", "nixes",
                      "nixed", "dismisses", "dismissed", "denies", "denied", "shoots", "shot"})


# "the fake news media", "fake-news outlets": a name for the press, not a story called untrue
_OUTLETS = frozenset({"media", "outlet", "outlets", "network", "networks", "press", "channel",
                      "channels", "organization", "organizations", "organisation",
                      "organisations", "industry", "reporters", "journalists", "anchors",
                      "pundits", "sites", "websites"})


# a picture made to show what did not happen: "the photo was doctored", "staged video"
_DOCTORED = frozenset({"doctored", "photoshopped", "altered", "manipulated", "staged"})


_PICTURES = frozenset({"photo", "photos", "photograph", "photographs", "picture", "pictures",
                       "image", "images", "video", "videos", "footage", "clip"})


# a story that took in its readers: "Media Fooled Again?", "Viral Hoax Fools Internet",
# "Internet duped by fake report", "Duped again: ..."; only where who was taken in is the
# press or the web ("ISIS militants trick mother into ...", "Scammers dupe pensioners" tell
# of a trick that happened)
_FOOLED = frozenset({"fooled", "duped", "tricked", "hoodwinked", "punked", "fools", "dupes",
                     "hoodwinks", "fool", "dupe"})
_AUDIENCE = frozenset({"internet", "web", "media", "press", "journalists", "reporters", "twitter",
                       "facebook", "outlets", "netizens"})
# "Did he stage his viral video": the verb's own object is the picture
_STAGE = frozenset({"stage", "stages", "staging", "staged"})


def _fooled(toks: list[Token], i: int) -> bool:
    """The word at ``i`` tells that the press or the web was taken in by the story."""
    if toks[i].lower not in _FOOLED:
        return False
    near = [t.lower for t in toks[max(0, i - 3):i + 4] if t.is_word]
    if any(w in _AUDIENCE for w in near):
        return True
    # a headline's kicker, "Duped again: ...", "Fooled!": said of the story that follows
    rest = [t.lower for t in toks[i + 1:i + 3]]
    return i == 0 and bool(rest) and (rest[0] in (":", "!") or rest[:2] == ["again", ":"])


def _debunks(toks: list[Token], i: int) -> bool:
    low = toks[i].lower
    following = [t.lower for t in toks[i + 1:i + 5] if t.is_word]
    if low in _DOCTORED:
        near = [t.lower for t in toks[max(0, i - 6):i]] + following[:1]
        if any(w in _PICTURES for w in near):
            return True
    if low in _STAGE:
        # the verb ("stage his video"), not the noun ("fell on stage in a viral video")
        before = toks[i - 1].lower if i > 0 else ""
        return before not in _DETERMINERS and before not in PREPOSITIONS \
            and following[:1] != [] and following[0] in _DETERMINERS \
            and any(w in _PICTURES for w in following[1:3])
    if _fooled(toks, i):
        return True
    if low == "fake-news" or (low in _FAKE and following[:1] == ["news"]):
        rest = following[1:] if low != "fake-news" else following
        after = i + (1 if low == "fake-news" else 2)
        if i > 0 and (after >= len(toks) or toks[after].lower in CLAUSE_MARKS
                      or toks[after].lower in ("and", "or")):
            return False  # "known for spreading fake news, conspiracy theories": a kind of talk
        return not rest or rest[0] not in _OUTLETS
    if low in DEBUNK:
        return True
    if low == "false" and following[:1] and following[0] in _ALARMS:
        # "False alarms of Castro's death", "the bomb scare was a false alarm": a warning or
        # report that proved untrue, of what the "of" (or the sentence) says
        return True
    if low in _FAKE:
        return bool(following) and following[0] not in COPULA \
            and any(w in MEDIA for w in following)
    if low in _RUMOUR:
        window = [t.lower for t in toks[max(0, i - 4):i + 4]]
        return any(w in _DISMISS for w in window) or defying(toks, i) is not None \
            or waved_off(toks, i, ending=True) is not None
    if low in _REPORTS:
        return waved_off(toks, i, ending=False) is not None
    return False


# a rumour or report waved away by a verb with its particle, however long the name between:
# "shoots down Fidel Castro death rumours", "laughs off reports of his death", "brushes
# off speculation"; not "shrugs off" (an injury, a defeat: no falsity)
_WAVED = frozenset({"shoots", "shot", "shoot", "shooting", "laughs", "laughed", "laugh",
                    "laughing", "brushes", "brushed", "brush", "brushing", "knocks", "knocked",
                    "knock", "knocking", "swats", "swatted", "swat", "slaps", "slapped", "slap"})
_PARTICLE = {"shoots": "down", "shot": "down", "shoot": "down", "shooting": "down",
             "knocks": "down", "knocked": "down", "knock": "down", "knocking": "down",
             "slaps": "down", "slapped": "down", "slap": "down", "swats": "away",
             "swatted": "away", "swat": "away"}
# what a rumour (not a report) is put an end to by: "appears in public, ending death
# rumours", "quells speculation"; before the rumour only ("rumours ended his career")
# ("silence" alone is as often the noun: "Cuban silence fuels rumours")
_ENDED = frozenset({"end", "ends", "ended", "ending", "quell", "quells", "quelled",
                    "quelling", "silences", "silenced", "silencing", "squelch",
                    "squelches", "squelched", "dispelling"})
# a verb that feeds the rumour stands between: "silence fuels death rumours", "the end of
# the parade sparked rumours" tell of a rumour that grew
_FED = frozenset({"fuels", "fuel", "fuelled", "fueled", "fuelling", "fueling", "sparks",
                  "spark", "sparked", "sparking", "stokes", "stoked", "stoking", "feeds",
                  "fed", "feeding", "prompts", "prompted", "triggers", "triggered", "raises",
                  "raised", "spreads", "spread", "spreading", "starts", "started", "sets"})
_REPORTS = frozenset({"report", "reports", "claim", "claims", "story", "stories"})
_WAVED_REACH = 7  # tokens back from the rumour word: "shoots down Kim Jong-un death rumours"


def waved_off(toks: list[Token], i: int, ending: bool) -> int | None:
    """The rumour or report word at ``i`` is the object of a verb that waves it away
    ("shoots down ... rumours", "laughs off reports"), or, for a rumour, of one that ends it
    ("ending death rumours"), with no clause between; a preposition between tells the
    verb's object is another ("knock down a door after reports of ...")."""
    for j in range(i - 1, max(-1, i - _WAVED_REACH - 1), -1):
        low = toks[j].lower
        if low in CLAUSE_MARKS or low in CLAUSE_WORDS or low in REPORTING_VERBS \
                or low in PREPOSITIONS or low in _FED:
            return None
        if ending and low in _ENDED:
            return j
        if low in _WAVED and j + 1 < i and toks[j + 1].lower == _PARTICLE.get(low, "off"):
            return j
    return None



def _verdict(r: Reading) -> bool:
    """The sentence's denial is a verdict word on a story ("hoax", "fake", "rumour"), not a
    verb of denying ("never said", "denied")."""
    return r.denial is not None and MUST_OVERLAP in r.denied_content \
        and not r.denies_named_story and any(
            t.start == r.denial[0] and t.lower in DEBUNK | _FAKE | _RUMOUR for t in r.toks)


def debunked_word(r: Reading, start: int, end: int) -> bool:
    """The word at ``start:end`` is what the sentence itself calls untrue ("Star dead:
    actor is victim of another death hoax", "Actor dead? No, it's a hoax"): the story's
    keyword is named to be dismissed, so it is not said as a fact (the denial is shown
    against what the other side asserts instead)."""
    return _verdict(r) and any(t.is_word and start <= t.start < end
                               and stem(t.text) in r.denied_content for t in r.toks)


def agrees_with_debunk(neg: Reading, pos: Reading) -> bool:
    """The other side holds what the debunk leaves standing: "Star dead: another death
    hoax" or "Star NOT dead: death hoax goes viral" (both: alive) / "Star hasn't died",
    "Star is alive".  Where the word is said plainly the verdict turns it round; where it
    is negated ("NOT dead") the negation already has."""
    if any(debunked_word(neg, start, end) and pair in pos.poles
           and pos.poles[pair][0] == -neg.pole_said.get(pair, sign)
           for pair, (sign, start, end) in neg.poles.items()):
        return True
    # "Victim Of Another Online Death Hoax" / "X Hasn't Died": the debunk names the state
    # as a noun (no pole of its own), the other side holds its opposite
    return _verdict(neg) and any(
        {stem(w) for w in (told_no if sign > 0 else told_yes)} & neg.denied_content
        for pair, (sign, _, _) in pos.poles.items()
        for p, told_yes, told_no, _ in _antonyms() if p == pair)


def _antonyms() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...], bool], ...]:
    from service.contrast.negation.antonyms import ANTONYMS  # (antonyms reads this module)

    return ANTONYMS
