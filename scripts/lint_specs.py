"""Validate the specs: OpenAPI 3.1 validity, the house rules, and every example against its schema.

Usage: python scripts/lint_specs.py specs/plivo.yaml [...]
Prints one line per problem, `file:line: where: message`, and exits 1 if there is any; never a traceback
for a broken spec.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from openapi_spec_validator import OpenAPIV31SpecValidator

sys.path.insert(0, str(Path(__file__).resolve().parent))

from spec_rules import (
    LoadedSpec,
    Problem,
    SpecError,
    check_examples,
    check_house_rules,
    load_spec,
)


def schema_object_problems(spec: LoadedSpec) -> list[Problem]:
    """Check each Schema Object against the 2020-12 meta-schema, so the error carries its full location.

    openapi-spec-validator validates Schema Objects one by one and reports paths relative to the schema,
    which would leave a user searching the file for `type: strin`.
    """
    problems = []
    for pointer, schema in schema_objects(spec.document, []):
        for error in Draft202012Validator(Draft202012Validator.META_SCHEMA).iter_errors(schema):
            full = [*pointer, *error.absolute_path]
            problems.append(
                Problem(str(spec.path), spec.line_of(full), "/".join(map(str, full)), error.message)
            )
    return problems


def schema_objects(value: Any, pointer: list[str | int]) -> Iterator[tuple[list[str | int], Any]]:
    """Schema Objects: values of `schema` keys and the entries of components/schemas."""
    if isinstance(value, dict):
        for key, child in value.items():
            here = [*pointer, key]
            if key == "schema" or pointer == ["components", "schemas"]:
                yield here, child
            elif key not in ("examples", "example"):
                yield from schema_objects(child, here)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from schema_objects(child, [*pointer, index])


def structural_problems(spec: LoadedSpec) -> list[Problem]:
    problems = schema_object_problems(spec)
    if problems:
        return problems
    validator = OpenAPIV31SpecValidator(spec.document, base_uri=spec.path.resolve().as_uri())
    for error in validator.iter_errors():
        pointer = list(error.absolute_path) if hasattr(error, "absolute_path") else []
        problems.append(
            Problem(
                str(spec.path), spec.line_of(pointer), "/".join(map(str, pointer)) or "(root)", error.message
            )
        )
    return problems


def lint(path: Path) -> list[str]:
    try:
        spec = load_spec(path)
    except SpecError as exc:
        return [str(exc)]
    problems = structural_problems(spec)
    if not problems:  # the deeper checks assume a structurally valid document
        problems = check_house_rules(spec) + check_examples(spec)
    return [str(p) for p in problems]


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: lint_specs.py SPEC [SPEC ...]", file=sys.stderr)
        return 2
    failed = False
    for name in argv:
        messages = lint(Path(name))
        for message in messages:
            print(message)
        print(f"{name}: {'FAILED, ' + str(len(messages)) + ' problem(s)' if messages else 'ok'}")
        failed = failed or bool(messages)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
