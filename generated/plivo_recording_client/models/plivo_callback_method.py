from typing import Literal

PlivoCallbackMethod = Literal["GET", "POST"]

PLIVO_CALLBACK_METHOD_VALUES: set[PlivoCallbackMethod] = {
    "GET",
    "POST",
}


def check_plivo_callback_method(value: str) -> PlivoCallbackMethod:
    if value in PLIVO_CALLBACK_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLIVO_CALLBACK_METHOD_VALUES!r}")
