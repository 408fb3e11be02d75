"""JSON Schema validators compiled from a spec once, and the coercion of wire strings into schema types.

Form fields, query and path parameters arrive as strings. Before validation they are converted to the
types their schema asks for (``"5"`` -> ``5`` for an integer, ``"true"`` -> ``True`` for a boolean,
repeated keys -> a list for an array). JSON bodies are validated as sent: the spec says whether a
provider tolerates numeric strings.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

import jsonschema_rs

from .spec import SpecDocument

_INTEGER = re.compile(r"-?\d+")
_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")

_registries: dict[tuple[str, str], jsonschema_rs.Registry] = {}
_validators: dict[tuple[str, str, str], SchemaValidator] = {}
_lock = threading.Lock()


def _registry(spec: SpecDocument) -> jsonschema_rs.Registry:
    key = (spec.name, spec.sha256)
    registry = _registries.get(key)
    if registry is None:
        registry = jsonschema_rs.Registry([(spec.uri, spec.document)])
        _registries[key] = registry
    return registry


class SchemaValidator:
    """A compiled validator for the schema at one JSON pointer of a spec document."""

    __slots__ = ("_validator", "pointer")

    def __init__(self, spec: SpecDocument, pointer: str) -> None:
        self.pointer = pointer
        reference = spec.uri + "#" + quote(pointer, safe="/~")
        self._validator = jsonschema_rs.Draft202012Validator(
            {"$ref": reference}, registry=_registry(spec), validate_formats=True
        )

    def error(self, instance: Any) -> str | None:
        """``None`` if valid, else a one-line description of the first error (with its location)."""
        if self._validator.is_valid(instance):
            return None
        for problem in self._validator.iter_errors(instance):
            location = "/".join(str(part) for part in problem.instance_path)
            return f"{location}: {problem.message}" if location else problem.message
        return "invalid"  # pragma: no cover - is_valid and iter_errors disagree


def compiled(spec: SpecDocument, pointer: str) -> SchemaValidator:
    """The validator for ``pointer`` (compiled on first use, then shared for the whole process)."""
    key = (spec.name, spec.sha256, pointer)
    validator = _validators.get(key)
    if validator is None:
        with _lock:
            validator = _validators.get(key)
            if validator is None:
                validator = SchemaValidator(spec, pointer)
                _validators[key] = validator
    return validator


def component_validator(spec: SpecDocument, schema_name: str) -> SchemaValidator:
    spec.schema(schema_name)  # raises a clear error if it does not exist
    return compiled(spec, "/components/schemas/" + schema_name)


# --- coercion -----------------------------------------------------------------------------------------


def _deref(spec: SpecDocument, schema: Any) -> Any:
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 32:
        ref = str(schema["$ref"])
        if not ref.startswith("#/"):
            return {}
        schema = spec.at(ref[1:])
        seen += 1
    return schema


def _subschemas(spec: SpecDocument, schema: Any) -> Iterable[dict[str, Any]]:
    """The schema and every schema reachable through ``allOf``/``anyOf``/``oneOf`` (refs followed)."""
    stack = [schema]
    depth = 0
    while stack and depth < 64:
        depth += 1
        node = _deref(spec, stack.pop())
        if not isinstance(node, dict):
            continue
        yield node
        for keyword in ("allOf", "anyOf", "oneOf"):
            stack.extend(node.get(keyword) or [])


_PY_TO_JSON = {bool: "boolean", int: "integer", float: "number", str: "string", type(None): "null"}


def scalar_types(spec: SpecDocument, schema: Any) -> frozenset[str]:
    """JSON types a value of ``schema`` may take; empty when the schema does not say."""
    types: set[str] = set()
    for node in _subschemas(spec, schema):
        declared = node.get("type")
        if isinstance(declared, str):
            types.add(declared)
        elif isinstance(declared, list):
            types.update(str(t) for t in declared)
        for value in node.get("enum") or []:
            types.add(_PY_TO_JSON.get(type(value), "string"))
        if "const" in node:
            types.add(_PY_TO_JSON.get(type(node["const"]), "string"))
    return frozenset(types)


def coerce_scalar(value: str, types: frozenset[str]) -> Any:
    """Convert one wire string to the first type in ``types`` it fits; unchanged if it fits none."""
    if not types or "string" in types:
        return value
    if "integer" in types and _INTEGER.fullmatch(value):
        return int(value)
    if "number" in types and _NUMBER.fullmatch(value):
        number = float(value)
        return int(number) if number.is_integer() and _INTEGER.fullmatch(value) else number
    if "boolean" in types and value in ("true", "false", "True", "False"):
        return value in ("true", "True")
    if "null" in types and value in ("", "null"):
        return None
    return value


class FieldCoercion:
    """How one named field (form property or parameter) is converted from its wire strings."""

    __slots__ = ("is_array", "item_types", "types")

    def __init__(self, spec: SpecDocument, schema: Any) -> None:
        self.types = scalar_types(spec, schema)
        self.is_array = "array" in self.types
        items: list[Any] = [node["items"] for node in _subschemas(spec, schema) if "items" in node]
        self.item_types = scalar_types(spec, items[0]) if items else frozenset()

    def convert(self, values: list[str]) -> Any:
        if self.is_array:
            return [coerce_scalar(value, self.item_types) for value in values]
        if len(values) == 1:
            return coerce_scalar(values[0], self.types)
        # repeated keys for a scalar: twilio-python sends multi-valued string fields this way
        return " ".join(values) if "string" in self.types or not self.types else values


class ObjectCoercion:
    """Converts a multi-dict of wire strings to a dict shaped like an object schema."""

    __slots__ = ("_fallback", "_fields")

    def __init__(self, spec: SpecDocument, schema: Any) -> None:
        fields: dict[str, FieldCoercion] = {}
        for node in _subschemas(spec, schema):
            for name, prop in (node.get("properties") or {}).items():
                fields.setdefault(str(name), FieldCoercion(spec, prop))
        self._fields = fields
        self._fallback = FieldCoercion(spec, {})

    def convert(self, pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
        grouped: dict[str, list[str]] = {}
        for key, value in pairs:
            grouped.setdefault(key, []).append(value)
        return {key: self._fields.get(key, self._fallback).convert(values) for key, values in grouped.items()}

    def convert_mapping(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Coerce an already-typed mapping whose values may be strings (e.g. a callback payload)."""
        result: dict[str, Any] = {}
        for key, value in values.items():
            if isinstance(value, str):
                result[key] = self._fields.get(key, self._fallback).convert([value])
            else:
                result[key] = value
        return result
