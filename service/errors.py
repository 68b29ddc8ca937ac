"""One error hierarchy; the API maps it to HTTP in one handler, the CLI to one line + exit code."""

from __future__ import annotations

from typing import Any


class CrossclaimError(Exception):
    status = 400
    code = "bad_request"

    def __init__(self, message: str, details: Any = None):
        super().__init__(message)
        self.message = message
        self.details = details


class InvalidInput(CrossclaimError):
    status = 422
    code = "invalid_input"


class NotFound(CrossclaimError):
    status = 404
    code = "not_found"


class TooLarge(CrossclaimError):
    status = 413
    code = "too_large"


class OverTimeLimit(CrossclaimError):
    """An API ingest still working after ``CROSSCLAIM_INGEST_TIME_LIMIT`` seconds: stopped
    between two steps of its work, the article being stored rolled back.  413, not 503: the
    same request sent again takes as long (a client that retries a 503 would hold the writer
    again); it is to be split, or sent through the CLI or the batch job, which have no
    limit."""

    status = 413
    code = "over_time_limit"


class UnsupportedMedia(CrossclaimError):
    status = 415
    code = "unsupported_media_type"


class Unauthorized(CrossclaimError):
    status = 401
    code = "unauthorized"


class Busy(CrossclaimError):
    """Another writer holds the lock; the API tells the client to ask again in
    ``retry_after`` seconds (the Retry-After header)."""

    status = 409
    code = "busy"
    retry_after = 5

    def __init__(self, message: str, details: Any = None, retry_after: int | None = None):
        super().__init__(message, details)
        if retry_after is not None:
            self.retry_after = retry_after


class ModelMismatch(CrossclaimError):
    status = 409
    code = "model_mismatch"


class StoreOutdated(CrossclaimError):
    """The store was laid out by an older crossclaim; ``crossclaim reindex`` re-reads it."""

    status = 409
    code = "store_outdated"


class Unavailable(CrossclaimError):
    status = 503
    code = "unavailable"


class StoreUnreadable(CrossclaimError):
    """The database file is not a database (or is damaged): nothing is written to it."""

    status = 503
    code = "store_unreadable"
