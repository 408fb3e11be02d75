"""Telnyx TeXML through a real socket: the six operations, errors, lifecycle and signed callbacks."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from recording_clients.signatures import verify_telnyx
from recording_emulator.testing import CallbackReceiver, Emulator, ReceivedRequest

from .support import FORM, Telnyx, assert_form_payload, assert_response, unique


def start(telnyx: Telnyx, call: str, **form: Any) -> dict[str, Any]:
    response = telnyx.http.post(f"/Calls/{call}/Recordings.json", data=form)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def update(telnyx: Telnyx, call: str, sid: str, status: str) -> httpx.Response:
    return telnyx.http.post(f"/Calls/{call}/Recordings/{sid}.json", data={"Status": status})


def verify(request: ReceivedRequest, telnyx: Telnyx) -> None:
    verify_telnyx(
        telnyx.public_key,
        request.headers.get("telnyx-signature-ed25519"),
        request.headers.get("telnyx-timestamp"),
        request.body,
    )


def test_lifecycle_with_pause_and_resume(telnyx: Telnyx, emu: Emulator) -> None:
    call = telnyx.call()
    created = start(telnyx, call, RecordingChannels="single", RecordingTrack="inbound", PlayBeep="false")
    assert_response("telnyx_texml", "TexmlCallRecording", created)
    assert created["channels"] == 1 and created["track"] == "inbound" and created["duration"] is None
    assert created["call_sid"] == call and created["uri"].endswith(f"/Recordings/{created['sid']}.json")
    sid = created["sid"]
    emu.advance(10)
    paused = update(telnyx, call, sid, "paused")
    assert paused.status_code == 200 and paused.json()["status"] == "paused"
    assert update(telnyx, call, sid, "paused").status_code == 200  # idempotent
    emu.advance(100)
    assert update(telnyx, call, sid, "in-progress").json()["status"] == "in-progress"
    emu.advance(5)
    stopped = update(telnyx, call, sid, "stopped").json()
    assert_response("telnyx_texml", "TexmlCallRecording", stopped)
    assert stopped["duration"] == "15" and stopped["status"] == "completed"

    fetched = telnyx.http.get(f"/Recordings/{sid}.json").json()
    assert_response("telnyx_texml", "TexmlRecording", fetched)
    assert fetched["status"] == "completed" and fetched["media_url"].endswith(f"{sid}.mp3")
    assert fetched["uri"] == f"/v2/texml/Accounts/{telnyx.account_sid}/Recordings/{sid}.json"
    assert httpx.get(fetched["media_url"]).headers["content-type"] == "audio/mpeg"

    # updating a finished recording fails the provider's way (422)
    again = update(telnyx, call, sid, "paused")
    assert again.status_code == 422 and again.json()["errors"][0]["code"] == "10015"

    assert telnyx.http.delete(f"/Recordings/{sid}.json").status_code == 204
    assert telnyx.http.get(f"/Recordings/{sid}.json").status_code == 404


def test_json_bodies_like_the_python_sdk(telnyx: Telnyx) -> None:
    call = telnyx.call()
    created = telnyx.http.post(
        f"/Calls/{call}/Recordings.json", json={"RecordingChannels": "dual", "PlayBeep": True}
    )
    assert created.status_code == 200 and created.json()["channels"] == 2
    sid = created.json()["sid"]
    paused = telnyx.http.post(f"/Calls/{call}/Recordings/{sid}.json", json={"Status": "paused"})
    assert paused.json()["status"] == "paused"
    # Status is optional for Telnyx: nothing changes
    assert telnyx.http.post(f"/Calls/{call}/Recordings/{sid}.json", json={}).json()["status"] == "paused"


def test_encoded_colon_in_call_sid(telnyx: Telnyx) -> None:
    call = telnyx.call()
    encoded = call.replace(":", "%3A")
    assert telnyx.http.post(f"/Calls/{encoded}/Recordings.json").status_code == 200


def test_lists(telnyx: Telnyx, emu: Emulator) -> None:
    call = telnyx.call()
    sids = [start(telnyx, call)["sid"] for _ in range(3)]
    emu.advance(1)
    of_call = telnyx.http.get(f"/Calls/{call}/Recordings.json").json()
    assert_response("telnyx_texml", "TexmlRecordingPage", of_call)
    assert {r["sid"] for r in of_call["recordings"]} == set(sids)
    page = telnyx.http.get("/Recordings.json", params={"PageSize": 2, "Page": 0}).json()
    assert_response("telnyx_texml", "TexmlRecordingPage", page)
    assert len(page["recordings"]) == 2 and page["next_page_uri"] and page["previous_page_uri"] is None
    following = httpx.get(emu.url(page["next_page_uri"]), headers=telnyx.headers).json()
    assert following["page"] == 1 and following["previous_page_uri"]
    today = page["recordings"][0]["date_created"]
    assert today  # RFC 2822
    far = telnyx.http.get("/Recordings.json", params={"Page": 10**30, "PageSize": 10**20}).json()
    assert far["recordings"] == [] and far["next_page_uri"] is None
    dated = telnyx.http.get("/Recordings.json", params={"DateCreated": "2000-01-01"}).json()
    assert dated["recordings"] == []
    after = telnyx.http.get("/Recordings.json?DateCreated%3E=2000-01-01").json()
    assert len(after["recordings"]) >= 3


def test_callbacks_are_signed_and_match_the_spec(
    telnyx: Telnyx, emu: Emulator, receiver: CallbackReceiver
) -> None:
    path = unique()
    call = telnyx.call()
    sid = start(
        telnyx,
        call,
        RecordingStatusCallback=receiver.url(path),
        RecordingStatusCallbackEvent="in-progress completed",
        RecordingChannels="dual",
    )["sid"]
    emu.advance(8)
    update(telnyx, call, sid, "stopped")
    emu.flush()
    in_progress, completed = receiver.wait_for(path, 2)
    for request in (in_progress, completed):
        assert request.method == "POST"
        verify(request, telnyx)
        assert_form_payload("telnyx_texml", "TexmlRecordingStatusCallback", request.form())
    assert in_progress.form()["RecordingStatus"] == "in-progress"
    done = completed.form()
    assert done["RecordingStatus"] == "completed" and done["RecordingDuration"] == "8"
    assert done["CallSid"] == call and done["RecordingChannels"] == "2"
    assert httpx.get(done["RecordingUrl"]).status_code == 200


def test_get_callback_and_send_recording_url_false(
    telnyx: Telnyx, emu: Emulator, receiver: CallbackReceiver
) -> None:
    path = unique()
    call = telnyx.call()
    start(
        telnyx,
        call,
        RecordingStatusCallback=receiver.url(path),
        RecordingStatusCallbackMethod="GET",
        SendRecordingUrl="false",
    )
    emu.hang_up(call)  # hang-up completes the recording
    emu.flush()
    (request,) = receiver.wait_for(path, 1)  # default events: completed only
    assert request.method == "GET" and request.body == b""
    verify(request, telnyx)
    payload = request.form()
    assert payload["RecordingStatus"] == "completed" and "RecordingUrl" not in payload
    assert_form_payload("telnyx_texml", "TexmlRecordingStatusCallback", payload)


def _error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert_response("telnyx_texml", "TelnyxErrors", body)
    entry: dict[str, Any] = body["errors"][0]
    assert entry["code"] == code
    return entry


def test_errors_in_telnyx_shape(telnyx: Telnyx, emu: Emulator) -> None:
    call = telnyx.call()
    url = f"/Calls/{call}/Recordings.json"
    _error(httpx.post(telnyx.http.base_url.join(url.lstrip("/"))), 401, "10009")
    _error(
        httpx.post(telnyx.http.base_url.join(url.lstrip("/")), headers={"Authorization": "Bearer KEY_nope"}),
        401,
        "10009",
    )
    other = emu.url(f"/v2/texml/Accounts/00000000-0000-4000-8000-00000000beef/Calls/{call}/Recordings.json")
    _error(httpx.post(other, headers=telnyx.headers), 404, "10005")
    _error(telnyx.http.post("/Calls/v3:unknowncall/Recordings.json"), 404, "10005")
    _error(telnyx.http.post("/Calls/not-a-call-sid/Recordings.json"), 400, "10015")
    entry = _error(telnyx.http.post(url, data={"RecordingChannels": "mono"}), 422, "10032")
    assert entry["source"] == {"pointer": "/RecordingChannels"}
    _error(telnyx.http.post(url, data={"PlayBeep": "maybe"}), 422, "10026")
    _error(telnyx.http.post(url, content=b"hello", headers={"content-type": "text/plain"}), 415, "10014")
    _error(
        telnyx.http.post(url, content=b"{oops", headers={"content-type": "application/json"}), 400, "10015"
    )
    _error(telnyx.http.put(url), 405, "10015")
    _error(telnyx.http.get("/Recordings/6a09cdc3-8948-47f0-aa62-74ac943d6c58.json"), 404, "10005")
    _error(telnyx.http.get("/Recordings.json", params={"PageSize": 0}), 400, "10015")
    _error(telnyx.http.post(url, data={"RecordingStatusCallback": "x" * 70_000}), 413, "10015")
    emu.hang_up(call)
    _error(telnyx.http.post(url), 422, "90018")


@pytest.mark.parametrize("status", ["paused", "in-progress", "stopped"])
def test_update_unknown_recording(telnyx: Telnyx, status: str) -> None:
    call = telnyx.call()
    missing = telnyx.http.post(
        f"/Calls/{call}/Recordings/6a09cdc3-8948-47f0-aa62-74ac943d6c58.json",
        content=f"Status={status}",
        headers=FORM,
    )
    assert missing.status_code == 404
