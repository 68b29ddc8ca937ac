"""``HEAD`` answered as ``GET`` without the body, on every route.

Uptime monitors, link checkers and ``curl -I`` ask with HEAD; HTTP has every resource that
answers GET answer HEAD too (RFC 9110, 9.3.2).  FastAPI routes only take the methods they
declare, so ``HEAD /healthz`` was a 405 that read as the service being down.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class HeadAsGetMiddleware:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            # the GET's headers (Content-Length included, as HTTP asks), none of its body
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        inner = {**scope, "method": "GET"}
        try:
            await self.app(inner, receive, headers_only)
        finally:
            # the route the GET matched, for the metrics outside (labelled by route template)
            if "route" in inner:
                scope["route"] = inner["route"]
