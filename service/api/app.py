"""``create_app``: the FastAPI application (JSON API under /v1, the web page, operations).

Nothing happens at import time.  The pipeline (and so the model) is built once in
the lifespan start-up, or injected by tests.  Endpoints that do blocking work are
plain ``def`` so FastAPI runs them in its thread pool; the pipeline serialises
writes with its own lock.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import anyio.to_thread
from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from service.api import errors
from service.api.deps import known_query
from service.api.edges import Cors, cors_origins
from service.api.head import HeadAsGetMiddleware
from service.api.metrics import Metrics, MetricsMiddleware
from service.pipeline import Pipeline
from service.settings import Settings, check_data_dir

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parents[1] / "web" / "static"

DESCRIPTION = """\
Which outlets make the same claim, and how they differ.

Ingest articles (`POST /v1/articles`), then ask about a subject
(`GET /v1/contrasts?q=...`): the answer is the clusters of competing claims, each
with the claims grouped by source side by side, the relation (agree or conflict)
and every difference found, with evidence (claim ids and character offsets).

Every error has one shape: `{"error": {"code", "message", "details"}}`.
Write endpoints need `Authorization: Bearer <key>` when `CROSSCLAIM_API_KEY` is set
(read endpoints too with `CROSSCLAIM_PROTECT_READS=true`).
"""

TAGS = [
    {"name": "articles", "description": "Ingest, list, read and delete articles."},
    {"name": "contrasts", "description": "Competing claims on a subject; clusters."},
    {"name": "claims", "description": "Nearest claims; judge two claims."},
    {"name": "sources", "description": "The outlets."},
    {"name": "operations", "description": "Liveness, readiness, Prometheus metrics."},
]


def _version() -> str:
    try:
        return version("crossclaim")
    except PackageNotFoundError:
        return "0.0.0"


def start_pipeline(settings: Settings) -> Pipeline:
    """Build the pipeline, load the model and the index, and warm the encoder up."""
    from service.pipeline import build_pipeline

    pipeline = build_pipeline(settings)
    pipeline.keeper.sync()
    pipeline.encoder.encode(["warm-up"])
    return pipeline


def create_app(settings: Settings | None = None, pipeline: Pipeline | None = None) -> FastAPI:
    settings = settings or (pipeline.settings if pipeline is not None else Settings())
    if pipeline is None:
        # the same one line as the CLI's for a data dir that is a file, here before the
        # server starts, not a FileExistsError from deep inside the start-up
        check_data_dir(settings.data_dir)
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = app.state.pipeline is None
        if owned:
            log.info("loading the model and the index from %s", settings.data_dir)
            app.state.pipeline = await anyio.to_thread.run_sync(start_pipeline, settings)
        try:
            yield
        finally:
            if owned and app.state.pipeline is not None:
                app.state.pipeline.store.close()
                app.state.pipeline = None

    app = FastAPI(title="crossclaim", version=_version(), description=DESCRIPTION,
                  openapi_tags=TAGS, lifespan=lifespan,
                  # "/v1/clusters/" is answered in the error shape, not redirected (edges.py)
                  redirect_slashes=False)
    app.state.settings = settings
    app.state.pipeline = pipeline
    app.state.metrics = metrics
    errors.install(app)

    from service.api import routes_articles, routes_claims, routes_clusters, routes_meta
    from service.web import routes as web_routes

    # the API's routes refuse query parameters they do not take; the web pages do not
    # (see known_query)
    for module in (routes_articles, routes_clusters, routes_claims, routes_meta):
        app.include_router(module.router, dependencies=[Depends(known_query)])
    app.include_router(web_routes.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    # outermost last: metrics see every request, including refused bodies (and HEAD as HEAD)
    app.add_middleware(HeadAsGetMiddleware)
    app.add_middleware(errors.BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    origins = cors_origins(settings.cors_origins)
    if origins:
        # outside the body limit: a browser can read a refusal only with CORS headers on it
        app.add_middleware(Cors, origins=origins)
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    return app
