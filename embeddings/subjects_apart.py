"""Two claims whose subjects are two people, one of them written as a pronoun.

"" We are a very welcoming country, " Scott said" / "" For us, this is all about who we are
as a country, " she said" (Cronk): on article-centred vectors the two quotes meet on "we ...
country", as the embedding and the word overlap see one subject, "we", where a reader sees
two people.  A first-person subject of a quote is its speaker (the claim's voice; an
outlet's own "I" is its writer's, told by the outlet), and a "he"/"she" the claim's reading
resolved is the person the core names in its place ("He described North Korea ..." ->
"Trump described ...", "Mr. Abe said he hoped ..." -> "Shinzo Abe hoped ...").  Two claims
whose subjects are so read as two different people (name keys, not one voice), neither
naming the other's subject anywhere, and that share nothing particular (``pointers.
particulars``: no rare word, no rare name; the places and peoples of the story
(``_place_stems``) left out) are two people's words on one topic: the
clusterer takes ``subject_malus`` off their article-centred score (docs/matching.md,
fiftieth session).  At least one subject must come from a pronoun: two named subjects are
in the entity overlap already.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from embeddings.claims.person_referents import no_person
from embeddings.claims.places import PLACES, is_demonym
from embeddings.lexical import Weigher, content_words, stem
from embeddings.matching import entity_key
from embeddings.place_subjects import is_place_name, place_subject, speaks_for_place
from embeddings.pointers import particulars
from embeddings.types import Claim

OneVoice = Callable[[str, str], bool]

# a speaker speaking of themselves or their side anywhere in a facet ("I would like ...",
# "We're going to ...", "For us, this is all about who we are")
# (not the "I" of "C.I.A." or of "World War I")
_FIRST = re.compile(r"(?<![\w’'.-])(?<!War )(?:I|[Ww]e|[Uu]s|[Oo]ur|[Mm]y|me)"
                    r"(?:[’'](?:m|ve|d|ll|re))?(?![\w’'.-])")
# a third-person pronoun opening a facet, after a connective at most: it, not an "our" later
_THIRD = re.compile(r"^[\s“\"‘'(]*(?:[A-Za-z]+,\s+)?(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)(?:[’']s)?\s")
_QUOTES = re.compile(r"[“”\"]")
# a person's name opening a facet, then its verb ("Trump described ...", "Shinzo Abe hoped")
# (with a title before it and an aside after it: "Turkish President Recep Tayyip Erdogan,
# who was in New York, voiced support ...")
_NAMED = re.compile(r"^[\s“\"‘'(]*(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w’'-]+"
                    r"(?:\s+[A-Z][\w’'.-]+){0,5})(?:,\s+who\s[^,]{1,80},)?"
                    r"\s+(?P<next>[a-z][\w’'-]*)")
# words after a capitalised opening that are no verb of a named subject ("Donald, you've")
_PRONOUNS = frozenset({"He", "She", "It", "They", "We", "You", "I", "This", "That", "There"})
_NOT_VERBS = frozenset({"you", "you've", "you're", "i", "we", "and", "or", "of", "the", "a",
                        "to", "in", "on", "at", "for", "with", "who", "which", "that", "as"})


# asked of a claim's best facet and its core for every pair it is scored in (190,000 calls
# for 1,200 claims, the seeds five times over): kept a claim and facet, as a claim's hash is
# kept and ingest hands back one object a claim (``service.claim_canon``)
@lru_cache(maxsize=100_000)
def subject(claim: Claim, facet: str) -> tuple[str, bool] | None:
    """The person ``facet`` (one facet of ``claim``'s core) is about as its subject, and
    whether a pronoun stood for them: a first-person subject is the claim's speaker (an
    outlet's own sentence, its writer: the outlet); a name opening the facet with its verb
    is that person, read from a pronoun where the sentence has "he"/"she" before that verb."""
    # (and keyed on what the reading uses, for equal claims read as other objects)
    persons = tuple(e.text for e in claim.entities if e.label in ("PERSON", "NAME"))
    return _subject(facet, claim.text, claim.speaker, claim.source, persons)


@lru_cache(maxsize=100_000)
def _subject(facet: str, text: str, speaker: str | None, source: str,
             persons: tuple[str, ...]) -> tuple[str, bool] | None:
    if _THIRD.match(facet):
        return None  # "However, he neglected to mention ... our country": "he" is the subject
    if _FIRST.search(facet):
        if speaker:  # (a voice by name: not "the lawsuit", "a statement")
            return (speaker, True) if speaker[:1].isupper() else None
        # a quote nobody is credited with is no one's known "I"
        return (source, True) if not _QUOTES.search(text) else None
    named = _NAMED.match(facet)
    if named is None or named.group("next").lower() in _NOT_VERBS:
        return None
    name, verb = named.group("name"), named.group("next")
    if name.split()[0] in _PRONOUNS or name.split()[0] == "The" \
            or name.endswith(("’s", "'s")) or no_person(name, []) or len(entity_key(name)) < 2:
        return None
    pronoun = re.search(rf"\b(?:[Hh]e|[Ss]he)\s+(?:\w+\s+)?{re.escape(verb)}\b", text)
    if pronoun is not None:
        return name, True
    # a name written as the subject: a person only where the entity reading took it so
    written = any(e in name or name.endswith(e) for e in persons)
    return (name, False) if written and name.split()[0] in text else None


def _names(claim: Claim) -> frozenset[str]:
    """Keys of everyone ``claim`` names: its entities, its speaker, its core's names."""
    names = [e.text for e in claim.entities] + ([claim.speaker] if claim.speaker else [])
    names += re.findall(r"[A-Z][\w’'-]+", claim.core)
    return frozenset(k for k in (entity_key(n) for n in names) if len(k) >= 2)


def subjects_apart(a: Claim, b: Claim, facet_a: str, facet_b: str, weigh: Weigher,
                   one_voice: OneVoice, places: bool = False,
                   article: Callable[[str], Sequence[Claim]] | None = None) -> bool:
    """Are the subjects of two facets two different people, at least one of them written
    as a pronoun, with nothing particular shared?  With ``places``, a place or people
    opening a facet as its subject is one too, set against a person's pronoun
    (``place_subjects``)."""
    (sa, place_a), (sb, place_b) = _read(a, facet_a, places), _read(b, facet_b, places)
    if sa is None or sb is None or not (sa[1] or sb[1]) or (place_a and place_b):
        return False
    (na, _), (nb, _) = sa, sb
    if (place_a and is_place_name(nb)) or (place_b and is_place_name(na)):
        return False  # a body named by its place ("Baku" says "we"): that place told two ways
    if article is not None and (
            (place_a and b.speaker and speaks_for_place(b.speaker, na, article(b.article_id)))
            or (place_b and a.speaker and speaks_for_place(a.speaker, nb, article(a.article_id)))):
        return False  # "French Foreign Minister Colonna": her "we" is France's
    ka, kb = entity_key(na), entity_key(nb)
    if ka == kb or one_voice(na, nb):
        return False
    # a claim naming the other's subject anywhere may be its reply; a place subject named
    # there is one of the story's places, which every sentence of the story names
    if (ka in _names(b) and not place_a) or (kb in _names(a) and not place_b):
        return False
    story = _place_stems(a) | _place_stems(b)
    return (particulars(a, facet_a, weigh, own=True) - story).isdisjoint(
        particulars(b, facet_b, weigh, own=True) - story)


def _read(claim: Claim, facet: str, places: bool) -> tuple[tuple[str, bool] | None, bool]:
    """The subject of ``facet`` (a clause facet may have lost its subject, "offensive in
    Nagorno-Karabakh which ...": then the core's), and whether it is a place.  With
    ``places`` a place opening the clause with its verb is its subject, before any "our"
    later in it ("Russia launched an all-out assault on our democracy" is Russia's act)."""
    for text in (facet, claim.core):
        place = place_subject(text) if places else None
        if place is not None:
            return (place, False), True
        person = subject(claim, text)
        if person is not None:
            return person, False
    return None, False


def _place_stems(claim: Claim) -> frozenset[str]:
    """Stems of the places and peoples ``claim`` names ("Nagorno-Karabakh", "Armenians"): where
    the story is, which two people's words on it share (not what either said)."""
    out: set[str] = set()
    for e in claim.entities:
        words = content_words(e.text)
        if e.text.lower() in PLACES \
                or all(w in PLACES or is_demonym(w.removesuffix("s")) for w in words):
            out.update(stem(w) for w in words)
    return frozenset(out)

