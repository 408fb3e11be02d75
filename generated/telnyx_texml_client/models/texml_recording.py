from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.texml_recording_channel_count import TexmlRecordingChannelCount, check_texml_recording_channel_count
from ..models.texml_recording_source import TexmlRecordingSource, check_texml_recording_source
from ..models.texml_recording_status import TexmlRecordingStatus, check_texml_recording_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.texml_recording_subresources_uris import TexmlRecordingSubresourcesUris


T = TypeVar("T", bound="TexmlRecording")


@_attrs_define
class TexmlRecording:
    """A recording resource, as returned by `getRecording` and in the list pages (upstream
    `TexmlGetCallRecordingResponseBody`, which declares no required fields). Upstream omits `price`,
    `price_unit` and `track` here; the object stays open, so a server may send them too.

    """

    account_sid: str
    """ The id of the account the recording belongs to. """
    call_sid: str
    """ The recorded call (its `call_control_id`). """
    sid: str
    """ Identifier of the recording (lowercase UUID). """
    uri: str
    """ The relative account-level URI of this recording, including the `/v2` prefix. """
    channels: TexmlRecordingChannelCount | Unset = UNSET
    """ Number of audio channels in the recording file, `1` (single/mono) or `2` (dual). """
    conference_sid: None | str | Unset = UNSET
    """ The conference the call is in, if any; `null` for a plain call recording. """
    date_created: str | Unset = UNSET
    """ RFC 2822 date-time as the seed, the older upstream specs and Twilio show it, e.g.
    `Fri, 11 Aug 2023 19:12:11 +0000` (optional weekday, 1-2 digit day, numeric zone or GMT/UT).
    Current upstream declares ISO 8601 instead (`format: date-time`, example `2023-08-11T19:12:11Z`) and it
    is not known which one the live API sends today, so both forms are accepted; the emulator sends RFC 2822.
     """
    date_updated: str | Unset = UNSET
    """ RFC 2822 date-time as the seed, the older upstream specs and Twilio show it, e.g.
    `Fri, 11 Aug 2023 19:12:11 +0000` (optional weekday, 1-2 digit day, numeric zone or GMT/UT).
    Current upstream declares ISO 8601 instead (`format: date-time`, example `2023-08-11T19:12:11Z`) and it
    is not known which one the live API sends today, so both forms are accepted; the emulator sends RFC 2822.
     """
    duration: None | str | Unset = UNSET
    """ The duration of the recording in seconds, as a string of digits; `null` while recording. """
    error_code: None | str | Unset = UNSET
    """ Error code if the recording failed, otherwise `null`. """
    media_url: str | Unset = UNSET
    """ Where the audio file can be downloaded. """
    source: TexmlRecordingSource | Unset = UNSET
    """ Defines how the recording was created. REST-started call recordings are `StartCallRecordingAPI`. """
    start_time: str | Unset = UNSET
    """ RFC 2822 date-time as the seed, the older upstream specs and Twilio show it, e.g.
    `Fri, 11 Aug 2023 19:12:11 +0000` (optional weekday, 1-2 digit day, numeric zone or GMT/UT).
    Current upstream declares ISO 8601 instead (`format: date-time`, example `2023-08-11T19:12:11Z`) and it
    is not known which one the live API sends today, so both forms are accepted; the emulator sends RFC 2822.
     """
    status: TexmlRecordingStatus | Unset = UNSET
    """ Status of a recording resource, as reported by `getRecording` and `listRecordings`. """
    subresources_uris: TexmlRecordingSubresourcesUris | Unset = UNSET
    """ URIs of a recording's subresources. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_sid = self.account_sid

        call_sid = self.call_sid

        sid = self.sid

        uri = self.uri

        channels: int | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels

        conference_sid: None | str | Unset
        if isinstance(self.conference_sid, Unset):
            conference_sid = UNSET
        else:
            conference_sid = self.conference_sid

        date_created = self.date_created

        date_updated = self.date_updated

        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        media_url = self.media_url

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source

        start_time = self.start_time

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        subresources_uris: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subresources_uris, Unset):
            subresources_uris = self.subresources_uris.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_sid": account_sid,
                "call_sid": call_sid,
                "sid": sid,
                "uri": uri,
            }
        )
        if channels is not UNSET:
            field_dict["channels"] = channels
        if conference_sid is not UNSET:
            field_dict["conference_sid"] = conference_sid
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if duration is not UNSET:
            field_dict["duration"] = duration
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if source is not UNSET:
            field_dict["source"] = source
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if status is not UNSET:
            field_dict["status"] = status
        if subresources_uris is not UNSET:
            field_dict["subresources_uris"] = subresources_uris

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.texml_recording_subresources_uris import TexmlRecordingSubresourcesUris  # noqa: PLC0415

        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        call_sid = d.pop("call_sid")

        sid = d.pop("sid")

        uri = d.pop("uri")

        _channels = d.pop("channels", UNSET)
        channels: TexmlRecordingChannelCount | Unset
        if isinstance(_channels, Unset):
            channels = UNSET
        else:
            channels = check_texml_recording_channel_count(_channels)

        def _parse_conference_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_sid = _parse_conference_sid(d.pop("conference_sid", UNSET))

        date_created = d.pop("date_created", UNSET)

        date_updated = d.pop("date_updated", UNSET)

        def _parse_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        media_url = d.pop("media_url", UNSET)

        _source = d.pop("source", UNSET)
        source: TexmlRecordingSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = check_texml_recording_source(_source)

        start_time = d.pop("start_time", UNSET)

        _status = d.pop("status", UNSET)
        status: TexmlRecordingStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_texml_recording_status(_status)

        _subresources_uris = d.pop("subresources_uris", UNSET)
        subresources_uris: TexmlRecordingSubresourcesUris | Unset
        if isinstance(_subresources_uris, Unset):
            subresources_uris = UNSET
        else:
            subresources_uris = TexmlRecordingSubresourcesUris.from_dict(_subresources_uris)

        texml_recording = cls(
            account_sid=account_sid,
            call_sid=call_sid,
            sid=sid,
            uri=uri,
            channels=channels,
            conference_sid=conference_sid,
            date_created=date_created,
            date_updated=date_updated,
            duration=duration,
            error_code=error_code,
            media_url=media_url,
            source=source,
            start_time=start_time,
            status=status,
            subresources_uris=subresources_uris,
        )

        texml_recording.additional_properties = d
        return texml_recording

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
