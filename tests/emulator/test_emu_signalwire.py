"""SignalWire LaML over a real socket: both prefixes, optional .json, errors, lifecycle, signed callbacks."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from recording_clients.signatures import verify_signalwire
from recording_emulator.testing import CallbackReceiver, Emulator, ReceivedRequest

from .support import FORM, SignalWire, assert_form_payload, assert_response, unique

TWILIO_META_KEYS = {
    "end",
    "first_page_uri",
    "next_page_uri",
    "last_page_uri",
    "page",
    "page_size",
    "previous_page_uri",
    "total",
    "num_pages",
    "start",
    "uri",
}


def start(sw: SignalWire, call: str, pairs: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    response = sw.http.post(f"/Calls/{call}/Recordings.json", content=urlencode(pairs or []), headers=FORM)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def update(sw: SignalWire, call: str, sid: str, **form: str) -> httpx.Response:
    return sw.http.post(f"/Calls/{call}/Recordings/{sid}.json", data=form)


def verify(request: ReceivedRequest, sw: SignalWire) -> None:
    """Twilio's scheme: the URL as requested (query included) plus the sorted POST fields."""
    params: dict[str, str] = request.form() if request.method == "POST" else {}
    verify_signalwire(request.url, params, sw.signing_key, request.headers.get("x-signalwire-signature"))
    assert request.headers["x-twilio-signature"] == request.headers["x-signalwire-signature"]


@pytest.mark.parametrize("prefix", ["/api/laml/2010-04-01", "/2010-04-01"])
def test_lifecycle_on_both_prefixes(emu: Emulator, prefix: str) -> None:
    sw = SignalWire(emu, prefix)
    call = sw.call()
    created = start(sw, call, [("RecordingChannels", "dual"), ("Trim", "trim-silence")])
    assert_response("signalwire_laml", "LamlRecording", created)
    assert (
        created["status"] == "in-progress" and created["channels"] == 2 and created["trim"] == "trim-silence"
    )
    sid = created["sid"]
    emu.advance(10)
    # PauseBehavior=skip cuts the paused stretch, silence (the default) keeps it
    assert update(sw, call, sid, Status="paused", PauseBehavior="skip").json()["status"] == "paused"
    emu.advance(30)
    assert update(sw, call, sid, Status="in-progress").json()["status"] == "in-progress"
    emu.advance(5)
    assert update(sw, call, sid, Status="paused").status_code == 200
    emu.advance(4)
    stopped = sw.http.post(f"/Calls/{call}/Recordings/{sid}", data={"Status": "stopped"})  # without .json
    assert stopped.status_code == 200
    assert stopped.json()["duration"] == 19 and stopped.json()["status"] == "completed"

    fetched = sw.http.get(f"/Recordings/{sid}.json").json()
    assert_response("signalwire_laml", "LamlRecording", fetched)
    assert fetched["uri"] == f"/api/laml/2010-04-01/Accounts/{sw.project_id}/Recordings/{sid}.json"
    conflict = update(sw, call, sid, Status="paused")
    assert conflict.status_code == 422 and conflict.json()["code"] == 21220

    # without an extension the recording URL is the WAV file (no auth needed), .mp3 the MP3 file
    assert httpx.get(sw.http.base_url.join(f"Recordings/{sid}")).headers["content-type"] == "audio/wav"
    assert httpx.get(sw.http.base_url.join(f"Recordings/{sid}.mp3")).headers["content-type"] == "audio/mpeg"

    deleted = sw.http.delete(f"/Recordings/{sid}.json")
    assert deleted.status_code == 204 and deleted.content == b""
    assert sw.http.get(f"/Recordings/{sid}.json").status_code == 404
    assert httpx.get(sw.http.base_url.join(f"Recordings/{sid}")).status_code == 404


def test_list_envelope_is_twilio_pageable(signalwire: SignalWire, emu: Emulator) -> None:
    call = signalwire.call()
    sids = [start(signalwire, call)["sid"] for _ in range(3)]
    page = signalwire.http.get(f"/Calls/{call}/Recordings.json", params={"PageSize": 2}).json()
    assert_response("signalwire_laml", "LamlRecordingList", page)
    assert set(page) - TWILIO_META_KEYS == {"recordings"}  # twilio-python needs exactly one list key
    assert len(page["recordings"]) == 2 and page["next_page_uri"].startswith("/api/laml/2010-04-01/")
    rest = httpx.get(emu.url(page["next_page_uri"]), auth=signalwire.auth).json()
    assert {r["sid"] for r in page["recordings"] + rest["recordings"]} == set(sids)
    by_call = signalwire.http.get("/Recordings.json", params={"CallSid": call}).json()
    assert {r["sid"] for r in by_call["recordings"]} == set(sids)
    before = signalwire.http.get("/Recordings.json?DateCreated%3C=2000-01-01").json()
    assert before["recordings"] == []
    rfc = signalwire.http.get("/Recordings.json", params={"DateCreated": "Wed, 26 Sep 2018 00:00:00 +0000"})
    assert rfc.status_code == 200 and rfc.json()["recordings"] == []


def test_callbacks_repeated_event_keys_and_signature(
    signalwire: SignalWire, emu: Emulator, receiver: CallbackReceiver
) -> None:
    path = unique()
    call = signalwire.call()
    created = start(
        signalwire,
        call,
        [
            ("RecordingStatusCallback", receiver.url(path) + "?x=1"),
            ("RecordingStatusCallbackEvent", "in-progress"),  # twilio-python repeats the key
            ("RecordingStatusCallbackEvent", "completed"),
        ],
    )
    emu.advance(6)
    update(signalwire, call, created["sid"], Status="stopped")
    emu.flush()
    requests = receiver.wait_for(path, 2)
    assert [r.form()["RecordingStatus"] for r in requests] == ["in-progress", "completed"]
    for request in requests:
        verify(request, signalwire)
        payload = {k: v for k, v in request.form().items()}
        assert_form_payload("signalwire_laml", "LamlRecordingStatusCallback", payload)
    done = requests[1].form()
    assert done["RecordingDuration"] == "6" and done["RecordingSid"] == created["sid"]
    assert httpx.get(done["RecordingUrl"]).headers["content-type"] == "audio/wav"


def test_get_callback(signalwire: SignalWire, emu: Emulator, receiver: CallbackReceiver) -> None:
    path = unique()
    call = signalwire.call()
    start(
        signalwire,
        call,
        [("RecordingStatusCallback", receiver.url(path)), ("RecordingStatusCallbackMethod", "GET")],
    )
    emu.hang_up(call)
    emu.flush()
    (request,) = receiver.wait_for(path, 1)
    assert request.method == "GET"
    verify(request, signalwire)
    assert_form_payload("signalwire_laml", "LamlRecordingStatusCallback", request.form())


def _error(response: httpx.Response, status: int, code: int) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert_response("signalwire_laml", "SignalWireError", body)
    assert body["code"] == code and body["status"] == status


def test_errors_in_signalwire_shape(signalwire: SignalWire, emu: Emulator) -> None:
    call = signalwire.call()
    url = f"/Calls/{call}/Recordings.json"
    _error(httpx.post(signalwire.http.base_url.join(url.lstrip("/"))), 401, 20003)
    _error(
        httpx.post(signalwire.http.base_url.join(url.lstrip("/")), auth=(signalwire.project_id, "x")),
        401,
        20003,
    )
    other = emu.url(
        f"/api/laml/2010-04-01/Accounts/00000000-0000-4000-8000-00000000beef/Calls/{call}/Recordings.json"
    )
    _error(httpx.post(other, auth=signalwire.auth), 404, 20404)
    _error(signalwire.http.post("/Calls/43bb71ee-553f-4074-bb20-8e2747647cce/Recordings.json"), 404, 20404)
    _error(signalwire.http.post("/Calls/NOT-A-UUID/Recordings.json"), 400, 10000)
    _error(signalwire.http.post(url, data={"Trim": "sometimes"}), 400, 13699)
    _error(signalwire.http.post(url, data={"RecordingStatusCallbackEvent": "ringing"}), 422, 13621)
    _error(signalwire.http.post(url, json={"Trim": "do-not-trim"}), 415, 10000)
    _error(signalwire.http.patch(url), 405, 20004)
    _error(signalwire.http.get("/Recordings/19e436af-5688-4307-b03b-bdb2b42b8142.json"), 404, 20404)
    _error(signalwire.http.get("/Recordings.json", params={"PageSize": 5000}), 400, 10000)
    sid = start(signalwire, call)["sid"]
    _error(
        signalwire.http.post(f"/Calls/{call}/Recordings/{sid}.json", data={}), 400, 10000
    )  # Status required
    emu.hang_up(call)
    _error(signalwire.http.post(url), 400, 21220)
    _error(httpx.get(emu.url("/api/laml/2010-04-01/Nothing/Here")), 404, 20404)
