"""Webhook signature schemes of the three providers: pure functions, no I/O.

Our clients use the ``verify_*`` functions; the emulator uses the signing functions, so both sides
agree by construction and the official SDK validators accept what the emulator sends.

* Plivo ``X-Plivo-Signature-V3``: base64 HMAC-SHA256 keyed with the auth token over a canonical string
  built from the callback URL, its query and the callback parameters, then ``"." + nonce``
  (``../shared/providers/plivo.md`` §6.2, as implemented by ``plivo.utils.validate_v3_signature``).
* SignalWire ``X-SignalWire-Signature``: Twilio's scheme, base64 HMAC-SHA1 keyed with the project's
  signing key over ``url + key1 + value1 + key2 + value2 ...`` (keys sorted) (``signalwire.md`` §12.2).
* Telnyx ``telnyx-signature-ed25519`` + ``telnyx-timestamp``: base64 Ed25519 over
  ``f"{timestamp}|".encode() + raw_body`` (``telnyx.md`` §6.4), with a tolerance window on the timestamp.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
from collections.abc import Iterator, Mapping, Sequence
from urllib.parse import parse_qs, urlsplit, urlunsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from .errors import ConfigurationError, InvalidSignatureError, StaleTimestampError

__all__ = [
    "new_telnyx_keypair",
    "plivo_v3_signature",
    "signalwire_signature",
    "telnyx_sign",
    "verify_plivo_v3",
    "verify_signalwire",
    "verify_telnyx",
]

Params = Mapping[str, str | Sequence[str]]


def _values(value: str | Sequence[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _matches(expected: str, candidates: Iterator[str] | Sequence[str]) -> bool:
    found = False
    for candidate in candidates:
        # no early exit: compare against every candidate in constant time
        found |= hmac.compare_digest(expected.encode(), candidate.strip().encode())
    return found


# --- Plivo V3 -------------------------------------------------------------------------------------


def _plivo_query_string(params: Mapping[str, list[str]]) -> str:
    """``k=v`` pairs sorted by key (values sorted too), joined by ``&``; values are not re-encoded."""
    return "&".join(f"{key}={value}" for key in sorted(params) for value in sorted(params[key]))


def _plivo_params_string(params: Mapping[str, list[str]]) -> str:
    """``key + value`` for every value, keys sorted, values sorted, no separators."""
    return "".join(f"{key}{value}" for key in sorted(params) for value in sorted(params[key]))


def _plivo_string_to_sign(method: str, url: str, params: Params | None) -> str:
    parts = urlsplit(url)
    base = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    query = parse_qs(parts.query, keep_blank_values=True)
    given = {key: _values(value) for key, value in (params or {}).items()}
    if method.upper() == "GET":
        merged = {**given, **query}  # the URL's own query wins on collisions (plivo-python)
        qs = _plivo_query_string(merged)
        return base + (f"?{qs}" if qs else "")
    qs = _plivo_query_string(query)
    if not given:
        return base + (f"?{qs}" if qs else "")
    return base + "?" + qs + ("." if qs else "") + _plivo_params_string(given)


def plivo_v3_signature(
    method: str,
    url: str,
    nonce: str,
    auth_token: str,
    params: Params | None = None,
) -> str:
    """Return the ``X-Plivo-Signature-V3`` value for a callback (base64 HMAC-SHA256).

    ``url`` is the callback URL as configured (its fragment, e.g. ``#ct=2000``, is not signed);
    ``params`` are the POST body fields (POST) or extra query parameters (GET).
    """
    message = f"{_plivo_string_to_sign(method, url, params)}.{nonce}"
    digest = hmac.new(auth_token.encode(), message.encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def verify_plivo_v3(
    method: str,
    url: str,
    nonce: str,
    auth_token: str,
    signature_header: str | None,
    params: Params | None = None,
) -> None:
    """Raise :class:`InvalidSignatureError` unless one of the comma-separated signatures matches."""
    if not signature_header or not nonce:
        raise InvalidSignatureError("missing X-Plivo-Signature-V3 or X-Plivo-Signature-V3-Nonce header")
    expected = plivo_v3_signature(method, url, nonce, auth_token, params)
    if not _matches(expected, signature_header.split(",")):
        raise InvalidSignatureError("X-Plivo-Signature-V3 does not match the request")


# --- SignalWire (Twilio scheme B) -----------------------------------------------------------------


def signalwire_signature(url: str, params: Params, signing_key: str) -> str:
    """Return the ``X-SignalWire-Signature`` value: base64 HMAC-SHA1 over ``url`` + sorted ``key+value``.

    Repeated keys contribute one ``key+value`` per value, in the order given.
    """
    data = url + "".join(key + value for key in sorted(params) for value in _values(params[key]))
    digest = hmac.new(signing_key.encode(), data.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def _port_variants(url: str) -> list[str]:
    """The URL as given, without its port, and with the scheme's default port (like the SDKs)."""
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    userinfo = parts.netloc[: len(parts.netloc) - len(host)]
    variants = [url]
    if parts.port is not None:
        bare = host.rsplit(":", 1)[0]
        variants.append(urlunsplit(parts._replace(netloc=userinfo + bare)))
    else:
        default = 443 if parts.scheme == "https" else 80
        variants.append(urlunsplit(parts._replace(netloc=f"{userinfo}{host}:{default}")))
    return variants


def verify_signalwire(url: str, params: Params, signing_key: str, signature_header: str | None) -> None:
    """Raise :class:`InvalidSignatureError` unless the signature matches ``url`` with or without its port."""
    if not signature_header:
        raise InvalidSignatureError("missing X-SignalWire-Signature header")
    candidates = (signalwire_signature(u, params, signing_key) for u in _port_variants(url))
    if not any(hmac.compare_digest(c.encode(), signature_header.strip().encode()) for c in candidates):
        raise InvalidSignatureError("X-SignalWire-Signature does not match the request")


# --- Telnyx Ed25519 -------------------------------------------------------------------------------


def telnyx_sign(private_key: Ed25519PrivateKey, timestamp: str, payload: bytes) -> str:
    """Return the ``telnyx-signature-ed25519`` value: base64 Ed25519 over ``timestamp|payload``."""
    return base64.b64encode(private_key.sign(f"{timestamp}|".encode() + payload)).decode("ascii")


def new_telnyx_keypair() -> tuple[Ed25519PrivateKey, str]:
    """A fresh Ed25519 private key and its base64 raw 32-byte public key (``TELNYX_PUBLIC_KEY`` format)."""
    private_key = Ed25519PrivateKey.generate()
    raw = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return private_key, base64.b64encode(raw).decode("ascii")


def _b64(value: str, what: str) -> bytes:
    try:
        return base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InvalidSignatureError(f"{what} is not valid base64") from exc


def verify_telnyx(
    public_key_b64: str,
    signature_b64: str | None,
    timestamp: str | None,
    payload: bytes,
    *,
    tolerance: int = 300,
    now: float | None = None,
) -> None:
    """Verify a Telnyx webhook signature, then that ``timestamp`` is within ``tolerance`` seconds of now.

    Raises :class:`InvalidSignatureError` (missing/garbled headers, wrong signature) or
    :class:`StaleTimestampError` (authentic but too old or too far in the future);
    :class:`ConfigurationError` if ``public_key_b64`` is not a base64 32-byte key.
    """
    try:
        key_bytes = base64.b64decode(public_key_b64.strip(), validate=True)
        public_key = Ed25519PublicKey.from_public_bytes(key_bytes)
    except (binascii.Error, ValueError) as exc:
        raise ConfigurationError("Telnyx public key must be a base64-encoded 32-byte Ed25519 key") from exc
    if not signature_b64 or not timestamp:
        raise InvalidSignatureError("missing telnyx-signature-ed25519 or telnyx-timestamp header")
    try:
        ts = int(timestamp.strip())
    except ValueError as exc:
        raise InvalidSignatureError(f"telnyx-timestamp is not an integer: {timestamp!r}") from exc
    try:
        public_key.verify(_b64(signature_b64, "telnyx-signature-ed25519"), f"{timestamp}|".encode() + payload)
    except InvalidSignature as exc:
        raise InvalidSignatureError("telnyx-signature-ed25519 does not match the request") from exc
    skew = abs((time.time() if now is None else now) - ts)
    if skew > tolerance:
        raise StaleTimestampError(f"telnyx-timestamp is {skew:.0f}s away from now (tolerance {tolerance}s)")
