"""Every error as ``{"error": {"code", "message", "details"}}`` with a 4xx/5xx status.

One handler maps the project's ``CrossclaimError`` hierarchy to HTTP; the others
translate what FastAPI/Starlette raise (validation, unknown routes, JSON that
does not parse) into the same shape.  ``BodyLimitMiddleware`` refuses bodies over
the size limit before anything reads them.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.errors import Busy, CrossclaimError, TooLarge, Unauthorized

log = logging.getLogger(__name__)

HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
              405: "method_not_allowed", 406: "not_acceptable", 413: "too_large",
              415: "unsupported_media_type", 422: "invalid_input", 429: "too_many_requests"}


def error_payload(code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details}}


def error_response(status: int, code: str, message: str, details: Any = None,
                   headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_payload(code, message, details), status_code=status,
                        headers=dict(headers) if headers else None)


async def crossclaim_error(_request: Request, exc: Exception) -> JSONResponse:
    """The one mapping of the project's error hierarchy to HTTP."""
    assert isinstance(exc, CrossclaimError)
    headers = None
    if isinstance(exc, Unauthorized):
        headers = {"WWW-Authenticate": 'Bearer realm="crossclaim"'}
    elif isinstance(exc, Busy):  # another writer holds the lock: when to ask again
        headers = {"Retry-After": str(exc.retry_after)}
    return error_response(exc.status, exc.code, exc.message, _jsonable(exc.details), headers)


async def validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    bad_json = next((e for e in errors if e.get("type") == "json_invalid"), None)
    if bad_json is not None:
        ctx = bad_json.get("ctx") or {}
        loc = bad_json.get("loc") or ()
        where = f" at character {loc[-1]}" if loc and isinstance(loc[-1], int) else ""
        # ("Unterminated string starting at": the "at" is given with the place, once)
        problem = str(ctx.get("error", "decode error")).removesuffix(" at")
        return error_response(400, "malformed_json",
                              f"the body is not valid JSON ({problem}{where})", None)
    details = [{"loc": list(e.get("loc", ())), "msg": _msg(e), "type": e.get("type")}
               for e in _one_branch(errors, getattr(exc, "body", None))]
    first = details[0] if details else {"loc": [], "msg": "invalid request"}
    message = f"{_loc(first['loc'])}: {first['msg']}" if first["loc"] else str(first["msg"])
    if len(details) > 1:
        message += f" (and {len(details) - 1} more problem(s))"
    if _is_page(request):
        # a person at a browser ("/?limit=abc", "/clusters/abc") gets a page, not JSON
        from service.web.routes import error_page

        return error_page(request, message, 422)
    return error_response(422, "invalid_input", message, _jsonable(details))


def _is_page(request: Request) -> bool:
    """The request matched one of the web pages' routes (``service.web.routes``)."""
    endpoint = getattr(request.scope.get("route"), "endpoint", None)
    return getattr(endpoint, "__module__", "") == "service.web.routes"


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    from service.api.edges import allowed_methods, trailing_slash

    status = exc.status_code
    headers = dict(getattr(exc, "headers", None) or {})
    details = None
    if status == 404 and exc.detail in (None, "Not Found"):
        slash = trailing_slash(request)
        if slash is not None:
            return slash
        message = f"no such endpoint: {request.method} {request.url.path}"
    elif status == 405:
        # every method of the path, not only those of the first route that matched it
        allowed = allowed_methods(request) or [
            m for m in headers.get("Allow", "").split(", ") if m]
        message = f"{request.method} is not allowed on {request.url.path}"
        if allowed:
            headers["Allow"] = ", ".join(allowed)
            details = {"allowed": allowed}
            message += f"; it takes {', '.join(allowed)}"
    elif status == 400 and exc.detail == UNPARSED_BODY:
        # FastAPI's words when the JSON decoder fails otherwise than on the syntax: say why
        return error_response(400, "malformed_json", await _why_unparsed(request))
    else:
        message = str(exc.detail)
    return error_response(status, HTTP_CODES.get(status, "http_error"), message, details,
                          headers)


UNPARSED_BODY = "There was an error parsing the body"


async def _why_unparsed(request: Request) -> str:
    body = await request.body()  # read already, and kept: no second read of the socket
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a JSON decoder also reads UTF-16 and UTF-32 with a BOM; what fails is another charset
        return f"the body is not valid JSON: not UTF-8 text (byte {exc.start})"
    return "the body is not valid JSON: nested too deeply"


async def internal_error(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error", exc_info=exc)
    return error_response(500, "internal_error", "the server failed to handle the request")


def install(app: FastAPI) -> None:
    app.add_exception_handler(CrossclaimError, crossclaim_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, internal_error)


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` with 413, declared or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_bytes
            except ValueError:
                await self._refuse(scope, receive, send, 400, "bad_request",
                                   "the Content-Length header is not a number")
                return
            if too_big:
                await self._too_large(scope, receive, send)
                return
        # no declared length (chunked): buffer up to the limit, then replay it to the app
        chunks: list[bytes] = []
        received = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                await self.app(scope, _replay([message], receive), send)
                return
            body = message.get("body", b"")
            received += len(body)
            if received > self.max_bytes:
                await self._too_large(scope, receive, send)
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        whole: Message = {"type": "http.request", "body": b"".join(chunks), "more_body": False}
        await self.app(scope, _replay([whole], receive), send)

    def _message(self) -> str:
        return f"the request body is larger than {self.max_bytes} bytes"

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._refuse(scope, receive, send, 413, TooLarge.code, self._message(),
                           {"limit_bytes": self.max_bytes})

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, status: int, code: str,
                      message: str, details: Any = None) -> None:
        response = error_response(status, code, message, details,
                                  {"Connection": "close"})
        await response(scope, receive, send)


def _replay(first: list[Message], receive: Receive) -> Receive:
    pending = list(first)

    async def replay() -> Message:
        if pending:
            return pending.pop(0)
        return await receive()

    return replay


_UNION_TAG = re.compile(r"^(list\[)?[A-Z]\w*\]?$")


def _one_branch(errors: list[Any], body: Any) -> list[Any]:
    """A body typed ``Item | list[Item]`` fails in both branches: keep the one the client meant.

    Pydantic tags each error with the union member ("ArticleIn", "list[ArticleIn]");
    a list body keeps the list branch, anything else the object branch, tag removed.
    """
    def tag(e: Any) -> str | None:
        loc: list[Any] = list(e.get("loc") or ())
        if len(loc) > 1 and loc[0] == "body" and isinstance(loc[1], str) \
                and _UNION_TAG.match(loc[1]):
            return str(loc[1])
        return None

    if not any(tag(e) for e in errors):
        return errors
    if not isinstance(body, list | dict):
        return [{"loc": ["body"], "msg": "expected a JSON object or a list of objects",
                 "type": "model_type"}]
    want_list = isinstance(body, list)
    out = []
    for e in errors:
        t = tag(e)
        if t is None:
            out.append(e)
        elif t.startswith("list[") == want_list:
            loc = list(e["loc"])
            out.append({**e, "loc": [loc[0], *loc[2:]]})
    return out or errors


def _msg(error: Mapping[str, Any]) -> str:
    msg = str(error.get("msg", "invalid"))
    return msg.removeprefix("Value error, ")


def _loc(loc: Sequence[Any]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _jsonable(value: Any) -> Any:
    """Details must serialise; anything odd (exceptions in ctx) becomes its string."""
    try:
        json.dumps(value)
        return value
    except (TypeError, ValueError):
        return json.loads(json.dumps(value, default=str))
