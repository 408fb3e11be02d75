from typing import Literal

PlivoRecordChannelType = Literal["mono", "stereo"]

PLIVO_RECORD_CHANNEL_TYPE_VALUES: set[PlivoRecordChannelType] = {
    "mono",
    "stereo",
}


def check_plivo_record_channel_type(value: str) -> PlivoRecordChannelType:
    if value in PLIVO_RECORD_CHANNEL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLIVO_RECORD_CHANNEL_TYPE_VALUES!r}")
