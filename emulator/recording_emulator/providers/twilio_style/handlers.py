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
    where = [("call_id = ?", call.call_id), *date_filters(req)]
    return _page(backend, req, where, f"Accounts/{req.account}/Calls/{call.call_id}/Recordings.json")


@handlers("listRecordings")
def list_recordings(backend: TwilioStyleBackend, req: ApiRequest) -> ApiResponse:
    where: list[tuple[str, Any]] = list(date_filters(req))
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


def _parse_date(value: str) -> tuple[float, float]:
    """The interval ``[start, end)`` a filter value denotes: a whole day for a date, a second otherwise."""
    parsed = parse_filter_time(value)
    if parsed is None:
        raise bad_request(f"DateCreated: invalid date {value!r}")
    return parsed.stamp, parsed.stamp + (86400 if parsed.date_only else 1)


def date_filters(req: ApiRequest) -> list[tuple[str, float]]:
    """``DateCreated`` (that day), ``DateCreated>`` (on or after), ``DateCreated<`` (on or before)."""
    filters: list[tuple[str, float]] = []
    for key, value in req.raw_query:
        if key == "DateCreated":
            start, end = _parse_date(value)
            filters += [("created_at >= ?", start), ("created_at < ?", end)]
        elif key == "DateCreated>":
            filters.append(("created_at >= ?", _parse_date(value)[0]))
        elif key == "DateCreated<":
            filters.append(("created_at < ?", _parse_date(value)[1]))
    return filters
