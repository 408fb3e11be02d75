from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlivoCallRecordingCallback")


@_attrs_define
class PlivoCallRecordingCallback:
    """Posted to `callback_url` of startCallRecording when the recording ends (form-encoded POST, or query string for GET).
    Form values are strings: the docs type `recording_duration` and the `*_ms` fields as integers, but they arrive as
    text, so they are strings with a numeric pattern here.

    """

    api_id: str
    """ The api_id returned by the Record API. """
    record_url: str
    """ URL of the recorded file (note `record_url`, not `url`). """
    call_uuid: str
    """ The call on which the recording was made. """
    recording_id: str | Unset = UNSET
    """ The recording_id returned by the Record API (missing from the legacy docs' example). """
    recording_duration: str | Unset = UNSET
    """ Recording duration in seconds (integer in the docs, sent as text). """
    recording_duration_ms: str | Unset = UNSET
    """ Recording duration in milliseconds (integer in the docs, sent as text). """
    recording_start_ms: str | Unset = UNSET
    """ Recording start, epoch milliseconds (integer in the docs, sent as text). """
    recording_end_ms: str | Unset = UNSET
    """ Recording end, epoch milliseconds (integer in the docs, sent as text). """
    message: str | Unset = UNSET
    """ `record done` in the legacy docs' example (the conference page says `record_done`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_id = self.api_id

        record_url = self.record_url

        call_uuid = self.call_uuid

        recording_id = self.recording_id

        recording_duration = self.recording_duration

        recording_duration_ms = self.recording_duration_ms

        recording_start_ms = self.recording_start_ms

        recording_end_ms = self.recording_end_ms

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_id": api_id,
                "record_url": record_url,
                "call_uuid": call_uuid,
            }
        )
        if recording_id is not UNSET:
            field_dict["recording_id"] = recording_id
        if recording_duration is not UNSET:
            field_dict["recording_duration"] = recording_duration
        if recording_duration_ms is not UNSET:
            field_dict["recording_duration_ms"] = recording_duration_ms
        if recording_start_ms is not UNSET:
            field_dict["recording_start_ms"] = recording_start_ms
        if recording_end_ms is not UNSET:
            field_dict["recording_end_ms"] = recording_end_ms
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_id = d.pop("api_id")

        record_url = d.pop("record_url")

        call_uuid = d.pop("call_uuid")

        recording_id = d.pop("recording_id", UNSET)

        recording_duration = d.pop("recording_duration", UNSET)

        recording_duration_ms = d.pop("recording_duration_ms", UNSET)

        recording_start_ms = d.pop("recording_start_ms", UNSET)

        recording_end_ms = d.pop("recording_end_ms", UNSET)

        message = d.pop("message", UNSET)

        plivo_call_recording_callback = cls(
            api_id=api_id,
            record_url=record_url,
            call_uuid=call_uuid,
            recording_id=recording_id,
            recording_duration=recording_duration,
            recording_duration_ms=recording_duration_ms,
            recording_start_ms=recording_start_ms,
            recording_end_ms=recording_end_ms,
            message=message,
        )

        plivo_call_recording_callback.additional_properties = d
        return plivo_call_recording_callback

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
