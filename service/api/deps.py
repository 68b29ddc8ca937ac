"""Request dependencies shared by the routers: the pipeline, the settings, JSON bodies."""

from __future__ import annotations

import email.message
from collections.abc import Iterator
from types import UnionType
from typing import TYPE_CHECKING, Any, Union, get_args, get_origin

from fastapi import Request
from fastapi._compat import ModelField
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from service.errors import InvalidInput, Unavailable, UnsupportedMedia
from service.settings import Settings

if TYPE_CHECKING:
    from service.api.metrics import Metrics
    from service.pipeline import Pipeline


def get_pipeline(request: Request) -> Pipeline:
    pipeline: Pipeline | None = request.app.state.pipeline
    if pipeline is None:
        raise Unavailable("the service is still starting (the model is loading)")
    return pipeline


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_metrics(request: Request) -> Metrics:
    metrics: Metrics = request.app.state.metrics
    return metrics


def require_json(request: Request) -> None:
    """Bodies must be declared as JSON; anything else is 415 (before any work is done)."""
    value = request.headers.get("content-type")
    if not value:
        raise UnsupportedMedia("send the body as JSON with 'Content-Type: application/json'")
    message = email.message.Message()
    message["content-type"] = value
    subtype = message.get_content_subtype()
    if message.get_content_maintype() != "application" or not (
            subtype == "json" or subtype.endswith("+json")):
        raise UnsupportedMedia(f"unsupported content type {value!r}: send application/json",
                               {"content_type": value, "accepted": ["application/json"]})


async def known_query(request: Request) -> None:
    """A misspelt query parameter (``?lmit=5``) would otherwise be ignored and the defaults
    answered, which looks like a right answer: name it, with the ones the endpoint takes.
    (The API's routes only: links to the web pages pick up ``?utm_source=`` or ``?fbclid=``
    when shared, and a person reading a page must still get it.)

    Also a NUL character in a query or path parameter: PostgreSQL refuses it in any text it
    is asked to compare (a 500 there, a silent "nothing found" on SQLite)."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    known = _query_names(route)
    unknown = [name for name in dict.fromkeys(request.query_params) if name not in known]
    if unknown:
        takes = (f"it takes {', '.join(sorted(known))}" if known
                 else "it takes no query parameters")
        raise InvalidInput(
            f"unknown query parameter {unknown[0]!r} on {request.url.path}; {takes}",
            {"unknown": unknown, "known": sorted(known)})
    # "?q=x&q=y" answered for the last one alone: a URL built by appending is wrong somewhere
    repeated = [name for name in dict.fromkeys(request.query_params)
                if len(request.query_params.getlist(name)) > 1 and name not in _list_names(route)]
    if repeated:
        raise InvalidInput(f"query parameter {repeated[0]!r} is given more than once on "
                           f"{request.url.path}; give it once", {"repeated": repeated})
    params = [*request.query_params.multi_items(), *request.path_params.items()]
    for name, value in params:
        if isinstance(value, str) and "\x00" in value:
            raise InvalidInput(f"{name}: not valid text: a NUL character (U+0000) at "
                               f"character {value.index(chr(0))}", {"parameter": name})


def _list_names(route: APIRoute) -> frozenset[str]:
    """The query parameters that take a list, and so may be repeated (none yet)."""
    return frozenset(param.alias for param in _query_params(route)
                     if _takes_list(param.field_info.annotation))


def _takes_list(annotation: Any) -> bool:
    if get_origin(annotation) in (Union, UnionType):  # "list[str] | None"
        return any(_takes_list(arg) for arg in get_args(annotation))
    return get_origin(annotation) in (list, tuple, set, frozenset)


def _query_names(route: APIRoute) -> frozenset[str]:
    """The query parameters of the endpoint and of every dependency under it."""
    return frozenset(param.alias for param in _query_params(route))


def _query_params(route: APIRoute) -> Iterator[ModelField]:
    def walk(dependant: Dependant) -> Iterator[ModelField]:
        yield from dependant.query_params
        for sub in dependant.dependencies:
            yield from walk(sub)

    return walk(route.dependant)
