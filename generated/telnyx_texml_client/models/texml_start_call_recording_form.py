from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.texml_recording_channels import TexmlRecordingChannels, check_texml_recording_channels
from ..models.texml_recording_track import TexmlRecordingTrack, check_texml_recording_track
from ..models.texml_status_callback_method import TexmlStatusCallbackMethod, check_texml_status_callback_method
from ..types import UNSET, Unset

T = TypeVar("T", bound="TexmlStartCallRecordingForm")


@_attrs_define
class TexmlStartCallRecordingForm:
    """Form fields of `startCallRecording` (upstream `TexmlCreateCallRecordingRequestBody`). All fields are
    optional; each field's description states the provider default. `SendRecordingUrl` is not in the
    seed (upstream added it in 2025-06). `Trim` is not accepted here.

    """

    play_beep: bool | Unset = UNSET
    """ Whether to play a beep when recording is started. Telnyx default `true`. """
    recording_status_callback_event: str | Unset = UNSET
    """ The changes to the recording's state that should generate a call to `RecordingStatusCallback`.
    It is one or more of `in-progress`, `completed` and `absent` (see
    `TexmlRecordingStatusCallbackEvent`), separated by single spaces, in one string, for example
    `in-progress completed absent`. Telnyx default `completed`. The upstream text has the typo
    "RecoridngStatusCallback".
     """
    recording_status_callback: str | Unset = UNSET
    """ URL where status callbacks will be sent (see the `recordingStatusCallback` callback). No default. """
    recording_status_callback_method: TexmlStatusCallbackMethod | Unset = UNSET
    """ HTTP method used to send status callbacks. `POST` sends a form body; `GET` sends a query string. """
    recording_channels: TexmlRecordingChannels | Unset = UNSET
    """ `dual`: first leg on channel A, the rest on channel B. `single`: both tracks mixed into one channel.
    Upstream used `mono`/`dual` before 2024-07, and the `<Record>` verb still accepts `mono`; the emulator
    accepts `mono` as an alias of `single`, but this spec does not declare it.
     """
    recording_track: TexmlRecordingTrack | Unset = UNSET
    """ The audio track recorded. """
    send_recording_url: bool | Unset = UNSET
    """ Whether to send `RecordingUrl` in the status callbacks. Telnyx default `true`. Not in the seed;
    upstream added it in 2025-06.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        play_beep = self.play_beep

        recording_status_callback_event = self.recording_status_callback_event

        recording_status_callback = self.recording_status_callback

        recording_status_callback_method: str | Unset = UNSET
        if not isinstance(self.recording_status_callback_method, Unset):
            recording_status_callback_method = self.recording_status_callback_method

        recording_channels: str | Unset = UNSET
        if not isinstance(self.recording_channels, Unset):
            recording_channels = self.recording_channels

        recording_track: str | Unset = UNSET
        if not isinstance(self.recording_track, Unset):
            recording_track = self.recording_track

        send_recording_url = self.send_recording_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if play_beep is not UNSET:
            field_dict["PlayBeep"] = play_beep
        if recording_status_callback_event is not UNSET:
            field_dict["RecordingStatusCallbackEvent"] = recording_status_callback_event
        if recording_status_callback is not UNSET:
            field_dict["RecordingStatusCallback"] = recording_status_callback
        if recording_status_callback_method is not UNSET:
            field_dict["RecordingStatusCallbackMethod"] = recording_status_callback_method
        if recording_channels is not UNSET:
            field_dict["RecordingChannels"] = recording_channels
        if recording_track is not UNSET:
            field_dict["RecordingTrack"] = recording_track
        if send_recording_url is not UNSET:
            field_dict["SendRecordingUrl"] = send_recording_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        play_beep = d.pop("PlayBeep", UNSET)

        recording_status_callback_event = d.pop("RecordingStatusCallbackEvent", UNSET)

        recording_status_callback = d.pop("RecordingStatusCallback", UNSET)

        _recording_status_callback_method = d.pop("RecordingStatusCallbackMethod", UNSET)
        recording_status_callback_method: TexmlStatusCallbackMethod | Unset
        if isinstance(_recording_status_callback_method, Unset):
            recording_status_callback_method = UNSET
        else:
            recording_status_callback_method = check_texml_status_callback_method(_recording_status_callback_method)

        _recording_channels = d.pop("RecordingChannels", UNSET)
        recording_channels: TexmlRecordingChannels | Unset
        if isinstance(_recording_channels, Unset):
            recording_channels = UNSET
        else:
            recording_channels = check_texml_recording_channels(_recording_channels)

        _recording_track = d.pop("RecordingTrack", UNSET)
        recording_track: TexmlRecordingTrack | Unset
        if isinstance(_recording_track, Unset):
            recording_track = UNSET
        else:
            recording_track = check_texml_recording_track(_recording_track)

        send_recording_url = d.pop("SendRecordingUrl", UNSET)

        texml_start_call_recording_form = cls(
            play_beep=play_beep,
            recording_status_callback_event=recording_status_callback_event,
            recording_status_callback=recording_status_callback,
            recording_status_callback_method=recording_status_callback_method,
            recording_channels=recording_channels,
            recording_track=recording_track,
            send_recording_url=send_recording_url,
        )

        texml_start_call_recording_form.additional_properties = d
        return texml_start_call_recording_form

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
