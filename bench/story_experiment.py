"""Could a story level (articles grouped by event) meet issue 4's grouping target?

    python bench/story_experiment.py [--data ../shared/eval]

Issue 4 asks, on NewsWCL50 and the UCI stories, for 1.5x the baseline's cross-source claim
pairs at pair precision >= 0.95.  crossclaim's clusters hold one claim each, so they give far
fewer pairs; this lab groups the *articles* of a store into stories instead, online and
average-link as the claim clusters are, and counts the cross-source claim pairs of the
stories (a pair of articles of two outlets in one story adds the product of their claim
counts).  Article signals, each on its own and mixed half and half:

- ``raw``: cosine of the mean of an article's claim vectors (a headline is its one claim);
- ``centred``: the same after subtracting the mean of every article of the store;
- ``names``: cosine of the articles' name keys weighted by tf-idf within the store.

Both splits are run (NewsWCL50 events 0, 3, 6, 9 and a third of the UCI stories tune), with
the baseline of the same run beside them.  A lab, not shipped: docs/matching.md, "A story
level, measured (fortieth session)".
"""

from __future__ import annotations

import argparse
import collections
import itertools
import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from embeddings.facets import facet_id  # noqa: E402
from embeddings.matching import entity_keys  # noqa: E402
from embeddings.types import Article  # noqa: E402
from service.evaluation import datasets as ds  # noqa: E402
from service.evaluation.context import Context, default_cache_dir  # noqa: E402
from service.evaluation.grouping_tasks import Grouping, baseline_grouping  # noqa: E402
from service.evaluation.metrics import cross_source_pairs  # noqa: E402

THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
Sim = Callable[[str, str], float]


class Summary:
    """One article of the store: its outlet, gold event, claim count, mean vector, names."""

    def __init__(self, source: str, gold: str):
        self.source, self.gold = source, gold
        self.claims: list[int] = []
        self.names: collections.Counter[str] = collections.Counter()
        self.mean = np.zeros(0, dtype=np.float32)


def summaries(ctx: Context, name: str, articles: Sequence[Article],
              gold: dict[str, str]) -> dict[str, Summary]:
    pipe = ctx.new_pipeline(name)
    for lo in range(0, len(articles), 200):
        pipe.ingest(articles[lo : lo + 200])
    out: dict[str, Summary] = {}
    for claim, _ in pipe.store.iter_claims():
        s = out.setdefault(claim.article_id, Summary(claim.source, gold[claim.article_id]))
        assert claim.id is not None
        s.claims.append(claim.id)
        s.names.update(entity_keys(claim))
    index = pipe.keeper.index
    for s in out.values():
        mean = index.vectors([facet_id(c, 0) for c in s.claims]).mean(axis=0)
        s.mean = mean / np.linalg.norm(mean)
    return out


def similarities(arts: dict[str, Summary]) -> dict[str, Sim]:
    df: collections.Counter[str] = collections.Counter()
    for a in arts.values():
        df.update(set(a.names))
    n = len(arts)
    weights = {}
    for key, a in arts.items():
        w = {k: (1 + math.log(c)) * math.log((n + 1) / (df[k] + 0.5)) for k, c in a.names.items()}
        norm = math.sqrt(sum(x * x for x in w.values())) or 1.0
        weights[key] = {k: x / norm for k, x in w.items()}
    mu = np.mean([a.mean for a in arts.values()], axis=0)
    centred = {k: (a.mean - mu) / np.linalg.norm(a.mean - mu) for k, a in arts.items()}

    def raw(x: str, y: str) -> float:
        return float(arts[x].mean @ arts[y].mean)

    def cen(x: str, y: str) -> float:
        return float(centred[x] @ centred[y])

    def names(x: str, y: str) -> float:
        wx, wy = weights[x], weights[y]
        return sum(v * wy.get(k, 0.0) for k, v in wx.items())

    return {"raw": raw, "centred": cen, "names": names,
            "raw+names": lambda x, y: 0.5 * raw(x, y) + 0.5 * names(x, y),
            "centred+names": lambda x, y: 0.5 * cen(x, y) + 0.5 * names(x, y)}


def stories(keys: Sequence[str], sim: Sim, threshold: float) -> dict[str, int]:
    """Online average link in ingest order, as the claim clusters are made."""
    groups: list[list[str]] = []
    label: dict[str, int] = {}
    for k in keys:
        scored = [(float(np.mean([sim(k, m) for m in g])), i) for i, g in enumerate(groups)]
        best = max(scored, default=(-1.0, -1))
        if best[0] >= threshold:
            groups[best[1]].append(k)
            label[k] = best[1]
        else:
            groups.append([k])
            label[k] = len(groups) - 1
    return label


def claim_pairs(arts: dict[str, Summary], label: dict[str, int]) -> tuple[int, float]:
    total = same = 0
    for x, y in itertools.combinations(label, 2):
        a, b = arts[x], arts[y]
        if label[x] != label[y] or a.source == b.source:
            continue
        w = len(a.claims) * len(b.claims)
        total += w
        same += w * (a.gold == b.gold)
    return total, same / total if total else 0.0


def run(ctx: Context, name: str, articles: Sequence[Article], gold: dict[str, str],
        units: Sequence[tuple[str, str, str]]) -> None:
    arts = summaries(ctx, name, articles, gold)
    b = cross_source_pairs(*_fields(baseline_grouping(ctx, units)))
    print(f"\n{name} ({ctx.split}): {len(arts)} articles, "
          f"{len({a.gold for a in arts.values()})} events; baseline {b.pairs} pairs at "
          f"{b.precision:.3f}, target {math.ceil(1.5 * b.pairs)} at >= 0.95")
    keys = list(arts)
    for variant, sim in similarities(arts).items():
        cells = []
        for t in THRESHOLDS:
            pairs, precision = claim_pairs(arts, stories(keys, sim, t))
            cells.append(f"{t}: {pairs} @ {precision:.3f}")
        print(f"  {variant:14} " + " | ".join(cells), flush=True)


def _fields(g: Grouping) -> tuple[dict[Any, list[Any]], dict[Any, str], dict[Any, str]]:
    return g.clusters, g.source, g.gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval")
    args = parser.parse_args()
    for split in (ds.TUNE, ds.REPORT):
        ctx = Context(args.data, split=split, cache_dir=default_cache_dir(), log=lambda _: None)
        try:
            wcl = ds.newswcl50(args.data, split)
            run(ctx, "newswcl50",
                [Article(id=f"wcl-{r.doc_id}", source=r.source, text=r.text) for r in wcl],
                {f"wcl-{r.doc_id}": r.event for r in wcl},
                [(s, r.source, r.event) for r in wcl for s in r.sentences])
            uci = ds.uci_headlines(args.data, split)
            run(ctx, "uci", [Article(id=f"uci-{r.id}", source=r.source, text=r.title) for r in uci],
                {f"uci-{r.id}": r.story for r in uci}, [(r.title, r.source, r.story) for r in uci])
        finally:
            ctx.close()


if __name__ == "__main__":
    main()
