from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PlivoMpcRecordingStarted")


@_attrs_define
class PlivoMpcRecordingStarted:
    """Answer of startMpcRecordingByName/ByUuid in synchronous mode."""

    api_id: str
    """ Request id. """
    message: str
    """ `MPC: <friendly name> record started`. """
    recording_id: str
    """ Recording id. """
    recording_url: str
    """ URL of the recording file (note `recording_url`, not `url`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_id = self.api_id

        message = self.message

        recording_id = self.recording_id

        recording_url = self.recording_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_id": api_id,
                "message": message,
                "recording_id": recording_id,
                "recording_url": recording_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_id = d.pop("api_id")

        message = d.pop("message")

        recording_id = d.pop("recording_id")

        recording_url = d.pop("recording_url")

        plivo_mpc_recording_started = cls(
            api_id=api_id,
            message=message,
            recording_id=recording_id,
            recording_url=recording_url,
        )

        plivo_mpc_recording_started.additional_properties = d
        return plivo_mpc_recording_started

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
