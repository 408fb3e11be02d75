"""Plivo's outgoing shapes: URLs, timestamps, the Recording object and the five callback payloads.

Callback values are strings on the wire (form-encoded), so every payload here is ``dict[str, str]``.
"""

from __future__ import annotations

import datetime
import json
import math
from typing import Any

from ...core.records import Recording

TRANSCRIPTION_RATE = 0.05  # USD per started minute
STORAGE_RATE = 0.0004  # USD per rounded minute and month (the docs' example: 120 s -> 0.0008)
MIN_TRANSCRIBABLE = 0.5  # seconds ("limited to calls with a duration greater than 500 milliseconds")
MAX_TRANSCRIBABLE = 4 * 3600.0  # seconds ("and less than 4 hours")
MAX_TRANSCRIBABLE_BYTES = 2 * 1024**3  # "a recording file size smaller than 2GB"

ERROR_TOO_LONG = "Recording duration too long for transcription"
ERROR_TOO_LARGE = "Recording file size too large for transcription"
ERROR_TOO_SHORT = "Recording duration too short for transcription"  # by analogy: the docs give no wording


def media_url(base_url: str, auth_id: str, recording_id: str, file_format: str) -> str:
    return f"{base_url}/v1/Account/{auth_id}/Recording/{recording_id}.{file_format}"


def resource_uri(auth_id: str, recording_id: str) -> str:
    return f"/v1/Account/{auth_id}/Recording/{recording_id}/"


def _utc(timestamp: float) -> datetime.datetime:
    return datetime.datetime.fromtimestamp(timestamp, tz=datetime.UTC)


def event_time(timestamp: float) -> str:
    """``YYYY-MM-DD HH:mm:ss+00:00`` (MPC event timestamps)."""
    return _utc(timestamp).strftime("%Y-%m-%d %H:%M:%S+00:00")


def add_time(timestamp: float) -> str:
    """``2014-08-05 16:15:15.852059+00:00`` (the Recording object's ``add_time``)."""
    return _utc(timestamp).strftime("%Y-%m-%d %H:%M:%S.%f+00:00")


def decimal_ms(milliseconds: float) -> str:
    """Plivo's decimal strings with five fractional digits: ``345100.00000``."""
    return f"{milliseconds:.5f}"


def duration_ms(recording: Recording, now: float) -> int:
    return round(recording.duration(now) * 1000)


def duration_s(recording: Recording, now: float) -> int:
    return round(recording.duration(now))


def recording_type(recording: Recording) -> str:
    return {"call": "normal", "conference": "conference"}.get(recording.kind, "mpc")


def storage_days(recording: Recording, now: float) -> int:
    """Days the file has been stored, at least 1."""
    ended = recording.ended_at if recording.ended_at is not None else now
    return max(1, math.ceil((now - ended) / 86400))


def recording_object(recording: Recording, base_url: str, now: float) -> dict[str, Any]:
    """A finished recording as ``GET .../Recording/{id}/`` shows it (without ``api_id``)."""
    ended = recording.ended_at if recording.ended_at is not None else now
    seconds = recording.duration(now)
    rounded = max(60, math.ceil(seconds / 60) * 60)
    stored_days = storage_days(recording, now)
    options = recording.options
    return {
        "recording_id": recording.recording_id,
        "call_uuid": recording.call_id or options.get("call_uuid") or "",
        "conference_name": recording.conference_name,
        "conference_uuid": recording.conference_uuid,
        "mpc_name": recording.mpc_name,
        "mpc_uuid": recording.mpc_uuid,
        "recording_url": media_url(
            base_url, recording.account, recording.recording_id, recording.file_format
        ),
        "recording_format": recording.file_format,
        "recording_type": recording_type(recording),
        "recording_duration_ms": decimal_ms(duration_ms(recording, now)),
        "recording_start_ms": decimal_ms(recording.started_at * 1000),
        "recording_end_ms": decimal_ms(ended * 1000),
        "add_time": add_time(ended),
        "resource_uri": resource_uri(recording.account, recording.recording_id),
        "rounded_recording_duration": rounded,
        "recording_storage_duration": stored_days,
        "recording_storage_rate": STORAGE_RATE,
        "monthly_recording_storage_amount": round(STORAGE_RATE * rounded / 60, 6),
        "from_number": options.get("from_number", ""),
        "to_number": options.get("to_number", ""),
    }


def recording_ended(recording: Recording, base_url: str, now: float) -> dict[str, str]:
    """PlivoCallRecordingCallback / PlivoConferenceRecordingCallback."""
    ended = recording.ended_at if recording.ended_at is not None else now
    payload = {
        "api_id": str(recording.options.get("api_id", "")),
        "record_url": media_url(base_url, recording.account, recording.recording_id, recording.file_format),
        "recording_id": recording.recording_id,
        "recording_duration": str(duration_s(recording, now)),
        "recording_duration_ms": decimal_ms(duration_ms(recording, now)),
        "recording_start_ms": decimal_ms(recording.started_at * 1000),
        "recording_end_ms": decimal_ms(ended * 1000),
    }
    if recording.kind == "conference":
        payload["conference_name"] = recording.conference_name or ""
        payload["message"] = "record_done"
    else:
        payload["call_uuid"] = recording.call_id or ""
        payload["message"] = "record done"
    return payload


def mpc_event(
    recording: Recording, event_name: str, sequence: int, base_url: str, now: float
) -> dict[str, str]:
    """PlivoMpcRecordingEvent."""
    finished = recording.ended_at is not None
    return {
        "EventName": event_name,
        "EventTimestamp": event_time(now),
        "MPCName": recording.mpc_name or "",
        "MPCUUID": recording.mpc_uuid or "",
        "RecordingDuration": str(duration_s(recording, now)) if finished else "",
        "RecordingEndTime": event_time(recording.ended_at) if recording.ended_at is not None else "",
        "RecordingFormat": recording.file_format,
        "RecordingResourceURL": base_url + resource_uri(recording.account, recording.recording_id),
        "RecordingStartTime": event_time(recording.started_at),
        "RecordingURL": media_url(base_url, recording.account, recording.recording_id, recording.file_format),
        "RecordingUUID": recording.recording_id,
        "SequenceNumber": str(sequence),
    }


def estimated_size(recording: Recording, seconds: float) -> float:
    """Bytes of the media file (8 kHz 16-bit PCM for wav; 16/32 kbit/s for mp3)."""
    if recording.file_format == "wav":
        return seconds * 8000 * 2 * recording.channels
    return seconds * (2000 if recording.channels == 1 else 4000)


def transcription(recording: Recording, text: str, now: float) -> dict[str, str]:
    """PlivoTranscriptionCallback, with the docs' errors outside the transcribable range."""
    seconds = recording.duration(now)
    subject = recording.call_id or recording.conference_uuid or recording.mpc_uuid or ""
    error = ""
    if seconds <= MIN_TRANSCRIBABLE:
        error = ERROR_TOO_SHORT
    elif seconds >= MAX_TRANSCRIBABLE:
        error = ERROR_TOO_LONG
    elif estimated_size(recording, seconds) >= MAX_TRANSCRIBABLE_BYTES:  # pragma: no cover - > 4 h first
        error = ERROR_TOO_LARGE
    minutes = math.ceil(seconds / 60)
    return {
        "transcription_charge": "0" if error else f"{minutes * TRANSCRIPTION_RATE:.5f}",
        "transcription": "" if error else text,
        "duration": str(round(seconds)),
        "call_uuid": subject,
        "transcription_rate": f"{TRANSCRIPTION_RATE:.5f}",
        "recording_id": recording.recording_id,
        "error": error,
    }


def async_response(response: dict[str, Any]) -> dict[str, str]:
    """PlivoAsyncResponseCallback: the API's answer, JSON-encoded in the ``response`` field."""
    return {"response": json.dumps(response, separators=(",", ":"))}
