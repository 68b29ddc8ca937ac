"""Who stands behind the claim: an outlet in its own voice, or a party it quotes.

"Azerbaijan shelled X" (the outlet says so) and "Armenia says Azerbaijan shelled X" (the outlet
reports a party's accusation) are the same claim with different weight; a reader should see
who vouches for it.  Not a conflict.
"""

from __future__ import annotations

import re

from embeddings.claims.subjects import unnamed_source
from embeddings.types import Claim, Difference
from service.contrast.said import Said, evidence_order, listed, shown


def speaker_differences(said: list[Said]) -> list[Difference]:
    if len({s.voice for s in said}) < 2:
        return []
    own: set[str] = set()  # outlets stating it in their own voice
    quoted: dict[str, set[str]] = {}  # speaker -> outlets quoting them
    for s in said:
        if s.claim.speaker and not _own_name(s.claim):
            # by voice: "Trump" and "Donald Trump" in one cluster are one
            quoted.setdefault(s.voice, set()).add(s.claim.source)
        elif who := unnamed_source(s.claim.text):  # "diplomats said": not the outlet's voice
            quoted.setdefault(f"unnamed {who}", set()).add(s.claim.source)
        elif who := _unresolved_pronoun(s.claim):  # ", he said" of no one the article names
            quoted.setdefault(who, set()).add(s.claim.source)
        else:
            own.add(s.claim.source)
    if not quoted or (not own and len(quoted) < 2):
        return []  # all outlets in their own voice, or one party quoted by everyone
    rows = []
    for s in said:
        speaker = s.claim.speaker
        at = s.claim.text.find(speaker) if speaker else -1
        if speaker and at >= 0:
            rows.append(s.span(at, at + len(speaker), speaker=speaker))
        else:
            rows.append(s.span(0, len(s.claim.text), speaker=speaker))
    # one clause per outlet (or set of outlets), naming everyone it quotes: "Azatutyun
    # attributes it to Antony Blinken, to Azerbaijan and to US and France"
    by_outlets: dict[tuple[str, ...], list[str]] = {}
    for speaker in sorted(quoted):
        by_outlets.setdefault(tuple(sorted(quoted[speaker])), []).append(speaker)
    # an outlet that states it itself and also quotes others says so in one clause ("The
    # Daily states it in its own voice and also attributes it to Baku"), not in two that
    # read as two outlets ("The Daily states it ...; The Daily attributes it to Baku")
    alone = [o for o in sorted(own) if (o,) in by_outlets] if len(own) == 1 else []
    parts = []
    if own:
        also = f" and also attributes it {_to(by_outlets.pop((alone[0],)))}" if alone else ""
        parts.append(f"{_listed(sorted(own))} state{'s' if len(own) == 1 else ''} it in "
                     f"{'its' if len(own) == 1 else 'their'} own voice{also}")
    for outlets, speakers in sorted(by_outlets.items()):
        verb = "attributes" if len(outlets) == 1 else "attribute"
        parts.append(f"{_listed(outlets)} {verb} it {_to(speakers)}")
    text = "Different voices: " + "; ".join(parts)
    # a last name that ends in its own full stop ("the U.S.") ends the sentence: "the U.S.."
    return [Difference(kind="speakers", conflict=False,
                       evidence=tuple(sorted(rows, key=evidence_order)),
                       summary=text if text.endswith(".") else text + ".")]


# a frame of a pronoun the claims stage cut from the claim: ", he said.", "The army, she
# told reporters, had ..."; a pronoun it resolved gave the claim its person as speaker
_PRONOUN_FRAME = re.compile(
    r"(?<![\w’'])(?P<who>[Hh]e|[Ss]he|[Tt]hey)\s+(?:later\s+|also\s+)?(?:said|says|say|told"
    r"|tells|added|adds|stated|insisted|claimed|warned|explained|noted|argued|wrote|continued"
    r"|recalled|acknowledged|conceded)\b")


def _unresolved_pronoun(claim: Claim) -> str | None:
    """Who speaks in a claim whose frame was a pronoun the claims stage resolved to nobody
    ("The army had withdrawn, he said" with no man named before it): someone the outlet
    quotes, not the outlet ("an unnamed speaker"), as "diplomats said" is.  The claim's
    voice stays the outlet's, since no one in particular is named; only how the contrast
    describes it changes.  A frame left in the claim ("He said the army had withdrawn") is
    shown to the reader as it is."""
    if claim.speaker:
        return None
    core = claim.core.lower()
    for m in _PRONOUN_FRAME.finditer(claim.text):
        if m.group(0).lower() not in core:
            return "unnamed speakers" if m.group("who").lower() == "they" \
                else "an unnamed speaker"
    return None


def _own_name(claim: Claim) -> bool:
    """"..., Fox News has confirmed" in Fox News's own article: the outlet vouches for it
    in its own voice, and is not a party it quotes ("Fox News attributes it to Fox News")."""
    def norm(name: str) -> str:
        return re.sub(r"[^a-z0-9]", "", name.lower().removeprefix("the "))
    return bool(claim.speaker) and norm(claim.speaker or "") == norm(claim.source)


def _to(speakers: list[str]) -> str:
    """"to Baku", "to Antony Blinken, to Azerbaijan and to US and France"."""
    to = [f"to {shown(x)}" for x in speakers]
    return ", ".join(to[:-1]) + " and " + to[-1] if len(to) > 1 else to[0]


def _listed(names: tuple[str, ...] | list[str]) -> str:
    """"A", "A and B", "A, B and C" (each name kept whole: ``said.listed``)."""
    return listed(names)
