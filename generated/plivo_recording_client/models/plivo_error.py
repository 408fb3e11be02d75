from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlivoError")


@_attrs_define
class PlivoError:
    """Plivo's error body, sent with every 4xx/5xx as `application/json`. (The Go SDK ignores errors whose body is empty,
    so the emulator always sends one.)

    """

    error: str
    """ Human-readable error message. """
    api_id: str | Unset = UNSET
    """ Request id (opaque; usually a v1 UUID). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        api_id = self.api_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if api_id is not UNSET:
            field_dict["api_id"] = api_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        api_id = d.pop("api_id", UNSET)

        plivo_error = cls(
            error=error,
            api_id=api_id,
        )

        plivo_error.additional_properties = d
        return plivo_error

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
