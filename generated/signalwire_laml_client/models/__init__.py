"""Contains all the data models used in inputs/outputs"""

from .laml_callback_method import LamlCallbackMethod
from .laml_pause_behavior import LamlPauseBehavior
from .laml_recording import LamlRecording
from .laml_recording_callback_status import LamlRecordingCallbackStatus
from .laml_recording_channels import LamlRecordingChannels
from .laml_recording_channels_param import LamlRecordingChannelsParam
from .laml_recording_list import LamlRecordingList
from .laml_recording_source import LamlRecordingSource
from .laml_recording_status import LamlRecordingStatus
from .laml_recording_status_callback import LamlRecordingStatusCallback
from .laml_recording_subresource_uris import LamlRecordingSubresourceUris
from .laml_recording_track import LamlRecordingTrack
from .laml_recording_trim import LamlRecordingTrim
from .laml_recording_update_status import LamlRecordingUpdateStatus
from .laml_start_call_recording_request import LamlStartCallRecordingRequest
from .laml_update_call_recording_request import LamlUpdateCallRecordingRequest
from .signal_wire_error import SignalWireError

__all__ = (
    "LamlCallbackMethod",
    "LamlPauseBehavior",
    "LamlRecording",
    "LamlRecordingCallbackStatus",
    "LamlRecordingChannels",
    "LamlRecordingChannelsParam",
    "LamlRecordingList",
    "LamlRecordingSource",
    "LamlRecordingStatus",
    "LamlRecordingStatusCallback",
    "LamlRecordingSubresourceUris",
    "LamlRecordingTrack",
    "LamlRecordingTrim",
    "LamlRecordingUpdateStatus",
    "LamlStartCallRecordingRequest",
    "LamlUpdateCallRecordingRequest",
    "SignalWireError",
)
