"""An appositive whose closing comma the writer left out: "Shelby Steele, a senior fellow at
Stanford University’s Hoover Institution said Friday that ...", "Jo Swinson, Liberal
Democrat deputy leader and Foreign Affairs spokesperson said ...".

The name opens the sentence and the description after it runs straight into the verb; read
as if the comma were there, the name is the subject.  Only where nothing else before the verb
names a speaker, the name (a person's, not a body's) opens the sentence (so "The victim was
John Smith, a spokesman said" is not read), and the description is a noun phrase, no clause
("Smith, who chairs it said") and no participle ("Collins, long criticized for ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from embeddings.claims.entities import ORG_WORDS, TITLE_WORDS
from embeddings.claims.roles import _drop_appositive
from embeddings.claims.speaker_context import SENTENCE_OPENER

Subject = tuple[str | None, int] | None
_MAX_WORDS = 12  # "a senior fellow at Stanford University’s Hoover Institution"
# a name of two capitalised words or more ("Jo Swinson", "Planned Parenthood"), joined by
# "of" or "and" at most: no "In September", no "Posting on Twitter"
_NAME = re.compile(r"[A-Z][\w.’'-]*(?:\s+(?:(?:of|and|for)\s+)?[A-Z][\w.’'-]*)+")
_ARTICLES = frozenset({"a", "an", "the"})
# a description is a noun phrase: no clause ("who chairs"), no participle ("long criticized
# for", "held in Moscow", "turned rapper")
_NOT_A_NOUN = re.compile(r"who|which|whose|that|whom|where|when|[a-z]+(?:ed|ing)")


def unclosed_appositive(before: str, read: Callable[[str], Subject]) -> Subject:
    """The subject named before an appositive that runs into the verb without its comma,
    ``read`` finding the subject of a text that ends right before the verb."""
    text = before.rstrip()
    if text.count(",") != 1 or any(q in text for q in "“”\"("):
        return None
    opener = SENTENCE_OPENER.match(text)
    name = text[opener.end() if opener else 0:text.index(",")].strip()
    description = text[text.index(",") + 1:].split()
    if not _NAME.fullmatch(name) or not description or len(description) > _MAX_WORDS \
            or not (description[0] in _ARTICLES or description[-1] in TITLE_WORDS) \
            or any(_NOT_A_NOUN.fullmatch(w) for w in description):
        return None  # "Rather, several analysts", "Posting on Twitter, the former stripper"
    if any(w.lower() in ORG_WORDS for w in name.split()):
        return None  # "The Guttmacher Institute, the abortion industry think tank": a body's
        # description may end in anything ("think" is no verb there); a person's reads safely
    if _drop_appositive(text + ",") is None:
        return None
    found = read(text[: text.index(",")] + " ")
    if found is None or found[0] is None or found[1] > (opener.end() if opener else 0):
        return None
    return found
