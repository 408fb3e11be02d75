"""SignalWire LaML dialect: ``/api/laml/2010-04-01`` (and ``/2010-04-01``), Basic auth, Twilio-style errors,
``X-SignalWire-Signature`` (HMAC-SHA1 with the project's signing key; also sent as ``X-Twilio-Signature``).

Media: ``GET .../Recordings/{Sid}`` without extension (or ``.wav``) is the WAV file, ``.mp3`` the MP3
file, ``.json`` the metadata - as the provider documents it.
"""

from __future__ import annotations

import math
from typing import Any
from urllib.parse import urlencode

from recording_clients.signatures import signalwire_signature

from ...core.callbacks import OutgoingRequest, Signer
from ...core.emulator import Emulator
from ...core.errors import DEFAULT_STATUS, ApiError, ErrorDialect, ErrorKind
from ...core.ids import new_uuid
from ...core.provider import Authenticator, Provider
from ...core.records import Delivery, Recording
from .handlers import handlers
from .models import TwilioStyleBackend, callback_events, rfc2822

MORE_INFO = "https://signalwire.com/docs/compatibility-api/reference/errors"
API_PREFIX = "/api/laml/2010-04-01"

# kind -> (code, canonical message)
CATALOGUE: dict[ErrorKind, tuple[int, str]] = {
    ErrorKind.BAD_REQUEST: (10000, "Invalid argument"),
    ErrorKind.INVALID_STATE: (21220, "A recording cannot be started for a call that is not in-progress"),
    ErrorKind.UNAUTHORIZED: (20003, "Authentication failed"),
    ErrorKind.NOT_FOUND: (20404, "The requested resource was not found"),
    ErrorKind.METHOD_NOT_ALLOWED: (20004, "Method not allowed"),
    ErrorKind.PAYLOAD_TOO_LARGE: (10000, "Request entity too large"),
    ErrorKind.UNSUPPORTED_MEDIA_TYPE: (
        10000,
        "Unsupported Media Type - send application/x-www-form-urlencoded",
    ),
    ErrorKind.UNPROCESSABLE: (13621, "The provided event is not a valid recording callback event"),
    ErrorKind.INTERNAL: (20504, "Internal error"),
}
FIELD_ERRORS: dict[str, tuple[ErrorKind, int, str]] = {
    "RecordingStatusCallbackEvent": (
        ErrorKind.UNPROCESSABLE,
        13621,
        "The provided event is not a valid recording callback event",
    ),
    "Trim": (ErrorKind.BAD_REQUEST, 13699, "The provided trim value for the recording is invalid"),
    "RecordingStatusCallback": (
        ErrorKind.BAD_REQUEST,
        21456,
        "The recording status callback URL is not valid",
    ),
}


class SignalWireErrors:
    def status(self, error: ApiError) -> int:
        return error.status or DEFAULT_STATUS[error.kind]

    def body(self, error: ApiError, status: int) -> dict[str, Any]:
        code, canonical = CATALOGUE[error.kind]
        return {
            "code": int(error.code) if error.code is not None else code,
            "message": canonical if error.generic else error.message,
            "more_info": MORE_INFO,
            "status": status,
        }

    def validation_error(self, location: str, field: str | None, message: str) -> ApiError:
        if location == "body" and field in FIELD_ERRORS:
            kind, code, text = FIELD_ERRORS[field]
            return ApiError(kind, f"{text} ({message})", code=code)
        return ApiError(ErrorKind.BAD_REQUEST, message)


def _uri(recording: Recording, *, call_level: bool) -> str:
    base = f"{API_PREFIX}/Accounts/{recording.account}"
    if call_level:
        return f"{base}/Calls/{recording.call_id}/Recordings/{recording.recording_id}.json"
    return f"{base}/Recordings/{recording.recording_id}.json"


def recording_url(base_url: str, recording: Recording) -> str:
    """Media URL without extension (WAV); append ``.mp3`` for MP3, ``.json`` for the metadata."""
    return f"{base_url}{API_PREFIX}/Accounts/{recording.account}/Recordings/{recording.recording_id}"


class SignalWireDialect:
    provider = "signalwire"
    errors: ErrorDialect = SignalWireErrors()
    callback_schema = "LamlRecordingStatusCallback"
    path_names = ("AccountSid", "CallSid", "Sid")
    default_pause_behavior = "silence"  # the provider's documented PauseBehavior default
    date_created_is_a_day = True  # "created on this date"; twilio-python sends a date as midnight ISO 8601

    def account(self, emulator: Emulator) -> str:
        return emulator.credentials.signalwire_project_id

    def new_call_id(self) -> str:
        return new_uuid()

    def recording_options(self, body: dict[str, Any]) -> dict[str, Any]:
        return {
            "channels": body.get("RecordingChannels") or "mono",
            "track": body.get("RecordingTrack") or "both",
            "trim": body.get("Trim") or "do-not-trim",
            "callback_url": body.get("RecordingStatusCallback") or None,
            "callback_method": body.get("RecordingStatusCallbackMethod") or "POST",
            "events": callback_events(body.get("RecordingStatusCallbackEvent")),
        }

    def channels(self, options: dict[str, Any]) -> int:
        return 2 if options.get("channels") == "dual" else 1

    def _resource(self, recording: Recording, now: float, *, call_level: bool) -> dict[str, Any]:
        done = recording.ended_at is not None
        seconds = recording.duration(now)
        base = f"{API_PREFIX}/Accounts/{recording.account}/Recordings/{recording.recording_id}"
        return {
            "sid": recording.recording_id,
            "account_sid": recording.account,
            "api_version": "2010-04-01",
            "call_sid": recording.call_id,
            "conference_sid": None,
            "channels": recording.channels,
            "channel": recording.channels,
            "date_created": rfc2822(recording.created_at),
            "date_updated": rfc2822(recording.updated_at),
            "start_time": rfc2822(recording.started_at),
            "end_time": rfc2822(recording.ended_at) if recording.ended_at is not None else None,
            "duration": round(seconds) if done else None,
            "price": f"-{math.ceil(seconds / 60) * 0.0025:.5f}" if done else None,
            "price_unit": "USD",
            "source": "StartCallRecordingApi",
            "status": recording.state,
            "error_code": None,
            "uri": _uri(recording, call_level=call_level),
            "subresource_uris": {"transcriptions": f"{base}/Transcriptions.json"},
            "encryption_details": None,
            "trim": recording.options.get("trim", "do-not-trim"),
        }

    def call_recording(self, recording: Recording, now: float) -> dict[str, Any]:
        return self._resource(recording, now, call_level=True)

    def recording(self, recording: Recording, base_url: str, now: float) -> dict[str, Any]:
        return self._resource(recording, now, call_level=False)

    def page(
        self,
        items: list[dict[str, Any]],
        page: int,
        page_size: int,
        total: int,
        path: str,
        query: dict[str, str],
    ) -> dict[str, Any]:
        base = f"{API_PREFIX}/{path}"

        def uri(number: int, token: str | None = None) -> str:
            params = {**query, "Page": number, "PageSize": page_size}
            if token:
                params["PageToken"] = token
            return base + "?" + urlencode(params)

        start = page * page_size
        has_next = start + page_size < total
        # exactly one non-meta key ('recordings'): twilio-python's paging depends on it
        return {
            "recordings": items,
            "uri": uri(page),
            "first_page_uri": uri(0),
            "next_page_uri": uri(page + 1, "PA" + items[-1]["sid"]) if has_next and items else None,
            "previous_page_uri": uri(page - 1, "PB" + items[0]["sid"]) if page > 0 and items else None,
            "page": page,
            "page_size": page_size,
            "start": start,
            "end": max(start, start + len(items) - 1),
        }

    def callback(self, recording: Recording, status: str, base_url: str, now: float) -> dict[str, Any]:
        return {
            "AccountSid": recording.account,
            "CallSid": recording.call_id,
            "RecordingSid": recording.recording_id,
            "RecordingUrl": recording_url(base_url, recording),
            "RecordingStatus": status,
            "RecordingDuration": round(recording.duration(now)) if status == "completed" else 0,
            "RecordingChannels": recording.channels,
            "RecordingSource": "StartCallRecordingApi",
            "RecordingStartTime": rfc2822(recording.started_at),
            "RecordingTrack": recording.options.get("track", "both"),
        }

    def call_not_live(self) -> ApiError:
        return ApiError(
            ErrorKind.INVALID_STATE,
            "A recording cannot be started for a call that is not in-progress",
            code=21220,
        )

    def recording_finished(self) -> ApiError:
        # SignalWire's spec documents 422 on update (no code for this case): a state conflict, not bad input.
        return ApiError(ErrorKind.INVALID_STATE, "The recording is not in progress", code=21220, status=422)


def signalwire_signer(signing_key: str) -> Signer:
    def sign(delivery: Delivery, request: OutgoingRequest) -> dict[str, str]:
        if request.method == "GET":  # the payload is part of the URL; nothing else is signed
            signature = signalwire_signature(request.request_url, {}, signing_key)
        else:
            signature = signalwire_signature(request.signed_url, request.params, signing_key)
        return {"X-SignalWire-Signature": signature, "X-Twilio-Signature": signature}

    return sign


DIALECT = SignalWireDialect()


def _backend(emulator: Emulator) -> TwilioStyleBackend:
    emulator.callbacks.signers["signalwire"] = signalwire_signer(emulator.credentials.signalwire_signing_key)
    return TwilioStyleBackend(emulator, DIALECT)


def _credentials(emulator: Emulator) -> tuple[str, str]:
    return emulator.credentials.signalwire_project_id, emulator.credentials.signalwire_api_token


SIGNALWIRE: Provider[TwilioStyleBackend] = Provider(
    name="signalwire",
    spec_name="signalwire_laml",
    claims=(API_PREFIX + "/", "/2010-04-01/"),
    errors=DIALECT.errors,
    handlers=handlers,
    backend=_backend,
    auth=Authenticator("basic", "AccountSid", ErrorKind.NOT_FOUND, _credentials),
    extra_prefixes=("/2010-04-01",),  # the legacy SDKs (twilio-python based) call this prefix
    optional_suffix=".json",
    media_path=r"(?:/api/laml)?/2010-04-01/Accounts/(?P<account>[^/]+)/Recordings/(?P<id>[^/.]+)(?:\.(?P<ext>mp3|wav))?",
)
