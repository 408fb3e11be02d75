from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.laml_recording_callback_status import LamlRecordingCallbackStatus, check_laml_recording_callback_status
from ..models.laml_recording_channels import LamlRecordingChannels, check_laml_recording_channels
from ..models.laml_recording_source import LamlRecordingSource, check_laml_recording_source
from ..models.laml_recording_track import LamlRecordingTrack, check_laml_recording_track
from ..types import UNSET, Unset

T = TypeVar("T", bound="LamlRecordingStatusCallback")


@_attrs_define
class LamlRecordingStatusCallback:
    """Payload of the recording status callback SignalWire sends to `RecordingStatusCallback`
    (`RecordingStatusCallbackPayload` upstream). Form-encoded POST body, or query string when
    `RecordingStatusCallbackMethod=GET`; every value is a string on the wire and is typed here after coercion.
    The eight SignalWire-documented fields are required. `RecordingStartTime`, `RecordingTrack` and `ErrorCode`
    are Twilio fields that SignalWire does not document; they are optional.

    """

    account_sid: str
    """ A SignalWire identifier (lowercase UUID). """
    call_sid: str
    """ A SignalWire identifier (lowercase UUID). """
    recording_sid: str
    """ A SignalWire identifier (lowercase UUID). """
    recording_url: str
    """ Absolute URL of the media, without extension (WAV); append `.mp3` for MP3 or `.json` for metadata. """
    recording_status: LamlRecordingCallbackStatus
    """ `RecordingStatus` of a status callback: `in-progress` (recording began), `completed` (file available),
    `absent` (too short or silent; no file). `failed` is not in any SignalWire enum but is listed in the
    webhook guide's prose ("in-progress, completed, absent, or failed"), so it is accepted.
     """
    recording_duration: int
    """ Length in seconds (e.g. 94). """
    recording_channels: LamlRecordingChannels
    """ Number of audio channels of a recording, 1 (mono) or 2 (dual/stereo). """
    recording_source: LamlRecordingSource
    """ How the recording was made. The first seven values are the seed page's (SignalWire's spelling, e.g.
    `OutBoundApi`, `StartCallRecordingApi`), also used by the current spec; recordings started with
    `startCallRecording` report `StartCallRecordingApi`. The last three are Twilio's spelling, which one
    SignalWire docs page also lists; production casing could not be verified, so both are accepted.
     """
    recording_start_time: str | Unset = UNSET
    """ RFC 2822 date-time as sent by SignalWire, e.g. `Tue, 25 Sep 2018 23:00:00 +0000`. The pattern also admits
    the seed page's `Sept` (e.g. `Tue, 25 Sept 2018 23:00:00 +0000`), which is not valid RFC 2822 (twilio-python
    parses it to `None`), and the obsolete `GMT`/`UT` zones.
     """
    recording_track: LamlRecordingTrack | Unset = UNSET
    """ Which audio to record - `inbound` (from the called party to SignalWire), `outbound` (from SignalWire to the
    called party) or `both`. Provider default `both`. """
    error_code: str | Unset = UNSET
    """ Twilio sends it with `absent` (16101 too short, 16102 silent); not documented by SignalWire. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_sid = self.account_sid

        call_sid = self.call_sid

        recording_sid = self.recording_sid

        recording_url = self.recording_url

        recording_status: str = self.recording_status

        recording_duration = self.recording_duration

        recording_channels: int = self.recording_channels

        recording_source: str = self.recording_source

        recording_start_time = self.recording_start_time

        recording_track: str | Unset = UNSET
        if not isinstance(self.recording_track, Unset):
            recording_track = self.recording_track

        error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AccountSid": account_sid,
                "CallSid": call_sid,
                "RecordingSid": recording_sid,
                "RecordingUrl": recording_url,
                "RecordingStatus": recording_status,
                "RecordingDuration": recording_duration,
                "RecordingChannels": recording_channels,
                "RecordingSource": recording_source,
            }
        )
        if recording_start_time is not UNSET:
            field_dict["RecordingStartTime"] = recording_start_time
        if recording_track is not UNSET:
            field_dict["RecordingTrack"] = recording_track
        if error_code is not UNSET:
            field_dict["ErrorCode"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_sid = d.pop("AccountSid")

        call_sid = d.pop("CallSid")

        recording_sid = d.pop("RecordingSid")

        recording_url = d.pop("RecordingUrl")

        recording_status = check_laml_recording_callback_status(d.pop("RecordingStatus"))

        recording_duration = d.pop("RecordingDuration")

        recording_channels = check_laml_recording_channels(d.pop("RecordingChannels"))

        recording_source = check_laml_recording_source(d.pop("RecordingSource"))

        recording_start_time = d.pop("RecordingStartTime", UNSET)

        _recording_track = d.pop("RecordingTrack", UNSET)
        recording_track: LamlRecordingTrack | Unset
        if isinstance(_recording_track, Unset):
            recording_track = UNSET
        else:
            recording_track = check_laml_recording_track(_recording_track)

        error_code = d.pop("ErrorCode", UNSET)

        laml_recording_status_callback = cls(
            account_sid=account_sid,
            call_sid=call_sid,
            recording_sid=recording_sid,
            recording_url=recording_url,
            recording_status=recording_status,
            recording_duration=recording_duration,
            recording_channels=recording_channels,
            recording_source=recording_source,
            recording_start_time=recording_start_time,
            recording_track=recording_track,
            error_code=error_code,
        )

        laml_recording_status_callback.additional_properties = d
        return laml_recording_status_callback

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
