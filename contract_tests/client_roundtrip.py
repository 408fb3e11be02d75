"""Every operation called once through the hand-written facades (typed models in, typed models out).

Schemathesis proves the target honours the spec; this proves the clients generated from the same spec
can actually drive it: each step builds a request model, calls the facade, and checks the type and
the key fields of what comes back. One summary row per operation (``client <operationId>``).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from typing import Any

from plivo_recording_client.models import (
    PlivoCallRecordingStarted,
    PlivoConferenceRecordingStarted,
    PlivoMpcRecordingStarted,
    PlivoRecording,
    PlivoRecordingList,
    PlivoStartCallRecordingRequest,
    PlivoStartConferenceRecordingRequest,
    PlivoStartMpcRecordingRequest,
)
from recording_clients import NotFoundError, PlivoRecordings, SignalWireRecordings, TelnyxRecordings
from signalwire_laml_client.models import (
    LamlRecording,
    LamlRecordingList,
    LamlStartCallRecordingRequest,
    LamlUpdateCallRecordingRequest,
)
from telnyx_texml_client.models import (
    TexmlCallRecording,
    TexmlRecording,
    TexmlRecordingPage,
    TexmlStartCallRecordingForm,
    TexmlUpdateCallRecordingForm,
)

from .environment import ProviderTarget
from .results import Outcome

CHECK = "client_roundtrip"


@dataclasses.dataclass
class Steps:
    """Runs steps in order, one outcome each; a failed step does not stop the later ones."""

    provider: str
    outcomes: list[Outcome] = dataclasses.field(default_factory=list)

    def run(
        self, operation_id: str, step: Callable[[], Any], expect: type | tuple[type, ...] | None = None
    ) -> Any:
        try:
            result = step()
            if expect is not None and not isinstance(result, expect):
                raise AssertionError(f"returned {type(result).__name__}, expected {expect}")
        except Exception as exc:  # any failure of the client is the finding
            self.outcomes.append(
                Outcome(self.provider, f"client {operation_id}", CHECK, False, f"{type(exc).__name__}: {exc}")
            )
            return None
        self.outcomes.append(Outcome(self.provider, f"client {operation_id}", CHECK, True))
        return result


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


def _expect_gone(get: Callable[[], Any]) -> None:
    try:
        get()
    except NotFoundError:
        return
    raise AssertionError("the recording is still readable after deleteRecording")


def plivo(target: ProviderTarget) -> list[Outcome]:
    steps = Steps("plivo")
    ids = target.path_ids
    call, conference = ids["call_uuid"], ids["conference_name"]
    mpc_name, mpc_uuid = ids["mpc_name"], ids["mpc_uuid"]
    with PlivoRecordings(target.account, target.secret, base_url=target.base_url, max_retries=0) as client:
        started = steps.run(
            "startCallRecording",
            lambda: client.start_call_recording(
                call, PlivoStartCallRecordingRequest(file_format="mp3", time_limit=60)
            ),
            PlivoCallRecordingStarted,
        )
        time.sleep(0.05)  # a recording with some length
        steps.run("stopCallRecording", lambda: client.stop_call_recording(call))
        recording_id = started.recording_id if started is not None else "00000000-0000-0000"

        def fetched() -> PlivoRecording:
            recording = client.get_recording(recording_id)
            _require(recording.recording_id == recording_id, f"got recording {recording.recording_id}")
            return recording

        steps.run("getRecording", fetched, PlivoRecording)

        def listed() -> PlivoRecordingList:
            page = client.list_recordings(call_uuid=call, limit=20)
            _require(any(r.recording_id == recording_id for r in page.objects), "the recording is not listed")
            return page

        steps.run("listRecordings", listed, PlivoRecordingList)
        steps.run(
            "startConferenceRecording",
            lambda: client.start_conference_recording(
                conference, PlivoStartConferenceRecordingRequest(file_format="wav")
            ),
            PlivoConferenceRecordingStarted,
        )
        steps.run("stopConferenceRecording", lambda: client.stop_conference_recording(conference))
        mpc_body = PlivoStartMpcRecordingRequest(file_format="mp3")
        steps.run(
            "startMpcRecordingByName",
            lambda: client.start_mpc_recording_by_name(mpc_name, mpc_body),
            PlivoMpcRecordingStarted,
        )
        steps.run("pauseMpcRecordingByName", lambda: client.pause_mpc_recording_by_name(mpc_name))
        steps.run("resumeMpcRecordingByName", lambda: client.resume_mpc_recording_by_name(mpc_name))
        steps.run("stopMpcRecordingByName", lambda: client.stop_mpc_recording_by_name(mpc_name))
        steps.run(
            "startMpcRecordingByUuid",
            lambda: client.start_mpc_recording_by_uuid(mpc_uuid, mpc_body),
            PlivoMpcRecordingStarted,
        )
        steps.run("pauseMpcRecordingByUuid", lambda: client.pause_mpc_recording_by_uuid(mpc_uuid))
        steps.run("resumeMpcRecordingByUuid", lambda: client.resume_mpc_recording_by_uuid(mpc_uuid))
        steps.run("stopMpcRecordingByUuid", lambda: client.stop_mpc_recording_by_uuid(mpc_uuid))

        def deleted() -> None:
            client.delete_recording(recording_id)
            _expect_gone(lambda: client.get_recording(recording_id))

        steps.run("deleteRecording", deleted)
    return steps.outcomes


def telnyx(target: ProviderTarget) -> list[Outcome]:
    steps = Steps("telnyx")
    call = target.path_ids["call_sid"]
    with TelnyxRecordings(
        target.secret, account_sid=target.account, base_url=target.base_url, max_retries=0
    ) as client:
        started = steps.run(
            "startCallRecording",
            lambda: client.start_call_recording(
                call, TexmlStartCallRecordingForm(recording_channels="single")
            ),
            TexmlCallRecording,
        )
        sid = started.sid if started is not None else "00000000-0000-4000-8000-000000000000"

        def listed_for_call() -> TexmlRecordingPage:
            page = client.list_call_recordings(call)
            _require(
                any(r.sid == sid for r in page.recordings), "the new recording is not listed for its call"
            )
            return page

        steps.run("listCallRecordings", listed_for_call, TexmlRecordingPage)

        def updated() -> TexmlCallRecording:
            for status in ("paused", "in-progress", "stopped"):
                result = client.update_call_recording(call, sid, TexmlUpdateCallRecordingForm(status=status))
                _require(result.sid == sid, f"update returned recording {result.sid}")
            return result

        steps.run("updateCallRecording", updated, TexmlCallRecording)
        steps.run("listRecordings", lambda: client.list_recordings(page_size=5), TexmlRecordingPage)

        def fetched() -> TexmlRecording:
            recording = client.get_recording(sid)
            _require(recording.sid == sid and recording.status == "completed", f"status {recording.status}")
            return recording

        steps.run("getRecording", fetched, TexmlRecording)

        def deleted() -> None:
            client.delete_recording(sid)
            _expect_gone(lambda: client.get_recording(sid))

        steps.run("deleteRecording", deleted)
    return steps.outcomes


def signalwire(target: ProviderTarget) -> list[Outcome]:
    steps = Steps("signalwire")
    call = target.path_ids["CallSid"]
    with SignalWireRecordings(
        target.account, target.secret, base_url=target.base_url, max_retries=0
    ) as client:
        started = steps.run(
            "startCallRecording",
            lambda: client.start_call_recording(
                call, LamlStartCallRecordingRequest(recording_channels="dual")
            ),
            LamlRecording,
        )
        sid = started.sid if started is not None else "00000000-0000-4000-8000-000000000000"

        def listed_for_call() -> LamlRecordingList:
            page = client.list_call_recordings(call, page_size=20)
            _require(
                any(r.sid == sid for r in page.recordings), "the new recording is not listed for its call"
            )
            return page

        steps.run("listCallRecordings", listed_for_call, LamlRecordingList)

        def updated() -> LamlRecording:
            for status in ("paused", "in-progress", "stopped"):
                result = client.update_call_recording(
                    call, sid, LamlUpdateCallRecordingRequest(status=status)
                )
                _require(result.sid == sid, f"update returned recording {result.sid}")
            return result

        steps.run("updateCallRecording", updated, LamlRecording)

        def listed() -> LamlRecordingList:
            page = client.list_recordings(call_sid=call, page_size=20)
            _require(any(r.sid == sid for r in page.recordings), "the recording is not listed")
            return page

        steps.run("listRecordings", listed, LamlRecordingList)

        def fetched() -> LamlRecording:
            recording = client.get_recording(sid)
            _require(recording.sid == sid and recording.status == "completed", f"status {recording.status}")
            return recording

        steps.run("getRecording", fetched, LamlRecording)

        def deleted() -> None:
            client.delete_recording(sid)
            _expect_gone(lambda: client.get_recording(sid))

        steps.run("deleteRecording", deleted)
    return steps.outcomes


ROUNDTRIPS: dict[str, Callable[[ProviderTarget], list[Outcome]]] = {
    "plivo": plivo,
    "telnyx": telnyx,
    "signalwire": signalwire,
}


def run(target: ProviderTarget) -> list[Outcome]:
    return ROUNDTRIPS[target.name](target)
