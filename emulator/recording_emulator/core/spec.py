"""Compatibility re-export: the spec reader lives in :mod:`recording_specs` (one reader for all layers)."""

from recording_specs.reader import (
    HTTP_METHODS,
    SPECS_DIR_ENV,
    BodySpec,
    Json,
    OperationSpec,
    ParameterSpec,
    SpecDocument,
    SpecError,
    escape_pointer_token,
    jsonable,
    load_spec,
    specs_dir,
)

__all__ = [
    "HTTP_METHODS",
    "SPECS_DIR_ENV",
    "BodySpec",
    "Json",
    "OperationSpec",
    "ParameterSpec",
    "SpecDocument",
    "SpecError",
    "escape_pointer_token",
    "jsonable",
    "load_spec",
    "specs_dir",
]
