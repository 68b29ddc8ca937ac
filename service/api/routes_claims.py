"""/v1/claims/search (nearest claims) and /v1/compare (judge two claims)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from service.api.auth import require_read
from service.api.deps import get_pipeline, require_json
from service.api.payloads import claim_payload
from service.api.responses import errors
from service.api.schemas import QUERY_TEXT, CompareIn, CompareOut, SearchResponse
from service.errors import InvalidInput, TooLarge
from service.pipeline import Pipeline
from service.views import cluster_id_of, judgement_dict

router = APIRouter(prefix="/v1", tags=["claims"], dependencies=[Depends(require_read)])

PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]


@router.get("/claims/search", response_model=SearchResponse, responses=errors(400, 401, 422),
            summary="The stored claims nearest a query")
def search_claims(
    pipe: PipelineDep,
    q: Annotated[str, Query(description="Free text (at least one word).",
                                 examples=["Lachin corridor blocked"],
                                 json_schema_extra=QUERY_TEXT)],
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
    checkworthy: Annotated[bool, Query(
        description="Only claims a fact-checker would likely check (check-worthiness at or "
                    "above the trained threshold).")] = False,
) -> dict[str, Any]:
    if checkworthy:
        if pipe.checkworthiness is None:
            raise InvalidInput(f"no check-worthiness scorer was trained for the model "
                               f"{pipe.settings.model!r}")
        bar = pipe.checkworthiness.threshold
        # the nearest claims first, then those worth checking among them
        hits = [(c, s) for c, s in pipe.search(q, min(4 * limit, 400))
                if c.checkworthy is not None and c.checkworthy >= bar][:limit]
    else:
        hits = pipe.search(q, limit)
    clusters = pipe.store.claims_with_clusters([c.id for c, _ in hits if c.id is not None])
    out = []
    for claim, score in hits:
        out.append({**claim_payload(claim), "similarity": round(float(score), 4),
                    "cluster_id": cluster_id_of(clusters, claim.id)})
    return {"query": q, "hits": out}


@router.post("/compare", response_model=CompareOut, dependencies=[Depends(require_json)],
             responses=errors(400, 401, 413, 415, 422),
             summary="Judge two claims: similarity, same claim or not, agree or conflict")
def compare(body: CompareIn, pipe: PipelineDep) -> dict[str, Any]:
    limit = pipe.settings.max_article_chars
    for name, text in (("a", body.a), ("b", body.b)):
        if len(text) > limit:
            raise TooLarge(f"claim {name} has {len(text)} characters; the limit is {limit}")
    return judgement_dict(pipe.compare(body.a, body.b))
