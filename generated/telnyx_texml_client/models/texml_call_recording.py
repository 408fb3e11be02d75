from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.texml_recording_channel_count import TexmlRecordingChannelCount, check_texml_recording_channel_count
from ..models.texml_recording_source import TexmlRecordingSource, check_texml_recording_source
from ..models.texml_recording_track import TexmlRecordingTrack, check_texml_recording_track
from ..types import UNSET, Unset

T = TypeVar("T", bound="TexmlCallRecording")


@_attrs_define
class TexmlCallRecording:
    """The recording returned by `startCallRecording` and `updateCallRecording` (upstream
    `TexmlCreateCallRecordingResponseBody`, which declares no required fields). It has no `status`;
    `getRecording` returns the full resource. Its `uri` is the call-level URI
    `/v2/texml/Accounts/{account_sid}/Calls/{call_sid}/Recordings/{sid}.json`. In the seed example the
    id in `uri` differs from `sid`; that is a documentation slip, and real responses use `sid`.

    """

    account_sid: str
    """ The id of the account the recording belongs to. """
    call_sid: str
    """ The call being recorded (its `call_control_id`). """
    sid: str
    """ Identifier of the recording (lowercase UUID). Use it as `recording_sid`. """
    uri: str
    """ The relative URI of this recording, including the `/v2` prefix. """
    conference_sid: None | str | Unset = UNSET
    """ The conference the call is in, if any; `null` for a plain call recording. """
    channels: TexmlRecordingChannelCount | Unset = UNSET
    """ Number of audio channels in the recording file, `1` (single/mono) or `2` (dual). """
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
    start_time: str | Unset = UNSET
    """ RFC 2822 date-time as the seed, the older upstream specs and Twilio show it, e.g.
    `Fri, 11 Aug 2023 19:12:11 +0000` (optional weekday, 1-2 digit day, numeric zone or GMT/UT).
    Current upstream declares ISO 8601 instead (`format: date-time`, example `2023-08-11T19:12:11Z`) and it
    is not known which one the live API sends today, so both forms are accepted; the emulator sends RFC 2822.
     """
    price: None | str | Unset = UNSET
    """ Price of the recording as a decimal string; `null` until it is known. """
    price_unit: None | str | Unset = UNSET
    """ ISO 4217 currency of `price`. """
    duration: None | str | Unset = UNSET
    """ The duration of this recording in seconds, as a string of digits (for example `"12"`, as in the
    seed and upstream); `null` while recording. Conference recordings use an integer instead.
     """
    source: TexmlRecordingSource | Unset = UNSET
    """ Defines how the recording was created. REST-started call recordings are `StartCallRecordingAPI`. """
    error_code: None | str | Unset = UNSET
    """ Error code if the recording failed, otherwise `null`. """
    track: TexmlRecordingTrack | Unset = UNSET
    """ The audio track recorded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_sid = self.account_sid

        call_sid = self.call_sid

        sid = self.sid

        uri = self.uri

        conference_sid: None | str | Unset
        if isinstance(self.conference_sid, Unset):
            conference_sid = UNSET
        else:
            conference_sid = self.conference_sid

        channels: int | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels

        date_created = self.date_created

        date_updated = self.date_updated

        start_time = self.start_time

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        price_unit: None | str | Unset
        if isinstance(self.price_unit, Unset):
            price_unit = UNSET
        else:
            price_unit = self.price_unit

        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        track: str | Unset = UNSET
        if not isinstance(self.track, Unset):
            track = self.track

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
        if conference_sid is not UNSET:
            field_dict["conference_sid"] = conference_sid
        if channels is not UNSET:
            field_dict["channels"] = channels
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if price is not UNSET:
            field_dict["price"] = price
        if price_unit is not UNSET:
            field_dict["price_unit"] = price_unit
        if duration is not UNSET:
            field_dict["duration"] = duration
        if source is not UNSET:
            field_dict["source"] = source
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if track is not UNSET:
            field_dict["track"] = track

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        call_sid = d.pop("call_sid")

        sid = d.pop("sid")

        uri = d.pop("uri")

        def _parse_conference_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_sid = _parse_conference_sid(d.pop("conference_sid", UNSET))

        _channels = d.pop("channels", UNSET)
        channels: TexmlRecordingChannelCount | Unset
        if isinstance(_channels, Unset):
            channels = UNSET
        else:
            channels = check_texml_recording_channel_count(_channels)

        date_created = d.pop("date_created", UNSET)

        date_updated = d.pop("date_updated", UNSET)

        start_time = d.pop("start_time", UNSET)

        def _parse_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_price_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_unit = _parse_price_unit(d.pop("price_unit", UNSET))

        def _parse_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        _source = d.pop("source", UNSET)
        source: TexmlRecordingSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = check_texml_recording_source(_source)

        def _parse_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        _track = d.pop("track", UNSET)
        track: TexmlRecordingTrack | Unset
        if isinstance(_track, Unset):
            track = UNSET
        else:
            track = check_texml_recording_track(_track)

        texml_call_recording = cls(
            account_sid=account_sid,
            call_sid=call_sid,
            sid=sid,
            uri=uri,
            conference_sid=conference_sid,
            channels=channels,
            date_created=date_created,
            date_updated=date_updated,
            start_time=start_time,
            price=price,
            price_unit=price_unit,
            duration=duration,
            source=source,
            error_code=error_code,
            track=track,
        )

        texml_call_recording.additional_properties = d
        return texml_call_recording

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
