"""Typed domain objects shared by every stage of the pipeline.

article -> claims -> vectors -> index -> clusters -> contrast

They are plain frozen dataclasses: no I/O, no heavy imports, cheap to build in tests.
Offsets are always character offsets into ``Article.text`` so that
``article.text[claim.start:claim.end] == claim.text`` holds everywhere.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields


def article_id_for(source: str, text: str) -> str:
    """Content-derived id for articles that arrive without one (same source + text -> same id)."""
    digest = hashlib.sha256(f"{source}\x00{text}".encode()).hexdigest()
    return digest[:16]


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Article:
    id: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date
    author: str | None = None

    @property
    def content_hash(self) -> str:
        return text_hash(self.text)


@dataclass(frozen=True)
class Quantity:
    """A number mentioned in a claim, parsed to an interval.

    ``low``/``high`` are inclusive bounds; an open side is ``None``
    ("more than 100k" -> low=100000, high=None; "29" -> low=high=29;
    "100,000-120,000" -> 100000..120000).  ``approximate`` widens comparisons
    ("about", "some", "nearly").  A score ("won 2-1", "passed 52-48") is one exact number,
    the winner's side times 1000 plus the other's (2001, 52048).
    """

    text: str
    start: int  # offsets into the article text
    end: int
    low: float | None
    high: float | None
    unit: str | None = None  # normalised noun or symbol: "people", "percent", "day", "usd", ...
    # count percent money duration age year date ordinal measure score rate ratio
    kind: str = "count"
    approximate: bool = False


@dataclass(frozen=True)
class Entity:
    text: str
    start: int  # offsets into the article text
    end: int
    label: str = "NAME"  # PERSON | PLACE | ORG | NAME (when unsure)
    # the name's other form its article defines ("MSF" for "Doctors Without Borders (MSF)",
    # and the long name for "MSF"): embeddings/claims/defined_names.py
    alias: str | None = None
    # a surname standing alone ("Smith said"): the one full name its article gives a person
    # of it ("John Smith"), so another article's "Smith" (Adam Smith) is told apart from it
    full: str | None = None


@dataclass(frozen=True)
class Claim:
    """One sentence-level claim out of one article.

    ``core`` is the claim with its attribution frame removed ("X said that ...",
    "according to X"), which is what gets embedded: two outlets quoting
    different people making the same claim should still meet.
    ``id`` is assigned by the store (an int64, also the FAISS key).
    """

    article_id: str
    source: str
    text: str
    start: int
    end: int
    core: str
    speaker: str | None = None
    entities: tuple[Entity, ...] = ()
    numbers: tuple[Quantity, ...] = ()
    id: int | None = None
    # how likely a fact-checker would check it, 0..1 (embeddings/claims/checkworthy.py);
    # None: not scored
    checkworthy: float | None = None
    # the article's publication date (ISO, as given): figures reported on different days
    # may differ because the story moved on, not because the sources disagree
    published: str | None = None

    @property
    def voice(self) -> str:
        """Who is making the claim: the quoted speaker if any, else the outlet."""
        return self.speaker or self.source

    # A claim is the key of the bounded caches of its readings and of its pairs' readings,
    # looked up for every pair the clusterer scores (the seeds five times over: 315,000
    # hashes of 1,196 claims, each of its every field, names and figures included).  The
    # hash is the dataclass's own (of every field, in order), worked out once a claim and
    # kept in its ``__dict__``, as ``functools.cached_property`` keeps a value on a frozen
    # dataclass: equality, ``repr``, ``fields`` and ``replace`` stay on the fields.  Not
    # pickled: a string's hash differs from one process to the next.
    def __hash__(self) -> int:
        known: int | None = self.__dict__.get("_hash")
        if known is None:
            known = hash(tuple(getattr(self, f.name) for f in fields(self)))
            self.__dict__["_hash"] = known
        return known

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "_hash"}


@dataclass(frozen=True)
class Difference:
    """One way the members of a cluster differ, with the evidence a reader can check."""

    # contradiction | numbers | numbers_changed | state_changed | numbers_units | numbers_agree
    # | names | terminology | wording | speakers
    kind: str
    summary: str  # one plain-language sentence
    evidence: tuple[dict[str, object], ...] = ()  # per claim: claim_id, source, span text, offsets
    conflict: bool = True  # False for differences that are not disagreements (numbers agree, ...)


@dataclass(frozen=True)
class Contrast:
    relation: str  # agree | conflict
    differences: tuple[Difference, ...] = ()
    summary: str = ""


@dataclass
class Cluster:
    id: int
    claims: list[Claim] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        return sorted({c.source for c in self.claims})

    @property
    def voices(self) -> list[str]:
        return sorted({c.voice for c in self.claims})


@dataclass(frozen=True)
class PairJudgement:
    """The answer to "are these two claims the same claim, and do they agree?"."""

    similarity: float  # cosine of the two core embeddings
    score: float  # combined match score (cosine adjusted by entity/number signals)
    match: bool
    relation: str  # agree | conflict | unrelated
    signals: dict[str, object] = field(default_factory=dict)
