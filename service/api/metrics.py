"""Prometheus metrics: requests (count, latency), stored claims/clusters, ingest throughput.

Each app gets its own registry so several apps (tests) never collide on names.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from prometheus_client import CONTENT_TYPE_LATEST as CONTENT_TYPE
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

if TYPE_CHECKING:
    from service.pipeline import IngestResult, Pipeline

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("crossclaim_http_requests_total", "HTTP requests served.",
                                ["method", "route", "status"], registry=r)
        self.latency = Histogram("crossclaim_http_request_duration_seconds",
                                 "Time to serve a request.", ["method", "route"],
                                 buckets=LATENCY_BUCKETS, registry=r)
        self.articles = Gauge("crossclaim_articles", "Articles stored.", registry=r)
        self.claims = Gauge("crossclaim_claims", "Claims stored.", registry=r)
        self.clusters = Gauge("crossclaim_clusters", "Clusters stored.", registry=r)
        self.index_size = Gauge("crossclaim_index_vectors", "Live vectors in the index.",
                                registry=r)
        self.ingested_articles = Counter("crossclaim_ingested_articles_total",
                                         "Articles through ingest, by outcome.", ["status"],
                                         registry=r)
        self.ingested_claims = Counter("crossclaim_ingested_claims_total",
                                       "Claims stored by ingest requests.", registry=r)
        self.ingest_seconds = Histogram("crossclaim_ingest_duration_seconds",
                                        "Time spent ingesting one request.",
                                        buckets=LATENCY_BUCKETS, registry=r)
        self.ingest_rate = Gauge("crossclaim_ingest_claims_per_second",
                                 "Throughput of the last ingest request (claims/s).", registry=r)

    def observe_ingest(self, results: list[IngestResult], seconds: float) -> None:
        new_claims = 0
        for result in results:
            self.ingested_articles.labels(result.status).inc()
            if result.status in ("new", "replaced"):
                new_claims += result.claims
        self.ingested_claims.inc(new_claims)
        self.ingest_seconds.observe(seconds)
        if seconds > 0 and new_claims:
            self.ingest_rate.set(new_claims / seconds)

    def render(self, pipeline: Pipeline | None) -> bytes:
        if pipeline is not None:
            counts = pipeline.store.counts()
            self.articles.set(counts["articles"])
            self.claims.set(counts["claims"])
            self.clusters.set(counts["clusters"])
            self.index_size.set(len(pipeline.keeper.index))
        return generate_latest(self.registry)


class MetricsMiddleware:
    """Counts and times every HTTP request, labelled by route template (bounded labels)."""

    def __init__(self, app: ASGIApp, metrics: Metrics):
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route = scope.get("route")
            # the template without its converters: "/v1/articles/{article_id}", not
            # "{article_id:id_path}"
            path = (getattr(route, "path_format", None) or getattr(route, "path", None)
                    or ("unmatched" if status == 404 else "other"))
            method = scope.get("method", "GET")
            self.metrics.requests.labels(method, path, str(status)).inc()
            self.metrics.latency.labels(method, path).observe(time.perf_counter() - start)


__all__ = ["CONTENT_TYPE", "Metrics", "MetricsMiddleware"]
