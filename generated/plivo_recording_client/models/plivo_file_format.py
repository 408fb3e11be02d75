from typing import Literal

PlivoFileFormat = Literal["mp3", "wav"]

PLIVO_FILE_FORMAT_VALUES: set[PlivoFileFormat] = {
    "mp3",
    "wav",
}


def check_plivo_file_format(value: str) -> PlivoFileFormat:
    if value in PLIVO_FILE_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLIVO_FILE_FORMAT_VALUES!r}")
