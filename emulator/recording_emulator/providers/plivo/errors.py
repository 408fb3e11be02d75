"""Plivo's error body: ``{"api_id": "...", "error": "<message>"}`` with the HTTP status (plivo.md §1.5)."""

from __future__ import annotations

from typing import Any

from ...core.errors import DEFAULT_STATUS, ApiError, ErrorKind
from ...core.ids import new_uuid

CANONICAL = {
    ErrorKind.UNAUTHORIZED: "authentication failed",
    ErrorKind.NOT_FOUND: "not found",
    ErrorKind.METHOD_NOT_ALLOWED: "method not allowed",
    ErrorKind.UNSUPPORTED_MEDIA_TYPE: "content type must be application/json",
    ErrorKind.PAYLOAD_TOO_LARGE: "request entity too large",
    ErrorKind.INTERNAL: "internal server error",
}


class PlivoErrors:
    def status(self, error: ApiError) -> int:
        return error.status or DEFAULT_STATUS[error.kind]

    def body(self, error: ApiError, status: int) -> dict[str, Any]:
        message = CANONICAL.get(error.kind, error.message) if error.generic else error.message
        return {"api_id": new_uuid(), "error": message}

    def validation_error(self, location: str, field: str | None, message: str) -> ApiError:
        return ApiError(ErrorKind.BAD_REQUEST, message)
