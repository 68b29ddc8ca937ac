"""The seed articles against the hand-made gold file, crossclaim and the baseline."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from embeddings.types import Article, Claim
from service.evaluation import baseline as base
from service.evaluation import datasets as ds
from service.evaluation.context import JUDGEMENTS, SEEDS, Context, Metric, TaskResult

if TYPE_CHECKING:
    from service.pipeline import Pipeline


# -- the seed gold file -------------------------------------------------------------------------
def task_seeds(ctx: Context) -> TaskResult:
    from service.evaluation.seeds import score_labels, score_seeds
    from service.readers import read_file

    if not ctx.gold.exists():
        raise ds.MissingData(f"{ctx.gold} not found")
    pipe = ctx.new_pipeline("seeds")
    pipe.ingest(list(read_file(SEEDS)))
    sys_r = score_seeds(pipe.store, ctx.gold, JUDGEMENTS)
    score_labels(sys_r, pipe.store, ctx.gold, lambda q: pipe.terms(q, top=10))
    base_store = BaselineSeedStore(ctx, pipe)
    base_r = score_seeds(cast(Any, base_store), ctx.gold, JUDGEMENTS)

    def n(xs: Sequence[Any]) -> int:
        return len(xs)

    metrics = [
        Metric(f"groups recovered (of {sys_r.groups})", n(sys_r.recovered), n(base_r.recovered),
               "≥ 14", n(sys_r.recovered) >= 14, integer=True),
        Metric("clusters mixing gold groups", n(sys_r.mixed_clusters), n(base_r.mixed_clusters),
               "= 0", not sys_r.mixed_clusters, integer=True),
        Metric(f"false conflicts (of {sys_r.agreement_groups} agreement groups)",
               n(sys_r.false_conflicts), n(base_r.false_conflicts), "= 0",
               not sys_r.false_conflicts, integer=True),
        Metric(f"contrast groups flagged conflict (of {sys_r.contrast_groups})",
               n(sys_r.conflict_flagged), n(base_r.conflict_flagged), "≥ 8",
               n(sys_r.conflict_flagged) >= 8, integer=True),
        Metric(f"contrast groups with the kind named (of {sys_r.contrast_groups})",
               n(sys_r.kinds_found), n(base_r.kinds_found), integer=True),
        # the baseline has no query-time comparison of labels across clusters
        Metric(f"terminology groups whose labels are shown when asked (of "
               f"{sys_r.label_groups})", n(sys_r.labels_shown), None, integer=True),
        Metric(f"noise lines kept (of {sys_r.noise_total})", n(sys_r.noise_kept),
               n(base_r.noise_kept), integer=True),
        Metric("pair precision (judged pairs)", sys_r.precision, base_r.precision),
        # of the pairs judged not the same, those sharing no particular event, statement or
        # figure (the baseline's unjudged pairs are not counted)
        Metric("judged pairs sharing only the topic", n(sys_r.topic_only),
               n(base_r.topic_only), integer=True),
    ]
    details = {"system": sys_r.as_dict(), "baseline": base_r.as_dict(),
               "system_unjudged_pairs": len(sys_r.unjudged),
               "baseline_unjudged_pairs": len(base_r.unjudged),
               "baseline_units": "the system's claims, clustered by community_detection"}
    return TaskResult("seeds", f"seeds/articles.jsonl vs {ctx.gold.name}", sys_r.groups,
                      metrics, details)


class BaselineSeedStore:
    """The seed claims regrouped the baseline's way, behind the three store methods
    ``score_seeds`` reads: the same claim units, clustered by ``community_detection``
    over their raw text, and a cluster is a conflict when two of its members match with
    a negation word on one side only."""

    def __init__(self, ctx: Context, pipe: Pipeline):
        self._store = pipe.store
        claims = [c for c, _ in pipe.store.iter_claims()]
        vecs = ctx.baseline_vectors([c.text for c in claims])
        threshold = ctx.baseline_threshold
        groups = base.community_groups(vecs, threshold)
        labels = base.group_labels(groups, len(claims))
        self._rows = [(c, labels[i]) for i, c in enumerate(claims)]
        self._relation: dict[int, str] = {}
        for label, members in enumerate(groups):
            conflict = any(
                float(vecs[i] @ vecs[j]) >= threshold
                and base.one_sided_negation(claims[i].text, claims[j].text)
                for k, i in enumerate(members) for j in members[k + 1:])
            self._relation[label] = "conflict" if conflict else "agree"

    def iter_claims(self) -> list[tuple[Claim, int]]:
        return self._rows

    def get_article(self, article_id: str) -> Article | None:
        return self._store.get_article(article_id)

    def get_cluster(self, cluster_id: int) -> dict[str, Any] | None:
        if cluster_id not in self._relation:
            return None
        return {"id": cluster_id, "relation": self._relation[cluster_id],
                "contrast": {"differences": []}}
