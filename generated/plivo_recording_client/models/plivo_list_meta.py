from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PlivoListMeta")


@_attrs_define
class PlivoListMeta:
    """Pagination block of list answers. `limit`, `offset` and `total_count` must be JSON integers (go and java decode them
    as integers).

    """

    limit: int
    """ Page size used. """
    next_: None | str
    """ Relative path (with query string) of the next page, or null. """
    offset: int
    """ Offset of this page. """
    previous: None | str
    """ Relative path (with query string) of the previous page, or null. """
    total_count: int
    """ Number of recordings matching the filters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        next_: None | str
        next_ = self.next_

        offset = self.offset

        previous: None | str
        previous = self.previous

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
                "next": next_,
                "offset": offset,
                "previous": previous,
                "total_count": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit = d.pop("limit")

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_ = _parse_next_(d.pop("next"))

        offset = d.pop("offset")

        def _parse_previous(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous = _parse_previous(d.pop("previous"))

        total_count = d.pop("total_count")

        plivo_list_meta = cls(
            limit=limit,
            next_=next_,
            offset=offset,
            previous=previous,
            total_count=total_count,
        )

        plivo_list_meta.additional_properties = d
        return plivo_list_meta

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
