"""The suite's own oracles, on fixed inputs: response rules, media sniffing, form coercion, callback rules."""

from __future__ import annotations

import pytest

from contract_tests import callback_rules, response_rules
from contract_tests.form_coercion import coerce_form
from contract_tests.media_probe import sniff
from contract_tests.response_rules import Request

SID = "19e436af-5688-4307-b03b-bdb2b42b8142"
ACCOUNT = "720796a0-8ee9-4350-83bd-2d07a3121f1e"
CALL = "43bb71ee-553f-4074-bb20-8e2747647cce"


def signalwire_recording(**changes: object) -> dict[str, object]:
    base = f"/api/laml/2010-04-01/Accounts/{ACCOUNT}/Recordings/{SID}"
    body: dict[str, object] = {
        "sid": SID,
        "account_sid": ACCOUNT,
        "call_sid": CALL,
        "uri": base + ".json",
        "subresource_uris": {"transcriptions": base + "/Transcriptions.json"},
        "date_created": "Tue, 25 Sep 2018 23:00:00 +0000",
        "date_updated": "Wed, 26 Sep 2018 23:00:04 +0000",
    }
    return {**body, **changes}


GET_SW = Request("signalwire", "getRecording", {"AccountSid": ACCOUNT, "Sid": SID}, {})


def test_consistent_signalwire_recording_has_no_problems() -> None:
    body = signalwire_recording()
    assert list(response_rules.id_problems(GET_SW, body)) == []
    assert list(response_rules.date_problems(GET_SW, body)) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"uri": f"/api/laml/2010-04-01/Accounts/{ACCOUNT}/Recordings/{CALL}.json"}, "does not end with"),
        ({"sid": CALL}, "is not the requested recording"),
        ({"account_sid": CALL}, "is not the account in the path"),
    ],
)
def test_ids_that_disagree_are_reported(changes: dict[str, object], expected: str) -> None:
    problems = list(response_rules.id_problems(GET_SW, signalwire_recording(**changes)))
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tue, 25 Sept 2018 23:00:00 +0000", "not an RFC 2822"),  # the seed's month spelling
        ("Mon, 25 Sep 2018 23:00:00 +0000", "weekday Mon is wrong"),  # 25 Sep 2018 was a Tuesday
        ("2018-09-25T23:00:00Z", "not an RFC 2822"),  # ISO is Telnyx-only
    ],
)
def test_signalwire_dates_must_be_rfc2822(value: str, expected: str) -> None:
    problems = list(response_rules.date_problems(GET_SW, signalwire_recording(date_created=value)))
    assert any(expected in p for p in problems), problems


def test_telnyx_admits_iso_dates_as_its_spec_does() -> None:
    request = Request("telnyx", "getRecording", {}, {})
    body = {"date_created": "2023-08-11T19:12:11Z", "date_updated": "Fri, 11 Aug 2023 19:12:23 +0000"}
    assert list(response_rules.date_problems(request, body)) == []


def test_plivo_url_must_name_the_recording_and_match_the_format() -> None:
    request = Request(
        "plivo", "startCallRecording", {"auth_id": "MAXXXXXXXXXXXXXXXXXX"}, {"file_format": "wav"}
    )
    body = {"recording_id": "48dfaf60-3b2a-11e3", "url": "http://m.example/Recording/48dfaf60-3b2a-11e3.mp3"}
    assert list(response_rules.id_problems(request, body)) == []
    assert any(".mp3" in p for p in response_rules.format_problems(request, body))


def test_sniff_tells_wav_from_mp3_from_other_bytes() -> None:
    assert sniff(b"RIFF\x24\x00\x00\x00WAVEfmt ") == "wav"
    assert sniff(b"ID3\x04\x00\x00") == "mp3"
    assert sniff(b"\xff\xfb\x90\x64") == "mp3"
    assert sniff(b'{"error": "not found"}') is None


def test_form_values_are_coerced_to_schema_types() -> None:
    pairs = [("RecordingChannels", "2"), ("RecordingDuration", "4"), ("RecordingSid", SID)]
    payload = coerce_form("signalwire", "LamlRecordingStatusCallback", pairs)
    assert payload == {"RecordingChannels": 2, "RecordingDuration": 4, "RecordingSid": SID}
    telnyx = coerce_form("telnyx", "TexmlRecordingStatusCallback", [("RecordingDuration", "5")])
    assert telnyx == {"RecordingDuration": "5"}  # a string of digits in the Telnyx spec


def test_status_callbacks_required_per_subscribed_event() -> None:
    registration = callback_rules.Registration(
        "telnyx",
        "startCallRecording",
        "RecordingStatusCallback",
        "t1",
        {"RecordingStatusCallbackEvent": "in-progress completed", "RecordingStatusCallbackMethod": "GET"},
        {"sid": SID},
        "POST /texml/...",
    )
    needs = callback_rules.requirements(registration, deleted=set())
    assert [(n.description, n.method) for n in needs] == [
        ("in-progress", "GET"),
        ("completed (or absent)", "GET"),
    ]
    assert [n.description for n in callback_rules.requirements(registration, deleted={SID})] == [
        "in-progress"
    ]
