"""Base URL and credential resolution (argument, then environment, then production) and Retry-After."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable

import httpx
import pytest
from recording_clients import ConfigurationError, PlivoRecordings, SignalWireRecordings, TelnyxRecordings
from recording_clients._http import retry_after

PLIVO_ENV = {"PLIVO_AUTH_ID": "MAXXXXXXXXXXXXXXXXXX", "PLIVO_AUTH_TOKEN": "t"}
SW_ENV = {"SIGNALWIRE_PROJECT_ID": "p", "SIGNALWIRE_API_TOKEN": "t"}


def test_plivo_base_url_precedence() -> None:
    assert PlivoRecordings(environ=PLIVO_ENV).base_url == "https://api.plivo.com"
    env = {**PLIVO_ENV, "PLIVO_BASE_URL": "http://127.0.0.1:8080/"}
    assert PlivoRecordings(environ=env).base_url == "http://127.0.0.1:8080"
    assert PlivoRecordings(environ=env, base_url="http://emu:1").base_url == "http://emu:1"
    assert PlivoRecordings(environ=env).auth_id == "MAXXXXXXXXXXXXXXXXXX"


def test_telnyx_base_url_precedence() -> None:
    env = {"TELNYX_API_KEY": "KEY_x"}
    assert TelnyxRecordings(environ=env).base_url == "https://api.telnyx.com/v2"
    env["TELNYX_BASE_URL"] = "http://127.0.0.1:8080/v2"
    assert TelnyxRecordings(environ=env).base_url == "http://127.0.0.1:8080/v2"


@pytest.mark.parametrize(
    ("space", "expected"),
    [
        ("example", "https://example.signalwire.com/api/laml/2010-04-01"),
        ("example.signalwire.com", "https://example.signalwire.com/api/laml/2010-04-01"),
        ("https://example.signalwire.com/", "https://example.signalwire.com/api/laml/2010-04-01"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080/api/laml/2010-04-01"),
    ],
)
def test_signalwire_space_url(space: str, expected: str) -> None:
    assert SignalWireRecordings(environ={**SW_ENV, "SIGNALWIRE_SPACE_URL": space}).base_url == expected
    assert SignalWireRecordings(environ=SW_ENV, space_url=space).base_url == expected


def test_signalwire_base_url_beats_space() -> None:
    env = {**SW_ENV, "SIGNALWIRE_SPACE_URL": "example", "SIGNALWIRE_BASE_URL": "http://emu/2010-04-01"}
    assert SignalWireRecordings(environ=env).base_url == "http://emu/2010-04-01"


@pytest.mark.parametrize(
    ("factory", "needle"),
    [
        (lambda: PlivoRecordings(environ={"PLIVO_AUTH_ID": "MAXXXXXXXXXXXXXXXXXX"}), "PLIVO_AUTH_TOKEN"),
        (lambda: PlivoRecordings(environ={}), "PLIVO_AUTH_ID"),
        (lambda: TelnyxRecordings(environ={"TELNYX_API_KEY": ""}), "TELNYX_API_KEY"),
        (lambda: SignalWireRecordings(environ={"SIGNALWIRE_PROJECT_ID": "p"}), "SIGNALWIRE_API_TOKEN"),
        (lambda: SignalWireRecordings(environ=SW_ENV), "SIGNALWIRE_SPACE_URL"),
        (lambda: PlivoRecordings(environ=PLIVO_ENV, base_url="api.plivo.com"), "http://"),
    ],
)
def test_missing_configuration_is_a_clear_error(factory: Callable[[], object], needle: str) -> None:
    with pytest.raises(ConfigurationError, match=needle):
        factory()


def test_telnyx_account_sid_required_at_call_time() -> None:
    with (
        TelnyxRecordings(environ={"TELNYX_API_KEY": "k"}) as telnyx,
        pytest.raises(ConfigurationError, match="TELNYX_ACCOUNT_SID"),
    ):
        telnyx.get_recording("6a09cdc3-8948-47f0-aa62-74ac943d6c58")


def _response(**headers: str) -> httpx.Response:
    return httpx.Response(429, headers=headers)


def test_retry_after_forms() -> None:
    assert retry_after(_response()) is None
    assert retry_after(_response(**{"Retry-After": "2"})) == 2.0
    assert retry_after(_response(**{"retry-after-ms": "1500"})) == 1.5
    assert retry_after(_response(**{"Retry-After": "3600"})) is None  # too long: fall back to backoff
    assert retry_after(_response(**{"Retry-After": "soon"})) is None
    date = email.utils.formatdate(time.time() + 5, usegmt=True)
    hinted = retry_after(_response(**{"Retry-After": date}))
    assert hinted is not None and 3 <= hinted <= 5
