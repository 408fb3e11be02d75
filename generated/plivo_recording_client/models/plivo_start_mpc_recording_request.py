from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plivo_callback_method import PlivoCallbackMethod, check_plivo_callback_method
from ..models.plivo_file_format import PlivoFileFormat, check_plivo_file_format
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlivoStartMpcRecordingRequest")


@_attrs_define
class PlivoStartMpcRecordingRequest:
    """Parameters of startMpcRecordingByName/ByUuid. All optional; unknown keys are ignored."""

    file_format: PlivoFileFormat | Unset = UNSET
    """ Recording file format. Plivo's default is `mp3`. """
    recording_callback_url: str | Unset = UNSET
    """ URL that receives the recording status events (PlivoMpcRecordingEvent). """
    recording_callback_method: PlivoCallbackMethod | Unset = UNSET
    """ HTTP method Plivo uses to invoke a callback URL. Plivo's default is `POST`. """
    transcription_url: str | Unset = UNSET
    """ URL that receives the transcription. Not on the docs page; sent by the py and go SDKs since "Transcription
    params in MPC recording" (py 4.57.0). """
    transcript: bool | Unset = UNSET
    """ Whether to transcribe the recording; default false. Undocumented; sent by the py and go SDKs. """
    callback_url: str | Unset = UNSET
    """ Asynchronous mode: the answer is only `{"api_id","message"}` and the API response is posted here
    (PlivoAsyncResponseCallback). """
    callback_method: PlivoCallbackMethod | Unset = UNSET
    """ HTTP method Plivo uses to invoke a callback URL. Plivo's default is `POST`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_format: str | Unset = UNSET
        if not isinstance(self.file_format, Unset):
            file_format = self.file_format

        recording_callback_url = self.recording_callback_url

        recording_callback_method: str | Unset = UNSET
        if not isinstance(self.recording_callback_method, Unset):
            recording_callback_method = self.recording_callback_method

        transcription_url = self.transcription_url

        transcript = self.transcript

        callback_url = self.callback_url

        callback_method: str | Unset = UNSET
        if not isinstance(self.callback_method, Unset):
            callback_method = self.callback_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_format is not UNSET:
            field_dict["file_format"] = file_format
        if recording_callback_url is not UNSET:
            field_dict["recording_callback_url"] = recording_callback_url
        if recording_callback_method is not UNSET:
            field_dict["recording_callback_method"] = recording_callback_method
        if transcription_url is not UNSET:
            field_dict["transcription_url"] = transcription_url
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if callback_method is not UNSET:
            field_dict["callback_method"] = callback_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _file_format = d.pop("file_format", UNSET)
        file_format: PlivoFileFormat | Unset
        if isinstance(_file_format, Unset):
            file_format = UNSET
        else:
            file_format = check_plivo_file_format(_file_format)

        recording_callback_url = d.pop("recording_callback_url", UNSET)

        _recording_callback_method = d.pop("recording_callback_method", UNSET)
        recording_callback_method: PlivoCallbackMethod | Unset
        if isinstance(_recording_callback_method, Unset):
            recording_callback_method = UNSET
        else:
            recording_callback_method = check_plivo_callback_method(_recording_callback_method)

        transcription_url = d.pop("transcription_url", UNSET)

        transcript = d.pop("transcript", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        _callback_method = d.pop("callback_method", UNSET)
        callback_method: PlivoCallbackMethod | Unset
        if isinstance(_callback_method, Unset):
            callback_method = UNSET
        else:
            callback_method = check_plivo_callback_method(_callback_method)

        plivo_start_mpc_recording_request = cls(
            file_format=file_format,
            recording_callback_url=recording_callback_url,
            recording_callback_method=recording_callback_method,
            transcription_url=transcription_url,
            transcript=transcript,
            callback_url=callback_url,
            callback_method=callback_method,
        )

        plivo_start_mpc_recording_request.additional_properties = d
        return plivo_start_mpc_recording_request

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
