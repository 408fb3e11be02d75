from typing import Literal

LamlRecordingCallbackStatus = Literal["absent", "completed", "failed", "in-progress"]

LAML_RECORDING_CALLBACK_STATUS_VALUES: set[LamlRecordingCallbackStatus] = {
    "absent",
    "completed",
    "failed",
    "in-progress",
}


def check_laml_recording_callback_status(value: str) -> LamlRecordingCallbackStatus:
    if value in LAML_RECORDING_CALLBACK_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LAML_RECORDING_CALLBACK_STATUS_VALUES!r}")
