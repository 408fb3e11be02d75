"""The ``signalwire`` 2.x SDK (``signalwire.rest.Client``, on twilio 6.54), unmodified, on the emulator.

Recipe: the client forces ``https://`` onto ``signalwire_space_url``, so after construction the API domain's
``base_url`` is replaced with the emulator's ``http://127.0.0.1:PORT``; the SDK then calls
``/2010-04-01/Accounts/{project}/...`` (which the emulator serves) and follows ``next_page_uri``
(``/api/laml/2010-04-01/...``) on the same host. Credentials: project id, API token and the signing key for
webhooks from ``GET /_emulator/accounts``.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from recording_emulator.testing import CallbackReceiver, Emulator, ReceivedRequest
from signalwire.request_validator import RequestValidator
from signalwire.rest import Client
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.request_validator import RequestValidator as TwilioRequestValidator

from .conftest import unique_path

pytestmark = pytest.mark.sdk

UNKNOWN_RECORDING = "0b7b8c6e-5a0e-4a46-9f6e-000000000000"


def make_client(emu: Emulator, token: str | None = None) -> Client:
    account = emu.accounts["signalwire"]
    client = Client(
        account["project_id"], token or account["api_token"], signalwire_space_url="example.signalwire.com"
    )
    client.api.base_url = emu.base_url  # undo the forced https
    return client


@pytest.fixture(scope="module")
def client(emu: Emulator) -> Client:
    return make_client(emu)


@pytest.fixture(scope="module")
def project(emu: Emulator) -> str:
    return emu.accounts["signalwire"]["project_id"]


def finished_call(client: Client, emu: Emulator, count: int) -> tuple[str, list[str]]:
    """A call with ``count`` recordings, all completed, one emulator second apart (oldest first)."""
    call = emu.new_call("signalwire")
    sids = []
    for _ in range(count):
        sids.append(client.calls(call).recordings.create().sid)
        emu.advance(1)
    emu.hang_up(call)
    return call, sids


# --- call recordings: create, update, list ----------------------------------------------------------


def test_create_update_list(client: Client, emu: Emulator, project: str) -> None:
    call = emu.new_call("signalwire")
    created = client.calls(call).recordings.create(
        recording_channels="mono", recording_track="inbound", trim="do-not-trim"
    )
    assert (created.account_sid, created.call_sid, created.status) == (project, call, "in-progress")
    assert created.api_version == "2010-04-01"
    assert created.channels == 1
    assert isinstance(created.date_created, datetime.datetime)  # RFC 2822 parsed by twilio's deserializer
    assert isinstance(created.start_time, datetime.datetime)
    assert (
        created.uri == f"/api/laml/2010-04-01/Accounts/{project}/Calls/{call}/Recordings/{created.sid}.json"
    )

    recording = client.calls(call).recordings(created.sid)
    emu.advance(2)
    assert recording.update(status="paused", pause_behavior="skip").status == "paused"
    emu.advance(10)
    assert recording.update(status="in-progress").status == "in-progress"
    emu.advance(3)
    stopped = recording.update(status="stopped")
    assert stopped.status == "completed"
    assert stopped.duration == 5  # PauseBehavior=skip cuts the paused stretch
    assert stopped.price is not None and stopped.price_unit == "USD"

    listed = client.calls(call).recordings.list()
    assert [r.sid for r in listed] == [created.sid]
    assert listed[0].duration == 5


def test_pause_default_behavior_keeps_silence(client: Client, emu: Emulator) -> None:
    call = emu.new_call("signalwire")
    sid = client.calls(call).recordings.create().sid
    emu.advance(2)
    client.calls(call).recordings(sid).update(status="paused")  # SignalWire's default: PauseBehavior=silence
    emu.advance(4)
    client.calls(call).recordings(sid).update(status="in-progress")
    emu.advance(1)
    assert client.calls(call).recordings(sid).update(status="stopped").duration == 7


def test_update_errors(client: Client, emu: Emulator) -> None:
    call = emu.new_call("signalwire")
    sid = client.calls(call).recordings.create().sid
    client.calls(call).recordings(sid).update(status="stopped")
    with pytest.raises(TwilioRestException) as caught:  # the recording is already completed
        client.calls(call).recordings(sid).update(status="paused")
    assert (caught.value.status, caught.value.code) == (422, 21220)
    with pytest.raises(TwilioRestException) as caught:
        client.calls(call).recordings(UNKNOWN_RECORDING).update(status="paused")
    assert caught.value.status == 404
    emu.hang_up(call)
    with pytest.raises(TwilioRestException) as caught:  # the call has ended
        client.calls(call).recordings.create()
    assert (caught.value.status, caught.value.code) == (400, 21220)


# --- account recordings: fetch, delete, list with filters and pagination ----------------------------


def test_fetch_and_delete(client: Client, emu: Emulator, project: str) -> None:
    call, (sid,) = finished_call(client, emu, 1)
    fetched = client.recordings(sid).fetch()  # SignalWire's patched RecordingInstance: strict field reads
    assert (fetched.sid, fetched.call_sid, fetched.status, fetched.duration) == (sid, call, "completed", 1)
    assert fetched.uri == f"/api/laml/2010-04-01/Accounts/{project}/Recordings/{sid}.json"
    assert fetched.source == "StartCallRecordingApi"

    assert client.recordings(sid).delete() is True
    with pytest.raises(TwilioRestException) as caught:
        client.recordings(sid).fetch()
    error = caught.value
    assert (error.status, error.code, error.method) == (404, 20404, "GET")
    assert error.msg == "Unable to fetch record: The requested resource was not found"
    assert client.calls(call).recordings.list() == []
    with pytest.raises(TwilioRestException) as caught:
        client.recordings(sid).delete()
    assert (caught.value.status, caught.value.msg) == (
        404,
        "Unable to delete record: The requested resource was not found",
    )
    with pytest.raises(TwilioRestException):
        client.recordings(UNKNOWN_RECORDING).fetch()


def test_list_filters(client: Client, emu: Emulator) -> None:
    call, sids = finished_call(client, emu, 2)
    created = {sid: client.recordings(sid).fetch().date_created for sid in sids}
    day = created[sids[0]].date()
    same_day = {sid for sid, when in created.items() if when.date() == day}
    next_day = day + datetime.timedelta(days=1)
    assert [r.sid for r in client.recordings.list(call_sid=call)] == sids[::-1]
    # the project list sends DateCreated as 2024-05-01T00:00:00Z, the call list as 2024-05-01
    assert {r.sid for r in client.recordings.list(call_sid=call, date_created=day)} == same_day
    assert {r.sid for r in client.calls(call).recordings.list(date_created=day)} == same_day
    assert client.recordings.list(call_sid=call, date_created=next_day + datetime.timedelta(days=1)) == []
    assert (
        client.recordings.list(call_sid=call, date_created_after=next_day + datetime.timedelta(days=1)) == []
    )
    assert len(client.recordings.list(call_sid=call, date_created_before=next_day)) == 2
    assert len(client.calls(call).recordings.list(date_created_after=day)) == 2


def test_account_list_follows_next_page_uri(client: Client, emu: Emulator) -> None:
    call, sids = finished_call(client, emu, 7)
    listed = client.recordings.list(call_sid=call, page_size=3)  # three pages: 3 + 3 + 1
    assert [r.sid for r in listed] == sids[::-1]

    first = client.recordings.page(call_sid=call, page_size=3)
    assert first.next_page_url is not None and "Page=1&PageSize=3&PageToken=" in first.next_page_url
    second = first.next_page()
    third = second.next_page()
    assert third.next_page_url is None and third.next_page() is None
    pages = [[r.sid for r in page] for page in (first, second, third)]  # a Page iterates once
    assert pages == [sids[::-1][:3], sids[::-1][3:6], sids[::-1][6:]]

    streamed = list(client.recordings.stream(page_size=2))  # every recording of the project
    assert len({r.sid for r in streamed}) == len(streamed) > 7
    assert set(sids) <= {r.sid for r in streamed}
    assert len(list(client.recordings.stream(call_sid=call, page_size=2, limit=5))) == 5


def test_call_list_follows_next_page_uri(client: Client, emu: Emulator) -> None:
    call, sids = finished_call(client, emu, 5)
    assert [r.sid for r in client.calls(call).recordings.list(page_size=2)] == sids[::-1]
    first = client.calls(call).recordings.page(page_size=2)
    assert first.next_page_url is not None and "Page=1" in first.next_page_url
    assert [r.sid for r in first.next_page()] == sids[::-1][2:4]


# --- errors -----------------------------------------------------------------------------------------


def test_wrong_token_is_twilio_rest_exception_401(emu: Emulator) -> None:
    wrong = make_client(emu, "PTWrongToken")
    with pytest.raises(TwilioRestException) as caught:
        wrong.recordings(UNKNOWN_RECORDING).fetch()
    error: Any = caught.value
    assert (error.status, error.code) == (401, 20003)
    assert error.msg == "Unable to fetch record: Authentication failed"
    assert error.uri.endswith(f"/Recordings/{UNKNOWN_RECORDING}.json")
    with pytest.raises(TwilioRestException) as caught:
        wrong.calls(emu.new_call("signalwire")).recordings.create()
    assert (caught.value.status, caught.value.code) == (401, 20003)
    assert caught.value.msg == "Unable to create record: Authentication failed"
    # twilio 6.54's pages do not parse error bodies: any non-200 list is a bare TwilioException
    with pytest.raises(TwilioException) as listed:
        wrong.recordings.list()
    assert not isinstance(listed.value, TwilioRestException)
    assert listed.value.args[1].status_code == 401


# --- signed callbacks -------------------------------------------------------------------------------


def assert_signed(request: ReceivedRequest, signing_key: str) -> None:
    params: dict[str, str] = request.form() if request.method == "POST" else {}
    url = request.url
    signalwire_signature = request.headers["x-signalwire-signature"]
    twilio_signature = request.headers["x-twilio-signature"]
    assert RequestValidator(signing_key).validate(url, params, signalwire_signature)
    assert TwilioRequestValidator(signing_key).validate(url, params, twilio_signature)
    assert not RequestValidator("PSK_wrong").validate(url, params, signalwire_signature)
    tampered_url = url + ("&" if "?" in url else "?") + "Tampered=1"
    assert not TwilioRequestValidator(signing_key).validate(tampered_url, params, twilio_signature)
    if params:
        tampered = {**params, "RecordingDuration": "999"}
        assert not RequestValidator(signing_key).validate(url, tampered, signalwire_signature)


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_callbacks_pass_request_validators(
    client: Client, emu: Emulator, receiver: CallbackReceiver, method: str
) -> None:
    call = emu.new_call("signalwire")
    hook = unique_path(f"signalwire-{method.lower()}")
    sid = (
        client.calls(call)
        .recordings.create(
            recording_status_callback=receiver.url(hook),
            recording_status_callback_event=["in-progress", "completed"],
            recording_status_callback_method=method,
        )
        .sid
    )
    emu.advance(3)
    client.calls(call).recordings(sid).update(status="stopped")
    emu.flush()
    requests = receiver.wait_for(hook, 2)
    assert [r.method for r in requests] == [method, method]
    assert [r.form()["RecordingStatus"] for r in requests] == ["in-progress", "completed"]
    assert requests[1].form()["RecordingDuration"] == "3"
    for request in requests:
        assert_signed(request, emu.accounts["signalwire"]["signing_key"])
