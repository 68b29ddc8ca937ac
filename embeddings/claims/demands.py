"""A demand is no claim: "Trump insisted Comey disprove the allegations", "the union
insists that the company pay in full", "she suggested he resign" ask for something to be
done (the clause's verb is bare, a mandative subjunctive) and say nothing is so, as
"demanded that" does; "insisted Comey was lying", "insists the company pays" report a
claim.  Such a verb is read as an act of its subject's, not as a frame around a claim."""

from __future__ import annotations

import re

# the verbs of saying that may demand instead ("urged", "demanded" are acts already)
_MAY_DEMAND = frozenset({"insisted", "insists", "suggested"})
# one who is to do it: a name, "he", "the company" (a plural's present, "insisted the rebels
# control the city", looks the same as its subjunctive, and is left a claim)
_SUBJECT = (r"(?:he|she|it|this"
            r"|(?:the|a|an|his|her|its|their|this)\s+(?:[a-z][\w-]*\s+){0,2}?"
            r"[a-z][\w-]*(?<!s)"
            r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?<![’']s))")
_DEMANDED = re.compile(rf"\s+(?:that\s+)?{_SUBJECT}\s+(?:not\s+)?(?P<verb>[a-z]+)\b"
                       r"(?P<rest>[^,;:.!?“”\"]*)")
# a finite verb, where the clause reports a claim: an auxiliary, a past ("-ed", "knew"), a
# present's "-s" (and the forms that are a past as well as bare: "put", "let" stay claims)
_FINITE = re.compile(
    r"\b(?:will|would|is|are|was|were|has|have|had|can|could|may|might|must|should|shall|did"
    r"|does|do|am|[a-z]{2,}ed|[a-z]+n[’']t|took|made|gave|went|came|fled|won|fell|rose|held"
    r"|sent|spoke|wrote|saw|paid|became|began|brought|bought|sold|stood|grew|drew|threw"
    r"|broke|chose|struck|stole|sank|fought|caught|taught|thought|built|spent|meant|felt"
    r"|dealt|shot|knew|flew|wore|tore|swore|got|told|said|left|ran|kept|met|led|lost|found"
    r"|heard|sat|ate|drove|rode|forgot|hid|lay|slept|sought|understood|ought|put|set|cut|hit"
    r"|let|shut|quit|read|spread|cost|hurt)\b")
# words after a subject that are not its verb ("insisted Comey never lied"), and verbs of
# a state, which no one is asked to do: "insisted the team deserve more" is a team's plural
# (as British English writes it), a claim
_NOT_A_VERB = frozenset({"never", "also", "only", "still", "just", "already", "always",
                         "really", "and", "or", "of", "who", "which", "that", "to", "the", "a",
                         "an", "in", "on", "at", "for", "with", "by", "from", "as", "deserve",
                         "need", "want", "know", "believe", "think", "like", "love", "hate",
                         "seem", "mean", "own", "belong", "matter", "exist", "understand",
                         "feel", "agree", "support", "oppose", "hope", "expect", "fear"})


def demands(sentence: str, verb: re.Match[str]) -> bool:
    """Whether a verb of saying asks for something to be done ("insisted Comey disprove the
    allegations") instead of reporting a claim."""
    if verb.group() not in _MAY_DEMAND:
        return False
    clause = _DEMANDED.match(sentence, verb.end())
    if clause is None:
        return False
    bare = clause.group("verb")
    if bare == "be":  # "insisted that he be fired"
        return True
    return bare not in _NOT_A_VERB and not bare.endswith(("ly", "ing")) \
        and (not bare.endswith("s") or bare.endswith("ss")) \
        and _FINITE.search(bare + clause.group("rest")) is None
