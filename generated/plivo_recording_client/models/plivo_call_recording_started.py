from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PlivoCallRecordingStarted")


@_attrs_define
class PlivoCallRecordingStarted:
    """Answer of startCallRecording in synchronous mode."""

    api_id: str
    """ Request id. """
    message: str
    """ `call recording started`. """
    url: str
    """ URL of the recording file (note `url`, where MPC answers `recording_url`). """
    recording_id: str
    """ Recording id; not necessarily an RFC 4122 UUID (e.g. `48dfaf60-3b2a-11e3`). The legacy docs' example lacks
    it; the current docs and all SDK fixtures have it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_id = self.api_id

        message = self.message

        url = self.url

        recording_id = self.recording_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_id": api_id,
                "message": message,
                "url": url,
                "recording_id": recording_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_id = d.pop("api_id")

        message = d.pop("message")

        url = d.pop("url")

        recording_id = d.pop("recording_id")

        plivo_call_recording_started = cls(
            api_id=api_id,
            message=message,
            url=url,
            recording_id=recording_id,
        )

        plivo_call_recording_started.additional_properties = d
        return plivo_call_recording_started

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
