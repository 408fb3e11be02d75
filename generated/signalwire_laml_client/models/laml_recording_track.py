from typing import Literal

LamlRecordingTrack = Literal["both", "inbound", "outbound"]

LAML_RECORDING_TRACK_VALUES: set[LamlRecordingTrack] = {
    "both",
    "inbound",
    "outbound",
}


def check_laml_recording_track(value: str) -> LamlRecordingTrack:
    if value in LAML_RECORDING_TRACK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LAML_RECORDING_TRACK_VALUES!r}")
