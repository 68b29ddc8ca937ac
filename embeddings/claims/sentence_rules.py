"""The rules the extractor applies to a sentence, line or article before reading a claim
of it: whose line it is (a transcript's label, a briefer's "A:", a paragraph "X said:", a
sentence that names the speaker of the one before, a fact-check's "Claim:"), whether it is
the outlet's own question or an answer to one, and whether it holds two reports.
"""

from __future__ import annotations

import re

from embeddings.claims.entities import RUN, is_title, person_name
from embeddings.claims.speakers import SpeakerContext, find_speaker, quoted_spans

# an answer that says nothing without the question before it: "Several diplomats say no.",
# "Mao said yes.", "Officials said not yet."
_ANSWER_ONLY = re.compile(
    r"^[^\"“”]{1,80}?\b(?:say|says|said|told\s+\w+|replied|answered|insist|insists|insisted)"
    r"\s+(?P<answer>no|yes|not\s+yet|probably\s+not|probably)\s*[.!]?\s*$", re.IGNORECASE)
_WORDS = re.compile(r"\w+")
# a fact-check's label for the claim it checks ("Claim: ...", "The claim: ...", "Viral
# claim: ..."), and the voice such a claim is given when its line names no other
_CHECKED = re.compile(r"^\W*(?:the\s+|viral\s+)?claim\s*:\s+(?=[\"“A-Z])", re.IGNORECASE)
# a frame that ends its paragraph on a colon, the quotation to follow: "X said:", "In a
# statement, the ministry added:", "She told the BBC:"
_LEAD_IN = re.compile(
    r"\b(?:said|says|added|adds|stated|states|wrote|writes|declared|explained|commented"
    r"|continued|stressed|noted|told\s+(?:the\s+)?[\w.’'-]+(?:\s+[A-Z][\w.’'-]*)?)"
    r"(?:\s+(?:on\s+\w+|in\s+a\s+statement|in\s+a\s+post\s+on\s+[\w.]+))?\s*:\s*$")


# "Organisers said 250,000 took part, while police put the turnout at 40,000": two voices,
# each with a figure of its own, in one sentence
# (or a semicolon alone: "Merz said the government acted too late; Lang said the plan was
# sound", "Iran says it seized a drone; US says no drone is missing")
_WHILE = re.compile(r"[,;]\s+(?:while|whereas|but)\s+|;\s+", re.IGNORECASE)
_MIN_REPORT_WORDS = 4
_NOT_A_NEW_VOICE = frozenset({"that", "to", "which", "who", "whom", "his", "her", "its", "their",
                              "he", "she", "it", "they", "we", "i", "you"})


def _two_reports(sentence: str, in_quote: bool) -> list[tuple[int, int]] | None:
    """The spans of "X said A" and "Y said B" in "X said A, while Y said B", when each half
    has a speaker of its own (not "X said A, but added B")."""
    quoted = quoted_spans(sentence, in_quote)
    for m in _WHILE.finditer(sentence):
        if any(a <= m.start() < b for a, b in quoted):
            continue
        left, right = sentence[:m.start()], sentence[m.end():]
        if min(len(_WORDS.findall(left)), len(_WORDS.findall(right))) < _MIN_REPORT_WORDS:
            continue
        if right.split()[0].lower() in _NOT_A_NEW_VOICE:
            continue  # "..., but that none were in the US", "while his minister said": the
            # same report going on, or a voice only the article's context could name
        first = find_speaker(left, SpeakerContext(), in_quote).speaker
        second = find_speaker(right, SpeakerContext(), False).speaker
        if first and second and first.lower() != second.lower():
            return [(0, m.start()), (m.end(), len(sentence))]
    return None


# a transcript's speaker label opening a line: "Mao Ning: ...", "Spokesperson Wang Wenbin: ..."
_TURN = re.compile(r"(?P<label>(?:[A-Z][\w.’'-]*\s+){1,4}?[A-Z][\w’'-]*)\s*:\s+(?=[\"“A-Z])")


def _turn_labels(text: str, context: SpeakerContext) -> dict[str, str]:
    """The line labels of a transcript that name a person, with the person: a person's name
    of two words at least, used on two lines or more, or given with a title ("Spokesperson
    Mao Ning:").  "Key Points:" or "Fact Check:", once, labels no one."""
    counts: dict[str, int] = {}
    for line in text.splitlines():
        m = _TURN.match(line.strip())
        if m is not None:
            counts[m.group("label")] = counts.get(m.group("label"), 0) + 1
    out = {}
    for label, count in counts.items():
        name = person_name(label)
        if len(name.split()) >= 2 and context.is_person(name) \
                and (count >= 2 or name != label):
            out[label] = name
    return out


# a sentence that gives the one before it a speaker, the way wires and translated pieces
# do: "This was reported by X on Telegram.", "This was stated by X, Ukrinform reports.",
# "X reported this on Telegram.", "X wrote about it on Facebook."
_SAID_BACK = re.compile(
    r"^(?:(?:This|That|It)\s+(?:was|has\s+been|had\s+been|is)\s+(?:reported|stated|announced"
    r"|said|confirmed|noted|written|posted|declared)\s+by\s+(?P<who>.+?)"
    r"|(?P<subject>.+?)\s+(?:reported|stated|announced|said|wrote|posted|confirmed)"
    r"\s+(?:this|about\s+(?:this|it))\b)"  # (not "said that in 2020 the deal collapsed")
    r"(?P<where>\s+(?:on|in|at|via|during|through|while|when|after)\s(?:[^,\s]+\s?){1,6})?"
    r"(?:,\s+(?:[A-Z][\w-]*\s+){1,3}(?:reports?|reported|writes|informs)(?:\s+\w+)?)?\s*\.?$")


_CLAUSE_WORD = re.compile(r"\b(?:that|whether|if|would|will|was|were|is|are|had|has|have)\b")


def _said_back(sentence: str, context: SpeakerContext) -> str | None:
    """The speaker a sentence like "This was reported by X on Telegram." gives the claim
    before it, else None."""
    m = _SAID_BACK.match(sentence.strip())
    if m is None:
        return None
    who = m.group("who") or m.group("subject")
    if len(who.split()) > 16 or any(c in who for c in "“”\";"):
        return None
    if m.group("where") and _CLAUSE_WORD.search(m.group("where")):
        return None  # "X said this in a statement that talks would resume": a claim of its own
    return find_speaker(f"According to {who}, it is so.", context).speaker


# the person whose briefing a transcript is, named in its title or first line: "Foreign
# Ministry Spokesperson Mao Ning's Regular Press Conference on March 3", "Press Briefing by
# Press Secretary Karine Jean-Pierre", "Interview with Foreign Minister Sergey Lavrov"
_BRIEFING = re.compile(
    rf"(?P<owner>{RUN.pattern})[’']s\s+(?:Regular\s+|Daily\s+|Weekly\s+)?(?:Press|News)\s+"
    r"(?:Conference|Briefing)"
    rf"|(?:Press\s+Briefing|Press\s+Conference|News\s+Conference|Briefing|Interview)\s+"
    rf"(?:by|with)\s+(?P<by>{RUN.pattern})")


def _briefer(head: str) -> str | None:
    """Who answers the "A:" lines of a briefing's or an interview's transcript."""
    m = _BRIEFING.search(head)
    if m is None:
        return None
    name = person_name(m.group("owner") or m.group("by"))
    return name if len(name.split()) >= 2 and not is_title(name.split()[-1]) else None


def _asks(sentence: str, in_quote: bool) -> bool:
    """A question the outlet asks itself, outside any quotation: it ends in its question
    mark, with no closing quotation mark after it."""
    text = sentence.rstrip()
    if in_quote or not text.endswith("?"):
        return False
    return not any(b >= len(text) - 1 for _, b in quoted_spans(text, False))

