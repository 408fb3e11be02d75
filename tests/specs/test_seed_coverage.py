"""Every endpoint, field and enum value named on a seed page (../shared/seeds/) is present in our specs.

One row per seed page. A value "is present" when the spec's schema for that field accepts it, so a seed value
the live API no longer uses still has to be accepted (house rule 11) rather than silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from spec_rules import registry_for, resolve, schema_validator

from .conftest import load


@dataclass(frozen=True)
class SeedPage:
    seed: str
    spec: str
    method: str
    path: str
    operation_id: str
    request_fields: dict[str, tuple[Any, ...]] = field(default_factory=dict)  # field -> values it must accept
    response_fields: tuple[str, ...] = ()
    callbacks: dict[str, tuple[str, ...]] = field(default_factory=dict)  # components/schemas name -> fields
    callback_values: dict[str, dict[str, tuple[Any, ...]]] = field(default_factory=dict)
    extra_operations: tuple[tuple[str, str, str], ...] = ()  # (method, path, operationId) also on the page


SEED_PAGES = [
    SeedPage(
        seed="plivo-call-record.txt",
        spec="plivo.yaml",
        method="post",
        path="/v1/Account/{auth_id}/Call/{call_uuid}/Record/",
        operation_id="startCallRecording",
        request_fields={
            "time_limit": (60,),
            "file_format": ("mp3", "wav"),
            "transcription_type": ("auto",),
            "transcription_url": ("https://example.com/transcription",),
            "callback_url": ("https://example.com/recorded",),
            "callback_method": ("GET", "POST"),
        },
        response_fields=("url", "message", "recording_id", "api_id"),
        callbacks={
            "PlivoCallRecordingCallback": (
                "api_id",
                "record_url",
                "call_uuid",
                "recording_id",
                "recording_duration",
                "recording_duration_ms",
                "recording_start_ms",
                "recording_end_ms",
            ),
            "PlivoTranscriptionCallback": (
                "transcription_charge",
                "transcription",
                "duration",
                "call_uuid",
                "transcription_rate",
                "recording_id",
                "error",
            ),
        },
        callback_values={
            "PlivoTranscriptionCallback": {
                "error": (
                    "Recording duration too long for transcription",
                    "Recording file size too large for transcription",
                    "",
                )
            }
        },
    ),
    SeedPage(
        seed="plivo-conference-record.txt",
        spec="plivo.yaml",
        method="post",
        # The seed writes the parameter as {conference_id}; the current docs and every SDK use the name.
        path="/v1/Account/{auth_id}/Conference/{conference_name}/Record/",
        operation_id="startConferenceRecording",
        request_fields={
            "file_format": ("mp3", "wav"),
            "transcription_type": ("auto",),
            "transcription_url": ("https://example.com/transcription",),
            "transcription_method": ("GET", "POST"),
            "callback_url": ("https://example.com/recorded",),
            "callback_method": ("GET", "POST"),
        },
        response_fields=("url", "message", "api_id"),
        callbacks={
            "PlivoConferenceRecordingCallback": ("record_url", "conference_name", "message", "api_id"),
            "PlivoAsyncResponseCallback": (),
        },
        extra_operations=(
            (
                "delete",
                "/v1/Account/{auth_id}/Conference/{conference_name}/Record/",
                "stopConferenceRecording",
            ),
        ),
    ),
    SeedPage(
        seed="plivo-multiparty-call-record.txt",
        spec="plivo.yaml",
        method="post",
        path="/v1/Account/{auth_id}/MultiPartyCall/name_{mpc_name}/Record/",
        operation_id="startMpcRecordingByName",
        request_fields={
            "file_format": ("mp3", "wav"),
            "recording_callback_url": ("https://plivo.com/status",),
            "recording_callback_method": ("GET", "POST"),
        },
        response_fields=("api_id", "message", "recording_id", "recording_url"),
        callbacks={
            "PlivoMpcRecordingEvent": (
                "EventName",
                "EventTimestamp",
                "MPCName",
                "MPCUUID",
                "RecordingDuration",
                "RecordingEndTime",
                "RecordingFormat",
                "RecordingResourceURL",
                "RecordingStartTime",
                "RecordingURL",
                "RecordingUUID",
                "SequenceNumber",
            ),
        },
        callback_values={
            "PlivoMpcRecordingEvent": {
                "EventName": (
                    "MPCRecordingInitiated",
                    "MPCRecordingPaused",
                    "MPCRecordingResumed",
                    "MPCRecordingCompleted",
                    "MPCRecordingFailed",
                )
            }
        },
    ),
    SeedPage(
        seed="signalwire-laml-create-recording.txt",
        spec="signalwire_laml.yaml",
        method="post",
        path="/Accounts/{AccountSid}/Calls/{CallSid}/Recordings",
        operation_id="startCallRecording",
        request_fields={
            "RecordingChannels": ("mono", "dual"),
            "RecordingStatusCallback": ("https://example.com/status",),
            "RecordingStatusCallbackEvent": ("completed", "in-progress", "absent"),
            "RecordingStatusCallbackMethod": ("GET", "POST"),
            "RecordingTrack": ("inbound", "outbound", "both"),
            "Trim": ("trim-silence", "do-not-trim"),
        },
        response_fields=(
            "account_sid",
            "api_version",
            "call_sid",
            "conference_sid",
            "channels",
            "date_created",
            "date_updated",
            "end_time",
            "price",
            "price_unit",
            "duration",
            "sid",
            "source",
            "status",
            "error_code",
            "uri",
            "subresource_uris",
        ),
        callbacks={"LamlRecordingStatusCallback": ("RecordingSid", "RecordingStatus")},
    ),
    SeedPage(
        seed="telnyx-texml-call-recording.txt",
        spec="telnyx_texml.yaml",
        method="post",
        path="/texml/Accounts/{account_sid}/Calls/{call_sid}/Recordings.json",
        operation_id="startCallRecording",
        request_fields={
            "PlayBeep": (True, False),
            "RecordingStatusCallbackEvent": ("in-progress", "completed", "absent", "in-progress completed"),
            "RecordingStatusCallback": ("https://example.com/status",),
            "RecordingStatusCallbackMethod": ("GET", "POST"),
            "RecordingChannels": ("single", "dual"),
            "RecordingTrack": ("inbound", "outbound", "both"),
        },
        response_fields=(
            "account_sid",
            "call_sid",
            "conference_sid",
            "channels",
            "date_created",
            "date_updated",
            "start_time",
            "price",
            "price_unit",
            "duration",
            "sid",
            "source",
            "error_code",
            "track",
            "uri",
        ),
        callbacks={"TexmlRecordingStatusCallback": ("RecordingSid", "RecordingStatus")},
    ),
]

SEED_VALUES = {
    # Response enum values shown on the seed pages; each must be accepted by the response schema.
    ("signalwire_laml.yaml", "source"): (
        "DialVerb",
        "Conference",
        "OutBoundApi",
        "Trunking",
        "RecordVerb",
        "StartCallRecordingApi",
        "StartConferenceRecording",
    ),
    ("signalwire_laml.yaml", "status"): ("paused", "in-progress", "stopped"),
    ("signalwire_laml.yaml", "channels"): (1, 2),
    ("telnyx_texml.yaml", "source"): ("StartCallRecordingAPI",),
}


def _properties(document: dict[str, Any], schema: Any) -> dict[str, Any]:
    """Properties of an object schema, looking through $ref, allOf, anyOf and oneOf."""
    schema = resolve(document, schema)
    found: dict[str, Any] = {}
    if not isinstance(schema, dict):
        return found
    found.update(schema.get("properties") or {})
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key) or []:
            for name, value in _properties(document, part).items():
                found.setdefault(name, value)
    return found


def _operation(document: dict[str, Any], page: SeedPage) -> dict[str, Any]:
    paths = document["paths"]
    candidates = [page.path, page.path + ".json", page.path.removesuffix(".json")]
    for path in candidates:
        if path in paths and page.method in paths[path]:
            return dict(paths[path][page.method])
    pytest.fail(f"{page.spec}: no {page.method.upper()} {page.path} (seed {page.seed})")


def _success_schema(document: dict[str, Any], operation: dict[str, Any]) -> Any:
    for status, response in operation["responses"].items():
        if str(status).startswith("2"):
            content = resolve(document, response).get("content") or {}
            if "application/json" in content:
                return content["application/json"]["schema"]
    pytest.fail(f"{operation['operationId']}: no JSON success response")


def _assert_accepts(document: dict[str, Any], schema: Any, value: Any, what: str) -> None:
    errors = list(schema_validator(schema, registry_for(document)).iter_errors(value))
    assert not errors, f"{what}: seed value {value!r} rejected: {errors[0].message}"


@pytest.mark.parametrize("page", SEED_PAGES, ids=lambda p: p.seed)
def test_seed_endpoint_present(page: SeedPage) -> None:
    document = load(page.spec)
    assert _operation(document, page)["operationId"] == page.operation_id
    for method, path, op_id in page.extra_operations:
        assert document["paths"][path][method]["operationId"] == op_id


@pytest.mark.parametrize("page", SEED_PAGES, ids=lambda p: p.seed)
def test_seed_request_fields_and_values(page: SeedPage) -> None:
    document = load(page.spec)
    body = resolve(document, _operation(document, page).get("requestBody"))
    assert body, f"{page.operation_id} has no request body"
    (media,) = body["content"].values()
    properties = _properties(document, media["schema"])
    for name, values in page.request_fields.items():
        assert name in properties, f"{page.seed}: request field {name} missing from {page.operation_id}"
        for value in values:
            _assert_accepts(document, properties[name], value, f"{page.operation_id}.{name}")


@pytest.mark.parametrize("page", SEED_PAGES, ids=lambda p: p.seed)
def test_seed_response_fields(page: SeedPage) -> None:
    document = load(page.spec)
    properties = _properties(document, _success_schema(document, _operation(document, page)))
    missing = [name for name in page.response_fields if name not in properties]
    assert not missing, f"{page.seed}: response fields missing from {page.operation_id}: {missing}"
    for (spec, name), values in SEED_VALUES.items():
        if spec == page.spec and name in properties:
            for value in values:
                _assert_accepts(document, properties[name], value, f"{page.operation_id} response {name}")


@pytest.mark.parametrize("page", SEED_PAGES, ids=lambda p: p.seed)
def test_seed_callback_payloads(page: SeedPage) -> None:
    document = load(page.spec)
    schemas = document["components"]["schemas"]
    for schema_name, fields in page.callbacks.items():
        assert schema_name in schemas, f"{page.seed}: callback schema {schema_name} missing"
        properties = _properties(document, schemas[schema_name])
        missing = [name for name in fields if name not in properties]
        assert not missing, f"{page.seed}: {schema_name} lacks {missing}"
        for name, values in page.callback_values.get(schema_name, {}).items():
            for value in values:
                _assert_accepts(document, properties[name], value, f"{schema_name}.{name}")


def test_every_callback_schema_is_referenced_from_a_callback() -> None:
    """Callback payloads live in components (so models are generated) and are wired to what registers them."""
    for page in SEED_PAGES:
        document = load(page.spec)
        text = repr(
            [
                op.get("callbacks")
                for item in document["paths"].values()
                for op in item.values()
                if isinstance(op, dict)
            ]
        ) + repr(document.get("webhooks"))
        for schema_name in page.callbacks:
            assert f"#/components/schemas/{schema_name}" in text, f"{schema_name} is not used by any callback"
