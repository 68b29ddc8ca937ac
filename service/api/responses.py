"""OpenAPI descriptions of the error responses, in the one error shape."""

from __future__ import annotations

from typing import Any

from service.api.schemas import ErrorResponse

_TEXT = {
    400: "Malformed JSON.",
    401: "Missing or wrong API key.",
    404: "Unknown id.",
    409: "Busy: another writer held the data dir past CROSSCLAIM_WRITE_WAIT (see Retry-After); "
         "or the store needs `crossclaim reindex`.",
    413: "Body, article text or batch over the configured limit, or an ingest whose work "
         "ran past the time limit (`over_time_limit`).",
    415: "The body is not declared as application/json.",
    422: "Invalid input: missing/empty fields, query too long, parameter out of range.",
    503: "Not ready (the model is still loading, or the store is unreachable).",
}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {s: {"model": ErrorResponse, "description": _TEXT[s]} for s in statuses}
