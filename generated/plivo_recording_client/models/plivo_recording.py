from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlivoRecording")


@_attrs_define
class PlivoRecording:
    """A recording. Field types follow what the SDKs require: the docs' example shows `recording_storage_duration`,
    `rounded_recording_duration`, `recording_storage_rate` and `monthly_recording_storage_amount` as strings (its
    attribute table says integer, integer, string, string), but the go SDK decodes them as int64/float64 and fails on
    strings, and the SDK fixtures use numbers; so they are numbers here. The `*_ms` fields are decimal strings
    (`"345100.00000"`) in the docs, the fixtures and the go/java types.

    """

    recording_id: str
    """ Recording id; not necessarily an RFC 4122 UUID (fixtures show `...-0026b945b52x`). """
    call_uuid: str
    """ Call on which the recording was made. """
    recording_url: str
    """ Media URL (`https://media.plivo.com/v1/Account/{auth_id}/Recording/{id}.mp3`, or older S3 URLs). The docs'
    first sample shows `""`. """
    recording_format: str
    """ File format, `mp3` or `wav`. A free string so that an unexpected value does not break clients. """
    recording_type: str
    """ Kind of recording. Docs: `conference` or `normal`; a py fixture shows `call`; the legacy list docs show
    `mp3` (a doc bug). A free string, not an enum. """
    recording_duration_ms: str
    """ Duration in milliseconds as a decimal string with 5 fractional digits, e.g. `345100.00000`. """
    recording_start_ms: str
    """ Start time, epoch milliseconds as a decimal string, e.g. `1407235163907.00000`. """
    recording_end_ms: str
    """ End time, epoch milliseconds as a decimal string. """
    add_time: str
    """ When the recording was added, `YYYY-MM-DD HH:MM:SS.ffffff+HH:MM` (e.g. `2014-08-05 16:15:15.852059+05:30`);
    legacy docs show `2012-02-04T23:33:08.079231`. """
    resource_uri: str
    """ Relative URI of this resource, with trailing slash. """
    api_id: str | Unset = UNSET
    """ Request id; only in the single-recording GET, not in list objects. """
    conference_name: None | str | Unset = UNSET
    """ Conference name; the docs say null when the recording is not of a conference (fixtures show `""`). """
    rounded_recording_duration: int | Unset = UNSET
    """ Duration rounded up to 60-second steps, in seconds (minimum 60). The docs' example shows a string. """
    recording_storage_duration: int | Unset = UNSET
    """ Days the recording has been stored (minimum 1). The docs' example shows a string. """
    recording_storage_rate: float | Unset = UNSET
    """ Storage rate. The docs' example and table show a string. """
    monthly_recording_storage_amount: float | Unset = UNSET
    """ Monthly storage charge. The docs' example and table show a string. """
    from_number: str | Unset = UNSET
    """ Caller number or SIP endpoint (newer responses). """
    to_number: str | Unset = UNSET
    """ Called number or SIP endpoint (newer responses). """
    mpc_name: None | str | Unset = UNSET
    """ Multiparty-call friendly name, for MPC recordings (seen in SDK models, not in fixtures). """
    mpc_uuid: None | str | Unset = UNSET
    """ Multiparty-call UUID, for MPC recordings (seen in SDK models, not in fixtures). """
    conference_uuid: None | str | Unset = UNSET
    """ Conference UUID, for conference recordings (seen in SDK models, not in fixtures). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recording_id = self.recording_id

        call_uuid = self.call_uuid

        recording_url = self.recording_url

        recording_format = self.recording_format

        recording_type = self.recording_type

        recording_duration_ms = self.recording_duration_ms

        recording_start_ms = self.recording_start_ms

        recording_end_ms = self.recording_end_ms

        add_time = self.add_time

        resource_uri = self.resource_uri

        api_id = self.api_id

        conference_name: None | str | Unset
        if isinstance(self.conference_name, Unset):
            conference_name = UNSET
        else:
            conference_name = self.conference_name

        rounded_recording_duration = self.rounded_recording_duration

        recording_storage_duration = self.recording_storage_duration

        recording_storage_rate = self.recording_storage_rate

        monthly_recording_storage_amount = self.monthly_recording_storage_amount

        from_number = self.from_number

        to_number = self.to_number

        mpc_name: None | str | Unset
        if isinstance(self.mpc_name, Unset):
            mpc_name = UNSET
        else:
            mpc_name = self.mpc_name

        mpc_uuid: None | str | Unset
        if isinstance(self.mpc_uuid, Unset):
            mpc_uuid = UNSET
        else:
            mpc_uuid = self.mpc_uuid

        conference_uuid: None | str | Unset
        if isinstance(self.conference_uuid, Unset):
            conference_uuid = UNSET
        else:
            conference_uuid = self.conference_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recording_id": recording_id,
                "call_uuid": call_uuid,
                "recording_url": recording_url,
                "recording_format": recording_format,
                "recording_type": recording_type,
                "recording_duration_ms": recording_duration_ms,
                "recording_start_ms": recording_start_ms,
                "recording_end_ms": recording_end_ms,
                "add_time": add_time,
                "resource_uri": resource_uri,
            }
        )
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if conference_name is not UNSET:
            field_dict["conference_name"] = conference_name
        if rounded_recording_duration is not UNSET:
            field_dict["rounded_recording_duration"] = rounded_recording_duration
        if recording_storage_duration is not UNSET:
            field_dict["recording_storage_duration"] = recording_storage_duration
        if recording_storage_rate is not UNSET:
            field_dict["recording_storage_rate"] = recording_storage_rate
        if monthly_recording_storage_amount is not UNSET:
            field_dict["monthly_recording_storage_amount"] = monthly_recording_storage_amount
        if from_number is not UNSET:
            field_dict["from_number"] = from_number
        if to_number is not UNSET:
            field_dict["to_number"] = to_number
        if mpc_name is not UNSET:
            field_dict["mpc_name"] = mpc_name
        if mpc_uuid is not UNSET:
            field_dict["mpc_uuid"] = mpc_uuid
        if conference_uuid is not UNSET:
            field_dict["conference_uuid"] = conference_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recording_id = d.pop("recording_id")

        call_uuid = d.pop("call_uuid")

        recording_url = d.pop("recording_url")

        recording_format = d.pop("recording_format")

        recording_type = d.pop("recording_type")

        recording_duration_ms = d.pop("recording_duration_ms")

        recording_start_ms = d.pop("recording_start_ms")

        recording_end_ms = d.pop("recording_end_ms")

        add_time = d.pop("add_time")

        resource_uri = d.pop("resource_uri")

        api_id = d.pop("api_id", UNSET)

        def _parse_conference_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_name = _parse_conference_name(d.pop("conference_name", UNSET))

        rounded_recording_duration = d.pop("rounded_recording_duration", UNSET)

        recording_storage_duration = d.pop("recording_storage_duration", UNSET)

        recording_storage_rate = d.pop("recording_storage_rate", UNSET)

        monthly_recording_storage_amount = d.pop("monthly_recording_storage_amount", UNSET)

        from_number = d.pop("from_number", UNSET)

        to_number = d.pop("to_number", UNSET)

        def _parse_mpc_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mpc_name = _parse_mpc_name(d.pop("mpc_name", UNSET))

        def _parse_mpc_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mpc_uuid = _parse_mpc_uuid(d.pop("mpc_uuid", UNSET))

        def _parse_conference_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_uuid = _parse_conference_uuid(d.pop("conference_uuid", UNSET))

        plivo_recording = cls(
            recording_id=recording_id,
            call_uuid=call_uuid,
            recording_url=recording_url,
            recording_format=recording_format,
            recording_type=recording_type,
            recording_duration_ms=recording_duration_ms,
            recording_start_ms=recording_start_ms,
            recording_end_ms=recording_end_ms,
            add_time=add_time,
            resource_uri=resource_uri,
            api_id=api_id,
            conference_name=conference_name,
            rounded_recording_duration=rounded_recording_duration,
            recording_storage_duration=recording_storage_duration,
            recording_storage_rate=recording_storage_rate,
            monthly_recording_storage_amount=monthly_recording_storage_amount,
            from_number=from_number,
            to_number=to_number,
            mpc_name=mpc_name,
            mpc_uuid=mpc_uuid,
            conference_uuid=conference_uuid,
        )

        plivo_recording.additional_properties = d
        return plivo_recording

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
