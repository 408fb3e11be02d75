from typing import Literal

LamlCallbackMethod = Literal["GET", "POST"]

LAML_CALLBACK_METHOD_VALUES: set[LamlCallbackMethod] = {
    "GET",
    "POST",
}


def check_laml_callback_method(value: str) -> LamlCallbackMethod:
    if value in LAML_CALLBACK_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LAML_CALLBACK_METHOD_VALUES!r}")
