from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.laml_pause_behavior import LamlPauseBehavior, check_laml_pause_behavior
from ..models.laml_recording_update_status import LamlRecordingUpdateStatus, check_laml_recording_update_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="LamlUpdateCallRecordingRequest")


@_attrs_define
class LamlUpdateCallRecordingRequest:
    """Form body of `updateCallRecording`."""

    status: LamlRecordingUpdateStatus
    """ Target state for `updateCallRecording`. `in-progress` resumes a paused recording. """
    pause_behavior: LamlPauseBehavior | Unset = UNSET
    """ What happens while a recording is paused - `skip` (the paused part is left out) or `silence` (replaced with
    silence). Provider default `silence`; only applies when `Status=paused`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        pause_behavior: str | Unset = UNSET
        if not isinstance(self.pause_behavior, Unset):
            pause_behavior = self.pause_behavior

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Status": status,
            }
        )
        if pause_behavior is not UNSET:
            field_dict["PauseBehavior"] = pause_behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_laml_recording_update_status(d.pop("Status"))

        _pause_behavior = d.pop("PauseBehavior", UNSET)
        pause_behavior: LamlPauseBehavior | Unset
        if isinstance(_pause_behavior, Unset):
            pause_behavior = UNSET
        else:
            pause_behavior = check_laml_pause_behavior(_pause_behavior)

        laml_update_call_recording_request = cls(
            status=status,
            pause_behavior=pause_behavior,
        )

        laml_update_call_recording_request.additional_properties = d
        return laml_update_call_recording_request

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
