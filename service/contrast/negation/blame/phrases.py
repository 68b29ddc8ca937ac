"""Who or what a predicate is said of, read from the tokens around it: the subject
before it in its clause (a clause after a verb of saying is its own), its direct
object, the thing an act is done to and its actor (a name, a role, a body), the body
that decided ("The bill was defeated in the Senate"), the words a state is said of."""

from __future__ import annotations

from service.contrast.negation.blame.parties import party
from service.contrast.negation.lexicon import (
    ACTED_ON,
    AUXILIARIES,
    CHAMBERS,
    CLAUSE_MARKS,
    COPULA,
    NEW_THING,
    OBJECT_HOLDS,
    OBJECT_STATE,
    PARTIAL,
    PREPOSITIONS,
    REPORTING_VERBS,
    ROLES,
    SAME_THING,
    WHEN_WORDS,
)
from service.contrast.negation.reading import (
    adverb_like,
    clause_end,
    direct_object,
    possessive,
)
from service.contrast.text import STOPWORDS, Token, fold, stem

SAYING = REPORTING_VERBS | frozenset({"that", "told", "tells", "added", "adds", "stated",
                                       "states", "warned", "warns", "announced",
                                       # "the report showed the economy was strong": of
                                       # the economy, as a verb of saying opens it
                                       "showed", "shows", "show", "suggested", "indicated",
                                       "indicates"})


def _subject_before(toks: list[Token], at: int) -> str:
    """Who a pole is said of: the nearest name before it in its clause ("Senator Alvarez
    voted for"), else the clause's first noun ("the government won", "The protest in the
    capital turned violent": not "turned", the word just before).  A clause after a verb
    of saying is a clause of its own ("the leader said the election was rigged": the
    election), unless it opens with a pronoun ("the carmaker insists it was unaware")."""
    start = at
    while start > 0 and toks[start - 1].lower not in CLAUSE_MARKS \
            and toks[start - 1].lower not in SAYING:
        start -= 1
    said = _subject_in(toks, start, at)
    if said or start == 0 or toks[start - 1].lower not in SAYING:
        return said
    return _subject_before(toks, start - 1)


# words that set one thing apart from another of its kind: "the second plane" is no "plane"
_SETS_APART = frozenset({"second", "third", "fourth", "first", "last", "other", "another", "next",
                         "previous", "earlier", "later", "rival", "separate", "different", "new",
                         "old", "former", "same"})


def subject_head(toks: list[Token], at: int) -> str:
    """The last word of the first run of two or more lower-case content words in the clause
    before token ``at`` (back to its start or its verb of saying): "outbreak" in "the
    cholera outbreak was spreading", where ``_subject_before`` keeps "cholera"; "" where the
    run is one word or holds a possessive ("the minister's deputy")."""
    start = at
    while start > 0 and toks[start - 1].lower not in CLAUSE_MARKS \
            and toks[start - 1].lower not in SAYING:
        start -= 1
    run: list[Token] = []
    for j in range(start, at):
        t = toks[j]
        if t.is_word and t.text[:1].islower() and t.lower not in STOPWORDS \
                and not t.lower.endswith("ed") and not adverb_like(t.lower):
            if possessive(toks, j) or t.lower in _SETS_APART:
                return ""
            run.append(t)
        elif run:
            break
    return stem(run[-1].lower) if len(run) >= 2 else ""


def _attributed(toks: list[Token], first: int, last: int) -> str:
    """The noun a judging adjective stands before, joined to another or not: "response" in
    "accused the government of a slow and chaotic response" (what is judged, not who
    speaks); "" where no article or adjective opens its phrase ("was chaotic")."""
    if first == 0 or (toks[first - 1].lower not in _ATTRIBUTIVE_OPENERS and not (
            toks[first - 1].lower in ("and", "but") and first > 1)):
        return ""
    j = last + 1
    if j + 1 < len(toks) and toks[j].lower in ("and", "but") and toks[j + 1].is_word:
        j += 2  # "chaotic and slow response"
    if j < len(toks) and toks[j].is_word and toks[j].text[:1].islower() \
            and toks[j].lower not in STOPWORDS and toks[j].lower not in _WHEN:
        return stem(toks[j].lower)
    return ""
_ATTRIBUTIVE_OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this"})


_QUALIFIERS = frozenset({"of", "in", "at", "on"})


def _qualifier(toks: list[Token], at: int) -> frozenset[str]:
    """What the subject before ``at`` is narrowed to by a phrase after its noun: "The
    evacuation of the north" (north), "The protest in the capital" (capit); none where it
    has no such phrase ("The evacuation was orderly" may be of any part)."""
    start = at
    while start > 0 and toks[start - 1].lower not in CLAUSE_MARKS \
            and toks[start - 1].lower not in SAYING:
        start -= 1
    for j in range(start + 1, at):
        if toks[j].lower in _QUALIFIERS and any(
                t.is_word and t.lower not in STOPWORDS for t in toks[start:j]):
            return frozenset(stem(t.lower) for t in toks[j + 1:at]
                             if t.is_word and t.lower not in STOPWORDS)
    return frozenset()


def _of_a_part(toks: list[Token], at: int) -> str:
    """"Most Republicans opposed", "some of the senators backed": the word for the part.
    Not a degree of the state itself ("was largely peaceful": ``_of_a_degree``)."""
    for j in range(at - 1, -1, -1):
        if toks[j].lower in CLAUSE_MARKS or toks[j].lower in SAYING:
            return ""
        if toks[j].lower in PARTIAL and not _of_a_degree(toks, j, at):
            return toks[j].lower
    return ""


# adverbs that say a state held over most of what it is of ("largely", "mostly"), not of a
# part of a group; "partly" and "in part" say the other held too, and stay parts
_DEGREES = frozenset({"largely", "mostly", "broadly", "mainly", "generally", "overwhelmingly",
                      "predominantly", "chiefly"})
# what stands before such an adverb where it qualifies a state or the noun it describes:
# "was largely peaceful", "remained mostly calm", "a largely peaceful protest"
_DEGREE_OPENERS = COPULA | frozenset({"remained", "stayed", "remain", "stay", "remains",
                                      "stays", "seemed", "appeared", "a", "an", "the"})


def _of_a_degree(toks: list[Token], j: int, at: int) -> bool:
    """The adverb at ``j`` says how far the state at ``at`` held: "The protest was largely
    peaceful" says the protest was peaceful, with little else, and so disputes "The protest
    turned violent" (and "largely violent") as "peaceful" does: the two accounts tell the
    event opposite ways, which is what a reader looks for (the rule chosen: a degree is no
    part; "Most protesters were peaceful" and "partly violent" leave room for the rest).
    Only right before the state, after a copula or an article: "Republicans largely opposed"
    is most of them, a part."""
    return toks[j].lower in _DEGREES and j == at - 1 and j > 0 \
        and toks[j - 1].lower in _DEGREE_OPENERS


def _subject_in(toks: list[Token], start: int, at: int) -> str:
    for j in range(at - 1, start - 1, -1):
        if toks[j].text[:1].isupper() and toks[j].lower not in STOPWORDS:
            return party(toks[j].text)
    for j in range(start, at):
        if toks[j].is_word and toks[j].lower not in STOPWORDS and not adverb_like(toks[j].lower) \
                and not possessive(toks, j):  # "the gunman's brother": the brother
            return stem(toks[j].lower)
    return ""


# after a verb, words that open a phrase of time, place or manner, not its object
_NOT_OBJECT = PREPOSITIONS | frozenset({"as", "since", "during", "amid", "despite", "until",
                                         "into", "than", "under", "through", "against",
                                         "and", "but", "or", "while", "when", "because"})
# words that, right after a state, tell when or how often it held, not what it is of:
# "turned violent overnight", "collapsed late on Sunday", "stayed peaceful throughout"
_WHEN_AFTER = WHEN_WORDS | frozenset({"overnight", "late", "early", "earlier", "later",
                                       "throughout", "tonight", "soon", "afterwards",
                                       "afterward", "once", "twice"})


def _direct_object(toks: list[Token], at: int) -> str:
    """What the phrase ending at ``at`` is done to: "won the final" (final), "lost its
    captain" (captain); none for "lost in the final", "resigned on Monday", "rose 3%"."""
    j = _object_at(toks, at)
    return _key(toks[j]) if j is not None else ""


def _object_at(toks: list[Token], at: int) -> int | None:
    if at + 1 >= len(toks) or not toks[at + 1].is_word or toks[at + 1].lower in _NOT_OBJECT \
            or toks[at + 1].lower.endswith("ly") or toks[at + 1].lower in _WHEN_AFTER:
        return None
    for j in range(at + 1, min(len(toks), at + 5)):
        if not toks[j].is_word or toks[j].lower in _NOT_OBJECT:
            return None
        if toks[j].lower not in STOPWORDS and not possessive(toks, j):
            return j
    return None


def _key(tok: Token) -> str:
    return party(tok.text) if tok.text[:1].isupper() else stem(tok.lower)


def _passive(toks: list[Token], first: int, last: int) -> bool:
    """"was supported", "supported by Ankara": the verb phrase from ``first`` to ``last`` in
    the passive voice."""
    return (first > 0 and toks[first - 1].lower in AUXILIARIES) \
        or (last + 1 < len(toks) and toks[last + 1].lower == "by")


def _decided(toks: list[Token], first: int, last: int) -> tuple[str, str]:
    """Of what a body's decision is said, and which body: "The Senate passed the bill" (bill,
    Senate), "The bill passed the Senate" and "The bill was defeated in the Senate" (the
    same), "The motion failed" (motion, none)."""
    before = _subject_before(toks, first)
    j = None if _passive(toks, first, last) else _object_at(toks, last)
    if j is None:  # passive or intransitive: the subject's fate, by the body named after
        return before, _body_after(toks, last)
    if toks[j].lower in CHAMBERS:
        return before, _key(toks[j])
    return _key(toks[j]), before


_OF_FOR = frozenset({"of", "for", "to"})  # what a thing is of or for, read with it
_ROLE_KEYS = frozenset(stem(w) for w in ROLES)
# words that say the thing is another than the story's: "vetoed a separate bill"
_ANOTHER = frozenset({"separate", "another", "other", "second", "different", "rival",
                      "earlier", "previous"})


def _acted_on(toks: list[Token], first: int, last: int,
              pair: str) -> tuple[frozenset[str], str, str] | None:
    """What an act of ``ACTED_ON`` is done to and by whom, where it is one of the things the
    act is read of: "Governor Maria Ellison vetoed the rent bill" (rent and bill, the bill,
    Ellison), "The curfew was lifted by the mayor" (the curfew, no one named: a role is
    whoever holds it).  None where the thing is another ("signed a letter", "vetoed a
    separate bill") or not read."""
    if _passive(toks, first, last):
        start = first
        while start > 0 and toks[start - 1].lower not in CLAUSE_MARKS \
                and toks[start - 1].lower not in SAYING:
            start -= 1
        phrase = [t for t in toks[start:first] if t.lower not in AUXILIARIES]
        agent = _actor(toks[last + 1:clause_end(toks, last + 1)], after_by=True)
    else:
        phrase = []
        for t in toks[last + 1:clause_end(toks, last + 1)]:
            # (on through what it is of, for or on: "a motion for a mistrial" is no "motion
            # to dismiss", "sanctions on Iran" none "against North Korea")
            if not t.is_word or (t.lower in _NOT_OBJECT and t.lower not in _OF_FOR
                                 and t.lower not in ("on", "against")) \
                    or t.lower in _WHEN or t.lower in ("that", "whether"):
                break
            phrase.append(t)
        agent = _actor(toks[:first], after_by=False)
    if any(t.lower in _ANOTHER for t in phrase):
        return None
    if toks[last].lower in NEW_THING and not (phrase and phrase[0].lower in ("a", "an")):
        return None  # "declared the ban unconstitutional" declares no ban
    # the thing is the first of the act's things before what it is for ("an extension for
    # the appeal" is no appeal; "the council's ordinance banning protests": the ordinance;
    # "a state of emergency": the emergency)
    before_for = next((phrase[:k] for k, t in enumerate(phrase) if t.lower in ("for", "to")),
                      phrase)
    # (whole stems: five letters would take "appears" for an "appeal")
    things = {stem(w) for w in ACTED_ON[pair]}
    head = next((t for t in before_for if stem(t.text) in things), None)
    if head is None:
        return None
    words = frozenset(thing_key(t.text) for t in phrase
                      if t.is_word and t.lower not in STOPWORDS and t.lower not in _WHEN)
    return words, thing_key(head.text), agent


def _actor(toks: list[Token], after_by: bool) -> str:
    """Who did an act: the words before it in its clause, or after its passive's "by", as
    ``one_actor`` compares them: a name where one is given ("Governor Maria Ellison":
    #eliso), a role alone ("the governor": @governor, whoever holds it), else a body ("the
    Supreme Court", "the council": court, council); "" where none is read."""
    if after_by:
        by = next((k for k, t in enumerate(toks) if t.lower == "by"), None)
        if by is None:
            return ""
        toks = _agent(toks[by + 1:by + 6])
    else:
        start = len(toks)
        while start > 0 and toks[start - 1].lower not in CLAUSE_MARKS \
                and toks[start - 1].lower not in SAYING:
            start -= 1
        toks = toks[start:]
    words = [t for t in toks if t.is_word and t.lower not in STOPWORDS and t.lower not in _WHEN]
    if words and stem(words[-1].lower) in _ROLE_KEYS:
        # "Mississippi's Republican governor": the role, whatever names it
        return ROLE + stem(words[-1].lower)
    names = [t for t in words if t.text[:1].isupper() and stem(t.lower) not in _ROLE_KEYS]
    if names and names[-1].lower not in CHAMBERS | _BODY_WORDS:
        return NAMED + party(names[-1].text)
    # a body by its words ("a divided federal appeals court": the appeals court, which a
    # judge's "court" is not)
    return " ".join(stem(t.lower) for t in words)


NAMED, ROLE = "#", "@"  # an actor's key marks: a name, a role
# bodies that act under a common noun, capitalised or not ("the Supreme Court", "the City")
_BODY_WORDS = frozenset({"court", "jury", "tribunal", "city", "state", "government",
                         "administration", "police", "ministry", "department", "agency",
                         "officials", "authorities"})


def _body_after(toks: list[Token], at: int) -> str:
    """"... was defeated in the Senate", "... rejected by lawmakers": the Senate, lawmakers."""
    for j in range(at + 1, len(toks) - 1):
        if toks[j].lower in CLAUSE_MARKS:
            break
        if toks[j].lower in ("by", "in"):
            for k in range(j + 1, min(len(toks), j + 4)):
                if toks[k].is_word and toks[k].lower not in STOPWORDS:
                    return _key(toks[k])
            break
    return ""


def _thing_words(toks: list[Token], first: int, last: int,
                 pair: str) -> tuple[frozenset[str], str]:
    """What a state is said of, as the keys of its words: the object of an active verb for
    a state of what is acted on ("Azerbaijan closed the Lachin corridor": lachi, corri),
    who decided for "accept" ("was blocked by regulators": regul), else the noun phrase
    before the phrase ("Oil prices rose 3%": oil, price; not the 3).  With the words, the
    phrase's last word where it is a name ("ISIS leader Abu Bakr al-Baghdadi was killed":
    al-ba), which names one thing however the words before it differ."""
    passive = _passive(toks, first, last)
    if pair == "accept" and passive:
        body = _body_after(toks, last)
        return (frozenset({thing_key(body)}) if body else frozenset()), ""
    # "survived the attack" is the survivor's state, where "killed the gunman" is the gunman's
    subjects_own = toks[first].lower in ("survived", "survives")
    j = None if passive or pair not in OBJECT_STATE or subjects_own else _object_at(toks, last)
    if j is not None and toks[j].text[:1].isalpha() \
            and not any(t.lower in _WHEN for t in toks[last + 1:j + 1]):  # "close next month"
        return frozenset(thing_key(w) for w in direct_object(toks, last)), ""
    start = first
    while start > 0 and toks[start - 1].lower not in CLAUSE_MARKS \
            and toks[start - 1].lower not in SAYING:
        start -= 1
    # the noun phrase ends at its verb: "The hospital was damaged but remains open" and
    # "The hospital was forced to close" are of the hospital
    end = next((k for k in range(start + 1, first) if toks[k].lower in COPULA
                or toks[k].lower in AUXILIARIES or toks[k].lower in ("has", "have", "had")),
               first)
    words = [t for t in toks[start:end]
             if t.is_word and t.text[:1].isalpha() and t.lower not in STOPWORDS
             and t.lower not in _WHEN and not adverb_like(t.lower)]
    head = words[-1] if words else None
    name = thing_key(head.text) if head is not None and head.start > toks[0].start \
        and head.text != head.lower else ""  # not a sentence's first word
    return frozenset(thing_key(t.text) for t in words), name


def thing_key(word: str) -> str:
    """A word as things are compared: five letters of its stem ("Taxes", "tax": tax), one
    key for words for one thing ("shares", "stock")."""
    key = stem(fold(word))[:5]
    return SAME_THING.get(key, key)


_WHEN = WHEN_WORDS | frozenset({"next", "last", "this", "overnight", "again", "later"})


def _acts_on_object(toks: list[Token], first: int, last: int) -> bool:
    """"Police arrested the gunman": an active verb whose state is its object's."""
    return first == last and toks[first].lower in OBJECT_HOLDS \
        and not (first > 0 and toks[first - 1].lower in AUXILIARIES) \
        and (toks[first].lower in _CATCH or _object_at(toks, last) is not None)


# (of OBJECT_HOLDS, the verbs read of what follows them even without an object: "Wimbledon
# was scrapped in 2020" names no thing scrapped after the verb)
_CATCH = frozenset({"arrested", "detained", "apprehended"})


def _object_after(toks: list[Token], at: int) -> str:
    """Of whom the verb at ``at`` is said: the first name or noun after it in its clause,
    not a possessor ("arrested the gunman's brother": the brother)."""
    for j in range(at + 1, len(toks)):
        if toks[j].lower in CLAUSE_MARKS:
            break
        if toks[j].is_word and toks[j].lower not in STOPWORDS and not possessive(toks, j):
            return party(toks[j].text) if toks[j].text[:1].isupper() else stem(toks[j].lower)
    return ""


def _agent(toks: list[Token]) -> list[Token]:
    """The noun phrase after "by", up to a preposition: "by train in NYC" -> "train"."""
    for k, t in enumerate(toks):
        if t.lower in CLAUSE_MARKS or (k and t.lower in _NOT_OBJECT):
            return toks[:k]
    return toks
