"""Callback delivery: retries with backoff, failure, refused targets, URL-fragment settings, the log."""

from __future__ import annotations

import asyncio
import socket
import threading
import time

import pytest
from recording_emulator.core import webhook_client
from recording_emulator.testing import CallbackReceiver, Emulator

from .support import Plivo, SignalWire, unique


def _deliveries(emu: Emulator, url_part: str) -> list[dict[str, object]]:
    return [d for d in emu.deliveries() if url_part in str(d["url"])]


def test_retries_until_success(signalwire: SignalWire, emu: Emulator, receiver: CallbackReceiver) -> None:
    path = unique()
    receiver.fail(path, 500, 502)
    call = signalwire.call()
    signalwire.http.post(
        f"/Calls/{call}/Recordings.json", data={"RecordingStatusCallback": receiver.url(path)}
    )
    emu.hang_up(call)
    emu.flush()
    assert len(receiver.wait_for(path, 3)) == 3
    (delivery,) = _deliveries(emu, path)
    assert (
        delivery["state"] == "delivered" and delivery["attempts"] == 3 and delivery["response_status"] == 200
    )
    assert delivery["method"] == "POST" and delivery["schema"] == "LamlRecordingStatusCallback"
    headers = delivery["headers"]
    assert isinstance(headers, dict) and "X-SignalWire-Signature" in headers
    assert "RecordingStatus=completed" in str(delivery["body"])


def test_gives_up_after_the_last_retry(plivo: Plivo, emu: Emulator, receiver: CallbackReceiver) -> None:
    path = unique()
    receiver.fail(path, 500, 500, 500, 500)
    call = plivo.call()
    plivo.http.post(f"/Call/{call}/Record/", json={"callback_url": receiver.url(path)})
    emu.flush()
    async_ack = _deliveries(emu, path)[0]
    assert async_ack["state"] == "failed" and async_ack["attempts"] == 3
    assert async_ack["error"] == "HTTP 500"
    emu.hang_up(call)  # the next delivery on the same key still goes out after the failed one
    emu.flush()
    assert _deliveries(emu, path)[1]["state"] == "delivered"


def test_fragment_settings_and_no_fragment_on_the_wire(
    plivo: Plivo, emu: Emulator, receiver: CallbackReceiver
) -> None:
    path = unique()
    receiver.fail(path, 503)
    call = plivo.call()
    plivo.http.post(f"/Call/{call}/Record/", json={"callback_url": receiver.url(path) + "#rc=0&ct=500"})
    emu.flush()
    (delivery,) = _deliveries(emu, path)
    assert delivery["max_attempts"] == 1 and delivery["state"] == "failed"
    assert "#" not in str(delivery["request_url"])
    assert len(receiver.received(path)) == 1


def test_non_loopback_targets_are_refused_and_never_contacted(signalwire: SignalWire, emu: Emulator) -> None:
    call = signalwire.call()
    target = f"https://example.com{unique()}"
    signalwire.http.post(
        f"/Calls/{call}/Recordings.json",
        data={"RecordingStatusCallback": target, "RecordingStatusCallbackEvent": "in-progress completed"},
    )
    emu.hang_up(call)
    emu.flush()
    deliveries = _deliveries(emu, target)
    assert [d["state"] for d in deliveries] == ["refused", "refused"]
    assert all(d["attempts"] == 0 and d["request_url"] is None for d in deliveries)
    assert "allow-list" in str(deliveries[0]["error"])
    assert {d["id"] for d in emu.deliveries(state="refused")} >= {d["id"] for d in deliveries}


def test_log_filters(emu: Emulator) -> None:
    assert all(d["provider"] == "plivo" for d in emu.deliveries(provider="plivo"))
    assert emu.control("GET", "/callbacks", params={"state": "lost"}).status_code == 400


def test_unreachable_target_is_logged(signalwire: SignalWire, emu: Emulator) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}{unique()}"
    call = signalwire.call()
    signalwire.http.post(f"/Calls/{call}/Recordings.json", data={"RecordingStatusCallback": dead})
    emu.hang_up(call)
    emu.flush()
    (delivery,) = _deliveries(emu, dead)
    assert delivery["state"] == "failed" and delivery["attempts"] == 3
    assert "Connect" in str(delivery["error"]) and delivery["response_status"] is None


def _silent_server(reply: bytes) -> tuple[socket.socket, int]:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()

    def serve() -> None:
        connection, _ = server.accept()
        connection.recv(65536)
        if reply:
            connection.sendall(reply)
        time.sleep(0.5)
        connection.close()

    threading.Thread(target=serve, daemon=True).start()
    return server, int(server.getsockname()[1])


@pytest.mark.parametrize(
    ("reply", "message"), [(b"", "timed out"), (b"garbage\r\n", "malformed status line")]
)
def test_webhook_client_failures(reply: bytes, message: str) -> None:
    server, port = _silent_server(reply)
    with server, pytest.raises(webhook_client.WebhookError, match=message):
        asyncio.run(webhook_client.send("POST", f"http://127.0.0.1:{port}/x", {}, b"a=1", 0.2))
