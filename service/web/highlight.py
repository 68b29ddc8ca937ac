"""Mark the differences inside claim texts, from the evidence the contraster attached.

Each difference carries evidence items, one per claim, naming the ``claim_id`` and a
span: ``start``/``end`` character offsets (into the article text, as everywhere in
crossclaim; offsets relative to the claim are accepted too), or a list of ``spans``,
or only the span ``text``.  This turns them into segments of the claim text, each
plain or marked with the kind of difference it belongs to.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from embeddings.types import Claim

KIND_LABEL = {
    "contradiction": "negation or denial",
    "numbers": "numbers differ",
    "numbers_changed": "figures of different days or times",
    "state_changed": "a state reported on different days",
    "numbers_units": "amounts in other currencies",
    "numbers_agree": "numbers agree",
    "names": "names differ",
    "terminology": "opposing terms",
    "wording": "wording only one side uses",
    "speakers": "different speakers",
}


@dataclass(frozen=True)
class Segment:
    text: str
    kind: str | None = None  # css class suffix: the difference kind
    title: str = ""  # tooltip: the difference summary


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    kind: str
    title: str


def kind_label(kind: str) -> str:
    return KIND_LABEL.get(kind, kind.replace("_", " "))


def segments(claim: Claim, differences: Sequence[Mapping[str, Any]]) -> list[Segment]:
    """The claim text cut into plain and marked pieces (marks never overlap)."""
    marks: list[_Mark] = []
    for diff in differences:
        kind = str(diff.get("kind", "")) or "difference"
        title = f"{kind_label(kind)}: {diff.get('summary', '')}".strip(": ")
        found = False
        for item in diff.get("evidence") or ():
            if not isinstance(item, Mapping) or not _same_claim(item, claim):
                continue
            for start, end in _spans(item, claim):
                found = True
                if kind == "speakers" and (end - start) > 0.6 * len(claim.text):
                    continue  # "in its own voice": the whole claim, nothing to point at
                marks.append(_Mark(start, end, kind, title))
        if not found and kind.startswith("numbers") and _mentions(diff, claim):
            # no usable span: fall back to the numbers the claim itself carries
            for q in claim.numbers:
                span = _relative(q.start, q.end, q.text, claim)
                if span:
                    marks.append(_Mark(*span, kind, title))
    return _cut(claim.text, marks)


def _same_claim(item: Mapping[str, Any], claim: Claim) -> bool:
    cid = item.get("claim_id", item.get("id"))
    try:
        return cid is not None and claim.id is not None and int(str(cid)) == claim.id
    except ValueError:
        return False


def _mentions(diff: Mapping[str, Any], claim: Claim) -> bool:
    return any(isinstance(e, Mapping) and _same_claim(e, claim)
               for e in diff.get("evidence") or ())


def _spans(item: Mapping[str, Any], claim: Claim) -> Iterator[tuple[int, int]]:
    nested = item.get("spans")
    if isinstance(nested, Iterable) and not isinstance(nested, str | bytes):
        for sub in nested:
            if isinstance(sub, Mapping):
                yield from _spans({k: v for k, v in sub.items() if k != "spans"}, claim)
            elif isinstance(sub, Sequence) and len(sub) == 2:
                span = _relative(sub[0], sub[1], None, claim)
                if span:
                    yield span
    text = _text_of(item)
    start, end = item.get("start"), item.get("end")
    offsets = item.get("offsets")
    if (start is None or end is None) and isinstance(offsets, Sequence) and len(offsets) == 2:
        start, end = offsets[0], offsets[1]
    if isinstance(start, int) and isinstance(end, int):
        span = _relative(start, end, text, claim)
        if span:
            yield span
            return
    if text:
        lower = claim.text.lower()
        at = lower.find(text.lower())
        while at >= 0:
            yield at, at + len(text)
            at = lower.find(text.lower(), at + len(text))


def _text_of(item: Mapping[str, Any]) -> str | None:
    for key in ("span", "text", "span_text", "value"):
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _relative(start: Any, end: Any, text: str | None, claim: Claim) -> tuple[int, int] | None:
    """Offsets into the article (or, failing that, into the claim) -> offsets in the claim."""
    if not isinstance(start, int) or not isinstance(end, int) or end <= start:
        return None
    candidates = [(start - claim.start, end - claim.start), (start, end)]
    fitting = [(s, e) for s, e in candidates if s >= 0 and e <= len(claim.text)]
    if text:
        for s, e in fitting:
            if claim.text[s:e].lower() == text.lower():
                return s, e
        return None
    if claim.start <= start and end <= claim.end:
        return start - claim.start, end - claim.start
    return fitting[-1] if fitting else None


# where marks overlap, the more telling difference wins
PRIORITY = ("contradiction", "numbers", "names", "wording", "numbers_changed", "state_changed",
            "numbers_units", "numbers_agree", "speakers")


def _rank(kind: str) -> int:
    return PRIORITY.index(kind) if kind in PRIORITY else len(PRIORITY)


def _cut(text: str, marks: list[_Mark]) -> list[Segment]:
    chosen: list[_Mark] = []
    for mark in sorted(marks, key=lambda m: (_rank(m.kind), m.start, -(m.end - m.start))):
        if mark.end <= mark.start:
            continue
        if any(mark.start < c.end and c.start < mark.end for c in chosen):
            continue  # overlaps a more telling (or earlier, longer) mark
        chosen.append(mark)
    chosen.sort(key=lambda m: m.start)
    out: list[Segment] = []
    at = 0
    for mark in chosen:
        if mark.start > at:
            out.append(Segment(text[at:mark.start]))
        out.append(Segment(text[mark.start:mark.end], mark.kind, mark.title))
        at = mark.end
    if at < len(text):
        out.append(Segment(text[at:]))
    return out
