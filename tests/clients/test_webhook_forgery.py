"""The webhook helpers return what the signature covers and nothing else (issue #10, item 6).

Each test replays a genuinely signed request with a change the signature does not see: a GET query
the Telnyx signature never covers, a repeated key whose order Plivo's canonical string sorts away, a
GET query whose field boundaries Plivo's canonical string cannot tell apart.
"""

from __future__ import annotations

import time
from typing import Any, assert_type
from urllib.parse import parse_qs, quote, urlencode

import pytest
from plivo_recording_client.models import PlivoCallRecordingCallback
from recording_clients import (
    InvalidSignatureError,
    MalformedWebhookError,
    UnsignedWebhookError,
    UnverifiedCallback,
    parse_plivo_callback,
    parse_signalwire_callback,
    parse_telnyx_callback,
)
from recording_clients.signatures import (
    new_telnyx_keypair,
    plivo_v3_signature,
    signalwire_signature,
    telnyx_sign,
)
from telnyx_texml_client.models import TexmlRecordingStatusCallback

from .spec_examples import spec

FORM = {"content-type": "application/x-www-form-urlencoded"}
NOW = 1_700_000_000.0
TS = str(int(NOW))
EVIL = "https://attacker.example/evil.mp3"


def _example(stem: str, name: str = "RecordingStatusCallbackCompleted") -> dict[str, str]:
    value: dict[str, Any] = spec(stem)["components"]["examples"][name]["value"]
    return {k: str(v) for k, v in value.items()}


# --- Telnyx: the GET query is covered by no signature ----------------------------------------------


def _signed_telnyx_post() -> tuple[dict[str, str], bytes, str]:
    private_key, public_key = new_telnyx_keypair()
    body = urlencode(_example("telnyx_texml")).encode()
    headers = {**FORM, "telnyx-signature-ed25519": telnyx_sign(private_key, TS, body), "telnyx-timestamp": TS}
    return headers, body, public_key


def _forged_query() -> str:
    return urlencode({**_example("telnyx_texml"), "RecordingUrl": EVIL})


def test_telnyx_signed_post_replayed_as_get_with_a_forged_query_is_refused() -> None:
    headers, body, key = _signed_telnyx_post()
    url = "https://example.com/t?" + _forged_query()
    with pytest.raises(UnsignedWebhookError, match="GET"):
        parse_telnyx_callback("GET", url, headers, body, public_key=key, now=NOW)
    with pytest.raises(UnsignedWebhookError):
        parse_telnyx_callback("GET", url, headers, b"", public_key=key, now=NOW)


def test_telnyx_get_refusal_is_an_invalid_signature_error() -> None:
    """Callers that already catch InvalidSignatureError keep refusing forged GETs."""
    assert issubclass(UnsignedWebhookError, InvalidSignatureError)


def test_telnyx_post_returns_the_body_not_the_url_query() -> None:
    headers, body, key = _signed_telnyx_post()
    url = "https://example.com/t?" + urlencode({"RecordingUrl": EVIL})
    payload = parse_telnyx_callback("POST", url, headers, body, public_key=key, now=NOW)
    assert isinstance(payload, TexmlRecordingStatusCallback)
    assert payload.recording_url == _example("telnyx_texml")["RecordingUrl"]


def test_telnyx_get_opt_in_says_unverified() -> None:
    private_key, key = new_telnyx_keypair()
    headers = {"telnyx-signature-ed25519": telnyx_sign(private_key, TS, b""), "telnyx-timestamp": TS}
    url = "https://example.com/t?" + _forged_query()
    result = parse_telnyx_callback("GET", url, headers, b"", public_key=key, now=NOW, allow_unsigned_get=True)
    assert isinstance(result, UnverifiedCallback)
    assert result.verified is False
    assert result.payload.recording_url == EVIL  # exactly why it is marked unverified
    assert "query" in result.reason


def test_telnyx_get_opt_in_still_refuses_a_bad_timestamp_signature() -> None:
    _, key = new_telnyx_keypair()
    other, _ = new_telnyx_keypair()
    headers = {"telnyx-signature-ed25519": telnyx_sign(other, TS, b""), "telnyx-timestamp": TS}
    url = "https://example.com/t?" + _forged_query()
    with pytest.raises(InvalidSignatureError):
        parse_telnyx_callback("GET", url, headers, b"", public_key=key, now=NOW, allow_unsigned_get=True)


def test_telnyx_opt_in_leaves_signed_posts_verified() -> None:
    headers, body, key = _signed_telnyx_post()
    result = parse_telnyx_callback(
        "POST", "https://example.com/t", headers, body, public_key=key, now=NOW, allow_unsigned_get=True
    )
    assert isinstance(result, TexmlRecordingStatusCallback)


# --- repeated keys: their order (Plivo) and their type are not what the signature promises ----------

PLIVO_URL = "https://example.com/plivo/record-done"
PLIVO_TOKEN = "plivo-token"
PLIVO_CALLBACK = {
    "api_id": "b1a2c3d4-0000-11e1-86da-adf28403fe48",
    "record_url": "https://media.plivo.com/v1/Account/MAXXXXXXXXXXXXXXXXXX/Recording/abc.mp3",
    "call_uuid": "eba53b9e-8fbd-45c1-9444-696d2172fbc8",
    "recording_id": "abc",
    "recording_duration": "4",
    "recording_duration_ms": "4000.00000",
}


def _plivo_headers(signature: str, nonce: str = "05429567804466091622") -> dict[str, str]:
    return {**FORM, "X-Plivo-Signature-V3": signature, "X-Plivo-Signature-V3-Nonce": nonce}


def test_plivo_repeated_key_is_refused() -> None:
    """Plivo signs repeated values sorted, so the order on the wire (which one comes first) is unsigned."""
    signed = {**PLIVO_CALLBACK, "record_url": [PLIVO_CALLBACK["record_url"], EVIL]}
    sig = plivo_v3_signature("POST", PLIVO_URL, "05429567804466091622", PLIVO_TOKEN, signed)
    fields = [(k, v) for k, v in PLIVO_CALLBACK.items() if k != "record_url"]
    for order in ([EVIL, PLIVO_CALLBACK["record_url"]], [PLIVO_CALLBACK["record_url"], EVIL]):
        body = urlencode([*fields, *(("record_url", u) for u in order)]).encode()
        with pytest.raises(MalformedWebhookError, match="record_url"):
            parse_plivo_callback(
                PlivoCallRecordingCallback,
                "POST",
                PLIVO_URL,
                _plivo_headers(sig),
                body,
                auth_token=PLIVO_TOKEN,
            )


def test_plivo_get_query_with_ambiguous_field_boundaries_is_refused() -> None:
    """Plivo joins decoded GET pairs with ``&``: ``a=1&b=2`` and ``a=1%26b%3D2`` sign alike."""
    genuine = "https://example.com/cb?" + urlencode(PLIVO_CALLBACK)
    sig = plivo_v3_signature("GET", genuine, "9", PLIVO_TOKEN)
    head = urlencode({k: PLIVO_CALLBACK[k] for k in ("api_id", "call_uuid")})
    # record_url sorts before the recording_* fields: fold them into its value, percent-encoded
    tail = "&".join(f"{k}={PLIVO_CALLBACK[k]}" for k in sorted(PLIVO_CALLBACK) if k >= "record_url")
    forged = f"https://example.com/cb?{head}&record_url=" + quote(tail.split("=", 1)[1], safe="")
    assert plivo_v3_signature("GET", forged, "9", PLIVO_TOKEN) == sig  # the scheme cannot tell them apart
    with pytest.raises(UnsignedWebhookError, match="&"):
        parse_plivo_callback(
            PlivoCallRecordingCallback, "GET", forged, _plivo_headers(sig, "9"), b"", auth_token=PLIVO_TOKEN
        )
    payload = parse_plivo_callback(
        PlivoCallRecordingCallback, "GET", genuine, _plivo_headers(sig, "9"), b"", auth_token=PLIVO_TOKEN
    )
    assert payload.record_url == PLIVO_CALLBACK["record_url"]


SW_URL = "https://example.com/recording-status"
SW_KEY = "PSK_test_signing_key"


def test_signalwire_repeated_key_is_refused_not_returned_as_a_list() -> None:
    data = _example("signalwire_laml")
    pairs = [*data.items(), ("RecordingUrl", EVIL)]
    params = {k: [v for key, v in pairs if key == k] for k in dict(pairs)}
    headers = {**FORM, "X-SignalWire-Signature": signalwire_signature(SW_URL, params, SW_KEY)}
    with pytest.raises(MalformedWebhookError, match="RecordingUrl"):
        parse_signalwire_callback("POST", SW_URL, headers, urlencode(pairs).encode(), signing_key=SW_KEY)


def test_telnyx_json_body_with_a_repeated_key_is_refused() -> None:
    private_key, key = new_telnyx_keypair()
    fields = ", ".join(f'"{k}": "{v}"' for k, v in _example("telnyx_texml").items())
    body = ("{" + fields + f', "RecordingUrl": "{EVIL}"' + "}").encode()
    headers = {
        "content-type": "application/json",
        "telnyx-signature-ed25519": telnyx_sign(private_key, TS, body),
        "telnyx-timestamp": TS,
    }
    with pytest.raises(MalformedWebhookError, match="RecordingUrl"):
        parse_telnyx_callback("POST", "https://example.com/t", headers, body, public_key=key, now=NOW)


# --- the official Telnyx validator agrees on what is signed ----------------------------------------

SDK_BODIES = [
    urlencode(_example("telnyx_texml")).encode(),
    urlencode(_example("telnyx_texml", "RecordingStatusCallbackInProgress")).encode(),
    urlencode({**_example("telnyx_texml"), "RecordingUrl": "https://h/r.mp3?a=1&b=é"}).encode(),
]


@pytest.mark.parametrize("body", SDK_BODIES)
def test_telnyx_sdk_validator_agrees_on_signed_posts(body: bytes) -> None:
    verification = pytest.importorskip("telnyx.lib.webhook_verification")
    pytest.importorskip("nacl")
    private_key, key = new_telnyx_keypair()
    ts = str(int(time.time()))
    headers = {**FORM, "telnyx-signature-ed25519": telnyx_sign(private_key, ts, body), "telnyx-timestamp": ts}
    verification.verify_webhook_signature(body, headers, key)  # raises on a bad signature
    payload = parse_telnyx_callback("POST", "https://example.com/t", headers, body, public_key=key)
    assert payload.recording_sid == parse_qs(body.decode())["RecordingSid"][0]
    tampered = body.replace(b"RecordingSid=", b"RecordingSid=0")
    with pytest.raises(verification.WebhookVerificationError):
        verification.verify_webhook_signature(tampered, headers, key)
    with pytest.raises(InvalidSignatureError):
        parse_telnyx_callback("POST", "https://example.com/t", headers, tampered, public_key=key)


def test_telnyx_sdk_validator_passes_a_get_whose_query_it_never_saw() -> None:
    """Why the helper refuses GET: the SDK check is over ``ts|`` and says nothing about the query."""
    verification = pytest.importorskip("telnyx.lib.webhook_verification")
    pytest.importorskip("nacl")
    private_key, key = new_telnyx_keypair()
    ts = str(int(time.time()))
    headers = {"telnyx-signature-ed25519": telnyx_sign(private_key, ts, b""), "telnyx-timestamp": ts}
    verification.verify_webhook_signature(b"", headers, key)
    with pytest.raises(UnsignedWebhookError):
        parse_telnyx_callback("GET", "https://example.com/t?" + _forged_query(), headers, b"", public_key=key)


def test_telnyx_return_types_are_precise() -> None:
    """Checked by mypy: the verified call returns the model; the opt-in returns a union to narrow."""
    headers, body, key = _signed_telnyx_post()
    verified = parse_telnyx_callback("POST", "https://e/t", headers, body, public_key=key, now=NOW)
    assert_type(verified, TexmlRecordingStatusCallback)
    either = parse_telnyx_callback(
        "POST", "https://e/t", headers, body, public_key=key, now=NOW, allow_unsigned_get=True
    )
    assert_type(either, TexmlRecordingStatusCallback | UnverifiedCallback[TexmlRecordingStatusCallback])
