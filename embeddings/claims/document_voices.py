"""A document's words credited to whoever issued it, and an outlet written as its domain.

"“Let me be clear,” Nielsen's statement read.", "“A,” a statement from the ministry said.",
"The ministry's letter said A", "“A,” his statement read.": a statement, a letter or a
release speaks with its author's voice, as "Nielsen said" does (and "read", said of a
document, is how a statement quotes).  "As FoxNews.com reported: A", "CNN.com reported that
A": an outlet written as its web address is that outlet ("Fox News", "CNN").

Each is read by writing the frame as the plain frame it stands for ("Nielsen said", "the
ministry said", "he said", "Fox News reported") and reading that sentence with the usual
rules; the claim itself is never rewritten, so a reading that would keep the rewritten words
in its claim is dropped.  A document no one is named as author of ("the statement said") keeps
its own reading (the article's context tells whose it is), only "read" said of it is read as
"said".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

# what an author issues that quotes them word for word
_DOCUMENTS = (r"(?:statement|letter|release|note|memo|email|e-mail|message|post|tweet"
              r"|announcement|communiqu[eé]|declaration)")
# up to two words saying which of their documents: "Nielsen's written statement", "a joint
# statement from", "the company's press release"
_WHICH = r"(?:[a-z][\w-]*\s+){0,2}?"
_VERBS = r"(?P<verb>read|reads|said|says|stated|states|added|continued)"
# where a frame's subject may open: the sentence's start, or after a quotation or a comma
# ("“A,” X's statement read.")
_OPENS = r"(?:^\W*|(?<=[,”\"])\s*)"
_SUBJECT = re.compile(rf"{_OPENS}(?P<subject>[^,;:“”\"]{{2,120}}?)\s+{_VERBS}\b")
# "Nielsen's statement", "the ministry's press release", "his letter"
_OWNED = re.compile(rf"^(?P<owner>.+?)[’']s?\s+{_WHICH}{_DOCUMENTS}$")
_PRONOUN_OWNED = re.compile(rf"^(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+{_WHICH}{_DOCUMENTS}$")
_PRONOUN = {"his": "he", "her": "she", "their": "they", "its": "it"}
# "a statement from the ministry", "a letter signed by 40 senators", "a release issued by X"
_FROM = re.compile(rf"^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+{_WHICH}{_DOCUMENTS}\s+(?:(?:issued|released"
                   r"|sent|signed|posted|put\s+out|written)\s+)?(?:from|by)\s+(?P<owner>.+)$")
# "the statement", "a White House statement" (whose it is, the article's context tells)
_UNOWNED = re.compile(rf"^(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:\S+\s+){{0,3}}?{_DOCUMENTS}$")
# "read" frames a quotation only where the sentence ends or the quotation follows it
# ("The statement read: “…”", "… the letter read in part."), not "read like a threat"
_READ_ENDS = re.compile(r"\s*(?:in\s+part\s*)?(?:[.,:]|$)")
# "FoxNews.com", "CNN.com", "HuffingtonPost.co.uk": a capitalised name and a web domain
_DOMAIN = re.compile(r"\b(?P<name>[A-Z][A-Za-z]+)\.(?:com|co\.uk|org|net|tv)\b(?![.\w])")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# where a statement was made, said with no verb after a quotation
_OCCASION = (r"(?:during|in|at)\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?"
             r"(?:statement|address|speech|interview|briefing|conference|tweet|post|remarks"
             r"|appearance|rally|hearing)\b")
# "“A,” Prime Minister Benjamin Netanyahu during a televised address carried by ..."
_QUOTE_THEN_WHO = re.compile(rf"(?<=[”\"])\s*(?P<who>[A-Z][^,;:“”\"]{{1,80}}?)\s+{_OCCASION}"
                             r"[^“”\"]*$")

Reading = tuple[str | None, str, int]
Reader = Callable[[str], Reading]


class _Rewrite(NamedTuple):
    text: str  # the sentence with the frame written plainly
    start: int  # where the rewritten words start (same in both)
    old_end: int  # where they ended in the sentence
    new_end: int  # and where they end in the rewritten one


def document_voice(sentence: str, read: Reader) -> Reading | None:
    """The reading of ``sentence`` with a document's frame or an outlet's domain written as
    the plain frame it stands for; None where there is none, or the plain frame names no one.
    ``read`` reads a sentence as ``find_speaker`` does."""
    rewrite = _document_frame(sentence) or _domain_frame(sentence) \
        or _verbless_frame(sentence)
    if rewrite is None:
        return None
    speaker, core, core_start = read(rewrite.text)
    new_words = rewrite.text[rewrite.start:rewrite.new_end].strip()
    if speaker is None or (new_words and new_words in core) \
            or rewrite.start < core_start < rewrite.new_end:
        return None  # no one named, or the claim would carry the rewritten frame
    if core_start >= rewrite.new_end:
        core_start += rewrite.old_end - rewrite.new_end
    return speaker, core, core_start


def _document_frame(sentence: str) -> _Rewrite | None:
    for match in _SUBJECT.finditer(sentence):
        subject, verb = match.group("subject").strip(), match.group("verb")
        if verb.startswith("read") and not _READ_ENDS.match(sentence, match.end()):
            continue
        plain_verb = {"read": "said", "reads": "says"}.get(verb, verb)
        owner = _owner(subject)
        if owner is None and _UNOWNED.match(subject) is None:
            continue
        if owner is None and plain_verb == verb:
            continue  # "the statement said": read as it is
        start = match.start("subject") + len(match.group("subject")) \
            - len(match.group("subject").lstrip())
        plain = f"{owner or subject} {plain_verb}"
        return _Rewrite(sentence[:start] + plain + sentence[match.end():], start,
                        match.end(), start + len(plain))
    return None


def _owner(subject: str) -> str | None:
    """Who issued the document ``subject`` names: "Nielsen's statement" -> "Nielsen", "his
    letter" -> "he", "a statement from the ministry" -> "the ministry"."""
    if (pronoun := _PRONOUN_OWNED.match(subject)) is not None:
        return _PRONOUN[pronoun.group("owner").lower()]
    owned = _OWNED.match(subject) or _FROM.match(subject)
    if owned is None:
        return None
    owner = owned.group("owner").strip()
    # an owner is a name or a body ("the ministry"), not a clause or another document
    if not owner or re.search(_DOCUMENTS, owner) or len(owner.split()) > 8:
        return None
    return owner


def _domain_frame(sentence: str) -> _Rewrite | None:
    match = _DOMAIN.search(sentence)
    if match is None:
        return None
    name = _CAMEL.sub(" ", match.group("name"))
    text = sentence[:match.start()] + name + sentence[match.end():]
    return _Rewrite(text, match.start(), match.end(), match.start() + len(name))


def _verbless_frame(sentence: str) -> _Rewrite | None:
    from embeddings.claims.reporting_verbs import _VERB

    quoted = _QUOTE_THEN_WHO.search(sentence)
    if quoted is not None and _VERB.search(quoted.group("who")) is None:
        end = quoted.end("who")
        return _Rewrite(sentence[:end] + " said" + sentence[end:], quoted.start("who"), end,
                        end + len(" said"))
    return None
