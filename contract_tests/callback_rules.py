"""Which callbacks a successful start request must cause, and how to tell two deliveries of one apart.

The spec's ``callbacks`` say what may be sent; these rules say what must arrive once the recording has
ended, per provider, from the request body and the 2xx answer (all values as sent on the wire):

* Telnyx / SignalWire: one ``RecordingStatus`` callback per subscribed event
  (``RecordingStatusCallbackEvent``, default ``completed``); ``completed`` may come as ``absent``.
  A recording deleted while running is stopped without a file, so its ``completed`` is not required.
* Plivo call and conference recordings: the recording-ended payload on ``callback_url``, and in
  asynchronous mode (the answer has no ``recording_id``) also the API-response payload.
* Plivo multiparty calls: ``MPCRecordingInitiated`` and then ``MPCRecordingCompleted`` (or ``...Failed``)
  on ``recording_callback_url``; the API-response payload on ``callback_url``.

Transcriptions are validated when they arrive but never required (Plivo sends none for short calls).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from .providers import ProviderName

Payload = Mapping[str, Any]

# Fields that identify one logical callback; two arrivals with the same identity must be identical.
IDENTITY: dict[str, tuple[str, ...]] = {
    "TexmlRecordingStatusCallback": ("RecordingSid", "RecordingStatus"),
    "LamlRecordingStatusCallback": ("RecordingSid", "RecordingStatus"),
    "PlivoMpcRecordingEvent": ("RecordingUUID", "SequenceNumber"),
    "PlivoCallRecordingCallback": ("recording_id",),
    "PlivoConferenceRecordingCallback": ("recording_id",),
    "PlivoTranscriptionCallback": ("recording_id",),
    "PlivoAsyncResponseCallback": (),
}


@dataclasses.dataclass(frozen=True)
class Registration:
    """A 2xx start request that registered one of our receiver URLs in ``field``."""

    provider: ProviderName
    operation_id: str
    field: str
    token: str
    request_body: Payload
    response_body: Payload
    case_label: str  # e.g. 'POST /texml/Accounts/{account_sid}/Calls/{call_sid}/Recordings.json'

    @property
    def recording_id(self) -> str | None:
        value = self.response_body.get("sid") or self.response_body.get("recording_id")
        return str(value) if value else None


@dataclasses.dataclass(frozen=True)
class Requirement:
    """A callback that must arrive on ``registration``'s URL with ``method``, matching ``accepts``."""

    registration: Registration
    description: str
    method: str
    schema_name: str
    accepts: Callable[[Payload], bool]


def _method(value: Any) -> str:
    return str(value).upper() if str(value).upper() in ("GET", "POST") else "POST"


def requirements(reg: Registration, deleted: set[str]) -> list[Requirement]:
    """Callbacks ``reg`` must have caused once every recording has ended (``deleted``: deleted ids)."""
    body, answer = reg.request_body, reg.response_body
    if reg.provider in ("telnyx", "signalwire"):
        return _status_callbacks(reg, deleted)
    if reg.field == "callback_url":
        found = []
        if "recording_id" not in answer:  # asynchronous mode: the answer arrives as a callback
            found.append(
                Requirement(
                    reg,
                    "asynchronous API response",
                    _method(body.get("callback_method")),
                    "PlivoAsyncResponseCallback",
                    lambda p: "response" in p,
                )
            )
        if reg.operation_id in ("startCallRecording", "startConferenceRecording"):
            schema = (
                "PlivoCallRecordingCallback"
                if reg.operation_id == "startCallRecording"
                else "PlivoConferenceRecordingCallback"
            )
            rid = answer.get("recording_id")
            found.append(
                Requirement(
                    reg,
                    "recording ended",
                    _method(body.get("callback_method")),
                    schema,
                    lambda p: "record_url" in p and (rid is None or p.get("recording_id") == rid),
                )
            )
        return found
    if reg.field == "recording_callback_url":
        rid = answer.get("recording_id")
        method = _method(body.get("recording_callback_method"))

        def event(names: tuple[str, ...]) -> Callable[[Payload], bool]:
            return lambda p: p.get("EventName") in names and (rid is None or p.get("RecordingUUID") == rid)

        return [
            Requirement(
                reg,
                "MPCRecordingInitiated",
                method,
                "PlivoMpcRecordingEvent",
                event(("MPCRecordingInitiated",)),
            ),
            Requirement(
                reg,
                "MPCRecordingCompleted or MPCRecordingFailed",
                method,
                "PlivoMpcRecordingEvent",
                event(("MPCRecordingCompleted", "MPCRecordingFailed")),
            ),
        ]
    return []  # transcription_url: optional


def _status_callbacks(reg: Registration, deleted: set[str]) -> list[Requirement]:
    body = reg.request_body
    sid = reg.response_body.get("sid")
    events = str(body.get("RecordingStatusCallbackEvent") or "completed").split()
    method = _method(body.get("RecordingStatusCallbackMethod"))
    schema = "TexmlRecordingStatusCallback" if reg.provider == "telnyx" else "LamlRecordingStatusCallback"

    def status(*values: str) -> Callable[[Payload], bool]:
        return lambda p: p.get("RecordingSid") == sid and p.get("RecordingStatus") in values

    found = []
    if "in-progress" in events:
        found.append(Requirement(reg, "in-progress", method, schema, status("in-progress")))
    if "completed" in events and sid not in deleted:
        found.append(Requirement(reg, "completed (or absent)", method, schema, status("completed", "absent")))
    return found
