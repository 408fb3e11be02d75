from typing import Literal

TexmlRecordingUpdateStatus = Literal["in-progress", "paused", "stopped"]

TEXML_RECORDING_UPDATE_STATUS_VALUES: set[TexmlRecordingUpdateStatus] = {
    "in-progress",
    "paused",
    "stopped",
}


def check_texml_recording_update_status(value: str) -> TexmlRecordingUpdateStatus:
    if value in TEXML_RECORDING_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXML_RECORDING_UPDATE_STATUS_VALUES!r}")
