"""A wire headline's credit ("... -Noyer", "... -sources") and a page title's site name
("... - BBC News"): who a headline is attributed to, if anyone."""

from __future__ import annotations

import re

from embeddings.claims.speaker_context import SpeakerContext
from embeddings.claims.speaker_names import named_speaker


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# a wire headline's credit: "Central banks must contain threat from low prices -Noyer",
# "ECB to reveal bad loan hurdles -sources" (a headline: no full stop).  A name is a credit
# only glued to its dash: "Headline - BBC News" is a page title's site name
_HEADLINE_CREDIT = re.compile(
    r"\s+[-–—](?:(?P<who>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})"
    r"|\s(?P<spaced>(?:The\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})"
    r"|\s?(?P<group>sources?|officials?|analysts?|diplomats?))\s*$")
# what a page title's tail names besides a site: its section or kind ("... - Live updates")
_SECTION_WORDS = _words("""live updates update latest opinion analysis comment editorial
    review video videos watch photos podcast explainer world politics business sport sports
    news breaking home commentary facts blog report reports brief briefing preview recap
    column columns insight insights highlights markets market feature features letters""")


def _section(tail: str) -> bool:
    """"Live updates", "Quick Facts", "U.S. Commentary": a section's name ends in such a word
    and names no outlet ("BBC News", "CNN Politics", "Sky News" are sites)."""
    words = tail.split()
    lowered = [w.lower() for w in words]
    if lowered[-1] not in _SECTION_WORDS or any(
            re.fullmatch(r"[A-Z]{2,}", w) and w not in ("US", "UK") for w in words):
        return False
    # ("Sky News": a site's name ends in "News" too; a section's "News" follows other such
    # words: "- Breaking News", "- World News", "- Market News")
    return lowered[-1] != "news" or all(w in _SECTION_WORDS for w in lowered)


def _headline_credit(sentence: str, context: SpeakerContext) -> tuple[str | None, str, int] | None:
    credit = _HEADLINE_CREDIT.search(sentence)
    if credit is None or len(sentence[: credit.start()].split()) < 4:
        return None
    headline = sentence[: credit.start()]
    spaced = credit.group("spaced")
    if spaced is not None:
        # "Germany to cut gas use - Handelsblatt": credited after a spaced dash, as a page
        # title gives its site's name ("... - BBC News"); the site is the article's own outlet
        # (or a section of it), and no one the outlet quotes.  Either way it is not claimed
        # a section ("... - Quick Facts", "- U.S. Commentary", "- Analyst Blog") ends in
        # such a word; "... in mid - April." is a sentence's own dash (a title's credit
        # takes no full stop), and neither is anyone's
        if _section(spaced) or spaced.endswith("."):
            return None
        if not context.outlet or context.is_outlet(spaced):  # (unknown: no one to credit)
            return None, headline, 0
        return named_speaker(spaced, context), headline, 0
    who = credit.group("who")
    if who is None:  # "-sources": an unnamed one, the claim stays the outlet's
        return None, headline, 0
    return named_speaker(who, context), headline, 0
