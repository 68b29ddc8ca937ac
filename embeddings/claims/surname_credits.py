"""A headline credited to a surname before a colon: "Netanyahu: Evidence proves Iran deal
'based on lies'" opens a story that names "Benjamin Netanyahu" further on.

One word before a colon is as often a label ("Update:", "Watch:", "Note:") or the place or
person the story is about ("Frisco:", "Bergdahl: ... captors") as a speaker, and read alone it
cannot be told which (``caps_credits`` leaves it).  The article tells: where the word is the
last name of the one person it names in full, and the clause after the colon states
something without telling of them or speaking to the reader, the headline is that person's.
No list of labels: a label is no one's surname in the article.  Read once every sentence
is read, as ``titled_speakers`` reads "Israel's prime minister".

A one-line item (a wire headline, a feed entry) has no article to tell: "Plosser: Fed May Have
to Accelerate Tapering Pace" is read as Plosser's only where the word is one English has no
use for at all (rarer than the two-name credit's last word must be: "Frisco", "Eyewitness",
"Rumor", "Pentagon" are words or places), is no place, body, title or label, and the clause
states something (a modal, an auxiliary, a past) with no frame of its own ("Bergdahl: Senator
Says ...") and does not tell of them or speak to the reader.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from embeddings.claims.bystanders import one_bystander
from embeddings.claims.caps_credits import _ABOUT_THEM, _STATES, _TO_THE_READER, _plain_past
from embeddings.claims.entities import ORG_WORDS, PLACES, TITLE_WORDS, is_demonym
from embeddings.claims.headline_forms import bare_past_clause
from embeddings.claims.name_words import NEWSROOM_LABELS
from embeddings.claims.places import CITIES
from embeddings.claims.reporting_verbs import _VERB
from embeddings.claims.speakers import Attribution, SpeakerContext, clean_core

if TYPE_CHECKING:
    from embeddings.claims.drafts import _Draft

# "Netanyahu: ...", "Plosser: ...": one capitalised word (not in capitals: "UPDATE:") and
# a clause of three words or more
_SURNAME_LEAD = re.compile(r"^\W*(?P<who>[A-Z][a-z’'-]+)\s*:\s+(?P<claim>\S+(?:\s+\S+){2,})$")
# a lone word English has no use for: rarer than one in 30 million words ("Plosser" 0.0,
# "Icahn" 2.4, "Draghi" 2.2; "Frisco" 2.9, "Eyewitness" 3.3, "Debunk" 2.7 are too common)
_UNUSED_WORD_ZIPF = 2.5


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
        if person is None and len(drafts) == 1 and text.strip() == sentence.strip() \
                and _lone_credit(who, claim):
            person = who  # a one-line item: no article to name them in full
        # ("Bergdahl: Captors Held Him In A Cage" tells of him; so does a clause naming him)
        if person is None or re.search(rf"\b{re.escape(who)}\b", claim) \
                or _ABOUT_THEM.search(claim) or _TO_THE_READER.search(claim):
            continue
        draft.attribution = Attribution(person, clean_core(claim) or claim,
                                        match.start("claim"))


def _lone_credit(who: str, claim: str) -> bool:
    """Whether "Who: claim", all a one-line item says, credits ``who`` (by the tests in the
    module's docstring; the caller checks the clause does not tell of them)."""
    from wordfreq import zipf_frequency

    word = who.lower()
    if zipf_frequency(word, "en") >= _UNUSED_WORD_ZIPF or word in PLACES or word in CITIES \
            or word in ORG_WORDS or word in TITLE_WORDS or is_demonym(word) \
            or who.upper() in NEWSROOM_LABELS or one_bystander(who):
        return False
    states = _STATES.search(claim) or bare_past_clause(claim) or _plain_past(claim)
    return bool(states) and _VERB.search(claim) is None
