from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plivo_mpc_recording_event_name import PlivoMpcRecordingEventName, check_plivo_mpc_recording_event_name
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlivoMpcRecordingEvent")


@_attrs_define
class PlivoMpcRecordingEvent:
    """Posted to `recording_callback_url` of an MPC recording for each event (form-encoded POST, or query string for GET).
    Every field is documented as string. Which fields are empty on non-final events is not documented;
    `RecordingDuration` and `RecordingEndTime` may be empty before completion.

    """

    event_name: PlivoMpcRecordingEventName
    """ Multiparty-call recording event that triggered a recording callback. """
    event_timestamp: str
    """ When the event occurred, `YYYY-MM-DD HH:mm:ss+|-hh:mm`. """
    mpcuuid: str
    """ UUID of the MPC. """
    recording_uuid: str
    """ Recording id (the `recording_id` of the start answer). """
    sequence_number: str
    """ Order of this callback among the recording's events, as text; sort by it. """
    mpc_name: str | Unset = UNSET
    """ Friendly name of the MPC. """
    recording_duration: str | Unset = UNSET
    """ Recording duration in seconds, as text (may be empty before completion). """
    recording_end_time: str | Unset = UNSET
    """ When the recording ended, `YYYY-MM-DD HH:mm:ss+|-hh:mm` (may be empty before completion). """
    recording_format: str | Unset = UNSET
    """ Recording format (`mp3`/`wav`; the sibling masking-session docs show `.mp3`/`.wav` with a dot). """
    recording_resource_url: str | Unset = UNSET
    """ Resource URL of the recording, to fetch its details later (getRecording). """
    recording_start_time: str | Unset = UNSET
    """ When the recording started, `YYYY-MM-DD HH:mm:ss+|-hh:mm`. """
    recording_url: str | Unset = UNSET
    """ Complete URL of the recorded file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_name: str = self.event_name

        event_timestamp = self.event_timestamp

        mpcuuid = self.mpcuuid

        recording_uuid = self.recording_uuid

        sequence_number = self.sequence_number

        mpc_name = self.mpc_name

        recording_duration = self.recording_duration

        recording_end_time = self.recording_end_time

        recording_format = self.recording_format

        recording_resource_url = self.recording_resource_url

        recording_start_time = self.recording_start_time

        recording_url = self.recording_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "EventName": event_name,
                "EventTimestamp": event_timestamp,
                "MPCUUID": mpcuuid,
                "RecordingUUID": recording_uuid,
                "SequenceNumber": sequence_number,
            }
        )
        if mpc_name is not UNSET:
            field_dict["MPCName"] = mpc_name
        if recording_duration is not UNSET:
            field_dict["RecordingDuration"] = recording_duration
        if recording_end_time is not UNSET:
            field_dict["RecordingEndTime"] = recording_end_time
        if recording_format is not UNSET:
            field_dict["RecordingFormat"] = recording_format
        if recording_resource_url is not UNSET:
            field_dict["RecordingResourceURL"] = recording_resource_url
        if recording_start_time is not UNSET:
            field_dict["RecordingStartTime"] = recording_start_time
        if recording_url is not UNSET:
            field_dict["RecordingURL"] = recording_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_name = check_plivo_mpc_recording_event_name(d.pop("EventName"))

        event_timestamp = d.pop("EventTimestamp")

        mpcuuid = d.pop("MPCUUID")

        recording_uuid = d.pop("RecordingUUID")

        sequence_number = d.pop("SequenceNumber")

        mpc_name = d.pop("MPCName", UNSET)

        recording_duration = d.pop("RecordingDuration", UNSET)

        recording_end_time = d.pop("RecordingEndTime", UNSET)

        recording_format = d.pop("RecordingFormat", UNSET)

        recording_resource_url = d.pop("RecordingResourceURL", UNSET)

        recording_start_time = d.pop("RecordingStartTime", UNSET)

        recording_url = d.pop("RecordingURL", UNSET)

        plivo_mpc_recording_event = cls(
            event_name=event_name,
            event_timestamp=event_timestamp,
            mpcuuid=mpcuuid,
            recording_uuid=recording_uuid,
            sequence_number=sequence_number,
            mpc_name=mpc_name,
            recording_duration=recording_duration,
            recording_end_time=recording_end_time,
            recording_format=recording_format,
            recording_resource_url=recording_resource_url,
            recording_start_time=recording_start_time,
            recording_url=recording_url,
        )

        plivo_mpc_recording_event.additional_properties = d
        return plivo_mpc_recording_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
