"""Whose voice a document speaks with: "reports from Reuters", "a report in The Guardian",
"a startling new study by NASA", "a survey of gun shops by the NSSF", "a Reuters analysis of
campaign positions" all report what their author says, so the author is the speaker (as
"Reuters said" would be), not the document ("reports from Reuters").  A document that names
no author ("media reports", "a new study", "a report seen by the Herald") is left as it was.
"""

from __future__ import annotations

import re

from embeddings.claims.entities import RUN
from embeddings.claims.places import CITIES, PLACES, is_demonym
from embeddings.claims.speaker_context import SpeakerContext
from embeddings.claims.subjects import BETWEEN_SUBJECT_AND_VERB, subject_before

# what an author issues and a claim is credited to
_DOCUMENT = (r"(?:reports?|stud(?:y|ies)|surveys?|polls?|analys[ie]s|investigations?|articles?"
             r"|stor(?:y|ies)|reviews?|audits?|research|assessments?|estimates?|editorials?"
             r"|findings|probes?|inquir(?:y|ies)|memos?|memoranda|notes|emails?|documents?)")
# what a newspaper or a journal prints: "a report in The Guardian" is The Guardian's ("a
# survey in Ohio" is no one's)
_PRINTED = r"(?:reports?|articles?|stor(?:y|ies)|editorials?|pieces?|columns?|papers?)"
_OPENING = (r"(?:(?:a|an|the|one|two|several|various|multiple|recent|separate|earlier|new"
            r"|latest)\s+)?(?:[a-z][\w-]*\s+){0,3}?")
# "a report by X", "a survey of gun shops by X", "findings published by X", "reports in X"
_AUTHORED = re.compile(
    rf"^{_OPENING}(?:{_DOCUMENT}\s+(?:(?:of|on|into|about)\s+[^,;()“”\"]{{1,60}}?\s+)?"
    r"(?:(?:issued|released|published|compiled|conducted|carried\s+out|commissioned|done"
    r"|written|sent)\s+)?"
    rf"(?:from|by)|{_PRINTED}\s+in)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?P<who>{RUN.pattern})"
    # an acronym after the name, or when the document came out: "the United Nations (UN)",
    # "from CNBC Tuesday" (the caller cuts the day)
    r"(?:\s*\([A-Z.]{2,8}\))?$")
# "a Reuters analysis of campaign positions", "an NBC News poll", "a Reuters/Ipsos poll
# released Wednesday": the name (or two, a pollster's partners) before the noun
_NAMED_BEFORE = re.compile(
    rf"^(?:a|an|the|one)\s+(?:(?:new|recent|latest|separate|earlier)\s+)?"
    rf"(?P<who>{RUN.pattern}(?:/{RUN.pattern})?)\s+(?:[a-z]+\s+)?{_DOCUMENT}"
    r"(?:\s+(?:of|on|into|about)\s+[^,;()“”\"]+"
    r"|\s+(?:released|published|updated|issued|out)\b[^,;()“”\"]*)?$")
# a name before the noun that only says which document or when: "the January jobs report"
_NOT_AN_AUTHOR = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Annual|Global"
    r"|National|New|The|This|That|Its|Their|His|Her|\d.*)$")


def document_author(phrase: str) -> str | None:
    """The author a phrase naming a document names ("a report from the Associated Press" ->
    "Associated Press"), or None where the phrase is no authored document."""
    phrase = phrase.strip()
    phrase = phrase[:1].lower() + phrase[1:]  # "A report by", "Reports in" open a sentence
    match = _AUTHORED.match(phrase) or _NAMED_BEFORE.match(phrase)
    if match is None:
        return None
    who = match.group("who")
    if _NOT_AN_AUTHOR.match(who) or is_demonym(who):
        return None  # "a British survey" is no one's
    if match.re is _NAMED_BEFORE and (who.lower() in PLACES or who.lower() in CITIES):
        return None  # "a Chicago study": where it was done, not who did it
    return who


# where a document's phrase may open before its verb: the sentence's start, or a comma ("A,
# an investigation by the New York Times said")
_PHRASE_START = re.compile(r"^[\W]*|,\s*")


def document_subject(sentence: str, verb_start: int,
                     context: SpeakerContext) -> tuple[str | None, int] | None:
    """"A report from the Associated Press said ...": the author who speaks through the
    document that is the verb's subject, and where that subject's phrase starts."""
    text = BETWEEN_SUBJECT_AND_VERB.sub("", sentence[:verb_start], count=1)
    for opening in reversed(list(_PHRASE_START.finditer(text))):
        author = document_author(text[opening.end():])
        if author is None:
            continue
        speaker = _author_speaker(author, context)
        return (speaker, opening.end()) if speaker else None
    return None


# "A, says a poll by Rasmussen Reports.": the document after an inverted verb, to the end
_AFTER_INVERTED = re.compile(r"\s+(?P<phrase>[^,;“”\"]{3,120}?)\s*[.!]?\s*$")


def document_after(sentence: str, verb: re.Match[str], context: SpeakerContext) -> str | None:
    """The author of a document an inverted frame ends the sentence with ("A, says a poll by
    Rasmussen Reports." -> "Rasmussen Reports")."""
    if not sentence[: verb.start()].rstrip().endswith(","):
        return None  # only "A, says ...": the claim before, the frame ending the sentence
    tail = _AFTER_INVERTED.match(sentence, verb.end())
    author = document_author(tail.group("phrase")) if tail else None
    if author is None:
        return None
    return _author_speaker(author, context)


def _author_speaker(author: str, context: SpeakerContext) -> str | None:
    """The author read as the subject of "X said" is; two partners ("Reuters/Ipsos") as
    written, a name of neither alone."""
    if "/" in author:
        return author
    named = subject_before(f"{author} said", len(author) + 1, context)
    return named[0] if named is not None and named[1] == 0 else None
