"""Semantic rules on successful responses that a JSON schema cannot express: pure functions, no I/O.

Each rule takes the provider, the operation, the request (path parameters and body) and the decoded
response body, and yields human-readable problems. ``checks.py`` turns them into Schemathesis checks.

* ids match their path-parameter pattern (so they can be used in the next request) and agree with each
  other and with the request: ``sid`` and ``uri``, ``recording_id`` and ``url`` / ``recording_url``;
* the media URL's extension matches the requested or reported file format;
* dates parse in the provider's format (RFC 2822 for Telnyx and SignalWire, Plivo's ``add_time``) and
  are in order.
"""

from __future__ import annotations

import dataclasses
import datetime
import email.utils
import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import unquote, urlsplit

from . import spec_index
from .providers import ProviderName

Json = dict[str, Any]

# RFC 2822 section 3.3 date-time (obsolete zones GMT/UT allowed), strictly: 3-letter month names.
RFC2822 = re.compile(
    r"^(?:(?P<dow>Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(?P<day>[0-9]{1,2}) "
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?P<year>[0-9]{4}) "
    r"[0-9]{2}:[0-9]{2}(?::[0-9]{2})? (?:[+-][0-9]{4}|GMT|UT)$"
)
ISO_8601 = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"
)
PLIVO_ADD_TIME = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?([+-][0-9]{2}:[0-9]{2})?$"
)
AUDIO_EXTENSIONS = ("mp3", "wav")


@dataclasses.dataclass(frozen=True)
class Request:
    """What the rules need to know about the request that produced the response."""

    provider: ProviderName
    operation_id: str
    path_parameters: Mapping[str, Any]
    body: Mapping[str, Any]


def items(request: Request, body: Any) -> Iterator[Json]:
    """The recording objects in a response: the body itself, or each item of a list page."""
    if not isinstance(body, dict):
        return
    if request.provider == "plivo" and isinstance(body.get("objects"), list):
        yield from (item for item in body["objects"] if isinstance(item, dict))
    elif isinstance(body.get("recordings"), list):
        yield from (item for item in body["recordings"] if isinstance(item, dict))
    else:
        yield body


def _pattern_problem(provider: ProviderName, parameter: str, field: str, value: Any) -> str | None:
    pattern = spec_index.path_parameter_patterns(provider).get(parameter)
    if isinstance(value, str) and pattern is not None and not pattern.search(value):
        return f"`{field}` = {value!r} does not match the `{parameter}` pattern {pattern.pattern!r}"
    return None


def _path_of(url: str) -> str:
    return unquote(urlsplit(url).path)


def _stem_and_extension(url: str) -> tuple[str, str]:
    last = _path_of(url).rstrip("/").rsplit("/", 1)[-1]
    stem, _, extension = last.rpartition(".")
    return (stem, extension) if stem else (last, "")


# --- ids --------------------------------------------------------------------------------------------


def id_problems(request: Request, body: Any) -> Iterator[str]:
    rules = {"plivo": _plivo_ids, "telnyx": _twilio_style_ids, "signalwire": _twilio_style_ids}[
        request.provider
    ]
    for item in items(request, body):
        yield from rules(request, item)


def _plivo_ids(request: Request, item: Json) -> Iterator[str]:
    recording_id = item.get("recording_id")
    if recording_id is None:
        return  # asynchronous-mode acknowledgement: no ids yet
    if problem := _pattern_problem("plivo", "recording_id", "recording_id", recording_id):
        yield problem
    path_id = request.path_parameters.get("recording_id")
    if request.operation_id == "getRecording" and path_id is not None and recording_id != path_id:
        yield f"`recording_id` {recording_id!r} is not the requested recording {path_id!r}"
    for field in ("url", "recording_url"):
        url = item.get(field)
        if isinstance(url, str) and url:
            stem, _ = _stem_and_extension(url)
            if stem != recording_id:
                yield f"`{field}` {url!r} does not name `recording_id` {recording_id!r}"
    auth_id = request.path_parameters.get("auth_id")
    resource_uri = item.get("resource_uri")
    if isinstance(resource_uri, str) and auth_id is not None:
        expected = f"/v1/Account/{auth_id}/Recording/{recording_id}/"
        if resource_uri != expected:
            yield f"`resource_uri` {resource_uri!r} is not {expected!r}"
    for field in ("call_uuid", "mpc_uuid"):
        value = item.get(field)
        if value and (problem := _pattern_problem("plivo", field, field, value)):
            yield problem


def _twilio_style_ids(request: Request, item: Json) -> Iterator[str]:
    provider = request.provider
    names = (
        ("account_sid", "call_sid", "recording_sid")
        if provider == "telnyx"
        else ("AccountSid", "CallSid", "Sid")
    )
    account_param, call_param, recording_param = names
    sid = item.get("sid")
    if not isinstance(sid, str):
        return
    if problem := _pattern_problem(provider, recording_param, "sid", sid):
        yield problem
    account = item.get("account_sid")
    if problem := _pattern_problem(provider, account_param, "account_sid", account):
        yield problem
    if account != request.path_parameters.get(account_param, account):
        yield f"`account_sid` {account!r} is not the account in the path"
    call_sid = item.get("call_sid")
    if call_sid is not None and (problem := _pattern_problem(provider, call_param, "call_sid", call_sid)):
        yield problem
    if call_param in request.path_parameters and call_sid != request.path_parameters[call_param]:
        yield f"`call_sid` {call_sid!r} is not the call in the path {request.path_parameters[call_param]!r}"
    if recording_param in request.path_parameters and sid != request.path_parameters[recording_param]:
        yield f"`sid` {sid!r} is not the requested recording {request.path_parameters[recording_param]!r}"
    uri = item.get("uri")
    if isinstance(uri, str):
        path = _path_of(uri)
        if not path.endswith(f"/Recordings/{sid}.json"):
            yield f"`uri` {uri!r} does not end with /Recordings/{sid}.json"
        if f"/Accounts/{account}/" not in path:
            yield f"`uri` {uri!r} does not name `account_sid` {account!r}"
        if "/Calls/" in path and f"/Calls/{call_sid}/" not in path:
            yield f"`uri` {uri!r} names another call than `call_sid` {call_sid!r}"
    transcriptions = (item.get("subresource_uris") or {}).get("transcriptions")
    if isinstance(transcriptions, str) and f"/Recordings/{sid}/" not in _path_of(transcriptions):
        yield f"`subresource_uris.transcriptions` {transcriptions!r} does not name `sid` {sid!r}"


# --- media URL and file format ------------------------------------------------------------------------


def requested_format(request: Request) -> str | None:
    """The file format the request asked for (Plivo ``file_format``, default mp3), if the API has one."""
    if request.provider != "plivo" or not request.operation_id.startswith("start"):
        return None
    value = request.body.get("file_format") if isinstance(request.body, Mapping) else None
    return value if value in AUDIO_EXTENSIONS else "mp3"


def format_problems(request: Request, body: Any) -> Iterator[str]:
    for item in items(request, body):
        stated = item.get("recording_format") or requested_format(request)
        for field in ("url", "recording_url", "media_url"):
            url = item.get(field)
            if not isinstance(url, str) or not url:
                continue
            _, extension = _stem_and_extension(url)
            if extension not in AUDIO_EXTENSIONS:
                yield f"`{field}` {url!r} has no audio extension (.mp3 or .wav)"
            elif stated is not None and extension != stated:
                yield f"`{field}` {url!r} has extension .{extension} but the file format is {stated!r}"


# --- dates ------------------------------------------------------------------------------------------


def parse_rfc2822(value: str) -> datetime.datetime:
    """Strict RFC 2822, with the weekday (when present) checked against the date."""
    match = RFC2822.match(value)
    if match is None:
        raise ValueError("not an RFC 2822 date-time")
    parsed = email.utils.parsedate_to_datetime(value)
    if match["dow"] and parsed.strftime("%a") != match["dow"]:
        raise ValueError(f"weekday {match['dow']} is wrong for that date ({parsed.strftime('%a')})")
    return parsed


def _parse_provider_date(provider: ProviderName, value: str) -> datetime.datetime:
    if provider == "telnyx" and ISO_8601.match(value):  # the Telnyx spec admits ISO 8601 as well
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parse_rfc2822(value)


DATE_FIELDS = ("date_created", "date_updated", "start_time", "end_time")


def date_problems(request: Request, body: Any) -> Iterator[str]:
    for item in items(request, body):
        if request.provider == "plivo":
            yield from _plivo_dates(item)
        else:
            yield from _twilio_style_dates(request.provider, item)


def _twilio_style_dates(provider: ProviderName, item: Json) -> Iterator[str]:
    parsed: dict[str, datetime.datetime] = {}
    for field in DATE_FIELDS:
        value = item.get(field)
        if value is None:
            continue
        try:
            parsed[field] = _parse_provider_date(provider, str(value))
        except (ValueError, TypeError) as exc:
            yield f"`{field}` {value!r} does not parse: {exc}"
    for earlier, later in (("date_created", "date_updated"), ("start_time", "end_time")):
        if earlier in parsed and later in parsed and parsed[later] < parsed[earlier]:
            yield f"`{later}` {item[later]!r} is before `{earlier}` {item[earlier]!r}"


def _plivo_dates(item: Json) -> Iterator[str]:
    add_time = item.get("add_time")
    if isinstance(add_time, str):
        if not PLIVO_ADD_TIME.match(add_time):
            yield f"`add_time` {add_time!r} is not `YYYY-MM-DD HH:MM:SS[.ffffff][+HH:MM]`"
        else:
            try:
                datetime.datetime.fromisoformat(add_time)
            except ValueError as exc:
                yield f"`add_time` {add_time!r} does not parse: {exc}"
    start, end = item.get("recording_start_ms"), item.get("recording_end_ms")
    try:
        if start is not None and end is not None and float(end) < float(start):
            yield f"`recording_end_ms` {end!r} is before `recording_start_ms` {start!r}"
    except ValueError:
        pass  # the schema's pattern reports non-numeric values
