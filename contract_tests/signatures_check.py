"""Verify a received callback's signature with the client library's verifiers (recording_clients.signatures).

The receiver knows the URL it was called on and the raw bytes; that is all a real webhook handler has.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from recording_clients.errors import RecordingClientError, WebhookError
from recording_clients.signatures import verify_plivo_v3, verify_signalwire, verify_telnyx

from .providers import ProviderName
from .receiver import ReceivedRequest


def form_pairs(request: ReceivedRequest) -> list[tuple[str, str]]:
    """The callback's fields: the form body of a POST, the query string of a GET."""
    raw = request.query if request.method == "GET" else request.body.decode("utf-8", errors="replace")
    return parse_qsl(raw, keep_blank_values=True)


def signature_problem(
    provider: ProviderName, request: ReceivedRequest, full_url: str, secret: str
) -> str | None:
    """``None`` if the signature verifies, else why not. ``full_url`` includes the query string."""
    headers = request.headers
    params: dict[str, list[str]] = {}
    if request.method != "GET":  # GET parameters are part of the signed URL in both HMAC schemes
        for key, value in form_pairs(request):
            params.setdefault(key, []).append(value)
    try:
        if provider == "plivo":
            nonce = headers.get("x-plivo-signature-v3-nonce", "")
            try:
                verify_plivo_v3(
                    request.method, full_url, nonce, secret, headers.get("x-plivo-signature-v3"), params
                )
            except WebhookError:
                main = headers.get("x-plivo-signature-ma-v3")
                if not main:
                    raise
                verify_plivo_v3(request.method, full_url, nonce, secret, main, params)
        elif provider == "signalwire":
            header = headers.get("x-signalwire-signature") or headers.get("x-twilio-signature")
            verify_signalwire(full_url, params, secret, header)
        else:
            verify_telnyx(
                secret,
                headers.get("telnyx-signature-ed25519"),
                headers.get("telnyx-timestamp"),
                request.body,
            )
    except RecordingClientError as exc:  # WebhookError, or ConfigurationError for a malformed key
        return f"{type(exc).__name__}: {exc}"
    return None
