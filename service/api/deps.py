"""Request dependencies shared by the routers: the pipeline, the settings, JSON bodies."""

from __future__ import annotations

import email.message
from typing import TYPE_CHECKING

from fastapi import Request

from service.errors import Unavailable, UnsupportedMedia
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
