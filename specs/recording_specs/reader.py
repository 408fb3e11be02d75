"""Find, load and index the OpenAPI documents in ``specs/`` (once per process).

Only OpenAPI-level ``$ref``s (parameters, request bodies, responses) are resolved here. Schema ``$ref``s
stay in place: validators resolve them through a ``jsonschema_rs.Registry`` holding the whole document.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import hashlib
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SPECS_DIR_ENV = "RECORDING_EMULATOR_SPECS_DIR"

Json = dict[str, Any]


class SpecError(RuntimeError):
    """A spec cannot be found or does not have the structure the emulator relies on."""


def specs_dir() -> Path:
    """``$RECORDING_EMULATOR_SPECS_DIR``, else the repository's ``specs/``, else the wheel's packaged copy."""
    override = os.environ.get(SPECS_DIR_ENV)
    if override:
        return Path(override)
    package_dir = Path(__file__).resolve().parent
    # in the repository the package sits inside specs/; a wheel carries the YAML files as package data
    for candidate in (package_dir / "data", package_dir.parent):
        if (candidate / "plivo.yaml").is_file():
            return candidate
    raise SpecError(f"no spec files next to {package_dir} (set {SPECS_DIR_ENV})")


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


@dataclasses.dataclass(frozen=True)
class ParameterSpec:
    name: str
    location: str  # path | query | header | cookie
    required: bool
    schema: Json
    pointer: str  # JSON pointer of the parameter's schema inside the document


@dataclasses.dataclass(frozen=True)
class BodySpec:
    required: bool
    media_type: str
    schema: Json
    pointer: str


@dataclasses.dataclass(frozen=True)
class OperationSpec:
    spec_name: str
    operation_id: str
    method: str  # upper case
    path: str  # the path template as written in the spec
    pointer: str
    parameters: tuple[ParameterSpec, ...]
    body: BodySpec | None
    # status code ('200', '4XX', 'default') -> media type -> schema pointer (None: no schema / no content)
    responses: Mapping[str, Mapping[str, str | None]]
    callbacks: Mapping[str, Any]


@dataclasses.dataclass(frozen=True)
class SpecDocument:
    name: str  # file stem: 'plivo', 'telnyx_texml', ...
    path: Path
    document: Json
    sha256: str

    @property
    def uri(self) -> str:
        return f"urn:recording-emulator:spec:{self.name}"

    @property
    def base_path(self) -> str:
        """Path part of ``servers[0].url`` without a trailing slash ('' for a bare host)."""
        servers = self.document.get("servers") or [{"url": "/"}]
        return urlsplit(str(servers[0]["url"])).path.rstrip("/")

    def resolve(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow OpenAPI ``$ref``s (local only) until a concrete object; return it and its pointer."""
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = str(node["$ref"])
            if not ref.startswith("#/"):
                raise SpecError(f"{self.name}: only local $refs are supported, got {ref!r}")
            if ref in seen:
                raise SpecError(f"{self.name}: circular $ref {ref!r}")
            seen.add(ref)
            pointer = ref[1:]
            node = self.at(pointer)
        return node, pointer

    def at(self, pointer: str) -> Any:
        node: Any = self.document
        for raw in pointer.lstrip("/").split("/") if pointer not in ("", "/") else []:
            token = raw.replace("~1", "/").replace("~0", "~")
            try:
                node = node[int(token)] if isinstance(node, list) else node[token]
            except (KeyError, IndexError, ValueError) as exc:
                raise SpecError(f"{self.name}: no node at {pointer!r}") from exc
        return node

    def schema(self, name: str) -> Json:
        schemas = self.document.get("components", {}).get("schemas", {})
        if name not in schemas:
            raise SpecError(f"{self.name}: no components.schemas.{name}")
        return dict(schemas[name])

    def operations(self) -> Iterator[OperationSpec]:
        for path, item in (self.document.get("paths") or {}).items():
            item_pointer = "/paths/" + escape_pointer_token(path)
            item, item_pointer = self.resolve(item, item_pointer)
            shared = self._parameters(item.get("parameters", []), item_pointer + "/parameters")
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                op = item[method]
                op_pointer = f"{item_pointer}/{method}"
                own = self._parameters(op.get("parameters", []), op_pointer + "/parameters")
                merged = {(p.name, p.location): p for p in shared}
                merged.update({(p.name, p.location): p for p in own})
                if "operationId" not in op:
                    raise SpecError(f"{self.name}: {method.upper()} {path} has no operationId")
                yield OperationSpec(
                    spec_name=self.name,
                    operation_id=str(op["operationId"]),
                    method=method.upper(),
                    path=path,
                    pointer=op_pointer,
                    parameters=tuple(merged.values()),
                    body=self._body(op.get("requestBody"), op_pointer + "/requestBody"),
                    responses=self._responses(op.get("responses", {}), op_pointer + "/responses"),
                    callbacks=op.get("callbacks", {}),
                )

    def _parameters(self, raw: list[Any], pointer: str) -> list[ParameterSpec]:
        result = []
        for index, entry in enumerate(raw):
            param, param_pointer = self.resolve(entry, f"{pointer}/{index}")
            schema, schema_pointer = self.resolve(param.get("schema", {}), param_pointer + "/schema")
            location = str(param["in"])
            result.append(
                ParameterSpec(
                    name=str(param["name"]),
                    location=location,
                    required=bool(param.get("required", location == "path")),
                    schema=schema,
                    pointer=schema_pointer,
                )
            )
        return result

    def _body(self, raw: Any, pointer: str) -> BodySpec | None:
        if raw is None:
            return None
        body, body_pointer = self.resolve(raw, pointer)
        content = body.get("content") or {}
        if len(content) != 1:
            raise SpecError(f"{self.name}: {pointer} must have exactly one media type (house rule 4)")
        media_type, media = next(iter(content.items()))
        media_pointer = f"{body_pointer}/content/{escape_pointer_token(media_type)}/schema"
        schema, schema_pointer = self.resolve(media.get("schema", {}), media_pointer)
        return BodySpec(
            required=bool(body.get("required", False)),
            media_type=str(media_type),
            schema=schema,
            pointer=schema_pointer,
        )

    def _responses(self, raw: Mapping[str, Any], pointer: str) -> dict[str, dict[str, str | None]]:
        result: dict[str, dict[str, str | None]] = {}
        for status, entry in raw.items():
            response, response_pointer = self.resolve(entry, f"{pointer}/{escape_pointer_token(str(status))}")
            media: dict[str, str | None] = {}
            for media_type, content in (response.get("content") or {}).items():
                if "schema" in content:
                    media_pointer = (
                        f"{response_pointer}/content/{escape_pointer_token(str(media_type))}/schema"
                    )
                    media[str(media_type)] = media_pointer
                else:
                    media[str(media_type)] = None
            result[str(status).upper()] = media
        return result


def jsonable(node: Any) -> Any:
    """YAML gives dates and non-string keys; JSON Schema validators want plain JSON values."""
    if isinstance(node, dict):
        return {str(key): jsonable(value) for key, value in node.items()}
    if isinstance(node, list):
        return [jsonable(value) for value in node]
    if isinstance(node, (datetime.date, datetime.datetime)):
        return node.isoformat()
    return node


@functools.cache
def load_spec(name: str, directory: str | None = None) -> SpecDocument:
    """Load ``<specs dir>/<name>.yaml`` (cached: each file is parsed once per process)."""
    base = Path(directory) if directory else specs_dir()
    path = base / f"{name}.yaml"
    if not path.is_file():
        raise SpecError(f"spec {path} not found")
    raw = path.read_bytes()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = jsonable(yaml.load(raw, Loader=loader))
    if not isinstance(document, dict) or "paths" not in document:
        raise SpecError(f"{path} is not an OpenAPI document")
    return SpecDocument(name=name, path=path, document=document, sha256=hashlib.sha256(raw).hexdigest())
