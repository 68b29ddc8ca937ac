"""The HTTP API (FastAPI): ``create_app`` builds it; nothing runs at import time."""

from service.api.app import create_app

__all__ = ["create_app"]
