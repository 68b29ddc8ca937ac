"""/v1/contrasts (the central question), /v1/clusters."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from service.api.auth import require_read
from service.api.deps import get_pipeline
from service.api.payloads import cluster_payload, story_difference_payload
from service.api.responses import errors
from service.api.schemas import QUERY_TEXT, ClusterList, ClusterOut, ContrastsResponse
from service.errors import NotFound
from service.pipeline import Pipeline

router = APIRouter(prefix="/v1", tags=["contrasts"], dependencies=[Depends(require_read)])

PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]
MinSources = Annotated[int, Query(
    ge=1, le=100, description="Only clusters with claims from at least N voices "
                              "(outlets or quoted speakers).")]


@router.get(
    "/contrasts", response_model=ContrastsResponse, responses=errors(401, 422),
    summary="Competing claims on a subject",
    description="The clusters most relevant to `q`, each with its claims grouped by source "
                "side by side, the relation (agree or conflict), every difference found "
                "(numbers, names, negation or denial, wording only one side uses) with its "
                "evidence, and a plain-language summary.  A question for a quantity (\"how "
                "many ...\", \"how long ...\") is answered first by the clusters that give one.  "
                "`figures` compares the story's figures across its clusters (other counts of "
                "the same people in claims worded apart), `terms` the labels its outlets give "
                "one thing there (\"offensive\" / \"anti-terror operations\"), `denials` "
                "the claims of one voice that another voice's claim in another cluster "
                "denies.")
def contrasts(
    pipe: PipelineDep,
    q: Annotated[str, Query(description="The subject, e.g. 'who is responsible for the "
                                        "shelling'.", examples=["Lachin"],
                                  json_schema_extra=QUERY_TEXT)],
    limit: Annotated[int, Query(ge=1, le=50)] = 5,
    min_sources: MinSources = 2,
) -> dict[str, Any]:
    views = pipe.contrasts(q, top=limit, min_voices=min_sources)
    figures, terms, denials = pipe.across(q, top=limit)
    return {"query": q, "clusters": [cluster_payload(v) for v in views],
            "figures": [story_difference_payload(f) for f in figures],
            "terms": [story_difference_payload(t) for t in terms],
            "denials": [story_difference_payload(d) for d in denials]}


@router.get("/clusters", response_model=ClusterList, responses=errors(401, 422),
            summary="Clusters, most contested first")
def clusters(
    pipe: PipelineDep,
    min_sources: MinSources = 2,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> dict[str, Any]:
    views, total = pipe.clusters(min_voices=min_sources, limit=limit, offset=offset)
    return {"items": [cluster_payload(v) for v in views], "total": total, "limit": limit,
            "offset": offset}


@router.get("/clusters/{cluster_id}", response_model=ClusterOut, responses=errors(401, 404, 422),
            summary="One cluster with its claims side by side and its differences")
def cluster(cluster_id: int, pipe: PipelineDep) -> dict[str, Any]:
    try:
        view = pipe.cluster(cluster_id)
    except NotFound as exc:
        # every unknown id answers alike: the id in `details` (as /v1/articles/{id})
        raise NotFound(exc.message, {"id": cluster_id}) from None
    return cluster_payload(view)
