"""Whom or what a statement is of: its subject, its thing, its actor, its body."""

from __future__ import annotations

from service.contrast.negation.blame import NAMED, ROLE, SAYING, party, subject_head
from service.contrast.negation.lexicon import ACTED_ON, ANTONYMS, CUES, ROLES, WHEN_WORDS
from service.contrast.negation.reading import (
    Reading,
    clause_start,
    direct_object,
    is_content,
    name_like,
    possessive,
)
from service.contrast.negation.sexes import narrower_person, of_two_sexes
from service.contrast.text import Token, stem


def _same_subject(a: Reading, b: Reading, pair: str) -> bool:
    """Whether a converse pair is said of one subject; or by one body, where one side names
    the body as its subject: "The court ruled the law unconstitutional" (court) / "The court
    upheld the law" (the law, ruled by the court)."""
    sa, sb = a.subjects.get(pair), b.subjects.get(pair)
    if sa and sb and sa != sb and pair in a.poles and pair in b.poles \
            and (sa == _head_before(b, b.poles[pair][1])
                 or sb == _head_before(a, a.poles[pair][1])):
        sa = sb  # "the outbreak" / "the cholera outbreak": the head of the other's phrase
    if sa and sa == sb:
        # "The evacuation of the north was orderly" / "of the south was chaotic": two parts
        qa, qb = a.subject_places.get(pair), b.subject_places.get(pair)
        return not qa or not qb or not qa.isdisjoint(qb)
    return any(s and s[:5] == other.pole_agents.get(pair) and pair not in one.pole_agents
               for s, one, other in ((sa, a, b), (sb, b, a)))


# the bodies that vote, under the words for them and for their members (subject keys): a
# vote of one is no vote of another ("the board" / "shareholders"), a member's is the body's
_BODIES = {"board": "board", "director": "board", "court": "court", "judg": "court",
           "justic": "court", "jury": "jury", "juror": "jury", "senat": "senate",
           "senator": "senate", "council": "council", "councillor": "council",
           "committe": "committee", "share": "shareholders", "parliament": "parliament",
           "lawmak": "parliament", "mp": "parliament", "panel": "panel", "cabinet": "cabinet",
           "minist": "cabinet", "union": "union"}


def _one_body(sa: str | None, sb: str | None) -> bool:
    """Whether two subjects of a vote may be one body (either not a body we know: "the
    decision was unanimous", or "Helix's board" / "Helix's directors" by its name)."""
    body_a, body_b = _BODIES.get(sa or ""), _BODIES.get(sb or "")
    return body_a is None or body_b is None or body_a == body_b


def _head_before(r: Reading, start: int) -> str:
    at = next((j for j, t in enumerate(r.toks) if t.start >= start), len(r.toks))
    return subject_head(r.toks, at)


def _one_thing(a: tuple[frozenset[str], str] | None,
               b: tuple[frozenset[str], str] | None) -> bool:
    """Whether two states are of one thing, as far as the words tell: unread on a side, the
    words of one all in the other ("Tesla shares" / "Shares in Tesla"), or one name last
    ("ISIS leader Abu Bakr al-Baghdadi" / "Islamic State leader al-Baghdadi")."""
    if not a or not b or not a[0] or not b[0]:
        return True
    return a[0] <= b[0] or b[0] <= a[0] or (bool(a[1]) and a[1] == b[1])


def _moved_one_thing(a: Reading, end_a: int, b: Reading, end_b: int) -> bool:
    """Whether the verbs ending at these offsets name a shared object ("raised interest
    rates" / "cut rates")."""
    objects = [direct_object(r.toks, max(k for k, t in enumerate(r.toks) if t.start < end))
               for r, end in ((a, end_a), (b, end_b))]
    return bool(objects[0] & objects[1])


def _told_apart(neg: Reading, end: int, pos: Reading, start: int) -> bool:
    """The negated word (ending at ``end``) and the other side's (starting at ``start``)
    stand in opposite phrases that say what each is of, and those tell them apart: phrases
    of two pairs ("Reyes pleaded not guilty", a plea / "a jury found Reyes guilty", a
    verdict), or of one pair said of two subjects or things ("Reyes pleaded not guilty" /
    "his co-defendant Lopez pleaded guilty"), as the opposite phrases themselves are
    compared."""
    # (only pairs read with what they are of: a plea's defendant, an act's thing and actor;
    # the other pairs' subjects, read from the words before, are too rough to part claims)
    mine = {p for p, (_, s, e) in neg.poles.items() if s < end <= e and p in _TOLD_OF}
    theirs = {p for p, (_, s, e) in pos.poles.items() if s <= start < e}
    if not mine or not theirs:
        return False
    return mine.isdisjoint(theirs) or all(_of_two(neg, pos, p) for p in mine & theirs)


_TOLD_OF = frozenset(ACTED_ON) | {"plea"}


def _clause_told_apart(neg: Reading, clause: tuple[int, int], pos: Reading) -> bool:
    """``_told_apart`` for a negated clause's predicate (its first negated word), where the
    other side asserts it: "Reyes pleaded not guilty to murder" / "A jury found Reyes guilty
    of murder" (a plea and a verdict)."""
    negated = next(n for _, _, n, sp in neg.negated_clauses if sp == clause)
    head = next((t for t in neg.toks if clause[0] <= t.start < clause[1] and is_content(t)
                 and stem(t.text) in negated), None)
    at = pos.asserted.get(stem(head.text)) if head is not None else None
    return head is not None and at is not None and _told_apart(neg, head.end, pos, at[0])


def _of_two(a: Reading, b: Reading, pair: str) -> bool:
    """Both sides of one pair say whom or what it is of, and they differ (each as read)."""
    converse = next(c for p, _, _, c in ANTONYMS if p == pair)
    if converse and a.subjects.get(pair) and b.subjects.get(pair) \
            and not _same_subject(a, b, pair):
        return True
    return not _one_thing(a.pole_things.get(pair), b.pole_things.get(pair)) \
        or not _one_actor(pair, a.pole_agents.get(pair), b.pole_agents.get(pair))


_COURT = stem("court")

# a role and the body it acts for: "the judge granted the motion" is the court's ruling
_ROLE_BODIES = {ROLE + stem("judge"): stem("court")}


def _one_actor(pair: str, x: str | None, y: str | None) -> bool:
    """Whether two actors may be one: either unread, or one key; and of an act of one actor
    on one thing (``ACTED_ON``), a role and a name ("the governor" / "Governor Ellison"), a
    judge and a court, or a body named with a word more; not two names, two roles, or a
    role and another body ("the judge" / "the appeals court")."""
    if x is None or y is None or x == y:
        return True
    if pair not in ACTED_ON:
        return False
    if ROLE not in (x[:1], y[:1]) and NAMED not in (x[:1], y[:1]):
        if _COURT in x.split() and _COURT in y.split():
            # a case goes from court to court: "the court" beside "the Supreme Court" may be
            # the one below it, whose ruling the higher one upholds or overturns
            return set(x.split()) == set(y.split())
        # two bodies, one named with a word more: "the council" / "the city council"
        return set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split())
    return {x[:1], y[:1]} == {ROLE, NAMED} or _ROLE_BODIES.get(x) == y \
        or _ROLE_BODIES.get(y) == x


def _two_subjects(neg: Reading, neg_start: int, pos: Reading, pos_start: int) -> bool:
    """The negation and the other side's word are said of two subjects, as their words tell:
    one kind of thing set apart by its words ("Oil prices did not rise" / "Gold prices
    rose"), or two names and no word in common ("The Senate did not pass the bill" / "The
    House passed the bill").  A subject unread on a side, or one within the other ("Prices" /
    "Gold prices", "Hamas" / "Hamas fighters"), may be one: "The company did not lay off
    workers" / "Acme laid off 500 workers" is left to the other rules."""
    if _kin_apart(neg, neg_start, pos, pos_start):
        return True  # "The singer's mother did not survive" / "The singer survived"
    words_a, names_a, head_a, name_a = _subject_words(neg, neg_start)
    words_b, names_b, head_b, name_b = _subject_words(pos, pos_start)
    if words_a and words_b and not names_a and not names_b \
            and words_a & _ANOTHER_ONE != words_b & _ANOTHER_ONE:
        # "The president did not attend" / "The vice president attended" (where a name is
        # told, the names decide: "former Director Comey" is Comey)
        return True
    if not names_a and not names_b and of_two_sexes(head_a, head_b):
        return True  # "The woman is not playing a guitar" / "A man is playing a guitar"
    if not names_a and not names_b and narrower_person(head_a, head_b):
        return True  # "The woman is not wearing a red jacket" / "A person is wearing one"
    if not words_a or not words_b or words_a <= words_b or words_b <= words_a:
        return False
    if not names_a and not names_b and head_a != head_b and {head_a, head_b} <= _OFFICES:
        return True  # "The mayor can't veto the budget" / "The governor vetoed it": two offices
    if name_a and name_b:
        # a name told with other words ("street artist Banksy" / "Everyone chill Banksy") is
        # one person; "North Korea" / "South Korea" are two
        return name_a != name_b and party(name_a) != party(name_b)
    # one head set apart by its other words: "Robot security guards" / "RoboCop-style robots"
    # are two ways to name one thing, "Oil prices" / "Gold prices" two things
    return (head_a == head_b and bool(words_a & words_b)) or (
        bool(names_a) and bool(names_b) and names_a.isdisjoint(names_b))


# an office's holder, unnamed, keyed as ``_subject_words`` keys words: two offices are two
# people ("a role with a name is read by its name": "Governor Ellison" / "the governor")
_OFFICES = frozenset(stem(w)[:5] for w in ROLES)


# words that make a title another person's: "the vice president", "a deputy minister", "the
# former chief executive" (keyed as ``_subject_words`` keys words)
_ANOTHER_ONE = frozenset(stem(w)[:5] for w in (
    "vice", "vice-president", "deputy", "former", "ex-president", "assistant", "acting",
    "lieutenant"))


# what stands between a subject and its verb: "Oil prices did not rise", "The bill has passed",
# "The mayor can't veto" (a modal too: "ca" is how "can't" is split)
_BEFORE_THE_VERB = CUES | frozenset({"did", "does", "do", "has", "have", "had", "is", "was",
                                     "are", "were", "will", "would", "been", "be", "n't",
                                     "never", "not", "also", "still", "already", "then",
                                     "can", "ca", "could", "may", "might", "must", "should",
                                     "shall", "wo"})


# cues that negate the verb after them ("cannot veto": its own modal)
_VERB_CUES = frozenset({"not", "n't", "never", "cannot"})


def _placed_apart(a: Reading, start_a: int, b: Reading, start_b: int) -> bool:
    """Both subjects are one kind of thing placed by a phrase of their own, in other places:
    "The strike at the port" / "The strike at the airport", "Police in Paris" / "Police in
    Lyon"."""
    placed_a, placed_b = _placed(a, start_a), _placed(b, start_b)
    if placed_a is None or placed_b is None:
        return False
    return placed_a[0] == placed_b[0] and placed_a[1].isdisjoint(placed_b[1])


def _placed(r: Reading, start: int) -> tuple[str, frozenset[str]] | None:
    """(head, words after its "at"/"in"/"near") of the noun phrase ending right before the word
    at char offset ``start``, if it has such a phrase."""
    begin, end = _phrase_before(r, start)
    toks = r.toks[begin:end]
    prep = next((j for j, t in enumerate(toks) if t.lower in ("at", "in", "near")), None)
    if prep is None:
        return None
    head = next((stem(t.text) for t in reversed(toks[:prep]) if is_content(t)), None)
    where = frozenset(stem(t.text) for t in toks[prep + 1:] if is_content(t)
                      and t.lower not in WHEN_WORDS)
    return (head, where) if head and where else None


def _subject_words(r: Reading, start: int
                   ) -> tuple[frozenset[str], frozenset[str], str, str]:
    """The keys of the noun phrase right before the verb (or its "not") at char offset
    ``start``, back to its clause's start or a verb of saying; those of them that are names
    ("Beijing" and "China" one key, as ``party`` keys sides); the last key (the phrase's
    head); and, where the head is a name, the capitalised words it ends.  None where the word
    is not right after one ("made some progress", "ended without progress")."""
    at = next((j for j, t in enumerate(r.toks) if t.start >= start), len(r.toks))
    if at < len(r.toks) and r.toks[at].lower in CUES and r.toks[at].lower not in _VERB_CUES:
        return frozenset(), frozenset(), "", ""  # "ended without progress": no verb negated
    end = at
    while end > 0 and r.toks[end - 1].lower in _BEFORE_THE_VERB:
        end -= 1
    if end == 0 or not is_content(r.toks[end - 1]):
        return frozenset(), frozenset(), "", ""  # "made some progress": no subject's verb
    begin = end
    while begin > 0 and not clause_start(r.toks, begin) and r.toks[begin - 1].lower not in SAYING:
        begin -= 1
    words, names, head, of = set(), set(), "", False
    for tok in r.toks[begin:end]:
        # "Exports of wheat": the head is before ("A girl in a uniform" / "A girl in a band"
        # may be one girl: "in" may say what she wears, not which one she is)
        of = of or (tok.lower == "of" and bool(head))
        if not is_content(tok) or tok.lower in WHEN_WORDS:
            continue
        # one key for a word whether it reads as a name or not: in a Title Case headline
        # "Rowan Vale" is not told as a name, beside the sentence that names him
        named = name_like(tok, r)
        key = stem(party(tok.text) if named else tok.lower)[:5]
        if named:
            names.add(key)
        head = head if of else key  # the last one, or the last before "of", is the head
        words.add(key)
    # a head that is a name: the capitalised words it ends ("North Korea", "Rowan Vale")
    run = end
    while run > begin and r.toks[run - 1].text[:1].isupper() and is_content(r.toks[run - 1]):
        run -= 1
    name = " ".join(t.lower for t in r.toks[run:end]) if head in names else ""
    return frozenset(words), frozenset(names), head, name


def _phrase_before(r: Reading, start: int) -> tuple[int, int]:
    """(first, last + 1) tokens of the noun phrase right before the verb (or its "not",
    its auxiliary) at char offset ``start``, back to its clause's start or a verb of
    saying."""
    at = next((j for j, t in enumerate(r.toks) if t.start >= start), len(r.toks))
    end = at
    while end > 0 and r.toks[end - 1].lower in _BEFORE_THE_VERB:
        end -= 1
    begin = end
    while begin > 0 and not clause_start(r.toks, begin) and r.toks[begin - 1].lower not in SAYING:
        begin -= 1
    return begin, end


# people other than the one they belong to: what befalls "the singer's mother", "his wife"
# or "the lawyer of the suspect" is not told of the singer, of him, of the suspect (not
# "widow", which tells the owner dead, nor words for the owner's own state: "the singer's
# condition is critical" is the singer's)
_OTHER_PEOPLE = frozenset(stem(w) for w in (
    "mother", "father", "parents", "wife", "husband", "son", "daughter", "brother", "sister",
    "child", "children", "baby", "family", "relatives", "cousin", "uncle", "aunt", "nephew",
    "niece", "grandmother", "grandfather", "grandson", "granddaughter", "fiance", "fiancee",
    "girlfriend", "boyfriend", "stepfather", "stepmother", "stepson", "stepdaughter", "mom",
    "dad", "lawyer", "lawyers", "attorney", "spokesman", "spokeswoman", "spokesperson", "aide",
    "bodyguard", "driver", "doctor", "friend", "colleague", "neighbor", "neighbour"))

# a pronoun's possessive, keyed as the pronoun that names its owner as a subject ("His wife
# died" / "He survived")
_OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
_SUBJECT_PRONOUNS = frozenset(_OWNER_PRONOUNS.values())


def _kin_apart(a: Reading, start_a: int, b: Reading, start_b: int) -> bool:
    """One side's subject is someone of the other's: "The singer's mother died" / "The
    singer is alive", "His wife was arrested" / "He remains at large", "The wife of the
    senator was killed" / "The senator survived" (the other side names the owner, and not
    the person: "The singer's mother died" / "His mother is alive" may be one woman)."""
    for x, sx, y, sy in ((a, start_a, b, start_b), (b, start_b, a, start_a)):
        owned = _owned(x, sx)
        if owned is None:
            continue
        people, owner = owned
        named = _phrase_keys(y, sy)
        if people.isdisjoint(named) and owner & named:
            return True
    return False


def _owned(r: Reading, start: int) -> tuple[frozenset[str], frozenset[str]] | None:
    """(the people's keys, the owner's keys) of a subject that is someone of another's: "the
    singer's mother", "his lawyer", "the wife and child of Senator Reyes" (each person
    named: the other side may name one of them); None for any other."""
    begin, end = _joined_phrase(r, start)
    toks = r.toks[begin:end]
    if not toks or not toks[-1].is_word:
        return None
    if stem(toks[-1].lower) in _OTHER_PEOPLE and len(toks) >= 2:
        # "the singer's mother", "his wife", "Smith's defence lawyer": the owner before
        own = next((j for j in range(len(toks) - 2, -1, -1)
                    if toks[j].lower in _OWNER_PRONOUNS or possessive(toks, j)), None)
        if own is not None and not any(t.lower in _JOINED for t in toks[:own]):
            # (not "Smith and his wife": Smith is of the subject too)
            return _people_of(toks[own + 1:], toks[:own + 1])
    of = next((j for j, t in enumerate(toks) if t.lower == "of"), None)
    if of is not None and of > 0 and stem(toks[of - 1].lower) in _OTHER_PEOPLE:
        return _people_of(toks[:of], toks[of + 1:])  # "the wife of the senator"
    return None


_JOINED = frozenset({"and", "or", "&"})


def _people_of(people: list[Token], owner: list[Token]
               ) -> tuple[frozenset[str], frozenset[str]] | None:
    keys = _keys(owner)
    return (_keys(people) & _OTHER_PEOPLE, keys) if keys else None


def _phrase_keys(r: Reading, start: int) -> frozenset[str]:
    """The keys of the subject before the word at char offset ``start`` (``_keys``)."""
    begin, end = _joined_phrase(r, start)
    return _keys(r.toks[begin:end])


def _joined_phrase(r: Reading, start: int) -> tuple[int, int]:
    """``_phrase_before``, with the phrases joined to it by "and" / "or": "A wife and child
    of al-Baghdadi" names the wife as well as the child."""
    begin, end = _phrase_before(r, start)
    while begin > 1 and r.toks[begin - 1].lower in _JOINED:
        begin -= 1
        while begin > 0 and not clause_start(r.toks, begin) \
                and r.toks[begin - 1].lower not in SAYING:
            begin -= 1
    return begin, end


def _keys(toks: list[Token]) -> frozenset[str]:
    """Stems of a phrase's content words, possessive marks cut ("singer's" -> singer), and
    its pronouns as subjects ("his" -> he)."""
    keys = set()
    for tok in toks:
        low = tok.lower
        if low in _OWNER_PRONOUNS or low in _SUBJECT_PRONOUNS:
            keys.add(_OWNER_PRONOUNS.get(low, low))
        elif is_content(tok) and low != "'s":
            keys.add(stem(low.removesuffix("'s").rstrip("'")))
    return frozenset(keys)
