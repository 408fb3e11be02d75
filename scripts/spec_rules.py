"""House rules for the specs (specs/README.md), as checks that name the file and the YAML line.

openapi-spec-validator proves a spec is valid OpenAPI 3.1; these rules encode what our generator, emulator and
Schemathesis need on top of that. Both `make lint` and the test suite run them, so a rule cannot drift.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import referencing
import referencing.jsonschema
import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
CAMEL_CASE = re.compile(r"^[a-z][a-zA-Z0-9]*$")
PATH_PARAM = re.compile(r"{([^}]+)}")


class SpecError(Exception):
    """A spec that cannot be loaded at all; the message names the file and the position."""


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    where: str
    message: str

    def __str__(self) -> str:
        position = f"{self.file}:{self.line}" if self.line else self.file
        return f"{position}: {self.where}: {self.message}"


@dataclass
class LoadedSpec:
    path: Path
    document: dict[str, Any]
    node: yaml.Node

    def line_of(self, pointer: Sequence[str | int]) -> int | None:
        """1-based line of the YAML node at `pointer`, or of its nearest existing ancestor."""
        node: yaml.Node = self.node
        for part in pointer:
            if isinstance(node, yaml.MappingNode):
                found = next((v for k, v in node.value if k.value == str(part)), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
                found = node.value[part]
            else:
                found = None
            if found is None:
                break
            node = found
        return node.start_mark.line + 1


def load_spec(path: Path) -> LoadedSpec:
    """Parse a spec, turning every I/O or YAML failure into one SpecError line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        document = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise SpecError(f"{where}: invalid YAML: {exc.problem or exc}") from exc
    except yaml.YAMLError as exc:
        raise SpecError(f"{path}: invalid YAML: {exc}") from exc
    if not isinstance(document, dict) or node is None:
        raise SpecError(f"{path}: not an OpenAPI document (top level must be a mapping)")
    return LoadedSpec(path, document, node)


def registry_for(document: Mapping[str, Any]) -> referencing.Registry[Any]:
    """A registry in which the spec's local `#/...` refs resolve."""
    resource = referencing.Resource.from_contents(
        dict(document), default_specification=referencing.jsonschema.DRAFT202012
    )
    registry: referencing.Registry[Any] = referencing.Registry().with_resource("urn:spec", resource)
    return registry


def schema_validator(schema: Mapping[str, Any], registry: referencing.Registry[Any]) -> jsonschema.Validator:
    rebased = _rebase_refs(schema)
    return jsonschema.Draft202012Validator(
        rebased, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _rebase_refs(value: Any) -> Any:
    """Point `#/components/...` refs at the whole spec, so a sub-schema can be validated on its own."""
    if isinstance(value, dict):
        return {
            k: (
                "urn:spec" + v
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _rebase_refs(v)
            )
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_rebase_refs(v) for v in value]
    return value


def resolve(document: Mapping[str, Any], value: Any) -> Any:
    """Follow a local `$ref` (one level at a time until a non-ref object)."""
    seen = 0
    while isinstance(value, dict) and "$ref" in value and seen < 20:
        target: Any = document
        for part in value["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        value = target
        seen += 1
    return value


def operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield path, method, item[method]


def iter_examples(document: Mapping[str, Any]) -> Iterator[tuple[list[str | int], Any, Any]]:
    """Every (pointer, schema, example value) pair in the spec: media-type examples and parameter examples."""

    def media_examples(
        pointer: list[str | int], media: Mapping[str, Any]
    ) -> Iterator[tuple[list[str | int], Any, Any]]:
        schema = media.get("schema")
        if schema is None:
            return
        if "example" in media:
            yield [*pointer, "example"], schema, media["example"]
        for name, example in (media.get("examples") or {}).items():
            example = resolve(document, example)
            if isinstance(example, dict) and "value" in example:
                yield [*pointer, "examples", name, "value"], schema, example["value"]

    def walk_operation(
        pointer: list[str | int], op: Mapping[str, Any]
    ) -> Iterator[tuple[list[str | int], Any, Any]]:
        for index, param in enumerate(op.get("parameters") or []):
            param = resolve(document, param)
            if "example" in param and "schema" in param:
                yield [*pointer, "parameters", index, "example"], param["schema"], param["example"]
        body = resolve(document, op.get("requestBody"))
        if isinstance(body, dict):
            for media_type, media in (body.get("content") or {}).items():
                yield from media_examples([*pointer, "requestBody", "content", media_type], media)
        for status, response in (op.get("responses") or {}).items():
            response = resolve(document, response)
            for media_type, media in (response.get("content") or {}).items():
                yield from media_examples([*pointer, "responses", str(status), "content", media_type], media)
        for cb_name, callback in (op.get("callbacks") or {}).items():
            for expression, item in resolve(document, callback).items():
                for method in HTTP_METHODS:
                    if method in item:
                        yield from walk_operation(
                            [*pointer, "callbacks", cb_name, expression, method], item[method]
                        )

    for path, method, op in operations(document):
        yield from walk_operation(["paths", path, method], op)
    for name, item in (document.get("webhooks") or {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield from walk_operation(["webhooks", name, method], item[method])
    for name, param in ((document.get("components") or {}).get("parameters") or {}).items():
        if "example" in param and "schema" in param:
            yield ["components", "parameters", name, "example"], param["schema"], param["example"]
    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        for index, example in enumerate(schema.get("examples") or []):
            yield ["components", "schemas", name, "examples", index], schema, example


def check_examples(spec: LoadedSpec) -> list[Problem]:
    """Every example in the spec validates against the schema it illustrates."""
    registry = registry_for(spec.document)
    problems = []
    for pointer, schema, value in iter_examples(spec.document):
        validator = schema_validator(schema, registry)
        for error in validator.iter_errors(value):
            location = "/".join(str(p) for p in error.absolute_path) or "(root)"
            problems.append(
                Problem(
                    str(spec.path),
                    spec.line_of(pointer),
                    "/".join(str(p) for p in pointer),
                    f"example does not match its schema at {location}: {error.message}",
                )
            )
    return problems


def _walk_schemas(value: Any, pointer: list[str | int]) -> Iterator[tuple[list[str | int], dict[str, Any]]]:
    if isinstance(value, dict):
        yield pointer, value
        for key, child in value.items():
            yield from _walk_schemas(child, [*pointer, key])
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _walk_schemas(child, [*pointer, index])


def check_house_rules(spec: LoadedSpec) -> list[Problem]:
    doc = spec.document
    problems: list[Problem] = []

    def problem(pointer: list[str | int], message: str) -> None:
        problems.append(Problem(str(spec.path), spec.line_of(pointer), "/".join(map(str, pointer)), message))

    if doc.get("openapi") != "3.1.0":
        problem(["openapi"], "must be 3.1.0")
    for pointer, node in _walk_schemas(doc, []):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#/"):
            problem(pointer, f"only local refs are allowed, found {ref!r}")
        if isinstance(node.get("enum"), list) and None in node["enum"]:
            problem(pointer, "nullable enum: use anyOf [$ref, {type: 'null'}] (openapi-python-client #1120)")

    has_security = bool(doc.get("security"))
    seen_ids: dict[str, str] = {}
    for path, method, op in operations(doc):
        here: list[str | int] = ["paths", path, method]
        op_id = op.get("operationId")
        if not isinstance(op_id, str) or not CAMEL_CASE.match(op_id):
            problem(here, f"operationId must be camelCase, got {op_id!r}")
        elif op_id in seen_ids:
            problem([*here, "operationId"], f"operationId {op_id!r} already used by {seen_ids[op_id]}")
        else:
            seen_ids[op_id] = f"{method.upper()} {path}"
        if len(op.get("tags") or []) != 1:
            problem(here, "exactly one tag per operation")
        for field in ("summary", "description"):
            if not op.get(field):
                problem(here, f"missing {field}")
        params = [
            resolve(doc, p)
            for p in [*(doc["paths"][path].get("parameters") or []), *(op.get("parameters") or [])]
        ]
        path_params = {p["name"]: p for p in params if p.get("in") == "path"}
        for name in PATH_PARAM.findall(path):
            param = path_params.get(name)
            if param is None:
                problem(here, f"path parameter {name!r} is not declared")
                continue
            schema = resolve(doc, param.get("schema", {}))
            if "pattern" not in schema and "enum" not in schema and "const" not in schema:
                problem(here, f"path parameter {name!r} needs a pattern")
            if "example" not in param and "examples" not in param:
                problem(here, f"path parameter {name!r} needs an example")
        body = resolve(doc, op.get("requestBody"))
        responses = {str(k) for k in (op.get("responses") or {})}
        required = {"400", "404"} | ({"401"} if has_security else set())
        if body:
            content = body.get("content") or {}
            if len(content) != 1:
                problem(
                    [*here, "requestBody"],
                    "exactly one media type per request body (openapi-python-client #1276)",
                )
            for media_type, media in content.items():
                for pointer, node in _walk_schemas(
                    media.get("schema"), [*here, "requestBody", "content", media_type]
                ):
                    if "default" in node:
                        problem(
                            pointer, "no `default:` in request schemas (the generated client would send it)"
                        )
            required.add("415")
        for status in sorted(required - responses):
            problem([*here, "responses"], f"error status {status} is not documented")
        for status, response in (op.get("responses") or {}).items():
            response = resolve(doc, response)
            for media_type, media in (response.get("content") or {}).items():
                if not media.get("examples") and "example" not in media:
                    problem(
                        [*here, "responses", str(status), "content", media_type],
                        "response needs named examples",
                    )
    return problems
