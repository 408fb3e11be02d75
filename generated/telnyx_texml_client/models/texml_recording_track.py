from typing import Literal

TexmlRecordingTrack = Literal["both", "inbound", "outbound"]

TEXML_RECORDING_TRACK_VALUES: set[TexmlRecordingTrack] = {
    "both",
    "inbound",
    "outbound",
}


def check_texml_recording_track(value: str) -> TexmlRecordingTrack:
    if value in TEXML_RECORDING_TRACK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXML_RECORDING_TRACK_VALUES!r}")
