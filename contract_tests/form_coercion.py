"""Turn the strings of a form body or query string into the JSON types their schema declares.

Callbacks arrive form-encoded, so every value is text (``RecordingChannels=2``); the payload schemas
type some fields as integers or booleans. A receiver decodes them the same way before validating.
This is deliberately independent of the emulator's own coercion, which is under test.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from . import spec_index
from .providers import ProviderName

_INTEGER = re.compile(r"^-?[0-9]+$")
_NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")


def _types(provider: ProviderName, node: dict[str, Any], depth: int = 0) -> set[str]:
    """The JSON types a (sub)schema admits, following ``$ref``, ``anyOf`` and ``oneOf``."""
    node = spec_index.resolve(provider, node)
    found: set[str] = set()
    declared = node.get("type")
    if isinstance(declared, str):
        found.add(declared)
    elif isinstance(declared, list):
        found.update(declared)
    elif "enum" in node:
        found.update(_json_type(value) for value in node["enum"])
    if depth < 8:
        for key in ("anyOf", "oneOf", "allOf"):
            for branch in node.get(key, []):
                found |= _types(provider, branch, depth + 1)
    return found


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string"


def coerce_value(types: set[str], raw: str) -> Any:
    """Text as the schema's non-string type when it has no string type and the text parses."""
    if "string" in types:
        return raw
    if "integer" in types and _INTEGER.match(raw):
        return int(raw)
    if "number" in types and _NUMBER.match(raw):
        return float(raw)
    if "boolean" in types and raw in ("true", "false"):
        return raw == "true"
    if "null" in types and raw == "":
        return None
    return raw


def coerce_form(provider: ProviderName, schema_name: str, pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Form pairs -> a JSON object typed by ``components.schemas[schema_name]``.

    Repeated keys become a list, which a flat payload schema then rejects (as a receiver would).
    """
    properties = spec_index.schema(provider, schema_name).get("properties", {})
    grouped: dict[str, list[str]] = {}
    for key, value in pairs:
        grouped.setdefault(key, []).append(value)
    result: dict[str, Any] = {}
    for key, values in grouped.items():
        types = _types(provider, properties[key]) if key in properties else {"string"}
        coerced = [coerce_value(types, value) for value in values]
        result[key] = coerced[0] if len(coerced) == 1 else coerced
    return result
