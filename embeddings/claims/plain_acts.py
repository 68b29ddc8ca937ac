"""Verbs that report a claim in one use and narrate a plain act in another.

"Smith added that the deal was dead" reports what Smith said; "Trump added Giuliani to his
legal team", "The company added 200 jobs", "Toyota recalled 1.2 million cars", "Mourners
observed a minute of silence", "Putin concluded his visit", "The army responded with air
strikes", "The court issued a warrant", "Trump called Putin on Tuesday", "Trump tweeted
about the caravan" tell what someone did, and the sentence is the outlet's own narration:
nobody is quoted in it.  These are
checked only where no reported clause, quotation or trailing frame was found (the callers in
``speakers`` decide that), so "X added:", "“A,” X added" and "X recalled that A" keep their
speaker.
"""

from __future__ import annotations

import re

from embeddings.claims.clauses import starts_with_clause

# with no clause after them, an act on an object ("added three members", "recalled the
# cars", "wrote a book"), not a report of what was said
_PLAIN_WITHOUT_CLAUSE = frozenset({"added", "adds", "recalled", "observed", "concluded",
                                   "wrote", "writes"})
# what opens a report: "added that", "added:", "wrote, “…”", or nothing (a trailing frame)
_TOLD = re.compile(r"\s*(?:that\b|[:,;“\"‘']|$)")
# "responded with air strikes", "replied by firing rockets": answered by an act
_ANSWERED_BY_ACT = re.compile(r"\s+(?:with|by)\b")
# what is issued as speech ("issued a statement", "issued a stern warning"); a warrant, rules,
# bonds or a visa are issued as acts
_SPEECH_ISSUED = re.compile(
    r"\s+(?:(?:an?|the|its|his|her|their|a\s+joint|[\w-]+)\s+){0,3}?(?:statements?|warnings?"
    r"|apology|apologies|denials?|appeals?|calls?|pleas?|ultimatum|threats?|rebuttal|response"
    r"|reply|message|remarks?|comments?|condolences|congratulations|reminder|clarification"
    r"|correction|retraction|advisory|alert|communiqu[eé]|declaration|rejoinder|guidance"
    r"|travel\s+warning|notice)\b", re.IGNORECASE)
# a telephone call to a named person, then when or whence ("called Putin on Tuesday", "called
# Merkel from Air Force One"); not "called Putin a killer" (a label: the caller's words)
_PHONE_CALL = re.compile(
    r"\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*(?:\s+(?:on|at|from|late|early|last|this"
    r"|yesterday|today|twice|again|shortly|hours|minutes|days)\b|\s*[.;]?\s*$)")


def says_nothing(sentence: str, verb: re.Match[str]) -> bool:
    """Does ``verb`` (a verb of saying or a speaker's act, found with no reported clause)
    narrate a plain act here, so that its subject is no speaker of the sentence?"""
    word, after = verb.group().lower(), sentence[verb.end():]
    if word in _PLAIN_WITHOUT_CLAUSE:
        # (asked of a predicate the clause is not yet looked for in: "added that A", "“A,”
        # X added, “B”" still report)
        return _TOLD.match(after) is None and not starts_with_clause(after)
    if word in ("responded", "responds", "replied", "replies"):
        return _ANSWERED_BY_ACT.match(after) is not None
    if word in ("issued", "issues"):
        return _SPEECH_ISSUED.match(after) is None
    if word in ("called", "calls"):
        return _PHONE_CALL.match(after) is not None
    return False


# "Trump tweeted about the caravan in strong language": that he wrote on it, not what he
# wrote (no colon, quotation or "that" goes on to tell it)
_ABOUT_ONLY = re.compile(r"\s+about\b[^:“\"‘]*$")


def only_a_topic(sentence: str, verb: re.Match[str]) -> bool:
    """Is ``verb`` a post or a piece of writing told only by its topic?"""
    return verb.group().lower() in ("tweeted", "tweets", "posted", "wrote", "writes") \
        and _ABOUT_ONLY.match(sentence, verb.end()) is not None \
        and re.search(r"\bthat\b|,\s+(?:saying|adding|arguing|claiming|writing|warning"
                      r"|noting|calling)\b", sentence[verb.end():]) is None
