"""A spec operation compiled for serving: its handler, backend and the validators of its parts."""

from __future__ import annotations

import dataclasses
from typing import Any

from .provider import Handler, Provider
from .spec import OperationSpec, SpecDocument
from .validation import FieldCoercion, ObjectCoercion, SchemaValidator, compiled


@dataclasses.dataclass
class ParameterCheck:
    name: str
    required: bool
    coercion: FieldCoercion
    validator: SchemaValidator


@dataclasses.dataclass
class CompiledOperation:
    """One spec operation, ready to serve: its handler, backend and validators."""

    spec: OperationSpec
    provider: Provider[Any]
    handler: Handler[Any] | None
    backend: Any
    path_checks: list[ParameterCheck]
    query_checks: list[ParameterCheck]
    body_media_type: str | None
    body_required: bool
    body_coercion: ObjectCoercion | None
    body_validator: SchemaValidator | None
    responses: dict[str, dict[str, SchemaValidator | None]]
    # raw request path -> its validated path parameters (validation is a pure function of the path)
    valid_paths: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)
    _documented: dict[int, dict[str, SchemaValidator | None] | None] = dataclasses.field(default_factory=dict)

    def documented_response(self, status: int) -> dict[str, SchemaValidator | None] | None:
        """What the spec documents for ``status``: the exact code, else ``4XX``-style, else ``default``."""
        try:
            return self._documented[status]
        except KeyError:
            code = str(status)
            found = None
            for key in (code, f"{code[0]}XX", "DEFAULT"):
                if key in self.responses:
                    found = self.responses[key]
                    break
            self._documented[status] = found
            return found

    def where(self, status: int) -> str:
        return f"{self.provider.name} {self.spec.operation_id} -> {status}"

    @classmethod
    def build(
        cls, spec: SpecDocument, op: OperationSpec, provider: Provider[Any], backend: Any
    ) -> CompiledOperation:
        path_checks, query_checks = [], []
        for parameter in op.parameters:
            check = ParameterCheck(
                parameter.name,
                parameter.required,
                FieldCoercion(spec, parameter.schema),
                compiled(spec, parameter.pointer),
            )
            if parameter.location == "path":
                path_checks.append(check)
            elif parameter.location == "query":
                query_checks.append(check)
        body = op.body
        responses = {
            status: {
                media: (compiled(spec, pointer) if pointer else None)
                for media, pointer in media_types.items()
            }
            for status, media_types in op.responses.items()
        }
        return cls(
            spec=op,
            provider=provider,
            handler=provider.handlers.handlers.get(op.operation_id),
            backend=backend,
            path_checks=path_checks,
            query_checks=query_checks,
            body_media_type=body.media_type if body else None,
            body_required=body.required if body else False,
            body_coercion=ObjectCoercion(spec, body.schema) if body else None,
            body_validator=compiled(spec, body.pointer) if body else None,
            responses=responses,
        )
