"""``RuleContraster``: the differences among one cluster's claims, voice against voice,
and the one sentence that sums them up (the package's docstring tells the rules)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from embeddings.types import Claim, Contrast, Difference
from service.contrast.names import load_gazetteer, name_differences
from service.contrast.negation import contradictions
from service.contrast.numbers import number_differences
from service.contrast.said import Said, listed, says
from service.contrast.speakers import speaker_differences
from service.contrast.voices import named_alike, one_voice_each
from service.contrast.wording import load_lexicon, wording_differences

# the order a reader meets differences in: conflicts first, then framing, then agreement
KIND_ORDER = ("contradiction", "numbers", "numbers_changed", "state_changed", "terminology",
              "names", "wording", "numbers_agree", "speakers")


class Contraster(Protocol):
    def contrast(self, claims: Sequence[Claim]) -> Contrast: ...


class RuleContraster:
    """Rule-based contrast.  ``background``: word counts over all stored claims (the prior of
    the one-sided-wording score); ``toponyms``/``loaded_terms``: optional user files that
    extend the shipped name gazetteer and loaded-terms lexicon."""

    def __init__(self, background: Counter[str] | None = None, toponyms: Path | None = None,
                 loaded_terms: Path | None = None):
        self.background = background
        self.toponyms = toponyms
        self.loaded_terms = loaded_terms

    def contrast(self, claims: Sequence[Claim]) -> Contrast:
        members = _distinct(_ordered(claims))
        # one person spelt two ways ("Vučić" / "Vucic") or named two ways ("Trump" /
        # "Donald Trump"): one voice; one state or ministry named two ways ("Seoul" / "South
        # Korea") too, except where one name denies what the other says ("The White House
        # said it would not impose tariffs" / "The United States said it would impose"):
        # a reader must see that the reports contradict each other
        speakers = [c.speaker for c in members if c.speaker]
        named = named_alike(speakers)
        same = one_voice_each(speakers)

        def voice(c: Claim, names: dict[str, str]) -> str:
            return names.get(c.voice, c.voice) if c.speaker else c.voice

        return self.contrast_said([Said(c, voice(c, same)) for c in members],
                                  [Said(c, voice(c, named)) for c in members])

    def contrast_said(self, said: list[Said], contradicting: list[Said] | None = None
                      ) -> Contrast:
        """``contradicting``: the claims as contradictions compares them, where their voices
        are told apart more finely than ``said``'s (by default ``said``)."""
        contradicting = said if contradicting is None else contradicting
        if len({s.voice for s in said}) < 2:
            # one body named two ways may be quoted saying opposite things
            opposed = contradictions(contradicting) \
                if len({s.voice for s in contradicting}) > 1 else []
            # one voice, yet two outlets may quote it with two figures, or its figure may
            # have moved between reports of two days: that alone is shown
            several = len({s.claim.source for s in said}) > 1
            quoted = opposed + [d for d in number_differences(said)
                                if d.conflict or d.kind == "numbers_changed"
                                or (several and d.kind == "numbers_agree"
                                    and _figures_differ(d))]
            framing = self._outlets_framing(said) if several else []
            if quoted or framing:
                shown = quoted + framing
                relation = "conflict" if any(d.conflict for d in shown) else "agree"
                summary = summarise(relation, shown) if quoted else (
                    f"{_one_voice(said)[:-1]}; {framing[0].summary[:1].lower()}"
                    f"{framing[0].summary[1:]}")
                return Contrast(relation, tuple(shown), summary)
            return Contrast("agree", (), _one_voice(said))
        differences = (contradictions(contradicting) + number_differences(said)
                       + name_differences(said, load_gazetteer(self.toponyms))
                       + wording_differences(said, load_lexicon(self.loaded_terms),
                                             self.background)
                       + speaker_differences(said))
        differences.sort(key=lambda d: KIND_ORDER.index(d.kind)
                         if d.kind in KIND_ORDER else len(KIND_ORDER))
        relation = "conflict" if any(d.conflict for d in differences) else "agree"
        shown_as = list(dict.fromkeys(s.shown for s in said))
        return Contrast(relation, tuple(differences),
                        summarise(relation, differences, shown_as))


    def _outlets_framing(self, said: list[Said]) -> list[Difference]:
        """What outlets telling one voice's claim chose themselves: a spelling of a name
        ("Haniyeh" / "Haniya"), a loaded word outside the quotation ("Hamas terror chief
        Ismail Haniya called ..."); never a conflict, and never the voice's own words, which
        every outlet tells alike."""
        voice = said[0].voice
        outlets = {s.claim.source for s in said}
        names = name_differences(said, load_gazetteer(self.toponyms))
        # a word every outlet tells is the voice's, however the outlets frame the rest
        # ("Peskov said the summit was pointless" in all three): no outlet chose it
        wording = [d for d in wording_differences(said, load_lexicon(self.loaded_terms),
                                                  self.background, [voice, *outlets])
                   if d.kind == "wording" and all(r["voice"] in outlets for r in d.evidence)
                   and {r["voice"] for r in d.evidence} != outlets]
        return [d for d in names + wording if not d.conflict]


def _ordered(claims: Sequence[Claim]) -> list[Claim]:
    """A fixed order whatever order the store hands the claims over in."""
    return sorted(claims, key=lambda c: (c.id is None, c.id or 0, c.source, c.voice, c.start,
                                         c.text))


def _distinct(claims: list[Claim]) -> list[Claim]:
    """One claim per voice and text: a voice repeating its own words (a story republished
    or updated under a new id) adds nothing to compare, and a cluster of a wire sentence can
    hold hundreds of such copies, re-read at every join."""
    seen: set[tuple[str, str]] = set()
    out = []
    for claim in claims:
        key = (claim.voice, " ".join(claim.text.split()))
        if key not in seen:
            seen.add(key)
            out.append(claim)
    return out


def _figures_differ(difference: Difference) -> bool:
    """Overlapping figures that are not one figure ("35,000" / "around 40,000")."""
    return len({(e.get("low"), e.get("high")) for e in difference.evidence}) > 1


def _one_voice(said: list[Said]) -> str:
    if not said:
        return "No claims."
    who = said[0].shown
    make = "make" if says(who) == "say" else "makes"
    outlets = sorted({s.claim.source for s in said} - {said[0].voice})
    if len(outlets) > 1:  # "Only the police make this claim, as City Tribune and ... report it."
        return (f"Only {who} {make} this claim, as {', '.join(outlets[:-1])} and {outlets[-1]} "
                "report it.")
    return f"Only {who} {make} this claim; nothing to compare."


def summarise(relation: str, differences: Sequence[Difference],
              voices: Sequence[str] = ()) -> str:
    """One plain sentence: the conflicts if any, else what was found.  "Agree" only where
    something was found to agree (a figure both give): no opposite statement and no clashing
    figure among claims that share none ("a campaign of ethnic cleansing against Christian
    Armenia" / "the ethnic cleansing of Azerbaijanis") is no difference found, not an
    agreement.  ``voices``: as the summary names them."""
    conflicts = [d.summary for d in differences if d.conflict]
    if relation == "conflict":
        return " ".join(conflicts[:2])
    framing = [d for d in differences if d.kind not in ("numbers_agree", "speakers")]
    if framing and framing[0].kind in ("numbers_changed", "state_changed", "numbers_units"):
        # the story moved on, or the amounts cannot be compared: "agree on the facts" would
        # mislead
        return framing[0].summary
    agreed = [d for d in differences if d.kind == "numbers_agree"]
    if framing:
        first = framing[0].summary
        # "only ...", "sources ...", but an outlet's name keeps its capital
        lead = first[0].lower() if first.split()[0] in ("Only", "Sources", "The") else first[0]
        found = agreed[0].summary[:-1] if agreed else "No factual difference found"
        return f"{found}; {lead}{first[1:]}"
    if agreed:
        return agreed[0].summary
    if len(voices) > 4:  # a long roll of names says less than their count
        return f"No difference found among the {len(voices)} voices."
    if len(voices) > 1:
        return f"No difference found between {listed(list(voices), verb=False)}."
    return "No difference found."
