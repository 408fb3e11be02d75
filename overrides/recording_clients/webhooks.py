"""Verify and parse the recording callbacks the providers send to your server.

Each function takes the request as your web framework sees it: the HTTP ``method``, the full ``url``
the provider called (as configured with the provider, including its query string; behind a proxy,
rebuild the public URL), the ``headers`` mapping and the raw ``body`` bytes (empty for GET). It first
verifies the signature, then decodes the form / JSON body or GET query into the generated model.

What comes back is only what the signature covers:

* POST: the body. The URL's query is signed by Plivo and SignalWire but never returned as payload.
* GET: the query, for Plivo and SignalWire, which sign the URL. Telnyx signs ``timestamp|body`` only,
  so a GET query is covered by nothing: ``parse_telnyx_callback`` refuses GET with
  :class:`UnsignedWebhookError` unless you pass ``allow_unsigned_get=True``, and then returns an
  :class:`UnverifiedCallback` (``verified=False``) instead of the model. Treat its fields as hints:
  fetch the recording by its ``RecordingSid`` through the authenticated REST API before acting on it.
* A key sent twice is refused (:class:`MalformedWebhookError`), and so is a Plivo GET whose decoded
  keys or values contain ``&`` (or keys ``=``): Plivo's canonical string joins decoded pairs with
  ``&``, so ``a=1&b=2`` and ``a=1%26b%3D2`` carry the same signature (:class:`UnsignedWebhookError`).
* Not fixable here: Plivo POST and SignalWire sign ``key + value`` concatenated without separators,
  so field boundaries are not signed (``{"AB": "C"}`` and ``{"A": "BC"}`` sign alike). Every byte is
  still the provider's; a re-split can only move text between adjacent fields.

Replays: pass ``replay_guard=ReplayGuard()`` (see :mod:`recording_clients.replay` for when to use it,
the keys, and a shared store for several workers); a second delivery raises :class:`ReplayedWebhookError`.

Errors: :class:`InvalidSignatureError` (missing or wrong signature; :class:`UnsignedWebhookError` for
data no signature covers), :class:`StaleTimestampError` (Telnyx timestamp outside ``tolerance``),
:class:`ReplayedWebhookError`, :class:`MalformedWebhookError` (undecodable body, missing, repeated or
mistyped fields). All derive from :class:`WebhookError`.

    payload = parse_signalwire_callback("POST", url, request.headers, await request.body(),
                                        signing_key=os.environ["SIGNALWIRE_SIGNING_KEY"],
                                        replay_guard=guard)
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar, overload

from signalwire_laml_client.models import LamlRecordingStatusCallback
from telnyx_texml_client.models import TexmlRecordingStatusCallback

from ._forms import FormData, M, decode_request, header, to_model
from .errors import InvalidSignatureError, MalformedWebhookError, UnsignedWebhookError
from .replay import ReplayGuard
from .signatures import verify_plivo_v3, verify_signalwire, verify_telnyx

__all__ = [
    "UnverifiedCallback",
    "parse_plivo_callback",
    "parse_signalwire_callback",
    "parse_telnyx_callback",
]

PLIVO_SIGNATURE = "X-Plivo-Signature-V3"
PLIVO_MA_SIGNATURE = "X-Plivo-Signature-Ma-V3"
PLIVO_NONCE = "X-Plivo-Signature-V3-Nonce"
SIGNALWIRE_SIGNATURES = ("X-SignalWire-Signature", "X-Twilio-Signature")
TELNYX_SIGNATURE = "telnyx-signature-ed25519"
TELNYX_TIMESTAMP = "telnyx-timestamp"

P = TypeVar("P")


@dataclass(frozen=True)
class UnverifiedCallback(Generic[P]):
    """A decoded callback that no signature covers: ``verified`` is always ``False``.

    Returned only when the caller opted in (``allow_unsigned_get=True``). ``reason`` says what was not
    covered. Use ``payload`` as a hint, never as proof: anyone who saw one signed request can send it.
    """

    payload: P
    reason: str
    verified: Literal[False] = field(default=False, init=False)


def _is_get(method: str) -> bool:
    return method.upper() == "GET"


def _signed_params(method: str, form: FormData) -> FormData:
    # For GET the parameters are the URL's query, which both schemes already sign as part of the URL.
    return {} if _is_get(method) else form


def _replay_key(provider: str, *parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        raw = part.encode() if isinstance(part, str) else part
        digest.update(len(raw).to_bytes(8, "big") + raw)
    return f"{provider}:{digest.hexdigest()[:32]}"


def _refuse_ambiguous_plivo_query(form: FormData) -> None:
    for key, values in form.items():
        if "&" in key or "=" in key or any("&" in value for value in values):
            raise UnsignedWebhookError(
                f"{key}: a decoded '&' (or '=' in a key) leaves the Plivo V3 signature "
                "without field boundaries"
            )


def parse_plivo_callback(
    model: type[M],
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    auth_token: str,
    replay_guard: ReplayGuard | None = None,
) -> M:
    """Verify ``X-Plivo-Signature-V3`` (or the ``-Ma-`` variant) and parse into ``model``.

    Plivo posts several payloads, so pass the model for the URL: ``PlivoCallRecordingCallback``,
    ``PlivoConferenceRecordingCallback``, ``PlivoMpcRecordingEvent``, ``PlivoTranscriptionCallback``
    or ``PlivoAsyncResponseCallback``. ``replay_guard`` remembers the nonce.
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
    if _is_get(method):
        _refuse_ambiguous_plivo_query(form)
    payload = to_model(model, form)
    if replay_guard is not None:
        replay_guard.check(_replay_key("plivo", nonce))
    return payload


def parse_signalwire_callback(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    signing_key: str,
    replay_guard: ReplayGuard | None = None,
) -> LamlRecordingStatusCallback:
    """Verify ``X-SignalWire-Signature`` (or ``X-Twilio-Signature``) and parse the recording callback.

    ``replay_guard`` remembers the signature (SignalWire sends no nonce: see :mod:`recording_clients.replay`).
    """
    form = decode_request(method, url, headers, body)
    signature = next((v for v in (header(headers, h) for h in SIGNALWIRE_SIGNATURES) if v), None)
    verify_signalwire(url, _signed_params(method, form), signing_key, signature)
    payload = to_model(LamlRecordingStatusCallback, form)
    if replay_guard is not None and signature is not None:
        replay_guard.check(_replay_key("signalwire", signature.strip()))
    return payload


@overload
def parse_telnyx_callback(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    public_key: str,
    tolerance: int = ...,
    now: float | None = ...,
    replay_guard: ReplayGuard | None = ...,
    allow_unsigned_get: Literal[False] = ...,
) -> TexmlRecordingStatusCallback: ...
@overload
def parse_telnyx_callback(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    public_key: str,
    tolerance: int = ...,
    now: float | None = ...,
    replay_guard: ReplayGuard | None = ...,
    allow_unsigned_get: bool,
) -> TexmlRecordingStatusCallback | UnverifiedCallback[TexmlRecordingStatusCallback]: ...
def parse_telnyx_callback(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    public_key: str,
    tolerance: int = 300,
    now: float | None = None,
    replay_guard: ReplayGuard | None = None,
    allow_unsigned_get: bool = False,
) -> TexmlRecordingStatusCallback | UnverifiedCallback[TexmlRecordingStatusCallback]:
    """Verify ``telnyx-signature-ed25519`` over ``telnyx-timestamp|body`` and parse the callback body.

    ``public_key`` is the account's base64 Ed25519 key (``TELNYX_PUBLIC_KEY``). A GET callback
    (``RecordingStatusCallbackMethod=GET``) carries its fields in the query, which Telnyx does not sign:
    it raises :class:`UnsignedWebhookError`, or with ``allow_unsigned_get=True`` returns an
    :class:`UnverifiedCallback` after checking what Telnyx does sign for a GET (the timestamp, with an
    empty body). ``replay_guard`` remembers timestamp + signature for ``2 * tolerance`` seconds.
    """
    signature, timestamp = header(headers, TELNYX_SIGNATURE), header(headers, TELNYX_TIMESTAMP)
    get = _is_get(method)
    if get and not allow_unsigned_get:
        raise UnsignedWebhookError(
            "Telnyx does not sign the query of a GET callback; use POST callbacks, or pass "
            "allow_unsigned_get=True to receive the fields as an UnverifiedCallback"
        )
    if get and body:
        raise MalformedWebhookError("a Telnyx GET callback has no body")
    verify_telnyx(public_key, signature, timestamp, body, tolerance=tolerance, now=now)
    payload = to_model(TexmlRecordingStatusCallback, decode_request(method, url, headers, body))
    if replay_guard is not None and signature is not None and timestamp is not None:
        # the decoded bytes, so a re-encoded base64 of the same signature is the same key
        signed = (timestamp, base64.b64decode(signature.strip()))
        # every GET signed in the same second has the same signature: tell them apart by the URL
        key = _replay_key("telnyx-get", *signed, url) if get else _replay_key("telnyx", *signed)
        replay_guard.check(key, ttl=2 * tolerance + 1)
    if get:
        return UnverifiedCallback(payload, "Telnyx signs only the timestamp of a GET callback, not its query")
    return payload
