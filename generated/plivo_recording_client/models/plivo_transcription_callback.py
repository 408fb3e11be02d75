from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlivoTranscriptionCallback")


@_attrs_define
class PlivoTranscriptionCallback:
    """Posted to `transcription_url` when a transcription is ready or failed (always POST, form-encoded). Numeric fields
    are typed number/integer in the docs but arrive as text, so they are strings with a numeric pattern.

    """

    call_uuid: str
    """ Call that was transcribed. """
    recording_id: str
    """ Recording that was transcribed. """
    transcription_charge: str | Unset = UNSET
    """ Credit deducted for the transcription (a number in the docs, sent as text). """
    transcription: str | Unset = UNSET
    """ Transcribed text of the recording. """
    duration: str | Unset = UNSET
    """ Duration of the recording in seconds (an integer in the docs, sent as text). """
    transcription_rate: str | Unset = UNSET
    """ Transcription rate per minute (a number in the docs, sent as text). """
    error: str | Unset = UNSET
    """ Empty on success; otherwise `Recording duration too long for transcription` or `Recording file size too
    large for transcription` (mp3 files are smaller than wav). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_uuid = self.call_uuid

        recording_id = self.recording_id

        transcription_charge = self.transcription_charge

        transcription = self.transcription

        duration = self.duration

        transcription_rate = self.transcription_rate

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_uuid": call_uuid,
                "recording_id": recording_id,
            }
        )
        if transcription_charge is not UNSET:
            field_dict["transcription_charge"] = transcription_charge
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if duration is not UNSET:
            field_dict["duration"] = duration
        if transcription_rate is not UNSET:
            field_dict["transcription_rate"] = transcription_rate
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_uuid = d.pop("call_uuid")

        recording_id = d.pop("recording_id")

        transcription_charge = d.pop("transcription_charge", UNSET)

        transcription = d.pop("transcription", UNSET)

        duration = d.pop("duration", UNSET)

        transcription_rate = d.pop("transcription_rate", UNSET)

        error = d.pop("error", UNSET)

        plivo_transcription_callback = cls(
            call_uuid=call_uuid,
            recording_id=recording_id,
            transcription_charge=transcription_charge,
            transcription=transcription,
            duration=duration,
            transcription_rate=transcription_rate,
            error=error,
        )

        plivo_transcription_callback.additional_properties = d
        return plivo_transcription_callback

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
