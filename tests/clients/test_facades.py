"""The facades over a real HTTP socket: auth, typed errors, retries, timeouts, wire quirks."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from plivo_recording_client.models import (
    PlivoAsyncAck,
    PlivoCallRecordingStarted,
    PlivoRecording,
    PlivoStartCallRecordingRequest,
)
from recording_clients import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    PlivoRecordings,
    RateLimitError,
    SignalWireRecordings,
    TelnyxRecordings,
)
from recording_clients._http import Retrier
from signalwire_laml_client.models import LamlRecording, LamlUpdateCallRecordingRequest
from telnyx_texml_client.models import (
    TexmlCallRecording,
    TexmlRecordingPage,
    TexmlStartCallRecordingForm,
    TexmlUpdateCallRecordingForm,
)

from .fixture_server import FixtureServer, Reply
from .spec_examples import example

PLIVO_ID, PLIVO_TOKEN = "MAXXXXXXXXXXXXXXXXXX", "plivo-token"
PLIVO_CALL = "eba53b9e-8fbd-45c1-9444-696d2172fbc8"
PLIVO_REC = "c2186400-1c8c-11e4-a664-0026b945b52x"
TELNYX_KEY, TELNYX_ACCOUNT = "KEY_test", "61bf923e-5e4d-4595-a110-56190ea18a1b"
TELNYX_CALL = "v3:KBnLO0ZK3DhKM5s7bE9VluaSmKsOchKht_fUYvxcp8ysbmzCCtpkmA"
TELNYX_REC = "6a09cdc3-8948-47f0-aa62-74ac943d6c58"
SW_PROJECT, SW_TOKEN = "720796a0-8ee9-4350-83bd-2d07a3121f1e", "PT-token"
SW_CALL, SW_REC = "43bb71ee-553f-4074-bb20-8e2747647cce", "19e436af-5688-4307-b03b-bdb2b42b8142"


class Sleeps(list[float]):
    """Records the retry delays instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def _fast(facade: Any, sleeps: Sleeps, max_retries: int = 2) -> Any:
    facade._retrier = Retrier(max_retries, sleep=sleeps, jitter=lambda: 0.0)
    return facade


@pytest.fixture
def plivo(server: FixtureServer, sleeps: Sleeps) -> Iterator[PlivoRecordings]:
    with PlivoRecordings(PLIVO_ID, PLIVO_TOKEN, base_url=server.url, timeout=2) as client:
        yield _fast(client, sleeps)


@pytest.fixture
def telnyx(server: FixtureServer, sleeps: Sleeps) -> Iterator[TelnyxRecordings]:
    url = f"{server.url}/v2"
    with TelnyxRecordings(TELNYX_KEY, account_sid=TELNYX_ACCOUNT, base_url=url, timeout=2) as client:
        yield _fast(client, sleeps)


@pytest.fixture
def signalwire(server: FixtureServer, sleeps: Sleeps) -> Iterator[SignalWireRecordings]:
    url = f"{server.url}/api/laml/2010-04-01"
    with SignalWireRecordings(SW_PROJECT, SW_TOKEN, base_url=url, timeout=2) as client:
        yield _fast(client, sleeps)


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


# --- auth, paths, bodies --------------------------------------------------------------------------


def test_plivo_basic_auth_and_auth_id_in_path(server: FixtureServer, plivo: PlivoRecordings) -> None:
    server.reply(Reply(200, example("plivo", "getRecording", "200")))
    recording = plivo.get_recording(PLIVO_REC)
    assert isinstance(recording, PlivoRecording)
    sent = server.received[0]
    assert sent.method == "GET"
    assert sent.raw_path == f"/v1/Account/{PLIVO_ID}/Recording/{PLIVO_REC}/".encode()
    assert sent.headers["authorization"] == _basic(PLIVO_ID, PLIVO_TOKEN)


def test_plivo_json_body_sends_only_what_was_set(server: FixtureServer, plivo: PlivoRecordings) -> None:
    server.reply(Reply(202, example("plivo", "startCallRecording", "202", "started")))
    started = plivo.start_call_recording(PLIVO_CALL, PlivoStartCallRecordingRequest(file_format="wav"))
    assert isinstance(started, PlivoCallRecordingStarted)
    sent = server.received[0]
    assert sent.raw_path == f"/v1/Account/{PLIVO_ID}/Call/{PLIVO_CALL}/Record/".encode()
    assert sent.headers["content-type"] == "application/json"
    assert json.loads(sent.body) == {"file_format": "wav"}


def test_plivo_async_mode_returns_the_ack(server: FixtureServer, plivo: PlivoRecordings) -> None:
    server.reply(Reply(202, example("plivo", "startCallRecording", "202", "asyncMode")))
    assert isinstance(plivo.start_call_recording(PLIVO_CALL), PlivoAsyncAck)


@pytest.mark.parametrize("body", [None, b'{"api_id": "x", "message": "recording stopped"}'])
def test_plivo_204_with_or_without_body(server: FixtureServer, plivo: PlivoRecordings, body: Any) -> None:
    server.reply(Reply(204, body))
    plivo.stop_call_recording(PLIVO_CALL, url="https://media.plivo.com/r.mp3")  # returns None, no error
    assert server.received[0].method == "DELETE"
    assert server.received[0].raw_path.endswith(b"/Record/?URL=https%3A%2F%2Fmedia.plivo.com%2Fr.mp3")


def test_telnyx_bearer_form_body_and_v3_colon(server: FixtureServer, telnyx: TelnyxRecordings) -> None:
    server.reply(Reply(200, example("telnyx_texml", "startCallRecording", "200")))
    form = TexmlStartCallRecordingForm(recording_channels="dual", play_beep=False)
    recording = telnyx.start_call_recording(TELNYX_CALL, form)
    assert isinstance(recording, TexmlCallRecording)
    sent = server.received[0]
    assert (
        sent.raw_path == f"/v2/texml/Accounts/{TELNYX_ACCOUNT}/Calls/{TELNYX_CALL}/Recordings.json".encode()
    )
    assert b"%3A" not in sent.raw_path
    assert sent.headers["authorization"] == f"Bearer {TELNYX_KEY}"
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert sent.body == b"PlayBeep=false&RecordingChannels=dual"  # unset fields (defaults) are not sent


def test_telnyx_colon_hook_leaves_the_query_alone(server: FixtureServer, telnyx: TelnyxRecordings) -> None:
    server.reply(Reply(200, example("telnyx_texml", "listRecordings", "200")))
    page = telnyx.list_recordings(page_token="a:b", page_size=5)
    assert isinstance(page, TexmlRecordingPage)
    assert server.received[0].raw_path.endswith(b"/Recordings.json?PageSize=5&PageToken=a%3Ab")


def test_signalwire_basic_auth_project_in_path(
    server: FixtureServer, signalwire: SignalWireRecordings
) -> None:
    server.reply(Reply(200, example("signalwire_laml", "updateCallRecording", "200")))
    body = LamlUpdateCallRecordingRequest(status="paused", pause_behavior="skip")
    assert isinstance(signalwire.update_call_recording(SW_CALL, SW_REC, body), LamlRecording)
    sent = server.received[0]
    expected = f"/api/laml/2010-04-01/Accounts/{SW_PROJECT}/Calls/{SW_CALL}/Recordings/{SW_REC}.json"
    assert sent.raw_path == expected.encode()
    assert sent.headers["authorization"] == _basic(SW_PROJECT, SW_TOKEN)
    assert sent.body == b"Status=paused&PauseBehavior=skip"


# --- typed errors with provider fields ------------------------------------------------------------


def test_plivo_401_and_404(server: FixtureServer, plivo: PlivoRecordings) -> None:
    body401 = {"api_id": "a-1", "error": "Authentication failed"}
    server.reply(Reply(401, body401), Reply(404, example("plivo", "getRecording", "404")))
    with pytest.raises(AuthenticationError) as auth:
        plivo.get_recording(PLIVO_REC)
    assert (auth.value.status_code, auth.value.error, auth.value.api_id) == (
        401,
        "Authentication failed",
        "a-1",
    )
    with pytest.raises(NotFoundError) as missing:
        plivo.get_recording(PLIVO_REC)
    assert missing.value.error and missing.value.api_id
    assert missing.value.body == example("plivo", "getRecording", "404")
    assert len(server.received) == 2  # 4xx are never retried


def test_telnyx_401_and_404(server: FixtureServer, telnyx: TelnyxRecordings) -> None:
    server.reply(
        Reply(401, example("telnyx_texml", "getRecording", "401")),
        Reply(404, example("telnyx_texml", "getRecording", "404", "resourceNotFound")),
    )
    with pytest.raises(AuthenticationError) as auth:
        telnyx.get_recording(TELNYX_REC)
    assert auth.value.errors[0]["code"] == "10009"
    with pytest.raises(NotFoundError) as missing:
        telnyx.get_recording(TELNYX_REC)
    assert missing.value.errors == [{"detail": "Resource not found"}]
    assert "Resource not found" in str(missing.value)


def test_signalwire_401_and_404(server: FixtureServer, signalwire: SignalWireRecordings) -> None:
    server.reply(
        Reply(401, example("signalwire_laml", "getRecording", "401")),
        Reply(404, example("signalwire_laml", "getRecording", "404")),
    )
    with pytest.raises(AuthenticationError) as auth:
        signalwire.get_recording(SW_REC)
    assert auth.value.code == 20003
    with pytest.raises(NotFoundError) as missing:
        signalwire.get_recording(SW_REC)
    err = missing.value
    assert (err.code, err.provider_message) == (20404, "The requested resource was not found")
    assert err.more_info and err.more_info.startswith("https://")


def test_non_json_error_body(server: FixtureServer, plivo: PlivoRecordings) -> None:
    server.reply(Reply(404, b"<html>nope</html>", {"content-type": "text/html"}))
    with pytest.raises(NotFoundError) as missing:
        plivo.delete_recording(PLIVO_REC)
    assert missing.value.body == "<html>nope</html>"
    assert missing.value.error is None


def test_2xx_body_not_matching_the_spec(server: FixtureServer, telnyx: TelnyxRecordings) -> None:
    server.reply(Reply(200, {"unexpected": True}))
    with pytest.raises(APIResponseValidationError):
        telnyx.get_recording(TELNYX_REC)


# --- retries --------------------------------------------------------------------------------------


def test_get_retried_until_success(
    server: FixtureServer, signalwire: SignalWireRecordings, sleeps: Sleeps
) -> None:
    server.reply(
        Reply(503, {"code": 20504}),
        Reply(500, None),
        Reply(200, example("signalwire_laml", "getRecording", "200")),
    )
    assert isinstance(signalwire.get_recording(SW_REC), LamlRecording)
    assert len(server.received) == 3
    assert sleeps == [0.5, 1.0]  # exponential backoff (jitter disabled)


def test_get_gives_up_after_max_retries(
    server: FixtureServer, telnyx: TelnyxRecordings, sleeps: Sleeps
) -> None:
    server.default = Reply(502, {"errors": [{"detail": "bad gateway"}]})
    with pytest.raises(InternalServerError) as err:
        telnyx.get_recording(TELNYX_REC)
    assert err.value.status_code == 502
    assert len(server.received) == 3 and len(sleeps) == 2


@pytest.mark.parametrize("status", [500, 503, 429, 408])
def test_start_not_retried_after_it_reached_the_server(
    server: FixtureServer, plivo: PlivoRecordings, sleeps: Sleeps, status: int
) -> None:
    server.default = Reply(status, {"api_id": "x", "error": "boom"})
    with pytest.raises(Exception) as err:
        plivo.start_call_recording(PLIVO_CALL)
    assert getattr(err.value, "status_code", None) == status
    assert len(server.received) == 1 and sleeps == []


def test_update_to_a_target_state_is_retried(
    server: FixtureServer, telnyx: TelnyxRecordings, sleeps: Sleeps
) -> None:
    ok = example("telnyx_texml", "updateCallRecording", "200")
    server.reply(Reply(500, {"errors": []}), Reply(200, ok))
    form = TexmlUpdateCallRecordingForm(status="paused")
    assert isinstance(telnyx.update_call_recording(TELNYX_CALL, TELNYX_REC, form), TexmlCallRecording)
    assert [r.method for r in server.received] == ["POST", "POST"]


def test_pause_and_delete_are_retried(server: FixtureServer, plivo: PlivoRecordings) -> None:
    server.reply(Reply(500, None), Reply(204), Reply(503, None), Reply(204))
    plivo.pause_mpc_recording_by_name("my_mpc")
    plivo.delete_recording(PLIVO_REC)
    assert len(server.received) == 4


def test_retry_after_is_honoured(
    server: FixtureServer, signalwire: SignalWireRecordings, sleeps: Sleeps
) -> None:
    server.reply(
        Reply(429, {"code": 20429}, {"Retry-After": "3"}),
        Reply(503, None, {"retry-after-ms": "250"}),
        Reply(200, example("signalwire_laml", "getRecording", "200")),
    )
    signalwire.get_recording(SW_REC)
    assert sleeps == [3.0, 0.25]


def test_rate_limit_error_after_retries(server: FixtureServer, signalwire: SignalWireRecordings) -> None:
    server.default = Reply(429, example("signalwire_laml", "getRecording", "429"), {"Retry-After": "0"})
    with pytest.raises(RateLimitError) as err:
        signalwire.list_recordings()
    assert err.value.retry_after == 0.0 and len(server.received) == 3


def test_real_backoff_sleeps(server: FixtureServer) -> None:
    server.reply(
        Reply(503, None, {"Retry-After": "0.2"}), Reply(200, example("plivo", "getRecording", "200"))
    )
    with PlivoRecordings(PLIVO_ID, PLIVO_TOKEN, base_url=server.url) as plivo:  # real Retrier, real sleep
        import time

        start = time.monotonic()
        plivo.get_recording(PLIVO_REC)
        assert 0.2 <= time.monotonic() - start < 2


# --- connection errors and timeouts ---------------------------------------------------------------


def _closed_port() -> str:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def test_start_retried_when_nothing_was_sent(sleeps: Sleeps) -> None:
    with PlivoRecordings(PLIVO_ID, PLIVO_TOKEN, base_url=_closed_port()) as plivo:
        _fast(plivo, sleeps)
        with pytest.raises(APIConnectionError) as err:
            plivo.start_call_recording(PLIVO_CALL)
    assert not isinstance(err.value, APITimeoutError)
    assert len(sleeps) == 2  # connection refused: the request never left, so even a start is retried


def test_timeout_raises_api_timeout_error(server: FixtureServer, sleeps: Sleeps) -> None:
    server.default = Reply(200, example("plivo", "getRecording", "200"), delay=0.5)
    with PlivoRecordings(PLIVO_ID, PLIVO_TOKEN, base_url=server.url, timeout=0.1) as plivo:
        _fast(plivo, sleeps, max_retries=1)
        with pytest.raises(APITimeoutError):
            plivo.get_recording(PLIVO_REC)
        assert len(server.received) == 2  # GET: retried once after the read timeout
        server.received.clear()
        with pytest.raises(APITimeoutError):
            plivo.start_call_recording(PLIVO_CALL)
        assert len(server.received) == 1  # start: the server may have acted, never retried


# --- coverage of the spec -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stem", "facade"),
    [
        ("plivo", PlivoRecordings),
        ("telnyx_texml", TelnyxRecordings),
        ("signalwire_laml", SignalWireRecordings),
    ],
)
def test_every_operation_has_a_facade_method(stem: str, facade: type) -> None:
    from .spec_examples import operations

    for operation_id in operations(stem):
        method = re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()
        assert callable(getattr(facade, method, None)), (
            f"{facade.__name__}.{method} missing for {operation_id}"
        )
