"""A headline credited across a colon: "Roadside bomb kills 10 Afghan civilians: police",
"Islamic state issues video of beheading of U.S. hostage: SITE", "Activists: Syrian troops
kill dozens near Damascus".

The wire's credit "... -Noyer" (``headline_credit``) written with a colon, after the claim or
before it: who the headline is attributed to, and the claim without the credit.  A credit
after the claim is a name (an acronym, or a word English has no other use for: "Bettman")
or a bare group ("police", "sources", "officials"); before the claim only a bare group is,
for a name there is mostly the story's topic ("Jihadi John: Isis fighter named as ...").  A
person with their title ("US jobs growth hit by weather:Fed President Charles Plosser", a
colon a feed left unspaced) is that person, where the run ends in their given name and
surname.  A document ("...: Report", "Report: ...") is left as it was read: "Report claims
A" is whole, and no one's, and so is a headline a report is credited with.
"""

from __future__ import annotations

import re

from embeddings.claims.groups import bare_group_at_end
from embeddings.claims.name_words import _common_word
from embeddings.claims.reporting_verbs import _VERB
from embeddings.claims.speaker_context import SpeakerContext
from embeddings.claims.speaker_names import named_speaker

Frame = tuple[str | None, str, int]

_TRAILING = re.compile(r"^(?P<claim>\S.*?\S)\s*:\s+(?P<who>[\w.&’'-]+(?:\s+[\w.&’'-]+){0,2})"
                       r"\s*$")
# "...: Fed President Charles Plosser", "...:Fed President Charles Plosser" (the colon
# after a lower-case word, so no time "10:30" and no label "UPDATE:")
_TITLED_TRAILING = re.compile(r"^(?P<claim>\S.*?[a-z])\s*:\s*(?P<who>[A-Z][\w.&’'-]*"
                              r"(?:\s+[A-Z][\w.&’'-]*){2,4})\s*$")
_LEADING = re.compile(r"^\W*(?P<who>[A-Z][a-z]+)\s*:\s+(?P<claim>\S.*)$")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
_HEADLINE_WORDS = 4  # a claim before a credit is a headline, not a label ("Source: X")


def colon_credit(sentence: str, context: SpeakerContext) -> Frame | None:
    """(speaker, claim, where the claim starts) for a headline credited across a colon."""
    text = sentence.rstrip()
    if text.endswith(".") or text.count(":") != 1:
        return None  # a sentence's colon introduces what follows; two colons are a label's
    trailing = _TRAILING.match(text)
    if trailing is not None and _VERB.search(trailing.group("claim")):
        return None  # "Foley family says was threatened ...: ABC": a frame of its own, left
    titled = _TITLED_TRAILING.match(text)
    if titled is not None and not _VERB.search(titled.group("claim")) \
            and len(titled.group("claim").split()) >= _HEADLINE_WORDS:
        speaker = _titled_person(titled.group("who"), context)
        if speaker is not None:
            return speaker, titled.group("claim"), 0
    if trailing is not None and len(trailing.group("claim").split()) >= _HEADLINE_WORDS:
        who, claim = trailing.group("who"), trailing.group("claim")
        if _group(who):
            return _group_speaker(who, context), claim, 0
        if all(_ACRONYM.fullmatch(w) or (w[:1].isupper() and not _common_word(w.lower()))
               for w in who.split()):
            speaker = named_speaker(who, context)
            return (speaker, claim, 0) if speaker else None
        return None
    leading = _LEADING.match(text)
    if leading is not None and len(leading.group("claim").split()) >= _HEADLINE_WORDS \
            and (leading.group("who").endswith("s") or leading.group("who") == "Police") \
            and _group(leading.group("who")):
        start = leading.start("claim")
        return _group_speaker(leading.group("who"), context), text[start:], start
    return None


def credit_after_frame(sentence: str) -> int | None:
    """Where the claim ends in a headline with a frame of its own and an outlet's credit after
    a colon: "Omega's Cooperman says eBay should spin off portion of PayPal: CNBC" is
    Cooperman's, relayed by CNBC, as "X called it fake, the AP reported" is X's; the frame is
    read without the credit (which the frame took for its claim)."""
    text = sentence.rstrip()
    if text.endswith(".") or text.count(":") != 1:
        return None
    trailing = _TRAILING.match(text)
    if trailing is None or not _VERB.search(trailing.group("claim")) \
            or len(trailing.group("claim").split()) < _HEADLINE_WORDS:
        return None
    # (any short credit: the frame before it says who speaks, the credit only who relays it,
    # be it an outlet named by a common word, "Reuters", or a document, "Report")
    who = trailing.group("who")
    return trailing.end("claim") if _group(who) or who[:1].isupper() else None


def _titled_person(who: str, context: SpeakerContext) -> str | None:
    """The person a title-and-name run names, read as the subject of "X said" is, where it
    ends in a given name the gender lists know and a surname ("Fed President Charles
    Plosser" -> "Charles Plosser"); a body's or a place's run ("White House Press Office")
    is none."""
    from embeddings.claims.genders import name_gender
    from embeddings.claims.subjects import subject_before

    found = subject_before(f"{who} said", len(who) + 1, context)
    speaker = found[0] if found is not None else None
    if speaker is None or len(speaker.split()) < 2 or not who.endswith(speaker) \
            or name_gender(speaker) is None or not context.is_person(speaker):
        return None
    return speaker


def _group(who: str) -> bool:
    """A bare group of people that names no one ("police", "sources", "Activists"), not a
    document ("report", "study": the claim stays the outlet's with it)."""
    word = who.lower()
    if " " in word or re.fullmatch(r"(?:reports?|stud(?:y|ies)|polls?|surveys?|rumou?rs?)",
                                   word):
        return False
    # (one of them as they are: "...: source", "...: Analyst"; and the force of the story)
    return word == "police" or any(bare_group_at_end(w) == 0 for w in (word, word + "s"))


def _group_speaker(who: str, context: SpeakerContext) -> str | None:
    """"police" is the force of the story, as in "..., police said"; other groups no one."""
    if who.lower() == "police":
        return context.resolve_descriptor("police") or "police"
    return None
