from typing import Literal

TexmlRecordingChannels = Literal["dual", "single"]

TEXML_RECORDING_CHANNELS_VALUES: set[TexmlRecordingChannels] = {
    "dual",
    "single",
}


def check_texml_recording_channels(value: str) -> TexmlRecordingChannels:
    if value in TEXML_RECORDING_CHANNELS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXML_RECORDING_CHANNELS_VALUES!r}")
