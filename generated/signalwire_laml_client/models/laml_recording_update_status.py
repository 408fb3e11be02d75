from typing import Literal

LamlRecordingUpdateStatus = Literal["in-progress", "paused", "stopped"]

LAML_RECORDING_UPDATE_STATUS_VALUES: set[LamlRecordingUpdateStatus] = {
    "in-progress",
    "paused",
    "stopped",
}


def check_laml_recording_update_status(value: str) -> LamlRecordingUpdateStatus:
    if value in LAML_RECORDING_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LAML_RECORDING_UPDATE_STATUS_VALUES!r}")
