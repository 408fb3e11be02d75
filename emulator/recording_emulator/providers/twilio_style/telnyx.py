"""Telnyx TeXML dialect: ``/v2/texml/...``, Bearer API key, JSON:API-style errors, Ed25519 signatures."""

from __future__ import annotations

import hashlib
import math
import time
from typing import Any
from urllib.parse import urlencode

from recording_clients.signatures import telnyx_sign

from ...core.callbacks import OutgoingRequest, Signer
from ...core.emulator import Emulator
from ...core.errors import DEFAULT_STATUS, ApiError, ErrorDialect, ErrorKind
from ...core.ids import telnyx_call_control_id
from ...core.provider import Authenticator, Provider
from ...core.records import Delivery, Recording
from .handlers import handlers
from .models import TwilioStyleBackend, callback_events, rfc2822

ERRORS_URL = "https://developers.telnyx.com/docs/overview/errors/"

# kind -> (code, title, canonical detail)
CATALOGUE: dict[ErrorKind, tuple[str, str, str]] = {
    ErrorKind.BAD_REQUEST: ("10015", "Bad Request", "The request failed because it was not well-formed."),
    ErrorKind.UNAUTHORIZED: (
        "10009",
        "Authentication failed",
        "The required authentication headers were either invalid or not included in the request.",
    ),
    ErrorKind.NOT_FOUND: ("10005", "Resource not found", "The requested resource or URL could not be found."),
    ErrorKind.METHOD_NOT_ALLOWED: (
        "10015",
        "Method not allowed",
        "The HTTP method is not allowed on this resource.",
    ),
    ErrorKind.PAYLOAD_TOO_LARGE: ("10015", "Request entity too large", "The request body is too large."),
    ErrorKind.UNSUPPORTED_MEDIA_TYPE: (
        "10014",
        "Unsupported Media Type",
        "The Content-Type of the request is not supported.",
    ),
    ErrorKind.UNPROCESSABLE: ("10026", "Invalid parameter type", "A parameter has an invalid value."),
    ErrorKind.INVALID_STATE: ("90018", "Call has already ended", "This call is no longer active."),
    ErrorKind.INTERNAL: ("10007", "Unexpected error", "An unexpected error occurred."),
}
CODE_TITLES = {
    "10015": "Bad Request",
    "10026": "Invalid parameter type",
    "10032": "Invalid enumerated value",
    "90018": "Call has already ended",
}
STATUS = {**DEFAULT_STATUS, ErrorKind.INVALID_STATE: 422}


class TelnyxErrors:
    def status(self, error: ApiError) -> int:
        return error.status or STATUS[error.kind]

    def body(self, error: ApiError, status: int) -> dict[str, Any]:
        code, title, canonical = CATALOGUE[error.kind]
        if error.code is not None:
            code = str(error.code)
            title = CODE_TITLES.get(code, title)
        entry: dict[str, Any] = {
            "code": code,
            "title": title,
            "detail": canonical if error.generic else error.message,
            "meta": {"url": ERRORS_URL + code},
        }
        if error.pointer:
            key = "parameter" if not error.pointer.startswith("/") else "pointer"
            entry["source"] = {key: error.pointer}
        return {"errors": [entry]}

    def validation_error(self, location: str, field: str | None, message: str) -> ApiError:
        if location == "body" and field:
            code = "10032" if "is not one of" in message else "10026"
            return ApiError(ErrorKind.UNPROCESSABLE, message, code=code, pointer="/" + field)
        return ApiError(ErrorKind.BAD_REQUEST, message, pointer=field)


def _uri(recording: Recording, *, call_level: bool) -> str:
    base = f"/v2/texml/Accounts/{recording.account}"
    if call_level:
        return f"{base}/Calls/{recording.call_id}/Recordings/{recording.recording_id}.json"
    return f"{base}/Recordings/{recording.recording_id}.json"


def media_url(base_url: str, recording: Recording) -> str:
    return f"{base_url}/v2/texml/Accounts/{recording.account}/Recordings/{recording.recording_id}.mp3"


def _duration(recording: Recording, now: float) -> str | None:
    return None if recording.ended_at is None else str(round(recording.duration(now)))


def _price(recording: Recording, now: float) -> str | None:
    if recording.ended_at is None:
        return None
    return f"{math.ceil(recording.duration(now) / 60) * 0.002:.4f}"


def _connection_id(call_id: str | None) -> str:
    """A stable numeric connection id per call (the TeXML application the call belongs to)."""
    return str(int(hashlib.sha256((call_id or "").encode()).hexdigest()[:15], 16))


class TelnyxDialect:
    provider = "telnyx"
    errors: ErrorDialect = TelnyxErrors()
    callback_schema = "TexmlRecordingStatusCallback"
    path_names = ("account_sid", "call_sid", "recording_sid")
    default_pause_behavior = "skip"  # TeXML has no PauseBehavior: paused audio is not recorded
    date_created_is_a_day = False  # a date-time DateCreated selects that second (Telnyx documents no rule)

    def account(self, emulator: Emulator) -> str:
        return emulator.credentials.telnyx_account_sid

    def new_call_id(self) -> str:
        return telnyx_call_control_id()

    def recording_options(self, body: dict[str, Any]) -> dict[str, Any]:
        return {
            "channels": body.get("RecordingChannels") or "dual",
            "track": body.get("RecordingTrack") or "both",
            "play_beep": body.get("PlayBeep", True),
            "callback_url": body.get("RecordingStatusCallback") or None,
            "callback_method": body.get("RecordingStatusCallbackMethod") or "POST",
            "events": callback_events(body.get("RecordingStatusCallbackEvent")),
            "send_recording_url": body.get("SendRecordingUrl", True) is not False,
        }

    def channels(self, options: dict[str, Any]) -> int:
        return 1 if options.get("channels") in ("single", "mono") else 2

    def call_recording(self, recording: Recording, now: float) -> dict[str, Any]:
        return {
            "account_sid": recording.account,
            "call_sid": recording.call_id,
            "conference_sid": None,
            "channels": recording.channels,
            "date_created": rfc2822(recording.created_at),
            "date_updated": rfc2822(recording.updated_at),
            "start_time": rfc2822(recording.started_at),
            "price": _price(recording, now),
            "price_unit": "USD",
            "duration": _duration(recording, now),
            "sid": recording.recording_id,
            "source": "StartCallRecordingAPI",
            "error_code": None,
            "track": recording.options.get("track", "both"),
            "uri": _uri(recording, call_level=True),
            "status": recording.state,
        }

    def recording(self, recording: Recording, base_url: str, now: float) -> dict[str, Any]:
        body: dict[str, Any] = {
            "account_sid": recording.account,
            "call_sid": recording.call_id,
            "channels": recording.channels,
            "conference_sid": None,
            "date_created": rfc2822(recording.created_at),
            "date_updated": rfc2822(recording.updated_at),
            "duration": _duration(recording, now),
            "error_code": None,
            "sid": recording.recording_id,
            "source": "StartCallRecordingAPI",
            "start_time": rfc2822(recording.started_at),
            "status": recording.state,
            "subresources_uris": {"transcriptions": None},
            "uri": _uri(recording, call_level=False),
        }
        if recording.ended_at is not None:
            body["media_url"] = media_url(base_url, recording)
        return body

    def page(
        self,
        items: list[dict[str, Any]],
        page: int,
        page_size: int,
        total: int,
        path: str,
        query: dict[str, str],
    ) -> dict[str, Any]:
        base = f"/v2/texml/{path}"

        def uri(number: int, token: str | None = None) -> str:
            params = {**query, "Page": number, "PageSize": page_size}
            if token:
                params["PageToken"] = token
            return base + "?" + urlencode(params)

        start = page * page_size
        has_next = start + page_size < total
        return {
            "recordings": items,
            "page": page,
            "page_size": page_size,
            "start": start,
            "end": max(start, start + len(items) - 1),
            "uri": uri(page),
            "first_page_uri": uri(0),
            "next_page_uri": uri(page + 1, "PA" + items[-1]["sid"]) if has_next and items else None,
            "previous_page_uri": uri(page - 1, "PB" + items[0]["sid"]) if page > 0 and items else None,
        }

    def callback(self, recording: Recording, status: str, base_url: str, now: float) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "AccountSid": recording.account,
            "CallSid": recording.call_id,
            "CallSidLegacy": recording.call_id,
            "ConnectionId": _connection_id(recording.call_id),
            "RecordingSid": recording.recording_id,
            "RecordingStatus": status,
            "RecordingChannels": recording.channels,
            "RecordingSource": "StartCallRecordingAPI",
            "RecordingStartTime": rfc2822(recording.started_at),
            "RecordingTrack": recording.options.get("track", "both"),
        }
        if status == "completed":
            payload["RecordingDuration"] = str(round(recording.duration(now)))
            if recording.options.get("send_recording_url", True):
                payload["RecordingUrl"] = media_url(base_url, recording)
        return payload

    def call_not_live(self) -> ApiError:
        return ApiError(ErrorKind.INVALID_STATE, "Call has already ended", code="90018")

    def recording_finished(self) -> ApiError:
        return ApiError(ErrorKind.INVALID_STATE, "The recording has already completed", code="10015")


def telnyx_signer(emulator: Emulator) -> Signer:
    private_key = emulator.telnyx.private_key

    def sign(delivery: Delivery, request: OutgoingRequest) -> dict[str, str]:
        timestamp = str(int(time.time()))  # wall clock: receivers check it against theirs
        return {
            "telnyx-signature-ed25519": telnyx_sign(private_key, timestamp, request.body),
            "telnyx-timestamp": timestamp,
        }

    return sign


DIALECT = TelnyxDialect()


def _backend(emulator: Emulator) -> TwilioStyleBackend:
    emulator.callbacks.signers["telnyx"] = telnyx_signer(emulator)
    return TwilioStyleBackend(emulator, DIALECT)


def _credentials(emulator: Emulator) -> tuple[str, str]:
    return emulator.credentials.telnyx_account_sid, emulator.credentials.telnyx_api_key


TELNYX: Provider[TwilioStyleBackend] = Provider(
    name="telnyx",
    spec_name="telnyx_texml",
    claims=("/v2/",),
    errors=DIALECT.errors,
    handlers=handlers,
    backend=_backend,
    auth=Authenticator("bearer", "account_sid", ErrorKind.NOT_FOUND, _credentials),
    json_for_form=True,  # the Telnyx Python and Go SDKs send JSON bodies
    media_path=r"/v2/texml/Accounts/(?P<account>[^/]+)/Recordings/(?P<id>[^/.]+)\.(?P<ext>mp3|wav)",
)
