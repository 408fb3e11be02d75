from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.texml_recording import TexmlRecording


T = TypeVar("T", bound="TexmlRecordingPage")


@_attrs_define
class TexmlRecordingPage:
    """One page of recordings (upstream `TexmlGetCallRecordingsResponseBody`, which declares no required
    fields). Upstream does not mark the `*_page_uri` fields nullable. Twilio-style servers send `null` for
    `next_page_uri`/`previous_page_uri` on the last/first page, so this spec accepts `null`. Upstream's
    `next_page_uri` example points at `Calls.json`, a copy-paste slip.

    """

    recordings: list[TexmlRecording]
    """ The recordings on this page. """
    page: int | Unset = UNSET
    """ Current page number, zero-indexed. """
    page_size: int | Unset = UNSET
    """ The number of items on the page. """
    start: int | Unset = UNSET
    """ The number of the first element on the page, zero-indexed. """
    end: int | Unset = UNSET
    """ The number of the last element on the page, zero-indexed. """
    uri: str | Unset = UNSET
    """ The relative URI of the current page. """
    first_page_uri: None | str | Unset = UNSET
    """ Relative URI of the first page of the query results. """
    next_page_uri: None | str | Unset = UNSET
    """ Relative URI of the next page, or `null` on the last page. """
    previous_page_uri: None | str | Unset = UNSET
    """ Relative URI of the previous page, or `null` on the first page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recordings = []
        for recordings_item_data in self.recordings:
            recordings_item = recordings_item_data.to_dict()
            recordings.append(recordings_item)

        page = self.page

        page_size = self.page_size

        start = self.start

        end = self.end

        uri = self.uri

        first_page_uri: None | str | Unset
        if isinstance(self.first_page_uri, Unset):
            first_page_uri = UNSET
        else:
            first_page_uri = self.first_page_uri

        next_page_uri: None | str | Unset
        if isinstance(self.next_page_uri, Unset):
            next_page_uri = UNSET
        else:
            next_page_uri = self.next_page_uri

        previous_page_uri: None | str | Unset
        if isinstance(self.previous_page_uri, Unset):
            previous_page_uri = UNSET
        else:
            previous_page_uri = self.previous_page_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recordings": recordings,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if uri is not UNSET:
            field_dict["uri"] = uri
        if first_page_uri is not UNSET:
            field_dict["first_page_uri"] = first_page_uri
        if next_page_uri is not UNSET:
            field_dict["next_page_uri"] = next_page_uri
        if previous_page_uri is not UNSET:
            field_dict["previous_page_uri"] = previous_page_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.texml_recording import TexmlRecording  # noqa: PLC0415

        d = dict(src_dict)
        recordings = []
        _recordings = d.pop("recordings")
        for recordings_item_data in _recordings:
            recordings_item = TexmlRecording.from_dict(recordings_item_data)

            recordings.append(recordings_item)

        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        uri = d.pop("uri", UNSET)

        def _parse_first_page_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_page_uri = _parse_first_page_uri(d.pop("first_page_uri", UNSET))

        def _parse_next_page_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_uri = _parse_next_page_uri(d.pop("next_page_uri", UNSET))

        def _parse_previous_page_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_page_uri = _parse_previous_page_uri(d.pop("previous_page_uri", UNSET))

        texml_recording_page = cls(
            recordings=recordings,
            page=page,
            page_size=page_size,
            start=start,
            end=end,
            uri=uri,
            first_page_uri=first_page_uri,
            next_page_uri=next_page_uri,
            previous_page_uri=previous_page_uri,
        )

        texml_recording_page.additional_properties = d
        return texml_recording_page

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
