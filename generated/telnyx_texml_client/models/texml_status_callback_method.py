from typing import Literal

TexmlStatusCallbackMethod = Literal["GET", "POST"]

TEXML_STATUS_CALLBACK_METHOD_VALUES: set[TexmlStatusCallbackMethod] = {
    "GET",
    "POST",
}


def check_texml_status_callback_method(value: str) -> TexmlStatusCallbackMethod:
    if value in TEXML_STATUS_CALLBACK_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXML_STATUS_CALLBACK_METHOD_VALUES!r}")
