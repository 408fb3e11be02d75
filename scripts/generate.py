"""Generate the typed clients in generated/ from specs/ with openapi-python-client.

    .venv/bin/python scripts/generate.py             # regenerate what changed (no-op when up to date)
    .venv/bin/python scripts/generate.py --force     # regenerate everything
    .venv/bin/python scripts/generate.py --check     # regenerate into a temp dir, diff against generated/
    .venv/bin/python scripts/generate.py plivo       # only some providers (spec stems)

Each package gets a PROVENANCE.json (spec/config sha256, generator and ruff versions) and a py.typed.
A package is up to date when its PROVENANCE.json matches the current inputs; then nothing runs.
The generator and its ruff post-hooks are taken from the bin directory of the running interpreter
(the project venv), never from whatever happens to be on PATH. Stdlib only.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
CODEGEN = ROOT / "overrides" / "codegen"
GENERATED = ROOT / "generated"
BIN = Path(sys.executable).parent  # not resolved: a venv's python is a symlink out of the venv

# spec stem -> generated package name; the generator config is overrides/codegen/<stem>.yaml
PACKAGES = {
    "plivo": "plivo_recording_client",
    "telnyx_texml": "telnyx_texml_client",
    "signalwire_laml": "signalwire_laml_client",
}
IGNORED = {"__pycache__", ".ruff_cache", ".mypy_cache"}
NOISE = ("Generating ", "Error(s) encountered", "Warning(s) encountered", "If you believe this")


class GenerateError(Exception):
    """One-line, user-facing failure (no traceback)."""


@dataclass(frozen=True)
class Target:
    stem: str
    package: str

    @property
    def spec(self) -> Path:
        return SPECS / f"{self.stem}.yaml"

    @property
    def config(self) -> Path:
        return CODEGEN / f"{self.stem}.yaml"

    @property
    def out(self) -> Path:
        return GENERATED / self.package


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        raise GenerateError(f"{_rel(path)}: file not found") from None


def _tool_version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        raise GenerateError(f"{dist} is not installed in {sys.prefix} (run uv sync)") from None


def provenance(target: Target) -> dict[str, str]:
    return {
        "package": target.package,
        "spec": _rel(target.spec),
        "spec_sha256": _sha256(target.spec),
        "config": _rel(target.config),
        "config_sha256": _sha256(target.config),
        "generator": "openapi-python-client",
        "generator_version": _tool_version("openapi-python-client"),
        "ruff_version": _tool_version("ruff"),
    }


def _provenance_text(prov: dict[str, str]) -> str:
    return json.dumps(prov, indent=2, sort_keys=True) + "\n"


def is_up_to_date(target: Target, prov: dict[str, str]) -> bool:
    try:
        current = json.loads((target.out / "PROVENANCE.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return False
    return bool(current == prov)


def _summarize(spec: Path, output: str) -> str:
    lines = [ln.strip() for ln in output.splitlines() if ln.strip() and not ln.strip().startswith(NOISE)]
    text = " | ".join(lines[:4]) or "openapi-python-client failed without a message"
    if len(text) > 400:
        text = text[:397] + "..."
    more = f" (+{len(lines) - 4} more lines; use -v)" if len(lines) > 4 else ""
    return f"{_rel(spec)}: {text}{more}"


def _start(target: Target, dest: Path) -> subprocess.Popen[str]:
    exe = BIN / "openapi-python-client"
    if not exe.exists():
        raise GenerateError(f"{exe} not found: run this script with the project venv's python")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "PYTHONHASHSEED": "0"}
    cmd = [str(exe), "generate", "--path", str(target.spec), "--meta", "none", "--fail-on-warning"]
    cmd += ["--config", str(target.config), "--output-path", str(dest)]
    return subprocess.Popen(
        cmd, cwd=dest.parent, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )


def generate_into(targets: list[Target], root: Path, verbose: bool) -> None:
    """Generate every target into ``root/<package>`` (in parallel), with py.typed and PROVENANCE.json."""
    provs = {t.stem: provenance(t) for t in targets}  # also fails early on a missing spec or config
    procs = [(t, _start(t, root / t.package)) for t in targets]
    errors = []
    for target, proc in procs:
        output, _ = proc.communicate()
        if verbose:
            print(output, end="")
        if proc.returncode != 0:
            errors.append(_summarize(target.spec, output))
            continue
        dest = root / target.package
        shutil.rmtree(dest / ".ruff_cache", ignore_errors=True)
        (dest / "py.typed").write_text("", encoding="utf-8")
        (dest / "PROVENANCE.json").write_text(_provenance_text(provs[target.stem]), encoding="utf-8")
    if errors:
        raise GenerateError("\n".join(errors))


def _files(root: Path) -> set[str]:
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and not IGNORED.intersection(p.relative_to(root).parts) and p.suffix != ".pyc"
    }


def compare(expected: Path, actual: Path, label: str) -> list[str]:
    """Differences between a fresh tree and the committed one, as printable lines (empty if equal)."""
    want, have = _files(expected), _files(actual) if actual.exists() else set()
    report = [f"missing: {label}/{f}" for f in sorted(want - have)]
    report += [f"extra:   {label}/{f}" for f in sorted(have - want)]
    for name in sorted(want & have):
        a, b = expected / name, actual / name
        if filecmp.cmp(a, b, shallow=False):
            continue
        diff = list(
            difflib.unified_diff(
                b.read_text(encoding="utf-8", errors="replace").splitlines(),
                a.read_text(encoding="utf-8", errors="replace").splitlines(),
                f"{label}/{name} (committed)",
                f"{label}/{name} (regenerated)",
                lineterm="",
            )
        )
        report.append(f"changed: {label}/{name}")
        report += ["    " + line for line in diff[:40]]
        if len(diff) > 40:
            report.append(f"    ... {len(diff) - 40} more diff lines")
    return report


def replace_package(fresh: Path, target: Target) -> None:
    GENERATED.mkdir(exist_ok=True)
    trash = GENERATED / f".{target.package}.old"
    shutil.rmtree(trash, ignore_errors=True)
    if target.out.exists():
        target.out.rename(trash)
    shutil.move(str(fresh), str(target.out))
    shutil.rmtree(trash, ignore_errors=True)


def run(stems: list[str], check: bool, force: bool, verbose: bool) -> int:
    targets = [Target(stem, PACKAGES[stem]) for stem in (stems or PACKAGES)]
    if not check and not force:
        targets = [t for t in targets if not is_up_to_date(t, provenance(t))]
        if not targets:
            print("generate: up to date")
            return 0
    with tempfile.TemporaryDirectory(prefix="recording-generate-") as tmp:
        generate_into(targets, Path(tmp), verbose)
        if check:
            report = [line for t in targets for line in compare(Path(tmp) / t.package, t.out, _rel(t.out))]
            if report:
                print("\n".join(report))
                print(
                    "generate --check: generated/ is out of date; run `make generate` and commit the result"
                )
                return 1
            print(f"generate --check: {len(targets)} package(s) match their specs")
            return 0
        for target in targets:
            replace_package(Path(tmp) / target.package, target)
            print(f"generated {_rel(target.out)} from {_rel(target.spec)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("providers", nargs="*", metavar="PROVIDER", help=f"any of: {', '.join(PACKAGES)}")
    parser.add_argument(
        "--check", action="store_true", help="regenerate into a temp dir and diff; exit 1 on change"
    )
    parser.add_argument("--force", action="store_true", help="regenerate even when PROVENANCE.json matches")
    parser.add_argument("-v", "--verbose", action="store_true", help="show the generator's full output")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.providers) - set(PACKAGES))
    if unknown:
        parser.error(f"unknown provider(s) {', '.join(unknown)}; choose from {', '.join(PACKAGES)}")
    try:
        return run(args.providers, args.check, args.force, args.verbose)
    except GenerateError as exc:
        print(f"generate: error: {exc}".replace("\n", "\ngenerate: error: "), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
