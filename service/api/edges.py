"""The edges of the routing answer in the one error shape: a trailing slash, a method the
path does not take, a cross-origin preflight.

Starlette answers a trailing slash (``/v1/clusters/``) with a 307 and an empty body, which a
JSON client reads as nothing, and which a client that does not follow redirects with a
POST's body loses; its 405 names only the first route of the path (``Allow: GET`` on
``/v1/articles/{id}``, which also takes DELETE); its CORS middleware refuses a preflight in
plain text.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.convertors import Convertor, register_url_convertor
from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import BaseRoute, Match, Mount
from starlette.types import ASGIApp

from service.api.errors import error_response

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


class IdPath(Convertor[str]):
    """An article id in a path (``/v1/articles/{article_id:id_path}``): the rest of the path,
    "/" included, as an id may be a URL; never empty, so ``/v1/articles/`` stays a trailing
    slash (Starlette's own ``path`` matches nothing there as an empty id)."""

    regex = ".+"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("id_path", IdPath())


def _methods_at(request: Request, path: str) -> set[str]:
    """The methods some route takes on ``path``: each one asked of the routes in turn
    (FastAPI wraps included routers, so the routes' own method sets are out of reach)."""
    found = set()
    for method in METHODS:
        scope = {**request.scope, "path": path, "method": method}
        if any(isinstance(r, BaseRoute) and not isinstance(r, Mount)
               and r.matches(scope)[0] == Match.FULL for r in request.app.router.routes):
            found.add(method)
    return found


def _is_page(request: Request, path: str) -> bool:
    from service.web.routes import router as pages

    scope = {**request.scope, "path": path, "method": "GET"}
    return any(r.matches(scope)[0] == Match.FULL for r in pages.routes)


def allowed_methods(request: Request) -> list[str]:
    """Every method some route of this path takes, HEAD wherever GET (``head.py``)."""
    methods = _methods_at(request, request.url.path)
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods)


def trailing_slash(request: Request) -> Response | None:
    """The answer to a path that names a route but for a trailing slash, or None.

    The API refuses it (404, the path without the slash in ``details.path``): serving both
    would give each resource two URLs, and a redirect would drop a POST's body with clients
    that do not follow 307.  A web page (GET) is redirected to the page: a person typed it.
    """
    path = request.url.path
    bare = path.rstrip("/")
    if path == bare or not bare:
        return None
    if not _methods_at(request, bare):
        return None
    page = _is_page(request, bare)
    if page and request.method == "GET":
        query = f"?{request.url.query}" if request.url.query else ""
        # the path as it was sent: an id's quoted "%2F" stays quoted in the new address
        raw = request.scope.get("raw_path")
        sent = raw.split(b"?", 1)[0].decode("latin-1") if isinstance(raw, bytes) else path
        return RedirectResponse(sent.rstrip("/") + query, status_code=308)
    return error_response(404, "not_found",
                          f"no such endpoint: {request.method} {path} (no trailing slash: "
                          f"{bare})", {"path": bare})


def slash_not_id(request: Request) -> Response | None:
    """For a route that takes a path (``/v1/articles/{id}``, whose id may be a URL): a path
    that ends in a slash typed as one (not "%2F", which is part of the id) and names no
    stored article is a trailing slash, answered as on every other route."""
    raw = request.scope.get("raw_path")
    typed = raw.split(b"?", 1)[0] if isinstance(raw, bytes) else request.url.path.encode()
    if not typed.endswith(b"/"):
        return None
    return trailing_slash(request)


def cors_origins(setting: str) -> list[str]:
    """``CROSSCLAIM_CORS_ORIGINS``: comma-separated origins, ``*`` for any, empty for none."""
    return [o.strip().rstrip("/") for o in setting.split(",") if o.strip()]


class Cors(CORSMiddleware):
    """CORS for browser pages of other origins (opt-in); a refused preflight in the error
    shape.  The key travels in the Authorization header, not a cookie: no credentials."""

    def __init__(self, app: ASGIApp, origins: list[str]):
        super().__init__(app, allow_origins=origins,
                         allow_methods=["GET", "HEAD", "POST", "DELETE"],
                         allow_headers=["Authorization", "Content-Type"], max_age=600)

    def preflight_response(self, request_headers: Headers) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code < 400:
            return response
        refused = bytes(response.body).decode().removeprefix("Disallowed CORS ").split(", ")
        origin = request_headers.get("origin")
        method = request_headers.get("access-control-request-method")
        asked = request_headers.get("access-control-request-headers")
        named = {"origin": f"the origin {origin}", "method": f"the method {method}",
                 "headers": f"the headers {asked}"}
        what = ", ".join(named.get(r, r) for r in refused)
        details: dict[str, Any] = {"refused": refused, "origin": origin, "method": method,
                                   "headers": asked}
        out: JSONResponse = error_response(
            403, "forbidden", f"cross-origin request refused: not allowed here: {what} "
                              "(CROSSCLAIM_CORS_ORIGINS)", details, {"Vary": "Origin"})
        return out
