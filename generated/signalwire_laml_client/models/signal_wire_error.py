from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SignalWireError")


@_attrs_define
class SignalWireError:
    """Error body of the Compatibility API (`CompatibilityErrorResponse` upstream, Twilio-style), used by
    SignalWire for every error status of these operations, including 401 (`code` 20003) and 404 (`code` 20404).
    Other shapes exist elsewhere in the Compatibility API (`{"errors": [...]}` on call creation and
    conference-recording updates) but not on these endpoints. Open to additional fields.

    """

    code: int
    """ SignalWire error code (e.g. 20003 authentication, 20404 not found, 21220 call not in progress). """
    message: str
    """ Human-readable message. """
    more_info: str
    """ URL of the error documentation (current spec `https://signalwire.com/docs/compatibility-
    api/reference/errors`; older pages `https://developer.signalwire.com/compatibility-api/reference/errors`). """
    status: int
    """ The HTTP status code, repeated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        more_info = self.more_info

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "more_info": more_info,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        more_info = d.pop("more_info")

        status = d.pop("status")

        signal_wire_error = cls(
            code=code,
            message=message,
            more_info=more_info,
            status=status,
        )

        signal_wire_error.additional_properties = d
        return signal_wire_error

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
