"""A statement named after its verb: "“A,” said a statement from X", "“A,” read a joint
statement from X, Y and Z".  The statement speaks with its issuers' voice, so the speaker is
whoever "“A,” said X, Y and Z" would name (the first of several), and the claim is A.

A document with one author ("A, says a poll by X") is ``documents.document_after``'s; this
is the statement whose issuers run on in a list, and the "read" only a statement does.
"""

from __future__ import annotations

import re

from embeddings.claims.inverted import subject_after
from embeddings.claims.quotes import ends_with_quote
from embeddings.claims.speaker_context import SpeakerContext

# "said a statement from", "read a joint statement issued by", "says the letter from"
_ISSUED_BY = re.compile(
    r"\b(?:said|says|read|reads)\s+(?:a|an|the)\s+(?:(?:new|joint|brief|written|separate"
    r"|short|formal|official|later)\s+)?(?:statement|communiqu[eé]|letter|press\s+release"
    r"|readout)\s+(?:(?:issued|released|signed|sent)\s+)?(?:from|by)\s+")
_SAID = re.compile(r"said")


def statement_after(sentence: str,
                    context: SpeakerContext) -> tuple[str | None, str, int] | None:
    """(speaker, claim, 0) for "“A,” said a statement from X", or None."""
    for issued in _ISSUED_BY.finditer(sentence):
        claim = sentence[: issued.start()]
        if not (ends_with_quote(claim) or claim.rstrip().endswith(",")):
            continue  # "He read a statement from X": no claim before the frame
        # the issuers read as the subject of an inverted "said" ("“A,” said X, R-Va., and Y")
        said = claim + "said "
        verb = _SAID.match(said, len(claim))
        speaker = subject_after(said + sentence[issued.end():], verb, context) if verb else None
        if speaker is not None:
            return speaker, claim, 0
    return None
