from typing import Literal

TexmlRecordingSource = Literal[
    "Conference",
    "DialVerb",
    "OutboundAPI",
    "RecordVerb",
    "StartCallRecordingAPI",
    "StartConferenceRecordingAPI",
    "Trunking",
]

TEXML_RECORDING_SOURCE_VALUES: set[TexmlRecordingSource] = {
    "Conference",
    "DialVerb",
    "OutboundAPI",
    "RecordVerb",
    "StartCallRecordingAPI",
    "StartConferenceRecordingAPI",
    "Trunking",
}


def check_texml_recording_source(value: str) -> TexmlRecordingSource:
    if value in TEXML_RECORDING_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXML_RECORDING_SOURCE_VALUES!r}")
