"""A speaker called by a title before the article names them.

"Israel's prime minister says his government has obtained ..." opens a story that names
"Israeli Prime Minister Benjamin Netanyahu" one sentence later: the speaker context reads
titles backwards only (the name first, "the minister" after), so the opening claim kept the
title as its voice and the reader saw one person as two speakers ("attributes it to
Benjamin Netanyahu and to Israel's prime minister").  Once the whole article is read, a
speaker that is a bare title is the one person the article gives that title, with the
place and the other words the title is told with ("prime", "foreign"); where the article
gives it to two people, or to nobody, the title stays as it was.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from embeddings.claims.entities import TITLE_WORDS
from embeddings.claims.speakers import Attribution, SpeakerContext

if TYPE_CHECKING:
    from embeddings.claims.drafts import _Draft

# "senator", "the senator", "Israel's prime minister", "the French foreign minister": an
# optional article or a place (possessive or a people's word), then lower-case title words;
# never "a senator" (one of several) nor a plural ("officials")
_TITLE = re.compile(r"^(?:the\s+)?(?:(?P<place>[A-Z][\w.]*?)(?:['’]s)?\s+)?"
                    r"(?P<words>(?:[a-z]+\s+){0,2}[a-z]+)$")


def _holder(speaker: str, context: SpeakerContext) -> str | None:
    m = _TITLE.match(speaker)
    if m is None:
        return None
    words = m.group("words").split()
    head = words[-1]
    if head not in TITLE_WORDS or head in ("officials", "reps") or not all(
            w in TITLE_WORDS for w in words):
        return None
    place = (m.group("place") or "").lower()
    found = set()
    for person, held in context.held.items():
        if head not in held or not context.is_person(person):
            continue
        described = context.described_as.get(person, "")
        # every word of the title and its place (by four letters: "Israel's" is the
        # "Israeli" the name was given) told with the person's name
        if all(re.search(rf"\b{w}\b", described) for w in words) and (
                not place or re.search(rf"\b{re.escape(place[:4])}", described)):
            found.add(person)
    return found.pop() if len(found) == 1 else None


def _given_before(head: str, person: str, before: str) -> bool:
    """The text before the claim calls someone else by the title ("President Trump" before
    "the president would not disclose ...", where only "President Moon Jae-in" was read as
    a person's name): the bare title may be theirs."""
    first = re.escape(person.split()[0])
    return re.search(rf"\b{head.capitalize()}\s+(?!{first}\b)[A-Z]", before) is not None


def name_titled_speakers(drafts: list[_Draft], context: SpeakerContext, text: str) -> None:
    """Give each claim whose voice is a bare title the one person the article gives it,
    unless the article called someone else by that title before the claim."""
    for draft in drafts:
        speaker = draft.attribution.speaker
        if not speaker:
            continue
        person = _holder(speaker, context)
        if person is not None and not _given_before(speaker.split()[-1], person,
                                                    text[:draft.start]):
            draft.attribution = Attribution(person, draft.attribution.core,
                                            draft.attribution.core_start)
