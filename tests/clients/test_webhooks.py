"""Callback parsing: signature first, then form / JSON / query into the generated payload models."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import pytest
from plivo_recording_client.models import (
    PlivoCallRecordingCallback,
    PlivoMpcRecordingEvent,
    PlivoTranscriptionCallback,
)
from recording_clients import (
    InvalidSignatureError,
    MalformedWebhookError,
    StaleTimestampError,
    UnsignedWebhookError,
    UnverifiedCallback,
    parse_plivo_callback,
    parse_signalwire_callback,
    parse_telnyx_callback,
)
from recording_clients._forms import field_name
from recording_clients.signatures import (
    new_telnyx_keypair,
    plivo_v3_signature,
    signalwire_signature,
    telnyx_sign,
)
from signalwire_laml_client.models import LamlRecordingStatusCallback
from telnyx_texml_client.models import TexmlRecordingStatusCallback

from .spec_examples import spec

FORM = {"content-type": "application/x-www-form-urlencoded"}


def _schema_example(stem: str, name: str) -> dict[str, Any]:
    """A named example of a callback payload from components/examples, as wire strings."""
    value = spec(stem)["components"]["examples"][name]["value"]
    return {k: str(v) for k, v in value.items()}


# --- Plivo ----------------------------------------------------------------------------------------

PLIVO_URL = "https://example.com/plivo/record-done?tenant=7#ct=2000"
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


def test_plivo_post_form() -> None:
    sig = plivo_v3_signature("POST", PLIVO_URL, "05429567804466091622", PLIVO_TOKEN, PLIVO_CALLBACK)
    body = urlencode(PLIVO_CALLBACK).encode()
    payload = parse_plivo_callback(
        PlivoCallRecordingCallback, "POST", PLIVO_URL, _plivo_headers(sig), body, auth_token=PLIVO_TOKEN
    )
    assert payload.call_uuid == PLIVO_CALLBACK["call_uuid"]
    assert payload.recording_duration == "4"  # the spec keeps Plivo's string-typed numbers


def test_plivo_main_account_signature_header() -> None:
    sig = plivo_v3_signature("POST", PLIVO_URL, "1", "main-token", PLIVO_CALLBACK)
    headers = {**_plivo_headers("AAAA", "1"), "X-Plivo-Signature-Ma-V3": sig}
    body = urlencode(PLIVO_CALLBACK).encode()
    parse_plivo_callback(
        PlivoCallRecordingCallback, "POST", PLIVO_URL, headers, body, auth_token="main-token"
    )


def test_plivo_get_query() -> None:
    url = "https://example.com/cb?" + urlencode(PLIVO_CALLBACK)
    sig = plivo_v3_signature("GET", url, "9", PLIVO_TOKEN)
    payload = parse_plivo_callback(
        PlivoCallRecordingCallback, "GET", url, _plivo_headers(sig, "9"), b"", auth_token=PLIVO_TOKEN
    )
    assert payload.record_url == PLIVO_CALLBACK["record_url"]


def test_plivo_mpc_event_keys_map_to_generated_fields() -> None:
    event = {
        "EventName": "MPCRecordingCompleted",
        "EventTimestamp": "2023-05-04 10:00:05",
        "MPCUUID": "ca8e3b24-5d2e-4f5c-9b7b-8a4d2c1e0f11",
        "RecordingUUID": "b7f9f4a2-1111-2222-3333-444455556666",
        "SequenceNumber": "3",
        "RecordingResourceURL": "https://api.plivo.com/v1/Account/MAXXXXXXXXXXXXXXXXXX/Recording/b7f9/",
    }
    sig = plivo_v3_signature("POST", PLIVO_URL, "1", PLIVO_TOKEN, event)
    body = urlencode(event).encode()
    payload = parse_plivo_callback(
        PlivoMpcRecordingEvent, "POST", PLIVO_URL, _plivo_headers(sig, "1"), body, auth_token=PLIVO_TOKEN
    )
    assert payload.mpcuuid == event["MPCUUID"]
    assert field_name("RecordingResourceURL") == "recording_resource_url"


@pytest.mark.parametrize("case", ["tampered", "wrong-token", "missing"])
def test_plivo_rejects(case: str) -> None:
    sig = plivo_v3_signature("POST", PLIVO_URL, "05429567804466091622", PLIVO_TOKEN, PLIVO_CALLBACK)
    data = dict(PLIVO_CALLBACK)
    headers, token = _plivo_headers(sig), PLIVO_TOKEN
    if case == "tampered":
        data["recording_duration"] = "5"
    elif case == "wrong-token":
        token = "other"
    else:
        del headers["X-Plivo-Signature-V3"]
    with pytest.raises(InvalidSignatureError):
        parse_plivo_callback(
            PlivoCallRecordingCallback, "POST", PLIVO_URL, headers, urlencode(data).encode(), auth_token=token
        )


def test_plivo_missing_required_field() -> None:
    data = {"call_uuid": "x", "recording_id": "r"}
    sig = plivo_v3_signature("POST", PLIVO_URL, "1", PLIVO_TOKEN, {"call_uuid": "x"})
    body = urlencode({"call_uuid": "x"}).encode()
    with pytest.raises(MalformedWebhookError, match="recording_id"):
        parse_plivo_callback(
            PlivoTranscriptionCallback,
            "POST",
            PLIVO_URL,
            _plivo_headers(sig, "1"),
            body,
            auth_token=PLIVO_TOKEN,
        )
    assert data


# --- SignalWire -----------------------------------------------------------------------------------

SW_URL = "https://example.com/recording-status"
SW_KEY = "PSK_test_signing_key"


def _sw_callback() -> dict[str, str]:
    return _schema_example("signalwire_laml", "RecordingStatusCallbackCompleted")


def test_signalwire_form_with_typed_fields() -> None:
    data = _sw_callback()
    headers = {**FORM, "X-SignalWire-Signature": signalwire_signature(SW_URL, data, SW_KEY)}
    payload = parse_signalwire_callback("POST", SW_URL, headers, urlencode(data).encode(), signing_key=SW_KEY)
    assert isinstance(payload, LamlRecordingStatusCallback)
    assert payload.recording_channels in (1, 2)  # "1" on the wire -> Literal[1, 2]
    assert isinstance(payload.recording_duration, int)
    assert payload.recording_status == data["RecordingStatus"]


def test_signalwire_twilio_header_alias_and_default_port() -> None:
    data = _sw_callback()
    headers = {**FORM, "X-Twilio-Signature": signalwire_signature(SW_URL, data, SW_KEY)}
    url = "https://example.com:443/recording-status"
    parse_signalwire_callback("POST", url, headers, urlencode(data).encode(), signing_key=SW_KEY)


def test_signalwire_get_query() -> None:
    url = SW_URL + "?" + urlencode(_sw_callback())
    headers = {"X-SignalWire-Signature": signalwire_signature(url, {}, SW_KEY)}
    assert parse_signalwire_callback("GET", url, headers, b"", signing_key=SW_KEY).recording_sid


@pytest.mark.parametrize(("field", "value"), [("RecordingDuration", "four"), ("RecordingChannels", "3")])
def test_signalwire_mistyped_field(field: str, value: str) -> None:
    data = {**_sw_callback(), field: value}
    headers = {**FORM, "X-SignalWire-Signature": signalwire_signature(SW_URL, data, SW_KEY)}
    with pytest.raises(MalformedWebhookError):
        parse_signalwire_callback("POST", SW_URL, headers, urlencode(data).encode(), signing_key=SW_KEY)


def test_signalwire_bad_signature() -> None:
    data = _sw_callback()
    headers = {**FORM, "X-SignalWire-Signature": signalwire_signature(SW_URL, data, "PSK_other")}
    with pytest.raises(InvalidSignatureError):
        parse_signalwire_callback("POST", SW_URL, headers, urlencode(data).encode(), signing_key=SW_KEY)


# --- Telnyx ---------------------------------------------------------------------------------------

NOW = 1_700_000_000.0


def _telnyx_callback() -> dict[str, str]:
    return _schema_example("telnyx_texml", "RecordingStatusCallbackCompleted")


def _telnyx_request(body: bytes, ts: str = str(int(NOW))) -> tuple[dict[str, str], str]:
    private_key, public_key = new_telnyx_keypair()
    headers = {**FORM, "Telnyx-Signature-Ed25519": telnyx_sign(private_key, ts, body), "Telnyx-Timestamp": ts}
    return headers, public_key


def test_telnyx_form() -> None:
    body = urlencode(_telnyx_callback()).encode()
    headers, key = _telnyx_request(body)
    payload = parse_telnyx_callback("POST", "https://example.com/t", headers, body, public_key=key, now=NOW)
    assert isinstance(payload, TexmlRecordingStatusCallback)
    assert payload.recording_channels == 1
    assert payload.call_sid.startswith(("v2:", "v3:"))


def test_telnyx_json_body() -> None:
    body = json.dumps({**_telnyx_callback(), "RecordingChannels": 2}).encode()
    headers, key = _telnyx_request(body)
    headers["content-type"] = "application/json"
    payload = parse_telnyx_callback("POST", "https://example.com/t", headers, body, public_key=key, now=NOW)
    assert payload.recording_channels == 2


def test_telnyx_get_query_signs_timestamp_only() -> None:
    url = "https://example.com/t?" + urlencode(_telnyx_callback())
    headers, key = _telnyx_request(b"")
    with pytest.raises(UnsignedWebhookError):
        parse_telnyx_callback("GET", url, headers, b"", public_key=key, now=NOW)
    result = parse_telnyx_callback("GET", url, headers, b"", public_key=key, now=NOW, allow_unsigned_get=True)
    assert isinstance(result, UnverifiedCallback) and not result.verified
    assert result.payload.recording_sid


def test_telnyx_tampered_stale_and_malformed() -> None:
    body = urlencode(_telnyx_callback()).encode()
    headers, key = _telnyx_request(body)
    with pytest.raises(InvalidSignatureError):
        parse_telnyx_callback("POST", "https://x/t", headers, body + b"&x=1", public_key=key, now=NOW)
    with pytest.raises(StaleTimestampError):
        parse_telnyx_callback("POST", "https://x/t", headers, body, public_key=key, now=NOW + 301)
    junk = b"\xff\xfe not utf-8"
    headers, key = _telnyx_request(junk)
    with pytest.raises(MalformedWebhookError):
        parse_telnyx_callback("POST", "https://x/t", headers, junk, public_key=key, now=NOW)
    empty = b"AccountSid=only"
    headers, key = _telnyx_request(empty)
    with pytest.raises(MalformedWebhookError, match="missing field"):
        parse_telnyx_callback("POST", "https://x/t", headers, empty, public_key=key, now=NOW)


def test_field_name_matches_the_generator() -> None:
    strings = pytest.importorskip("openapi_python_client.strings")
    names = {
        prop
        for stem in ("plivo", "telnyx_texml", "signalwire_laml")
        for schema in spec(stem)["components"]["schemas"].values()
        for prop in schema.get("properties", {})
    } | {"MPCUUID", "RecordingResourceURL", "SIP-H-To", "from", "type", "id", "2fa", "_x"}
    for name in sorted(names):
        expected = strings.PythonIdentifier(name, prefix="field_")
        assert field_name(name) == expected, name
