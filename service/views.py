"""Plain-dict views of domain objects: the CLI's --json output and the API's payloads."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from embeddings.types import Claim, PairJudgement
from service.pipeline import ClusterView, IngestResult
from service.story import StoryDifference


def claim_dict(claim: Claim, full: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": claim.id, "article_id": claim.article_id, "source": claim.source,
        "speaker": claim.speaker, "text": claim.text, "start": claim.start, "end": claim.end,
        "checkworthy": claim.checkworthy, "published": claim.published,
    }
    if full:
        out["core"] = claim.core
        # (a name's other form its article defines, where it does: "MSF" / "Doctors Without
        # Borders")
        out["entities"] = [{"text": e.text, "label": e.label, "start": e.start, "end": e.end,
                            **({"alias": e.alias} if e.alias else {})}
                           for e in claim.entities]
        out["numbers"] = [{"text": q.text, "low": q.low, "high": q.high, "unit": q.unit,
                           "kind": q.kind, "approximate": q.approximate,
                           "start": q.start, "end": q.end} for q in claim.numbers]
    return out


def cluster_dict(view: ClusterView) -> dict[str, Any]:
    by_source: dict[str, list[dict[str, Any]]] = {}
    for claim in view.claims:
        by_source.setdefault(claim.source, []).append(claim_dict(claim))
    out: dict[str, Any] = {
        "id": view.id, "relation": view.relation, "summary": view.summary,
        "differences": view.differences, "sources": view.sources,
        "voices": sorted({c.voice for c in view.claims}),
        "claims": [claim_dict(c) for c in view.claims],
        "columns": [{"source": s, "claims": cs} for s, cs in sorted(by_source.items())],
    }
    if view.score is not None:
        out["score"] = round(view.score, 4)
    return out


def cluster_id_of(clusters: Mapping[int, tuple[object, int]], claim_id: int | None) -> int | None:
    """A claim's ``cluster_id`` field, from ``claims_with_clusters``' map: None for a claim
    with no id, not in the map, or in no cluster (the store's -1)."""
    cluster = clusters.get(claim_id, (None, -1))[1] if claim_id is not None else -1
    return cluster if cluster >= 0 else None


def story_difference_dict(view: StoryDifference) -> dict[str, Any]:
    """A difference between a story's figures across clusters, with the claims giving them
    (each with its cluster id)."""
    d = view.difference
    return {"kind": d.kind, "summary": d.summary, "conflict": d.conflict,
            "evidence": [dict(e) for e in d.evidence],
            "claims": [{**claim_dict(c), "cluster_id": view.clusters.get(c.id or -1)}
                       for c in view.claims]}


def judgement_dict(j: PairJudgement) -> dict[str, Any]:
    return {"similarity": round(j.similarity, 4), "score": round(j.score, 4), "match": j.match,
            "relation": j.relation, "signals": j.signals}


def ingest_dict(r: IngestResult) -> dict[str, Any]:
    return {"article_id": r.article_id, "source": r.source, "status": r.status,
            "claims": r.claims, "reason": r.reason}


def ingest_summary(results: Sequence[IngestResult]) -> dict[str, int]:
    out = {"new": 0, "replaced": 0, "duplicate": 0, "rejected": 0}
    for r in results:
        out[r.status] = out.get(r.status, 0) + 1
    return out
