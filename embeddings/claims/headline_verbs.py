"""A Title Case headline's frame: "Noyer Says Strong Euro Creates Pressure", "Mt. Gox Chief
Stole Bitcoins, Hackers Claim".  A headline capitalises its verb of saying, which the
lower-case frames never find, so its claim was read as the outlet's own with the frame
still in it; it is the named one's ("Noyer"), or no one's where a bare group speaks
("Monitors Say"), and its core is the claim without "X Says".

Only a short run of capitalised words, with no preposition in it, is read as the one who
speaks: "Man Mauled By Bear Says ..." or "Priest Dies, Wakes Up, Claims ..." stay whole.
"""

from __future__ import annotations

import re

from embeddings.claims.numbers.units import title_case
from embeddings.claims.speaker_context import SpeakerContext
from embeddings.claims.speaker_names import named_speaker

# ("Warns" is left out: "Media Warns People To Stop ..." warns someone to do something)
_VERB = r"(?:Says|Say|Claims|Claim|Insists|Insist|Argues|Argue)"
# up to five capitalised words ("GOP Rep. Duncan Hunter", "U.S.", "DHS Chief")
_WHO = r"(?P<who>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})"
# "Bergdahl: Senator Says ...": a short topic before a colon opens many headlines (a longer
# one is a headline of the outlet's own: "Judd Nelson Proof Of Life After Death Hoax: X
# Claims ...", whose "Hoax" is no part of X's claim)
_TOPIC = r"(?:(?:[^\s:;,“”\"]+\s+){0,3}[^\s:;,“”\"]+:\s+)?"
_LEADING = re.compile(
    rf"^{_TOPIC}{_WHO}\s+{_VERB}\s+"
    # "Claims to Have Beheaded", "Claim of ...": no clause follows
    r"(?!(?:To|to|Of|of|That|that)\b)(?P<claim>\S+(?:\s+\S+){2,})$")
_TRAILING = re.compile(rf"^(?P<claim>\S+(?:\s+\S+){{2,}}?),\s+{_WHO}\s+{_VERB}\.?$")
# "Man Mauled By Bear", "Leader Of ...", "The Student Who", "Congressman's (Claim)": a
# phrase that goes on past its head names no one
_NOT_A_HEAD = re.compile(r"\b(?:By|Of|In|For|With|From|At|To|On|After|Over|About|As|Who|Which"
                         r"|That)\b|[’']s?$")
# "Hoax Report Claims ...", "Story Claims ...": a document the outlet names no author of, left
# whole as "a report claims ..." is (the outlet does not make the claim its own)
_DOCUMENT = re.compile(r"\b(?:Reports?|Stor(?:y|ies)|Rumou?rs?|Hoax(?:es)?|(?:Web)?[Ss]ites?"
                       r"|Videos?|Stud(?:y|ies)|Polls?|Surveys?|Articles?|Posts?|Tweets?"
                       r"|Photos?|Claims?)$")


def headline_verb(sentence: str,
                  context: SpeakerContext) -> tuple[str | None, str, int] | None:
    """(speaker, claim, claim's start) for a Title Case headline's "X Says A" or
    "A, X Says", or None."""
    if not title_case(sentence):
        return None
    match = _LEADING.match(sentence) or _TRAILING.match(sentence)
    if match is None or _NOT_A_HEAD.search(match.group("who")) \
            or _DOCUMENT.search(match.group("who")):
        return None
    # read without what the article taught the context: a Title Case headline is one run of
    # capitals, which it took for a name ("Woman Says She Gave Her Cheating Man")
    speaker = named_speaker(match.group("who"), SpeakerContext())
    claim = match.group("claim")
    pronoun = _PRONOUN.match(claim)
    if pronoun and match.re is _LEADING:
        # "Woman Says She Gave ...": "she" is the one who says so, as after "a woman says she"
        # (capitalised, it would be read as whoever the article named last)
        claim = pronoun.group().lower() + claim[pronoun.end():]
    return speaker, claim, match.start("claim")


_PRONOUN = re.compile(r"(?:He|She)\b")
