"""A headline credited to a surname before a colon: "Netanyahu: Evidence proves Iran deal
'based on lies'" opens a story that names "Benjamin Netanyahu" further on.

One word before a colon is as often a label ("Update:", "Watch:", "Note:") or the place or
person the story is about ("Frisco:", "Bergdahl: ... captors") as a speaker, and read alone it
cannot be told which (``caps_credits`` leaves it).  The article tells: where the word is the
last name of the one person it names in full, and the clause after the colon states
something without telling of them or speaking to the reader, the headline is that person's.
No list of labels: a label is no one's surname in the article.  Read once every sentence
is read, as ``titled_speakers`` reads "Israel's prime minister".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from embeddings.claims.caps_credits import _ABOUT_THEM, _TO_THE_READER
from embeddings.claims.speakers import Attribution, SpeakerContext, clean_core

if TYPE_CHECKING:
    from embeddings.claims.drafts import _Draft

# "Netanyahu: ...", "Plosser: ...": one capitalised word (not in capitals: "UPDATE:") and
# a clause of three words or more
_SURNAME_LEAD = re.compile(r"^\W*(?P<who>[A-Z][a-z’'-]+)\s*:\s+(?P<claim>\S+(?:\s+\S+){2,})$")


def surname_holder(word: str, context: SpeakerContext) -> str | None:
    """The one person the article names in full with ``word`` as their last name."""
    full = [n for n in context.namesakes.get(word, []) if " " in n and context.is_person(n)]
    return full[0] if len(set(full)) == 1 else None


def credit_surname_leads(drafts: list[_Draft], context: SpeakerContext, text: str) -> None:
    """Give a claim "Surname: clause" with no speaker the person the article names in full
    with that surname (the clause, without the credit, is the claim)."""
    for draft in drafts:
        if draft.attribution.speaker or draft.in_quote:
            continue
        sentence = text[draft.start:draft.end].rstrip()
        match = _SURNAME_LEAD.match(sentence)
        if match is None or sentence.count(":") != 1:
            continue
        who, claim = match.group("who"), match.group("claim")
        person = surname_holder(who, context)
        # ("Bergdahl: Captors Held Him In A Cage" tells of him; so does a clause naming him)
        if person is None or re.search(rf"\b{re.escape(who)}\b", claim) \
                or _ABOUT_THEM.search(claim) or _TO_THE_READER.search(claim):
            continue
        draft.attribution = Attribution(person, clean_core(claim) or claim,
                                        match.start("claim"))
