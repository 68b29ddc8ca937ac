"""Who said what: a claim paired with the voice it is compared as, and evidence rows.

Every difference compares *voices* (the quoted speaker, else the outlet), never two
claims of one voice.  ``pair_relation`` has to compare two free-text claims that share a
voice ("input"), so the voice is carried beside the claim instead of read off it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from embeddings.claims.entities import PLACES, is_demonym
from embeddings.claims.joint_voices import voice_parts
from embeddings.claims.name_forms import formal_name
from embeddings.claims.quotes import double_single_quotes, inside, quoted_spans
from embeddings.types import Claim

_NOT_A_NAME = frozenset({"and", "the", "for", "with"})
# "He also criticized ...", "She added ...": the speaker is named by a pronoun in this sentence
_PRONOUN_SUBJECT = re.compile(r"(?:he|she)\s", re.I)


# a descriptor that names a speaker by what it is ("company", "separatist authorities") reads
# as "the company" in a sentence; names, outlets and counted groups ("two diplomats",
# "unnamed officials") are said as they are
_NOT_THE = re.compile(r"(?:the|a|an|its|his|her|their|unnamed|one|two|three|four|five|six"
                      r"|seven|eight|nine|ten|some|several|many|claim|input|\d)\b", re.I)
# a name that opens with its particle ("de Blasio", "von der Leyen") is no common noun
_PARTICLE_NAME = re.compile(r"(?:von|van|de|di|da|du|der|den|la|al|el)\s+(?:\w+\s+)?[A-Z]")


def shown(voice: str, source: str | None = None) -> str:
    """How a voice is named in a summary: "the company says", not "company says"; "the Gaza
    health ministry says", not "Gaza health ministry says" (a name before a common noun
    is a descriptor too; "Kosovo police say" and "Taiwan's defence ministry says" read as
    they are)."""
    if voice == source or _PARTICLE_NAME.match(voice):
        return voice
    if voice in _THE_ACRONYMS:
        return "the " + voice  # "the US says", as "the United States says"
    if _joint(voice):
        # "the US and France", "the Kremlin and Beijing": each speaker as it is named alone
        # (the claims stage cut "the" from the whole: "The US and France say")
        pieces = re.split(r"(,\s+and\s+|,\s+|\s+and\s+)", voice)
        return "".join(p if at % 2 else shown(p) for at, p in enumerate(pieces))
    if _NOT_THE.match(voice):
        return _counted(voice)
    if _INSTITUTION.fullmatch(voice) or voice in _SEATS or _THE_STATE.fullmatch(voice):
        return "the " + voice  # "the Ministry of National Defense", "the Kremlin"
    if not voice[:1].islower() and (not _DESCRIBED.fullmatch(voice) or says(voice) == "say"):
        return voice
    return "the " + voice


# states and unions whose initials take "the" as their names do
_THE_ACRONYMS = frozenset({"US", "U.S.", "UK", "U.K.", "UAE", "EU", "UN", "USSR", "U.N."})
_COUNTING = re.compile(r"(?:The|A|An|Its|His|Her|Their|Unnamed|One|Two|Three|Four|Five|Six"
                       r"|Seven|Eight|Nine|Ten|Some|Several|Many)\s")
_MINOR_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "a", "an"})


def _counted(voice: str) -> str:
    """A counted or described group named at a sentence's start ("Two diplomats said ...")
    keeps its capital in the voice; mid-sentence it reads "two diplomats", "unnamed
    officials", "several US officials".  A name that opens with such a word ("Two Rivers
    Council", "The Hague") has every word after it capitalised and keeps its capital."""
    if not _COUNTING.match(voice):
        return voice
    rest = [w for w in voice.split()[1:] if w.lower() not in _MINOR_WORDS]
    if rest and any(w[:1].islower() for w in rest):
        return voice[:1].lower() + voice[1:]
    return voice


# a body named by what it is, capitalised: "Ministry of National Defense", "Eastern Theater
# Command", "Chinese Foreign Ministry" read with "the" ("Taiwan's defence ministry", a
# possessive, and "Bank of America", a company, do not)
_BODY_WORDS = (r"(?:Ministry|Department|Office|Bureau|Council|Commission|Committee|Court|Agency"
               r"|Embassy|Secretariat|Presidency|Command|Cabinet|Parliament|Assembly|Union"
               r"|Association|Federation|Organi[sz]ation|Authority|Institute|Institution|Fund)")
_INSTITUTION = re.compile(rf"{_BODY_WORDS}\s+of\s+.+|(?:(?![\w-]*['’]s\b)[A-Z][\w-]*\s+)+"
                          rf"{_BODY_WORDS}")
# states named with "the": "the United States", "the Philippines", "the Czech Republic"
_THE_STATE = re.compile(r"(?:[A-Z][\w-]*\s+)*(?:States|Kingdom|Republic|Emirates|Islands)"
                        r"|Netherlands|Philippines|Gambia|Bahamas|Maldives")
# seats of power a newspaper names with "the": "the Kremlin says"
_SEATS = frozenset({"Kremlin", "Pentagon", "White House", "Elysee", "Élysée", "Vatican",
                    "Knesset", "Bundestag", "Duma", "State Duma", "Foreign Office", "Home Office",
                    "Treasury", "Blue House", "Quai d'Orsay"})


# capitalised words, then a singular common noun last: "Gaza health ministry", "Israeli
# occupation army", "Hamas-run health ministry" (not a possessive, not a plural group)
_DESCRIBED = re.compile(r"[A-Z][\w-]*(?:\s+[\w-]+)*\s+[a-z][a-z-]*")
# plurals without an "s" ("Republican congressmen say", "Kosovo police say")
_PLURALS = frozenset({"police", "people", "staff", "personnel", "children"})


def says(name: str) -> str:
    """"says" or "say": "the separatist authorities say", "Reuters says"."""
    if _joint(name):
        return "say"  # "police and FBI say", "the United States, Britain and France say"
    head = name.split(" of ")[0]  # "the coalition of environmental groups says"
    last = head.split()[-1] if head.split() else head
    plural = last.islower() and ((last.endswith("s") and not last.endswith(("ss", "us", "is")))
                                 or last in _PLURALS or last.endswith("men"))
    return "say" if plural or _peoples(head) else "says"


def _joint(name: str) -> bool:
    """Several speakers of one statement (``embeddings.claims.joint_voices``): "police and
    FBI", "France and Germany", "United States, Britain and France"; not one body's name with
    "and" in it ("Procter and Gamble", "Department of Health and Human Services")."""
    parts = voice_parts(name)
    if len(parts) < 2 or " of " in name or name.lower() in PLACES:
        return False
    return len(parts) > 2 or any(p[:1].islower() for p in parts) \
        or all(p.lower() in PLACES or p in _THE_ACRONYMS or p in _SEATS for p in parts)


# members of a party or a people no place's name gives: "Republicans say", "Kurds say"
_MEMBERS = frozenset({"democrat", "republican", "conservative", "liberal", "socialist",
                      "communist", "green", "torie", "kurd", "arab", "turk", "serb", "croat",
                      "houthi", "sunni", "shiite", "druze", "alawite", "uyghur", "uighur", "briton",
                      "scot", "brit"})


def _peoples(name: str) -> bool:
    """A people named as a speaker is many: "Iranians say", "most Taiwanese say", "the
    British say" (a people's word in the plural, or one that is its own plural, as the
    voice's last word: not "Reuters", "Evans" nor "Chinese Foreign Ministry")."""
    last = name.split()[-1] if name.split() else name
    if not last[:1].isupper():
        return False
    if last.endswith("s") and (is_demonym(last[:-1]) or last[:-1].lower() in _MEMBERS):
        return True  # "Iranians", "Israelis", "Palestinians", "Democrats"
    # "the British", "most Taiwanese"; not a surname ("John French")
    alone = all(w.islower() for w in name.split()[:-1])
    return alone and last.endswith(("ese", "ish", "ch", "ss")) and is_demonym(last)


def listed(names: Sequence[str], verb: bool = True) -> str:
    """Names joined so each stays whole: "A and B", "A, B and C"; where a name holds "and"
    itself ("US and France"), "Azerbaijan, and US and France, say ..." (``verb``: a verb
    follows, so the last name is closed by a comma too), never "Azerbaijan and US and
    France", which reads as three voices."""
    names = list(names)
    if len(names) < 2:
        return names[0] if names else ""
    if not any(" and " in n for n in names):
        return f"{', '.join(names[:-1])} and {names[-1]}"
    return f"{', '.join(names[:-1])}, and {names[-1]}" + ("," if verb else "")


def capital(text: str) -> str:
    """A summary sentence starts with a capital: "The company denies ..."."""
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Said:
    claim: Claim
    voice: str
    # whether the outlet's own words are told apart from its speaker's (``chooser``); not for
    # two free-text inputs, which have no outlet and are compared as two voices
    outlet_words: bool = True

    @cached_property
    def day(self) -> str | None:
        """The day the claim's article was published (YYYY-MM-DD), None where not known."""
        return publication_day(self.claim.published)

    @property
    def shown(self) -> str:
        """The voice as a summary names it ("the company")."""
        return shown(self.voice, self.claim.source)

    @cached_property
    def _quotes(self) -> list[tuple[int, int]]:
        return quoted_spans(double_single_quotes(self.claim.text))

    def chooser(self, start: int) -> str:
        """Whose words these are (the claim-text offset ``start``): a speaker's claim is told
        in the outlet's words except inside quotation marks.  "Erdogan voiced support for
        the offensive": the claim is Erdogan's, the word "offensive" the wire's; "according
        to the separatist authorities": "separatist" is the outlet's.  A sentence that does
        not say who speaks (no quotation marks, no frame, no name, no "he"/"she") carries the
        speaker on from a quotation that runs over several sentences: all of it is theirs."""
        claim = self.claim
        if not self.outlet_words or not claim.speaker or self.voice == claim.source \
                or inside(start, self._quotes):
            return self.voice
        return claim.source if self._quotes or self._names_speaker else self.voice

    @cached_property
    def _names_speaker(self) -> bool:
        claim = self.claim
        if claim.core.strip() != claim.text.strip() or _PRONOUN_SUBJECT.match(claim.text):
            return True
        # "a senior US official voiced frustration that ...": the speaker's own words name them
        names = [w for w in re.findall(r"[^\W\d_]{3,}", claim.speaker or "")
                 if w.lower() not in _NOT_A_NAME]
        return any(re.search(rf"\b{re.escape(w)}\b", claim.text, re.I) for w in names)

    def chosen_span(self, start: int, end: int, **extra: object) -> dict[str, object]:
        """``span``, with the voice that chose the words (``chooser``); ``of`` names the
        speaker whose claim the outlet words it for."""
        who = self.chooser(start)
        if who != self.voice:
            extra = {**extra, "of": self.voice}
        row = self.span(start, end, **extra)
        row["voice"] = who
        return row

    def span(self, start: int, end: int, **extra: object) -> dict[str, object]:
        """Evidence for claim-text offsets [start, end): article offsets, as the UI wants them."""
        return self.evidence(self.claim.text[start:end], self.claim.start + start,
                             self.claim.start + end, **extra)

    def evidence(self, text: str, start: int, end: int, **extra: object) -> dict[str, object]:
        """Evidence for a span already in article offsets (entities and quantities are)."""
        row: dict[str, object] = {"claim_id": self.claim.id, "source": self.claim.source,
                                  "voice": self.voice, "text": text, "start": start, "end": end}
        if self.day:
            row["published"] = self.day
        row.update(extra)
        return row


def publication_day(published: str | None) -> str | None:
    """"2023-09-20T14:05:00Z" -> "2023-09-20": reports are told apart by the day (a time of
    day is not given often enough to say which of two same-day reports came first)."""
    from datetime import date

    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10]).isoformat()
    except ValueError:
        return None


def voices_of(said: list[Said]) -> list[str]:
    return sorted({s.voice for s in said})


def evidence_order(row: dict[str, object]) -> tuple[str, str, int]:
    start = row.get("start")
    return (str(row.get("voice")), str(row.get("source")), start if isinstance(start, int) else 0)


def person_voices(speakers: Iterable[str]) -> dict[str, str]:
    """One voice for one person named two ways in a cluster ("Trump" and "Donald Trump",
    "Rodney Scott" and "Rodney S. Scott"): a speaker name whose words all stand, in order and
    with the same last word, in exactly one longer speaker name that adds only capitalised
    words or initials.  With two such names ("Donald Trump", "Melania Trump") nothing is
    merged: the short one could be either."""
    names = sorted(set(speakers), key=lambda n: (-len(n.split()), n))
    out: dict[str, str] = {}
    for short in names:
        words = short.split()
        # ("Roger Stone" is "Roger J. Stone Jr": a suffix given with a middle initial is
        # the formal name's, ``formal_name``; "Donald Trump Jr" stays another person)
        longer = [n for n in names if len(n.split()) > len(words)
                  and _extends(formal_name(n).split(), words)]
        # (two longer names already one voice are one: "Stone" beside "Roger Stone" and
        # "Roger J. Stone Jr")
        voices = {out.get(n, n) for n in longer}
        if len(voices) == 1:
            out[short] = voices.pop()
    return out


def _extends(full: list[str], short: list[str]) -> bool:
    if not short or full[-1] != short[-1]:
        return False
    rest = iter(full)
    if not all(any(w == x for x in rest) for w in short):
        return False  # not a subsequence
    return all(w[:1].isupper() for w in full if w not in short)
