"""The one reader of ``specs/``: load, ``$ref`` resolution, operations, parameters, callbacks, examples.

Every layer (lint, codegen, emulator, contract suite, tests) reads the specs through this package, so a
fact written once in a spec is read the same way everywhere.
"""

from .reader import OperationSpec, ParameterSpec, SpecDocument, SpecError, load_spec, specs_dir

__all__ = ["OperationSpec", "ParameterSpec", "SpecDocument", "SpecError", "load_spec", "specs_dir"]
