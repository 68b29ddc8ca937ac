"""Whose words a bare quotation is, when its own sentence does not say.

A sentence that is one quotation and nothing else (""We will not back down."") has no frame,
and read alone it is the outlet's own voice.  News tell its speaker in two other ways:

- the sentence before says that someone spoke, with no words of theirs in it ("The mayor
  spoke to reporters on Monday.", "Netanyahu addressed the nation."), and the quotation
  that follows, in its paragraph or opening the next, is what they said;
- the quotation is a pull quote: the article quotes the same words elsewhere with their
  speaker ("..., " said DNC Chairman Tom Perez in a statement).

``speech_lead`` reads the first in the extractor's loop (where the article's speaker context
resolves "the mayor" or "she"); ``pull_quote_speakers`` the second once every sentence is read.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from embeddings.claims.quotes import quoted_spans
from embeddings.claims.speakers import Attribution, SpeakerContext, clean_core, find_speaker

if TYPE_CHECKING:
    from embeddings.claims.drafts import _Draft

# a verb that tells someone spoke, with what they said left out: the act of speaking
# ("spoke", "addressed the crowd", "told reporters") or the occasion ("held a news
# conference", "gave a speech", "took to Twitter")
_SPOKE = (r"spoke|speaks|addressed|addresses|told\s+(?:reporters|journalists|the\s+\w+|"
          r"[A-Z][\w.]*)|tweeted|testified|(?:held|gave|delivered|issued|released)\s+"
          r"(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:news\s+conference|press\s+"
          r"conference|conference|briefing|speech|address|statement|interview|remarks)"
          r"|took\s+to\s+(?:Twitter|Facebook|social\s+media|the\s+podium|the\s+stage)")
# the speaker: a name or a described person opening the sentence (past an opener), up to
# eight words; "he"/"she"/"they" too, which the context resolves
_LEAD = re.compile(
    r"^(?:(?:But|And|Then|Later|Meanwhile|On\s+\w+|Earlier),?\s+)?"
    r"(?P<subject>(?:[A-Z][\w.’'-]*|the|an?|of|[a-z]+(?=\s+[A-Z]))(?:,?\s+[\w.’'-]+){0,7}?,?)"
    rf"\s+(?:(?:also|later|then|briefly|again)\s+)?(?P<verb>{_SPOKE})\b(?P<rest>[^\"“”]*)$")
# what may follow the verb: adjuncts of time, place and manner, never a clause of what was
# said ("told reporters that ...", "spoke of a crisis")
_CONTENT = re.compile(r"\b(?:that|about|of|on\s+whether|whether|how|why|what)\b")
_NAMED = re.compile(r"^((?:[A-Z][\w.’'-]*\s+)+[A-Z][\w.’'-]*),\s.*$")
_WORD = re.compile(r"[a-z0-9]+")


def speech_lead(sentence: str, context: SpeakerContext) -> str | None:
    """Who the sentence says spoke, with nothing of what they said ("The mayor spoke to
    reporters on Monday." -> the mayor as the context names her), or None."""
    if quoted_spans(sentence):
        return None
    m = _LEAD.match(sentence.strip())
    if m is None or _CONTENT.search(m.group("rest")):
        return None
    subject = m.group("subject").rstrip(",")
    # "Ann Cole, the mayor, held ...": the name, not its apposition
    subject = _NAMED.sub(r"\1", subject)
    # the frame reader resolves the subject as it would "..., the mayor said." (a title, a
    # surname, a pronoun), and names nobody where it is no speaker ("The 44-year-old")
    framed = find_speaker(f"\u201cIt is so,\u201d {subject} said.", context).speaker
    return framed or None


def is_bare_quote(sentence: str) -> bool:
    """One quotation and nothing else but its closing punctuation (or a quotation that
    opens the sentence and is still open at its end: "“During the campaign, ... campaign."
    cut before its closing mark)."""
    spans = quoted_spans(sentence)
    if not spans:
        # (or in single marks the reader left as they are, "Trump's" inside: "' During
        # ... Trump's campaign. '")
        body = sentence.strip()
        return body[:1] in "\"“'‘" and body[1:2].isspace() | body[1:2].isalpha() \
            and not any(c in body[1:] for c in "\"“”")
    return len(spans) == 1 and not sentence[:spans[0][0]].strip() \
        and sentence[spans[0][1]:].strip(" \t.,!?\"”»'’") == ""


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def lead_quotes(drafts: list[_Draft], text: str) -> None:
    """A bare quotation right after a sentence that says who spoke (in its paragraph or
    opening the next) is theirs."""
    for before, draft in pairwise(drafts):
        if not before.leads or draft.attribution.speaker or draft.in_quote:
            continue
        if text[before.end:draft.start].count("\n") > 2:
            continue  # (a paragraph between them: the quotation may be anyone's)
        if is_bare_quote(text[draft.start:draft.end]):
            core = clean_core(draft.attribution.core) or draft.attribution.core
            draft.attribution = Attribution(before.leads, core, draft.attribution.core_start)


def pull_quote_speakers(drafts: list[_Draft], text: str, min_words: int = 6) -> None:
    """A bare quotation with no speaker whose words (six or more) the article quotes
    elsewhere with a speaker, in the same order, gets that speaker: one quotation is one
    person's, wherever the article repeats it.  Where two speakers are quoted with the
    words, nobody is assumed."""
    quoted = []
    for draft in drafts:
        if draft.attribution.speaker:
            sentence = text[draft.start:draft.end]
            spans = quoted_spans(sentence, draft.in_quote) or [(0, len(sentence))]
            quoted.append((draft.attribution.speaker,
                           [" ".join(_words(sentence[a:b])) for a, b in spans]))
    for draft in drafts:
        sentence = text[draft.start:draft.end]
        if draft.attribution.speaker or draft.in_quote or not is_bare_quote(sentence):
            continue
        words = _words(sentence)
        if len(words) < min_words:
            continue
        said = " ".join(words)
        speakers = {speaker for speaker, quotes in quoted
                    if any(f" {said} " in f" {q} " for q in quotes)}
        if len(speakers) == 1:
            core = clean_core(draft.attribution.core) or draft.attribution.core
            draft.attribution = Attribution(speakers.pop(), core, draft.attribution.core_start)


def quoted_paragraph_speakers(drafts: list[_Draft], text: str) -> None:
    """A paragraph that opens with a bare quotation, right after a paragraph that ends in a
    speaker's quotation, goes on quoting that speaker ("“First, ... Second, ...,” Netanyahu
    said." / "“Third, Iran lied again in 2015.”"): news attribute a new speaker's quotation
    where it opens, so one left bare after a quotation is the same voice's.  Only after a
    quotation (a paragraph of the outlet's own prose before it may be followed by anyone)."""
    for before, draft in pairwise(drafts):
        speaker = before.attribution.speaker
        if draft.attribution.speaker or draft.in_quote or not speaker:
            continue
        gap = text[before.end:draft.start]
        if gap.strip() or not 1 <= gap.count("\n") <= 2:
            continue  # (the same paragraph is _resume_quotes'; a paragraph between: anyone's)
        said = text[before.start:before.end]
        if not (before.in_quote or quoted_spans(said)) or not said.rstrip().endswith(
                (".", "!", "?", "”", "\"")):
            continue
        bare = text[draft.start:draft.end]
        if is_bare_quote(bare) and not _repeated(bare, draft, drafts, text):
            core = clean_core(draft.attribution.core) or draft.attribution.core
            draft.attribution = Attribution(speaker, core, draft.attribution.core_start)


def _repeated(sentence: str, draft: _Draft, drafts: list[_Draft], text: str,
              min_words: int = 6) -> bool:
    """The article quotes these words elsewhere too: a pull quote, which is read by whom it
    quotes them with (``pull_quote_speakers``), never by the paragraph it was set after."""
    said = " ".join(_words(sentence))
    return len(said.split()) >= min_words and any(
        f" {said} " in f" {' '.join(_words(text[d.start:d.end]))} "
        for d in drafts if d is not draft)
