"""Two headline forms a leading frame sits in: a topic label before it ("Bergdahl: Senator
Says ...", "Ukraine crisis: Russia says ...") and a reported clause without its verb
("Mexico Says Students Not Among Dead", "Kerry Says Talks With Iran 'Useful'")."""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())

# a topic label: a few words and a colon, opening a headline ("Bergdahl:", "ISIS Border
# Crisis:", "LOL:"); a clock's "10:30" or a quotation's opening is no label
_LABEL = re.compile(r"^(?P<label>[A-Z][\w.&’'-]*(?:\s+[\w.&’'-]+){0,3}):\s+(?=[A-Z“\"'‘])")
_LABEL_SAYS = re.compile(r"\b(?:says?|said|claims?|tells?|warns?)\b", re.IGNORECASE)
# "Unconfirmed: ISIS Claims ...", "Rumor: ...": a label that weighs what follows is the
# outlet's word on the whole report, and stays with it
_LABEL_WEIGHS = re.compile(r"\b(?:unconfirmed|unverified|rumou?rs?|rumou?red|reports?|reportedly"
                           r"|alleged(?:ly)?|hoax(?:es)?|fake|false|true|debunked|satire|parody"
                           r"|fact[- ]check|claims?|confirmed|denied|opinion|analysis)\b",
                           re.IGNORECASE)


def label_end(text: str) -> int | None:
    """Where a headline's rest begins after its topic label, or None without one (a label
    that reports, "Obama says: ...", introduces what is said, and is the frame itself)."""
    match = _LABEL.match(text)
    if match is None or _LABEL_SAYS.search(match.group("label")) \
            or _LABEL_WEIGHS.search(match.group("label")):
        return None
    return match.end()


# a verbless clause: headlines drop "is"/"are" ("Students Not Among Dead", "Bitcoin Not
# Currency"), or give the predicate as a quoted word ("Talks With Iran 'Useful'").  Its
# subject comes first: "Says No To Troops", "Says Not Guilty" report no clause; a verb in
# it ("Says Troops Will Not ...") is read as the clause it is, not here
_NEGATED = re.compile(r"^(?P<subject>\S+(?:\s+\S+){0,4}?)\s+(?:not|no longer|never)\s+\S",
                      re.IGNORECASE)
_QUOTED_END = re.compile(r"^(?P<subject>\S+(?:\s+\S+){0,5}?)\s+[‘'“\"][^‘'“\"’”]{2,30}[’'”\"]$")
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|am|do|does|did|will|would|could|should|can|may|might|must"
    r"|has|have|had|what|why|how|who|when|where|which|whether|if|to|no|yes|thanks|sorry"
    r"|goodbye|he|she|it|they|we|i|you)\b", re.IGNORECASE)
# "Goodbye To 'Friend'", "Thanks For 'Support'": a quoted object of a preposition is no
# predicate
_PREPOSITION_END = re.compile(r"\b(?:to|for|of|about|on|with|from|by|at|in|as)$",
                              re.IGNORECASE)


def verbless_clause(rest: str, quoted: bool = True) -> bool:
    """Whether what a headline's "X Says" reports is a clause without its verb (with
    ``quoted``, one whose predicate is a quoted word too)."""
    match = _NEGATED.match(rest) or (_QUOTED_END.match(rest) if quoted else None)
    if match is None:
        return False
    subject = match.group("subject")
    return not _VERBISH.search(subject) and not _PREPOSITION_END.search(subject)


# a lower-case headline's "X says" before a clause without its verb: "Bettman says NHL
# expansion not imminent" reads as "Mexico Says Students Not Among Dead" does in Title Case
# (a quoted predicate, "Kerry says talks with Iran 'useful'", stays whole in lower case, as
# it was read: a lower-case quotation is as often a word the headline only mentions)
_SAYS_FIRST = re.compile(r"^(?P<who>\S+(?:\s+\S+){0,4}?)\s+says\s+(?P<rest>\S.*)$")
_HEADLINE_WORDS = 20  # longer, it is prose


def verbless_report(sentence: str, speaker: str | None, core_start: int) -> int | None:
    """Where the claim starts in a headline whose frame ``speaker`` was found but left whole
    (``core_start`` 0) because what it says has no verb; None if it is no such headline."""
    text = sentence.rstrip()
    match = _SAYS_FIRST.match(text)
    if speaker is None or core_start != 0 or match is None or text.endswith(".") \
            or len(text.split()) > _HEADLINE_WORDS \
            or speaker.split()[-1] not in match.group("who").split():
        return None
    return match.start("rest") if verbless_clause(match.group("rest"), quoted=False) \
        else None



# a Title Case clause whose verb is a past spelt as its present and as a noun ("Incompetence
# at eBay Cost Shareholders", "Tax Cuts Hurt Workers", "Floods Cost Billions"): prose finds
# it only after a determiner ("said the strike hit a depot"), which a headline drops.  Its
# subject comes first (one to six words, not ending in a preposition: "Says Cost Of War"
# has none), an object after it ("Price Cut In March", "Cut 10 Days Ago", "Cut Coming" have
# none; a particle is the verb's: "Shut Down Plant")
_HEADLINE_BARE_PASTS = _words("hit cut put set shut hurt cost spread quit")
_FUNCTION_WORDS = _words("""a an the this that these those and or but nor to of for with
    from by at in on as about over after before into than if whether""")
_OBJECT_DETERMINERS = _words("a an the its his her their")
_TIME_UNITS = _words("minutes hours days weeks months years decades ago")


def bare_past_clause(rest: str) -> bool:
    """Whether what a Title Case headline's "X Says" reports is a clause with one of those
    pasts for its verb, second to seventh word (a subject may be long: "Inexcusable
    Incompetence of eBay CEO Cost ...")."""
    words = [w.strip("‘’'“”\",:;") for w in rest.split()]
    for at in range(1, min(7, len(words) - 1)):
        if words[at].lower() not in _HEADLINE_BARE_PASTS or not words[at][:1].isupper():
            continue
        subject, after = words[:at], words[at + 1]
        if not after or _VERBISH.search(" ".join(subject)) \
                or subject[0].lower() in _FUNCTION_WORDS \
                or subject[-1].lower() in _FUNCTION_WORDS:
            return False
        lower = after.lower()
        if (lower in _FUNCTION_WORDS and lower not in _OBJECT_DETERMINERS) \
                or lower.endswith("ing") or _VERBISH.fullmatch(lower):
            return False
        return not (after[0].isdigit() and at + 2 < len(words)
                    and words[at + 2].lower() in _TIME_UNITS)
    return False
