"""Claim-level precision on NewsWCL50's judged events (``newswcl50-claims``).

The ``newswcl50`` task counts a pair right when both claims come from one event; a reader
finds about half of those pairs one claim (docs/quality.md, "Topic-only joins on unseen
stories (fiftieth session)"). This task clusters each judged event of the split asked for
in a store of its own and looks every cross-source or cross-voice pair of a cluster up in a
file of a reader's judgements, ``data/newswcl50_pair_judgements.jsonl``, one JSON row per
pair:

    {"key": "<16 hex>", "event": "0", "same": false, "shares": "topic"}

``key`` is ``pair_hash`` of the two claim texts (whitespace collapsed, order-free, sha256,
first 16 hex digits), so the file holds no dataset text; ``shares`` ("subject" or "topic",
docs/quality.md "What a wrong pair shares") is given when ``same`` is false, and a row
without it reads as topic, as in the seed judgements. A pair with no row is counted
unjudged, never guessed: ``--verbose`` prints them (dataset text, on the terminal only) so
a reader can judge them and add rows (``bench/wcl_judgements.py`` shows how the rows were
made from a listing).

Judged tuning events (0, 3, 6, 9) are scored with ``--split tune``; judged report events
(read only to judge, never to write a rule from) with ``--split report``, the held-out figure
(docs/quality.md, "Claim-level precision on held-out stories (fifty-first session)").
``--orders N`` also scores each event in N fixed ingest orders (``wcl_orders``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from embeddings.types import Article, Claim
from service.evaluation import datasets as ds
from service.evaluation.context import Context, Metric, TaskResult
from service.evaluation.seeds import pair_key

WCL_JUDGEMENTS = Path(__file__).resolve().parent / "data" / "newswcl50_pair_judgements.jsonl"


def normalise(text: str) -> str:
    return " ".join(text.split())


def pair_hash(a: str, b: str) -> str:
    """The judgement key of two claim texts: the same whichever comes first."""
    first, second = pair_key(normalise(a), normalise(b))
    return hashlib.sha256(f"{first}\n{second}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Judgement:
    event: str
    same: bool
    shares: str  # "subject" or "topic" when not the same, "" when the same


def load_wcl_judgements(path: Path | None = None) -> dict[str, Judgement]:
    """The rows of ``path`` (default: the shipped file, looked up when called) by key."""
    path = path or WCL_JUDGEMENTS
    out: dict[str, Judgement] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                same = bool(row["same"])
                shares = "" if same else ("subject" if row.get("shares") == "subject"
                                          else "topic")
                out[row["key"]] = Judgement(str(row["event"]), same, shares)
    return out


@dataclass
class ClaimPairCount:
    judged: int = 0
    same: int = 0
    subject: int = 0
    topic: int = 0
    unjudged: list[tuple[int, str, str]] = field(default_factory=list)  # (cluster, a, b)

    @property
    def precision(self) -> float | None:
        return self.same / self.judged if self.judged else None

    def add(self, other: ClaimPairCount) -> None:
        self.judged += other.judged
        self.same += other.same
        self.subject += other.subject
        self.topic += other.topic
        self.unjudged += other.unjudged

    def as_dict(self) -> dict[str, object]:
        return {"judged": self.judged, "same": self.same, "subject": self.subject,
                "topic": self.topic, "unjudged": len(self.unjudged),
                "precision": None if self.precision is None else round(self.precision, 3)}


def cluster_pairs(rows: Iterable[tuple[Claim, int]]) -> list[tuple[int, Claim, Claim]]:
    """Every pair in one cluster from two sources or two voices (one voice of one outlet
    repeating itself is no cross-outlet join)."""
    members: dict[int, list[Claim]] = {}
    for claim, cluster in rows:
        members.setdefault(cluster, []).append(claim)
    return [(cluster, a, b) for cluster, cs in sorted(members.items())
            for a, b in combinations(cs, 2)
            if a.source != b.source or a.voice != b.voice]


def count_pairs(rows: Iterable[tuple[Claim, int]],
                judged: dict[str, Judgement]) -> ClaimPairCount:
    count = ClaimPairCount()
    for cluster, a, b in cluster_pairs(rows):
        j = judged.get(pair_hash(a.text, b.text))
        if j is None:
            count.unjudged.append((cluster, *pair_key(a.text, b.text)))
            continue
        count.judged += 1
        count.same += j.same
        count.subject += j.shares == "subject"
        count.topic += j.shares == "topic"
    return count


def event_articles(rows: Iterable[ds.EventArticle]) -> list[Article]:
    return [Article(id=f"wcl-{r.doc_id}", source=r.source, text=r.text) for r in rows]


def cluster_event(ctx: Context, name: str, articles: list[Article]) -> list[tuple[Claim, int]]:
    """Every claim of ``articles`` with its cluster, ingested in the order given into a
    throwaway store of its own."""
    pipe = ctx.new_pipeline(name)
    try:
        pipe.ingest(articles)
        return list(pipe.store.iter_claims())
    finally:
        ctx.drop_pipeline(pipe)


def task_newswcl50_claims(ctx: Context) -> TaskResult:
    from service.evaluation.wcl_orders import order_metrics, score_orders

    judged = load_wcl_judgements()
    events = sorted({j.event for j in judged.values()}, key=lambda e: (len(e), e))
    # only the split's own events: a tuning figure never mixes in a held-out story, and the
    # report figure is made of stories no rule was written from
    rows = [r for r in ds.newswcl50(ctx.root, ctx.split) if r.event in events]
    if not rows:
        raise ds.MissingData(f"no judged NewsWCL50 event in the '{ctx.split}' split "
                             f"(judged: events {', '.join(events)}): not judged")
    total = ClaimPairCount()
    per_event: dict[str, dict[str, object]] = {}
    stories: dict[str, list[Article]] = {}
    counts: dict[str, ClaimPairCount] = {}
    for event in events:
        mine = [r for r in rows if r.event == event]
        if not mine:
            continue
        stories[event] = event_articles(mine)
        count = count_pairs(cluster_event(ctx, f"newswcl50-claims-{event}", stories[event]),
                            judged)
        counts[event] = count
        per_event[event] = count.as_dict()
        total.add(count)
        if ctx.verbose:
            for cluster, a, b in count.unjudged:
                ctx.log(f"unjudged event {event} cluster {cluster} key {pair_hash(a, b)}\n"
                        f"    A: {a}\n    B: {b}")
    metrics = [
        Metric("claim-level precision (judged pairs)", total.precision, None),
        Metric("judged pairs", total.judged, None, integer=True),
        Metric("judged pairs sharing only the topic", total.topic, None, integer=True),
        Metric("judged pairs sharing a subject", total.subject, None, integer=True),
        Metric("unjudged pairs (new joins: --verbose lists them)", len(total.unjudged), None,
               integer=True),
    ]
    details = {"split": ctx.split, "events": per_event, "total": total.as_dict(),
               "judgements": WCL_JUDGEMENTS.name,
               "pairs": "cross-source or cross-voice pairs in one cluster, each event in a "
                        "store of its own; the baseline is not judged"}
    if ctx.orders > 1:  # the default run's figures and details stay as they were
        by_order = score_orders(ctx, stories, judged, counts)
        metrics += order_metrics(by_order)
        details["by_order"] = by_order
    return TaskResult("newswcl50-claims",
                      f"newswcl50 judged {ctx.split} events {', '.join(per_event)} (claim pairs)",
                      len(rows), metrics, details)
