from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PlivoAsyncResponseCallback")


@_attrs_define
class PlivoAsyncResponseCallback:
    """Posted to `callback_url` in asynchronous mode: the API response that would otherwise have been returned, as JSON
    text in the `response` field (form-encoded POST, or query string for GET). Plivo documents no other fields.

    """

    response: str
    """ The API response as a JSON document, e.g. a PlivoCallRecordingStarted body. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        response = d.pop("response")

        plivo_async_response_callback = cls(
            response=response,
        )

        plivo_async_response_callback.additional_properties = d
        return plivo_async_response_callback

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
