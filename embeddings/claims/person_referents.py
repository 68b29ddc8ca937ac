"""Whom a sentence's subject makes the "he" or "she" of the next: only a person.

"The National Institutes of Health funded the trial. She said ..." is not the NIH
speaking, and "Trump's Fourth of July remarks were brief. He said ..." is Trump, not his
remarks: a body, a place, a company or a thing someone owns is no "he" ("it" and "they"
may still be a body, which ``SpeakerContext.resolve_pronoun`` reads from the speakers).
"""

from __future__ import annotations

import re
from typing import Protocol

from embeddings.claims.entities import ORG_WORDS, PLACES, TITLE_WORDS
from embeddings.types import Entity

# heads of bodies' names that ``ORG_WORDS`` leaves out, being places or kinds of body
# rarely read as a speaker's head noun ("the Mayo Clinic", "Goldman Sachs Inc")
_BODY_HEADS = frozenset({
    "clinic", "college", "school", "academy", "laboratory", "laboratories", "labs", "museum",
    "library", "trust", "society", "institution", "inc", "ltd", "llc", "corp", "plc", "gmbh",
    "holdings", "partners", "industries", "enterprises", "technologies", "systems",
    # a seat of power named for its building or street speaks for its government ("the White
    # House", "the Blue House", "Buckingham Palace", "Downing Street"): no "he"
    "house", "palace", "street"})

# "X of Y" naming no one: a body or a day ("National Institutes of Health", "Fourth of
# July"); a person "of" somewhere is read before ("Rep. Ilhan Omar of Minnesota", "Amal
# Idris of the Refugee Council")
_OF = re.compile(r"\s+of\s+(?:the\s+)?(?P<what>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)")

# the first possessive of a run: "Trump's Fourth of July" is Trump's
_OWNER = re.compile(r"^(?P<owner>.+?)[’']s?(?:\s|$)")


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"  # "ministries", "laboratories"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def no_person(name: str, bodies: list[str]) -> bool:
    """Whether ``name`` is a body, place, company, day or group by how it is written,
    whatever its number of words (a two-word name is otherwise taken for a person's)."""
    if name in bodies or _described_group(name):
        return True
    words = [w.strip(".,").lower() for w in name.split()]
    if any(w in _BODY_HEADS or _singular(w) in ORG_WORDS or _singular(w) in _BODY_HEADS
           or w in PLACES for w in words):
        return True
    of = _OF.search(name)
    return of is not None and of.group("what").lower() not in PLACES


# what a person says aloud ("Trump's Fourth of July remarks", "Sánchez's speech"): a body
# issues statements, posts and messages, not speeches
_SPOKEN = re.compile(r"\s+(?:[a-z]+\s+)?(?:remarks|speech|speeches|address|comments|words)\b")


# "The White House mobilized ...", "The Trump campaign said ...": a name the sentence writes
# after an article is a body's or a thing's, a person's never is ("The Rev. X": a title)
_WITH_ARTICLE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?P<first>[A-Z][\w.’'-]*)")


def named_with_article(run: str) -> bool:
    found = _WITH_ARTICLE.match(run)
    return found is not None and found.group("first").lower().rstrip(".") not in TITLE_WORDS


# titles only a person bears, right before a lone surname ("President Trump", "Mr. Kim"):
# the article knows that name as a person's though it never gave the full name
_PERSON_TITLE = re.compile(
    r"\b(?:President|Mr|Mrs|Ms|Dr|Sen|Senator|Rep|Gov|Governor|Mayor|Minister|Chancellor"
    r"|Premier|King|Queen|Prince|Princess|Pope|Gen|General|Judge|Justice)\.?\s+$")


def titled_names(sentence: str, names: list[Entity]) -> list[str]:
    """The lone names a person's title comes right before in ``sentence``."""
    return [e.text for e in names if e.label == "PERSON" and " " not in e.text
            and (at := sentence.find(e.text)) >= 0 and _PERSON_TITLE.search(sentence[:at])]


# "Pro-Armenian candidate Vivek Ramaswamy has ...", "Trump's campaign manager Brad Parscale
# called ...": a subject described by lower-case words that end in a title, then named
_DESCRIBED_PERSON = re.compile(
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s+(?P<desc>(?:[a-z][\w-]*\s+){1,3})"
    r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,2})(?=\s+[a-z]|,)")
# words of a description before a title ("campaign manager", "former president")
_DESCRIBING = frozenset({"former", "campaign", "press", "top", "longtime", "presidential",
                         "party", "then", "current", "national", "economic", "lead"})


def described_person(sentence: str, start: int) -> str | None:
    """The person a sentence's subject names after describing them ("Pro-Armenian candidate
    Vivek Ramaswamy has ..." -> "Vivek Ramaswamy"), not the word before the description."""
    found = _DESCRIBED_PERSON.match(sentence, start)
    if found is None:
        return None
    words = found.group("desc").split()
    if words[-1] not in TITLE_WORDS or not all(w in TITLE_WORDS or w in _DESCRIBING
                                               for w in words):
        return None
    return found.group("name")


def owner_speaks(run: str, after: str) -> bool:
    """Whether ``run`` is the owner of a speech ``after`` it names: a person, even by a
    surname the article gives no first name ("Trump's Fourth of July remarks were ...")."""
    return _OWNER.match(run) is not None and _SPOKEN.match(after) is not None


def owner(run: str) -> str:
    """"Trump's Fourth of July" -> "Trump", "Mr. Trump's" -> "Mr. Trump": the one a
    possessive names, not what is theirs."""
    found = _OWNER.match(run)
    return found.group("owner") if found else run


# "Rep. Ilhan Omar of Minnesota", "Sen. Lindsey Graham of South Carolina": where a person is
# from (a legislator's state) is no part of who they are
_OF_PLACE_AT_END = re.compile(r"(?P<name>\S+(?:\s+\S+){1,2})\s+of\s+(?P<place>[A-Z][\w.-]*"
                              r"(?:\s+[A-Z][\w.-]*){0,2})")


def without_home(name: str) -> str:
    of = _OF_PLACE_AT_END.fullmatch(name)
    return of.group("name") if of and of.group("place").lower() in PLACES else name


def _described_group(name: str) -> bool:
    """"volunteer attorneys", "U.S. officials", "rights groups": a group described by a
    lower-case plural head is no "he" or "she" ("Kenia Avila appeared shaken after the
    volunteer attorneys told her ... But she said ..." is Avila)."""
    head = name.split()[-1]
    # (not "boss", "status", "analysis": no plurals; nor "Williams", a name)
    return head.islower() and len(head) > 3 and head.endswith("s") \
        and not head.endswith(("ss", "us", "is"))


# "The president hinted ...", "The former minister told ...": a person the sentence's subject
# names by a title alone, its verb right after (not "The president's aides", "The minister of
# state", "The deputy minister": whose that is, a title of one word may not say)
_TITLED_SUBJECT = re.compile(
    r"[Tt]he\s+(?:(?:former|then|current|new|outgoing|incoming)\s+)?(?P<head>[a-z]+)"
    r"\s+(?!(?:of|and|or|for|to|in|at|on|from|with|who|whom|whose|that|which)\b)"
    r"(?P<next>[a-z]+)\b")
# title words that modify another ("prime", "foreign") or are no one's title alone
_MODIFIERS = frozenset({
    "vice", "prime", "foreign", "defense", "defence", "interior", "state", "deputy", "assistant",
    "high", "senior", "special", "acting", "affairs", "security", "policy", "economy",
    "finance", "trade", "general", "pro", "tempore", "executive", "chief", "head", "maker",
    "owner", "officials", "lady", "lord", "justice", "speaker"})


class _Titles(Protocol):
    titles: dict[str, str]

    def resolve_role(self, head: str) -> str | None: ...


def titled_holder(clause: str, context: _Titles) -> str | None:
    """Whom a clause's subject names by a title alone ("The president hinted" -> the person
    the article titled so, or who last spoke under a title of that kind): the "he" of the
    next sentence."""
    found = _TITLED_SUBJECT.match(clause)
    if found is None or found.group("head") not in TITLE_WORDS \
            or found.group("head") in _MODIFIERS or found.group("next") in TITLE_WORDS:
        return None
    head = found.group("head")
    return context.titles.get(head) or context.resolve_role(head)
