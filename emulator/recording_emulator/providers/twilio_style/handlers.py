"""The six Twilio-style operations, shared by Telnyx TeXML and SignalWire LaML (their dialects differ)."""

from __future__ import annotations

from typing import Any

from ...core.dates import parse_filter_time
from ...core.errors import bad_request
from ...core.provider import ApiRequest, ApiResponse, HandlerRegistry
from .models import TwilioStyleBackend

handlers: HandlerRegistry[TwilioStyleBackend] = HandlerRegistry("twilio_style")

DEFAULT_PAGE_SIZE = 50


def _ids(backend: TwilioStyleBackend) -> tuple[str, str, str]:
    """Path parameter names: (account, call, recording)."""
    return backend.dialect.path_names


@handlers("startCallRecording")
def start_call_recording(backend: TwilioStyleBackend, req: ApiRequest) -> ApiResponse:
    _, call_param, _ = _ids(backend)
    call = backend.call(req.account, req.path[call_param])
    recording = backend.start(call, req.body, req.base_url, req.now)
    return ApiResponse(200, backend.dialect.call_recording(recording, req.now))


@handlers("updateCallRecording")
def update_call_recording(backend: TwilioStyleBackend, req: ApiRequest) -> ApiResponse:
    _, call_param, recording_param = _ids(backend)
    call = backend.call(req.account, req.path[call_param])
    recording = backend.update(
        call, req.path[recording_param], req.body.get("Status"), req.body.get("PauseBehavior"), req.now
    )
    return ApiResponse(200, backend.dialect.call_recording(recording, req.now))


@handlers("getRecording")
def get_recording(backend: TwilioStyleBackend, req: ApiRequest) -> ApiResponse:
    _, _, recording_param = _ids(backend)
    recording = backend.recording(req.account, req.path[recording_param])
    return ApiResponse(200, backend.dialect.recording(recording, req.base_url, req.now))


@handlers("deleteRecording")
def delete_recording(backend: TwilioStyleBackend, req: ApiRequest) -> ApiResponse:
    _, _, recording_param = _ids(backend)
    backend.delete(req.account, req.path[recording_param], req.now)
    return ApiResponse(204)


@handlers("listCallRecordings")
def list_call_recordings(backend: TwilioStyleBackend, req: ApiRequest) -> ApiResponse:
    _, call_param, _ = _ids(backend)
    call = backend.call(req.account, req.path[call_param])
    where = [("call_id = ?", call.call_id), *date_filters(req, backend.dialect.date_created_is_a_day)]
    return _page(backend, req, where, f"Accounts/{req.account}/Calls/{call.call_id}/Recordings.json")


@handlers("listRecordings")
def list_recordings(backend: TwilioStyleBackend, req: ApiRequest) -> ApiResponse:
    where: list[tuple[str, Any]] = list(date_filters(req, backend.dialect.date_created_is_a_day))
    if req.query.get("CallSid"):
        where.append(("call_id = ?", req.query["CallSid"]))
    if req.query.get("ConferenceSid"):
        where.append(("conference_uuid = ?", req.query["ConferenceSid"]))
    return _page(backend, req, where, f"Accounts/{req.account}/Recordings.json")


def _page(
    backend: TwilioStyleBackend, req: ApiRequest, where: list[tuple[str, Any]], path: str
) -> ApiResponse:
    page = int(req.query.get("Page", 0))
    page_size = int(req.query.get("PageSize", DEFAULT_PAGE_SIZE))
    found, total = backend.search(req.account, where=where, limit=page_size, offset=page * page_size)
    items = [backend.dialect.recording(r, req.base_url, req.now) for r in found]
    query = {k: str(v) for k, v in req.query.items() if k not in ("Page", "PageSize", "PageToken")}
    for key, value in req.raw_query:
        if key in ("DateCreated<", "DateCreated>"):
            query[key] = value
    return ApiResponse(200, backend.dialect.page(items, page, page_size, total, path, query))


# --- DateCreated, DateCreated<, DateCreated> --------------------------------------------------------


def _parse_date(value: str) -> tuple[float, float, bool]:
    """The interval ``[start, end)`` a filter value denotes (a whole day for a date, a second otherwise)."""
    parsed = parse_filter_time(value)
    if parsed is None:
        raise bad_request(f"DateCreated: invalid date {value!r}")
    return parsed.stamp, parsed.stamp + (86400 if parsed.date_only else 1), parsed.date_only


def date_filters(req: ApiRequest, date_created_is_a_day: bool = False) -> list[tuple[str, float]]:
    """``DateCreated`` (that day), ``DateCreated>`` (on or after), ``DateCreated<`` (on or before).

    With ``date_created_is_a_day`` (SignalWire) an exact ``DateCreated`` date-time selects the whole UTC day
    it falls on: twilio-python sends ``date(2024, 5, 1)`` as ``2024-05-01T00:00:00Z``, and SignalWire
    documents the filter as "created on this date" with a midnight RFC 2822 example.
    """
    filters: list[tuple[str, float]] = []
    for key, value in req.raw_query:
        if key == "DateCreated":
            start, end, date_only = _parse_date(value)
            if date_created_is_a_day and not date_only:
                start = start - start % 86400
                end = start + 86400
            filters += [("created_at >= ?", start), ("created_at < ?", end)]
        elif key == "DateCreated>":
            filters.append(("created_at >= ?", _parse_date(value)[0]))
        elif key == "DateCreated<":
            filters.append(("created_at < ?", _parse_date(value)[1]))
    return filters
