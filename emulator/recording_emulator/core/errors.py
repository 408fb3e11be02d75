"""Errors raised by handlers and the pipeline, rendered into each provider's own error body.

Handlers raise :class:`ApiError` with a *kind* and a message; the provider's :class:`ErrorDialect`
turns it into the exact JSON its API sends (Plivo ``{"api_id","error"}``, Telnyx ``{"errors":[...]}``,
SignalWire ``{"code","message","more_info","status"}``).
"""

from __future__ import annotations

import enum
from typing import Any, Protocol


class ErrorKind(enum.Enum):
    BAD_REQUEST = 400  # malformed request or a value the spec does not allow
    INVALID_STATE = 4001  # well-formed, but the resource is in the wrong state (call ended, not recording)
    UNAUTHORIZED = 401
    NOT_FOUND = 404
    METHOD_NOT_ALLOWED = 405
    CONFLICT = 409  # the control API: the thing already exists or already ended
    PAYLOAD_TOO_LARGE = 413
    UNSUPPORTED_MEDIA_TYPE = 415
    UNPROCESSABLE = 422
    INTERNAL = 500


class ApiError(Exception):
    """An error answer. ``status`` defaults per dialect; ``code``/``pointer`` refine the provider body."""

    def __init__(
        self,
        kind: ErrorKind,
        message: str,
        *,
        status: int | None = None,
        code: int | str | None = None,
        pointer: str | None = None,
        headers: dict[str, str] | None = None,
        generic: bool = False,
    ) -> None:
        super().__init__(message)
        self.generic = generic  # raised by the pipeline: dialects may use their own canonical wording
        self.kind = kind
        self.message = message
        self.status = status
        self.code = code
        self.pointer = pointer
        self.headers = headers or {}


def not_found(message: str = "not found") -> ApiError:
    return ApiError(ErrorKind.NOT_FOUND, message)


def bad_request(message: str, *, code: int | str | None = None, pointer: str | None = None) -> ApiError:
    return ApiError(ErrorKind.BAD_REQUEST, message, code=code, pointer=pointer)


def invalid_state(message: str, *, code: int | str | None = None) -> ApiError:
    return ApiError(ErrorKind.INVALID_STATE, message, code=code)


class ErrorDialect(Protocol):
    """How one provider spells its errors."""

    def status(self, error: ApiError) -> int: ...

    def body(self, error: ApiError, status: int) -> dict[str, Any]: ...

    def validation_error(self, location: str, field: str | None, message: str) -> ApiError:
        """The error for a request that violates the spec (``location`` is path/query/body/header)."""
        ...


DEFAULT_STATUS = {
    ErrorKind.BAD_REQUEST: 400,
    ErrorKind.INVALID_STATE: 400,
    ErrorKind.UNAUTHORIZED: 401,
    ErrorKind.NOT_FOUND: 404,
    ErrorKind.METHOD_NOT_ALLOWED: 405,
    ErrorKind.CONFLICT: 409,
    ErrorKind.PAYLOAD_TOO_LARGE: 413,
    ErrorKind.UNSUPPORTED_MEDIA_TYPE: 415,
    ErrorKind.UNPROCESSABLE: 422,
    ErrorKind.INTERNAL: 500,
}
