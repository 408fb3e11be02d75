from typing import Literal

PlivoTranscriptionType = Literal["auto", "hybrid"]

PLIVO_TRANSCRIPTION_TYPE_VALUES: set[PlivoTranscriptionType] = {
    "auto",
    "hybrid",
}


def check_plivo_transcription_type(value: str) -> PlivoTranscriptionType:
    if value in PLIVO_TRANSCRIPTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLIVO_TRANSCRIPTION_TYPE_VALUES!r}")
