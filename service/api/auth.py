"""API key for write endpoints (and read endpoints when ``protect_reads`` is set).

The key comes from ``CROSSCLAIM_API_KEY`` and is sent as ``Authorization: Bearer <key>``;
it is compared in constant time.  With no key configured everything is open.
"""

from __future__ import annotations

import hmac

from fastapi import Request

from service.errors import Unauthorized
from service.settings import Settings


def check_key(settings: Settings, authorization: str | None) -> None:
    expected = settings.api_key.get_secret_value().encode() if settings.api_key else b""
    if not expected:
        return
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("this endpoint needs an API key: send 'Authorization: Bearer <key>'")
    if not hmac.compare_digest(token.strip().encode(), expected):
        raise Unauthorized("the API key is not valid")


def require_write(request: Request) -> None:
    """Dependency for endpoints that change data."""
    check_key(request.app.state.settings, request.headers.get("authorization"))


def require_read(request: Request) -> None:
    """Dependency for endpoints that read data: open unless ``protect_reads`` is set."""
    settings: Settings = request.app.state.settings
    if settings.protect_reads:
        check_key(settings, request.headers.get("authorization"))
