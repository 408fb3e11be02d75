from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plivo_callback_method import PlivoCallbackMethod, check_plivo_callback_method
from ..models.plivo_file_format import PlivoFileFormat, check_plivo_file_format
from ..models.plivo_transcription_type import PlivoTranscriptionType, check_plivo_transcription_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlivoStartConferenceRecordingRequest")


@_attrs_define
class PlivoStartConferenceRecordingRequest:
    """Parameters of startConferenceRecording. All optional; unknown keys are ignored."""

    time_limit: int | str | Unset = UNSET
    """ Maximum recording duration in seconds. Not documented for conferences; the go and java SDKs send it. A JSON
    integer or a numeric string. """
    file_format: PlivoFileFormat | Unset = UNSET
    """ Recording file format. Plivo's default is `mp3`. """
    transcription_type: PlivoTranscriptionType | Unset = UNSET
    """ Transcription type. The current docs list only `auto` (automated, under 5 minutes); legacy docs and the ruby
    SDK's validation also allow `hybrid`. """
    transcription_url: str | Unset = UNSET
    """ URL that receives the transcription (PlivoTranscriptionCallback). May carry retry settings as a URL
    fragment. """
    transcription_method: PlivoCallbackMethod | Unset = UNSET
    """ HTTP method Plivo uses to invoke a callback URL. Plivo's default is `POST`. """
    callback_url: str | Unset = UNSET
    """ URL invoked when the recording ends (PlivoConferenceRecordingCallback); also switches to asynchronous mode
    (PlivoAsyncResponseCallback). May carry retry settings as a URL fragment. """
    callback_method: PlivoCallbackMethod | Unset = UNSET
    """ HTTP method Plivo uses to invoke a callback URL. Plivo's default is `POST`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_limit: int | str | Unset
        if isinstance(self.time_limit, Unset):
            time_limit = UNSET
        else:
            time_limit = self.time_limit

        file_format: str | Unset = UNSET
        if not isinstance(self.file_format, Unset):
            file_format = self.file_format

        transcription_type: str | Unset = UNSET
        if not isinstance(self.transcription_type, Unset):
            transcription_type = self.transcription_type

        transcription_url = self.transcription_url

        transcription_method: str | Unset = UNSET
        if not isinstance(self.transcription_method, Unset):
            transcription_method = self.transcription_method

        callback_url = self.callback_url

        callback_method: str | Unset = UNSET
        if not isinstance(self.callback_method, Unset):
            callback_method = self.callback_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_limit is not UNSET:
            field_dict["time_limit"] = time_limit
        if file_format is not UNSET:
            field_dict["file_format"] = file_format
        if transcription_type is not UNSET:
            field_dict["transcription_type"] = transcription_type
        if transcription_url is not UNSET:
            field_dict["transcription_url"] = transcription_url
        if transcription_method is not UNSET:
            field_dict["transcription_method"] = transcription_method
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if callback_method is not UNSET:
            field_dict["callback_method"] = callback_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_time_limit(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        time_limit = _parse_time_limit(d.pop("time_limit", UNSET))

        _file_format = d.pop("file_format", UNSET)
        file_format: PlivoFileFormat | Unset
        if isinstance(_file_format, Unset):
            file_format = UNSET
        else:
            file_format = check_plivo_file_format(_file_format)

        _transcription_type = d.pop("transcription_type", UNSET)
        transcription_type: PlivoTranscriptionType | Unset
        if isinstance(_transcription_type, Unset):
            transcription_type = UNSET
        else:
            transcription_type = check_plivo_transcription_type(_transcription_type)

        transcription_url = d.pop("transcription_url", UNSET)

        _transcription_method = d.pop("transcription_method", UNSET)
        transcription_method: PlivoCallbackMethod | Unset
        if isinstance(_transcription_method, Unset):
            transcription_method = UNSET
        else:
            transcription_method = check_plivo_callback_method(_transcription_method)

        callback_url = d.pop("callback_url", UNSET)

        _callback_method = d.pop("callback_method", UNSET)
        callback_method: PlivoCallbackMethod | Unset
        if isinstance(_callback_method, Unset):
            callback_method = UNSET
        else:
            callback_method = check_plivo_callback_method(_callback_method)

        plivo_start_conference_recording_request = cls(
            time_limit=time_limit,
            file_format=file_format,
            transcription_type=transcription_type,
            transcription_url=transcription_url,
            transcription_method=transcription_method,
            callback_url=callback_url,
            callback_method=callback_method,
        )

        plivo_start_conference_recording_request.additional_properties = d
        return plivo_start_conference_recording_request

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
