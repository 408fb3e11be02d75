"""Plivo operations: parse the validated request, call the backend, serialise the answer.

Handler names are the spec's operationIds (snake_cased); ``@handlers("<operationId>")`` registers them.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from ...core.ids import new_uuid
from ...core.provider import ApiRequest, ApiResponse, HandlerRegistry
from ...core.records import Mpc
from . import payloads
from .models import PlivoBackend

handlers: HandlerRegistry[PlivoBackend] = HandlerRegistry("plivo")

ASYNC_MESSAGE = "async api spawned"

CALL_OPTIONS = (
    "file_format",
    "transcription_type",
    "transcription_url",
    "transcription_method",
    "transcription_report_type",
    "callback_url",
    "callback_method",
    "record_channel_type",
)
CONFERENCE_OPTIONS = (
    "file_format",
    "transcription_type",
    "transcription_url",
    "transcription_method",
    "callback_url",
    "callback_method",
)
MPC_OPTIONS = (
    "file_format",
    "recording_callback_url",
    "recording_callback_method",
    "transcription_url",
    "transcript",
    "callback_url",
    "callback_method",
    "record_track_type",
)


def _options(body: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """The known parameters that were given (``""`` counts as absent: the go SDK sends empty strings)."""
    return {name: body[name] for name in names if body.get(name) not in (None, "")}


def _time_limit(body: dict[str, Any], default: int | None) -> int | None:
    value = body.get("time_limit")
    return default if value in (None, "") else int(value)


def _started(recording_options: dict[str, Any], response: dict[str, Any], status: int) -> ApiResponse:
    if recording_options.get("callback_url"):
        return ApiResponse(status, {"api_id": response["api_id"], "message": ASYNC_MESSAGE})
    return ApiResponse(status, response)


# --- call recording ---------------------------------------------------------------------------------


@handlers("startCallRecording")
def start_call_recording(backend: PlivoBackend, req: ApiRequest) -> ApiResponse:
    call = backend.live_call(req.account, req.path["call_uuid"])
    api_id = new_uuid()
    options = {**_options(req.body, CALL_OPTIONS), "api_id": api_id, "time_limit": _time_limit(req.body, 60)}
    with backend.store.write():
        recording = backend.start_call_recording(call, options, req.base_url, req.now)
        response = {
            "api_id": api_id,
            "message": "call recording started",
            "recording_id": recording.recording_id,
            "url": payloads.media_url(
                req.base_url, req.account, recording.recording_id, recording.file_format
            ),
        }
        backend.acknowledge_async(recording, response)
    return _started(options, response, 202)


@handlers("stopCallRecording")
def stop_call_recording(backend: PlivoBackend, req: ApiRequest) -> ApiResponse:
    call = backend.live_call(req.account, req.path["call_uuid"])
    url = req.param("URL") or req.param("url")
    backend.stop_call_recordings(call, str(url) if url else None, req.now)
    return ApiResponse(204)


# --- conference recording ---------------------------------------------------------------------------


@handlers("startConferenceRecording")
def start_conference_recording(backend: PlivoBackend, req: ApiRequest) -> ApiResponse:
    conference = backend.live_conference(req.account, req.path["conference_name"])
    api_id = new_uuid()
    options = {
        **_options(req.body, CONFERENCE_OPTIONS),
        "api_id": api_id,
        "time_limit": _time_limit(req.body, None),
    }
    with backend.store.write():
        recording = backend.start_conference_recording(conference, options, req.base_url, req.now)
        response = {
            "api_id": api_id,
            "message": "conference recording started",
            "recording_id": recording.recording_id,
            "url": payloads.media_url(
                req.base_url, req.account, recording.recording_id, recording.file_format
            ),
        }
        backend.acknowledge_async(recording, response)
    return _started(options, response, 202)


@handlers("stopConferenceRecording")
def stop_conference_recording(backend: PlivoBackend, req: ApiRequest) -> ApiResponse:
    conference = backend.live_conference(req.account, req.path["conference_name"])
    backend.stop_conference_recordings(conference, req.now)
    return ApiResponse(204)


# --- multiparty call recording ----------------------------------------------------------------------


def _mpc(backend: PlivoBackend, req: ApiRequest) -> Mpc:
    if "mpc_uuid" in req.path:
        return backend.live_mpc(req.account, uuid=req.path["mpc_uuid"])
    return backend.live_mpc(req.account, name=req.path["mpc_name"])


def _start_mpc(backend: PlivoBackend, req: ApiRequest) -> ApiResponse:
    mpc = _mpc(backend, req)
    api_id = new_uuid()
    options = {
        **_options(req.body, MPC_OPTIONS),
        "api_id": api_id,
        "transcript_text": mpc_transcript(backend, mpc),
    }
    if isinstance(options.get("file_format"), str):
        options["file_format"] = options["file_format"].lower()
    with backend.store.write():
        recording = backend.start_mpc_recording(mpc, options, req.base_url, req.now)
        response = {
            "api_id": api_id,
            "message": f"MPC: {mpc.name} record started",
            "recording_id": recording.recording_id,
            "recording_url": payloads.media_url(
                req.base_url, req.account, recording.recording_id, recording.file_format
            ),
        }
        backend.acknowledge_async(recording, response)
    return _started(options, response, 200)


def mpc_transcript(backend: PlivoBackend, mpc: Mpc) -> str:
    return backend.emulator.meta(f"plivo:mpc-transcript:{mpc.uuid}") or ""


def _mpc_event(backend: PlivoBackend, req: ApiRequest, event: str) -> ApiResponse:
    backend.mpc_recording_event(_mpc(backend, req), event, req.now)
    return ApiResponse(204)


@handlers("startMpcRecordingByName")
def start_mpc_recording_by_name(backend: PlivoBackend, req: ApiRequest) -> ApiResponse:
    return _start_mpc(backend, req)


@handlers("startMpcRecordingByUuid")
def start_mpc_recording_by_uuid(backend: PlivoBackend, req: ApiRequest) -> ApiResponse:
    return _start_mpc(backend, req)


@handlers("stopMpcRecordingByName")
def stop_mpc_recording_by_name(backend: PlivoBackend, req: ApiRequest) -> ApiResponse:
    return _mpc_event(backend, req, "stop")


@handlers("stopMpcRecordingByUuid")
def stop_mpc_recording_by_uuid(backend: PlivoBackend, req: ApiRequest) -> ApiResponse:
    return _mpc_event(backend, req, "stop")


@handlers("pauseMpcRecordingByName")
def pause_mpc_recording_by_name(backend: PlivoBackend, req: ApiRequest) -> ApiResponse:
    return _mpc_event(backend, req, "pause")


@handlers("pauseMpcRecordingByUuid")
def pause_mpc_recording_by_uuid(backend: PlivoBackend, req: ApiRequest) -> ApiResponse:
    return _mpc_event(backend, req, "pause")


@handlers("resumeMpcRecordingByName")
def resume_mpc_recording_by_name(backend: PlivoBackend, req: ApiRequest) -> ApiResponse:
    return _mpc_event(backend, req, "resume")


@handlers("resumeMpcRecordingByUuid")
def resume_mpc_recording_by_uuid(backend: PlivoBackend, req: ApiRequest) -> ApiResponse:
    return _mpc_event(backend, req, "resume")


# --- the Recording resource -------------------------------------------------------------------------

LIST_FILTERS = (
    "subaccount",
    "call_uuid",
    "from_number",
    "to_number",
    "conference_name",
    "conference_uuid",
    "mpc_name",
    "mpc_uuid",
    "add_time",
    "add_time__gt",
    "add_time__gte",
    "add_time__lt",
    "add_time__lte",
    "recording_storage_duration",
    "recording_storage_duration__gt",
    "recording_storage_duration__gte",
    "recording_storage_duration__lt",
    "recording_storage_duration__lte",
)


@handlers("listRecordings")
def list_recordings(backend: PlivoBackend, req: ApiRequest) -> ApiResponse:
    limit = int(req.query.get("limit", 20))
    offset = int(req.query.get("offset", 0))
    filters = {name: req.query[name] for name in LIST_FILTERS if name in req.query}
    page, total = backend.list_recordings(req.account, filters, limit, offset, req.now)
    base = f"/v1/Account/{req.account}/Recording/"

    def page_uri(page_offset: int) -> str:
        return base + "?" + urlencode({**filters, "limit": limit, "offset": page_offset})

    return ApiResponse(
        200,
        {
            "api_id": new_uuid(),
            "meta": {
                "limit": limit,
                "offset": offset,
                "total_count": total,
                "next": page_uri(offset + limit) if offset + limit < total else None,
                "previous": page_uri(max(0, offset - limit)) if offset > 0 else None,
            },
            "objects": [payloads.recording_object(r, req.base_url, req.now) for r in page],
        },
    )


@handlers("getRecording")
def get_recording(backend: PlivoBackend, req: ApiRequest) -> ApiResponse:
    recording = backend.finished_recording(req.account, req.path["recording_id"])
    body = payloads.recording_object(recording, req.base_url, req.now)
    return ApiResponse(200, {"api_id": new_uuid(), **body})


@handlers("deleteRecording")
def delete_recording(backend: PlivoBackend, req: ApiRequest) -> ApiResponse:
    backend.delete_recording(req.account, req.path["recording_id"], req.now)
    return ApiResponse(204)
