from typing import Literal

PlivoMpcRecordingEventName = Literal[
    "MPCRecordingCompleted", "MPCRecordingFailed", "MPCRecordingInitiated", "MPCRecordingPaused", "MPCRecordingResumed"
]

PLIVO_MPC_RECORDING_EVENT_NAME_VALUES: set[PlivoMpcRecordingEventName] = {
    "MPCRecordingCompleted",
    "MPCRecordingFailed",
    "MPCRecordingInitiated",
    "MPCRecordingPaused",
    "MPCRecordingResumed",
}


def check_plivo_mpc_recording_event_name(value: str) -> PlivoMpcRecordingEventName:
    if value in PLIVO_MPC_RECORDING_EVENT_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLIVO_MPC_RECORDING_EVENT_NAME_VALUES!r}")
