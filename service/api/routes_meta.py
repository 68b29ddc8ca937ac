"""/v1/sources, and the operational endpoints: /healthz, /readyz, /metrics."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response

from service.api.auth import require_read
from service.api.deps import get_metrics, get_pipeline
from service.api.metrics import CONTENT_TYPE, Metrics
from service.api.responses import errors
from service.api.schemas import Health, Ready, SourcesResponse
from service.errors import Unavailable
from service.pipeline import Pipeline

router = APIRouter()


@router.get("/v1/sources", response_model=SourcesResponse, tags=["sources"],
            dependencies=[Depends(require_read)], responses=errors(401),
            summary="Outlets with their article and claim counts")
def sources(pipe: Annotated[Pipeline, Depends(get_pipeline)]) -> dict[str, Any]:
    return {"sources": [{"source": s, "articles": a, "claims": c}
                        for s, a, c in pipe.store.sources()]}


@router.get("/healthz", response_model=Health, tags=["operations"],
            summary="The process is alive")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", response_model=Ready, tags=["operations"], responses=errors(503),
            summary="Model loaded, store and index reachable")
def readyz(request: Request) -> dict[str, Any]:
    pipe: Pipeline | None = request.app.state.pipeline
    if pipe is None:
        raise Unavailable("not ready: the model is still loading", {"model": False})
    checks: dict[str, Any] = {"model": pipe.encoder.name, "dim": pipe.encoder.dim}
    try:
        counts = pipe.store.counts()
        checks.update(counts)
    except Exception as exc:
        raise Unavailable(f"not ready: the store is unreachable ({type(exc).__name__})",
                          {"store": False}) from None
    try:
        checks["index_vectors"] = len(pipe.keeper.sync())
    except Exception as exc:
        raise Unavailable(f"not ready: the index is unusable ({type(exc).__name__})",
                          {"index": False}) from None
    return {"status": "ready", "checks": checks}


@router.get("/metrics", tags=["operations"], summary="Prometheus metrics",
            response_class=Response,
            responses={200: {"content": {"text/plain": {}},
                             "description": "Prometheus text exposition format."}})
def metrics(request: Request, metrics: Annotated[Metrics, Depends(get_metrics)]) -> Response:
    return Response(metrics.render(request.app.state.pipeline), media_type=CONTENT_TYPE)
