"""``python -m contract_tests --target emulator|live --provider all|plivo|telnyx|signalwire [--seed N]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .providers import PROVIDERS, ProviderName
from .runner import RunOptions, run


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m contract_tests",
        description="Contract tests of the recording specs, against the emulator or a live sandbox.",
    )
    parser.add_argument("--target", choices=("emulator", "live"), default="emulator")
    parser.add_argument("--provider", choices=("all", *PROVIDERS), default="all")
    parser.add_argument(
        "--seed", type=int, default=None, help="reproduce a run (printed at the start of each run)"
    )
    parser.add_argument(
        "--max-examples", type=int, default=None, help="examples per operation (toml default 50)"
    )
    parser.add_argument(
        "--reports-dir", type=Path, default=None, help="where to write reports (default reports/)"
    )
    args = parser.parse_args(argv)
    providers: list[ProviderName] = list(PROVIDERS) if args.provider == "all" else [args.provider]
    options = RunOptions(
        target=args.target, providers=providers, seed=args.seed, max_examples=args.max_examples
    )
    if args.reports_dir is not None:
        options.reports_dir = args.reports_dir
    results = run(options)
    if all(p in results.skipped_providers for p in providers):
        sys.stdout.write("Every selected provider was skipped: nothing was tested.\n")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
