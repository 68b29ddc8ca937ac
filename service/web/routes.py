"""The page routes: the subject search (/), one cluster (/clusters/{id}), one article.

Server-rendered: every answer is readable without JavaScript; the small script
only handles pasting/uploading an article (it posts to the JSON API).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from embeddings.types import Article, Claim
from service.api.auth import require_read
from service.api.deps import get_pipeline
from service.api.edges import slash_not_id
from service.api.ids import article_link, lookup_id, page_path
from service.errors import CrossclaimError, NotFound
from service.pipeline import ClusterView, Pipeline
from service.pipeline_answers import unmatched_note
from service.story import StoryDifference
from service.web.highlight import KIND_LABEL, Segment, kind_label, segments

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
TEMPLATES.env.globals["kind_label"] = kind_label
# an article's id in a link, as a query value quoted whole (service/api/ids.py): Jinja's own
# ``urlencode`` keeps "/", and a proxy may decode "%2F" in a path and merge the "//" of a URL id
TEMPLATES.env.filters["page_link"] = lambda value: page_path(str(value))
TEMPLATES.env.filters["article_link"] = lambda value: article_link(str(value))

EXAMPLES = ("who is responsible for the shelling", "Lachin", "territorial integrity",
            "how many Armenians left Karabakh")

router = APIRouter(include_in_schema=False, dependencies=[Depends(require_read)])
PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]


@dataclass
class CardClaim:
    claim: Claim
    segments: list[Segment]
    article_title: str


@dataclass
class CardColumn:
    label: str
    sub: str  # the outlet under a speaker label, or ""
    claims: list[CardClaim] = field(default_factory=list)


@dataclass
class Card:
    view: ClusterView
    columns: list[CardColumn]
    differences: list[dict[str, Any]]
    n_voices: int


@router.get("/", response_class=HTMLResponse)
def index(request: Request, pipe: PipelineDep,
          q: Annotated[str | None, Query()] = None,
          limit: Annotated[int, Query(ge=1, le=20)] = 5) -> HTMLResponse:
    error = None
    status = 200
    views: list[ClusterView] = []
    figures: list[StoryDifference] = []
    terms: list[StoryDifference] = []
    denials: list[StoryDifference] = []
    unmatched: str | None = None  # the query's words no stored claim holds, said plainly
    if q is not None and q.strip():
        try:
            views = pipe.contrasts(q, top=limit)
            figures, terms, denials = pipe.across(q, top=limit)
            unmatched = unmatched_note(q, pipe.unmatched_words(q))
        except CrossclaimError as exc:
            error, status = exc.message, exc.status
    else:
        q = None
        views, _ = pipe.clusters(limit=limit)
    return _render(request, "index.html", {
        "q": q or "", "cards": _cards(pipe, views), "figures": figures, "terms": terms,
        "denials": denials, "unmatched": unmatched,
        "error": error,
        "examples": EXAMPLES,
        "sources": _sources(pipe), "counts": pipe.store.counts(), "kinds": KIND_LABEL},
        status)


@router.get("/clusters/{cluster_id}", response_class=HTMLResponse)
def cluster_page(request: Request, cluster_id: int, pipe: PipelineDep) -> HTMLResponse:
    try:
        view = pipe.cluster(cluster_id)
    except NotFound as exc:
        return error_page(request, exc.message, 404)
    return _render(request, "cluster.html", {"c": _cards(pipe, [view])[0],
                                             "kinds": KIND_LABEL})


@router.get("/article", response_class=HTMLResponse)
def article_page_by_query(request: Request, pipe: PipelineDep,
                          article_id: Annotated[str, Query(alias="id", min_length=1)]
                          ) -> Response:
    """The form every link uses: the id as a query value passes any proxy unchanged."""
    return _article_page(request, pipe, article_id)


@router.get("/articles/{article_id:id_path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, pipe: PipelineDep) -> Response:
    # an id may be a URL: the route takes the rest of the path (kept for links made before
    # the query form; a proxy that decodes "%2F" may change the id here)
    response = _article_page(request, pipe, article_id)
    if response.status_code == 404 and (slash := slash_not_id(request)) is not None:
        return slash
    return response


def _article_page(request: Request, pipe: Pipeline, article_id: str) -> HTMLResponse:
    try:
        lookup_id(article_id)
    except CrossclaimError as exc:
        return error_page(request, exc.message, exc.status)
    article = pipe.store.get_article(article_id)
    if article is None:
        return error_page(request, f"no article with id {article_id!r}", 404)
    claims = pipe.store.claims_of_article(article_id)
    clusters = pipe.store.claims_with_clusters([c.id for c in claims if c.id is not None])
    cluster_ids = sorted({k for _, k in clusters.values() if k >= 0})
    rows, _ = pipe.store.list_clusters(min_voices=2, limit=max(1, len(cluster_ids)),
                                       ids=cluster_ids)
    shared = {int(r["id"]): int(r["n_voices"]) for r in rows}
    pieces: list[dict[str, Any]] = []
    at = 0
    for claim in claims:
        if claim.start < at:
            continue
        if claim.start > at:
            pieces.append({"text": article.text[at:claim.start]})
        cluster = clusters.get(claim.id or -1, (None, -1))[1]
        pieces.append({"text": article.text[claim.start:claim.end], "claim": claim,
                       "cluster": cluster if cluster in shared else None,
                       "voices": shared.get(cluster, 1), "alt": len(pieces) % 2})
        at = claim.end
    pieces.append({"text": article.text[at:]})
    return _render(request, "article.html", {"article": article, "pieces": pieces,
                                             "claims": claims, "shared": len(
                                                 [p for p in pieces if p.get("cluster")])})


def error_page(request: Request, message: str, status: int) -> HTMLResponse:
    """The page a person sees for a bad address or value, with what was wrong."""
    heading = "Not found" if status == 404 else "Cannot show that page"
    return _render(request, "error.html", {"message": message, "heading": heading}, status)


def _render(request: Request, name: str, context: dict[str, Any],
            status: int = 200) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status)


def _sources(pipe: Pipeline) -> list[dict[str, Any]]:
    rows, _ = pipe.store.list_articles(limit=500)
    by_source: dict[str, list[Article]] = {}
    for article, _n in rows:
        by_source.setdefault(article.source, []).append(article)
    return [{"source": s, "articles": a, "claims": c, "items": by_source.get(s, [])[:10]}
            for s, a, c in pipe.store.sources()]


def _cards(pipe: Pipeline, views: list[ClusterView]) -> list[Card]:
    titles: dict[str, str] = {}
    for view in views:
        for claim in view.claims:
            if claim.article_id not in titles:
                article = pipe.store.get_article(claim.article_id)
                titles[claim.article_id] = (article.title if article and article.title
                                            else "the article")
    cards = []
    for view in views:
        by_source = len({c.source for c in view.claims}) > 1
        columns: dict[str, CardColumn] = {}
        for claim in view.claims:
            key = claim.source if by_source else claim.voice
            sub = "" if by_source or key == claim.source else claim.source
            column = columns.setdefault(key, CardColumn(key, sub))
            column.claims.append(CardClaim(claim, segments(claim, view.differences),
                                           titles[claim.article_id]))
        diffs = sorted(view.differences, key=lambda d: (not d.get("conflict", True),
                                                        str(d.get("kind"))))
        cards.append(Card(view, [columns[k] for k in sorted(columns)], diffs,
                          len({c.voice for c in view.claims})))
    return cards
