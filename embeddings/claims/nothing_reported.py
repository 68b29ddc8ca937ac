"""Verbs of saying that report no claim by the words around them: a dispute ("argued over
which side would move first"), a call that is a deed ("calls it quits", "called off the
search"), a thing said that is no statement ("said a prayer", "told a joke", "told the story
of"), and a saying the outlet only has from others ("Smith reportedly said", "allegedly
told").

In each the sentence is the outlet's account of what someone did, so no frame is cut from
it and no one is its speaker.
"""

from __future__ import annotations

import re

# "argued over which side would move first", "argue about trade", "argued among
# themselves": a dispute about a thing, not an argument for a claim ("argued that A",
# "argued in court that A"); "argued with reporters" the same, unless a "that" says
# what was argued ("argued with reporters that the deal was fair")
_DISPUTED = re.compile(
    r"\s+(?:over|about|among|amongst|between|with\s+(?!(?:[\w’'.-]+\s+){0,4}?that\b))\b")
_ARGUE = frozenset({"argue", "argues", "argued"})

# what is said or told that is no statement of anything: a greeting, a prayer, a joke, a
# story ("said their last goodbyes", "said a silent prayer", "said grace", "said Mass",
# "told a joke", "told the story of how he met Kim", "tell some more lies"); one or two
# words may describe it
_DETERMINER = (r"(?:(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|some|more"
               r"|many|no|one|another)\s+)?")
_DESCRIBED = r"(?:[a-z][\w-]*\s+){0,2}?"
# what may follow such a thing: the sentence's end, a comma, or a preposition ("said a
# prayer for the victims", "told the story of"), never a verb ("said goodbye was hard") nor
# a noun it describes ("the grace period", "the mass shooting", "the truth commission")
_THEN = (r"(?=\s*(?:[.,;:!?)”\"]|$)|\s+(?:for|to|of|about|at|in|on|with|before|after|during"
         r"|over|from|that|when|as|while|and|but|again|together|outside|inside|then|last|this"
         r"|earlier|later|yesterday|today|until)\b)")
_SAID_NOTHING = re.compile(
    rf"\s+{_DETERMINER}{_DESCRIBED}(?:goodbyes?|farewells?|hellos?|prayers?|grace|Mass"
    rf"|rosary|amen|vows|few\s+words|(?:yes|no)(?=\s+to\b)){_THEN}")
_TOLD_NOTHING = re.compile(
    rf"\s+{_DETERMINER}{_DESCRIBED}(?:jokes?|stor(?:y|ies)|tales?|anecdotes?|lies|fibs?"
    rf"|truth|riddles?|parables?){_THEN}")
# a call that is a deed, not words set on anything: "calls it quits", "called it a day",
# "called off the search", "called up reservists", "called in the army", "called a snap
# election", "called time on his career", "called the police" (not "called it a mistake",
# "called for calm", "called on Iran to ...", "called out": a voice's label or demand)
_CALLED_NOTHING = re.compile(
    r"\s+(?:it\s+(?:quits|a\s+(?:day|night|career|wrap))\b|off\b|up\b|back\b"
    r"|in\b(?!\s+to\b)|time\s+on\b|a\s+halt\b|(?:an?|the)\s+(?:snap\s+|early\s+|general\s+"
    r"|special\s+|emergency\s+|news\s+|press\s+)?(?:elections?|meeting|strike|vote|referendum"
    r"|conference|session|summit|recess|timeout|police|ambulance)\b|911\b)")
_CALL = frozenset({"called", "calls"})
_SAY = frozenset({"said", "says", "say"})
_TELL = frozenset({"told", "tells", "tell"})

# "Smith reportedly said", "Kim allegedly told investigators", "Araghchi, reportedly said:":
# the outlet's sources say the speaker said it, as "is said to have told" and "X
# reportedly told advisers ..., Reuters reported" are read (``relayed``): the frame is the
# outlet's report, and the claim the whole sentence
_HEARSAY_BEFORE = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|supposedly)\s+(?:(?:also|then|later|once|privately"
    r"|publicly|repeatedly)\s+)?$", re.IGNORECASE)


# "According to people familiar with his thinking, Putin believes A", "According to
# sources, the minister told aides A": what the named one said or thinks comes from sources
# the outlet does not name, so it is hearsay as "reportedly said" is: the verb after such an
# opening frames nothing, and the opening is read as the unnamed source it is
_UNNAMED_ACCORDING = re.compile(r"^\W*(?:(?:And|But|Yet|So|Now)\s+)?[Aa]ccording\s+to\s+"
                                r"(?P<who>[^,;:“”\"]{3,160}?),")


def reports_nothing(sentence: str, verb: re.Match[str]) -> bool:
    """Is ``verb`` (a verb of saying in ``sentence``) no frame of a claim?"""
    word = verb.group().lower()
    if _HEARSAY_BEFORE.search(sentence, 0, verb.start()):
        return True
    if (according := _UNNAMED_ACCORDING.match(sentence)) is not None \
            and according.end() <= verb.start():
        # imported here: ``bodies`` reads clauses, which ask this module first
        from embeddings.claims.bodies import is_unnamed_source
        if is_unnamed_source(according.group("who")):
            return True
    if word in _ARGUE:
        return bool(_DISPUTED.match(sentence, verb.end()))
    if word in _SAY:
        return bool(_SAID_NOTHING.match(sentence, verb.end()))
    if word in _CALL:
        return bool(_CALLED_NOTHING.match(sentence, verb.end()))
    if word in _TELL:
        return bool(_TOLD_NOTHING.match(sentence, verb.end()))
    return False
