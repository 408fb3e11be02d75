"""The webhook helpers on real emulator callbacks: what they return, what they refuse, replays.

Each test lets the emulator deliver a signed callback to the real receiver, feeds the request as
received to ``recording_clients.webhooks`` and then replays it, exactly or with an unsigned change.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

import pytest
from plivo_recording_client.models import PlivoAsyncResponseCallback, PlivoCallRecordingCallback
from recording_clients import (
    InvalidSignatureError,
    MalformedWebhookError,
    ReplayedWebhookError,
    ReplayGuard,
    UnsignedWebhookError,
    UnverifiedCallback,
    parse_plivo_callback,
    parse_signalwire_callback,
    parse_telnyx_callback,
)
from recording_emulator.testing import CallbackReceiver, Emulator, ReceivedRequest

from .support import Plivo, SignalWire, Telnyx, unique

EVIL = "https://attacker.example/evil.mp3"


def _deliver(emu: Emulator, receiver: CallbackReceiver, path: str, count: int) -> list[ReceivedRequest]:
    emu.flush()
    requests = receiver.wait_for(path, count)
    assert len(requests) == count
    return requests


def test_plivo_post_callbacks_parse_once(plivo: Plivo, emu: Emulator, receiver: CallbackReceiver) -> None:
    path = unique()
    call = plivo.call()
    response = plivo.http.post(f"/Call/{call}/Record/", json={"callback_url": receiver.url(path)})
    assert response.status_code == 202
    plivo.http.delete(f"/Call/{call}/Record/")
    ack, ended = _deliver(emu, receiver, path, 2)
    guard = ReplayGuard()
    models = ((ack, PlivoAsyncResponseCallback), (ended, PlivoCallRecordingCallback))
    for request, model in models:
        args = (model, request.method, request.url, request.headers, request.body)
        parse_plivo_callback(*args, auth_token=plivo.auth_token, replay_guard=guard)
        with pytest.raises(ReplayedWebhookError):
            parse_plivo_callback(*args, auth_token=plivo.auth_token, replay_guard=guard)
    payload = parse_plivo_callback(
        PlivoCallRecordingCallback, "POST", ended.url, ended.headers, ended.body, auth_token=plivo.auth_token
    )
    assert payload.call_uuid == call  # without a guard, parsing stays repeatable


def test_plivo_get_callback_returns_the_signed_query(
    plivo: Plivo, emu: Emulator, receiver: CallbackReceiver
) -> None:
    path = unique()
    call = plivo.call()
    plivo.http.post(
        f"/Call/{call}/Record/",
        json={"callback_url": receiver.url(path) + "?tenant=7", "callback_method": "GET"},
    )
    plivo.http.delete(f"/Call/{call}/Record/")
    ended = _deliver(emu, receiver, path, 2)[1]
    payload = parse_plivo_callback(
        PlivoCallRecordingCallback, "GET", ended.url, ended.headers, b"", auth_token=plivo.auth_token
    )
    assert payload.call_uuid == call and payload.additional_properties["tenant"] == "7"


def test_signalwire_callback_replays_are_refused_even_reordered(
    signalwire: SignalWire, emu: Emulator, receiver: CallbackReceiver
) -> None:
    path = unique()
    call = signalwire.call()
    signalwire.http.post(
        f"/Calls/{call}/Recordings.json", data={"RecordingStatusCallback": receiver.url(path)}
    )
    emu.hang_up(call)
    (request,) = _deliver(emu, receiver, path, 1)
    guard = ReplayGuard()
    key = signalwire.signing_key
    payload = parse_signalwire_callback(
        "POST", request.url, request.headers, request.body, signing_key=key, replay_guard=guard
    )
    assert payload.call_sid == call
    # the signature sorts the keys, so the same fields in another order are the same delivery
    reordered = urlencode(sorted(parse_qsl(request.body.decode()), reverse=True)).encode()
    for body in (request.body, reordered):
        with pytest.raises(ReplayedWebhookError):
            parse_signalwire_callback(
                "POST", request.url, request.headers, body, signing_key=key, replay_guard=guard
            )


def test_telnyx_post_callback_parses_once_and_agrees_with_the_sdk(
    telnyx: Telnyx, emu: Emulator, receiver: CallbackReceiver
) -> None:
    verification = pytest.importorskip("telnyx.lib.webhook_verification")
    pytest.importorskip("nacl")
    path = unique()
    call = telnyx.call()
    response = telnyx.http.post(
        f"/Calls/{call}/Recordings.json", data={"RecordingStatusCallback": receiver.url(path)}
    )
    assert response.status_code == 200
    emu.hang_up(call)
    (request,) = _deliver(emu, receiver, path, 1)
    verification.verify_webhook_signature(request.body, request.headers, telnyx.public_key)
    guard = ReplayGuard()
    args = ("POST", request.url, request.headers, request.body)
    payload = parse_telnyx_callback(*args, public_key=telnyx.public_key, replay_guard=guard)
    assert payload.call_sid == call and payload.recording_status == "completed"
    with pytest.raises(ReplayedWebhookError):
        parse_telnyx_callback(*args, public_key=telnyx.public_key, replay_guard=guard)
    # the signed POST replayed as a GET with a forged query (issue #10, item 6)
    forged = request.url + "?" + urlencode({**dict(parse_qsl(request.body.decode())), "RecordingUrl": EVIL})
    with pytest.raises(UnsignedWebhookError):
        parse_telnyx_callback("GET", forged, request.headers, request.body, public_key=telnyx.public_key)
    with pytest.raises(MalformedWebhookError, match="no body"):
        parse_telnyx_callback(
            "GET",
            forged,
            request.headers,
            request.body,
            public_key=telnyx.public_key,
            allow_unsigned_get=True,
        )
    with pytest.raises(InvalidSignatureError):  # the POST's signature does not cover an empty GET body
        parse_telnyx_callback(
            "GET", forged, request.headers, b"", public_key=telnyx.public_key, allow_unsigned_get=True
        )


def test_telnyx_get_callback_is_refused_or_unverified(
    telnyx: Telnyx, emu: Emulator, receiver: CallbackReceiver
) -> None:
    path = unique()
    call = telnyx.call()
    telnyx.http.post(
        f"/Calls/{call}/Recordings.json",
        data={"RecordingStatusCallback": receiver.url(path), "RecordingStatusCallbackMethod": "GET"},
    )
    emu.hang_up(call)
    (request,) = _deliver(emu, receiver, path, 1)
    key = telnyx.public_key
    with pytest.raises(UnsignedWebhookError):
        parse_telnyx_callback("GET", request.url, request.headers, b"", public_key=key)
    result = parse_telnyx_callback(
        "GET", request.url, request.headers, b"", public_key=key, allow_unsigned_get=True
    )
    assert isinstance(result, UnverifiedCallback) and result.verified is False
    assert result.payload.call_sid == call
    # the real headers validate any query: the forged one comes back, but only as unverified
    forged_query = urlencode({**dict(parse_qsl(request.query)), "RecordingUrl": EVIL})
    forged = request.url.split("?")[0] + "?" + forged_query
    forgery = parse_telnyx_callback(
        "GET", forged, request.headers, b"", public_key=key, allow_unsigned_get=True
    )
    assert isinstance(forgery, UnverifiedCallback) and forgery.payload.recording_url == EVIL
