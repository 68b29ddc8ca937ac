"""Who "he" or "the CIA director" is, where a claim tells a meeting's or a visit's people so.

``embeddings.two_agents`` reads a meeting or a visit of *named* people: "Pompeo met Kim".
Outlets more often tell one of them by a title or a pronoun ("the CIA director met with the
North Korean leader", "he plans to meet with Kim"), and which person that is, the claim's
article says: an earlier "CIA Director Mike Pompeo", "North Korean leader Kim Jong Un", the
claim's own frame ("Trump repeated that he plans ...").  This module reads it so, through
the article's readings (``SpeakerContext``: titles given to people, what described them,
the "he" of a sentence), not through a list of titles: a title the article never gave
anyone, or a pronoun it gives no one, is read as no one.

``told_core(claim, article)`` returns the claim's core with each such agent of a meeting or
visit verb, and each such partner ("met with the North Korean leader"), written as the
person's name, and the names so read; ``two_agents`` reads that core as it reads any.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from embeddings.claims import genders
from embeddings.claims.name_words import TITLE_WORDS
from embeddings.claims.speaker_context import SpeakerContext
from embeddings.types import Claim

# a verb of meeting or visiting ("met", "will meet", "traveled to"), as ``two_agents`` reads
# them; the phrase right before is its subject, right after its object or "with" phrase
_ACT = re.compile(r"\b(?:(?:is|are|was|were)\s+meeting|met|meets|meet|visited|visits|visit"
                  r"|toured|tours|travell?ed\s+to|travels\s+to|flew\s+to)\b(?![-])")
# words between a subject and its verb ("he secretly met", "the president plans to meet")
_AUXILIARIES = re.compile(
    r"(?:\s+(?:\w+ly|also|will|would|could|may|might|shall|has|have|had|did|does|do|is|are"
    r"|was|were|not|never|again|then|soon|first|finally|(?:plans|planned|planning|agreed"
    r"|wants|hopes|hoped|expects|expected|set|going|due|scheduled|ready|eager|willing"
    r"|prepared|preparing|intends|intended)\s+to|to))*\s*$")
# a subject told by pronoun, right before the verb ("before he met", "when and if he meets")
_PRONOUN = re.compile(r"(?:^|(?<=[\s,;(“\"—]))(?P<p>[Hh]e|[Ss]he)$")
# a person told by a title: "the CIA director", "the North Korean leader", "the president"
_TITLED = re.compile(r"(?:^|(?<=[\s,;(“\"—]))(?P<the>[Tt]he)\s+"
                     r"(?P<mods>(?:[\w.&-]+\s+){0,3}?)(?P<head>[a-z]+)$")
_TITLED_AFTER = re.compile(r"^\s*(?:with\s+)?(?P<phrase>[Tt]he\s+(?:[\w.&-]+\s+){0,3}?"
                           r"(?P<head>[a-z]+))(?=[\s,;:.—)]|$)(?!\s+of\b)")
# words describing a title that say nothing of whose it is ("the former president")
_PLAIN = frozenset({"former", "then", "current", "new", "outgoing", "incoming", "top",
                    "senior", "newly", "elected", "acting", "de", "facto"})
# title words that are no one's title by themselves ("the foreign", "the state")
_NOT_HEADS = frozenset({"vice", "foreign", "defense", "defence", "interior", "state", "high",
                        "senior", "special", "acting", "affairs", "security", "policy",
                        "economy", "finance", "trade", "pro", "tempore", "officials", "maker",
                        "owner", "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "gov", "gen",
                        "col", "capt", "prof", "sir", "lord", "lady", "dame", "deputy",
                        "assistant"})


def _replay(article: Sequence[Claim], upto: Claim, whole: bool = False) -> SpeakerContext:
    """The article's readings of people so far: its claims before ``upto`` and ``upto``
    itself read as the extractor read them (each sentence observed, each voice heard);
    ``whole``: every claim of the article."""
    context = SpeakerContext(outlet=upto.source)
    for claim in article:
        if claim.start > upto.start and not whole:
            break
        context.observe(claim.text, list(claim.entities))
        if claim.speaker and claim.start < upto.start:
            context.remember(claim.speaker)
    return context


@dataclass(frozen=True)
class _Titled:
    """One mention of a person with the title run right before it ("CIA Director Mike
    Pompeo" -> {"cia", "director"}), where in the article it is."""

    at: int
    person: str
    words: frozenset[str]


def _compact(word: str) -> str:
    return re.sub(r"[^a-z]", "", word.lower())  # "C.I.A." is "cia", as "CIA" is


def _title_runs(article: Sequence[Claim], context: SpeakerContext) -> tuple[_Titled, ...]:
    """Every person the article writes with a title right before the name: a title word
    next to it, capitalised words or title words before that ("North Korean leader Kim
    Jong Un", "Japanese Prime Minister Shinzo Abe", "CIA Director Mike Pompeo")."""
    found: list[_Titled] = []
    for claim in article:
        for entity in claim.entities:
            if entity.label not in ("PERSON", "NAME"):
                continue
            person = context.canonical(entity.text)
            if not (context.is_person(person) or entity.text in context.titled):
                continue
            for hit in re.finditer(rf"(?<![\w-]){re.escape(entity.text)}(?![\w-])",
                                   claim.text):
                tokens = re.findall(r"[\w.&'’-]+(?=\s+$)|[\w.&'’-]+\s+",
                                    claim.text[max(0, hit.start() - 80):hit.start()])
                run: list[str] = []
                for token in reversed([t.strip() for t in tokens]):
                    word = token.lower().rstrip(".")
                    if not run and word not in TITLE_WORDS:
                        break
                    if not (word in TITLE_WORDS or token[:1].isupper()) or word in ("the",):
                        break
                    run.append(_compact(token))
                if run:
                    found.append(_Titled(claim.start + hit.start(), person, frozenset(run)))
    return tuple(found)


def _holder(mods: str, head: str, titled: Sequence[_Titled], before: int) -> str | None:
    """The person the article titles ``head`` with each word of ``mods`` ("the CIA
    director", "the North Korean leader"): the last so written before ``before``; with none
    before, the one person so written after (a lead titles a person its body names later:
    "the CIA director met ..." before "CIA Director Mike Pompeo met ...")."""
    if head not in TITLE_WORDS or head in _NOT_HEADS:
        return None
    words = {_compact(w) for w in mods.split() if w.lower() not in _PLAIN} - {""}
    fitting = [t for t in titled if head in t.words and words <= t.words]
    earlier = [t for t in fitting if t.at < before]
    if earlier:
        return max(earlier, key=lambda t: t.at).person
    people = {t.person for t in fitting}
    return people.pop() if len(people) == 1 else None


def _persons_before(lead: str, claim: Claim, context: SpeakerContext,
                    titled: Sequence[_Titled]) -> str | None:
    """The person named or titled last in ``lead`` (the claim's words before a pronoun),
    not the one a relative pronoun right before stands for ("Mr. Trump, whom he first
    visited": "he" is someone else)."""
    relative = re.search(r",?\s*\bwhom?\s*$", lead)
    if relative:
        lead = re.sub(r"\S+\s*$", "", lead[:relative.start()])
    best: tuple[int, str] | None = None
    for entity in claim.entities:
        if entity.label not in ("PERSON", "NAME"):
            continue
        name = context.canonical(entity.text)
        if not (context.is_person(name) or entity.text in context.titled):
            continue
        for hit in re.finditer(rf"(?<![\w-]){re.escape(entity.text)}(?![\w-])", lead):
            if best is None or hit.end() > best[0]:
                best = (hit.end(), name)
    for hit in re.finditer(r"\b[Tt]he\s+(?:[\w.&-]+\s+){0,3}?([a-z]+)\b", lead):
        words = hit.group().split()[1:]
        who = _holder(" ".join(words[:-1]), words[-1], titled, claim.start)
        if who and (best is None or hit.end() > best[0]):
            best = (hit.end(), who)
    return best[1] if best else None


def _pronoun_holder(pronoun: str, lead: str, claim: Claim, context: SpeakerContext,
                    titled: Sequence[_Titled]) -> str | None:
    """Whom "he" or "she" right before a meeting verb stands for: the person the claim names
    last before it ("President Trump addresses the media as he met ..."), else the claim's
    own speaker ("Trump repeated that he plans to meet"), else the article's last person
    (``SpeakerContext.resolve_pronoun``); of the pronoun's gender where the article says."""
    gender = genders.PRONOUNS[pronoun.lower()]
    for who in (_persons_before(lead, claim, context, titled),
                claim.speaker if claim.speaker and context.may_be_person(claim.speaker)
                else None):
        if who and genders.fits(context.genders, who, gender):
            return who
    return context.resolve_pronoun(pronoun, by_gender=True)


def needs_article(core: str) -> bool:
    """Whether ``core`` tells a meeting or visit with a "he"/"she" or "the <title>" right
    before its verb or after its "with": only then is the article read."""
    return _needs(core)


@lru_cache(maxsize=1 << 16)
def _needs(core: str) -> bool:
    for m in _ACT.finditer(core):
        before = core[:m.start()]
        cut = _AUXILIARIES.search(before)
        head = (before[:cut.start()] if cut else before).rstrip()
        if _PRONOUN.search(head) or _TITLED.search(head) \
                or _TITLED_AFTER.match(core[m.end():]):
            return True
    return False


@lru_cache(maxsize=1 << 14)
def _told(claim: Claim, article: tuple[Claim, ...]) -> tuple[str, tuple[str, ...]]:
    core = claim.core
    frame_end = claim.text.find(core)  # (the frame cut off: "Trump repeated that")
    frame = claim.text[:frame_end] if frame_end > 0 else ""
    at = claim.start + max(0, frame_end)  # where the core begins in the article
    context = _replay(article, claim)
    titled = _title_runs(article, _replay(article, claim, whole=True))
    names: list[str] = []
    out, done = [], 0
    for m in _ACT.finditer(core):
        before = core[done:m.start()]
        cut = _AUXILIARIES.search(before)
        head = before[:cut.start()] if cut else before
        stripped = head.rstrip()
        pronoun, title = _PRONOUN.search(stripped), _TITLED.search(stripped)
        who, start = None, 0
        if pronoun:
            lead = frame + core[:done + pronoun.start()]
            who, start = _pronoun_holder(pronoun.group("p"), lead, claim, context,
                                         titled), \
                pronoun.start()
        elif title:
            who, start = _holder(title.group("mods"), title.group("head"), titled,
                                 at + done), \
                title.start()
        if who:
            out.append(f"{before[:start]}{who}{before[len(stripped):]}")
            names.append(who)
        else:
            out.append(before)
        out.append(m.group())
        done = m.end()
        partner = _TITLED_AFTER.match(core[done:])
        if partner:
            words = partner.group("phrase").split()[1:]
            whom = _holder(" ".join(words[:-1]), words[-1], titled, at + done)
            if whom:
                lead_in = core[done:done + partner.start("phrase")]
                out.append(f"{lead_in}{whom}")
                names.append(whom)
                done += partner.end()
    out.append(core[done:])
    return "".join(out), tuple(dict.fromkeys(names))


def told_core(claim: Claim, article: Sequence[Claim]) -> tuple[str, tuple[str, ...]]:
    """``claim``'s core with a meeting's or visit's people told by title or pronoun written
    as the article names them, and those names (none read: the core as it is)."""
    if not article or not needs_article(claim.core):
        return claim.core, ()
    return _told(claim, tuple(article))
