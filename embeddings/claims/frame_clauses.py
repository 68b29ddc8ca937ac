"""Where a frame's reported clause lies in the sentence, and what of it is claimed.

"X said [on Tuesday that] A": where A begins; "A, officials said." and "The plan, officials
said, would cost ...": a bare group's frame cut from a claim that stays the outlet's own;
"A, the board said, jumping to 55": a claim resumed after a frame set inside it.  Split
from ``speakers`` (which decides whose frame it is) so that each stays readable.
"""

from __future__ import annotations

import re

from embeddings.claims.clauses import (
    SAID_REACH,
    complement_start,
    is_trailing_frame,
    starts_with_clause,
)
from embeddings.claims.frames_left import nameless_at_end
from embeddings.claims.groups import bare_group_at_end
from embeddings.claims.inverted import WHEN_AFTER_VERB
from embeddings.claims.mid_frames import connective_frame_start, mid_frame_core
from embeddings.claims.quotes import OPEN_QUOTES, ends_with_quote
from embeddings.claims.reporting_verbs import past_listener
from embeddings.claims.subjects import BETWEEN_SUBJECT_AND_VERB

# verbs of saying whose clause may start further from the verb ("said on Wednesday a tax ...")
SAY = frozenset({"said", "says", "say"})


def bare_subject(before: str) -> str:
    """The words before a verb without its auxiliaries ("Hospitals have said" -> "Hospitals"),
    adverbs ("Lawmakers specifically said") and opening conjunction ("But analysts said")."""
    bare = BETWEEN_SUBJECT_AND_VERB.sub("", before, count=1).strip(" “\"'‘")
    return _CONJUNCTION_OPENS.sub("", bare)


_CONJUNCTION_OPENS = re.compile(r"^(?:But|And|Yet|So|Still|However|Meanwhile),?\s+")


def reported_clause(sentence: str, verb: re.Match[str],
                     quoted: list[tuple[int, int]]) -> int | None:
    """Where the clause a verb of saying reports begins ("said [on Tuesday that] ...",
    "told reporters ..."), if one follows it."""
    after = sentence[verb.end():]
    complement = complement_start(after, verb.end(), quoted, verb.group())
    if complement is not None:
        if re.search(r"\bto\s*$", after[:complement]):
            return None  # "warned them not to use it to “tear up ...”": an infinitive's words
        return include_pronoun_subject(sentence, verb.end() + complement)
    skip = past_listener(after, verb.group())  # "told reporters"
    if not skip and not starts_with_clause(after, SAID_REACH if verb.group() in SAY else 6):
        return None
    when = WHEN_AFTER_VERB.match(after, skip)  # "said Sunday he would ..."
    skip = when.end() if when and starts_with_clause(after[when.end():]) else skip
    return verb.end() + skip


def unnamed_trailing(sentence: str, verb: re.Match[str]) -> str | None:
    """"Five people died, officials said.": a bare group names no one, so the claim stays
    the outlet's own (the contrast says "unnamed officials"), but the frame is no part of
    what is claimed, and is cut from it as a named speaker's is."""
    start = nameless_at_end(sentence[: verb.start()], verb.group(), pronoun=True)
    if start is None:
        return None
    before, after = sentence[:start], sentence[verb.end():]
    if not (before.rstrip().endswith(",") or ends_with_quote(before.rstrip())):
        return None
    if any(q in after for q in OPEN_QUOTES + "”") or len(after.split()) > 14:
        return None
    return before if is_trailing_frame(before, after) else None


def unnamed_inside(sentence: str, verb: re.Match[str]) -> str | None:
    """"The plan, officials said, would cost $2 billion.": a bare group's frame set inside
    the claim, cut from it as a trailing one is ("But, officials said, A": as a leading one)."""
    start = nameless_at_end(sentence[: verb.start()], verb.group(),
                            pronoun=sentence.startswith(",", verb.end()))
    if start is None:
        return None
    past = connective_frame_start(sentence[:start], sentence[verb.end():], verb.group())
    if past is not None:
        return sentence[verb.end() + past:]
    return mid_frame_core(sentence[:start], sentence[verb.end():], verb.group())



# what no reported clause opens with: "said on Wednesday as they released ...", "after
# protesters tried ...", "- actions it said ..."
NOT_REPORTED = re.compile(r"\s*,?\s*(?:[-–—]\s|(?:after|while|before|when|since|because"
                           r"|amid|following|as(?!\s+(?:many|much|few|little|well|of|part"
                           r"|soon|long|far|high|low|recently|early|late)\b))\b)")
# "said Sunday, a day after the attack": the comma goes on telling when it was said
STILL_WHEN = re.compile(r"\s*(?:[\w’'-]+\s+){0,3}?(?:after|before|since|ahead\s+of)\b", re.I)


def resumes(after: str) -> str | None:
    """What follows a frame set inside the claim, when a comma after it (and after when it
    was said) resumes the claim: ", jumping to 55" -> "jumping to 55"."""
    when = WHEN_AFTER_VERB.match(after)
    if when is not None and when.group().endswith(","):
        if STILL_WHEN.match(after, when.end()):
            return None
        after = after[when.end():]
    elif not after.lstrip().startswith(","):
        return None
    rest = after.lstrip(" ,")
    return rest or None




def include_pronoun_subject(sentence: str, start: int) -> int:
    """Keep "he" in "said to X the same day he “continues to call for ...”"."""
    before = re.search(r"\b(he|she|they|it|we)\s*$", sentence[:start], re.IGNORECASE)
    return before.start() if before else start


# "A, said officials.", "“A,” said witnesses on Tuesday.": a bare group after its verb
_INVERTED_END = re.compile(rf"(?:{WHEN_AFTER_VERB.pattern})?\s*[.!]?\s*$")


def unnamed_inverted(sentence: str, verb: re.Match[str]) -> str | None:
    """"The hospital has been guarded, said officials.": a bare group's frame set after its
    verb, cut from the claim as "..., officials said." is (the claim stays the outlet's)."""
    before, after = sentence[: verb.start()].rstrip(), sentence[verb.end():]
    if not (before.endswith(",") or ends_with_quote(before)) or len(before.split()) < 3:
        return None
    for end in range(len(after), 0, -1):  # the group, then when it was said, then the end
        if _INVERTED_END.fullmatch(after, end) and after[:end].strip() \
                and bare_group_at_end(after[:end].strip()) == 0 \
                and not after[:end].strip()[:1].isupper():
            return before.rstrip(",")
    return None
