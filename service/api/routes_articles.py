"""/v1/articles: ingest (one or a batch), list, read with claims, delete."""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Query, Request
from pydantic import Field

from service.api.auth import require_read, require_write
from service.api.deps import get_metrics, get_pipeline, get_settings, require_json
from service.api.edges import slash_not_id
from service.api.ids import lookup_id, page_path
from service.api.metrics import Metrics
from service.api.payloads import article_summary, claim_payload
from service.api.responses import errors
from service.api.schemas import (
    ARTICLE_EXAMPLE,
    ArticleDetail,
    ArticleIn,
    ArticleList,
    DeleteResponse,
    IngestResponse,
)
from service.errors import InvalidInput, NotFound, TooLarge
from service.pipeline import Pipeline
from service.readers import article_from_mapping
from service.settings import Settings
from service.views import cluster_id_of, ingest_dict, ingest_summary

router = APIRouter(prefix="/v1", tags=["articles"])

# an empty list is refused (422, "the list is empty"): the schema says so too; the handler
# words the refusal
Batch = Annotated[list[ArticleIn], Field(json_schema_extra={"minItems": 1})]

PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]
SettingsDep = Annotated[Settings, Depends(get_settings)]

INGEST_EXAMPLES: dict[str, Any] = {
    "one": {"summary": "One article", "value": ARTICLE_EXAMPLE},
    "batch": {"summary": "A list of articles", "value": [
        ARTICLE_EXAMPLE,
        {"source": "Wire service", "title": "Offensive ends",
         "published": "2023-09-20",
         "text": "Baku said the operation was limited to military targets. Yerevan said "
                 "civilians were shelled in Stepanakert."}]},
}


@router.post(
    "/articles", response_model=IngestResponse,
    dependencies=[Depends(require_write), Depends(require_json)],
    responses=errors(400, 401, 409, 413, 415, 422, 503),
    summary="Ingest one article or a list",
    description="Each article is stored in its own transaction, its claims extracted, embedded, "
                "indexed and clustered before the response. The whole request is validated "
                "first: one bad item rejects the request (422/413) and nothing is stored. "
                "Work past `CROSSCLAIM_INGEST_TIME_LIMIT` seconds stops with 413 "
                "`over_time_limit` (the article being stored rolled back). "
                "Re-sending an unchanged article is reported as `duplicate`; a changed text "
                "under the same id `replaced`.")
def ingest_articles(
    body: Annotated[ArticleIn | Batch, Body(openapi_examples=INGEST_EXAMPLES)],
    pipe: PipelineDep, settings: SettingsDep,
    metrics: Annotated[Metrics, Depends(get_metrics)],
) -> dict[str, Any]:
    items = body if isinstance(body, list) else [body]
    if not items:
        raise InvalidInput("the list is empty: send at least one article")
    if len(items) > settings.max_batch_articles:
        raise TooLarge(f"{len(items)} articles in one request; the limit is "
                       f"{settings.max_batch_articles}",
                       {"articles": len(items), "limit": settings.max_batch_articles})
    articles = []
    for i, item in enumerate(items):
        where = f"body[{i}]" if isinstance(body, list) else "body"
        try:
            article = article_from_mapping(item.model_dump(exclude_none=True), where=where)
        except InvalidInput as exc:
            raise InvalidInput(exc.message, {"index": i}) from None
        if len(article.text) > settings.max_article_chars:
            raise TooLarge(f"{where}.text has {len(article.text)} characters; the limit is "
                           f"{settings.max_article_chars}",
                           {"index": i, "chars": len(article.text),
                            "limit": settings.max_article_chars})
        articles.append(article)
    _one_text_per_id(articles)
    start = time.perf_counter()
    results = pipe.ingest(articles, time_limit=settings.ingest_time_limit)
    metrics.observe_ingest(results, time.perf_counter() - start)
    return {"results": [ingest_dict(r) for r in results], "summary": ingest_summary(results)}


def _one_text_per_id(articles: list[Any]) -> None:
    """Two texts under one id in one request: which is the article is not the service's to
    guess (the pipeline would keep the first and call the second a duplicate), so the
    request is refused whole, as any bad item refuses it, naming both."""
    first: dict[str, int] = {}
    for i, article in enumerate(articles):
        j = first.setdefault(article.id, i)
        if j != i and articles[j].content_hash != article.content_hash:
            raise InvalidInput(f"body[{i}]: id {article.id!r} is body[{j}]'s too, with another "
                               "text: send one version of an article",
                               {"index": i, "same_id_as": j})


@router.get("/articles", response_model=ArticleList, dependencies=[Depends(require_read)],
            responses=errors(401, 422), summary="List articles (newest first)")
def list_articles(
    pipe: PipelineDep,
    source: Annotated[str | None, Query(description="Only this outlet.", max_length=500)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> dict[str, Any]:
    rows, total = pipe.store.list_articles(source=source, limit=limit, offset=offset)
    return {"items": [article_summary(a, n) for a, n in rows], "total": total,
            "limit": limit, "offset": offset}


# Two forms of each route that takes an article id.  The id as a query parameter
# (``/v1/article?id=...``) is the one every link uses: a proxy in front of the service may
# decode "%2F" in a path (nginx does where ``proxy_pass`` names a URI) and then merge "//" and
# resolve "/../", so a URL id in a path can arrive changed, while a query string is passed
# as it was sent.  The id in the path (``/v1/articles/{id}``) stays for clients that build it:
# the route takes the rest of the path, so the id quoted whole and the same id unquoted (no
# "?" or "#" in it) both reach the article where nothing between decodes "%2F".
IdQuery = Annotated[str, Query(
    alias="id", min_length=1,
    description="The article's id, as stored (percent-encoded as any query value: "
                "`quote(id, safe='')`); a URL id passes any proxy this way.",
    examples=["https://apnews.com/article/ferry-capsized-9f3a2c"])]


@router.get("/article", response_model=ArticleDetail,
            dependencies=[Depends(require_read)], responses=errors(401, 404, 422),
            summary="One article with its claims, by its id as a query parameter",
            description="`GET /v1/article?id=...`: the same answer as "
                        "`GET /v1/articles/{id}`, in the form every `article_link` uses (it "
                        "survives a proxy that decodes `%2F`). An id over 2,048 bytes is "
                        "refused (422); an unknown one is a 404 naming it.")
def get_article_by_query(article_id: IdQuery, pipe: PipelineDep) -> Any:
    return _article_detail(pipe, lookup_id(article_id))


@router.get("/articles/{article_id:id_path}", response_model=ArticleDetail,
            dependencies=[Depends(require_read)], responses=errors(401, 404, 422),
            summary="One article with its claims and their offsets",
            description="The id quoted whole (`quote(id, safe='')`, \"/\" as `%2F`). "
                        "Behind a proxy that decodes `%2F` use `GET /v1/article?id=...`, "
                        "the form `article_link` gives.")
def get_article(article_id: str, pipe: PipelineDep, request: Request) -> Any:
    try:
        return _article_detail(pipe, lookup_id(article_id))
    except NotFound:
        if (slash := slash_not_id(request)) is not None:
            return slash
        raise


def _article_detail(pipe: Pipeline, article_id: str) -> dict[str, Any]:
    article = pipe.store.get_article(article_id)
    if article is None:
        raise NotFound(f"no article with id {article_id!r}", {"id": article_id})
    claims = pipe.store.claims_of_article(article_id)
    clusters = pipe.store.claims_with_clusters([c.id for c in claims if c.id is not None])
    detail = article_summary(article, len(claims))
    detail.pop("claims")
    detail["text"] = article.text
    detail["page_link"] = page_path(article.id)
    detail["claims"] = [{**claim_payload(c, full=True), "cluster_id": cluster_id_of(clusters, c.id)}
                        for c in claims]
    return detail


@router.delete("/article", response_model=DeleteResponse,
               dependencies=[Depends(require_write)], responses=errors(401, 404, 409, 422),
               summary="Delete an article by its id as a query parameter",
               description="`DELETE /v1/article?id=...`: as `DELETE /v1/articles/{id}`, in "
                           "the form that survives a proxy that decodes `%2F`.")
def delete_article_by_query(article_id: IdQuery, pipe: PipelineDep) -> Any:
    return _delete(pipe, lookup_id(article_id))


@router.delete("/articles/{article_id:id_path}", response_model=DeleteResponse,
               dependencies=[Depends(require_write)], responses=errors(401, 404, 409, 422),
               summary="Delete an article; its claims leave the index and the clusters")
def delete_article(article_id: str, pipe: PipelineDep, request: Request) -> Any:
    try:
        return _delete(pipe, lookup_id(article_id))
    except NotFound:
        if (slash := slash_not_id(request)) is not None:
            return slash
        raise


def _delete(pipe: Pipeline, article_id: str) -> dict[str, Any]:
    try:
        removed = pipe.delete_article(article_id)
    except NotFound as exc:
        # the same 404 as GET's, with the id a client can match its request by
        raise NotFound(exc.message, {"id": article_id}) from None
    return {"article_id": article_id, "deleted": True, "claims_removed": removed}
