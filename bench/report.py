"""Rows of results, the machine they ran on, and the Markdown table (stdout and ``BENCHMARKS.md``)."""

from __future__ import annotations

import dataclasses
import datetime
import math
import os
import platform
import subprocess
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .servers import PRISM, node_env, pinning

PACKAGES = (
    "starlette",
    "uvicorn",
    "uvloop",
    "httptools",
    "httpx",
    "jsonschema-rs",
    "schemathesis",
    "plivo",
    "openapi-python-client",
)


@dataclasses.dataclass(frozen=True)
class Settings:
    quick: bool
    connections: int = 16  # keep-alive connections of the load generator


@dataclasses.dataclass
class Row:
    section: str
    figure: str  # what is compared
    value: str  # the measured figures, human-readable
    ratio: float | None = None
    target: str = ""
    passed: bool | None = None  # None: informational, no target
    note: str = ""


def ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator and not math.isnan(denominator) else None


def at_least(value: float | None, bound: float) -> bool:
    return value is not None and value >= bound


def at_most(value: float | None, bound: float) -> bool:
    return value is not None and value <= bound


def fmt_rate(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"


def fmt_ms(value: float) -> str:
    return "n/a" if math.isnan(value) else f"{value:.1f} ms" if value >= 10 else f"{value:.2f} ms"


def fmt_s(value: float) -> str:
    return f"{value:.2f} s"


def _cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _output(command: list[str]) -> str:
    try:
        return subprocess.run(
            command, capture_output=True, text=True, timeout=60, env=node_env(), check=False
        ).stdout.strip()
    except (OSError, RuntimeError, subprocess.TimeoutExpired):
        return "unavailable"


def machine() -> list[str]:
    versions = []
    for name in PACKAGES:
        try:
            versions.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            versions.append(f"{name} missing")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return [
        f"CPU: {_cpu_model()}, {os.cpu_count()} cores ({len(os.sched_getaffinity(0))} usable); {pinning()}",
        f"Load average at start: {load}",
        f"Python {platform.python_version()} on {platform.system()} {platform.release()}",
        f"Node {_output(['node', '--version'])}, Prism {_output([str(PRISM), '--version'])}",
        "Packages: " + ", ".join(versions),
    ]


def _result(row: Row) -> str:
    return "" if row.passed is None else "PASS" if row.passed else "**MISS**"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def table(rows: list[Row]) -> str:
    lines = [
        "| measurement | figure | measured | ratio | target | result | notes |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        shown = "" if row.ratio is None else f"{row.ratio:.2f}x"
        lines.append(
            "| "
            + " | ".join(
                _cell(c)
                for c in (row.section, row.figure, row.value, shown, row.target, _result(row), row.note)
            )
            + " |"
        )
    return "\n".join(lines)


def document(
    rows: list[Row], settings: Settings, about: list[str], started: datetime.datetime, seconds: float
) -> str:
    mode = "quick (`--quick`: smaller N, shorter runs)" if settings.quick else "full"
    missed = [row for row in rows if row.passed is False]
    verdict = "all targets hold" if not missed else f"{len(missed)} target(s) missed"
    parts = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m bench`); do not edit by hand. Every ratio compares figures "
        "measured in the same run on the same machine, so it is more stable than the absolute numbers.",
        "",
        f"- Date: {started:%Y-%m-%d %H:%M UTC}; mode: {mode}; run time {seconds:.0f} s; {verdict}",
        *(f"- {line}" for line in about),
        "",
        table(rows),
        "",
        "How each figure is taken: see the docstrings of `bench/throughput.py`, `bench/clients.py`, "
        "`bench/contract.py`, `bench/codegen.py`, `bench/callbacks.py` and `bench/memory.py`.",
        "",
    ]
    return "\n".join(parts)
