"""Grouping tasks: NewsWCL50 and the UCI stories, crossclaim's clusters against
``util.community_detection``: cross-source pairs, pair precision, event coverage."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from embeddings.types import Article
from service.evaluation import baseline as base
from service.evaluation import datasets as ds
from service.evaluation.context import Context, Metric, TaskResult, sample_examples
from service.evaluation.metrics import (
    cross_source_pairs,
)


# -- cross-outlet grouping: NewsWCL50, UCI ------------------------------------------------------
@dataclass
class Grouping:
    clusters: dict[Any, list[Any]]
    source: dict[Any, str]
    gold: dict[Any, str]
    text: dict[Any, str]


def system_grouping(ctx: Context, name: str, articles: Sequence[Article],
                    gold_of_article: dict[str, str]) -> Grouping:
    """Ingest into a fresh pipeline; its claims, grouped by the clusters it stored."""
    pipe = ctx.new_pipeline(name)
    for lo in range(0, len(articles), 200):
        pipe.ingest(articles[lo : lo + 200])
    g = Grouping({}, {}, {}, {})
    for claim, cluster in pipe.store.iter_claims():
        g.clusters.setdefault(cluster, []).append(claim.id)
        g.source[claim.id] = claim.source
        g.gold[claim.id] = gold_of_article[claim.article_id]
        g.text[claim.id] = claim.text
    return g


def baseline_grouping(ctx: Context, units: Sequence[tuple[str, str, str]]) -> Grouping:
    """``community_detection`` over (text, source, gold) units at the baseline threshold."""
    vecs = ctx.baseline_vectors([t for t, _, _ in units])
    groups = base.community_groups(vecs, ctx.baseline_threshold)
    return Grouping({k: list(m) for k, m in enumerate(groups)},
                    {i: u[1] for i, u in enumerate(units)}, {i: u[2] for i, u in enumerate(units)},
                    {i: u[0] for i, u in enumerate(units)})


def _grouping_result(ctx: Context, name: str, data: str, rows: int, sys_g: Grouping,
                     base_g: Grouping, unit: str) -> TaskResult:
    s = cross_source_pairs(sys_g.clusters, sys_g.source, sys_g.gold)
    b = cross_source_pairs(base_g.clusters, base_g.source, base_g.gold)
    met = s.pairs >= 1.5 * b.pairs and s.precision >= 0.95
    metrics = [
        Metric("cross-source pairs", s.pairs, b.pairs, "≥ 1.5× baseline at precision ≥ 0.95",
               met, integer=True),
        Metric("pair precision", s.precision, b.precision),
        Metric("event coverage", s.coverage, b.coverage),
        Metric("multi-source clusters", s.clusters, b.clusters, integer=True),
        Metric("units grouped (claims / sentences)", len(sys_g.source), len(base_g.source),
               integer=True),
    ]
    details = {"system": asdict(s), "baseline": asdict(b),
               "system_units": len(sys_g.source), "baseline_units": len(base_g.source),
               "unit": unit, "baseline_threshold": round(ctx.baseline_threshold, 4)}
    result = TaskResult(name, data, rows, metrics, details)
    if ctx.examples:
        result.examples["mixed_clusters"] = sample_examples(ctx, _mixed(sys_g))
        result.examples["largest_clusters"] = sample_examples(ctx, [
            {"size": len(m), "sources": len({sys_g.source[i] for i in m}),
             "texts": [sys_g.text[i] for i in m[:8]]}
            for m in sorted(sys_g.clusters.values(), key=len, reverse=True)])
    return result


def _mixed(g: Grouping) -> list[dict[str, Any]]:
    out = []
    for members in g.clusters.values():
        events = {g.gold[m] for m in members if m in g.gold}
        if len(events) > 1:
            out.append({"events": sorted(events),
                        "members": [{"gold": g.gold.get(m), "source": g.source[m],
                                     "text": g.text[m]} for m in members[:8]]})
    return out


def task_newswcl50(ctx: Context) -> TaskResult:
    rows = ctx.load(ds.newswcl50)
    articles = [Article(id=f"wcl-{r.doc_id}", source=r.source, text=r.text) for r in rows]
    event_of = {f"wcl-{r.doc_id}": r.event for r in rows}
    sys_g = system_grouping(ctx, "newswcl50", articles, event_of)
    base_g = baseline_grouping(ctx, [(s, r.source, r.event) for r in rows for s in r.sentences])
    events = sorted({r.event for r in rows})
    return _grouping_result(ctx, "newswcl50", f"newswcl50 events {', '.join(events)} "
                            "(full articles)", len(rows), sys_g, base_g,
                            "system: extracted claims; baseline: the CoNLL sentences")


def task_uci(ctx: Context) -> TaskResult:
    rows = ctx.load(ds.uci_headlines)
    articles = [Article(id=f"uci-{r.id}", source=r.source, text=r.title) for r in rows]
    story_of = {f"uci-{r.id}": r.story for r in rows}
    sys_g = system_grouping(ctx, "uci", articles, story_of)
    base_g = baseline_grouping(ctx, [(r.title, r.source, r.story) for r in rows])
    stories = len({r.story for r in rows})
    return _grouping_result(ctx, "uci", f"uci headlines, {stories} stories hashed to "
                            f"'{ctx.split}'", len(rows), sys_g, base_g,
                            "system: claims of each headline; baseline: the headlines")
