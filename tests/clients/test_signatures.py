"""Webhook signatures against the providers' published vectors and the official SDK validators."""

from __future__ import annotations

import base64
import time

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from recording_clients.errors import (
    ConfigurationError,
    InvalidSignatureError,
    StaleTimestampError,
    WebhookError,
)
from recording_clients.signatures import (
    new_telnyx_keypair,
    plivo_v3_signature,
    signalwire_signature,
    telnyx_sign,
    verify_plivo_v3,
    verify_signalwire,
    verify_telnyx,
)

# --- Plivo: plivo-go utils_test.go vectors (plivo.md §6.2) ----------------------------------------

PLIVO_URL = "https://plivobin.non-prod.plivops.com/api/v1/validate_signature03.xml"
PLIVO_NONCE = "31627761595286130198"
PLIVO_TOKEN = "Y2Q2ZDgxZmY5YWRiOTI5YmQ1Njg0MTAxZWIyOTc4"
PLIVO_UUID = "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36"
PLIVO_PARAMS = {
    "Direction": "outbound",
    "From": "19792014278",
    "ALegUUID": PLIVO_UUID,
    "ALegRequestUUID": PLIVO_UUID,
    "CallUUID": PLIVO_UUID,
    "RequestUUID": PLIVO_UUID,
    "CallStatus": "in-progress",
    "BillRate": "0.002",
    "ParentAuthID": "MANWVLYTK4ZWU1YTY4QA",
    "To": "sip:PlivoSignature382029104058171078704104@phone-qa.voice.plivodev.com",
    "SIP-H-To": "<sip:PlivoSignature382029104058171078704104@52.9.11.55;transport=udp>;tag=1",
    "SessionStart": "2020-04-08 11:34:33.238707",
    "Event": "StartApp",
}
PLIVO_VECTORS = [
    (PLIVO_URL + "/?a=b&c=d", "POST", "k7Pusd4OxCIjR5IfA9iedDNu/h/gbdYqdzG/MiYtd1c="),
    (PLIVO_URL + "/?a=b&c=d", "GET", "UBq8jAtd32wR8EK9VgxbBn4n5rpI/l1H9iN4WfSEHFQ="),
    (PLIVO_URL, "POST", "iAjE5QqI37mbkYe4w3jTMudqEzbDufdqi7sYwTu64e0="),
    (PLIVO_URL, "GET", "i/MQsaQSAd6fiKhOh2qeeeLHZ9faldADSb3/7+Akfbc="),
]


@pytest.mark.parametrize(("url", "method", "expected"), PLIVO_VECTORS)
def test_plivo_published_vectors(url: str, method: str, expected: str) -> None:
    assert plivo_v3_signature(method, url, PLIVO_NONCE, PLIVO_TOKEN, PLIVO_PARAMS) == expected
    verify_plivo_v3(method, url, PLIVO_NONCE, PLIVO_TOKEN, expected, PLIVO_PARAMS)


def test_plivo_fragment_is_not_signed() -> None:
    url, method, expected = PLIVO_VECTORS[0]
    assert (
        plivo_v3_signature(method, url + "#ct=2000&rt=40000", PLIVO_NONCE, PLIVO_TOKEN, PLIVO_PARAMS)
        == expected
    )


def test_plivo_header_with_several_signatures() -> None:
    url, method, expected = PLIVO_VECTORS[2]
    header = f"{base64.b64encode(b'x' * 32).decode()},{expected}"
    verify_plivo_v3(method, url, PLIVO_NONCE, PLIVO_TOKEN, header, PLIVO_PARAMS)


@pytest.mark.parametrize(
    ("change", "header"),
    [
        ("tampered", PLIVO_VECTORS[2][2]),
        ("wrong-token", PLIVO_VECTORS[2][2]),
        ("none", ""),
        ("none", None),
    ],
)
def test_plivo_rejects(change: str, header: str | None) -> None:
    params = dict(PLIVO_PARAMS)
    token = PLIVO_TOKEN
    if change == "tampered":
        params["CallStatus"] = "completed"
    if change == "wrong-token":
        token = "not-the-token"
    with pytest.raises(InvalidSignatureError):
        verify_plivo_v3("POST", PLIVO_URL, PLIVO_NONCE, token, header, params)


def test_plivo_repeated_values_and_empty_params() -> None:
    sig = plivo_v3_signature("POST", "https://h/cb", "1", "t", {"b": ["2", "1"], "a": "x"})
    assert sig == plivo_v3_signature("POST", "https://h/cb", "1", "t", {"a": ["x"], "b": ["1", "2"]})
    assert plivo_v3_signature("POST", "https://h/cb", "1", "t") == plivo_v3_signature(
        "POST", "https://h/cb", "1", "t", {}
    )


@pytest.mark.parametrize("method", ["POST", "GET"])
@pytest.mark.parametrize(
    "url", ["https://example.com/rec/?x=1&y=", "http://127.0.0.1:8080/cb/", "https://h/p%20q?q=a%20b&q=c"]
)
def test_plivo_sdk_accepts_our_signatures(method: str, url: str) -> None:
    utils = pytest.importorskip("plivo.utils")
    params = {"RecordUrl": "https://media.plivo.com/r/1.mp3", "RecordingID": "abc", "Note": "héllo wörld"}
    sig = plivo_v3_signature(method, url, "05429567804466091622", "tok-en", params)
    assert utils.validate_v3_signature(method, url, "05429567804466091622", "tok-en", sig, dict(params))
    assert not utils.validate_v3_signature(method, url, "05429567804466091622", "other", sig, dict(params))


# --- SignalWire (signalwire.md §12.4) -------------------------------------------------------------

SW_ACCOUNT = "720796a0-8ee9-4350-83bd-2d07a3121f1e"
SW_RECORDING = "19e436af-5688-4307-b03b-bdb2b42b8142"
SW_RECORDING_CALLBACK = {
    "AccountSid": SW_ACCOUNT,
    "CallSid": "43bb71ee-553f-4074-bb20-8e2747647cce",
    "RecordingChannels": "1",
    "RecordingDuration": "4",
    "RecordingSid": SW_RECORDING,
    "RecordingSource": "StartCallRecordingApi",
    "RecordingStatus": "completed",
    "RecordingUrl": f"https://example.signalwire.com/api/laml/2010-04-01/Accounts/{SW_ACCOUNT}/Recordings/{SW_RECORDING}",
}
SW_LIB_CALLBACK = {
    "AccountSid": "6bfbbe86-a901-4197-8759-2a0de1fa319d",
    "ApiVersion": "2010-04-01",
    "CallbackSource": "call-progress-events",
    "CallSid": "0703574f-b151-465d-aedb-28972eb513c7",
    "CallStatus": "busy",
    "Direction": "outbound-api",
    "From": "sip:+17063958228@sip.swire.io",
    "HangupBy": "sip:jpsantos@joaosantos-2a0de1fa319d.sip.swire.io",
    "HangupDirection": "inbound",
    "Timestamp": "Thu, 09 Nov 2023 17:05:04 +0000",
    "To": "sip:jpsantos@joaosantos-2a0de1fa319d.sip.swire.io",
    "SipResultCode": "486",
}
TWILIO_CANONICAL = {
    "CallSid": "CA1234567890ABCDE",
    "Caller": "+14158675309",
    "Digits": "1234",
    "From": "+14158675309",
    "To": "+18005551212",
}


def test_signalwire_twilio_canonical_vector() -> None:
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    assert signalwire_signature(url, TWILIO_CANONICAL, "12345") == "RSOYDt4T1cUTdK1PDd93/VVr8B8="


def test_signalwire_sdk_vector_matches_without_port() -> None:
    url = "http://0aac-189-71-169-171.ngrok-free.app/voice"
    key = "PSK_V3bF8oyeRNpJWGoRWHNYQMUU"
    assert signalwire_signature(url, SW_LIB_CALLBACK, key) == "lf3nWPmUr2y6jSeeoMW4mg58vgI="
    verify_signalwire(url, SW_LIB_CALLBACK, key, "lf3nWPmUr2y6jSeeoMW4mg58vgI=")
    verify_signalwire(url.replace(".app/", ".app:80/"), SW_LIB_CALLBACK, key, "lf3nWPmUr2y6jSeeoMW4mg58vgI=")


@pytest.mark.parametrize(
    "url", ["https://example.com/recording-status", "https://example.com:443/recording-status"]
)
def test_signalwire_recording_callback_vector(url: str) -> None:
    expected = "IR2dplQQqgrRo6JJdtMX7vFwht0="
    assert (
        signalwire_signature(
            "https://example.com/recording-status", SW_RECORDING_CALLBACK, "PSK_test_signing_key"
        )
        == expected
    )
    verify_signalwire(url, SW_RECORDING_CALLBACK, "PSK_test_signing_key", expected)


@pytest.mark.parametrize("case", ["tampered", "wrong-key", "missing", "other-url"])
def test_signalwire_rejects(case: str) -> None:
    params = dict(SW_RECORDING_CALLBACK)
    key, header, url = (
        "PSK_test_signing_key",
        "IR2dplQQqgrRo6JJdtMX7vFwht0=",
        "https://example.com/recording-status",
    )
    if case == "tampered":
        params["RecordingDuration"] = "5"
    elif case == "wrong-key":
        key = "PSK_other"
    elif case == "missing":
        header = ""
    else:
        url += "?x=1"
    with pytest.raises(InvalidSignatureError):
        verify_signalwire(url, params, key, header)


def test_signalwire_repeated_keys_keep_order() -> None:
    a = signalwire_signature("https://h/cb", {"E": ["in-progress", "completed"]}, "k")
    b = signalwire_signature("https://h/cb", {"E": ["completed", "in-progress"]}, "k")
    assert a != b
    assert a == signalwire_signature("https://h/cbEin-progressEcompleted", {}, "k")


@pytest.mark.parametrize(
    "url", ["https://example.com/rec?x=1", "http://127.0.0.1:8080/cb", "https://h:443/p"]
)
def test_signalwire_sdk_validators_accept_our_signatures(url: str) -> None:
    twilio_rv = pytest.importorskip("twilio.request_validator")
    sw_rv = pytest.importorskip("signalwire.request_validator")
    sig = signalwire_signature(url, SW_RECORDING_CALLBACK, "PSK_key")
    assert twilio_rv.RequestValidator("PSK_key").validate(url, dict(SW_RECORDING_CALLBACK), sig)
    assert sw_rv.RequestValidator("PSK_key").validate(url, dict(SW_RECORDING_CALLBACK), sig)
    assert not sw_rv.RequestValidator("PSK_other").validate(url, dict(SW_RECORDING_CALLBACK), sig)


# --- Telnyx Ed25519 (telnyx.md §6.4) --------------------------------------------------------------

TELNYX_BODY = (
    b"AccountSid=cb6cfbbc-eb00-41af-a3f3-0d7b32009e4b&CallSid=v3%3Aabc&RecordingChannels=1"
    b"&RecordingDuration=5&RecordingSid=35094891-3290-4142-b2c2-b2eda57534cf&RecordingStatus=completed"
)


@pytest.fixture(scope="module")
def keypair() -> tuple[Ed25519PrivateKey, str]:
    return new_telnyx_keypair()


def test_telnyx_roundtrip(keypair: tuple[Ed25519PrivateKey, str]) -> None:
    private_key, public_b64 = keypair
    assert len(base64.b64decode(public_b64)) == 32
    ts = str(int(time.time()))
    sig = telnyx_sign(private_key, ts, TELNYX_BODY)
    assert len(base64.b64decode(sig)) == 64
    verify_telnyx(public_b64, sig, ts, TELNYX_BODY)


def test_telnyx_signature_covers_timestamp_and_body(keypair: tuple[Ed25519PrivateKey, str]) -> None:
    private_key, public_b64 = keypair
    sig = telnyx_sign(private_key, "1700000000", TELNYX_BODY)
    expected = private_key.public_key()
    expected.verify(base64.b64decode(sig), b"1700000000|" + TELNYX_BODY)
    verify_telnyx(public_b64, sig, "1700000000", TELNYX_BODY, now=1700000000.0)


def test_telnyx_tampered_body(keypair: tuple[Ed25519PrivateKey, str]) -> None:
    private_key, public_b64 = keypair
    sig = telnyx_sign(private_key, "1700000000", TELNYX_BODY)
    with pytest.raises(InvalidSignatureError):
        verify_telnyx(public_b64, sig, "1700000000", TELNYX_BODY.replace(b"=5", b"=6"), now=1700000000.0)
    with pytest.raises(InvalidSignatureError):  # timestamp is signed too
        verify_telnyx(public_b64, sig, "1700000001", TELNYX_BODY, now=1700000000.0)


def test_telnyx_wrong_key(keypair: tuple[Ed25519PrivateKey, str]) -> None:
    private_key, _ = keypair
    _, other_public = new_telnyx_keypair()
    sig = telnyx_sign(private_key, "1700000000", TELNYX_BODY)
    with pytest.raises(InvalidSignatureError):
        verify_telnyx(other_public, sig, "1700000000", TELNYX_BODY, now=1700000000.0)


@pytest.mark.parametrize("offset", [-301, 301, -3600, 86400])
def test_telnyx_stale_and_future_timestamps(keypair: tuple[Ed25519PrivateKey, str], offset: int) -> None:
    private_key, public_b64 = keypair
    now = 1700000000.0
    ts = str(int(now) + offset)
    sig = telnyx_sign(private_key, ts, TELNYX_BODY)
    with pytest.raises(StaleTimestampError):
        verify_telnyx(public_b64, sig, ts, TELNYX_BODY, now=now)
    verify_telnyx(public_b64, sig, ts, TELNYX_BODY, now=now, tolerance=abs(offset))


@pytest.mark.parametrize(
    ("sig", "ts"),
    [
        (None, "1700000000"),
        ("", "1700000000"),
        ("AAAA", None),
        ("not base64!", "1700000000"),
        ("AAAA", "soon"),
    ],
)
def test_telnyx_missing_or_garbled_headers(
    keypair: tuple[Ed25519PrivateKey, str], sig: str | None, ts: str | None
) -> None:
    with pytest.raises(InvalidSignatureError):
        verify_telnyx(keypair[1], sig, ts, TELNYX_BODY, now=1700000000.0)


def test_telnyx_bad_public_key_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError):
        verify_telnyx("AAAA", "AAAA", "1700000000", b"")


def test_error_tree() -> None:
    assert issubclass(InvalidSignatureError, WebhookError)
    assert issubclass(StaleTimestampError, WebhookError)
