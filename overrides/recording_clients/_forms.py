"""Decode callback requests into generated models: form / JSON / query, then typed coercion.

Form-encoded and query-string callbacks carry every value as a string; the generated ``from_dict``
expects JSON types (``RecordingChannels`` is ``Literal[1, 2]``). The target type of each key is read
from the generated model's annotations, so the coercion follows the spec without a second schema.

A key sent twice is refused unless its field is a list: the generated ``from_dict`` would store the
list in a ``str`` attribute, and which copy comes first is not covered by every signature scheme
(Plivo sorts repeated values before signing). JSON objects with a repeated key are refused likewise.
"""

from __future__ import annotations

import builtins
import json
import keyword
import re
import types
import typing
from collections.abc import Mapping
from functools import cache
from typing import Any, Literal, Protocol, TypeVar, get_args, get_origin
from urllib.parse import parse_qs, urlsplit

import attrs

from .errors import MalformedWebhookError

FormData = dict[str, list[str]]
_DELIMITERS = r"\. _-"
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}
_INT = re.compile(r"[+-]?\d+")


class FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any: ...


M = TypeVar("M", bound=FromDict)


def header(headers: Mapping[str, str], name: str) -> str | None:
    """Case-insensitive header lookup on any mapping (dict, httpx/starlette Headers)."""
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None


def decode_request(method: str, url: str, headers: Mapping[str, str], body: bytes) -> FormData:
    """The callback's parameters: the query string for GET, else the form or JSON body."""
    try:
        if method.upper() == "GET":
            return parse_qs(urlsplit(url).query, keep_blank_values=True)
        text = body.decode("utf-8")
        if "json" in (header(headers, "content-type") or "").lower():
            data = json.loads(text, object_pairs_hook=_unique_keys)
            if not isinstance(data, dict):
                raise MalformedWebhookError("JSON callback body is not an object")
            return {
                str(k): [_scalar(v) for v in (v if isinstance(v, list) else [v])] for k, v in data.items()
            }
        return parse_qs(text, keep_blank_values=True)
    except (UnicodeDecodeError, ValueError) as exc:
        raise MalformedWebhookError(f"cannot decode the callback body: {exc}") from exc


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise MalformedWebhookError(f"{key}: repeated key in the JSON callback body")
        data[key] = value
    return data


def _scalar(value: object) -> str:
    if isinstance(value, dict | list):
        raise MalformedWebhookError("nested values are not supported in callback bodies")
    return "" if value is None else str(value)


def field_name(key: str) -> str:
    """The attribute openapi-python-client 0.29 generates for a property name (its ``snake_case``)."""
    value = "".join(c for c in key if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    leading_underscore = value.startswith("_")
    name = "_".join(re.findall(rf"[^{_DELIMITERS}]+", value)).lower()
    name = f"{name}_" if name in _RESERVED or keyword.iskeyword(name) else name
    return name if name.isidentifier() and not leading_underscore else f"field_{name}"


@cache
def _hints(model: type) -> dict[str, object]:
    try:
        hints = typing.get_type_hints(model)
    except (NameError, TypeError):
        return {}
    return {f.name: hints.get(f.name) for f in attrs.fields(model)}


@cache
def _field_types(model: type) -> dict[str, set[type]]:
    """attribute name -> the scalar types its annotation allows (Literal values count by type)."""
    return {name: _scalars(hint) for name, hint in _hints(model).items()}


@cache
def _list_fields(model: type) -> frozenset[str]:
    """Attributes whose annotation allows a list: the only ones a repeated key may fill."""
    return frozenset(name for name, hint in _hints(model).items() if _allows_list(hint))


def _allows_list(hint: object) -> bool:
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_allows_list(arg) for arg in get_args(hint))
    return origin is list or hint is list


def _scalars(hint: object) -> set[type]:
    origin = get_origin(hint)
    if origin is Literal:
        return {type(arg) for arg in get_args(hint)}
    if origin in (typing.Union, types.UnionType):
        return set().union(*(_scalars(arg) for arg in get_args(hint)))
    return {hint} if hint in (str, int, float, bool) else set()


def _coerce(key: str, value: str, allowed: set[type]) -> object:
    if not allowed or str in allowed:
        return value
    if bool in allowed and value.lower() in ("true", "false"):
        return value.lower() == "true"
    if int in allowed and _INT.fullmatch(value):
        return int(value)
    if float in allowed:
        try:
            return float(value)
        except ValueError:
            pass
    expected = " or ".join(sorted(t.__name__ for t in allowed))
    raise MalformedWebhookError(f"{key}: expected {expected}, got {value!r}")


def to_model(model: type[M], form: FormData) -> M:
    """Build ``model`` from decoded parameters; any mismatch raises :class:`MalformedWebhookError`."""
    types_by_field = _field_types(model)
    data: dict[str, object] = {}
    for key, values in form.items():
        name = field_name(key)
        if len(values) > 1 and name not in _list_fields(model):
            raise MalformedWebhookError(f"{key}: sent {len(values)} times, the payload has one value per key")
        allowed = types_by_field.get(name, set())
        coerced = [_coerce(key, v, allowed) for v in values]
        data[key] = coerced[0] if len(coerced) == 1 else coerced
    try:
        result: M = model.from_dict(data)
    except KeyError as exc:
        raise MalformedWebhookError(f"{model.__name__}: missing field {exc}") from exc
    except (TypeError, ValueError, AttributeError) as exc:
        raise MalformedWebhookError(f"{model.__name__}: {exc}") from exc
    return result
