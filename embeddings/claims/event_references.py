"""A subject that only points at an event named just before it.

"Azerbaijan launched an offensive in the mountainous territory. ... This operation is
'illegal, unjustifiable and unacceptable,' Colonna said."  "The move drew criticism."  "These
strikes killed 12."  Alone, such a claim says nothing a matcher can use ("This operation is
illegal" fits any operation of any story), so it meets no other outlet's claim about the same
event.  A reader takes the subject for the event the article has just named; for matching,
the pointer is completed with that event's noun phrase ("The operation, the Azerbaijani
offensive in Nagorno-Karabakh, is illegal ..."), as ``references.py`` completes a rebuttal
with the statement it rebuts.  Only the core changes: text, offsets and speaker stay.

What counts as pointing: the core opens with "This/That/These/Those/The", at most one
lowercase modifier and an event noun of ``KINDS`` ("This operation", "The new law"), and
nothing after the noun says which one ("This operation in Karabakh", "The attack on the
hospital", "The decision to ..." name it themselves).  Nouns that are no event ("This
week", "The report", "The statement") are not in the table; statements are rebuttals'.
What it points at: the nearest earlier claim, at most ``REACH`` claims back, that names a
noun of the same kind (the same word, or one of a group of ``KINDS``: an offensive is an
operation, a ban is a measure) as a noun, with something saying which (a modifier or what
follows it: "an Azerbaijani offensive in Nagorno-Karabakh", not a bare "the attack").
A sentence that continues a quotation is its speaker's own discourse and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from embeddings.types import Claim

REACH = 3  # claims back: the event is named in the sentence or paragraph before
MAX_MODIFIERS = 3  # "a massive Russian missile attack"
MAX_COMPLEMENT = 8  # words of what follows the noun: "to withdraw troops from the region"

# Groups of event nouns a pointer may take for one another.  A noun in several groups
# ("move", "decision") may point at any of their members.  Same-word pointing needs no group.
_GROUPS: tuple[frozenset[str], ...] = tuple(frozenset(g.split()) for g in (
    # armed action
    "operation offensive counteroffensive attack assault strike airstrike raid bombing"
    " bombardment shelling invasion incursion ambush onslaught",
    # a violent or sudden event, as "the incident" takes it
    "incident attack shooting stabbing explosion blast crash collision clash accident"
    " bombing",
    # what someone decided or did
    "decision ruling verdict judgment judgement move step measure announcement",
    # rules made
    "measure law bill legislation ban regulation rule policy reform sanction tariff"
    " embargo restriction move step decision",
    # agreements
    "deal agreement accord pact treaty ceasefire truce",
    # plans
    "plan proposal initiative scheme bill",
    # votes
    "vote referendum ballot election",
    # protests
    "protest demonstration rally march",
))
KINDS: frozenset[str] = frozenset().union(*_GROUPS)
_IRREGULAR = {"judgements": "judgement", "rallies": "rally", "policies": "policy",
              "marches": "march", "crashes": "crash", "clashes": "clash",
              "ambushes": "ambush", "blasts": "blast"}


def lemma(word: str) -> str:
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("s") and w[:-1] in KINDS:
        return w[:-1]
    return w


def same_kind(pointer: str, named: str) -> bool:
    a, b = lemma(pointer), lemma(named)
    return a == b or any(a in g and b in g for g in _GROUPS)


_NOUN_FORMS = "|".join(sorted({*KINDS, *(k + "s" for k in KINDS), *_IRREGULAR},
                              key=len, reverse=True))
# function words: a determiner, pronoun, auxiliary or conjunction ends a noun's modifiers
_FUNCTION = frozenset(re.findall(r"\S+", (
    "a an the this that these those its their his her our my your another any no "
    "every each some such and or but nor to of in on at by for with from into against "
    "over after before during amid since despite following near about as than while "
    "when where which who whom whose what is are was were be been being has have had "
    "do does did will would shall should can could may might must not it they he she "
    "we i you there also just only even said says say told according ")))
_DETERMINERS = frozenset(re.findall(r"\S+", (
    "a an the its their his her our this that these those another any no every each "
    "some such ")))
_PREPOSITIONS = frozenset(re.findall(r"\S+", (
    "in on at by for with from into against over after before during amid since "
    "despite following near about of ")))
_WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"

# the subject: "This operation", "The new law", "But these strikes" (not "This week", not
# "The attack on the hospital", "This operation in Karabakh", "The decision to ...",
# "The vote that ...": those say which one themselves)
_POINTER = re.compile(
    r"^\W*(?:(?:but|and|yet|still|however|now|so)\W+)?"
    r"(?P<det>this|that|these|those|the)\s+"
    r"(?:(?P<mod>(?-i:[a-z][a-z-]*))\s+)??"
    rf"(?P<noun>{_NOUN_FORMS})\b"
    r"(?![’']s\b)"
    r"(?!\s+(?:in|on|at|by|of|to|into|against|over|from|for|near|targeting|aimed|that|which"
    r"|who|between|across|with|under|along)\b)"
    rf"(?!\s+(?!(?:{_WEEKDAYS})\b)(?-i:[A-Z0-9]))"
    r"(?!,?\s+(?:[a-z]+ed|struck|signed|reached|made|held|brought|won|taken|led|set|known)"
    r"\s+(?:by|between|with|in|on|at|from|against|for|last|earlier)\b)"
    r"(?!-)", re.I)
# what a complement after a named noun runs to: punctuation or a word that opens a clause
_STOP = re.compile(
    r"[,;:.!?“”\"()\[\]—–]|\s-\s|\b(?:that|which|who|whom|where|when|while|after|before"
    r"|because|since|as|but|and|or|just|amid|despite|following|until|if|than|said|says"
    r"|say|told|according|was|were|is|are|has|have|had|will|would|could|may|might|last"
    r"|this|on\s+(?:" + _WEEKDAYS + r"))\b", re.I)
# "a deal with Iran", "an offensive in ...", "The deal, struck between Iran and ...,"
_COMPLEMENT = re.compile(
    r"^,?\s+(?:(?:[a-z]+ed|struck|signed|reached|made|held|brought|won|taken|led|set)\s+)?(?:(?:in|on|against|into|by|of|near|across|at|over|targeting|to|with|from|for"
    r"|between|along|aimed\s+at)\s)", re.I)
_WORD = re.compile(r"[\w’'-]+")
_SECOND_PP = re.compile(r"\s(?:in|on|against|into|by|near|across|at|over|under|to|with|from"
                        r"|for|between|along|during|without|within)\s", re.I)


def pointer(core: str) -> re.Match[str] | None:
    """The subject of ``core`` when it only points at an event named before."""
    m = _POINTER.match(core)
    if m is None:
        return None
    mod = m.group("mod")
    if mod and (mod.lower() in _FUNCTION or lemma(mod) in KINDS):
        return None  # "The attack and the siege", "the decision ruling"
    if not _ends_phrase(core[m.end():]):
        return None  # "The privacy invasion case": the noun modifies another
    return m


# what may follow a noun that ends its phrase: its verb ("is", "drew", "killed", "lifts",
# "also"), a clause or a stop.  Anything else may be a noun it modifies ("invasion case",
# "attack helicopter", "strike force")
_VERBISH = re.compile(
    r"^\s*(?:[,;:.!?“”\"()\[\]—–]|-\s|$"
    r"|(?:is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might"
    r"|must|does|do|did|also|not|still|already|now|then|only|itself|themselves|alone|too"
    r"|came|comes|drew|began|begins|took|left|led|made|met|saw|went|brought|caught|held"
    r"|hit|put|set|cut|sent|won|lost|became|become|found|gave|got|kept|meant|ran|sought"
    r"|spent|stood|struck|told|thought|threw|wrote|followed|marks|marked|killed|appears"
    r"|seems|seemed|remains|remained|would|allows|means|puts|sets|cuts|hits)\b"
    r"|[a-z]+(?:ed|ly)\b|[a-z]+[^s\W]s\b)", re.I)


def _ends_phrase(rest: str) -> bool:
    return bool(_VERBISH.match(rest) or _STOP.match(rest.lstrip()))


def named_event(text: str, pointer_noun: str) -> str | None:
    """The noun phrase of ``text`` naming an event of ``pointer_noun``'s kind with something
    saying which ("Azerbaijani offensive in Nagorno-Karabakh"): the first in reading
    order, as a sentence names its event before it says more of it."""
    for m in re.finditer(rf"\b(?:{_NOUN_FORMS})\b", text, re.I):
        if not same_kind(pointer_noun, m.group()):
            continue
        phrase = _phrase(text, m.start(), m.end())
        if phrase is not None:
            return phrase
    return None


def _phrase(text: str, start: int, end: int) -> str | None:
    before = _WORD.findall(text[:start])
    if text[end:end + 1] == "-" or text[max(0, start - 1):start] == "-":
        return None  # "strike-hit", "anti-attack": part of another word
    modifiers: list[str] = []
    boundary: str | None = None
    for word in reversed(before):
        if word.lower() in _FUNCTION or len(modifiers) == MAX_MODIFIERS:
            boundary = word
            break
        modifiers.insert(0, word)
    if boundary is None:  # the sentence opens with it: "Israeli airstrikes killed 12"
        if not all(w[0].isupper() for w in modifiers):
            return None
    elif boundary.lower() in _DETERMINERS or boundary.lower() in _PREPOSITIONS:
        pass
    elif boundary.lower().endswith(("’s", "'s")):
        modifiers.insert(0, boundary)  # "Russia's invasion"
    else:
        return None  # "Russia will strike", "they plan to": a verb, not an event named
    if not _COMPLEMENT.match(text[end:]) and not _ends_phrase(text[end:]):
        return None  # "an attack helicopter": the noun modifies another
    if boundary is not None and boundary.lower() in _DETERMINERS and \
            boundary.lower() in ("this", "that", "these", "those") and not modifiers:
        return None  # a pointer itself: "this attack" names nothing
    if any(lemma(w) in KINDS and w.lower() != "ground" for w in modifiers):
        modifiers = modifiers[[lemma(w) in KINDS for w in modifiers].index(True) + 1:]
    complement = ""
    if _COMPLEMENT.match(text[end:]):
        rest = text[end:]
        stop = _STOP.search(rest, pos=len(_COMPLEMENT.match(rest).group()))  # type: ignore[union-attr]
        tail = rest[:stop.start() if stop else len(rest)]
        # one prepositional phrase ("in the mountainous territory"; "of" goes on with it):
        # a second one is often the sentence's own ("a deal with X under false pretenses")
        second = _SECOND_PP.search(tail, pos=len(_COMPLEMENT.match(rest).group()))  # type: ignore[union-attr]
        tail = tail[:second.start()] if second else tail
        words = _WORD.findall(tail)
        if len(words) > MAX_COMPLEMENT:
            return None  # a long clause: no noun phrase to lift
        if len(words) >= 2:
            complement = " " + " ".join(words)
    if not modifiers and not complement:
        return None  # "the attack": nothing saying which
    return " ".join([*modifiers, text[start:end]]) + complement


def complete(claim: Claim, before: Sequence[Claim], completed: Sequence[str | None]) -> str | None:
    """The phrase ``claim``'s subject points at: the nearest of ``before`` (latest last)
    naming an event of its kind, or the phrase an earlier pointer of that kind resolved to
    ("The operation ... The offensive ...": one event)."""
    m = pointer(claim.core)
    if m is None:
        return None
    noun = m.group("noun")
    for back in range(1, min(REACH, len(before)) + 1):
        earlier, resolved = before[-back], completed[-back]
        if resolved is not None:
            its = pointer(earlier.core)
            if its is not None and same_kind(noun, its.group("noun")):
                return resolved
        phrase = named_event(earlier.text, noun)
        if phrase is not None:
            return phrase
    return None


def resolve_events(claims: Sequence[Claim], continues_quote: Sequence[bool] = (),
                   changed: Sequence[bool] = ()) -> list[Claim]:
    """The claims of one article in order, each event pointer's core completed with the
    phrase it points at (see the module docstring).  ``continues_quote``: per claim, whether
    it begins inside a quotation opened before it; ``changed``: whether another reading
    (a rebuttal's) completed its core already."""
    out: list[Claim] = []
    resolved: list[str | None] = []
    for i, claim in enumerate(claims):
        phrase = None
        if not any(flags[i] for flags in (continues_quote, changed) if i < len(flags)):
            phrase = complete(claim, claims[:i], resolved)
        resolved.append(phrase)
        out.append(claim if phrase is None else replace(claim, core=_rewrite(claim.core,
                                                                              phrase)))
    return out


def _rewrite(core: str, phrase: str) -> str:
    """"This operation is illegal" -> "The operation, the Azerbaijani offensive in
    Nagorno-Karabakh, is illegal"; where the phrase has the pointer's own noun, it stands
    for the subject ("These strikes killed 12" -> "The Israeli strikes on Gaza killed 12")."""
    m = pointer(core)
    assert m is not None
    det, noun = m.group("det"), m.group("noun")
    the = "The" if det[0].isupper() else "the"
    if lemma(noun) == lemma(phrase.split()[-1]) or lemma(noun) in {
            lemma(w) for w in _WORD.findall(phrase)}:
        subject = f"{the} {phrase}"
    else:
        subject = f"{the} {core[m.start('mod') if m.group('mod') else m.start('noun'):m.end()]}" \
                  f", the {phrase},"
        if core[m.end():].lstrip().startswith((",", ";", ":")):
            subject = subject[:-1]
    return core[:m.start("det")] + subject + core[m.end():]
