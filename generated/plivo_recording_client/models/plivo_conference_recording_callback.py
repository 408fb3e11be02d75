from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlivoConferenceRecordingCallback")


@_attrs_define
class PlivoConferenceRecordingCallback:
    """Posted to `callback_url` of startConferenceRecording when the recording ends (form-encoded POST, or query string for
    GET). No `call_uuid`. Numeric fields are integers in the docs but arrive as text.

    """

    api_id: str
    """ The api_id returned by the Record API. """
    record_url: str
    """ URL of the recorded file. """
    conference_name: str
    """ The conference that was recorded. """
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
    """ `record_done` in the docs' example (the legacy call page says `record done`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_id = self.api_id

        record_url = self.record_url

        conference_name = self.conference_name

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
                "conference_name": conference_name,
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

        conference_name = d.pop("conference_name")

        recording_id = d.pop("recording_id", UNSET)

        recording_duration = d.pop("recording_duration", UNSET)

        recording_duration_ms = d.pop("recording_duration_ms", UNSET)

        recording_start_ms = d.pop("recording_start_ms", UNSET)

        recording_end_ms = d.pop("recording_end_ms", UNSET)

        message = d.pop("message", UNSET)

        plivo_conference_recording_callback = cls(
            api_id=api_id,
            record_url=record_url,
            conference_name=conference_name,
            recording_id=recording_id,
            recording_duration=recording_duration,
            recording_duration_ms=recording_duration_ms,
            recording_start_ms=recording_start_ms,
            recording_end_ms=recording_end_ms,
            message=message,
        )

        plivo_conference_recording_callback.additional_properties = d
        return plivo_conference_recording_callback

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
