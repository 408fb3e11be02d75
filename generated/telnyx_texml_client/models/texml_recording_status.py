from typing import Literal

TexmlRecordingStatus = Literal["completed", "in-progress", "paused", "stopped"]

TEXML_RECORDING_STATUS_VALUES: set[TexmlRecordingStatus] = {
    "completed",
    "in-progress",
    "paused",
    "stopped",
}


def check_texml_recording_status(value: str) -> TexmlRecordingStatus:
    if value in TEXML_RECORDING_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXML_RECORDING_STATUS_VALUES!r}")
