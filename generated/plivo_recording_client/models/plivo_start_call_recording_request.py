from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plivo_callback_method import PlivoCallbackMethod, check_plivo_callback_method
from ..models.plivo_file_format import PlivoFileFormat, check_plivo_file_format
from ..models.plivo_record_channel_type import PlivoRecordChannelType, check_plivo_record_channel_type
from ..models.plivo_transcription_type import PlivoTranscriptionType, check_plivo_transcription_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlivoStartCallRecordingRequest")


@_attrs_define
class PlivoStartCallRecordingRequest:
    """Parameters of startCallRecording. All optional; unknown keys are ignored."""

    time_limit: int | str | Unset = UNSET
    """ Maximum recording duration in seconds; Plivo's default is 60. A JSON integer or a numeric string (the docs'
    curl sample sends a string). """
    file_format: PlivoFileFormat | Unset = UNSET
    """ Recording file format. Plivo's default is `mp3`. """
    transcription_type: PlivoTranscriptionType | Unset = UNSET
    """ Transcription type. The current docs list only `auto` (automated, under 5 minutes); legacy docs and the ruby
    SDK's validation also allow `hybrid`. """
    transcription_url: str | Unset = UNSET
    """ URL that receives the transcription (PlivoTranscriptionCallback) by HTTP POST. English only; recordings
    longer than 500 ms and shorter than 4 h, smaller than 2 GB. May carry retry settings as a URL fragment
    (`#ct=...&rc=...`). """
    transcription_method: PlivoCallbackMethod | Unset = UNSET
    """ HTTP method Plivo uses to invoke a callback URL. Plivo's default is `POST`. """
    transcription_report_type: str | Unset = UNSET
    """ Transcription report type. Sent by the py SDK since 4.59.3; values are undocumented. """
    callback_url: str | Unset = UNSET
    """ URL invoked when the recording ends (PlivoCallRecordingCallback). Also switches the request to Plivo's
    asynchronous mode: the 202 answer is then only `{"api_id","message"}` and the API response is posted here
    (PlivoAsyncResponseCallback). May carry retry settings as a URL fragment. """
    callback_method: PlivoCallbackMethod | Unset = UNSET
    """ HTTP method Plivo uses to invoke a callback URL. Plivo's default is `POST`. """
    record_channel_type: PlivoRecordChannelType | Unset = UNSET
    """ Mono or stereo recording. The API docs give `mono` as default; the php SDK comment and the Record XML
    element say `stereo`. """
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

        transcription_report_type = self.transcription_report_type

        callback_url = self.callback_url

        callback_method: str | Unset = UNSET
        if not isinstance(self.callback_method, Unset):
            callback_method = self.callback_method

        record_channel_type: str | Unset = UNSET
        if not isinstance(self.record_channel_type, Unset):
            record_channel_type = self.record_channel_type

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
        if transcription_report_type is not UNSET:
            field_dict["transcription_report_type"] = transcription_report_type
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if callback_method is not UNSET:
            field_dict["callback_method"] = callback_method
        if record_channel_type is not UNSET:
            field_dict["record_channel_type"] = record_channel_type

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

        transcription_report_type = d.pop("transcription_report_type", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        _callback_method = d.pop("callback_method", UNSET)
        callback_method: PlivoCallbackMethod | Unset
        if isinstance(_callback_method, Unset):
            callback_method = UNSET
        else:
            callback_method = check_plivo_callback_method(_callback_method)

        _record_channel_type = d.pop("record_channel_type", UNSET)
        record_channel_type: PlivoRecordChannelType | Unset
        if isinstance(_record_channel_type, Unset):
            record_channel_type = UNSET
        else:
            record_channel_type = check_plivo_record_channel_type(_record_channel_type)

        plivo_start_call_recording_request = cls(
            time_limit=time_limit,
            file_format=file_format,
            transcription_type=transcription_type,
            transcription_url=transcription_url,
            transcription_method=transcription_method,
            transcription_report_type=transcription_report_type,
            callback_url=callback_url,
            callback_method=callback_method,
            record_channel_type=record_channel_type,
        )

        plivo_start_call_recording_request.additional_properties = d
        return plivo_start_call_recording_request

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
