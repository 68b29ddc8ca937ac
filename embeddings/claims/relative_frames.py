"""A verb of saying inside a relative clause frames that clause, not the sentence: in "Biden's
speech, in which he suggested that he is better prepared, drew criticism" the claim is that
the speech drew criticism, and in "Senator Smith, who has claimed that the vote was rigged,
will run again" that she will run; neither is what was suggested or claimed.  Where the
relative clause ends the sentence ("He met Smith, who said the vote was rigged") the reading
is left as it was.
"""

from __future__ import annotations

import re

from embeddings.claims.entities import ORG_WORDS

# ", in which he", ", during which the minister", "(in which Comey", ", which the union"
_RELATIVE_OPENS = re.compile(
    r"(?:,|\(|[—–])\s*(?:(?:in|during|at|on|with|by|through|from|after|under|before|for|of"
    r"|to|about)\s+)?(?:which|whom)\s+$")
# the sentence's own verb after the relative clause has closed: ", drew criticism", ", will
# run again", ") was released"
_MAIN_CLAUSE_RESUMES = re.compile(
    # (after an adverb, a verb in -s too: ", now plans"; a bare ", officials say" is no verb)
    r"(?:,|\))\s+(?:(?:also|then|later|now|still|quickly|soon|[a-z]+ly)\s+[a-z]{3,}s\b|"
    r"(?:(?:also|then|later|now|still|quickly|soon|[a-z]+ly)\s+)?"
    r"(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|did|does"
    r"|won't|wouldn't|[a-z]{3,}ed|drew|drove|won|lost|made|gave|took|met|went|held|sent|left"
    r"|came|saw|paid|became|began|kept|brought|fell|rose|led|ran|sparked|triggered)\b)")
# a reported clause that opens with its verb: its subject was the relative pronoun
_HEADLESS = re.compile(r"\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|last\s+\w+\s+)?(?:was|were|is|are|had"
                       r"|has|have|would|will|could|can|may|might|should|did|does)\b")
# "Biden's speech on Tuesday, in which": a statement's possessor, its relative clause next
_STATEMENT_THEN_RELATIVE = re.compile(
    r"(?:\s+(?:on|in|at|last|this|from|to)\s+[\w’'-]+)*\s*,\s*(?:(?:in|during|at|on|with"
    r"|through|after)\s+)?which\b")


def in_relative_clause(before_subject: str, relative_subject: bool, after: str) -> bool:
    """Whether a verb of saying whose subject ends ``before_subject`` (or is "who"/"which"
    after its antecedent: ``relative_subject``) sits in a relative clause the sentence's own
    verb follows (``after`` is the text after the verb)."""
    opened = _RELATIVE_OPENS.search(before_subject) is not None
    if not (relative_subject or opened):
        return False
    if opened and _HEADLESS.match(after):
        # "a cup, which she said was filled with blood": what was said has the antecedent
        # for its subject, and no core cut after the verb can say what was filled
        return True
    return _MAIN_CLAUSE_RESUMES.search(after) is not None


def statement_in_relative(sentence: str, statement_end: int) -> bool:
    """"Biden's speech on Tuesday, in which he said A, drew criticism": what the statement
    said is in a relative clause, and the sentence says something of the statement."""
    opens = _STATEMENT_THEN_RELATIVE.match(sentence, statement_end)
    return opens is not None and _MAIN_CLAUSE_RESUMES.search(sentence, opens.end()) is not None


# "A, according to the New York Times, which said B": the relative clause tells more of the
# name the claim is credited to; the claim is A
_ACCORDING_ANTECEDENT = re.compile(r"\b[Aa]ccording\s+to\s+[^,;“”\"]{2,80},\s*(?:which|who)\s*$")
# ", which also documented a rise", ", who first reported the lawsuit,": the same clause
# after the frame's name, no part of the claim
_RELATIVE_AFTER_NAME = re.compile(r"^,?\s*(?:which|who)\b[^,;“”\"]*(?:,\s*|$)")
# ", a trade association.", ", a group that tracks persecutions.": a description of the
# name ending the sentence (not ", a split in attitudes that ...", which describes the claim)
_DESCRIPTION_AFTER_NAME = re.compile(
    r"^,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?P<head>[\w-]+)"
    r"(?:\s+(?:that|which|who|based|in|of|for|with)\b[^,;“”\"]*)?\s*(?P<end>[.!?]?)\s*$")
_DESCRIBED_HEADS = ORG_WORDS | frozenset({"tank", "nonprofit", "non-profit", "newspaper",
                                          "website", "outlet", "daily", "weekly", "magazine"})


def without_clause_after_name(rest: str, ends_sentence: bool) -> str:
    """What follows an "according to X" frame without a clause that tells of X: a relative
    clause ("…, which also documented a rise, …") or, where the frame ends the sentence, a
    description (", a trade association.").  The sentence's last mark stays."""
    cut = _RELATIVE_AFTER_NAME.sub("", rest, count=1)
    if ends_sentence and (described := _DESCRIPTION_AFTER_NAME.match(cut)) is not None \
            and described.group("head").lower() in _DESCRIBED_HEADS:
        cut = ""
    if cut != rest and not cut.strip():
        return rest.rstrip()[-1:] if rest.rstrip().endswith((".", "!", "?")) else ""
    return cut


def of_according_name(before_verb: str) -> bool:
    """Whether a verb's subject is "which"/"who" after the name an "according to" gives."""
    return _ACCORDING_ANTECEDENT.search(before_verb.rstrip()) is not None
