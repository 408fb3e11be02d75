from typing import Literal

LamlRecordingChannels = Literal[1, 2]

LAML_RECORDING_CHANNELS_VALUES: set[LamlRecordingChannels] = {
    1,
    2,
}


def check_laml_recording_channels(value: int) -> LamlRecordingChannels:
    if value in LAML_RECORDING_CHANNELS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LAML_RECORDING_CHANNELS_VALUES!r}")
