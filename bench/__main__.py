"""``python -m bench [--quick] [--only STEP ...] [--output PATH]``: run the benchmarks, print the table and
write it to ``BENCHMARKS.md``. ``make bench`` puts Node on PATH; without it the nodejs wheel's is used."""

from __future__ import annotations

import argparse
import datetime
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from . import callbacks, clients, codegen, contract, memory, report, throughput
from .report import Row, Settings
from .servers import ROOT, workdir

Step = Callable[[Settings, Path], list[Row]]

STEPS: dict[str, tuple[str, Step]] = {
    "throughput": (throughput.SECTION, throughput.measure),
    "clients": (clients.SECTION, clients.measure),
    "contract": (contract.SECTION, contract.measure),
    "codegen": (codegen.SECTION, codegen.measure),
    "callbacks": (callbacks.SECTION, callbacks.measure),
    "memory": (memory.SECTION, memory.measure),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller N and shorter runs (under a minute)")
    parser.add_argument(
        "--only", action="append", choices=sorted(STEPS), help="run only this step (repeatable)"
    )
    parser.add_argument(
        "--output", type=Path, default=ROOT / "BENCHMARKS.md", help="where to write the table"
    )
    args = parser.parse_args(argv)
    settings = Settings(quick=args.quick)
    started, clock = datetime.datetime.now(datetime.UTC), time.monotonic()
    about = report.machine()
    rows: list[Row] = []
    crashed = False
    for name in args.only or list(STEPS):
        section, step = STEPS[name]
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        step_clock = time.monotonic()
        try:
            with workdir() as work:
                rows.extend(step(settings, work))
        except Exception as exc:  # one broken step must not hide the others
            traceback.print_exc()
            crashed = True
            rows.append(Row(section, f"{name} failed", f"{type(exc).__name__}: {exc}"[:300], passed=False))
        print(f"[bench] {name} done in {time.monotonic() - step_clock:.1f} s", file=sys.stderr, flush=True)
    text = report.document(rows, settings, about, started, time.monotonic() - clock)
    print(text)
    args.output.write_text(text, encoding="utf-8")
    print(f"[bench] written to {args.output}", file=sys.stderr)
    return 1 if crashed else 0  # a missed target is a finding, not a failure of the harness


if __name__ == "__main__":
    sys.exit(main())
