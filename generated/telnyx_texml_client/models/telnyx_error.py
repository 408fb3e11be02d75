from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.telnyx_error_meta import TelnyxErrorMeta
    from ..models.telnyx_error_source import TelnyxErrorSource


T = TypeVar("T", bound="TelnyxError")


@_attrs_define
class TelnyxError:
    """One Telnyx error. Generic Telnyx errors carry `code`, `title`, `detail` and optionally `source` and
    `meta`. The 404 body upstream declares for these operations has `detail` only, so no field is
    required here.

    """

    code: str | Unset = UNSET
    """ Telnyx error code, a string of digits (for example `10005`). """
    title: str | Unset = UNSET
    """ Short, human-readable summary of the error. """
    detail: str | Unset = UNSET
    """ Human-readable explanation of this occurrence of the error. """
    source: TelnyxErrorSource | Unset = UNSET
    """ Where the error is in the request. """
    meta: TelnyxErrorMeta | Unset = UNSET
    """ Extra information about the error. Open to provider-specific keys. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        detail = self.detail

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if source is not UNSET:
            field_dict["source"] = source
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.telnyx_error_meta import TelnyxErrorMeta  # noqa: PLC0415
        from ..models.telnyx_error_source import TelnyxErrorSource  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        title = d.pop("title", UNSET)

        detail = d.pop("detail", UNSET)

        _source = d.pop("source", UNSET)
        source: TelnyxErrorSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = TelnyxErrorSource.from_dict(_source)

        _meta = d.pop("meta", UNSET)
        meta: TelnyxErrorMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = TelnyxErrorMeta.from_dict(_meta)

        telnyx_error = cls(
            code=code,
            title=title,
            detail=detail,
            source=source,
            meta=meta,
        )

        telnyx_error.additional_properties = d
        return telnyx_error

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
