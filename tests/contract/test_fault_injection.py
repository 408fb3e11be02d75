"""Plant one bug in the emulator and check that the contract suite fails and names the right check.

Each run is narrowed to one provider, the operations and phases the bug touches, and a few examples,
so the whole file takes seconds. A clean run of the same narrowed suites is the control: the named
check must pass there, so it is the planted bug, and nothing else, that fails it.
"""

from __future__ import annotations

import base64
from typing import Any

import pytest
from recording_emulator.config import Credentials
from recording_emulator.providers.twilio_style.telnyx import TelnyxDialect

from contract_tests.results import Results

from .conftest import Scope, Suite, add_credentials, drop_json_field, fake_delete, rewrite_responses

TELNYX_START = "/v2/texml/Accounts/"


def _is_telnyx_start(scope: Scope) -> bool:
    path = str(scope["path"])
    return scope["method"] == "POST" and path.startswith(TELNYX_START) and path.endswith("/Recordings.json")


def _is_signalwire_get(scope: Scope) -> bool:
    path = str(scope["path"])
    return scope["method"] == "GET" and "/Recordings/" in path and path.startswith("/api/laml/")


def _plivo_basic() -> bytes:
    creds = Credentials()
    token = base64.b64encode(f"{creds.plivo_auth_id}:{creds.plivo_auth_token}".encode()).decode()
    return f"Basic {token}".encode()


def _failed(results: Results, check: str, subject: str) -> bool:
    """Whether ``check`` failed on ``subject`` (any provider: each run tests one)."""
    return any(tally.failed > 0 for (_, s, c), tally in results.rows.items() if (s, c) == (subject, check))


def test_wrong_status_code_fails_status_code_conformance(suite: Suite) -> None:
    """Telnyx answers 201 (Twilio's status) instead of the documented 200 when a recording starts."""
    buggy = rewrite_responses(_is_telnyx_start, lambda status, body: (201 if status == 200 else status, body))
    results = suite.run("telnyx", ["startCallRecording"], ["examples"], wrap=buggy)
    assert results.failed
    assert _failed(results, "status_code_conformance", "startCallRecording")


def test_missing_required_field_fails_response_schema_conformance(suite: Suite) -> None:
    """SignalWire drops the required ``api_version`` from the recording resource."""
    buggy = rewrite_responses(_is_signalwire_get, drop_json_field("api_version"))
    results = suite.run("signalwire", ["getRecording"], ["examples"], wrap=buggy)
    assert results.failed
    assert _failed(results, "response_schema_conformance", "getRecording")


def test_ignored_auth_header_fails_ignored_auth(suite: Suite) -> None:
    """Plivo accepts requests whatever their credentials (the middleware makes every request valid)."""
    results = suite.run("plivo", ["listRecordings"], ["examples"], wrap=add_credentials(_plivo_basic()))
    assert results.failed
    assert _failed(results, "ignored_auth", "listRecordings")


def test_delete_that_does_not_delete_fails_use_after_free(suite: Suite) -> None:
    """Telnyx answers 204 to DELETE but keeps the recording."""
    buggy = fake_delete(lambda scope: scope["path"].startswith(TELNYX_START))
    operations = ["startCallRecording", "deleteRecording", "getRecording"]
    results = suite.run("telnyx", operations, ["stateful"], wrap=buggy, max_examples=30)
    assert results.failed
    assert _failed(results, "use_after_free", "getRecording") or _failed(
        results, "use_after_free", "deleteRecording"
    )


def test_callback_off_schema_fails_callback_schema_conformance(
    suite: Suite, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Telnyx sends ``RecordingStatus=done``, which is not one of the documented events."""
    original = TelnyxDialect.callback

    def broken(self: TelnyxDialect, *args: Any, **kwargs: Any) -> dict[str, Any]:
        return {**original(self, *args, **kwargs), "RecordingStatus": "done"}

    monkeypatch.setattr(TelnyxDialect, "callback", broken)
    results = suite.run("telnyx", ["startCallRecording"], ["examples"])
    assert results.failed
    failed_rows = [row for row, tally in results.rows.items() if tally.failed]
    assert any(
        check == "callback_schema_conformance" and subject.startswith("callback texmlRecordingStatusCallback")
        for _, subject, check in failed_rows
    ), failed_rows
    # Only callback checks fail: the API itself is untouched.
    assert all(check.startswith("callback_") for _, _, check in failed_rows), failed_rows


@pytest.mark.parametrize(
    ("provider", "operations", "phases", "check", "subject", "max_examples"),
    [
        ("telnyx", ["startCallRecording"], ["examples"], "status_code_conformance", "startCallRecording", 5),
        ("signalwire", ["getRecording"], ["examples"], "response_schema_conformance", "getRecording", 5),
        ("plivo", ["listRecordings"], ["examples"], "ignored_auth", "listRecordings", 5),
        (
            "telnyx",
            ["startCallRecording", "deleteRecording", "getRecording"],
            ["stateful"],
            "use_after_free",
            "getRecording",
            30,
        ),
        (
            "telnyx",
            ["startCallRecording"],
            ["examples"],
            "callback_schema_conformance",
            "callback texmlRecordingStatusCallbackPost",
            5,
        ),
    ],
)
def test_clean_emulator_passes_the_same_checks(
    suite: Suite,
    provider: Any,
    operations: list[str],
    phases: list[str],
    check: str,
    subject: str,
    max_examples: int,
) -> None:
    """Control: without a planted bug the same narrowed run passes the check each test expects to fail."""
    results = suite.run(provider, operations, phases, max_examples=max_examples)
    tally = results.rows.get((provider, subject, check))
    assert tally is not None and tally.passed > 0, sorted(results.rows)
    assert tally.failed == 0, [f.message for f in results.findings if f.check == check]
