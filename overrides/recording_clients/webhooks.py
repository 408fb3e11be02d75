"""Verify and parse the recording callbacks the providers send to your server.

Each function takes the request as your web framework sees it: the HTTP ``method``, the full ``url``
the provider called (as configured with the provider, including its query string; behind a proxy,
rebuild the public URL), the ``headers`` mapping and the raw ``body`` bytes (empty for GET). It first
verifies the signature, then decodes the form / JSON body or GET query into the generated model.

Errors: :class:`InvalidSignatureError` (missing or wrong signature), :class:`StaleTimestampError`
(Telnyx timestamp outside ``tolerance``), :class:`MalformedWebhookError` (undecodable body, missing
or mistyped fields). All three derive from :class:`WebhookError`.

    payload = parse_signalwire_callback("POST", url, request.headers, await request.body(),
                                        signing_key=os.environ["SIGNALWIRE_SIGNING_KEY"])
"""

from __future__ import annotations

from collections.abc import Mapping

from signalwire_laml_client.models import LamlRecordingStatusCallback
from telnyx_texml_client.models import TexmlRecordingStatusCallback

from ._forms import FormData, M, decode_request, header, to_model
from .errors import InvalidSignatureError
from .signatures import verify_plivo_v3, verify_signalwire, verify_telnyx

__all__ = ["parse_plivo_callback", "parse_signalwire_callback", "parse_telnyx_callback"]

PLIVO_SIGNATURE = "X-Plivo-Signature-V3"
PLIVO_MA_SIGNATURE = "X-Plivo-Signature-Ma-V3"
PLIVO_NONCE = "X-Plivo-Signature-V3-Nonce"
SIGNALWIRE_SIGNATURES = ("X-SignalWire-Signature", "X-Twilio-Signature")
TELNYX_SIGNATURE = "telnyx-signature-ed25519"
TELNYX_TIMESTAMP = "telnyx-timestamp"


def _signed_params(method: str, form: FormData) -> FormData:
    # For GET the parameters are the URL's query, which both schemes already sign as part of the URL.
    return {} if method.upper() == "GET" else form


def parse_plivo_callback(
    model: type[M],
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    auth_token: str,
) -> M:
    """Verify ``X-Plivo-Signature-V3`` (or the ``-Ma-`` variant) and parse into ``model``.

    Plivo posts several payloads, so pass the model for the URL: ``PlivoCallRecordingCallback``,
    ``PlivoConferenceRecordingCallback``, ``PlivoMpcRecordingEvent``, ``PlivoTranscriptionCallback``
    or ``PlivoAsyncResponseCallback``.
    """
    form = decode_request(method, url, headers, body)
    nonce = header(headers, PLIVO_NONCE) or ""
    params = _signed_params(method, form)
    try:
        verify_plivo_v3(method, url, nonce, auth_token, header(headers, PLIVO_SIGNATURE), params)
    except InvalidSignatureError:
        main_account = header(headers, PLIVO_MA_SIGNATURE)
        if not main_account:
            raise
        verify_plivo_v3(method, url, nonce, auth_token, main_account, params)
    return to_model(model, form)


def parse_signalwire_callback(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    signing_key: str,
) -> LamlRecordingStatusCallback:
    """Verify ``X-SignalWire-Signature`` (or ``X-Twilio-Signature``) and parse the recording callback."""
    form = decode_request(method, url, headers, body)
    signature = next((v for v in (header(headers, h) for h in SIGNALWIRE_SIGNATURES) if v), None)
    verify_signalwire(url, _signed_params(method, form), signing_key, signature)
    return to_model(LamlRecordingStatusCallback, form)


def parse_telnyx_callback(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    public_key: str,
    tolerance: int = 300,
    now: float | None = None,
) -> TexmlRecordingStatusCallback:
    """Verify ``telnyx-signature-ed25519`` over ``telnyx-timestamp|body`` and parse the callback.

    ``public_key`` is the account's base64 Ed25519 key (``TELNYX_PUBLIC_KEY``). For GET callbacks the
    body is empty, so the signature covers only the timestamp (a Telnyx weakness, not ours).
    """
    verify_telnyx(
        public_key,
        header(headers, TELNYX_SIGNATURE),
        header(headers, TELNYX_TIMESTAMP),
        body,
        tolerance=tolerance,
        now=now,
    )
    return to_model(TexmlRecordingStatusCallback, decode_request(method, url, headers, body))
