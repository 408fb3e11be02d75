"""Plivo through a real socket: every operation, its errors, the lifecycles and the five callback kinds."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from recording_clients.signatures import verify_plivo_v3
from recording_emulator.testing import CallbackReceiver, Emulator, ReceivedRequest

from .support import Plivo, assert_form_payload, assert_response, unique

UUID = r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"


def verify(request: ReceivedRequest, plivo: Plivo) -> None:
    """Both V3 headers check out with the account's auth token (as plivo.utils.validate_v3_signature)."""
    params: dict[str, str] = request.form() if request.method == "POST" else {}
    url = request.url if request.method == "GET" else request.url.split("?")[0]
    nonce = request.headers["x-plivo-signature-v3-nonce"]
    for header in ("x-plivo-signature-v3", "x-plivo-signature-ma-v3"):
        verify_plivo_v3(request.method, url, nonce, plivo.auth_token, request.headers[header], params)


def start(plivo: Plivo, call: str, **body: Any) -> dict[str, Any]:
    response = plivo.http.post(f"/Call/{call}/Record/", json=body)
    assert response.status_code == 202, response.text
    result: dict[str, Any] = response.json()
    return result


# --- call recording ---------------------------------------------------------------------------------


def test_call_recording_start_stop_get_list_delete(plivo: Plivo, emu: Emulator) -> None:
    call = plivo.call()
    started = start(plivo, call, time_limit=120, file_format="wav")
    assert started["message"] == "call recording started"
    assert started["url"].endswith(f"/Recording/{started['recording_id']}.wav")
    assert_response("plivo", "PlivoCallRecordingStarted", started)
    # a running recording is not a Recording resource yet
    assert plivo.http.get(f"/Recording/{started['recording_id']}/").status_code == 404

    emu.advance(12.5)
    stopped = plivo.http.delete(f"/Call/{call}/Record/")
    assert stopped.status_code == 204 and stopped.content == b""

    got = plivo.http.get(f"/Recording/{started['recording_id']}/")
    assert got.status_code == 200
    recording = got.json()
    assert_response("plivo", "PlivoRecording", recording)
    assert recording["recording_duration_ms"] == "12500.00000"
    assert recording["call_uuid"] == call and recording["recording_format"] == "wav"
    assert recording["rounded_recording_duration"] == 60

    listed = plivo.http.get("/Recording/", params={"call_uuid": call}).json()
    assert_response("plivo", "PlivoRecordingList", listed)
    assert [o["recording_id"] for o in listed["objects"]] == [started["recording_id"]]
    assert listed["meta"]["total_count"] == 1 and listed["meta"]["next"] is None

    assert plivo.http.delete(f"/Recording/{started['recording_id']}/").status_code == 204
    gone = plivo.http.get(f"/Recording/{started['recording_id']}/")
    assert gone.status_code == 404 and set(gone.json()) == {"api_id", "error"}
    assert plivo.http.delete(f"/Recording/{started['recording_id']}/").status_code == 404


def test_time_limit_stops_at_the_limit(plivo: Plivo, emu: Emulator) -> None:
    call = plivo.call()
    started = start(plivo, call, time_limit="5")  # numeric strings are accepted (the docs' curl sends one)
    emu.advance(30)
    recording = plivo.http.get(f"/Recording/{started['recording_id']}/").json()
    assert recording["recording_duration_ms"] == "5000.00000"
    # nothing left to stop
    assert plivo.http.delete(f"/Call/{call}/Record/").status_code == 404


def test_default_time_limit_is_60_seconds(plivo: Plivo, emu: Emulator) -> None:
    call = plivo.call()
    started = start(plivo, call)
    emu.advance(61)
    recording = plivo.http.get(f"/Recording/{started['recording_id']}/").json()
    assert recording["recording_duration_ms"] == "60000.00000"


def test_hang_up_ends_recordings_and_blocks_new_ones(plivo: Plivo, emu: Emulator) -> None:
    call = plivo.call()
    started = start(plivo, call)
    emu.advance(3)
    emu.hang_up(call)
    assert (
        plivo.http.get(f"/Recording/{started['recording_id']}/").json()["recording_duration_ms"]
        == "3000.00000"
    )
    refused = plivo.http.post(f"/Call/{call}/Record/", json={})
    assert refused.status_code == 404 and refused.json()["error"] == "call not found"


def test_stop_one_recording_by_url(plivo: Plivo, emu: Emulator) -> None:
    call = plivo.call()
    first, second = start(plivo, call), start(plivo, call)
    emu.advance(2)
    # the SDKs send URL in a JSON body (ruby/php) or the query string (docs); both work
    assert (
        plivo.http.request("DELETE", f"/Call/{call}/Record/", json={"URL": first["url"]}).status_code == 204
    )
    assert plivo.http.get(f"/Recording/{first['recording_id']}/").status_code == 200
    assert plivo.http.get(f"/Recording/{second['recording_id']}/").status_code == 404  # still running
    assert plivo.http.delete(f"/Call/{call}/Record/", params={"URL": second["url"]}).status_code == 204
    assert plivo.http.get(f"/Recording/{second['recording_id']}/").status_code == 200


def test_py_sdk_style_requests_are_tolerated(plivo: Plivo) -> None:
    """py leaks path ids into bodies and sends Content-Type: application/json on GET; no trailing slash."""
    call = plivo.call()
    started = plivo.http.post(f"/Call/{call}/Record", json={"call_uuid": call, "time_limit": 30, "x": 1})
    assert started.status_code == 202
    stopped = plivo.http.request("DELETE", f"/Call/{call}/Record", json={"call_uuid": call})
    assert stopped.status_code == 204
    listed = plivo.http.get("/Recording", headers={"content-type": "application/json"})
    assert listed.status_code == 200


# --- asynchronous mode and the recording-ended callback -----------------------------------------------


def test_async_mode_and_recording_ended_callback(
    plivo: Plivo, emu: Emulator, receiver: CallbackReceiver
) -> None:
    path = unique()
    call = plivo.call()
    answer = start(plivo, call, callback_url=receiver.url(path) + "#ct=2000&rc=1", time_limit=60)
    assert answer["message"] == "async api spawned" and set(answer) == {"api_id", "message"}
    assert_response("plivo", "PlivoAsyncAck", answer)
    emu.advance(7)
    assert plivo.http.delete(f"/Call/{call}/Record/").status_code == 204
    emu.flush()
    first, second = receiver.wait_for(path, 2)
    for request in (first, second):
        assert request.method == "POST"
        assert request.headers["content-type"] == "application/x-www-form-urlencoded"
        verify(request, plivo)
    assert_form_payload("plivo", "PlivoAsyncResponseCallback", first.form())
    response = json.loads(first.form()["response"])
    assert response["api_id"] == answer["api_id"] and response["message"] == "call recording started"
    ended = second.form()
    assert_form_payload("plivo", "PlivoCallRecordingCallback", ended)
    assert ended["call_uuid"] == call and ended["recording_id"] == response["recording_id"]
    assert ended["recording_duration"] == "7" and ended["recording_duration_ms"] == "7000.00000"
    assert ended["api_id"] == answer["api_id"]
    assert httpx.get(ended["record_url"]).status_code == 200  # the media is served there


def test_get_callback_uses_the_query_string(plivo: Plivo, emu: Emulator, receiver: CallbackReceiver) -> None:
    path = unique()
    call = plivo.call()
    start(plivo, call, callback_url=receiver.url(path) + "?tenant=7", callback_method="GET")
    plivo.http.delete(f"/Call/{call}/Record/")
    emu.flush()
    requests = receiver.wait_for(path, 2)
    assert all(r.method == "GET" and r.body == b"" for r in requests)
    assert "tenant=7" in requests[1].query
    assert_form_payload(
        "plivo", "PlivoCallRecordingCallback", {k: v for k, v in requests[1].form().items() if k != "tenant"}
    )
    for request in requests:
        verify(request, plivo)


# --- transcription ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "error"),
    [
        (90, ""),
        (0.4, "Recording duration too short for transcription"),
        (4 * 3600 + 1, "Recording duration too long for transcription"),
    ],
)
def test_transcription_callback(
    plivo: Plivo, emu: Emulator, receiver: CallbackReceiver, seconds: float, error: str
) -> None:
    path = unique()
    call = plivo.call()
    emu.control("POST", f"/calls/{call}/transcript", json={"text": "Hello from the emulator."})
    started = start(plivo, call, time_limit=5 * 3600, transcription_url=receiver.url(path))
    emu.advance(seconds)
    plivo.http.delete(f"/Call/{call}/Record/")
    emu.flush()
    (request,) = receiver.wait_for(path, 1)
    verify(request, plivo)
    payload = request.form()
    assert_form_payload("plivo", "PlivoTranscriptionCallback", payload)
    assert payload["recording_id"] == started["recording_id"] and payload["call_uuid"] == call
    assert payload["error"] == error
    assert payload["transcription_rate"] == "0.05000"
    if error:
        assert payload["transcription"] == "" and payload["transcription_charge"] == "0"
    else:
        assert payload["transcription"] == "Hello from the emulator."
        assert payload["transcription_charge"] == "0.10000"  # two started minutes at 0.05
        assert payload["duration"] == "90"


# --- conference recording -----------------------------------------------------------------------------


def test_conference_recording(plivo: Plivo, emu: Emulator, receiver: CallbackReceiver) -> None:
    name = "room-" + unique("")[1:9]
    path = unique()
    assert emu.control("POST", "/conferences", json={"name": name}).status_code == 201
    response = plivo.http.post(f"/Conference/{name}/Record/", json={"file_format": "mp3"})
    assert response.status_code == 202
    started = response.json()
    assert started["message"] == "conference recording started"
    assert_response("plivo", "PlivoConferenceRecordingStarted", started)
    async_answer = plivo.http.post(f"/Conference/{name}/Record/", json={"callback_url": receiver.url(path)})
    assert async_answer.json()["message"] == "async api spawned"
    emu.advance(4)
    assert plivo.http.delete(f"/Conference/{name}/Record/").status_code == 204
    assert plivo.http.delete(f"/Conference/{name}/Record/").status_code == 404  # nothing left
    recording = plivo.http.get(f"/Recording/{started['recording_id']}/").json()
    assert recording["conference_name"] == name and recording["recording_type"] == "conference"
    emu.flush()
    _, ended = receiver.wait_for(path, 2)
    assert_form_payload("plivo", "PlivoConferenceRecordingCallback", ended.form())
    assert ended.form()["conference_name"] == name and "call_uuid" not in ended.form()
    assert plivo.http.post("/Conference/no-such-room/Record/", json={}).status_code == 404


# --- multiparty call recording ------------------------------------------------------------------------


@pytest.mark.parametrize("address", ["name", "uuid"])
def test_mpc_lifecycle_and_ordered_events(
    plivo: Plivo, emu: Emulator, receiver: CallbackReceiver, address: str
) -> None:
    name = "mpc_" + unique("")[1:9]
    path = unique()
    mpc = emu.control("POST", "/mpcs", json={"name": name}).json()
    segment = f"name_{name}" if address == "name" else f"uuid_{mpc['uuid']}"
    base = f"/MultiPartyCall/{segment}/Record"
    receiver.fail(path, 503)  # the first event is retried; later ones must wait for it (in order)
    started = plivo.http.post(
        f"{base}/",
        json={"file_format": "wav", "recording_callback_url": receiver.url(path), "record_track_type": ""},
    )
    assert started.status_code == 200, started.text
    body = started.json()
    assert body["message"] == f"MPC: {name} record started"
    assert_response("plivo", "PlivoMpcRecordingStarted", body)
    assert plivo.http.post(f"{base}/Resume/").status_code == 204  # not paused: a no-op, no event
    emu.advance(10)
    assert plivo.http.post(f"{base}/Pause/", json={"friendly_name": name}).status_code == 204
    assert plivo.http.post(f"{base}/Pause/").status_code == 204  # already paused: a no-op, no event
    emu.advance(20)  # paused time is not recorded
    assert plivo.http.post(f"{base}/Resume/").status_code == 204
    emu.advance(5)
    assert plivo.http.delete(f"{base}/").status_code == 204
    assert plivo.http.delete(f"{base}/").status_code == 404  # nothing left to stop
    emu.flush()

    events = [r for r in receiver.wait_for(path, 5) if r.form()]
    forms = [r.form() for r in events]
    assert [f["EventName"] for f in forms] == [
        "MPCRecordingInitiated",
        "MPCRecordingInitiated",  # the failed first attempt, then its retry
        "MPCRecordingPaused",
        "MPCRecordingResumed",
        "MPCRecordingCompleted",
    ]
    assert [int(f["SequenceNumber"]) for f in forms[1:]] == [1, 2, 3, 4]
    for request in events:
        verify(request, plivo)
        assert_form_payload("plivo", "PlivoMpcRecordingEvent", request.form())
    completed = forms[-1]
    assert completed["RecordingDuration"] == "15" and completed["MPCUUID"] == mpc["uuid"]
    assert completed["RecordingUUID"] == body["recording_id"]
    recording = plivo.http.get(f"/Recording/{body['recording_id']}/").json()
    assert recording["recording_duration_ms"] == "15000.00000" and recording["mpc_name"] == name
    assert httpx.get(completed["RecordingURL"]).headers["content-type"] == "audio/wav"


def test_mpc_unknown_and_ended(plivo: Plivo, emu: Emulator) -> None:
    assert plivo.http.post("/MultiPartyCall/name_nobody/Record/", json={}).status_code == 404
    mpc = emu.control("POST", "/mpcs", json={"name": "short_lived"}).json()
    started = plivo.http.post(f"/MultiPartyCall/uuid_{mpc['uuid']}/Record/", json={}).json()
    emu.advance(3)
    assert emu.control("DELETE", f"/mpcs/{mpc['uuid']}").status_code == 204
    assert plivo.http.post(f"/MultiPartyCall/uuid_{mpc['uuid']}/Record/Pause/").status_code == 404
    assert (
        plivo.http.get(f"/Recording/{started['recording_id']}/").json()["recording_duration_ms"]
        == "3000.00000"
    )


def test_mpc_transcription_and_async_mode(plivo: Plivo, emu: Emulator, receiver: CallbackReceiver) -> None:
    path, async_path = unique(), unique()
    mpc = emu.control(
        "POST", "/mpcs", json={"name": "with_text", "transcript": "Minutes of the meeting."}
    ).json()
    answer = plivo.http.post(
        f"/MultiPartyCall/uuid_{mpc['uuid']}/Record/",
        json={
            "transcription_url": receiver.url(path),
            "transcript": True,
            "callback_url": receiver.url(async_path),
        },
    )
    assert answer.json()["message"] == "async api spawned"
    emu.advance(30)
    plivo.http.delete(f"/MultiPartyCall/uuid_{mpc['uuid']}/Record/")
    emu.flush()
    (transcription,) = receiver.wait_for(path, 1)
    assert transcription.form()["transcription"] == "Minutes of the meeting."
    (async_response,) = receiver.wait_for(async_path, 1)
    assert json.loads(async_response.form()["response"])["message"].endswith("record started")


# --- listing ------------------------------------------------------------------------------------------


def test_list_pagination_and_filters(plivo: Plivo, emu: Emulator) -> None:
    call = plivo.call()
    ids = []
    for _ in range(5):
        ids.append(start(plivo, call)["recording_id"])
        emu.advance(1)
        plivo.http.delete(f"/Call/{call}/Record/")
    page = plivo.http.get("/Recording/", params={"call_uuid": call, "limit": 2, "offset": 0}).json()
    assert page["meta"]["total_count"] == 5 and len(page["objects"]) == 2
    assert page["meta"]["previous"] is None and "offset=2" in page["meta"]["next"]
    last = plivo.http.get("/Recording/", params={"call_uuid": call, "limit": 2, "offset": 4}).json()
    assert (
        len(last["objects"]) == 1 and last["meta"]["next"] is None and "offset=2" in last["meta"]["previous"]
    )
    listed = {
        o["recording_id"] for o in plivo.http.get("/Recording/", params={"call_uuid": call}).json()["objects"]
    }
    assert listed == set(ids)

    def count(**params: str | int) -> int:
        page = plivo.http.get("/Recording/", params={"call_uuid": call, **params}).json()
        return int(page["meta"]["total_count"])

    assert count(from_number="+15550001111") == 5 and count(to_number="+10000000000") == 0
    assert count(recording_storage_duration=1) == 5 and count(recording_storage_duration__gt=1) == 0
    emu.advance(2.5 * 86400)  # stored for 3 days now (rounded up)
    assert count(recording_storage_duration=3) == 5 and count(recording_storage_duration__lte=2) == 0
    assert count(recording_storage_duration__gte=2, recording_storage_duration__lt=4) == 5
    assert plivo.http.get("/Recording/", params={"limit": 21}).status_code == 400
    assert (
        plivo.http.get(
            "/Recording/", params={"add_time__gt": "2020-01-01 00:00", "add_time__lt": "2020-03-01 00:00"}
        ).status_code
        == 400
    )
    assert (
        plivo.http.get("/Recording/", params={"subaccount": "SAXXXXXXXXXXXXXXXXXX"}).json()["objects"] == []
    )


# --- errors -------------------------------------------------------------------------------------------


def _error(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert_response("plivo", "PlivoError", body)
    assert set(body) == {"api_id", "error"}
    return str(body["error"])


def test_errors_in_plivo_shape(plivo: Plivo, emu: Emulator) -> None:
    call = plivo.call()
    url = f"/Call/{call}/Record/"
    assert (
        _error(httpx.post(plivo.http.base_url.join(url.lstrip("/")), json={}), 401) == "authentication failed"
    )
    wrong = httpx.post(plivo.http.base_url.join(url.lstrip("/")), json={}, auth=(plivo.auth_id, "nope"))
    assert _error(wrong, 401) == "authentication failed"
    other_account = httpx.post(
        emu.url(f"/v1/Account/MAOTHERACCOUNT000001/Call/{call}/Record/"),
        json={},
        auth=(plivo.auth_id, plivo.auth_token),
    )
    _error(other_account, 401)
    _error(plivo.http.post("/Call/3a2e4c90-dcee-4931-8a59-f123ab507e60/Record/", json={}), 404)
    _error(plivo.http.post("/Call/not-a-uuid/Record/", json={}), 400)
    assert "file_format" in _error(plivo.http.post(url, json={"file_format": "ogg"}), 400)
    _error(plivo.http.post(url, json={"time_limit": 0}), 400)
    _error(plivo.http.post(url, content=b"{not json", headers={"content-type": "application/json"}), 400)
    _error(plivo.http.post(url, content=b"[1, 2]", headers={"content-type": "application/json"}), 400)
    _error(plivo.http.post(url, data={"time_limit": "5"}), 415)
    _error(plivo.http.post(url, content=b"\xff\xfe", headers={"content-type": "application/json"}), 400)
    oversized = plivo.http.post(url, json={"callback_url": "http://127.0.0.1/" + "a" * 70_000})
    _error(oversized, 413)
    not_allowed = plivo.http.put(url, json={})
    assert _error(not_allowed, 405) == "method not allowed"
    assert not_allowed.headers["allow"] == "DELETE, POST"
    _error(plivo.http.get("/NoSuchResource/"), 404)
    _error(plivo.http.get("/Recording/zzzzzzzz-zzzz-zzzz/"), 404)
