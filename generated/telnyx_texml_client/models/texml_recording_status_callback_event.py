from typing import Literal

TexmlRecordingStatusCallbackEvent = Literal["absent", "completed", "in-progress"]

TEXML_RECORDING_STATUS_CALLBACK_EVENT_VALUES: set[TexmlRecordingStatusCallbackEvent] = {
    "absent",
    "completed",
    "in-progress",
}


def check_texml_recording_status_callback_event(value: str) -> TexmlRecordingStatusCallbackEvent:
    if value in TEXML_RECORDING_STATUS_CALLBACK_EVENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXML_RECORDING_STATUS_CALLBACK_EVENT_VALUES!r}")
