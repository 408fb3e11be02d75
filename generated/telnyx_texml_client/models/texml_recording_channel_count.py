from typing import Literal

TexmlRecordingChannelCount = Literal[1, 2]

TEXML_RECORDING_CHANNEL_COUNT_VALUES: set[TexmlRecordingChannelCount] = {
    1,
    2,
}


def check_texml_recording_channel_count(value: int) -> TexmlRecordingChannelCount:
    if value in TEXML_RECORDING_CHANNEL_COUNT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXML_RECORDING_CHANNEL_COUNT_VALUES!r}")
