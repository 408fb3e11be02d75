from typing import Literal

LamlRecordingStatus = Literal["absent", "completed", "in-progress", "paused", "queued", "resumed", "stopped"]

LAML_RECORDING_STATUS_VALUES: set[LamlRecordingStatus] = {
    "absent",
    "completed",
    "in-progress",
    "paused",
    "queued",
    "resumed",
    "stopped",
}


def check_laml_recording_status(value: str) -> LamlRecordingStatus:
    if value in LAML_RECORDING_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LAML_RECORDING_STATUS_VALUES!r}")
