"""Make the spec tooling in scripts/ importable by tests (it runs as plain scripts in the Makefile)."""

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
