"""Opposite predicates ("ended" / "unresolved") and counter-accusations ("A accused B of
shelling" against "B's side says A shelled")."""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache

from embeddings.claims.entities import PLACES
from service.contrast.names import TOPONYMS
from service.contrast.negation.lexicon import (
    ACCUSE,
    ACTED_ON,
    ACTIVE_ONLY,
    ACTORS,
    ACTS,
    ANTONYMS,
    AUXILIARIES,
    CHAMBERS,
    CLAUSE_MARKS,
    COPULA,
    CUES,
    CULPRIT_WORDS,
    DECIDES,
    HOSTILITIES,
    IDIOMS,
    NEW_THING,
    OBJECT_HOLDS,
    OBJECT_STATE,
    ONE_KIND,
    OWN_SUBJECT,
    PARTIAL,
    PLEA,
    PREPOSITIONS,
    REPORTING_VERBS,
    ROLES,
    SAME_THING,
    VOTE_PAIR,
    WHEN_WORDS,
    WHOLE_ACTS,
)
from service.contrast.negation.reading import Reading, clause_end, direct_object, possessive
from service.contrast.text import STOPWORDS, Token, fold, stem


def read_poles(r: Reading, parity: list[int]) -> None:
    lowered = fold(r.said.claim.text)
    starts = [t.start for t in r.toks]
    both: set[str] = set()  # pairs the claim says both ways: of two things, or two times
    for pair, yes, no, converse in ANTONYMS:
        for sign, phrases in ((1, yes), (-1, no)):
            for phrase in phrases:
                for m in _pole_pattern(phrase).finditer(lowered):
                    # parity at the phrase's last word: "is not over" is negated at "over"
                    at = max((k for k, st in enumerate(starts) if st < m.end()), default=0)
                    # (at its first where an "and" in it ends a negation's clause: "was not
                    # free and fair" is negated as a whole)
                    negated_at = at if " and " not in phrase else next(
                        k for k, st in enumerate(starts) if st >= m.start())
                    if phrase in ACTIVE_ONLY and _passive(r.toks, at, at):
                        continue
                    if pair in _WHOLE_STATES and _in_part(r.toks, at):
                        continue  # "10% contained", "contained 30% of the fire": not all of it
                    # a phrase's own cue ("no effect", "did nothing to") is its meaning,
                    # not a negation of it
                    # (before its last word: a cue sets the parity of what follows it, so
                    # "ended without" ends on its own cue, which its parity does not count)
                    own = sum(w in CUES for w in phrase.split()[:-1])
                    effective = sign * (-1 if (parity[negated_at] - own) % 2 else 1)
                    if _none_after(r.toks, at):
                        effective = -effective  # "knew of no breach": did not know of one
                    if sign == -1 and effective == 1 and pair in _MANY_WAYS:
                        continue  # "did not rise" is not "unchanged": it may have fallen
                    if pair == "guilty" and _pleaded(r.toks, at):
                        continue  # "pleaded not guilty": a plea (the "plea" pair)
                    acted = None
                    if pair in ACTED_ON:  # "signed the bill", not "signed a letter"
                        acted = _acted_on(r.toks, next(
                            k for k, st in enumerate(starts) if st >= m.start()), at, pair)
                        if acted is None:
                            continue
                    if pair in r.poles and r.poles[pair][0] != effective:
                        both.add(pair)
                    start = m.start()
                    first = next(k for k, st in enumerate(starts) if st >= start)
                    if parity[negated_at] % 2 and first > 0 and r.toks[first - 1].lower in CUES:
                        start = r.toks[first - 1].start  # "no knowledge of", as it is negated
                    elif parity[negated_at] % 2 and first > 1 \
                            and r.toks[first - 1].lower == "from" \
                            and r.toks[first - 2].lower == "far":
                        start = r.toks[first - 2].start  # "far from contained"
                    if pair not in r.poles and m.groupdict().get("base"):
                        r.denied_poles.add(pair)
                    r.poles.setdefault(pair, (effective, start, m.end()))
                    r.pole_said.setdefault(pair, sign)
                    if pair == "profit" and first > 0 \
                            and r.toks[first - 1].lower in _RESULT_MEASURES:
                        # "an operating profit" / "a net loss": two measures of one result
                        r.pole_things.setdefault(pair, (frozenset({r.toks[first - 1].lower}), ""))
                    subject = ""
                    if acted is not None:  # of the thing, by the actor
                        words, subject, agent = acted
                        r.pole_things.setdefault(pair, (words, ""))
                        if agent:
                            r.pole_agents.setdefault(pair, agent)
                    elif converse and phrase in DECIDES:  # of the bill, by the body
                        subject, agent = _decided(r.toks, first, at)
                        if agent:  # five letters, as ``party`` keeps: "Parliament"
                            r.pole_agents.setdefault(pair, agent[:5])  # = "parliament"
                    elif converse or pair == VOTE_PAIR:  # who: the words before it (or its object)
                        subject = _object_after(r.toks, at) \
                            if _acts_on_object(r.toks, first, at) \
                            else (pair in _JUDGED and _attributed(r.toks, first, at)) \
                            or _subject_before(r.toks, first)
                    if subject:
                        r.subjects.setdefault(pair, _ONE_SUBJECT.get(subject, subject))
                        if pair not in r.subject_places and acted is None \
                                and not (converse and phrase in DECIDES):
                            r.subject_places[pair] = _qualifier(r.toks, first)
                    if pair in OWN_SUBJECT and pair not in r.pole_things:
                        r.pole_things[pair] = _thing_words(r.toks, first, at, pair)
                    if converse:
                        part = _of_a_part(r.toks, first)
                        if part:
                            r.pole_parts.setdefault(pair, part)
                        # (an act's thing is its subject: "vetoed the rent bill" and
                        # "signed the bill" are of one bill, as ``pole_things`` compares)
                        thing = _direct_object(r.toks, at) if acted is None else ""
                        if thing and pair not in r.pole_objects:
                            r.pole_objects[pair] = thing
    for pair in both:
        # "the health minister resigned; the prime minister remains in office", "ended the
        # day higher after an early drop": a claim that says both says each of something
        # else (or of another time), and opposes neither
        del r.poles[pair]


_NONE = frozenset({"no", "nothing", "none"})


def _pleaded(toks: list[Token], at: int) -> bool:
    """"pleaded guilty", "pleaded not guilty", "a plea of not guilty": the word at ``at``
    is a plea's."""
    before = [t.lower for t in toks[max(0, at - 3):at] if t.lower not in CUES]
    return bool(before) and (before[-1] in PLEA or before[-2:-1] == ["plea"])


def _none_after(toks: list[Token], at: int) -> bool:
    """The word at ``at`` takes a "no" object ("knew of no breach", "attended no
    meetings"): what it says is negated ("no doubt", "no longer" are no object)."""
    k = at + 1
    if k < len(toks) and toks[k].lower in ("of", "about"):
        k += 1
    return k + 1 < len(toks) and toks[k].lower in _NONE \
        and toks[k + 1].lower not in IDIOMS | {"longer", "question"}


# pairs whose second side is one of several ways (a level raised or cut): a negated one
# does not say the first ("Exports did not fall" / "Exports rose" agree)
_MANY_WAYS = frozenset({"unchanged", "kept"})


# one subject under the words outlets choose for it: "the truce held" / "the ceasefire was
# violated" (as ``_subject_before`` keys them)
_ONE_SUBJECT = {"truc": "ceasefir", "armistic": "ceasefir", "cease-fir": "ceasefir"}


# states said of a whole, which a share only says of a part ("rose 3%" is no part of a rise)
_WHOLE_STATES = frozenset({"contained", "open", "intact"})
# what a company's result is measured as: an operating profit and a net loss can both be so
_RESULT_MEASURES = frozenset({"operating", "net", "gross", "pretax", "pre-tax", "tax",
                              "underlying", "adjusted", "core", "trading"})


def _in_part(toks: list[Token], at: int) -> bool:
    """A share other than all of it right before or after the word at ``at``: "10%
    contained", "contained 30% of the wildfire", "40 percent complete"."""
    near = [t.lower for t in toks[max(0, at - 3):at + 3]]
    for k, word in enumerate(near):
        figure = word.rstrip("%")
        if figure.replace(".", "", 1).isdigit() and figure != "100" and (
                word.endswith("%") or near[k + 1:k + 2] in (["%"], ["percent"])):
            return True
    return False


# unbounded: one pattern per phrase of ANTONYMS, over 500 of them (a cache of 256, and the re
# module's own of 512, thrashed: every claim compiled every pattern, 95% of contrast time)
@cache
def _pole_pattern(phrase: str) -> re.Pattern[str]:
    """Whole words; a copula phrase also with its negation ("is over" finds "is not over");
    a past form also as its base after "did not" ("convicted" finds "did not convict")."""
    first, _, rest = phrase.partition(" ")
    body = re.escape(phrase)
    if first in COPULA and rest:
        body = re.escape(first) + r"(?: not| not yet|n't|n't yet|n’t| far from)? " \
            + re.escape(rest)
    bases = _past_bases(first)
    if bases:
        tail = re.escape(f" {rest}") if rest else ""
        body = rf"(?:{body}|{_AFTER_DID_NOT}(?P<base>{'|'.join(map(re.escape, bases))}){tail})"
    return re.compile(rf"(?<![\w-]){body}(?![\w-])")


# "The court did not convict the activist" says "convicted", negated: read as the pole (its
# parity at "not"), so it agrees with "acquitted" and "did not pass" with "rejected" (the
# lexicon lists the past forms a report uses; after "did not" the verb is in its base form)
_AFTER_DID_NOT = "(?:" + "|".join(f"(?<={did}{neg} )" for did in ("did", "does", "do")
                                   for neg in (" not", "n't")) + ")"
_IRREGULAR_PAST = {"won": ("win",), "lost": ("lose",), "fell": ("fall",), "rose": ("rise",),
                   "grew": ("grow",), "broke": ("break",), "struck": ("strike",),
                   "held": ("hold",), "kept": ("keep",), "went": ("go",), "shrank": ("shrink",),
                   "upheld": ("uphold",)}


def _past_bases(word: str) -> tuple[str, ...]:
    """The forms a past tense may take after "did not": "convicted" -> convict, "approved"
    -> approve, "acquitted" -> acquit, "died" -> die (a guess that is no word matches none)."""
    if word in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[word]
    if not word.endswith("ed") or len(word) < 5 or not word.isalpha():
        return ()
    stemmed = word[:-2]
    out = [stemmed, word[:-1]]  # "convict", "approve"
    if stemmed[-1] == stemmed[-2]:
        out.append(stemmed[:-1])  # "acquitt" -> acquit
    if word.endswith("ied"):
        out.append(word[:-3] + "y")
    return tuple(out)


@lru_cache(maxsize=1)
def _metonyms() -> dict[str, str]:
    data = json.loads(TOPONYMS.read_text(encoding="utf-8"))
    return {fold(k): v for k, v in data.get("metonyms", {}).items()}


# words that label an armed group without naming it: two outlets calling one attacker
# "terrorists" and "militants" name one side in two words, not two sides ("the police" and
# "the protesters" are two)
_ARMED_LABELS = frozenset({
    "terrorist", "terrorists", "militant", "militants", "insurgent", "insurgents", "rebel",
    "rebels", "fighter", "fighters", "gunman", "gunmen", "jihadist", "jihadists", "extremist",
    "extremists", "separatist", "separatists", "militia", "militias", "guerrilla",
    "guerrillas", "attacker", "attackers", "assailant", "assailants"})


ARMED = "armed"  # the party key of every label in _ARMED_LABELS


def party(word: str) -> str:
    """"Baku" -> azerb, "Azerbaijani" -> azerb, "Armenians" -> armen: one key per party."""
    folded = re.sub(r"'s$", "", fold(word))
    if folded in _ARMED_LABELS:
        return ARMED
    folded = _metonyms().get(folded, folded)
    folded = _place_of(fold(folded)) or folded
    letters = "".join(c for c in fold(folded) if c.isalpha())
    return letters[:5]


# a people's words whose place no ending below gives ("Chinese": China), where the first
# five letters differ
_PEOPLES = {"chinese": "china", "british": "britain", "french": "france", "dutch": "netherlands",
            "swiss": "switzerland", "turkish": "turkey", "greek": "greece", "spanish": "spain",
            "polish": "poland", "danish": "denmark", "finnish": "finland", "irish": "ireland",
            "filipino": "philippines", "filipinos": "philippines", "thai": "thailand",
            "welsh": "wales", "scottish": "scotland", "english": "england"}
_PEOPLE_ENDINGS = (("ian", "ia"), ("ian", ""), ("ean", "ea"), ("an", "a"), ("ese", ""), ("i", ""))


def _place_of(word: str) -> str:
    """The place a people's word is of ("Iranian": iran, "Iraqis": iraq, "Chinese": china),
    so that "a Chinese ship" and "China's ship" name one side; "" where it is none."""
    word = word.removesuffix("s") if word.endswith(("ians", "ans", "is")) else word
    if word in _PEOPLES:
        return _PEOPLES[word]
    for suffix, ending in _PEOPLE_ENDINGS:
        base = word[:-len(suffix)] + ending
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and base in PLACES:
            return base
    return ""


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
                and not t.lower.endswith(("ed", "ly")):
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


# pairs of adjectives judging how a thing went, which may stand before their noun
_JUDGED = frozenset({"orderly", "swift"})
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
    """"Most Republicans opposed", "some of the senators backed": the word for the part."""
    for j in range(at - 1, -1, -1):
        if toks[j].lower in CLAUSE_MARKS or toks[j].lower in SAYING:
            return ""
        if toks[j].lower in PARTIAL:
            return toks[j].lower
    return ""


def _subject_in(toks: list[Token], start: int, at: int) -> str:
    for j in range(at - 1, start - 1, -1):
        if toks[j].text[:1].isupper() and toks[j].lower not in STOPWORDS:
            return party(toks[j].text)
    for j in range(start, at):
        if toks[j].is_word and toks[j].lower not in STOPWORDS and not toks[j].lower.endswith("ly") \
                and not possessive(toks, j):  # "the gunman's brother": the brother
            return stem(toks[j].lower)
    return ""


# after a verb, words that open a phrase of time, place or manner, not its object
_NOT_OBJECT = PREPOSITIONS | frozenset({"as", "since", "during", "amid", "despite", "until",
                                         "into", "than", "under", "through", "against",
                                         "and", "but", "or", "while", "when", "because"})


def _direct_object(toks: list[Token], at: int) -> str:
    """What the phrase ending at ``at`` is done to: "won the final" (final), "lost its
    captain" (captain); none for "lost in the final", "resigned on Monday", "rose 3%"."""
    j = _object_at(toks, at)
    return _key(toks[j]) if j is not None else ""


def _object_at(toks: list[Token], at: int) -> int | None:
    if at + 1 >= len(toks) or not toks[at + 1].is_word or toks[at + 1].lower in _NOT_OBJECT \
            or toks[at + 1].lower.endswith("ly"):
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
             and t.lower not in _WHEN and not t.lower.endswith("ly")]
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


def _parties(toks: list[Token]) -> list[str]:
    return [party(t.text) for t in toks
            if t.is_word and (t.text[:1].isupper() or t.lower in ACTORS)
            and t.lower not in STOPWORDS]


def _read_culprits(r: Reading, i: int, passive: bool) -> None:
    """Who did the act at ``i`` to what ("Russian forces shelled the market", "the market was
    shelled by Russian forces"): a done act ("shelled", "struck"), not a noun ("faced 150,000
    attacks"), and names that are names (not a Title Case headline's capitals)."""
    toks, tok = r.toks, r.toks[i]
    if not stem(tok.lower).startswith(CULPRIT_WORDS) or r.headline \
            or not (tok.lower.endswith("ed") or tok.lower in ("struck", "shot")):
        return
    target = _subject_before(toks, i) if passive else _direct_object(toks, i) \
        or _counted_object(toks, i)
    if passive:
        after = _abbreviations(toks[i + 1:])
        by = next(k for k, t in enumerate(after) if t.lower == "by")
        named = _agent(after[by + 1:by + 5])
    else:
        named = _clause_before(_abbreviations(toks[:i]), None)
    sides = _named_first(_parties(named))
    if target and sides and target not in sides:
        words = [t for t in named if t.is_word and t.lower not in STOPWORDS] or [tok]
        start, end = min(tok.start, words[0].start), max(tok.end, words[-1].end)
        r.act_targets[tok.start] = (target, frozenset(sides), start, end)
        # the sides it was done to: its subject in the passive ("the ship was rammed"), else
        # its object up to a "where" ("rammed two Philippine vessels near the shoal")
        done_to = [t for t in _clause_before(_abbreviations(toks[:i]), None)
                   if t.lower not in AUXILIARIES] if passive else \
            _agent(toks[i + 1:clause_end(toks, i + 1)])
        done_to = done_to[:next((k for k, t in enumerate(done_to) if k and t.lower in _WHERE),
                                len(done_to))]
        patients = _named_first(_parties(done_to))
        if patients and done_to:
            r.act_patients[tok.start] = (frozenset(patients), _kind(done_to),
                                         max(end, done_to[-1].end))


def _kind(phrase: list[Token]) -> str:
    """What kind of thing a phrase names besides its sides: "a Chinese coast guard ship" and
    "two Philippine vessels" a ship (``ONE_KIND``), "energy facilities" facil; "" where it
    names only sides ("the protesters", "China")."""
    words = [t for t in phrase if t.is_word and t.lower not in STOPWORDS
             and t.text[:1].islower() and t.lower not in ACTORS and t.lower not in _WHEN
             and not t.lower.endswith("ly")]
    if not words:
        return ""
    key = stem(words[-1].lower)
    return ONE_KIND.get(key, key)


# words that open where an act was done, after what it was done to
_WHERE = frozenset({"near", "outside", "inside", "off", "along", "across", "around", "close"})


def _counted_object(toks: list[Token], at: int) -> str:
    """"killed 12 civilians": the count with what it counts ("12 civil"), so that another
    count of the dead is another act."""
    if at + 2 < len(toks) and toks[at + 1].text[:1].isdigit() and toks[at + 2].is_word \
            and toks[at + 2].lower not in _NOT_OBJECT:
        return f"{toks[at + 1].text} {_key(toks[at + 2])}"
    return ""


def _abbreviations(toks: list[Token]) -> list[Token]:
    """"U.S." as one word, "US" (the tokens split it into U . S .), so that "the U.S." and
    "US" name one side."""
    out: list[Token] = []
    k = 0
    while k < len(toks):
        j = k
        while j + 1 < len(toks) and len(toks[j].text) == 1 and toks[j].text.isupper() \
                and toks[j + 1].text == ".":
            j += 2
        if j - k >= 4:
            out.append(Token("".join(t.text for t in toks[k:j:2]), toks[k].start, toks[j - 1].end))
            k = j
        else:
            out.append(toks[k])
            k += 1
    return out


def _agent(toks: list[Token]) -> list[Token]:
    """The noun phrase after "by", up to a preposition: "by train in NYC" -> "train"."""
    for k, t in enumerate(toks):
        if t.lower in CLAUSE_MARKS or (k and t.lower in _NOT_OBJECT):
            return toks[:k]
    return toks


def _clause_before(toks: list[Token], at: int | None, reach: int = 6) -> list[Token]:
    """Up to ``reach`` tokens before ``at`` (None: the end) in its clause: "Russian and
    Ukrainian forces" ("Russia said Ukrainian forces ...": Ukrainian forces)."""
    at = len(toks) if at is None else at
    start = at
    while start > max(0, at - reach) and toks[start - 1].lower not in CLAUSE_MARKS \
            and toks[start - 1].lower not in SAYING:
        start -= 1
    return toks[start:at]


def _named_first(parties: list[str]) -> list[str]:
    """"Russian forces": the side is Russia, not "forces" (kept only where no name is)."""
    named = [p for p in parties if p not in _ACTOR_KEYS]
    return named or parties


_ACTOR_KEYS = frozenset(party(w) for w in ACTORS)
# sides no armed group's label ("militants", "terrorists") can name: a state or its forces,
# a crowd, settlers
_NO_ARMED_GROUP = frozenset(party(w) for w in PLACES) | frozenset(party(w) for w in (
    "police", "army", "military", "soldiers", "troops", "government", "forces", "officers",
    "guards", "protesters", "demonstrators", "settlers"))


def may_be_one_side(x: frozenset[str], y: frozenset[str]) -> bool:
    """"Terrorists attacked the kibbutz" / "Hamas militants attacked the kibbutz": a label
    names no one, and may name the group the other side names; not a state's forces
    ("Separatists shelled the village" / "Azerbaijani forces shelled the village")."""
    return any(ARMED in one and any(p not in _NO_ARMED_GROUP and p != ARMED for p in other)
               for one, other in ((x, y), (y, x)))


def _act(word: str) -> str | None:
    st = stem(word)
    if st in WHOLE_ACTS:
        return WHOLE_ACTS[st]
    return next((cls for prefix, cls in ACTS.items() if st.startswith(prefix)), None)


def _to_blame(toks: list[Token], i: int) -> bool:
    """"are to blame", "was to blame": the subject is blamed."""
    return toks[i].lower == "blame" and i >= 2 and toks[i - 1].lower == "to" \
        and toks[i - 2].lower in COPULA


def _outcome(toks: list[Token]) -> str | None:
    """What someone is blamed for where it is no act of ``ACTS``: "for the deaths", "for the
    blackout" (a key that meets only another blame for it: ``for:`` and its text)."""
    for t in toks:
        if t.is_word and t.lower not in STOPWORDS and t.text[:1].islower():
            return f"for:{t.lower}"
    return None


def read_blame(r: Reading) -> None:
    toks = r.toks
    framed: set[int] = set()
    for i, tok in enumerate(toks):
        if tok.lower not in ACCUSE:
            continue
        end = clause_end(toks, i + 1, strong=True)
        link = next((j for j in range(i + 1, end) if toks[j].lower in ("of", "for")), None)
        if link is None:
            continue
        if _to_blame(toks, i):
            # "Europe's border policies are to blame for the deaths, the group said": the
            # accused stand before, the accuser is the voice
            start = i - 2
            while start > 0 and toks[start - 1].lower not in CLAUSE_MARKS:
                start -= 1
            accused = _parties(toks[start:i - 2])
            accusers = [party(r.said.claim.speaker or r.said.voice)]
        else:
            accusers = _parties(toks[max(0, i - 6):i]) or [
                party(r.said.claim.speaker or r.said.voice)]
            accused = _parties(toks[i + 1:link])
        act = next((a for a in (_act(t.text) for t in toks[link + 1:end]) if a), None) \
            or _outcome(toks[link + 1:end])
        if accusers and accused and act:
            r.accusations.append((accusers[-1], accused[0], act, tok.start, toks[end - 1].end))
            framed.update(range(i, end))
    for i, tok in enumerate(toks):
        act = _act(tok.text) if tok.is_word and i not in framed else None
        if act is None:
            continue
        before = _abbreviations(toks[max(0, i - 7):i])[-3:]  # "U.S. jets": US
        perp = _named_first(_parties([t for t in before if t.lower not in CLAUSE_MARKS])) \
            or _named_first(_parties(_clause_before(_abbreviations(toks[:i]), None)))
        # (else its clause's: "A Chinese coast guard ship had rammed")
        after = toks[i + 1:clause_end(toks, i + 1)]
        by = next((k for k, t in enumerate(after) if t.lower == "by"), None)
        if by is not None:
            perp = _named_first(_parties(after[by + 1:by + 4])) or perp
        if after[:1] and after[0].lower == "first":
            act = "start"  # "the police fired first": who began it
        elif act == "start" and not any(t.lower in HOSTILITIES for t in after[:3]):
            act = "began"  # "Apple started selling phones": no fighting begun
        if perp:
            r.acts.append((perp[-1], act, tok.start, tok.end))
            _read_culprits(r, i, passive=by is not None)
