from typing import Literal

LamlPauseBehavior = Literal["silence", "skip"]

LAML_PAUSE_BEHAVIOR_VALUES: set[LamlPauseBehavior] = {
    "silence",
    "skip",
}


def check_laml_pause_behavior(value: str) -> LamlPauseBehavior:
    if value in LAML_PAUSE_BEHAVIOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LAML_PAUSE_BEHAVIOR_VALUES!r}")
