"""Hand-written facades over the generated clients: auth, base URLs, retries, typed errors, webhooks.

    from recording_clients import PlivoRecordings, SignalWireRecordings, TelnyxRecordings

The request/response models are the generated ones (``plivo_recording_client.models``,
``telnyx_texml_client.models``, ``signalwire_laml_client.models``). The facades and webhook parsers are
imported lazily, so ``recording_clients.signatures`` and ``.errors`` work without the generated packages.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidIdError,
    InvalidSignatureError,
    MalformedWebhookError,
    MethodNotAllowedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RecordingClientError,
    ReplayedWebhookError,
    StaleTimestampError,
    UnprocessableEntityError,
    UnsignedWebhookError,
    UnsupportedMediaTypeError,
    WebhookError,
)
from .replay import MemorySeenStore, ReplayGuard, SeenStore

if TYPE_CHECKING:
    from .plivo import PlivoRecordings
    from .signalwire import SignalWireRecordings
    from .telnyx import TelnyxRecordings
    from .webhooks import (
        UnverifiedCallback,
        parse_plivo_callback,
        parse_signalwire_callback,
        parse_telnyx_callback,
    )

_LAZY = {
    "PlivoRecordings": ".plivo",
    "SignalWireRecordings": ".signalwire",
    "TelnyxRecordings": ".telnyx",
    "UnverifiedCallback": ".webhooks",
    "parse_plivo_callback": ".webhooks",
    "parse_signalwire_callback": ".webhooks",
    "parse_telnyx_callback": ".webhooks",
}

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidIdError",
    "InvalidSignatureError",
    "MalformedWebhookError",
    "MemorySeenStore",
    "MethodNotAllowedError",
    "NotFoundError",
    "PermissionDeniedError",
    "PlivoRecordings",
    "RateLimitError",
    "RecordingClientError",
    "ReplayGuard",
    "ReplayedWebhookError",
    "SeenStore",
    "SignalWireRecordings",
    "StaleTimestampError",
    "TelnyxRecordings",
    "UnprocessableEntityError",
    "UnsignedWebhookError",
    "UnsupportedMediaTypeError",
    "UnverifiedCallback",
    "WebhookError",
    "parse_plivo_callback",
    "parse_signalwire_callback",
    "parse_telnyx_callback",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
