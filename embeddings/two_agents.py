"""One act, two agents: "Pompeo met Kim" and "Trump met Kim" are two meetings.

Centring leaves each sentence its point, and two meetings of one story come down to the
same words: a verb of meeting and the person met.  The rival-names reading
(``matching._rival_stems``) makes the two agents differing words, but the sentences' own
cosine, on one act and one person, still clears the threshold; the occasions reading
(``embeddings.occasions``) parts two meetings only by their times, orders, modes and towns,
and a report often gives none of them.  A reader sees two facts: the people differ.

Read here, without a tagger, for two families of act (a meeting, a visit):
- a *meeting* mention: a verb of meeting ("met", "meets", "will meet", "is meeting") with
  the names right before it as its agents ("Trump and Kim met", "Mike Pompeo secretly met")
  and the name of its object or "with" phrase after it ("met with North Korean leader Kim
  Jong Un over Easter" -> Kim Jong Un); a noun with a possessive name ("Pompeo's meeting
  with Kim"); or "a summit between Kim and Trump".  Its participants are its agents and
  partners: a meeting is of all of them, whoever is told as its subject;
- a *visit* mention: "visited X", "traveled to X", "made a visit / trip to X", "X's visit
  to Y", with the names right before it as its agents and the place as its destination.

Two claims tell *one act of two agents* where a meeting of each shares a participant (one
alias of the other: ``name_aliases.aliases``) and each has a participant whom the other
claim names nowhere (no alias among its names or its speaker), or where a visit of each is
to one place and each has an agent the other claim names nowhere.  So "Trump met Kim" /
"Kim met Trump", "Trump and Kim met" / "Kim met" (one side's people within the other's),
"the two leaders met" (no named agent) and a pronoun agent ("he met Kim") are never read
as two; only two named people, neither in the other claim, are.

With the claim's article (``one_act_two_agents(..., article_claims)``, as the clusterer
passes it), a person told by title or pronoun is read as the person the article makes them
("the CIA director met with the North Korean leader" after "CIA Director Mike Pompeo" and
"North Korean leader Kim Jong Un"; "he plans to meet Kim" in Trump's frame:
``embeddings.told_agents``), as is a name the extractor wrote into the core for the "he"
its sentence opened with; a title or pronoun the article gives no one stays no one.  Phone
calls ("spoke by phone with X") are a family of their own, read only with ``calls``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from embeddings.claims.places import is_demonym
from embeddings.name_aliases import aliases
from embeddings.told_agents import needs_article, told_core
from embeddings.types import Claim

# an article's claims in reading order, by article id (``ArticleContext.article_claims``)
ArticleClaims = Callable[[str], Sequence[Claim]]

# verb forms of meeting that have a subject before them ("meeting" only after a be-verb)
_MEET = re.compile(r"\b(?:(?:is|are|was|were)\s+meeting|met|meets|meet)\b(?![-])")
# verb forms of visiting that take a destination ("visited X", "traveled to X", "made a
# secret trip to X")
_VISIT = re.compile(r"\b(?:visited|visits|visit|toured|tours|tour|travell?ed\s+to"
                    r"|travels\s+to|travel\s+to|flew\s+to"
                    r"|(?:made|makes|make|paid|pays|pay)\s+(?:(?:a|an|the|his|her|their)\s+)?"
                    r"(?:[\w-]+\s+){0,3}?(?:visit|trip)\s+to)\b")
# a call: "phoned X", "spoke by phone with X", "discussed Iran by telephone with X", "held
# a phone call with X" (not "called", which as often names or judges: "called the suit a
# sham"); a call with X and a meeting with X are two acts, so a family of its own
_CALL = re.compile(r"\b(?:phoned|phones|telephoned|(?:spoke|speaks|spoken|talked|talks|talk"
                   r"|speak)\s+(?:by|on\s+the|over\s+the)\s+(?:tele)?phone|(?:held|had|holds"
                   r"|has|have)\s+(?:a\s+)?(?:tele)?phone\s+(?:call|conversation)"
                   r"|discussed\s+(?:[\w'’-]+\s+){1,5}?by\s+(?:tele)?phone)\b")
# a noun of meeting or visit with a possessive name before it ("Pompeo's secret meeting")
_OWNED = re.compile(r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+"
                    r"(?:[\w-]+\s+){0,2}?(?P<noun>meeting|summit|talks|visit|trip)\b")
# "a summit between Kim and Trump", "talks between Mr. Moon and Mr. Kim"
_BETWEEN = re.compile(r"\b(?:meeting|summit|talks)\s+between\s+(?P<who>[^,;:.]{3,80}?)"
                      r"(?=[,;:.]|\s+(?:in|on|at|over|later|next|this|to|for|that|which)\b|$)")
# "the Trump-Abe summit", "the third Trump - Abe summit": a meeting of the two
_PAIRED = re.compile(r"(?P<who>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*[-–]\s*[A-Z][\w.]*"
                     r"(?:\s+[A-Z][\w.]*){0,2})\s+(?:meeting|summit|talks)\b")
# words that may stand between the agent and its verb ("Pompeo secretly met", "Trump will
# meet", "Kim also met", "Moon has agreed to meet")
_BETWEEN_AGENT_AND_VERB = re.compile(
    r"(?:\s+(?:\w+ly|also|will|would|could|may|might|shall|has|have|had|did|does|do|is"
    r"|are|was|were|not|never|again|then|soon|first|finally|(?:plans|planned|planning"
    r"|agreed|wants|hopes|hoped|expects|expected|set|going|due|scheduled|ready|eager"
    r"|willing|prepared|preparing|intends|intended)\s+to|to))*\s*$")
# where the object or "with" phrase of a meeting ends: another phrase or clause begins
_PHRASE_END = re.compile(r"[,;:—–(\"“”]|\s(?:over|in|at|on|during|last|this|next|to|for"
                         r"|after|before|since|when|while|as|because|amid|about|earlier"
                         r"|later|ahead|and\s+(?:[a-z]+ed|said|told)|who|which|that)\s")
# manners before a meeting's "with" ("met in secret with Xi")
_MANNER = re.compile(r"^\s*(?:in\s+(?:secret|private|person)|privately|secretly|briefly"
                     r"|again|face[- ]to[- ]face|separately)\b")
_RECEPTION = re.compile(r"^\s+with\s+(?:\w+\s+){0,2}?(?:criticism|skepticism|resistance"
                        r"|opposition|silence|approval|applause|praise|anger|outrage"
                        r"|condemnation|protests?)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:—–(]|\s(?:who|which|that|because|but|while|after|before)\s")


@dataclass(frozen=True)
class Doing:
    """One meeting or visit a claim tells of: its family, the people it is of (agents and,
    for a meeting, partners) and, for a visit, where to."""

    family: str  # "meeting", "call" or "visit"
    people: frozenset[str]
    agents: frozenset[str]
    places: frozenset[str] = frozenset()


def _people(claim: Claim) -> tuple[str, ...]:
    """The claim's names that may be a person: not a place, a body or a people's word."""
    names = {e.text for e in claim.entities if e.label in ("PERSON", "NAME")
             and not is_demonym(e.text) and e.text[:1].isupper()}
    # "the Trump-Abe summit": a run of names joined by hyphens is read as one; its parts
    # are people too (not "Mar-a-Lago" or "Jae-in", whose parts are not all capitalised)
    names |= {part for n in names if "-" in n and all(p[:1].isupper() for p in n.split("-"))
              for part in n.split("-")}
    return tuple(sorted(names, key=len, reverse=True))


def _places(claim: Claim) -> tuple[str, ...]:
    return tuple(sorted({e.text for e in claim.entities if e.label == "PLACE"},
                        key=len, reverse=True))


def _names_in(span: str, names: tuple[str, ...]) -> frozenset[str]:
    found: list[tuple[int, int, str]] = []
    for name in names:  # longest first: "Kim Jong Un" before "Kim"
        for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", span):
            if not any(hit.start() < e and s < hit.end() for s, e, _ in found):
                found.append((hit.start(), hit.end(), name))
    return frozenset(n for _, _, n in found)


def _agents(before: str, names: tuple[str, ...]) -> frozenset[str]:
    """The names right before a verb, joined by "and" or commas ("Trump and Kim"), an
    aside between them and the verb skipped ("Mike Pompeo, Trump's secretary of State pick,
    made a visit")."""
    cut = _BETWEEN_AGENT_AND_VERB.search(before)
    head = (before[:cut.start()] if cut else before).rstrip()
    if head.endswith(",") and (opening := head.rfind(",", 0, len(head) - 1)) > 0:
        named = head[:opening].rstrip()
        if any(re.search(rf"(?<![\w-]){re.escape(n)}$", named) for n in names):
            head = named
    agents: list[str] = []
    while True:
        found = next((n for n in names if re.search(rf"(?<![\w-]){re.escape(n)}$", head)), None)
        if found is None:
            break
        agents.append(found)
        head = head[:-len(found)].rstrip()
        head = re.sub(r"(?:\b(?:Mr|Mrs|Ms|Dr)\.?)$", "", head).rstrip()
        joined = re.search(r"(?:,|\band|&)$", head)
        if not joined:
            break
        head = head[:joined.start()].rstrip()
    return frozenset(agents)


def _partners(after: str, names: tuple[str, ...]) -> frozenset[str]:
    """The names of a meeting's object or "with" phrase, which may come after a place or a
    day ("met in Tel Aviv on Sunday with Pompeo"), within the clause."""
    if _RECEPTION.match(after):
        return frozenset()
    after = _MANNER.sub("", after, count=1)
    end = _PHRASE_END.search(after)
    found = _names_in(after[:end.start()] if end else after, names)
    if found:
        return found
    clause = _CLAUSE_BREAK.split(after, maxsplit=1)[0]
    if (late := re.search(r"\bwith\b", clause)) is None:
        return frozenset()
    rest = clause[late.end():]
    end = _PHRASE_END.search(rest)
    return _names_in(rest[:end.start()] if end else rest, names)


def _destination(after: str, places: tuple[str, ...]) -> frozenset[str]:
    end = _PHRASE_END.search(after)
    span = after[:end.start()] if end else after
    return frozenset(p for p in places if re.match(rf"\s*(?:the\s+)?{re.escape(p)}\b", span)
                     and span.strip())


@lru_cache(maxsize=1 << 16)
def _read(core: str, names: tuple[str, ...], places: tuple[str, ...],
          calls: bool = False) -> tuple[Doing, ...]:
    found: list[Doing] = []
    for m in _MEET.finditer(core):
        agents = _agents(core[:m.start()], names)
        if not agents:
            continue  # "the two leaders met", "he met Kim", "to meet with": no named agent
        partners = _partners(core[m.end():], names)
        found.append(Doing("meeting", agents | partners, agents))
    for m in _CALL.finditer(core):  # (when ``calls`` are read)
        agents = _agents(core[:m.start()], names) if calls else frozenset()
        if agents:
            found.append(Doing("call", agents | _partners(core[m.end():], names), agents))
    for m in _VISIT.finditer(core):
        agents = _agents(core[:m.start()], names)
        where = _destination(core[m.end():], places)
        if agents and where:
            found.append(Doing("visit", agents, agents, where))
    for m in _OWNED.finditer(core):
        owner = _names_in(m.group("owner"), names)
        if not owner:
            continue
        after = core[m.end():]
        if m.group("noun") in ("visit", "trip"):
            where = _destination(re.sub(r"^\s*to\b", "", after), places) \
                if re.match(r"\s*to\b", after) else frozenset()
            if where:
                found.append(Doing("visit", owner, owner, where))
        elif re.match(r"\s*with\b", after):
            partners = _partners(re.sub(r"^\s*with\b", "", after), names)
            found.append(Doing("meeting", owner | partners, owner))
    for m in (*_BETWEEN.finditer(core), *_PAIRED.finditer(core)):
        # ("Trump-Abe": a hyphen between two names parts them as a space would)
        people = _names_in(re.sub(r"(?<=\w)[-–](?=[A-Z])", " - ", m.group("who")), names)
        if len(people) >= 2:
            found.append(Doing("meeting", people, frozenset()))
    return tuple(found)


def doings_of(claim: Claim, article: Sequence[Claim] | None = None,
              calls: bool = False) -> tuple[Doing, ...]:
    """The meetings and visits ``claim`` tells of with named people; with its ``article``
    (its claims in order), people told by title or pronoun too ("the CIA director met with
    the North Korean leader": ``embeddings.told_agents``)."""
    if article is None:
        return _plain_doings(claim, calls)
    core, told = told_core(claim, article)
    told = (*told, *_written_in(claim))
    if not told:
        return _plain_doings(claim, calls)
    names = tuple(sorted(set(_people(claim)) | set(told), key=len, reverse=True))
    return _read(core, names, _places(claim), calls)


# asked of a claim for every pair it is scored in (the seeds five times over: 54,000 calls
# for 1,200 claims, each sorting its names and reading which are peoples' words): read once
# a claim (frozen, its hash kept; ``service.claim_canon`` hands back one object per claim)
@lru_cache(maxsize=1 << 16)
def _plain_doings(claim: Claim, calls: bool) -> tuple[Doing, ...]:
    return _read(claim.core, _people(claim), _places(claim), calls)


# a name opening a core ("Donald Trump met Kim")
_OPENING_NAME = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}(?=\s+[a-z])")


def _written_in(claim: Claim) -> tuple[str, ...]:
    """The person the extractor wrote into the core for a pronoun its sentence opened with
    ("Donald Trump spoke on Tuesday. He met Kim" -> core "Donald Trump met Kim"): a full
    name opening the core that the sentence itself never writes."""
    found = _OPENING_NAME.match(claim.core)
    return (found.group(),) if found and found.group() not in claim.text else ()


def _named_in(person: str, claim: Claim, told: Sequence[str] = ()) -> bool:
    others = [e.text for e in claim.entities if e.label != "PLACE"]
    if claim.speaker:
        others.append(claim.speaker)
    others.extend(told)
    return any(aliases(person, other) for other in others)


def _one(xs: frozenset[str], ys: frozenset[str]) -> bool:
    return any(aliases(x, y) for x in xs for y in ys)


@dataclass(frozen=True)
class _Read:
    """A claim as this module reads it: its doings and the people its article told by
    title or pronoun (whom it names, if not by name)."""

    claim: Claim
    doings: tuple[Doing, ...]
    told: tuple[str, ...] = ()


def _two(x: Doing, y: Doing, a: _Read, b: _Read) -> bool:
    """Two doings of one family, of one person or place, each with a person of its own."""
    if x.family != y.family:
        return False
    if x.family in ("meeting", "call"):
        if not _one(x.people, y.people):
            return False
        own_x, own_y = x.people, y.people
    else:
        if not _one(x.places, y.places):
            return False
        own_x, own_y = x.agents, y.agents
    return any(not _named_in(p, b.claim, b.told) for p in own_x) \
        and any(not _named_in(p, a.claim, a.told) for p in own_y)


def _reading(claim: Claim, article_claims: ArticleClaims | None, calls: bool) -> _Read:
    if article_claims is None:
        return _Read(claim, doings_of(claim, calls=calls))
    if not needs_article(claim.core):  # (the article is read only where it may tell)
        return _own_reading(claim, calls)
    article = article_claims(claim.article_id)
    return _Read(claim, doings_of(claim, article, calls),
                 (*told_core(claim, article)[1], *_written_in(claim)))


# a claim whose article is not read is read on its own, and it is asked of for every pair it
# is scored in (the seeds five times over: 54,000 readings of 1,200 claims, each asking its
# told core and the name written into it): kept once a claim, as ``_plain_doings`` is
@lru_cache(maxsize=1 << 16)
def _own_reading(claim: Claim, calls: bool) -> _Read:
    return _Read(claim, doings_of(claim, (), calls), _written_in(claim))


def one_act_two_agents(a: Claim, b: Claim, article_claims: ArticleClaims | None = None,
                       calls: bool = False) -> bool:
    """Both claims tell of a meeting with one person (or a visit to one place) whose other
    people differ: each names someone the other claim does not name at all.  With
    ``article_claims``, people a claim tells by title or pronoun are read through its
    article; with ``calls``, phone calls are read as meetings are (a family of their own).
    """
    mine = _reading(a, article_claims, calls)
    if not mine.doings:
        return False
    theirs = _reading(b, article_claims, calls)
    return any(_two(x, y, mine, theirs) for x in mine.doings for y in theirs.doings)
