"""Contains all the data models used in inputs/outputs"""

from .plivo_async_ack import PlivoAsyncAck
from .plivo_async_response_callback import PlivoAsyncResponseCallback
from .plivo_call_recording_callback import PlivoCallRecordingCallback
from .plivo_call_recording_started import PlivoCallRecordingStarted
from .plivo_callback_method import PlivoCallbackMethod
from .plivo_conference_recording_callback import PlivoConferenceRecordingCallback
from .plivo_conference_recording_started import PlivoConferenceRecordingStarted
from .plivo_error import PlivoError
from .plivo_file_format import PlivoFileFormat
from .plivo_list_meta import PlivoListMeta
from .plivo_mpc_recording_event import PlivoMpcRecordingEvent
from .plivo_mpc_recording_event_name import PlivoMpcRecordingEventName
from .plivo_mpc_recording_started import PlivoMpcRecordingStarted
from .plivo_record_channel_type import PlivoRecordChannelType
from .plivo_recording import PlivoRecording
from .plivo_recording_list import PlivoRecordingList
from .plivo_start_call_recording_request import PlivoStartCallRecordingRequest
from .plivo_start_conference_recording_request import PlivoStartConferenceRecordingRequest
from .plivo_start_mpc_recording_request import PlivoStartMpcRecordingRequest
from .plivo_transcription_callback import PlivoTranscriptionCallback
from .plivo_transcription_type import PlivoTranscriptionType

__all__ = (
    "PlivoAsyncAck",
    "PlivoAsyncResponseCallback",
    "PlivoCallbackMethod",
    "PlivoCallRecordingCallback",
    "PlivoCallRecordingStarted",
    "PlivoConferenceRecordingCallback",
    "PlivoConferenceRecordingStarted",
    "PlivoError",
    "PlivoFileFormat",
    "PlivoListMeta",
    "PlivoMpcRecordingEvent",
    "PlivoMpcRecordingEventName",
    "PlivoMpcRecordingStarted",
    "PlivoRecordChannelType",
    "PlivoRecording",
    "PlivoRecordingList",
    "PlivoStartCallRecordingRequest",
    "PlivoStartConferenceRecordingRequest",
    "PlivoStartMpcRecordingRequest",
    "PlivoTranscriptionCallback",
    "PlivoTranscriptionType",
)
