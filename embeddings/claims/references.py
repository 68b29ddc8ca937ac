"""Responses that only point at a statement made just before them.

"The State Department later refuted this claim."  "This is an incorrect statement."
"The ministry denounced these remarks as one-sided."  Alone, such a sentence says nothing
a matcher can use: what it disputes is the sentence it points at.  A reader resolves the
pointer without thinking; for matching, the claim's core is completed with the core of the
claim it points at ("This is an incorrect statement: Azerbaijan may invade Armenia in the
coming weeks"), so the response meets the claim it disputes, and the contrast stage then
reads the dispute in its own words.

What counts as pointing: a statement noun after a demonstrative ("this claim", "these
remarks") or after "the" with nothing saying which ("the report was false", not "the report
that X"), or a bare "This/That/It is false"; and a word of dispute in the sentence.  The
claim pointed at is the nearest earlier claim of the article that is not itself such a
response (a chain of rebuttals points at one statement), by another voice, at most
``REACH`` claims back; an accusation ("rejected the accusation", "denied the charges") points
at the nearest one that accuses someone of something, past the accuser's own protest or
advice.  Only the core changes: text, offsets and speaker stay the sentence's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from embeddings.types import Claim

# the voice of a claim a fact-check states in order to check it ("Claim: ..."); "the claim"
# in such an article is that one
CHECKED_CLAIM = "the claim checked"
REACH = 3  # claims back: a rebuttal follows what it rebuts, within a paragraph or two
GAP_WORDS = 3  # words between the pointer and the dispute: "the article was “wrong”"
_WORD = re.compile(r"\w+")

_NOUNS = (r"claims?|reports?|reporting|statements?|remarks?|comments?|allegations?|accusations?"
          r"|assertions?|suggestions?|information|story|stories|article|rumou?rs?|charges?"
          r"|account|version|figures?|allegation|comparisons?|characteri[sz]ations?|criticism"
          r"|descriptions?|assessments?|interpretations?|narrative")
# "this claim", "such allegations", "the article" (not "the report that ...", "the claims of";
# but "the figure of 1,500", which names what it points at by its number)
_POINTER = re.compile(
    rf"\b(?:(?:this|these|those|such)\s+(?:\w+\s+)?(?:{_NOUNS})\b"
    rf"|the\s+(?:{_NOUNS})\b(?:\s+of\s+[$€£]?\d[\d,.]*\d\b|\s+of\s+[$€£]?\d\b)?(?![’']s)"
    r"(?!\s+(?:that|of|about|regarding|concerning|on|against|which|whether|by)\b))", re.I)
# not "It is not true that A": an "it" that a clause after it spells out points at no earlier
# statement
_BARE = re.compile(r"^\W*(?:this|that|it)\s+(?:is|was)\b"
                   r"(?!(?:\s+[\w’'-]+){1,3}\s+(?:that|whether|if|to)\b)", re.I)
_DISPUTE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|refut\w*|reject\w*|dismiss\w*|disput\w*|debunk\w*|contest\w*"
    r"|denounc\w*|false|untrue|incorrect|wrong|baseless|groundless|unfounded|inaccurate"
    r"|misleading|fabricat\w*|fake|lies|nonsense|absurd|bogus|erroneous|not\s+true"
    r"|(?:does|did)\s*(?:not|n[’']t)\s+reflect)\b", re.I)


def points_back(core: str) -> bool:
    """Does this sentence dispute a statement it only points at?  The dispute must be said
    of the pointer, within a few words of it ("refuted this claim", "the article was
    wrong", "This is an incorrect statement"), not somewhere else in a sentence with content
    of its own ("This is a sham lawsuit about a bogus collusion claim filed by ...")."""
    pointers = [m.span() for m in _POINTER.finditer(core)]
    bare = _BARE.match(core)
    if bare:
        pointers.append(bare.span())
    disputes = [m.span() for m in _DISPUTE.finditer(core)]
    return any(_near(core, p, d) for p in pointers for d in disputes)


def _near(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    first, second = sorted((a, b))
    between = text[first[1]:second[0]]
    return second[0] >= first[1] and len(_WORD.findall(between)) <= GAP_WORDS


def resolve_references(claims: Sequence[Claim]) -> list[Claim]:
    """The claims of one article in order, each response's core completed with the core of
    the claim it points at (see the module docstring)."""
    out: list[Claim] = []
    pointed: list[Claim | None] = []  # per claim: the statement it points at, if any
    for claim in claims:
        if not points_back(claim.core):
            out.append(claim)
            pointed.append(None)
            continue
        target = _antecedent(claim, out, pointed)
        pointed.append(target)
        if target is None:
            out.append(claim)
        else:
            own = claim.core.rstrip().rstrip(".")
            out.append(replace(claim, core=f"{own}: {target.core.strip()}"))
    return out


# "rejected the accusation", "denied the allegations", "the charges are baseless": what is
# pointed at accused someone of something
_CLAIM_NOUN = re.compile(r"\bclaims?\b", re.I)
_ACCUSING = re.compile(r"\b(?:accusations?|allegations?|charges?)\b", re.I)
# what accuses no one: the accuser's own reaction ("China had lodged a protest", "summoned
# the ambassador"), advice, a prediction or an intention ("the question should be put to
# Manila", "China would take all necessary measures"), a question
_REACTION = re.compile(
    r"\b(?:(?:lodg|fil|mad|issu|deliver|launch|rais|submitt)(?:e|es|ed|ing)\s+(?:an?\s+)?"
    r"(?:\w+\s+)?(?:protests?|complaints?|d[ée]marches?|objections?)"
    r"|protested|summon(?:s|ed)?)\b", re.I)  # (not "broke up the protest": an act of others)
_MODAL_PREDICATE = re.compile(r"^\W*(?:[\w’'-]+\s+){0,6}?(?:should|would|will|could|may|might"
                              r"|must|can|shall)\b", re.I)


def _antecedent(claim: Claim, before: list[Claim],
                pointed: list[Claim | None]) -> Claim | None:
    candidates = []
    for back in range(1, min(REACH, len(before)) + 1):
        earlier, its_target = before[-back], pointed[-back]
        if its_target is not None:
            earlier = its_target  # a rebuttal of a rebuttal's statement: the same statement
        elif points_back(earlier.core):
            continue  # a response with nothing to point at
        if claim.speaker and earlier.speaker == claim.speaker:
            continue  # nobody rebuts themselves
        candidates.append(earlier)
    pointers = [m.group() for m in _POINTER.finditer(claim.core)]
    checked = [c for c in candidates if c.speaker == CHECKED_CLAIM]
    if checked and any(_CLAIM_NOUN.search(p) for p in pointers):
        return checked[0]  # "Health experts say the claim is baseless": the claim checked
    if not any(_ACCUSING.search(p) for p in pointers):
        return candidates[0] if candidates else None
    # "Manila rejected the accusation" points at what accused Manila: the nearest claim of
    # what someone did, past the accuser's own protest and the advice it gave after it; a
    # claim of what someone may do ("Azerbaijan may invade Armenia") only if none did.  A
    # reaction or a question accuses no one
    accusing = [c for c in candidates
                if not _REACTION.search(c.core) and not c.core.rstrip().endswith("?")]
    done = [c for c in accusing if not _MODAL_PREDICATE.match(c.core)]
    found = done or accusing
    return found[0] if found else None
