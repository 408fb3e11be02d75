from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.plivo_list_meta import PlivoListMeta
    from ..models.plivo_recording import PlivoRecording


T = TypeVar("T", bound="PlivoRecordingList")


@_attrs_define
class PlivoRecordingList:
    """Answer of listRecordings."""

    api_id: str
    """ Request id. """
    meta: PlivoListMeta
    """ Pagination block of list answers. `limit`, `offset` and `total_count` must be JSON integers (go and java
    decode them as integers). """
    objects: list[PlivoRecording]
    """ The recordings of this page (without `api_id`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_id = self.api_id

        meta = self.meta.to_dict()

        objects = []
        for objects_item_data in self.objects:
            objects_item = objects_item_data.to_dict()
            objects.append(objects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_id": api_id,
                "meta": meta,
                "objects": objects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plivo_list_meta import PlivoListMeta  # noqa: PLC0415
        from ..models.plivo_recording import PlivoRecording  # noqa: PLC0415

        d = dict(src_dict)
        api_id = d.pop("api_id")

        meta = PlivoListMeta.from_dict(d.pop("meta"))

        objects = []
        _objects = d.pop("objects")
        for objects_item_data in _objects:
            objects_item = PlivoRecording.from_dict(objects_item_data)

            objects.append(objects_item)

        plivo_recording_list = cls(
            api_id=api_id,
            meta=meta,
            objects=objects,
        )

        plivo_recording_list.additional_properties = d
        return plivo_recording_list

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
