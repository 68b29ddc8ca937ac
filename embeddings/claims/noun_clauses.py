"""A verb of saying inside a clause that modifies a noun frames nothing of the sentence.

"the ill will that began the day he announced his candidacy": the clause says when the ill
will began; "The protests grew after the plan he announced last week was leaked": the
clause says which plan; "Netanyahu revealed new intelligence which he claimed shows Iran is
lying": the clause says what the intelligence is.  None of these makes the sentence a claim
of the person who announced or claimed; a reader would see the wrong speaker on it (often
the last person named before, through the pronoun).
"""

from __future__ import annotations

import re

# "the day he", "the very moment Trump", "the night when he": a time the clause names
# ("when" opens a clause of its own; "that" here is the relative pronoun).  Only after
# "the": "This week he said", "That day she said", "At the time he said" are the time of
# the sentence's own frame
_TIME_NOUN_BEFORE = re.compile(
    r"(?<![Aa]t\s)\b(?:[Tt]he)\s+(?:very\s+|first\s+|last\s+)?(?:day|night|morning"
    r"|afternoon|evening|week|month|year|moment|time|hour|minute|weekend)\s+"
    r"(?:(?:that|when)\s+)?$")
# "Over the weekend he said", "In the morning she said": the time of the sentence's frame
_ADVERBIAL_TIME = re.compile(r"\b(?:[Oo]ver|[Dd]uring|[Ii]n|[Tt]hroughout|[Ff]or|[Ll]ater"
                             r"|[Ee]arlier|[Aa]t)\s+$")
# "the plan he", "a deal she", "the new rules they": a noun phrase just before the subject,
# with no relative pronoun between ("In an interview he said" has its preposition first and
# is left alone below)
# (the phrase's last word must be its noun: "a statement from the US Embassy" ends in none)
_NOT_A_NOUN = ("from|of|in|on|at|by|with|to|for|about|over|under|into|than|as|and|or|but"
               "|after|before|since|because|while|when|where|who|which|that|if")
_NOUN_BEFORE = re.compile(
    r"(?:^|[^\w,;:—–])\s*(?P<np>(?i:the|a|an|this|that|these|those|his|her|its|their)"
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?!(?:" + _NOT_A_NOUN + r")\s)[a-z][\w-]*)\s+$")
# "which he", "that she": a relative pronoun set after its noun with no comma
_RELATIVE_BEFORE = re.compile(r"\w\s+(?:which|that)\s+$")
# the sentence's phrase opening with a preposition: "In an interview he said", "At the
# rally she said": the noun phrase is where it was said, not what
_PREPOSITION_NP = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Dd]uring|[Oo]n|[Ii]nto|[Tt]hrough|[Vv]ia|[Ww]ith|[Oo]ver|[Ff]rom"
    r"|[Bb]y|[Ff]or|[Ii]n\s+response\s+to)\s+(?:the|a|an|this|that|these|those|his|her|its"
    r"|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+$")
# a time said after the verb, then the sentence's own verb: "announced last week was leaked",
# "claimed shows Iran is lying": the object of the saying is the noun before, and the verb
# that follows is the main clause's (or the reported clause's, with the noun its subject)
_GAP_THEN_VERB = re.compile(
    r"\s*(?:(?:on\s+)?[A-Z][a-z]+day\s+|(?:last|this|next)\s+\w+\s+|earlier\s+|yesterday\s+"
    r"|in\s+\d{4}\s+)?(?:was|were|is|are|had|has|have|would|will|could|can|may|might"
    r"|should|did|does|[a-z]{3,}(?<!s)s)\b")
# the clause ending where the verb does: "the plan he announced." / "the plan she
# announced, which ..."
# (not a comma then a quotation: "which declared, “A”" quotes what was declared)
_GAP_THEN_END = re.compile(r"\s*(?:[.;:)]|,(?!\s*[“\"‘'])|$)")


def in_noun_clause(before_subject: str, after_verb: str) -> bool:
    """Whether a verb of saying, its subject ending ``before_subject`` and ``after_verb``
    following it, sits in a clause modifying a noun (a time, or an object it leaves out)."""
    time = _TIME_NOUN_BEFORE.search(before_subject)
    if time is not None and not _ADVERBIAL_TIME.search(before_subject[: time.start()]):
        return True  # "the day he announced his candidacy", whatever the verb's object
    gap = _GAP_THEN_VERB.match(after_verb) is not None \
        or _GAP_THEN_END.match(after_verb) is not None
    if not gap:
        # "the plan he announced would cut taxes" has its gap; "In a statement he said the
        # army withdrew" reports a clause, as "He said that he claimed the vote was rigged"
        return False
    if _RELATIVE_BEFORE.search(before_subject):
        return True  # "new intelligence which he claimed shows Iran is lying"
    noun = _NOUN_BEFORE.search(before_subject)
    return noun is not None and _PREPOSITION_NP.search(before_subject) is None
