"""Contains all the data models used in inputs/outputs"""

from .telnyx_error import TelnyxError
from .telnyx_error_meta import TelnyxErrorMeta
from .telnyx_error_source import TelnyxErrorSource
from .telnyx_errors import TelnyxErrors
from .texml_call_recording import TexmlCallRecording
from .texml_recording import TexmlRecording
from .texml_recording_channel_count import TexmlRecordingChannelCount
from .texml_recording_channels import TexmlRecordingChannels
from .texml_recording_page import TexmlRecordingPage
from .texml_recording_source import TexmlRecordingSource
from .texml_recording_status import TexmlRecordingStatus
from .texml_recording_status_callback import TexmlRecordingStatusCallback
from .texml_recording_status_callback_event import TexmlRecordingStatusCallbackEvent
from .texml_recording_subresources_uris import TexmlRecordingSubresourcesUris
from .texml_recording_track import TexmlRecordingTrack
from .texml_recording_update_status import TexmlRecordingUpdateStatus
from .texml_start_call_recording_form import TexmlStartCallRecordingForm
from .texml_status_callback_method import TexmlStatusCallbackMethod
from .texml_update_call_recording_form import TexmlUpdateCallRecordingForm

__all__ = (
    "TelnyxError",
    "TelnyxErrorMeta",
    "TelnyxErrors",
    "TelnyxErrorSource",
    "TexmlCallRecording",
    "TexmlRecording",
    "TexmlRecordingChannelCount",
    "TexmlRecordingChannels",
    "TexmlRecordingPage",
    "TexmlRecordingSource",
    "TexmlRecordingStatus",
    "TexmlRecordingStatusCallback",
    "TexmlRecordingStatusCallbackEvent",
    "TexmlRecordingSubresourcesUris",
    "TexmlRecordingTrack",
    "TexmlRecordingUpdateStatus",
    "TexmlStartCallRecordingForm",
    "TexmlStatusCallbackMethod",
    "TexmlUpdateCallRecordingForm",
)
