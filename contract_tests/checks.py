"""Our own Schemathesis checks, beside the built-in ones (registered on import, by ``hooks.py``).

They apply to 2xx JSON answers of schemas loaded with ``contract_tests/schemathesis.toml`` and return
``True`` ("not applicable") otherwise, so a row in the summary shows how often each really ran.
The rules themselves are pure functions in ``response_rules.py``.
"""

from __future__ import annotations

import json
from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, Response

from . import environment, response_rules
from .media_probe import MediaProbe
from .providers import INFO, ProviderName, provider_of_path

AnyCase = Case[Any]
HOOKS_MODULE = "contract_tests.hooks"
_media = MediaProbe()


def ours(case: AnyCase) -> bool:
    """Whether ``case`` comes from a schema configured by our ``schemathesis.toml`` (not someone else's)."""
    return getattr(case.operation.schema.config, "hooks", None) == HOOKS_MODULE


def _applicable(response: Response, case: AnyCase) -> tuple[response_rules.Request, Any] | None:
    if not ours(case) or not 200 <= response.status_code < 300 or not response.content:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None  # content_type_conformance and response_schema_conformance report this
    request_body = case.body if isinstance(case.body, dict) else {}
    request = response_rules.Request(
        provider=provider_of_path(case.operation.path),
        operation_id=case.operation.definition.raw.get("operationId", ""),
        path_parameters=dict(case.path_parameters or {}),
        body=request_body,
    )
    return request, body


def _fail(problems: list[str]) -> None:
    if problems:
        raise AssertionError("\n".join(problems))


@schemathesis.check
def recording_ids_consistent(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """Ids match their path pattern and agree with each other and with the request (sid/uri, id/url)."""
    found = _applicable(response, case)
    if found is None:
        return True
    _fail(list(response_rules.id_problems(*found)))
    return None


@schemathesis.check
def recording_url_format(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """The media URL's extension is .mp3/.wav and matches the requested or reported file format."""
    found = _applicable(response, case)
    if found is None:
        return True
    _fail(list(response_rules.format_problems(*found)))
    return None


@schemathesis.check
def provider_date_format(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """Dates parse in the provider's format (RFC 2822, Plivo add_time) and are in order."""
    found = _applicable(response, case)
    if found is None:
        return True
    request, body = found
    if not any(True for _ in response_rules.items(request, body)):
        return True
    _fail(list(response_rules.date_problems(request, body)))
    return None


def _media_auth(provider: ProviderName) -> tuple[str, str] | None:
    target = environment.load_target(provider)
    return (target.account, target.secret) if target is not None and provider != "telnyx" else None


def media_locations(provider: ProviderName, item: dict[str, Any], base_url: str) -> list[tuple[str, str]]:
    """(URL, expected format) of a finished recording's media, or ``[]`` while it is still recording."""
    if provider == "plivo":
        url, stated = item.get("recording_url"), item.get("recording_format")
        return [(url, stated)] if isinstance(url, str) and url and stated in ("mp3", "wav") else []
    if item.get("status") != "completed":
        return []
    if provider == "telnyx":
        url = item.get("media_url")
        extension = url.rsplit(".", 1)[-1] if isinstance(url, str) else ""
        return [(url, extension)] if isinstance(url, str) and extension in ("mp3", "wav") else []
    uri = item.get("uri")
    if not isinstance(uri, str) or not uri.endswith(".json"):
        return []
    origin = base_url.split("/", 3)
    media = "/".join(origin[:3]) + uri.removesuffix(".json")
    return [(media, "wav"), (media + ".mp3", "mp3")]  # SignalWire: no extension is WAV, .mp3 is MP3


@schemathesis.check
def recording_media_audio(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """A finished recording's media URL answers 200 with audio of the stated format (magic bytes)."""
    found = _applicable(response, case)
    if found is None or found[0].operation_id != "getRecording":
        return True
    request, body = found
    locations = media_locations(request.provider, body, case.operation.schema.get_base_url())
    if not locations:
        return True
    auth = _media_auth(request.provider)
    _fail([p for url, fmt in locations if (p := _media.problem(url, fmt, auth)) is not None])
    return None


CUSTOM_CHECKS = (
    "recording_ids_consistent",
    "recording_url_format",
    "provider_date_format",
    "recording_media_audio",
)
__all__ = ["CUSTOM_CHECKS", "INFO", "media_locations", "ours"]
