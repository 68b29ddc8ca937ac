"""A label an outlet quotes is not its own choice of word.

"demonstrations ... have grown wild enough to be called “riots,” by authorities", "what
police called 'riots'", "described by the mayor as “riots”": the outlet reports another
voice's label, and the quotation marks keep it at a distance; crediting "riots" to the
outlet would set it on both sides of its own story.  The label is the named voice's, as the
outlet quotes it.  Quotation marks round a label with no one named ("the “riots”") and
"so-called riots" are the outlet distancing itself from the word: no one's choice it makes
its own, so the word is left out of the outlet's side (whose word it was, the sentence does
not say, and "protests" beside it is then no opposing choice of the outlet).
A longer quotation is a speaker's words, which ``Said.chooser`` already credits.  Without
quotation marks, a word a named verb sets on a thing ("when he called it cruel and barbaric",
"a scale health experts describe as unprecedented") is the voice's too, not the outlet's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from embeddings.claims.quotes import double_single_quotes, quoted_spans
from service.contrast.said import Said, says

_LABEL_WORDS = 3  # at most: "mostly peaceful protests"
# verbs of condemnation name a label only with "as": "slammed the protests as “riots”" is
# the slammer's word, "slammed the “riots”" the outlet's distance from it
_DECRY = (r"(?:assail(?:s|ed)?|smear(?:s|ed)?|blast(?:s|ed)?|slam(?:s|med)?|denounce[sd]?"
          r"|deride[sd]?|decr(?:y|ies|ied)|lambast(?:e|es|ed|s)?|castigate[sd]?"
          r"|condemn(?:s|ed)?)")
# verbs that set a word on a thing only through "as": "described the gathering as a “riot”"
# is the describer's word, "described the “riot”" the outlet's distance from it
_AS_VERB = (rf"(?:{_DECRY}|describe[sd]?|characteri[sz]e[sd]?|portray(?:s|ed)?|depict(?:s|ed)?"
            r"|dismiss(?:es|ed)?|paint(?:s|ed)?|refer(?:s|red)?\s+to)")
_CALL = (r"(?:call|calls|called|term|terms|termed|labell?ed|labels?|dub|dubs|dubbed"
         r"|brand|brands|branded|refer(?:s|red)?\s+to\s+as"
         rf"|{_AS_VERB}\s+as)")
# who names it: a name ("Trump", "the Portland Police Bureau") or a body of people, in
# lower case ("authorities", "the police", "some officials", "federal officers")
# or one holder of an office or one body, by its title after "the" ("the mayor", "the interior
# minister", "the foreign ministry": the voice the speaker reading names "mayor")
_OFFICES = ("mayor|governor|minister|ministry|president|premier|chancellor|senator|sheriff"
            "|prosecutor|judge|spokesman|spokeswoman|spokesperson|secretary|ambassador|envoy"
            "|commissioner|chief|commander|official|government|administration|department"
            "|council|agency|commission|army|military|regime|court|embassy|office")
_WHO = (r"((?:the\s+|some\s+|many\s+|federal\s+|local\s+|city\s+|state\s+)*"
        r"(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*|[a-z]+s|police)"
        rf"|[Tt]he\s+(?:[a-z-]+\s+){{0,2}}(?:{_OFFICES}))")
# "what police called “riots”", "as authorities termed them “riots”", "whom Trump condemned
# as “rioters”"
_WHAT_CALLED = re.compile(rf"\b(?:what|which|whom|as)\s+{_WHO}\s+(?:have\s+|has\s+|had\s+)?"
                          rf"{_CALL}\s+(?:(?:it|them|the\w*|this|these)\s+)?(?:an?\s+)?$")
# "described by authorities as “riots”", "labelled by the mayor “riots”"
_CALLED_BY = re.compile(rf"\b(?:called|termed|labell?ed|dubbed|branded|described"
                        rf"|characteri[sz]ed|referred\s+to)\s+by\s+{_WHO}\s+(?:as\s+)?$")
# "“riots,” by authorities" (after a passive: "to be called")
_BY_AFTER = re.compile(rf"[\s,.;:]*by\s+{_WHO}\b")
# an adverb of when or how between the voice and its verb: "Mr. Trump again assailed ..."
# (named, not any "-ly" word: "the Smith family called" names no "Smith")
_ONCE = (r"(?:(?:again|also|once|then|later|already|even|often|previously|repeatedly|recently"
         r"|publicly|openly|falsely|swiftly|quickly)\s+)?")
# "Trump called the protests outside the courthouse “riots”", "the mayor described them as
# “riots”"; not "called for calm amid “riots”" (no object: another verb)
_SUBJECT_CALLED = re.compile(rf"(?:^|[,;:]\s+|\b(?:and|but|while|after)\s+){_WHO}\s+"
                             rf"(?:has\s+|have\s+|had\s+)?{_ONCE}{_CALL}\s+"
                             rf"(?!(?:for|on|off|out|up|in|to|upon|back)\b)"
                             rf"(?:[\w'’-]+\s+){{0,8}}?(?:as\s+)?$")
# "Trump denounced the protests outside the courthouse as “riots”", "Police described the
# gathering as a “riot”": the verb's subject's
_SUBJECT_DECRIED = re.compile(rf"(?:^|[,;:]\s+|\b(?:and|but|while|after)\s+){_WHO}\s+"
                              rf"(?:has\s+|have\s+|had\s+)?{_ONCE}{_AS_VERB}\s+"
                              rf"(?:[\w'’-]+\s+){{0,8}}?as\s+(?:an?\s+)?$")
# "slammed by Republicans as “riots”"
_DECRIED_BY = re.compile(rf"\b{_DECRY}\s+by\s+{_WHO}\s+as\s+$")
_SO_CALLED = re.compile(r"\bso[- ]called\s+[“\"‘']?$", re.I)
# a word set on a thing by a named verb with no quotation marks: "when he called it cruel and
# barbaric", "called the protests riots", "a scale health experts describe as unprecedented":
# the outlet tells what the voice called it, and the word is the voice's.  Only right after
# the verb's object (a pronoun or a short "the" phrase), and one word joined to it ("cruel
# and"): "called the mayor after riots broke out" names no label
# (a "the" phrase of two words ends in a plural: "the peaceful protests", not "the mayor after")
_OBJECT = (r"(?:(?:it|them|him|her|this|that|these|those|the\s+(?:[\w'’-]+\s+)?[\w'’-]+s"
           r"|the\s+[\w'’-]+)\s+)")
_JOINED = r"(?:an?\s+)?(?:[a-z-]+(?:,\s*|\s+(?:and|or)\s+))?"
_CALLED_PLAIN = re.compile(
    rf"\b(?:{_WHO}|he|she|they|we)\s+(?:has\s+|have\s+|had\s+)?{_ONCE}"
    rf"(?:(?:call|calls|called|term|terms|termed|labell?ed|dub|dubs|dubbed|brand|brands"
    rf"|branded)\s+{_OBJECT}|{_AS_VERB}\s+{_OBJECT}?as\s+){_JOINED}$")
# no voice: a pronoun or a word that names no one
_NO_ONE = frozenset({"it", "they", "he", "she", "we", "you", "this", "these", "those", "some",
                     "others", "things", "its", "was", "were", "is", "are", "be", "been"})


@lru_cache(maxsize=4096)
def _quotes(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(quoted_spans(double_single_quotes(text)))


def label_voice(s: Said, start: int, end: int) -> str | None:
    """Whose label the word at claim-text offsets [start, end) is, where the outlet only
    quotes it: the named voice ("authorities"), "" where the outlet distances itself with
    no one named (scare quotes, "so-called"); None where the word is used in the voice that
    ``Said.chooser`` reads (unquoted, or in a speaker's quotation)."""
    text = s.claim.text
    if s.chooser(start) != s.claim.source:
        return None  # a speaker's word: the speaker's, in or out of quotation marks
    span = next(((a, b) for a, b in _quotes(text) if a <= start < b), None)
    if span is None:
        if _SO_CALLED.search(text, 0, start):
            return ""
        called = _CALLED_PLAIN.search(text, 0, start)
        # a pronoun names no one the claim says: the word is then left on no side
        return None if called is None else _named(called.group(1) or "")
    a, b = span
    if len(re.findall(r"[\w'’-]+", text[a:b])) > _LABEL_WORDS or end > b:
        return None  # a quotation, not a label
    for found in (_CALLED_BY.search(text, 0, a), _WHAT_CALLED.search(text, 0, a),
                  _BY_AFTER.match(text, b), _SUBJECT_CALLED.search(text, 0, a),
                  _DECRIED_BY.search(text, 0, a), _SUBJECT_DECRIED.search(text, 0, a)):
        if found is not None and (who := _named(found.group(1))):
            return who
    return ""


def _named(phrase: str) -> str:
    """The voice a phrase names, without an article ("the police" -> "police"), "" for
    none ("it", "they")."""
    words = phrase.split()
    while words and words[0].lower() in ("the", "some", "many"):
        words = words[1:]
    if not words or words[0].lower() in _NO_ONE:
        return ""
    name = " ".join(words)
    # a plural common noun capitalised only as the sentence's first word ("Critics have
    # labelled", "Police called"), not a people or a name ("Democrats", "Trump")
    if len(words) == 1 and says(name.lower()) == "say" and says(name) == "says":
        return name.lower()
    return name
