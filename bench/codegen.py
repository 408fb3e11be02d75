"""4. Codegen: ``make generate`` (``scripts/generate.py``) from scratch (``--force``) and as a no-op.

Runs on a copy of ``scripts/``, ``specs/``, ``overrides/codegen/`` and ``generated/`` in a temporary
directory, so the working tree is never touched. Wall time of the whole command, interpreter start-up
included; the no-op figure is the median of several runs.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .report import Row, Settings, fmt_s, ratio
from .servers import ROOT

SECTION = "4. Codegen"
COPIED = ("scripts", "specs", "overrides/codegen", "generated")


def _generate(root: Path, *args: str) -> float:
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, str(root / "scripts" / "generate.py"), *args],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    seconds = time.perf_counter() - started
    if completed.returncode != 0:
        raise RuntimeError(
            f"generate.py {' '.join(args)} failed: {completed.stdout[-500:]}{completed.stderr[-500:]}"
        )
    return seconds


def measure(settings: Settings, work: Path) -> list[Row]:
    root = work / "repo"
    for name in COPIED:
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
    full = _generate(root, "--force")
    noop = statistics.median(_generate(root) for _ in range(3 if settings.quick else 5))
    return [
        Row(
            SECTION,
            "make generate, full (--force, 3 packages)",
            fmt_s(full),
            note="generators run in parallel",
        ),
        Row(
            SECTION,
            "make generate, no-op vs full",
            f"{fmt_s(noop)} vs {fmt_s(full)}",
            ratio(noop, full),
            "no-op < 1 s",
            noop < 1.0,
            "median of runs; python start-up included",
        ),
    ]
