"""One exception tree for all three providers, in the shape of the Stainless SDKs.

RecordingClientError
├── ConfigurationError                  missing credentials / bad base URL
├── InvalidIdError (also a ValueError)  an id that cannot be a URL path segment: refused before sending
├── WebhookError
│   ├── InvalidSignatureError           missing or wrong signature header
│   │   └── UnsignedWebhookError        data no signature covers (Telnyx GET query, ambiguous fields)
│   ├── StaleTimestampError             Telnyx timestamp outside the tolerance window
│   ├── ReplayedWebhookError            a delivery the replay guard has already seen
│   └── MalformedWebhookError           body/query cannot be parsed into the payload model
└── APIError
    ├── APIConnectionError              nothing usable came back (DNS, refused, reset, ...)
    │   └── APITimeoutError
    └── APIStatusError                  non-2xx response; carries the provider's error fields
        ├── BadRequestError             400
        ├── AuthenticationError         401
        ├── PermissionDeniedError       403
        ├── NotFoundError               404
        ├── MethodNotAllowedError       405
        ├── ConflictError               409
        ├── UnsupportedMediaTypeError   415
        ├── UnprocessableEntityError    422
        ├── RateLimitError              429
        └── InternalServerError         >= 500
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

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
    "MethodNotAllowedError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RecordingClientError",
    "ReplayedWebhookError",
    "StaleTimestampError",
    "UnprocessableEntityError",
    "UnsignedWebhookError",
    "UnsupportedMediaTypeError",
    "WebhookError",
    "status_error_from_response",
]


class RecordingClientError(Exception):
    """Base class of every error raised by ``recording_clients``."""


class ConfigurationError(RecordingClientError):
    """The client cannot be built: missing credentials or an unusable base URL."""


class InvalidIdError(RecordingClientError, ValueError):
    """An id the facade refuses before sending: empty, ``.``, ``..`` or containing ``/``.

    Such a value does not name one resource: ``.`` and ``..`` collapse the request path
    (``get_recording(".")`` would call the list endpoint) and ``/`` reaches a different path on servers
    that decode ``%2F``.
    """

    def __init__(self, name: str, value: object) -> None:
        super().__init__(
            f"{name}={value!r} is not a usable id: it must be non-empty, not '.' or '..', without '/'"
        )
        self.name = name
        self.value = value


class WebhookError(RecordingClientError):
    """A callback request could not be trusted or parsed."""


class InvalidSignatureError(WebhookError):
    """The signature header is missing or does not match the request."""


class UnsignedWebhookError(InvalidSignatureError):
    """The request carries data that no signature covers, so it cannot be returned as verified.

    Telnyx signs ``timestamp|body`` only, never a GET callback's query; Plivo's V3 string joins decoded
    ``key=value`` pairs with ``&``, so a key or value containing ``&`` has no signed boundaries.
    """


class ReplayedWebhookError(WebhookError):
    """The replay guard has already accepted this delivery (same nonce / timestamp+signature / signature)."""

    def __init__(self, message: str, *, key: str) -> None:
        super().__init__(message)
        self.key = key


class StaleTimestampError(WebhookError):
    """The signed timestamp is outside the accepted tolerance window (replay protection)."""


class MalformedWebhookError(WebhookError):
    """The callback body or query string does not match the provider's payload schema."""


class APIError(RecordingClientError):
    """A request to the provider's REST API failed."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The request could not be completed at the transport level."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""


class APIResponseValidationError(APIError):
    """A 2xx response whose body does not match the model the spec promises."""


class APIStatusError(APIError):
    """The provider answered with a non-2xx status.

    Provider error fields are filled when the body has the provider's shape:
    Plivo ``error`` + ``api_id``; Telnyx ``errors`` (list of dicts with ``code``/``title``/``detail``);
    SignalWire ``code`` / ``message`` (as ``provider_message``) / ``more_info``.
    """

    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        fields: Mapping[str, Any] = body if isinstance(body, Mapping) else {}
        # Plivo
        self.error: str | None = _opt_str(fields.get("error"))
        self.api_id: str | None = _opt_str(fields.get("api_id"))
        # Telnyx
        raw_errors = fields.get("errors")
        self.errors: list[dict[str, Any]] = (
            [dict(e) for e in raw_errors if isinstance(e, Mapping)]
            if isinstance(raw_errors, Sequence) and not isinstance(raw_errors, str)
            else []
        )
        # SignalWire (Twilio shape)
        code = fields.get("code")
        self.code: int | str | None = code if isinstance(code, int | str) else None
        self.provider_message: str | None = _opt_str(fields.get("message"))
        self.more_info: str | None = _opt_str(fields.get("more_info"))

    @property
    def retry_after(self) -> float | None:
        """Seconds from a ``Retry-After`` header given as delta-seconds, if any."""
        value = self.response.headers.get("retry-after")
        try:
            return max(0.0, float(value)) if value is not None else None
        except ValueError:
            return None


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class MethodNotAllowedError(APIStatusError):
    status_code = 405


class ConflictError(APIStatusError):
    status_code = 409


class UnsupportedMediaTypeError(APIStatusError):
    status_code = 415


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class RateLimitError(APIStatusError):
    status_code = 429


class InternalServerError(APIStatusError):
    status_code = 500


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _summary(body: object) -> str:
    if isinstance(body, Mapping):
        for key in ("error", "message"):
            if isinstance(body.get(key), str):
                return str(body[key])
        errors = body.get("errors")
        if isinstance(errors, list) and errors and isinstance(errors[0], Mapping):
            first = errors[0]
            return str(first.get("detail") or first.get("title") or first.get("code") or "")
    if isinstance(body, str):
        return body[:200]
    return ""


def status_error_from_response(response: httpx.Response) -> APIStatusError:
    """Build the typed error for a non-2xx response, parsing a JSON body when there is one."""
    body: object | None
    try:
        body = response.json() if response.content else None
    except ValueError:
        body = response.text
    status = response.status_code
    cls = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    detail = _summary(body)
    method, url = response.request.method, response.request.url
    message = f"{method} {url} -> {status}" + (f": {detail}" if detail else "")
    return cls(message, response=response, body=body)
