from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.laml_recording import LamlRecording


T = TypeVar("T", bound="LamlRecordingList")


@_attrs_define
class LamlRecordingList:
    """Twilio-style page envelope. The seven required fields are in both SignalWire documents. `start` and `end`
    appeared in the older spec (as strings) and in Twilio's (as integers); both types are accepted. The older spec
    also listed a top-level `account_sid`, which breaks twilio-python's paging (it expects exactly one non-meta
    key, the list) - servers should not send it.

    """

    recordings: list[LamlRecording]
    uri: str
    """ URI of this page. """
    first_page_uri: str
    """ URI of the first page. """
    next_page_uri: None | str
    """ URI of the next page (with `PageToken`); `null` on the last page. Always uses the `/api/laml/2010-04-01`
    prefix; clients follow it verbatim. """
    previous_page_uri: None | str
    """ URI of the previous page; `null` on the first page. """
    page: int
    """ Zero-based page number. """
    page_size: int
    """ Page size used (the paging guide's table calls it a string, its example shows an integer). """
    start: int | str | Unset = UNSET
    """ Index of the first record on this page (older SignalWire spec and Twilio only). """
    end: int | str | Unset = UNSET
    """ Index of the last record on this page (older SignalWire spec and Twilio only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recordings = []
        for recordings_item_data in self.recordings:
            recordings_item = recordings_item_data.to_dict()
            recordings.append(recordings_item)

        uri = self.uri

        first_page_uri = self.first_page_uri

        next_page_uri: None | str
        next_page_uri = self.next_page_uri

        previous_page_uri: None | str
        previous_page_uri = self.previous_page_uri

        page = self.page

        page_size = self.page_size

        start: int | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        end: int | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recordings": recordings,
                "uri": uri,
                "first_page_uri": first_page_uri,
                "next_page_uri": next_page_uri,
                "previous_page_uri": previous_page_uri,
                "page": page,
                "page_size": page_size,
            }
        )
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.laml_recording import LamlRecording  # noqa: PLC0415

        d = dict(src_dict)
        recordings = []
        _recordings = d.pop("recordings")
        for recordings_item_data in _recordings:
            recordings_item = LamlRecording.from_dict(recordings_item_data)

            recordings.append(recordings_item)

        uri = d.pop("uri")

        first_page_uri = d.pop("first_page_uri")

        def _parse_next_page_uri(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_page_uri = _parse_next_page_uri(d.pop("next_page_uri"))

        def _parse_previous_page_uri(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous_page_uri = _parse_previous_page_uri(d.pop("previous_page_uri"))

        page = d.pop("page")

        page_size = d.pop("page_size")

        def _parse_start(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_end(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        laml_recording_list = cls(
            recordings=recordings,
            uri=uri,
            first_page_uri=first_page_uri,
            next_page_uri=next_page_uri,
            previous_page_uri=previous_page_uri,
            page=page,
            page_size=page_size,
            start=start,
            end=end,
        )

        laml_recording_list.additional_properties = d
        return laml_recording_list

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
