"""What the suite reads from the specs besides what Schemathesis reads: callbacks, schemas, id patterns.

The callback contract needs, for a request field that registers a URL (``callback_url``...), the
callback operations the provider may send there and the payload schema of each; Schemathesis does
not test ``callbacks`` at all.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator
from typing import Any

import jsonschema_rs
import yaml

from .providers import INFO, ProviderName

Json = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
_FIELD_EXPRESSION = re.compile(r"^\{\$request\.body#/(?P<field>[A-Za-z0-9_]+)\}$")


@dataclasses.dataclass(frozen=True)
class CallbackSpec:
    """One callback operation: what the provider sends to the URL held in ``field``."""

    provider: ProviderName
    registering_operation: str  # operationId of the request that registers the URL
    field: str  # request body field holding the URL
    name: str  # key under the operation's ``callbacks``
    method: str  # GET | POST
    operation_id: str  # the callback's own operationId (a summary row)
    schema_name: str  # components.schemas name of the payload


@dataclasses.dataclass(frozen=True)
class OperationInfo:
    provider: ProviderName
    operation_id: str
    method: str
    path: str


@functools.cache
def load(provider: ProviderName) -> Json:
    document: Json = yaml.safe_load(INFO[provider].spec_file.read_text(encoding="utf-8"))
    return document


def _resolve(document: Json, node: Json) -> Json:
    while "$ref" in node:
        target: Any = document
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _schema_name(node: Json) -> str:
    ref = node.get("$ref", "")
    if not ref.startswith("#/components/schemas/"):
        raise ValueError(f"callback payload schema must be a components.schemas $ref, got {node}")
    return str(ref.rsplit("/", 1)[1])


def operations(provider: ProviderName) -> list[OperationInfo]:
    """Every operation of the spec, in document order."""
    document = load(provider)
    return [
        OperationInfo(provider, op["operationId"], method.upper(), path)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def _callback_payload(document: Json, method: str, cb_op: Json) -> str:
    if method == "post":
        content = _resolve(document, cb_op["requestBody"])["content"]
        return _schema_name(content["application/x-www-form-urlencoded"]["schema"])
    for parameter in cb_op.get("parameters", []):
        parameter = _resolve(document, parameter)
        if parameter.get("in") == "query" and parameter.get("explode", True):
            return _schema_name(parameter["schema"])
    raise ValueError(f"GET callback {cb_op.get('operationId')} has no exploded query payload")


@functools.cache
def callbacks(provider: ProviderName) -> tuple[CallbackSpec, ...]:
    """Every callback operation of the spec, with the body field that registers its URL."""
    document = load(provider)
    found: list[CallbackSpec] = []
    for item in document["paths"].values():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            for name, callback in op.get("callbacks", {}).items():
                for expression, path_item in _resolve(document, callback).items():
                    match = _FIELD_EXPRESSION.match(expression)
                    if match is None:
                        raise ValueError(f"unsupported callback URL expression {expression!r}")
                    for cb_method, cb_op in path_item.items():
                        if cb_method not in HTTP_METHODS:
                            continue
                        found.append(
                            CallbackSpec(
                                provider=provider,
                                registering_operation=op["operationId"],
                                field=match["field"],
                                name=name,
                                method=cb_method.upper(),
                                operation_id=cb_op["operationId"],
                                schema_name=_callback_payload(document, cb_method, cb_op),
                            )
                        )
    return tuple(found)


def callbacks_for(provider: ProviderName, operation_id: str, field: str) -> list[CallbackSpec]:
    return [
        cb for cb in callbacks(provider) if cb.registering_operation == operation_id and cb.field == field
    ]


def callback_fields(provider: ProviderName, operation_id: str) -> list[str]:
    """Body fields of ``operation_id`` that register a callback URL, in spec order."""
    fields = [cb.field for cb in callbacks(provider) if cb.registering_operation == operation_id]
    return list(dict.fromkeys(fields))


def schema(provider: ProviderName, name: str) -> Json:
    node: Json = load(provider)["components"]["schemas"][name]
    return node


def resolve(provider: ProviderName, node: Json) -> Json:
    return _resolve(load(provider), node)


@functools.cache
def validator(provider: ProviderName, name: str) -> jsonschema_rs.Draft202012Validator:
    """A Draft 2020-12 validator of ``components.schemas[name]`` (formats checked, refs resolved)."""
    root = {"$ref": f"#/components/schemas/{name}", "components": load(provider)["components"]}
    return jsonschema_rs.Draft202012Validator(root, validate_formats=True)


def validation_errors(provider: ProviderName, name: str, instance: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, e.instance_path)) or '<root>'}: {e.message}"
        for e in validator(provider, name).iter_errors(instance)
    ]


@functools.cache
def path_parameter_patterns(provider: ProviderName) -> dict[str, re.Pattern[str]]:
    """Path parameter name -> its ``pattern`` (every path parameter has one, house rule 3)."""
    document = load(provider)
    patterns: dict[str, re.Pattern[str]] = {}
    for parameter in document["components"].get("parameters", {}).values():
        if parameter.get("in") == "path" and "pattern" in parameter.get("schema", {}):
            patterns[parameter["name"]] = re.compile(parameter["schema"]["pattern"])
    return patterns


def iter_all_callbacks() -> Iterator[CallbackSpec]:
    for provider in INFO:
        yield from callbacks(provider)
