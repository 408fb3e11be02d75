from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.laml_recording_channels import LamlRecordingChannels, check_laml_recording_channels
from ..models.laml_recording_source import LamlRecordingSource, check_laml_recording_source
from ..models.laml_recording_status import LamlRecordingStatus, check_laml_recording_status
from ..models.laml_recording_trim import LamlRecordingTrim, check_laml_recording_trim
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.laml_recording_subresource_uris import LamlRecordingSubresourceUris


T = TypeVar("T", bound="LamlRecording")


@_attrs_define
class LamlRecording:
    """A recording resource (`CallRecordingResponse` / `RecordingResponse` upstream). SignalWire's current spec
    lists 21 properties, all required; the seed page lists 17. Required here are only the fields that both
    documents list *and* that the legacy SDK indexes unconditionally (it raises `KeyError` without them, so
    production evidently always sends them); everything else is optional. The schema stays open to new fields.
    Where seed and current spec give different types (`channels`, `duration`) both are accepted.

    """

    sid: str
    """ A SignalWire identifier (lowercase UUID). """
    account_sid: str
    """ A SignalWire identifier (lowercase UUID). """
    api_version: str
    """ API version; always `2010-04-01`. """
    call_sid: None | str
    """ The call this recording belongs to; `null` for conference recordings (current spec; the seed page types it
    as a non-null string). """
    conference_sid: None | str
    """ The conference this recording belongs to; `null` for call recordings (current spec). The seed page shows a
    non-null example (`2071320d-ee82-4578-84e0-379fb227eb77`) on a call recording. """
    date_created: str
    """ RFC 2822 date-time as sent by SignalWire, e.g. `Tue, 25 Sep 2018 23:00:00 +0000`. The pattern also admits
    the seed page's `Sept` (e.g. `Tue, 25 Sept 2018 23:00:00 +0000`), which is not valid RFC 2822 (twilio-python
    parses it to `None`), and the obsolete `GMT`/`UT` zones.
     """
    date_updated: str
    """ RFC 2822 date-time as sent by SignalWire, e.g. `Tue, 25 Sep 2018 23:00:00 +0000`. The pattern also admits
    the seed page's `Sept` (e.g. `Tue, 25 Sept 2018 23:00:00 +0000`), which is not valid RFC 2822 (twilio-python
    parses it to `None`), and the obsolete `GMT`/`UT` zones.
     """
    duration: int | None | str
    """ Length in seconds. The seed page shows a numeric string (`"4"`); SignalWire's current spec an integer (`4`).
    Both are accepted, and `null` while the length is not yet known (Twilio behaviour). """
    price: None | str
    """ Cost as a decimal string, negative for a charge (e.g. `-0.0025`); `null` until rated. """
    price_unit: None | str
    """ Currency of `price` (e.g. `USD`). """
    source: LamlRecordingSource
    """ How the recording was made. The first seven values are the seed page's (SignalWire's spelling, e.g.
    `OutBoundApi`, `StartCallRecordingApi`), also used by the current spec; recordings started with
    `startCallRecording` report `StartCallRecordingApi`. The last three are Twilio's spelling, which one
    SignalWire docs page also lists; production casing could not be verified, so both are accepted.
     """
    status: LamlRecordingStatus
    """ State of a recording resource. The seed page lists `paused`, `in-progress`, `stopped`; SignalWire's current
    spec lists `queued`, `in-progress`, `paused`, `resumed`, `completed`, `absent`, `stopped`. All are accepted.
     """
    error_code: None | str
    """ Further details about a failed recording; `null` otherwise. A string in both SignalWire documents (Twilio
    uses an integer). """
    uri: str
    """ Relative URI of this resource (`/api/laml/2010-04-01/...json`). The seed page shows the call-scoped form
    (`.../Calls/{CallSid}/Recordings/{Sid}.json`), the current spec the account-scoped form
    (`.../Recordings/{Sid}.json`). """
    channels: LamlRecordingChannels | str | Unset = UNSET
    """ Number of channels. The seed page types it as an integer (1 or 2); SignalWire's current spec as the string
    `"1"` or `"2"`. Both are accepted. """
    channel: LamlRecordingChannels | str | Unset = UNSET
    """ Singular duplicate of `channels` that only the current spec lists (`"1"` mono, `"2"` stereo); not on the
    seed page. """
    start_time: None | str | Unset = UNSET
    """ When the recording started (RFC 2822). In the current spec (nullable), not on the seed page. """
    end_time: None | str | Unset = UNSET
    """ When the recording ended (RFC 2822); `null` while still recording. """
    subresource_uris: LamlRecordingSubresourceUris | Unset = UNSET
    """ Related resources of a recording. """
    encryption_details: None | str | Unset = UNSET
    """ Current spec only; "Always null." """
    trim: LamlRecordingTrim | Unset = UNSET
    """ Whether leading and trailing silence is trimmed. Provider default for `startCallRecording`: `do-not-trim`
    in SignalWire's current spec and Twilio; the seed page says `trim-silence`. Send it explicitly if it matters.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sid = self.sid

        account_sid = self.account_sid

        api_version = self.api_version

        call_sid: None | str
        call_sid = self.call_sid

        conference_sid: None | str
        conference_sid = self.conference_sid

        date_created = self.date_created

        date_updated = self.date_updated

        duration: int | None | str
        duration = self.duration

        price: None | str
        price = self.price

        price_unit: None | str
        price_unit = self.price_unit

        source: str = self.source

        status: str = self.status

        error_code: None | str
        error_code = self.error_code

        uri = self.uri

        channels: int | str | Unset
        if isinstance(self.channels, Unset):
            channels = UNSET
        elif isinstance(self.channels, int):
            channels = self.channels
        else:
            channels = self.channels

        channel: int | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, int):
            channel = self.channel
        else:
            channel = self.channel

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        subresource_uris: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subresource_uris, Unset):
            subresource_uris = self.subresource_uris.to_dict()

        encryption_details: None | str | Unset
        if isinstance(self.encryption_details, Unset):
            encryption_details = UNSET
        else:
            encryption_details = self.encryption_details

        trim: str | Unset = UNSET
        if not isinstance(self.trim, Unset):
            trim = self.trim

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sid": sid,
                "account_sid": account_sid,
                "api_version": api_version,
                "call_sid": call_sid,
                "conference_sid": conference_sid,
                "date_created": date_created,
                "date_updated": date_updated,
                "duration": duration,
                "price": price,
                "price_unit": price_unit,
                "source": source,
                "status": status,
                "error_code": error_code,
                "uri": uri,
            }
        )
        if channels is not UNSET:
            field_dict["channels"] = channels
        if channel is not UNSET:
            field_dict["channel"] = channel
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if subresource_uris is not UNSET:
            field_dict["subresource_uris"] = subresource_uris
        if encryption_details is not UNSET:
            field_dict["encryption_details"] = encryption_details
        if trim is not UNSET:
            field_dict["trim"] = trim

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.laml_recording_subresource_uris import LamlRecordingSubresourceUris  # noqa: PLC0415

        d = dict(src_dict)
        sid = d.pop("sid")

        account_sid = d.pop("account_sid")

        api_version = d.pop("api_version")

        def _parse_call_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        call_sid = _parse_call_sid(d.pop("call_sid"))

        def _parse_conference_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        conference_sid = _parse_conference_sid(d.pop("conference_sid"))

        date_created = d.pop("date_created")

        date_updated = d.pop("date_updated")

        def _parse_duration(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        duration = _parse_duration(d.pop("duration"))

        def _parse_price(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        price = _parse_price(d.pop("price"))

        def _parse_price_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        price_unit = _parse_price_unit(d.pop("price_unit"))

        source = check_laml_recording_source(d.pop("source"))

        status = check_laml_recording_status(d.pop("status"))

        def _parse_error_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_code = _parse_error_code(d.pop("error_code"))

        uri = d.pop("uri")

        def _parse_channels(data: object) -> LamlRecordingChannels | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                channels_type_0 = check_laml_recording_channels(data)

                return channels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LamlRecordingChannels | str | Unset, data)

        channels = _parse_channels(d.pop("channels", UNSET))

        def _parse_channel(data: object) -> LamlRecordingChannels | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                channel_type_0 = check_laml_recording_channels(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LamlRecordingChannels | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        _subresource_uris = d.pop("subresource_uris", UNSET)
        subresource_uris: LamlRecordingSubresourceUris | Unset
        if isinstance(_subresource_uris, Unset):
            subresource_uris = UNSET
        else:
            subresource_uris = LamlRecordingSubresourceUris.from_dict(_subresource_uris)

        def _parse_encryption_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encryption_details = _parse_encryption_details(d.pop("encryption_details", UNSET))

        _trim = d.pop("trim", UNSET)
        trim: LamlRecordingTrim | Unset
        if isinstance(_trim, Unset):
            trim = UNSET
        else:
            trim = check_laml_recording_trim(_trim)

        laml_recording = cls(
            sid=sid,
            account_sid=account_sid,
            api_version=api_version,
            call_sid=call_sid,
            conference_sid=conference_sid,
            date_created=date_created,
            date_updated=date_updated,
            duration=duration,
            price=price,
            price_unit=price_unit,
            source=source,
            status=status,
            error_code=error_code,
            uri=uri,
            channels=channels,
            channel=channel,
            start_time=start_time,
            end_time=end_time,
            subresource_uris=subresource_uris,
            encryption_details=encryption_details,
            trim=trim,
        )

        laml_recording.additional_properties = d
        return laml_recording

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
