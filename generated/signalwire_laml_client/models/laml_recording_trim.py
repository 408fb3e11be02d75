from typing import Literal

LamlRecordingTrim = Literal["do-not-trim", "trim-silence"]

LAML_RECORDING_TRIM_VALUES: set[LamlRecordingTrim] = {
    "do-not-trim",
    "trim-silence",
}


def check_laml_recording_trim(value: str) -> LamlRecordingTrim:
    if value in LAML_RECORDING_TRIM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LAML_RECORDING_TRIM_VALUES!r}")
