from typing import Literal

LamlRecordingSource = Literal[
    "Conference",
    "DialVerb",
    "OutboundAPI",
    "OutBoundApi",
    "RecordVerb",
    "StartCallRecordingApi",
    "StartCallRecordingAPI",
    "StartConferenceRecording",
    "StartConferenceRecordingAPI",
    "Trunking",
]

LAML_RECORDING_SOURCE_VALUES: set[LamlRecordingSource] = {
    "Conference",
    "DialVerb",
    "OutboundAPI",
    "OutBoundApi",
    "RecordVerb",
    "StartCallRecordingApi",
    "StartCallRecordingAPI",
    "StartConferenceRecording",
    "StartConferenceRecordingAPI",
    "Trunking",
}


def check_laml_recording_source(value: str) -> LamlRecordingSource:
    if value in LAML_RECORDING_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LAML_RECORDING_SOURCE_VALUES!r}")
