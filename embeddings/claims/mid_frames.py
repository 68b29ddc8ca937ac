"""A frame set off by two commas inside the claim: "The plan, officials said, would cost
$2 billion", "The ceasefire is, Russia insists, holding", "It was, a source says, a deal".

The frame is read as a trailing one is (its speaker, or nobody for a bare group), and the
claim is what stands around it, joined into the one clause it was before the frame was
put in: the words before the frame open that clause (its subject, or its subject and an
auxiliary or copula), the words after finish it.  Only a short opening with no comma of its
own counts, so that an apposition ("Smith, the minister, said ..."), a list of names or a
relative clause ("The plan, which officials said would cost ...") is never taken for one;
and the frame itself must end at a comma (after whom it was told or when), so "The company
said it, ..." stays a leading frame.
"""

from __future__ import annotations

import re

from embeddings.claims.clauses import CLAUSE_WORD
from embeddings.claims.inverted import WHEN_AFTER_VERB


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# the claim's opening: a few words and a comma ("The plan,", "The ceasefire is,"), not an
# adverbial or a connective ("In 2020,", "However,", "But," open no subject)
_OPENING = re.compile(r"^[“\"‘']?(?:[\w’'.$%-]+\s+){0,5}[\w’'.$%-]+,\s*$")
_NOT_A_SUBJECT = _words(
    """on in at during after before following despite since until with without for from by
    about against among between under over amid through throughout within to as when while
    if because although though unless once where whereas however but and or so yet still
    meanwhile moreover instead also indeed nevertheless nonetheless yes no well now then
    which who whom whose that what why how""")
# an opening that stops at its auxiliary or copula: "The ceasefire is,", "It was,", "The
# company has,": whatever follows the frame finishes the clause
_ENDS_IN_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|will|would|could|can|may|might|must|should|shall|has|have|had"
    r"|be|been|being|remains|remained|does|did|do)(?:\s+(?:not|never|still|also|now|already"
    r"|only|clearly|certainly|probably|likely))?,\s*$")  # lower case: "in May," is no "may"
# what finishes a clause whose subject stands before the frame: its verb, after an adverb
# or two ("would cost", "never was", "cost", "rose", "costs", "has already")
_ADVERB = r"(?:also|never|not|still|already|now|only|just|even|[a-z]{3,}ly)\s+"
_PREDICATE = re.compile(
    rf"(?:{_ADVERB}){{0,2}}(?:(?:would|will|could|can|may|might|must|should|shall|is|was"
    r"|are|were|has|had|have|did|does|remains|remained|cost|costs|hit|hits|cut|cuts|put|puts"
    r"|led|leads|kept|keeps|lost|left|meant|means|made|makes)\b"
    r"|(?P<word>[a-z][\w’'-]*)\b)")
# a present verb in "-s" ("holds", "needs"), not a plural noun's look-alikes ("-ss", "-us")
_PRESENT_S = re.compile(r"(?!(?:this|news|series|means)$)[a-z]{2,}[^su\W]s")
# after the frame's verb: to whom it was told or when, then the comma that closes it
_TOLD_LISTENER = re.compile(r"\s+(?:the\s+|a\s+)?(?:[\w’'.&-]+\s+){0,2}[\w’'.&-]+(?=\s*,)")


def _past_frame(after: str, verb: str) -> str | None:
    """What follows a frame closed by a comma, past to whom it was told and when it was
    said (", would cost", " reporters, the deal", " on Tuesday, the deal"); None where no
    comma closes the frame."""
    if verb in ("told", "tells", "tell"):
        listener = _TOLD_LISTENER.match(after)
        after = after[listener.end():] if listener else after
    when = WHEN_AFTER_VERB.match(after)
    if when is not None and when.group().endswith(","):
        after = after[when.end() - 1:]
    if not after.lstrip().startswith(","):
        return None
    return after.lstrip(" ,")


def mid_frame_core(before: str, after: str, verb: str) -> str | None:
    """The claim around a frame set inside it ("The plan" + ", would cost $2 billion." ->
    "The plan would cost $2 billion."), given what stands before the frame's subject and
    after its verb; None where the frame is not set off inside an unfinished clause."""
    if not _OPENING.match(before) or before.lstrip(" “\"‘'").split()[0].lower() in _NOT_A_SUBJECT:
        return None
    rest = _past_frame(after, verb)
    if rest is None:
        return None
    if not rest[:1].islower():
        return None  # a quotation or a name after the frame opens a clause of its own
    if not _ENDS_IN_AUXILIARY.search(before):
        predicate = _PREDICATE.match(rest)
        word = predicate.group("word") if predicate else None
        if predicate is None or (word is not None and not (
                _PRESENT_S.fullmatch(word) or (CLAUSE_WORD.fullmatch(word)
                                               and not word.endswith("ing")))):
            return None  # "The plan, he said, the army ...": no predicate resumes the subject
    return before.rstrip(" ,") + " " + rest


# a connective and the frame after it: "However, Smith said, the deal holds", "But, officials
# said, the deal would hold", "Still, he said, the two were beginning to understand each other"
_CONNECTIVE = re.compile(
    r"[“\"‘']?(?:But|And|Yet|So|However|Still|Meanwhile|Moreover|Instead|Indeed|Nevertheless"
    r"|Nonetheless|Now|Then|Also|Separately|Similarly|Likewise|Besides|Furthermore|Further"
    r"|Otherwise|Rather|Thus|Hence|Therefore|Again)\s*,?\s*")

# ", adding that ...", ", citing ...": the frame goes on, no claim follows it
_GOES_ON = re.compile(r"(?:adding|citing|noting|according|quoting|referring|speaking|saying"
                      r"|pointing|calling)\b")


def connective_frame_start(before: str, after: str, verb: str) -> int | None:
    """Where in ``after`` the claim begins when nothing but a connective stands before the
    frame's subject and a comma closes the frame ("However, Smith said, the deal holds" ->
    "the deal holds"): the claim is what follows the frame, as after a frame that leads the
    sentence ("However, Smith said the deal holds"), the connective left with the frame."""
    if not _CONNECTIVE.fullmatch(before):
        return None
    rest = _past_frame(after, verb)
    if rest is None or len(rest.split()) < 2 or _GOES_ON.match(rest):
        return None
    return len(after) - len(rest)
