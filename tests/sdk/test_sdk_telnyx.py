"""telnyx-python (Stainless v4, ``telnyx``), unmodified, against the emulator.

Recipe: ``Telnyx(api_key=..., base_url="http://127.0.0.1:PORT/v2")`` (or ``TELNYX_BASE_URL``); the account
sid and the webhook public key come from ``GET /_emulator/accounts``. The SDK sends JSON bodies.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

import pytest
import telnyx
from recording_emulator.testing import CallbackReceiver, Emulator, ReceivedRequest
from telnyx.lib.webhook_verification import WebhookVerificationError, verify_webhook_signature
from telnyx.lib.webhooks_ed25519 import verify_ed25519
from telnyx.types.texml.accounts.calls import TexmlGetCallRecordingsResponseBody

from .conftest import unique_path

pytestmark = pytest.mark.sdk

UNKNOWN_RECORDING = "0b7b8c6e-5a0e-4a46-9f6e-000000000000"
Status = Literal["in-progress", "paused", "stopped"]


@pytest.fixture(scope="module")
def account(emu: Emulator) -> dict[str, str]:
    return emu.accounts["telnyx"]


@pytest.fixture(scope="module")
def client(emu: Emulator, account: dict[str, str]) -> Iterator[telnyx.Telnyx]:
    with telnyx.Telnyx(
        api_key=account["api_key"],
        public_key=account["public_key"],
        base_url=emu.url("/v2"),
        max_retries=0,
    ) as sdk:
        yield sdk


@pytest.fixture(scope="module")
def acc(account: dict[str, str]) -> str:
    return account["account_sid"]


def start(client: telnyx.Telnyx, acc: str, call: str, **params: Any) -> Any:
    return client.texml.accounts.calls.recordings_json.recordings_json(call, account_sid=acc, **params)


def update(client: telnyx.Telnyx, acc: str, call: str, sid: str, status: Status) -> Any:
    return client.texml.accounts.calls.recordings.recording_sid_json(
        sid, account_sid=acc, call_sid=call, status=status
    )


def error_entry(error: telnyx.APIStatusError) -> dict[str, Any]:
    body = error.body
    assert isinstance(body, dict), body
    entry: dict[str, Any] = body["errors"][0]
    return entry


# --- create, update, fetch, list, delete ------------------------------------------------------------


def test_create_update_fetch_delete(client: telnyx.Telnyx, emu: Emulator, acc: str) -> None:
    call = emu.new_call("telnyx")
    created = start(
        client, acc, call, play_beep=False, recording_channels="single", recording_track="inbound"
    )
    assert (created.account_sid, created.call_sid, created.status) == (acc, call, "in-progress")
    assert created.channels == 1
    assert created.track == "inbound"
    assert created.source == "StartCallRecordingAPI"
    assert created.duration is None
    assert created.uri == f"/v2/texml/Accounts/{acc}/Calls/{call}/Recordings/{created.sid}.json"
    # RFC 2822 dates are kept as the raw string by the SDK's non-strict models (telnyx.md 7.3)
    assert isinstance(created.date_created, str)
    assert created.date_created.endswith(" +0000")

    emu.advance(2)
    assert update(client, acc, call, created.sid, "paused").status == "paused"
    emu.advance(10)
    assert update(client, acc, call, created.sid, "in-progress").status == "in-progress"
    emu.advance(3)
    stopped = update(client, acc, call, created.sid, "stopped")
    assert stopped.status == "completed"
    assert stopped.duration == "5"  # TeXML cuts the paused stretch

    fetched = client.texml.accounts.recordings.json.retrieve_recording_sid_json(created.sid, account_sid=acc)
    assert (fetched.sid, fetched.status, fetched.duration, fetched.channels) == (
        created.sid,
        "completed",
        "5",
        1,
    )
    assert fetched.media_url == emu.url(f"/v2/texml/Accounts/{acc}/Recordings/{created.sid}.mp3")
    assert fetched.uri == f"/v2/texml/Accounts/{acc}/Recordings/{created.sid}.json"

    in_call = client.texml.accounts.calls.recordings_json.retrieve_recordings_json(call, account_sid=acc)
    assert [r.sid for r in in_call.recordings or []] == [created.sid]

    client.texml.accounts.recordings.json.delete_recording_sid_json(created.sid, account_sid=acc)  # 204
    with pytest.raises(telnyx.NotFoundError) as caught:
        client.texml.accounts.recordings.json.retrieve_recording_sid_json(created.sid, account_sid=acc)
    assert caught.value.status_code == 404
    assert error_entry(caught.value)["code"] == "10005"
    assert error_entry(caught.value)["title"] == "Resource not found"
    in_call = client.texml.accounts.calls.recordings_json.retrieve_recordings_json(call, account_sid=acc)
    assert in_call.recordings == []


def test_create_with_all_parameters_sent_as_json(
    client: telnyx.Telnyx, emu: Emulator, receiver: CallbackReceiver, acc: str
) -> None:
    call = emu.new_call("telnyx")
    hook = unique_path("telnyx-all")
    created = start(
        client,
        acc,
        call,
        play_beep=True,
        recording_channels="dual",
        recording_status_callback=receiver.url(hook),
        recording_status_callback_event="completed",
        recording_status_callback_method="POST",
        recording_track="both",
        send_recording_url=False,
    )
    assert (created.channels, created.track) == (2, "both")
    emu.advance(2)
    emu.hang_up(call)  # ends the recording
    fetched = client.texml.accounts.recordings.json.retrieve_recording_sid_json(created.sid, account_sid=acc)
    assert (fetched.status, fetched.duration) == ("completed", "2")
    emu.flush()
    (completed,) = receiver.wait_for(hook, 1)
    form = completed.form()
    assert (form["RecordingStatus"], form["RecordingChannels"], form["RecordingTrack"]) == (
        "completed",
        "2",
        "both",
    )
    assert "RecordingUrl" not in form  # SendRecordingUrl=false


def test_update_errors(client: telnyx.Telnyx, emu: Emulator, acc: str) -> None:
    call = emu.new_call("telnyx")
    sid = start(client, acc, call).sid
    update(client, acc, call, sid, "stopped")
    with pytest.raises(telnyx.UnprocessableEntityError) as caught:  # the recording is already completed
        update(client, acc, call, sid, "paused")
    assert error_entry(caught.value)["code"] == "10015"
    with pytest.raises(telnyx.NotFoundError):
        update(client, acc, call, UNKNOWN_RECORDING, "paused")
    emu.hang_up(call)
    with pytest.raises(telnyx.UnprocessableEntityError) as caught:  # the call has ended
        start(client, acc, call)
    assert error_entry(caught.value)["code"] == "90018"


# --- pagination -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def five(client: telnyx.Telnyx, emu: Emulator, acc: str) -> tuple[str, list[str]]:
    """Five finished recordings of one call."""
    call = emu.new_call("telnyx")
    sids = [start(client, acc, call).sid for _ in range(5)]
    emu.advance(1)
    emu.hang_up(call)
    return call, sids


def test_list_account_recordings_page_and_page_size(
    client: telnyx.Telnyx, five: tuple[str, list[str]], acc: str
) -> None:
    _, sids = five
    total = len(client.texml.accounts.retrieve_recordings_json(acc, page_size=1000).recordings or [])
    seen: list[str | None] = []
    page = 0
    while True:
        body = client.texml.accounts.retrieve_recordings_json(acc, page=page, page_size=2)
        assert (body.page, body.page_size, body.start) == (page, 2, 2 * page)
        assert body.uri is not None and f"Page={page}&PageSize=2" in body.uri
        assert (body.previous_page_uri is None) == (page == 0)
        seen += [r.sid for r in body.recordings or []]
        if body.next_page_uri is None:
            break
        assert f"Page={page + 1}&PageSize=2&PageToken=" in body.next_page_uri
        page += 1
    assert len(seen) == len(set(seen)) == total >= 5
    assert set(sids) <= set(seen)


def test_list_account_recordings_date_created(client: telnyx.Telnyx, emu: Emulator, acc: str) -> None:
    now = datetime.datetime.fromtimestamp(float(emu.control("GET", "/clock").json()["now"]), datetime.UTC)
    call = emu.new_call("telnyx")
    sid = start(client, acc, call).sid
    today = client.texml.accounts.retrieve_recordings_json(acc, date_created=now.strftime("%Y-%m-%d"))
    assert sid in [r.sid for r in today.recordings or []]
    tomorrow = (now + datetime.timedelta(days=1)).strftime("%Y-%m-%d")
    later = client.texml.accounts.retrieve_recordings_json(acc, date_created=tomorrow)
    assert later.recordings == []


def test_list_call_recordings_follows_next_page_uri(
    client: telnyx.Telnyx, emu: Emulator, five: tuple[str, list[str]], acc: str
) -> None:
    """Regression: Page/PageSize/PageToken in next_page_uri were ignored, so following it looped on page 0."""
    call, sids = five
    recordings = client.texml.accounts.calls.recordings_json
    body = recordings.retrieve_recordings_json(call, account_sid=acc, extra_query={"PageSize": 2})
    seen = [str(r.sid) for r in body.recordings or []]
    pages = 1
    while body.next_page_uri is not None:
        query = dict(parse_qsl(urlsplit(body.next_page_uri).query))
        body = recordings.retrieve_recordings_json(call, account_sid=acc, extra_query=query)
        assert body.page == pages
        seen += [str(r.sid) for r in body.recordings or []]
        pages += 1
        assert pages <= 3
    assert pages == 3
    assert sorted(seen) == sorted(sids)

    # the SDK's raw GET on the absolute next_page_uri gets the same second page
    first = recordings.retrieve_recordings_json(call, account_sid=acc, extra_query={"PageSize": 2})
    assert first.next_page_uri is not None
    second = client.get(emu.url(first.next_page_uri), cast_to=TexmlGetCallRecordingsResponseBody)
    assert second.page == 1
    assert [r.sid for r in second.recordings or []] == seen[2:4]


# --- errors -----------------------------------------------------------------------------------------


def test_wrong_api_key_is_authentication_error(emu: Emulator, acc: str) -> None:
    with telnyx.Telnyx(api_key="KEY_WRONG", base_url=emu.url("/v2"), max_retries=0) as wrong:
        with pytest.raises(telnyx.AuthenticationError) as caught:
            wrong.texml.accounts.retrieve_recordings_json(acc)
        assert caught.value.status_code == 401
        entry = error_entry(caught.value)
        assert (entry["code"], entry["title"]) == ("10009", "Authentication failed")
        with pytest.raises(telnyx.AuthenticationError):
            start(wrong, acc, emu.new_call("telnyx"))


def test_unknown_recording_is_not_found(client: telnyx.Telnyx, acc: str) -> None:
    with pytest.raises(telnyx.NotFoundError) as caught:
        client.texml.accounts.recordings.json.retrieve_recording_sid_json(UNKNOWN_RECORDING, account_sid=acc)
    assert error_entry(caught.value)["code"] == "10005"
    with pytest.raises(telnyx.NotFoundError):
        client.texml.accounts.recordings.json.delete_recording_sid_json(UNKNOWN_RECORDING, account_sid=acc)


# --- signed callbacks -------------------------------------------------------------------------------


def assert_signed(request: ReceivedRequest, client: telnyx.Telnyx, public_key: str) -> None:
    verify_webhook_signature(request.body, request.headers, public_key)  # raises on a bad signature
    verify_ed25519(client, request.body.decode(), request.headers)  # the client's public_key
    with pytest.raises(WebhookVerificationError):
        verify_webhook_signature(request.body + b"&Tampered=1", request.headers, public_key)


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_callbacks_pass_ed25519_verification(
    client: telnyx.Telnyx,
    emu: Emulator,
    receiver: CallbackReceiver,
    acc: str,
    account: dict[str, str],
    method: str,
) -> None:
    call = emu.new_call("telnyx")
    hook = unique_path(f"telnyx-{method.lower()}")
    sid = start(
        client,
        acc,
        call,
        recording_status_callback=receiver.url(hook),
        recording_status_callback_event="in-progress completed",
        recording_status_callback_method=method,
    ).sid
    emu.advance(3)
    update(client, acc, call, sid, "stopped")
    emu.flush()
    requests = receiver.wait_for(hook, 2)
    assert [r.method for r in requests] == [method, method]
    assert [r.form()["RecordingStatus"] for r in requests] == ["in-progress", "completed"]
    assert {r.form()["RecordingSid"] for r in requests} == {sid}
    assert requests[1].form()["RecordingDuration"] == "3"
    for request in requests:
        assert_signed(request, client, account["public_key"])
