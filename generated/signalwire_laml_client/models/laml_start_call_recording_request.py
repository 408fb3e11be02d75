from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.laml_callback_method import LamlCallbackMethod, check_laml_callback_method
from ..models.laml_recording_channels_param import LamlRecordingChannelsParam, check_laml_recording_channels_param
from ..models.laml_recording_track import LamlRecordingTrack, check_laml_recording_track
from ..models.laml_recording_trim import LamlRecordingTrim, check_laml_recording_trim
from ..types import UNSET, Unset

T = TypeVar("T", bound="LamlStartCallRecordingRequest")


@_attrs_define
class LamlStartCallRecordingRequest:
    """Form body of `startCallRecording`. All fields optional; unknown fields are ignored by the provider."""

    recording_channels: LamlRecordingChannelsParam | Unset = UNSET
    """ `RecordingChannels` request value: `mono` (both legs mixed into one channel) or `dual` (each leg in its own
    channel of one file). Provider default `mono` (current spec; the seed page states no default).
     """
    recording_status_callback: str | Unset = UNSET
    """ Absolute URL SignalWire calls on the events selected by `RecordingStatusCallbackEvent` (payload
    `LamlRecordingStatusCallback`). Not sent when absent (the seed page's example is `null`). """
    recording_status_callback_event: str | Unset = UNSET
    """ One or more of `in-progress`, `completed`, `absent`, separated by single spaces (e.g. `in-progress completed
    absent`). Provider default `completed`. The seed page types the field as a single-valued enum; SignalWire's
    current spec as a free space-separated string; Twilio as an array. twilio-python sends a list as repeated
    `RecordingStatusCallbackEvent` keys, which the provider (and the emulator) also accept; this contract models
    the single space-separated field. Invalid values give error 13621.
     """
    recording_status_callback_method: LamlCallbackMethod | Unset = UNSET
    """ HTTP method SignalWire uses for the status callback - `POST` (form-encoded body, provider default) or `GET`
    (query string). """
    recording_track: LamlRecordingTrack | Unset = UNSET
    """ Which audio to record - `inbound` (from the called party to SignalWire), `outbound` (from SignalWire to the
    called party) or `both`. Provider default `both`. """
    trim: LamlRecordingTrim | Unset = UNSET
    """ Whether leading and trailing silence is trimmed. Provider default for `startCallRecording`: `do-not-trim`
    in SignalWire's current spec and Twilio; the seed page says `trim-silence`. Send it explicitly if it matters.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recording_channels: str | Unset = UNSET
        if not isinstance(self.recording_channels, Unset):
            recording_channels = self.recording_channels

        recording_status_callback = self.recording_status_callback

        recording_status_callback_event = self.recording_status_callback_event

        recording_status_callback_method: str | Unset = UNSET
        if not isinstance(self.recording_status_callback_method, Unset):
            recording_status_callback_method = self.recording_status_callback_method

        recording_track: str | Unset = UNSET
        if not isinstance(self.recording_track, Unset):
            recording_track = self.recording_track

        trim: str | Unset = UNSET
        if not isinstance(self.trim, Unset):
            trim = self.trim

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recording_channels is not UNSET:
            field_dict["RecordingChannels"] = recording_channels
        if recording_status_callback is not UNSET:
            field_dict["RecordingStatusCallback"] = recording_status_callback
        if recording_status_callback_event is not UNSET:
            field_dict["RecordingStatusCallbackEvent"] = recording_status_callback_event
        if recording_status_callback_method is not UNSET:
            field_dict["RecordingStatusCallbackMethod"] = recording_status_callback_method
        if recording_track is not UNSET:
            field_dict["RecordingTrack"] = recording_track
        if trim is not UNSET:
            field_dict["Trim"] = trim

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _recording_channels = d.pop("RecordingChannels", UNSET)
        recording_channels: LamlRecordingChannelsParam | Unset
        if isinstance(_recording_channels, Unset):
            recording_channels = UNSET
        else:
            recording_channels = check_laml_recording_channels_param(_recording_channels)

        recording_status_callback = d.pop("RecordingStatusCallback", UNSET)

        recording_status_callback_event = d.pop("RecordingStatusCallbackEvent", UNSET)

        _recording_status_callback_method = d.pop("RecordingStatusCallbackMethod", UNSET)
        recording_status_callback_method: LamlCallbackMethod | Unset
        if isinstance(_recording_status_callback_method, Unset):
            recording_status_callback_method = UNSET
        else:
            recording_status_callback_method = check_laml_callback_method(_recording_status_callback_method)

        _recording_track = d.pop("RecordingTrack", UNSET)
        recording_track: LamlRecordingTrack | Unset
        if isinstance(_recording_track, Unset):
            recording_track = UNSET
        else:
            recording_track = check_laml_recording_track(_recording_track)

        _trim = d.pop("Trim", UNSET)
        trim: LamlRecordingTrim | Unset
        if isinstance(_trim, Unset):
            trim = UNSET
        else:
            trim = check_laml_recording_trim(_trim)

        laml_start_call_recording_request = cls(
            recording_channels=recording_channels,
            recording_status_callback=recording_status_callback,
            recording_status_callback_event=recording_status_callback_event,
            recording_status_callback_method=recording_status_callback_method,
            recording_track=recording_track,
            trim=trim,
        )

        laml_start_call_recording_request.additional_properties = d
        return laml_start_call_recording_request

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
