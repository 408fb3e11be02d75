"""Response examples straight from specs/, so the fixture server answers what the provider documents."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

SPECS = Path(__file__).resolve().parents[2] / "specs"


@cache
def spec(stem: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((SPECS / f"{stem}.yaml").read_text(encoding="utf-8"))
    return loaded


def operations(stem: str) -> dict[str, dict[str, Any]]:
    """operationId -> operation object."""
    return {
        op["operationId"]: op
        for item in spec(stem)["paths"].values()
        for method, op in item.items()
        if method in ("get", "post", "put", "patch", "delete")
    }


def example(stem: str, operation_id: str, status: str, name: str | None = None) -> Any:
    """The named (default: first) JSON example of one documented response."""
    response = operations(stem)[operation_id]["responses"][status]
    if "$ref" in response:
        response = spec(stem)["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    examples = response["content"]["application/json"]["examples"]
    chosen = examples[name or next(iter(examples))]
    if "$ref" in chosen:
        chosen = spec(stem)["components"]["examples"][chosen["$ref"].rsplit("/", 1)[1]]
    return chosen["value"]
