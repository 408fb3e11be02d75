from typing import Literal

LamlRecordingChannelsParam = Literal["dual", "mono"]

LAML_RECORDING_CHANNELS_PARAM_VALUES: set[LamlRecordingChannelsParam] = {
    "dual",
    "mono",
}


def check_laml_recording_channels_param(value: str) -> LamlRecordingChannelsParam:
    if value in LAML_RECORDING_CHANNELS_PARAM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LAML_RECORDING_CHANNELS_PARAM_VALUES!r}")
