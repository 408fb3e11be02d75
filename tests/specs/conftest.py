from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from spec_rules import load_spec

SPECS_DIR = Path(__file__).resolve().parents[2] / "specs"
PROVIDER_SPECS = ("plivo.yaml", "telnyx_texml.yaml", "signalwire_laml.yaml")
ALL_SPECS = (*PROVIDER_SPECS, "emulator.yaml")


@functools.cache
def load(name: str) -> dict[str, Any]:
    return load_spec(SPECS_DIR / name).document
