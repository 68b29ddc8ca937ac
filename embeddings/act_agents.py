"""An act pointer opening a claim read as the act of the sentence before, and its agent.

"France has long been a supporter of Armenia, but Macron's France has taken extra measures
...  This indirect endorsement of Armenia's occupation ... is concerning."  The second
sentence's subject, "This indirect endorsement", names a kind of act; which act, and whose,
the sentence before says: France's.  Against "the U.S. failing to urge Armenia to ... end
its occupation" a reader sees two agents doing two things on one topic, where the matcher
sees the story's words ("occupation", "international") and no subject on one side.

``act_pointer(core)``: the core opens (after one connective: "Moreover, ...") with
"this/that/these/those/such" and up to two modifiers before a noun of an act (a verb's noun:
"-ment", "-tion", "-sion", "-al", "-ance"; or a general act word: "move", "step", "push"),
or with "the move/decision/step"; a noun that says its agent ("the decision by Paris") is
not read.  Its agent is the named subject of the nearest earlier claim of the article
(``agent``: a name opening the core with its verb, an entity of that claim, not a people's
word).  The other claim's agent is its facet's (or core's) subject read the same way, or a
person ``subjects_apart.subject`` reads.  Two claims are two agents' acts where both agents
are read, at least one through a pointer, their name keys differ and are not one voice,
neither claim (nor the pointer's antecedent) names the other's agent, neither act is the
other's told with one word (the pointer's noun or the antecedent's verbs against the other
claim's verb: "shelled" / "This attack" after "... shelled" is one act, perhaps disputed),
and they share no name beyond the story's places and peoples (docs/matching.md, fifty-
fourth session).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from embeddings.claims.places import is_demonym
from embeddings.lexical import STOPWORDS, content_words, stem
from embeddings.matching import entity_key
from embeddings.subjects_apart import _names, _place_stems, subject
from embeddings.types import Claim

OneVoice = Callable[[str, str], bool]
ArticleClaims = Callable[[str], Sequence[Claim]]

# a connective before the subject: "Moreover, this move ..."
_LEAD = r"^[\s“\"‘'(]*(?:[A-Z][a-z]+,\s+)?"
_POINTER = re.compile(_LEAD + r"(?P<det>[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ss]uch(?:\s+an?)?"
                      r"|[Tt]he)\s+(?P<rest>(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)"
                      r"(?P<after>.{0,12})")
# a verb's noun: what someone did ("endorsement", "decision", "refusal", "interference")
_ACT_ENDING = re.compile(r"^[a-z-]{3,}(?:ments?|tions?|sions?|ances?|ences?)$")
# act nouns English has without such an ending (general words, no story's)
_ACT_WORDS = frozenset(re.findall(r"\S+", (
    "move moves step steps act acts attack attacks push bid effort efforts pressure support "
    "threat threats stance approach policy policies response demand demands offer behavior "
    "behaviour rhetoric tactic tactics measure measures aggression interference strike "
    "strikes crackdown campaign "
    # "-al" nouns of acts ("-al" is an adjective's ending as often: "general", "political")
    "approval refusal denial withdrawal dismissal removal reversal proposal betrayal "
    "arrival renewal rejection")))
# "-ment", "-tion", "-al" nouns that are no act: a thing, a body, a place, a time or a state
_NOT_ACTS = frozenset(re.findall(r"\S+", (
    "government governments parliament department departments moment moments document "
    "documents environment element elements equipment apartment nation nations situation "
    "situations population populations station stations organization organizations "
    "organisation organisations institution institutions question questions administration "
    "generation generations position positions region regions tradition traditions "
    "condition conditions relation relations information section portion mission "
    "dimension tension tensions version versions session sessions conclusion "
    "impression opinion religion union nation's mentality animal animals capital capitals "
    "capital's hospital hospitals individual individuals official officials rival rivals "
    "signal signals arsenal journal festival material materials terminal trial trials "
    "deal deals period distance audience evidence experience difference presence "
    "violence sentence science balance instance confidence conference conferences "
    "residence influence importance significance intelligence "
    # happenings, with no one agent: "these developments", "such events"
    "development developments")))
# statements are pointed at by ``claims/references.py`` ("these remarks", "this claim");
# their agent is the speaker, which the voice already is
_SAID = frozenset(re.findall(r"\S+", (
    "statement statements declaration declarations accusation accusations allegation "
    "allegations assertion assertions suggestion suggestions explanation explanations "
    "description descriptions characterization characterisation announcement "
    "announcements mention")))
# after "the", only a decision or a step points back ("The move drew criticism")
_THE_ACTS = frozenset(("move", "decision", "step"))
# what says the agent after the noun: "the decision by France", "this move of Macron's"
_BY = re.compile(r"^\s*(?:by|from)\b|^[’']s\b")
# a name opening a core with its verb ("France has ...", "the U.S. failing to ...",
# "Russian President Vladimir Putin, who ..., said")
_NAMED = re.compile(_LEAD + r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)"
                    r"{0,5})(?:,\s+[^,]{1,80},)?\s+(?P<next>[a-z][\w’'-]*)")
_NOT_NAMES = frozenset(("He", "She", "It", "They", "We", "You", "I", "This", "That", "These",
                        "Those", "There", "Such", "Here", "What", "If", "When", "While", "As",
                        "But", "And", "Yet", "So", "In", "On", "At", "For", "After", "Before"))
_NOT_VERBS = frozenset(("and", "or", "of", "the", "a", "an", "to", "in", "on", "at", "for",
                        "with", "who", "which", "that", "as", "by", "from", "you", "i", "we"))
# the entity kinds that act: a person, a body, a country or town
_AGENT_LABELS = frozenset(("PERSON", "ORG", "PLACE"))
_BE = frozenset(("is", "are", "was", "were", "be", "been", "being"))
# auxiliaries between an agent and its act ("has taken", "is expected to", "had been")
_AUX = frozenset(re.findall(r"\S+", (
    "has have had is are was were be been being will would could should may might must "
    "can also not never long already still just again reportedly allegedly once did does "
    "do yet now recently repeatedly")))


@lru_cache(maxsize=50_000)
def act_pointer(core: str) -> str | None:
    """The act noun ``core`` opens with under a pointer ("This indirect endorsement of ..."
    -> "endorsement"), or None."""
    m = _POINTER.match(core)
    if m is None:
        return None
    det, words = m.group("det").lower(), m.group("rest").split()
    tail = core[m.end("rest"):]
    if det == "the":
        noun = words[0].lower()
        rest = " ".join(words[1:]) + tail
        return noun if noun in _THE_ACTS and not _BY.match(rest) else None
    for i, word in enumerate(words):
        w = word.lower()
        if w in STOPWORDS:
            return None  # "This is", "That was", "these are"
        if _is_act(w):
            rest = " ".join(words[i + 1:]) + tail
            return None if _BY.match(rest) else w
        if i == 0 and det in ("this", "that") and re.match(r"^[a-z]+(?<![su]s)s$", w):
            return None  # a verb: "This transcends politics", "That includes ..."
    return None


def _is_act(word: str) -> bool:
    if word in _NOT_ACTS or word in _SAID:
        return False
    return word in _ACT_WORDS or bool(_ACT_ENDING.match(word))


def named_agent(claim: Claim, text: str) -> tuple[str, str] | None:
    """The name opening ``text`` (``claim``'s core or a facet of it) as the agent of its
    verb, with that verb: ("France", "been") from "France has long been ...".  The name must
    be a person, body or place the claim's entities hold (not a people's word, not a
    capitalised first word: "Fostering peace ..."), and the verb active ("had been served
    with the suit" has no agent in its subject)."""
    m = _NAMED.match(text)
    if m is None:
        return None
    name = m.group("name")
    if name.split()[0] in _NOT_NAMES or name.endswith(("’s", "'s")):
        return None
    if not any(e.label in _AGENT_LABELS and (e.text == name or name.endswith(" " + e.text)
                                             or e.text.endswith(" " + name))
               for e in claim.entities) \
            or all(is_demonym(w.removesuffix("s")) for w in name.lower().split()):
        return None
    words = [w.lower().strip(",.;:“”\"") for w in text[m.start("next"):].split()[:6]]
    if not words or words[0] in _NOT_VERBS:
        return None  # "France and Germany", "the U.S. of ...": no verb read
    for i, w in enumerate(words):
        if w not in _AUX and (i == 0 or w not in STOPWORDS):  # "has long been a supporter"
            if i and words[i - 1] in _BE and re.match(r"^[a-z]+(?:ed|en|wn)$", w):
                return None  # a passive: the subject is what the act befell
            return name, w
    return None


def _earlier(claim: Claim, article: Sequence[Claim]) -> Claim | None:
    """The nearest claim of ``article`` ending before ``claim`` starts."""
    before = [c for c in article if c.end <= claim.start and c.id != claim.id]
    return max(before, key=lambda c: c.start) if before else None


def _agent(claim: Claim, facet: str, article: ArticleClaims
           ) -> tuple[str, frozenset[str], Claim | None] | None:
    """The agent of ``facet``'s act (a name), the stems of the act's words, and the claim the
    agent was read from where a pointer stood for it."""
    noun = act_pointer(facet) or (act_pointer(claim.core) if facet != claim.core else None)
    if noun is not None:
        earlier = _earlier(claim, article(claim.article_id))
        found = named_agent(earlier, earlier.core) if earlier is not None else None
        if found is None or earlier is None or act_pointer(earlier.core) is not None \
                or not _tells_act(earlier.core, noun):
            return None
        return found[0], frozenset({stem(noun), stem(found[1])}), earlier
    found = named_agent(claim, facet) or named_agent(claim, claim.core)
    if found is not None:
        return found[0], frozenset({stem(found[1])}), None
    person = subject(claim, facet) or subject(claim, claim.core)
    return (person[0], frozenset(), None) if person is not None else None


def _tells_act(core: str, noun: str) -> bool:
    """Does ``core`` (the sentence before a pointer) tell an act the pointer's ``noun`` can
    stand for: a noun of an act ("has taken extra measures" for "this move"), or a verb of
    the noun's root ("decided" for "the decision", "committed" for "this commitment")?
    "France called for the Council to meet" tells no "operation"."""
    root = noun[:4]
    # (lower-case words: "the UN General Assembly" tells no act)
    return any(_is_act(w) or (w[:4] == root and w != noun)
               for w in re.findall(r"(?<![\w’'-])[a-z][a-z-]+", core) if w not in STOPWORDS)


def act_agents_apart(a: Claim, b: Claim, facet_a: str, facet_b: str, one_voice: OneVoice,
                     article: ArticleClaims) -> bool:
    """Is one of two claims an act pointer whose agent (read from the sentence before it)
    differs from the other claim's named agent, with no act and no name beyond the story's
    places shared?"""
    # (asked of most pairs the clusterer scores: most claims open with no pointer)
    if not any(act_pointer(t) for t in (facet_a, a.core, facet_b, b.core)):
        return False
    ra, rb = _agent(a, facet_a, article), _agent(b, facet_b, article)
    if ra is None or rb is None or (ra[2] is None and rb[2] is None):
        return False
    (na, acts_a, from_a), (nb, acts_b, from_b) = ra, rb
    ka, kb = entity_key(na), entity_key(nb)
    if ka == kb or one_voice(na, nb):
        return False
    side_a = [a] + ([from_a] if from_a is not None else [])
    side_b = [b] + ([from_b] if from_b is not None else [])
    names_a = frozenset().union(*(_names(c) for c in side_a))
    names_b = frozenset().union(*(_names(c) for c in side_b))
    if ka in names_b or kb in names_a:
        return False  # a claim and its reply, or one act of both
    words_a = frozenset(stem(w) for c in side_a for w in content_words(c.text))
    words_b = frozenset(stem(w) for c in side_b for w in content_words(c.text))
    if not acts_a.isdisjoint(words_b) or not acts_b.isdisjoint(words_a):
        return False  # one act told twice ("shelled" / "This attack" after "... shelled")
    places = _place_stems(a) | _place_stems(b)
    return (_name_stems(a) - places).isdisjoint(_name_stems(b) - places)


def _name_stems(claim: Claim) -> frozenset[str]:
    """Stems of the words of ``claim``'s names (places and peoples are left out above)."""
    return frozenset(stem(w) for e in claim.entities for w in content_words(e.text))
