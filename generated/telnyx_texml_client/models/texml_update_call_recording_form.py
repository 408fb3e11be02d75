from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.texml_recording_update_status import TexmlRecordingUpdateStatus, check_texml_recording_update_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="TexmlUpdateCallRecordingForm")


@_attrs_define
class TexmlUpdateCallRecordingForm:
    """Form fields of `updateCallRecording` (upstream `TexmlUpdateCallRecordingRequestBody`, whose title
    says "Create" by copy-paste). Upstream marks `Status` optional.

    """

    status: TexmlRecordingUpdateStatus | Unset = UNSET
    """ The state to move a recording to: `paused`, `in-progress` (resume) or `stopped` (finalize; the
    recording becomes `completed`).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["Status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("Status", UNSET)
        status: TexmlRecordingUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_texml_recording_update_status(_status)

        texml_update_call_recording_form = cls(
            status=status,
        )

        texml_update_call_recording_form.additional_properties = d
        return texml_update_call_recording_form

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
