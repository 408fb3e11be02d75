from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TexmlRecordingSubresourcesUris")


@_attrs_define
class TexmlRecordingSubresourcesUris:
    """URIs of a recording's subresources."""

    transcriptions: None | str | Unset = UNSET
    """ URI of the recording's transcriptions, or `null` if there are none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transcriptions: None | str | Unset
        if isinstance(self.transcriptions, Unset):
            transcriptions = UNSET
        else:
            transcriptions = self.transcriptions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transcriptions is not UNSET:
            field_dict["transcriptions"] = transcriptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_transcriptions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transcriptions = _parse_transcriptions(d.pop("transcriptions", UNSET))

        texml_recording_subresources_uris = cls(
            transcriptions=transcriptions,
        )

        texml_recording_subresources_uris.additional_properties = d
        return texml_recording_subresources_uris

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
