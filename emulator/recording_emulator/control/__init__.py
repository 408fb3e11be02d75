"""The control API under ``/_emulator/`` (spec: ``specs/emulator.yaml``), served by the same core."""

from __future__ import annotations

from typing import Any

from ..core.errors import DEFAULT_STATUS, ApiError, ErrorKind
from ..core.provider import Provider
from .handlers import ControlBackend, handlers


class ControlErrors:
    """``{"error": "<message>"}``."""

    def status(self, error: ApiError) -> int:
        return error.status or DEFAULT_STATUS[error.kind]

    def body(self, error: ApiError, status: int) -> dict[str, Any]:
        return {"error": error.message}

    def validation_error(self, location: str, field: str | None, message: str) -> ApiError:
        return ApiError(ErrorKind.BAD_REQUEST, message)


CONTROL: Provider[ControlBackend] = Provider(
    name="emulator",
    spec_name="emulator",
    claims=("/_emulator/",),
    errors=ControlErrors(),
    handlers=handlers,
    backend=ControlBackend,
)

__all__ = ["CONTROL", "ControlBackend"]
